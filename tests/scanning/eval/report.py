"""Field accuracy of the real scanner on the evaluation cards, per field, per country, flat scans
against photos, on the DEV half and the HELD-OUT half of the first batch and on each later
batch as a group of its own (BATCH2, BATCH3, ...; `GROUPS` lists them).

    python tests/scanning/eval/report.py [--split dev|held-out|batch2|...|batchN|all]
                                         [--misses]
                                         [--json FILE] [--no-cache] [--region US]

Every image goes through the real `scan_card` (image checks, OCR, reading order, parsing).
OCR is the slow part (about a second an image) and does not change while the parser is
tuned, so its raw lines are kept in `.ocr-cache.json` beside this file (not committed), keyed
by the image's pixels and the source of the OCR modules; `--no-cache` runs OCR afresh.

The first batch (cards 001-088) is split in two halves by a hash of the card's id (`split_of`):
the parser may be tuned on DEV, whose misses `--misses` lists; HELD-OUT is only ever reported
as figures, never card by card, so that its figures say how the scanner does on cards nobody
tuned it on. Each later batch, written by an author of its own who never saw the parser, is a
group of its own, BATCHn (`BATCH_ENDS` gives each one's last card). The last batch registered
is the held-out group of issue 14's current round: held out whole and only ever reported as
figures. Every earlier one was that group for one round, measured once after it, and has been
a tuning group since (`TUNING`: its misses are listed too). Registering the next round is one
change: its held-out batch's last card added to `BATCH_ENDS`. Cards after the last registered
one (batches written ahead of their rounds) are read by nothing here, not even their figures.
With `--split`, only that group's images are scanned; a group without cards yet prints that it
has none.

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
import bisect
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
# The last card of each batch, in order: the first batch is 001-088 (DEV and HELD-OUT), the
# second 089-137, the third 138-187, the fourth 188-217, then forty cards a batch from 218. The
# last one listed is the held-out batch of the current round; registering a round adds its
# batch here, and the batch before it becomes a tuning group.
BATCH_ENDS: tuple[int, ...] = (88, 137, 187, 217, *range(257, 1697 + 1, 40))
# The held-out group's last card. Cards after it are written for later rounds (authors work
# ahead): nothing here reads them, not even their figures, until their round registers them, so
# that each batch is measured once, when it is the held-out group.
REGISTERED_UP_TO = BATCH_ENDS[-1]
BATCH_GROUPS = tuple(f"batch{number}" for number in range(2, len(BATCH_ENDS) + 1))
# Every group a card can be in, as `split_of` gives it.
GROUPS = (*SPLITS, *BATCH_GROUPS)
# The groups whose misses may be listed card by card: the parser is tuned on them.
TUNING = ("dev", *BATCH_GROUPS[:-1])
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
    space each); BATCHn for a card of a later batch, the held-out batch for every card after
    the tuning batches."""
    number = min(bisect.bisect_left(BATCH_ENDS, int(card_id)), len(BATCH_ENDS) - 1)
    if number > 0:
        return BATCH_GROUPS[number - 1]
    digest = hashlib.sha256(f"pursuit-eval-split:{card_id}".encode()).digest()
    return SPLITS[digest[0] % 2]


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
            # HELD-OUT and the held-out batch's cards are never shown one by one: only
            # their figures.
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
