"""OCR lines in, card fields out: `parse_card`.

First every line gives up what has an unmistakable shape (e-mails, web addresses, handles,
phone numbers); then the postal address is found among what is left; then the name, the
title and the company are chosen among the remaining lines by our rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from pursuit.core.cards import layout
from pursuit.core.cards.address import Address, country_code, find_address
from pursuit.core.cards.emails import find_emails, fit_to_name, tidy
from pursuit.core.cards.model import CardFields, OcrLine, Phone
from pursuit.core.cards.names import (
    looks_like_name,
    matches_email,
    parse_name,
    split_post_nominals,
)
from pursuit.core.cards.phones import find_phones
from pursuit.core.cards.title_company import (
    INDUSTRY_WORDS,
    LEGAL_FORMS,
    company_case,
    company_score,
    continues_title,
    domain_stems,
    has_role,
    title_score,
    words_of,
)
from pursuit.core.cards.web import find_linkedin, find_twitter, find_website

# What is left of a line once its contact details are taken out, if it is only punctuation
# or a lone label, is nothing.
_LEFTOVER_NOISE = re.compile(r"^[\W_]*(?:[a-z]{1,2}|e-?mail|web|tel|phone|fax)?[\W_]*$",
                             re.IGNORECASE)


@dataclass
class _Line:
    """One line while it is being read: what is still unread of it, and where it sits."""

    index: int
    block: int
    source: OcrLine
    rest: str | None
    height: float
    kinds: set[str] = field(default_factory=set)


@dataclass
class _Contacts:
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    website: str | None = None
    linkedin: str | None = None
    twitter: str | None = None


def clean(text: str) -> str:
    """Normalise what OCR gives: compatibility forms, odd spaces, spaces around '@'."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", " ", text).strip()
    return tidy(text)


def _cut(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " + text[span[1]:]


def _take_contacts(text: str, region: str, found: _Contacts) -> tuple[str, set[str]]:
    """Take every contact detail out of one line; returns what is left and what was taken."""
    kinds: set[str] = set()
    emails = find_emails(text)
    found.emails.extend(address for address, _ in emails)
    for _, span in reversed(emails):  # from the end, so earlier spans stay where they are
        text = _cut(text, span)
        kinds.add("email")
    for finder, attribute in ((find_linkedin, "linkedin"), (find_twitter, "twitter"),
                              (find_website, "website")):
        hit = finder(text)
        while hit:
            value, span = hit
            if getattr(found, attribute) is None:
                setattr(found, attribute, value)
            text = _cut(text, span)
            kinds.add(attribute)
            hit = finder(text)
    phones = find_phones(text, region)
    for _, span in reversed(phones):
        text = _cut(text, span)
    found.phones.extend(phone for phone, _ in phones)
    if phones:
        kinds.add("phone")
    return text, kinds


def _leftover(text: str) -> str | None:
    # A trailing comma stays: it says the line goes on ("Vice President," / "Sales").
    text = re.sub(r"\s+", " ", text).strip(" |•·;/-–—").lstrip(", ")
    return None if _LEFTOVER_NOISE.match(text) else text


def parse_card(lines: Sequence[OcrLine | str], region: str = "US") -> CardFields:
    """Fields of a business card from its OCR lines.

    Lines with boxes are put in reading order and grouped in blocks by their position; plain
    strings are taken as one column, top to bottom. `region` is the country (ISO 3166) that
    phone numbers printed without a country code are read in."""
    given = [line if isinstance(line, OcrLine) else OcrLine(line) for line in lines]
    given = [OcrLine(clean(line.text), line.box, line.score) for line in given]
    given = [line for line in given if line.text]
    region = region.upper()

    contacts = _Contacts()
    work: list[_Line] = []
    for block_number, block in enumerate(layout.blocks(given)):
        for line in block:
            rest, kinds = _take_contacts(line.text, region, contacts)
            work.append(_Line(len(work), block_number, line, _leftover(rest),
                              layout.text_height(line), kinds))

    address, address_lines = _address(work)
    for index in address_lines:
        work[index].rest = None
    country = address.country if address else None
    for item in work:
        if item.rest and country_code(item.rest):
            country = country or country_code(item.rest)
            item.rest = None

    name_line = _choose_name(work, contacts.emails)
    name = parse_name(_name_text(name_line.rest)) if name_line and name_line.rest else None
    if name is not None:
        contacts.emails = [fit_to_name(email, name.first, name.last) for email in contacts.emails]
    title = _choose_title(work, name_line)
    stems = domain_stems([email.split("@")[1] for email in contacts.emails]
                         + ([contacts.website] if contacts.website else []))
    company = _choose_company(work, stems, {name_line.index} if name_line else set())

    return CardFields(
        full_name=name.full_name if name else None,
        first=name.first if name else None,
        middle=name.middle if name else None,
        last=name.last if name else None,
        prefix=name.prefix if name else None,
        suffix=name.suffix if name else None,
        credentials=name.credentials if name else None,
        title=title,
        company=company,
        emails=tuple(dict.fromkeys(contacts.emails)),
        phones=tuple(_unique_phones(contacts.phones)),
        website=contacts.website,
        linkedin=contacts.linkedin,
        twitter=contacts.twitter,
        street=address.street if address else None,
        city=address.city if address else None,
        region=address.region if address else None,
        postal_code=address.postal_code if address else None,
        country=country,
        lines=tuple(line.source.text for line in work),
    )


def _unique_phones(phones: list[Phone]) -> list[Phone]:
    """Each number once per type: OCR can return one printed line twice."""
    seen: set[tuple[str, str | None, str | None, str]] = set()
    kept = []
    for phone in phones:
        key = (phone.type, phone.e164, phone.ext, phone.as_printed if phone.e164 is None else "")
        if key not in seen:
            seen.add(key)
            kept.append(phone)
    return kept


def _address(work: list[_Line]) -> tuple[Address | None, set[int]]:
    # A None between blocks keeps a street from being looked for in another block.
    texts: list[str | None] = []
    positions: list[int | None] = []
    for line in work:
        if line.index and work[line.index - 1].block != line.block:
            texts.append(None)
            positions.append(None)
        texts.append(line.rest)
        positions.append(line.index)
    found = find_address(texts)
    if found is None:
        return None, set()
    address, taken = found
    return address, {index for i in taken if (index := positions[i]) is not None}


def _has_legal_form(text: str) -> bool:
    return any(word.replace(".", "") in LEGAL_FORMS for word in words_of(text)[1:])


def _is_company_like(text: str) -> bool:
    return _has_legal_form(text) or any(word in INDUSTRY_WORDS for word in words_of(text))


def _choose_name(work: list[_Line], emails: list[str]) -> _Line | None:
    """The line most like a person's name: name-shaped, spelled by an e-mail address, in a
    large font, near the top."""
    locals_ = [email.split("@")[0] for email in emails]
    tallest = max((line.height for line in work if line.rest), default=0.0) or 1.0
    best: tuple[float, _Line] | None = None
    for line in work:
        text = _name_text(line.rest) if line.rest else None
        if not text or not looks_like_name(text) or has_role(split_post_nominals(text)[0]):
            continue
        if _is_company_like(text):
            continue
        score = 1.0 + 2.0 * line.height / tallest - 0.05 * line.index
        if matches_email(text, locals_):
            score += 3.0
        following = _next_in_block(work, line)
        if following is not None and following.rest and has_role(following.rest):
            score += 1.0
        if best is None or score > best[0]:
            best = (score, line)
    return best[1] if best else None


def _name_text(text: str) -> str:
    """A line read as a name, with the digits OCR puts for letters in names put back:
    "0'Brien" is "O'Brien", "Wi1son" is "Wilson"."""
    def letters(match: re.Match[str]) -> str:
        word = match.group()
        if sum(ch.isalpha() for ch in word) < 2 or re.search(r"[2-9]", word):
            return word
        if all(ch.isupper() for ch in word if ch.isalpha()):
            return word.replace("1", "I").replace("0", "O")  # "J0HN" -> "JOHN"
        fixed = word.replace("1", "l").replace("0", "o")
        return "O" + fixed[1:] if word.startswith("0") else fixed
    return re.sub(r"[\w'’]+", letters, text)


def _next_in_block(work: list[_Line], line: _Line) -> _Line | None:
    after = line.index + 1
    if after < len(work) and work[after].block == line.block:
        return work[after]
    return None


def _choose_title(work: list[_Line], name_line: _Line | None) -> str | None:
    """The line under the name when it reads as a title, else the first line naming a role.

    A title that wraps over two lines is joined."""
    chosen: _Line | None = None
    if name_line is not None:
        following = _next_in_block(work, name_line)
        if (following is not None and following.rest and title_score(following.rest) > 0
                and (has_role(following.rest) or not _is_company_like(following.rest))):
            chosen = following
    if chosen is None:
        roles = [line for line in work if line.rest and line is not name_line
                 and title_score(line.rest) >= 2 and not _is_company_like(line.rest)]
        chosen = roles[0] if roles else None
    if chosen is None:
        # "Jane Doe, Head of Sales" on one line.
        rest = split_post_nominals(name_line.rest)[3] if name_line and name_line.rest else ""
        return rest if rest and has_role(rest) else None
    assert chosen.rest is not None
    title = chosen.rest
    chosen.kinds.add("title")
    following = _next_in_block(work, chosen)
    if (following is not None and following.rest and continues_title(title, following.rest)
            and not _has_legal_form(following.rest)):
        title = f"{title} {following.rest}"
        following.kinds.add("title")
    return title.strip(" ,")


def _choose_company(work: list[_Line], stems: list[str], exclude: set[int]) -> str | None:
    tallest = max((line.height for line in work if line.rest), default=0.0) or 1.0
    best: tuple[float, _Line] | None = None
    for line in work:
        if not line.rest or line.index in exclude or "title" in line.kinds:
            continue
        score = company_score(line.rest, stems)
        if score <= 0:
            continue
        score += line.height / tallest - 0.02 * line.index
        if best is None or score > best[0]:
            best = (score, line)
    if best is None or best[0] < 2:
        return None
    chosen = best[1]
    assert chosen.rest is not None
    company = chosen.rest
    # "LARCHMONT ANALYTICS," over "INC.": a legal form that wrapped onto its own line.
    following = _next_in_block(work, chosen)
    if following is not None and following.rest and _only_legal_form(following.rest):
        company = f"{company} {following.rest}"
    return company_case(company.strip(" ,"))


def _only_legal_form(text: str) -> bool:
    words = words_of(text)
    return bool(words) and all(word.replace(".", "") in LEGAL_FORMS for word in words)
