"""Near matches: two contacts that may be one person, and why (issue 14, point 10).

The importer merges only on sure keys (a profile URL, an e-mail; name and company when a record
has neither). What it keeps apart may still be one person written two ways: "Jon"/"Jonathan",
"JOSE GARCIA"/"José García", or a business card read by OCR as "Rnaria" for "Maria". This
module proposes such pairs for the merge page, each with the reason in words; the user decides.

A pair is proposed when
- the names are the same once case, accents and punctuation are set aside (whatever the
  companies: people change jobs, and the reason says where each one works); or
- the family names are the same (or differ only by letters a scanner confuses, or by one
  letter) and the given names are the same name written differently: one a nickname of the
  other (the `nicknames` package's hand-curated English list, Apache-2.0), letters a scanner
  confuses (rn/m, vv/w, cl/d, 1/l, 0/o), an initial, or one letter typed wrong; and something
  else says it is one person: the same company, a shared phone number, or e-mail addresses
  that differ only as the names do.
"Chris Lee" at Acme and "Christine Lee" at Globex are not proposed (a nickname, but nothing
else in common); nor are "Maria" and "Marco Rossi" of one studio (two letters apart), nor two
people with different LinkedIn profiles (contracts.md: different people).

Speed: people are compared only within blocks, those sharing a family name (after the OCR
folding), and those sharing a company and the initial of their family name; within a block the
candidate given names are found by lookups and by rapidfuzz's C distance matrix, so 5,000
contacts take about a second (bench/bench_import.py, part three, measures it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from pursuit.core.imports.identity import normalise_company, normalise_email, normalise_name

# Honorifics people type into the first-name field ("Dr. Sabine"); not part of the given name.
_HONORIFICS = frozenset({"dr", "prof", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "herr",
                         "frau", "sra", "srta", "sr", "mme", "mlle", "dott", "ing", "mag"})
# Letters OCR confuses, each pair folded to one form (applied to case- and accent-folded text).
_OCR = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("1", "l"), ("|", "l"), ("0", "o"), ("5", "s"))
_OCR_WORDS = {"rn": "rn for m", "vv": "vv for w", "cl": "cl for d", "1": "1 for l",
              "|": "| for l", "0": "0 for o", "5": "5 for s"}
# Providers whose addresses say nothing about where someone works.
_FREE_MAIL = frozenset({"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com",
                        "yahoo.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
                        "gmx.net", "web.de", "proton.me", "protonmail.com", "yandex.ru",
                        "mail.ru", "qq.com", "163.com", "posteo.de", "orange.fr", "free.fr",
                        "libero.it", "t-online.de", "msn.com", "hey.com", "fastmail.com"})
_SEPARATORS = re.compile(r"[._\-+]+")


@dataclass(frozen=True, slots=True)
class Person:
    """What the finder needs of a contact."""

    id: int
    full_name: str
    first: str = ""
    last: str = ""
    company: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164, or the digits as printed
    linkedin: str = ""  # normalised (identity.normalise_linkedin), "" when none


@dataclass(frozen=True, slots=True)
class Proposal:
    first: int  # the lower id
    second: int
    score: float  # higher is surer; proposals are listed surest first
    why: str


@dataclass(slots=True)
class _Features:
    person: Person
    given: str  # folded first given name ("maria" for "María José")
    given_shown: str  # as written ("María")
    family: str  # folded family name
    family_shown: str
    given_ocr: str
    family_ocr: str
    company: str  # normalise_company
    mail_locals: frozenset[str] = field(default_factory=frozenset)
    mail_domains: frozenset[str] = field(default_factory=frozenset)
    phones: frozenset[str] = field(default_factory=frozenset)


# Names, companies and name pairs repeat across an address book: each is worked out once.
_CACHE = 65536


@lru_cache(maxsize=_CACHE)
def fold(text: str) -> str:
    """Case, accents and punctuation aside: "José  O'Neill" -> "jose o neill"."""
    return normalise_name(text)


@lru_cache(maxsize=_CACHE)
def ocr_fold(text: str) -> str:
    """A folded text with the letters OCR confuses made one: "rnaria" -> "maria"."""
    for seen, meant in _OCR:
        text = text.replace(seen, meant)
    return text


@cache
def _nicknames() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(name -> its nicknames, nickname -> its full names), lower case, loaded once.

    The list ships with the `nicknames` package (Carlton Northern and Nick Crews, Apache-2.0,
    https://github.com/carltonnorthern/nicknames). Imported here, on first use, to keep the
    reading of its CSV file out of every start of the program.
    """
    from nicknames import NickNamer

    namer = NickNamer()
    return ({k: frozenset(v) for k, v in namer.nickname_lookup.items()},
            {k: frozenset(v) for k, v in namer.canonical_lookup.items()})


@lru_cache(maxsize=_CACHE)
def nickname_relation(a: str, b: str) -> str:
    """How two folded given names are one name: "" when they are not (by the list)."""
    if not a or not b or a == b:
        return ""
    nicks, fulls = _nicknames()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # The list has both directions for some pairs (bill -> william and william -> bill): the
    # shorter name is said to be the nickname.
    if short in nicks.get(long, ()) or long in nicks.get(short, ()):
        return f"{short.title()} is a nickname of {long.title()}"
    shared = fulls.get(a, frozenset()) & fulls.get(b, frozenset())
    if shared and a[0] == b[0]:  # Bill/Billy (William), not Chris/Tina (Christine)
        return f"both are nicknames of {sorted(shared)[0].title()}"
    return ""


def _ocr_difference(a: str, b: str) -> str:
    """Which OCR confusion turns one folded text into the other ("rn for m"), or ""."""
    if a == b or ocr_fold(a) != ocr_fold(b):
        return ""
    for seen, _meant in _OCR:
        if a.replace(seen, "") != a or b.replace(seen, "") != b:
            return _OCR_WORDS[seen]
    return "letters a scanner confuses"


@lru_cache(maxsize=_CACHE)
def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two swapped; not on very short names, and not a
    change of the last letter (Maria/Mario, Daniela/Daniele are different names)."""
    if min(len(a), len(b)) < 4 or OSA.distance(a, b, score_cutoff=1) > 1:
        return False
    return not (len(a) == len(b) and a[:-1] == b[:-1])


def _split_name(person: Person) -> tuple[str, str]:
    """Given and family name as written, from the parts or else from the full name."""
    first, last = person.first.strip(), person.last.strip()
    if not (first or last):
        words = person.full_name.split()
        if len(words) >= 2:
            first, last = words[0], words[-1]
        elif words:
            last = words[0]
    last = last.split(",")[0].strip()  # "Sharma, PMP"
    return first, last


def _features(person: Person) -> _Features:
    first, last = _split_name(person)
    given_words = [w for w in first.split() if fold(w) not in _HONORIFICS]
    given_shown = given_words[0] if given_words else ""
    given = fold(given_shown)
    family = fold(last)
    locals_, domains = set(), set()
    for address in person.emails:
        local, _, domain = normalise_email(address).partition("@")
        if local:
            locals_.add(_SEPARATORS.sub(".", local))
        if domain and domain not in _FREE_MAIL:
            domains.add(domain)
    return _Features(person, given, given_shown, family, last, ocr_fold(given),
                     ocr_fold(family), _company_key(person.company), frozenset(locals_),
                     frozenset(domains), frozenset(p for p in person.phones if p))


def _given_relation(a: _Features, b: _Features) -> tuple[str, float]:
    """Why two given names may be one, in words, with a weight; ("", 0) when they are not."""
    if not a.given and not b.given:
        return "same", 1.0  # a one-word name on both sides ("Madonna")
    if not a.given or not b.given:
        return "", 0.0
    if a.given == b.given:
        return "same", 1.0
    if a.given_ocr == b.given_ocr:
        what = _ocr_difference(a.given, b.given)
        return (f"{a.given_shown} and {b.given_shown} differ only by letters a scanner "
                f"confuses ({what})"), 0.95
    relation = nickname_relation(a.given, b.given)
    if relation:
        return (f"first names {a.given_shown}/{b.given_shown} are the same name "
                f"({relation})"), 0.9
    if len(a.given) == 1 or len(b.given) == 1:
        if a.given[0] == b.given[0]:
            short, long = (a, b) if len(a.given) == 1 else (b, a)
            return f"{short.given_shown} is the initial of {long.given_shown}", 0.8
        return "", 0.0
    if _one_edit(a.given, b.given):
        return (f"first names {a.given_shown}/{b.given_shown} differ by one letter"), 0.85
    return "", 0.0


def _family_relation(a: _Features, b: _Features) -> tuple[str, float]:
    if not a.family or not b.family:
        return "", 0.0
    if a.family == b.family:
        return "same", 1.0
    if a.family_ocr == b.family_ocr:
        what = _ocr_difference(a.family, b.family)
        return (f"{a.family_shown} and {b.family_shown} differ only by letters a scanner "
                f"confuses ({what})"), 0.95
    if _one_edit(a.family, b.family):
        return f"last names {a.family_shown}/{b.family_shown} differ by one letter", 0.85
    return "", 0.0


def _evidence(a: _Features, b: _Features) -> list[str]:
    """What besides the names says it is one person."""
    found = []
    if a.company and a.company == b.company:
        found.append("same company")
    elif a.company and b.company and _similar_companies(a.company, b.company):
        found.append(f"companies {a.person.company}/{b.person.company} are one")
    if a.phones & b.phones:
        found.append("same phone number")
    if a.mail_domains & b.mail_domains and "same company" not in found:
        found.append("e-mail at the same company domain")
    for x in a.mail_locals:
        for y in b.mail_locals:
            if x != y and ocr_fold(x) == ocr_fold(y):
                found.append(f"e-mails {x}@ and {y}@ differ only by letters a scanner "
                             "confuses")
                return found
    return found


@lru_cache(maxsize=_CACHE)
def _company_key(company: str) -> str:
    return normalise_company(company)


@lru_cache(maxsize=_CACHE)
def _similar_companies(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a.replace("&", "and"), b.replace("&", "and")) >= 90


def _judge(a: _Features, b: _Features) -> Proposal | None:
    if a.person.id > b.person.id:
        a, b = b, a  # the reason names the two in the order the page lists them
    one, two = a.person, b.person
    if one.linkedin and two.linkedin and one.linkedin != two.linkedin:
        return None  # two profiles, two people (contracts.md)
    family, family_weight = _family_relation(a, b)
    given, given_weight = _given_relation(a, b)
    if not family or not given:
        return None
    evidence = _evidence(a, b)
    low, high = a, b
    if family == "same" and given == "same":
        names = (low.person.full_name, high.person.full_name)
        if names[0] == names[1]:
            why = "same name"
        elif fold(names[0]) == fold(names[1]):
            why = f"same name once accents and case are set aside ({names[0]} / {names[1]})"
        else:
            why = f"same first and last names ({names[0]} / {names[1]})"
        if evidence:
            why = f"{', '.join(evidence)}; {why}"
        elif a.company and b.company:
            why += f"; at different companies ({low.person.company} / {high.person.company})"
        return Proposal(low.person.id, high.person.id, 1.0 + 0.01 * len(evidence), why)
    if not evidence:
        return None
    parts = [p for p in (given, family) if p != "same"]
    score = given_weight * family_weight + 0.01 * len(evidence)
    return Proposal(low.person.id, high.person.id, score,
                    f"{', '.join(evidence)}; {'; '.join(parts)}")


def _pairs_in(block: list[_Features]) -> Iterator[tuple[_Features, _Features]]:
    """Pairs of a block worth judging: given names equal (after OCR folding), related by the
    nickname list, an initial, or within one edit (found by rapidfuzz's distance matrix)."""
    if len(block) < 2:
        return
    if len(block) <= 12:  # a small block: every pair is cheaper than the lookups
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                yield a, b
        return
    seen: set[tuple[int, int]] = set()

    def emit(i: int, j: int) -> Iterator[tuple[_Features, _Features]]:
        key = (i, j) if i < j else (j, i)
        if i != j and key not in seen:
            seen.add(key)
            yield block[key[0]], block[key[1]]

    by_given: dict[str, list[int]] = defaultdict(list)
    for n, f in enumerate(block):
        by_given[f.given_ocr].append(n)
    nicks, fulls = _nicknames()
    for name, members in by_given.items():
        for x, i in enumerate(members):  # the same given name
            for j in members[x + 1:]:
                yield from emit(i, j)
        related = nicks.get(name, frozenset()) | fulls.get(name, frozenset())
        for other in fulls.get(name, frozenset()):
            related |= nicks.get(other, frozenset())
        if len(name) == 1:
            related |= {g for g in by_given if g[:1] == name}
        for other in related:
            for i in members:
                for j in by_given.get(other, ()):
                    yield from emit(i, j)
    names = list(by_given)
    distances = cdist(names, names, scorer=OSA.distance, score_cutoff=1, dtype="uint8")
    for x, y in zip(*(distances <= 1).nonzero(), strict=True):
        if x < y:
            for i in by_given[names[x]]:
                for j in by_given[names[y]]:
                    yield from emit(i, j)


def find_near_matches(people: Iterable[Person], *, limit: int | None = None) -> list[Proposal]:
    """Pairs that may be one person, surest first, each with its reason in words."""
    features = [_features(p) for p in people]
    by_family: dict[str, list[_Features]] = defaultdict(list)
    by_company: dict[tuple[str, str], list[_Features]] = defaultdict(list)
    for f in features:
        if f.family_ocr:
            by_family[f.family_ocr].append(f)
            if f.company:
                by_company[(f.company, f.family_ocr[0])].append(f)
    found: dict[tuple[int, int], Proposal] = {}
    blocks = [*by_family.values(), *by_company.values()]
    for block in blocks:
        for a, b in _pairs_in(block):
            key = (min(a.person.id, b.person.id), max(a.person.id, b.person.id))
            if key in found:
                continue
            proposal = _judge(a, b)
            if proposal is not None:
                found[key] = proposal
    ranked = sorted(found.values(), key=lambda p: (-p.score, p.first, p.second))
    return ranked[:limit] if limit is not None else ranked

