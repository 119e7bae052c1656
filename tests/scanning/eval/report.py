"""Field accuracy of the real scanner on the evaluation cards, per field, per country, flat scans
against photos, on the DEV half and the HELD-OUT half of the first batch and on the second
batch (BATCH2), on the third (BATCH3), on the fourth (BATCH4), on the fifth (BATCH5), on the
sixth (BATCH6), on the seventh (BATCH7), on the eighth (BATCH8), on the ninth (BATCH9), on the
tenth (BATCH10), on the eleventh (BATCH11), on the twelfth (BATCH12), on the thirteenth
(BATCH13), on the fourteenth (BATCH14), on the fifteenth (BATCH15), on the sixteenth (BATCH16),
on the seventeenth (BATCH17), on the eighteenth (BATCH18), on the nineteenth (BATCH19), on the
twentieth (BATCH20), on the twenty-first (BATCH21), on the twenty-second (BATCH22), on the
twenty-third (BATCH23), on the twenty-fourth (BATCH24), on the twenty-fifth (BATCH25), on the
twenty-sixth (BATCH26), on the twenty-seventh (BATCH27), on the twenty-eighth (BATCH28), on the
twenty-ninth (BATCH29) and on the thirtieth (BATCH30).

    python tests/scanning/eval/report.py [--split dev|held-out|batch2|...|batch30|all]
                                         [--misses]
                                         [--json FILE] [--no-cache] [--region US]

Every image goes through the real `scan_card` (image checks, OCR, reading order, parsing).
OCR is the slow part (about a second an image) and does not change while the parser is
tuned, so its raw lines are kept in `.ocr-cache.json` beside this file (not committed), keyed
by the image's pixels and the source of the OCR modules; `--no-cache` runs OCR afresh.

The first batch (cards 001-088) is split in two halves by a hash of the card's id (`split_of`):
the parser may be tuned on DEV, whose misses `--misses` lists; HELD-OUT is only ever reported
as figures, never card by card, so that its figures say how the scanner does on cards nobody
tuned it on. The second batch (089-137, written later by another author) is a group of its own,
BATCH2: it was held out whole until the parser had been measured on it once, and is a tuning
group since (its misses are listed too). The third batch (138-187, written by yet another
author) is BATCH3: held out whole until it was measured once (issue 14's third round), a tuning
group since. The fourth batch (188-217) is BATCH4: held out whole until it was measured once
(after issue 14's fourth round), a tuning group since. The fifth batch (218-257) is BATCH5:
held out whole until it was measured once (after issue 14's fifth round), a tuning group since.
The sixth batch (258-297) is BATCH6: held out whole until it was measured once (after issue
14's sixth round), a tuning group since. The seventh batch (298-337) is BATCH7: held out whole
until it was measured once (after issue 14's seventh round), a tuning group since. The eighth
batch (338-377) is BATCH8: held out whole until it was measured once (after issue 14's eighth
round), a tuning group since. The ninth batch (378-417) is BATCH9: held out whole until it was
measured once (after issue 14's ninth round), a tuning group since. The tenth batch (418-457)
is BATCH10: held out whole until it was measured once (after issue 14's tenth round), a tuning
group since. The eleventh batch (458-497) is BATCH11: held out whole until it was measured once
(after issue 14's eleventh round), a tuning group since. The twelfth batch (498-537) is
BATCH12: held out whole until it was measured once (after issue 14's twelfth round), a tuning
group since. The thirteenth batch (538-577) is BATCH13: held out whole until it was measured
once (after issue 14's thirteenth round), a tuning group since. The fourteenth batch (578-617)
is BATCH14: held out whole until it was measured once (after issue 14's fourteenth round), a
tuning group since. The fifteenth batch (618-657) is BATCH15: held out whole until it was
measured once (after issue 14's fifteenth round), a tuning group since. The sixteenth batch
(658-697) is BATCH16: held out whole until it was measured once (after issue 14's sixteenth
round), a tuning group since. The seventeenth batch (698-737) is BATCH17: held out whole until
it was measured once (after issue 14's seventeenth round), a tuning group since. The eighteenth
batch (738-777) is BATCH18: held out whole until it was measured once (after issue 14's
eighteenth round), a tuning group since. The nineteenth batch (778-817) is BATCH19: held out
whole until it was measured once (after issue 14's nineteenth round), a tuning group since. The
twentieth batch (818-857) is BATCH20: held out whole until it was measured once (after issue
14's twentieth round), a tuning group since. The twenty-first batch (858-897) is BATCH21: held
out whole until it was measured once (after issue 14's twenty-first round), a tuning group
since. The twenty-second batch (898-937) is BATCH22: held out whole until it was measured once
(after issue 14's twenty-second round), a tuning group since. The twenty-third batch (938-977)
is BATCH23: held out whole until it was measured once (after issue 14's twenty-third round), a
tuning group since. The twenty-fourth batch (978-1017) is BATCH24: held out whole until it was
measured once (after issue 14's twenty-fourth round), a tuning group since. The twenty-fifth
batch (1018-1057) is BATCH25: held out whole until it was measured once (after issue 14's
twenty-fifth round), a tuning group since. The twenty-sixth batch (1058-1097) is BATCH26: held
out whole until it was measured once (after issue 14's twenty-sixth round), a tuning group
since. The twenty-seventh batch (1098-1137) is BATCH27: held out whole until it was measured
once (after issue 14's twenty-seventh round), a tuning group since. The twenty-eighth batch
(1138-1177) is BATCH28: held out whole until it was measured once (after issue 14's
twenty-eighth round), a tuning group since. The twenty-ninth batch (1178-1217) is BATCH29: held
out whole until it was measured once (after issue 14's twenty-ninth round), a tuning group
since. The thirtieth batch (every card after 1217) is BATCH30, the new held-out group: held out
whole and only ever reported as figures. Cards after REGISTERED_UP_TO (batches written ahead)
are left out. With `--split`, only that group's images are scanned; a group without cards yet
prints that it has none.

How a field is scored (the contract's own normalisations, nothing more): a field counts on a
card when the truth or the scan has a value, so fields both leave empty do not pad the
figures; names (full name and parts) compare without regard to case; a website without
scheme or `www.`, in lower case; each e-mail and each phone counts on its own, a phone by its
type, E.164 and extension (its printed digits when the number has no E.164 by the contract:
see `contract_e164`), and a value the card does not print counts as a miss. `country` is the
printed country (`country_shown`), since the contract returns null for a country the card
does not print. `department` is not a
field of the contract's JSON; it is reported apart, read from `CardFields.department`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers
from PIL import Image

from pursuit.core.cards import OcrLine
from pursuit.scanning import ocr, scan_card

HERE = Path(__file__).resolve().parent
TRUTH = HERE / "truth.json"
CACHE = HERE / ".ocr-cache.json"
SPLITS = ("dev", "held-out")
# Every group a card can be in, as `split_of` gives it.
GROUPS = (*SPLITS, "batch2", "batch3", "batch4", "batch5", "batch6", "batch7", "batch8",
          "batch9", "batch10", "batch11", "batch12", "batch13", "batch14",
          "batch15", "batch16", "batch17", "batch18", "batch19", "batch20", "batch21",
          "batch22", "batch23", "batch24", "batch25", "batch26", "batch27", "batch28", "batch29",
          "batch30")
# Cards 001-088 are the first batch, split into DEV and HELD-OUT; 089-137 are a second batch
# written later by another author, 138-187 a third batch by yet another, 188-217 a fourth by a
# fourth author, 218-257 a fifth by a fifth, 258-297 a sixth by a sixth, 298-337 a seventh by a
# seventh, 338-377 an eighth by an eighth, 378-417 a ninth by a ninth, 418-457 a tenth by a
# tenth, 458-497 an eleventh by an eleventh, 498-537 a twelfth by a twelfth, 538-577 a
# thirteenth by a thirteenth, 578-617 a fourteenth by a fourteenth, 618-657 a fifteenth by a
# fifteenth, 658-697 a sixteenth by a sixteenth, 698-737 a seventeenth by a seventeenth, 738-777
# an eighteenth by an eighteenth, 778-817 a nineteenth by a nineteenth, 818-857 a twentieth by a
# twentieth, 858-897 a twenty-first by a twenty-first, 898-937 a twenty-second by a
# twenty-second, 938-977 a twenty-third by a twenty-third and 978-1017 a twenty-fourth by a
# twenty-fourth and 1018-1057 a twenty-fifth by a twenty-fifth and 1058-1097 a twenty-sixth by a
# twenty-sixth and 1098-1137 a twenty-seventh by a twenty-seventh and 1138-1177 a twenty-eighth
# by a twenty-eighth and 1178-1217 a twenty-ninth by a twenty-ninth, each tuned on since it was
# measured once; every card after them is the thirtieth batch, held out whole.
FIRST_BATCH = 88
SECOND_BATCH = 137
THIRD_BATCH = 187
FOURTH_BATCH = 217
FIFTH_BATCH = 257
SIXTH_BATCH = 297
SEVENTH_BATCH = 337
EIGHTH_BATCH = 377
NINTH_BATCH = 417
TENTH_BATCH = 457
ELEVENTH_BATCH = 497
TWELFTH_BATCH = 537
THIRTEENTH_BATCH = 577
FOURTEENTH_BATCH = 617
FIFTEENTH_BATCH = 657
SIXTEENTH_BATCH = 697
SEVENTEENTH_BATCH = 737
EIGHTEENTH_BATCH = 777
NINETEENTH_BATCH = 817
TWENTIETH_BATCH = 857
TWENTY_FIRST_BATCH = 897
TWENTY_SECOND_BATCH = 937
TWENTY_THIRD_BATCH = 977
TWENTY_FOURTH_BATCH = 1017
TWENTY_FIFTH_BATCH = 1057
TWENTY_SIXTH_BATCH = 1097
TWENTY_SEVENTH_BATCH = 1137
TWENTY_EIGHTH_BATCH = 1177
TWENTY_NINTH_BATCH = 1217
BATCH2 = "batch2"
BATCH3 = "batch3"
BATCH4 = "batch4"
BATCH5 = "batch5"
BATCH6 = "batch6"
BATCH7 = "batch7"
BATCH8 = "batch8"
BATCH9 = "batch9"
BATCH10 = "batch10"
BATCH11 = "batch11"
BATCH12 = "batch12"
BATCH13 = "batch13"
BATCH14 = "batch14"
BATCH15 = "batch15"
BATCH16 = "batch16"
BATCH17 = "batch17"
BATCH18 = "batch18"
BATCH19 = "batch19"
BATCH20 = "batch20"
BATCH21 = "batch21"
BATCH22 = "batch22"
BATCH23 = "batch23"
BATCH24 = "batch24"
BATCH25 = "batch25"
BATCH26 = "batch26"
BATCH27 = "batch27"
BATCH28 = "batch28"
BATCH29 = "batch29"
BATCH30 = "batch30"
# The groups whose misses may be listed card by card: the parser is tuned on them.
TUNING = ("dev", BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7, BATCH8, BATCH9, BATCH10,
          BATCH11, BATCH12, BATCH13, BATCH14, BATCH15, BATCH16, BATCH17, BATCH18, BATCH19,
          BATCH20, BATCH21, BATCH22, BATCH23, BATCH24, BATCH25, BATCH26, BATCH27, BATCH28, BATCH29)
KINDS = ("flat", "photo")

NAME_FIELDS = ("full_name", "first", "middle", "last")
SCALAR_FIELDS = ("full_name", "first", "middle", "last", "prefix", "suffix", "credentials",
                 "title", "company", "website", "linkedin", "twitter", "street", "city",
                 "region", "postal_code", "country")
LIST_FIELDS = ("emails", "phones")
CONTRACT_FIELDS = SCALAR_FIELDS + LIST_FIELDS
# Not in the contract's JSON: scored and shown apart, never in the overall figure.
EXTRA_FIELDS = ("department",)


def split_of(card_id: str) -> str:
    """DEV or HELD-OUT for a card of the first batch, fixed by its id alone (half the hash
    space each); BATCH2 to BATCH29 for the cards of the second to twenty-ninth batches;
    BATCH30, held out whole, for every card after them."""
    if int(card_id) > TWENTY_NINTH_BATCH:
        return BATCH30
    if int(card_id) > TWENTY_EIGHTH_BATCH:
        return BATCH29
    if int(card_id) > TWENTY_SEVENTH_BATCH:
        return BATCH28
    if int(card_id) > TWENTY_SIXTH_BATCH:
        return BATCH27
    if int(card_id) > TWENTY_FIFTH_BATCH:
        return BATCH26
    if int(card_id) > TWENTY_FOURTH_BATCH:
        return BATCH25
    if int(card_id) > TWENTY_THIRD_BATCH:
        return BATCH24
    if int(card_id) > TWENTY_SECOND_BATCH:
        return BATCH23
    if int(card_id) > TWENTY_FIRST_BATCH:
        return BATCH22
    if int(card_id) > TWENTIETH_BATCH:
        return BATCH21
    if int(card_id) > NINETEENTH_BATCH:
        return BATCH20
    if int(card_id) > EIGHTEENTH_BATCH:
        return BATCH19
    if int(card_id) > SEVENTEENTH_BATCH:
        return BATCH18
    if int(card_id) > SIXTEENTH_BATCH:
        return BATCH17
    if int(card_id) > FIFTEENTH_BATCH:
        return BATCH16
    if int(card_id) > FOURTEENTH_BATCH:
        return BATCH15
    if int(card_id) > THIRTEENTH_BATCH:
        return BATCH14
    if int(card_id) > TWELFTH_BATCH:
        return BATCH13
    if int(card_id) > ELEVENTH_BATCH:
        return BATCH12
    if int(card_id) > TENTH_BATCH:
        return BATCH11
    if int(card_id) > NINTH_BATCH:
        return BATCH10
    if int(card_id) > EIGHTH_BATCH:
        return BATCH9
    if int(card_id) > SEVENTH_BATCH:
        return BATCH8
    if int(card_id) > SIXTH_BATCH:
        return BATCH7
    if int(card_id) > FIFTH_BATCH:
        return BATCH6
    if int(card_id) > FOURTH_BATCH:
        return BATCH5
    if int(card_id) > THIRD_BATCH:
        return BATCH4
    if int(card_id) > SECOND_BATCH:
        return BATCH3
    if int(card_id) > FIRST_BATCH:
        return BATCH2
    digest = hashlib.sha256(f"pursuit-eval-split:{card_id}".encode()).digest()
    return SPLITS[digest[0] % 2]


# The held-out group's last card. Cards after it are written for later rounds (authors work
# ahead): nothing here reads them, not even their figures, until their round registers them and
# moves this on, so that each batch is measured once, when it is the held-out group.
REGISTERED_UP_TO = 1257


def load_truth() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(TRUTH.read_text(encoding="utf-8"))
    return [record for record in records if int(record["id"]) <= REGISTERED_UP_TO]


# --- scoring --------------------------------------------------------------------------------------

def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or None


def normalise(key: str, value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    if key in NAME_FIELDS:
        return text.casefold()
    if key == "website":
        text = re.sub(r"^(?:https?://)?(?:www\.)?", "", text, flags=re.IGNORECASE)
        return text.lower().rstrip("/")
    return text


def contract_e164(e164: str | None) -> str | None:
    """The truth's E.164 as the contract gives it: null for a number that fails validation.
    Thirteen numbers of the set (nine in the first batch, four in the second) are in the
    UK's ranges for drama (07700 900xxx, 01632 960xxx, 0115 496 0xxx): well-formed, typed by
    a person as +44..., but never allocated, so libphonenumber rejects them and the contract
    keeps them by their printed digits."""
    if not e164:
        return None
    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        valid = False
    return e164 if valid else None


def phone_key(phone: dict[str, Any], *, truth: bool = False
              ) -> tuple[str | None, str | None, str | None]:
    e164 = contract_e164(phone.get("e164")) if truth else phone.get("e164")
    number = e164 or "digits:" + re.sub(r"\D", "", phone.get("as_printed") or "")
    return phone.get("type"), number, phone.get("ext")


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, right: int, total: int) -> None:
        self.right += right
        self.total += total

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None


def score_card(truth: dict[str, Any], got: dict[str, Any]) -> tuple[dict[str, Tally],
                                                                      list[str]]:
    """Per field (right, counted) for one scanned image, and the misses in words."""
    tallies: dict[str, Tally] = {}
    misses: list[str] = []
    for key in SCALAR_FIELDS + EXTRA_FIELDS:
        want_raw = truth.get("country_shown") if key == "country" else truth.get(key)
        want, have = normalise(key, want_raw), normalise(key, got.get(key))
        if want is None and have is None:
            continue
        tallies[key] = Tally(int(want == have), 1)
        if want != have:
            misses.append(f"{key}: want {want_raw!r} got {got.get(key)!r}")
    for key in LIST_FIELDS:
        as_key: Callable[..., Any] = phone_key if key == "phones" else (
            lambda email, truth=False: str(email).lower())
        wanted = [as_key(item, truth=True) for item in truth.get(key) or []]
        found = [as_key(item) for item in got.get(key) or []]
        left = list(found)
        matched = 0
        for item in wanted:
            if item in left:
                left.remove(item)
                matched += 1
        total = max(len(wanted), len(found))
        if total:
            tallies[key] = Tally(matched, total)
        if matched < total:
            misses.append(f"{key}: want {wanted!r} got {found!r}")
    return tallies, misses


# --- scanning, with the OCR's raw lines kept between runs -----------------------------------------

def _ocr_version() -> str:
    """Changes whenever the OCR side changes: its modules' source and RapidOCR's version."""
    from importlib.metadata import version

    from pursuit.scanning import images

    digest = hashlib.sha256(version("rapidocr").encode())
    for module in (ocr, images):
        assert module.__file__ is not None
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


class NotCached(Exception):
    """An image not read yet, with `--cached-only`."""


class OcrCache:
    """Remembers `ocr.detect_lines` by the pixels it was given."""

    def __init__(self, path: Path | None, *, cached_only: bool = False,
                 keep: bool = True) -> None:
        self.path = path
        self.cached_only = cached_only
        self.keep = keep  # write what was read back to the file
        self.version = _ocr_version()
        self.entries: dict[str, list[list[Any]]] = {}
        self.changed = False
        if path is not None and path.exists():
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored.get("version") == self.version:
                self.entries = stored["entries"]
        self._detect = ocr.detect_lines

    def detect(self, image: Image.Image) -> list[OcrLine]:
        key = hashlib.sha256(image.tobytes() + repr(image.size).encode()).hexdigest()
        if key not in self.entries:
            if self.cached_only:
                raise NotCached(key)
            self.entries[key] = [[line.text, line.box, line.score]
                                 for line in self._detect(image)]
            self.changed = True
        return [OcrLine(text, tuple(tuple(point) for point in box) if box else None,  # type: ignore[arg-type]
                        score) for text, box, score in self.entries[key]]

    def __enter__(self) -> OcrCache:
        ocr.detect_lines = self.detect  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        ocr.detect_lines = self._detect  # type: ignore[assignment]
        self.save()

    def save(self) -> None:
        if self.path is not None and self.changed and self.keep:
            self.path.write_text(json.dumps({"version": self.version, "entries": self.entries}),
                                 encoding="utf-8")
            self.changed = False


@dataclass
class Result:
    card: dict[str, Any]
    kind: str
    tallies: dict[str, Tally]
    misses: list[str]
    got: dict[str, Any] = field(default_factory=dict)

    @property
    def split(self) -> str:
        return split_of(self.card["id"])


def scan_all(records: Iterable[dict[str, Any]], *, region: str = "US",
             cache: Path | None = CACHE, progress: bool = False,
             cached_only: bool = False, keep: bool = True) -> list[Result]:
    results = []
    with OcrCache(cache, cached_only=cached_only, keep=keep) as memo:
        for number, card in enumerate(records):
            for kind in KINDS:
                try:
                    fields = scan_card(HERE / card[kind], region)
                except NotCached:
                    continue
                got = {**fields.to_json(), "department": getattr(fields, "department", None)}
                tallies, misses = score_card(card, got)
                results.append(Result(card, kind, tallies, misses, got))
            if number % 10 == 9:
                memo.save()
                if progress:
                    print(f"  {number + 1} cards read", file=sys.stderr)
    return results


# --- figures --------------------------------------------------------------------------------------

def totals(results: Iterable[Result], fields: Iterable[str] = CONTRACT_FIELDS
           ) -> dict[str, Tally]:
    """Per field and "all" (every contract field together)."""
    sums: dict[str, Tally] = defaultdict(Tally)
    wanted = set(fields)
    for result in results:
        for key, tally in result.tallies.items():
            sums[key].add(tally.right, tally.total)
            if key in wanted and key in CONTRACT_FIELDS:
                sums["all"].add(tally.right, tally.total)
    return sums


def _pct(tally: Tally | None) -> str:
    if tally is None or not tally.total:
        return "-"
    return f"{100 * tally.right / tally.total:.1f}"


def table(results: list[Result], split: str) -> str:
    """A markdown table: rows are fields (then countries), columns flat / photo / both."""
    chosen = [r for r in results if r.split == split or split == "all"]
    if not chosen:
        return f"### {split.upper()}: no cards yet"
    columns = {kind: totals(r for r in chosen if r.kind == kind) for kind in KINDS}
    columns["both"] = totals(chosen)
    cards = len({r.card["id"] for r in chosen})
    lines = [f"### {split.upper()} ({cards} cards, {len(chosen)} images) — % right "
             "(fields counted)", "",
             "| field | flat | photo | both |", "|---|---|---|---|"]

    def row(label: str, key: str, source: dict[str, dict[str, Tally]]) -> str:
        cells = [f"{_pct(source[c].get(key))} ({source[c][key].total})"
                 if source[c].get(key) else "-" for c in (*KINDS, "both")]
        return f"| {label} | " + " | ".join(cells) + " |"

    lines.append(row("**all fields**", "all", columns))
    for key in CONTRACT_FIELDS + EXTRA_FIELDS:
        lines.append(row(key + (" (not in the JSON)" if key in EXTRA_FIELDS else ""), key,
                         columns))
    lines += ["", "| country | flat | photo | both |", "|---|---|---|---|"]
    for country in sorted({r.card["country"] for r in chosen}):
        mine = [r for r in chosen if r.card["country"] == country]
        per = {kind: totals(r for r in mine if r.kind == kind) for kind in KINDS}
        per["both"] = totals(mine)
        label = f"{country} ({len({r.card['id'] for r in mine})})"
        lines.append(row(label, "all", per))
    return "\n".join(lines)


def summary(results: list[Result]) -> dict[str, Any]:
    """The figures as data: {split: {kind: {field: [right, total]}}} (kind "both" too); a
    split is a group of `GROUPS` or "all"."""
    out: dict[str, Any] = {}
    for split in (*GROUPS, "all"):
        chosen = [r for r in results if r.split == split or split == "all"]
        out[split] = {}
        for kind in (*KINDS, "both"):
            sums = totals(r for r in chosen if r.kind == kind or kind == "both")
            out[split][kind] = {key: [t.right, t.total] for key, t in sums.items()}
        out[split]["countries"] = {}
        for country in sorted({r.card["country"] for r in chosen}):
            for kind in (*KINDS, "both"):
                sums = totals(r for r in chosen if r.card["country"] == country
                              and (r.kind == kind or kind == "both"))
                out[split]["countries"].setdefault(country, {})[kind] = [
                    sums["all"].right, sums["all"].total]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*GROUPS, "all"), default=None,
                        help="which group to scan and show (default: every group, one "
                             "after the other)")
    parser.add_argument("--misses", action="store_true",
                        help="list every miss, card by card (DEV and BATCH2 to BATCH29 only)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--no-cache", action="store_true", help="run OCR afresh")
    parser.add_argument("--region", default="US", help="the user's country (default US)")
    parser.add_argument("--only", nargs="*",
                        help="DEV or BATCH2-BATCH29 card ids to scan (quick look)")
    parser.add_argument("--lines", action="store_true",
                        help="with --misses: the lines read from each image that missed")
    parser.add_argument("--cached-only", action="store_true",
                        help="leave out the images whose OCR lines are not kept yet")
    args = parser.parse_args()

    records = load_truth()
    if args.split in GROUPS:
        records = [r for r in records if split_of(r["id"]) == args.split]
    if args.only:
        records = [r for r in records
                   if r["id"] in args.only and split_of(r["id"]) in TUNING]
    results = scan_all(records, region=args.region, cache=None if args.no_cache else CACHE,
                       progress=True, cached_only=args.cached_only)
    for split in ([args.split] if args.split else GROUPS):
        print(table(results, split), end="\n\n")
    if args.misses:
        for result in results:
            # HELD-OUT and BATCH30 cards are never shown one by one: only their figures.
            if result.split in TUNING and result.misses:
                print(f"{result.card['id']}-{result.kind} ({result.card['country']}, "
                      f"{result.card['layout']}):")
                for miss in result.misses:
                    print(f"    {miss}")
                if args.lines:
                    for line in result.got.get("lines", []):
                        print(f"      | {line}")
    if args.json:
        args.json.write_text(json.dumps(summary(results), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
