"""Reading a posting page: schema.org `JobPosting` in JSON-LD (head or body, alone, in a list
or in an `@graph`) and in microdata, read with extruct; then the page's `<title>` and Open
Graph tags as a fallback.

Job boards write this data for search engines, and each writes it a little differently: the
description is HTML (sometimes escaped twice), the salary a number, a range or a string, the
employer an object or a name, the location a list of places or "TELECOMMUTE". Everything here
turns those shapes into one `Posting`.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from pursuit.core.postings.model import (
    EMPLOYMENT_TYPES,
    HYBRID,
    JSON_LD,
    MICRODATA,
    ONSITE,
    PAGE,
    REMOTE,
    Posting,
    Reading,
)

MAX_DESCRIPTION = 20_000  # characters kept of a description (the column holds any length)
_PERIODS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year",
            "ANNUAL": "year", "ANNUALLY": "year", "YEARLY": "year", "HOURLY": "hour",
            "MONTHLY": "month", "WEEKLY": "week", "DAILY": "day"}
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "INR": "₹",
            "JPY": "¥"}
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TAG_RE = re.compile(r"<[a-zA-Z/!][^>]*>")
# "Senior Engineer at Acme", "Senior Engineer - Acme | Board", "Acme hiring Senior Engineer"
_AT_RE = re.compile(r"^(?P<title>.+?)\s+at\s+(?P<employer>.+)$", re.I)
_HIRING_RE = re.compile(r"^(?P<employer>.+?)\s+(?:is\s+)?hiring\s+(?:a\s+|an\s+)?(?P<title>.+?)"
                        r"(?:\s+in\s+(?P<location>.+))?$", re.I)
_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+·\s+")


def read_page(html: str, *, url: str = "") -> Reading:
    """Every posting `html` holds, and the page's own guess. Never raises on bad markup: a
    page that is not HTML at all gives no postings and a note saying so."""
    # extruct loads rdflib and mf2py on import (about 1.5 s): only a process that reads a
    # posting pays for it, not every command and page of Pursuit.
    import extruct  # noqa: PLC0415

    notes: list[str] = []
    try:
        data = extruct.extract(html, base_url=url or None,
                               syntaxes=["json-ld", "microdata", "opengraph"], uniform=True,
                               errors="ignore")
    except Exception as exc:  # lxml refuses some inputs outright (no elements at all)
        notes.append(f"the page could not be read as HTML ({type(exc).__name__})")
        data = {}
    found: list[Posting] = []
    for source, items in ((JSON_LD, data.get("json-ld", [])),
                          (MICRODATA, data.get("microdata", []))):
        for item in _job_postings(items):
            posting = _posting(item, source=source, page_url=url)
            if posting.title or posting.employer:
                found.append(posting)
    page = _page_guess(html, data.get("opengraph", []), url)
    postings = _unique(found)
    if not postings:
        notes.append("the page has no schema.org JobPosting data: the role and employer are "
                      "guessed from its title; check them")
    return Reading(postings=tuple(postings), page=page, notes=tuple(notes))


# --- finding JobPosting objects ----------------------------------------------------------------

def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", ())
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds}


def _job_postings(items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """JobPosting objects anywhere in the data: top level, lists, `@graph`, or nested (an
    ItemList of postings, a WebPage whose mainEntity is one)."""
    stack = list(items)[::-1]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "JobPosting" in _types(item):
                yield item
                continue
            for key in ("@graph", "mainEntity", "itemListElement", "item", "hasPart"):
                if key in item:
                    value = item[key]
                    stack.extend(reversed(value) if isinstance(value, list) else [value])


def _unique(postings: list[Posting]) -> list[Posting]:
    """The same posting written twice (JSON-LD and microdata) is one: JSON-LD wins."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for posting in postings:
        key = (posting.title.casefold(), posting.employer.casefold(), posting.location.casefold())
        if key not in seen:
            seen.add(key)
            kept.append(posting)
    return kept


# --- one posting -----------------------------------------------------------------------------

def _posting(item: dict[str, Any], *, source: str, page_url: str) -> Posting:
    salary = _salary(item.get("baseSalary") or item.get("estimatedSalary"),
                     item.get("salaryCurrency"))
    location, remote = _location(item)
    return Posting(
        title=_text(item.get("title") or item.get("name")),
        employer=_name(item.get("hiringOrganization")),
        location=location, remote=remote,
        salary=salary[0], salary_min=salary[1], salary_max=salary[2], currency=salary[3],
        salary_period=salary[4],
        employment_type=_employment(item.get("employmentType")),
        posted_on=_date(item.get("datePosted")), closing_on=_date(item.get("validThrough")),
        url=_url(item.get("url")) or page_url,
        description=description_text(_first(item.get("description"))),
        source=source,
    )


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str:
    """A plain one-line string from whatever the data holds there."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    text = html_lib.unescape(str(value))
    return " ".join(_TAG_RE.sub(" ", text).split())


def _name(value: Any) -> str:
    if isinstance(value, list):
        return next((n for n in (_name(v) for v in value) if n), "")
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("legalName"))
    return _text(value)


def _url(value: Any) -> str:
    text = _text(value)
    return text if text.startswith(("http://", "https://")) else ""


def _date(value: Any) -> date | None:
    """The date a value starts with ("2025-11-30", "2025-11-30T23:59:59-05:00"): the date as
    the employer wrote it, which is what a person reads on the posting."""
    match = _DATE_RE.match(_text(value))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _employment(value: Any) -> str:
    values = value if isinstance(value, list) else [value]
    words = []
    for raw in values:
        for part in re.split(r"[,/]", _text(raw)):
            key = part.strip().upper().replace("-", "_").replace(" ", "_")
            word = EMPLOYMENT_TYPES.get(key) or EMPLOYMENT_TYPES.get(key.removesuffix("S")) \
                or part.strip().capitalize()
            if word and word not in words:
                words.append(word)
    return ", ".join(words)


def _place(place: Any) -> str:
    if isinstance(place, str):
        return _text(place)
    if not isinstance(place, dict):
        return ""
    address = place.get("address", place)
    if isinstance(address, str):
        return _text(address)
    if isinstance(address, list):
        address = address[0] if address else {}
    if not isinstance(address, dict):
        return _text(place.get("name"))
    parts = [_text(address.get(k)) for k in ("addressLocality", "addressRegion")]
    country = _name(address.get("addressCountry"))
    if country and country.upper() not in ("US", "USA", "UNITED STATES") or not any(parts):
        parts.append(country)
    text = ", ".join(p for p in parts if p)
    return text or _text(place.get("name"))


def _location(item: dict[str, Any]) -> tuple[str, str]:
    """("Boston, MA; Remote (US)", "remote"|"hybrid"|"onsite"|"")."""
    places = item.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    names = list(dict.fromkeys(p for p in (_place(x) for x in places) if p))
    kind = " ".join(_text(k) for k in (item.get("jobLocationType") or [])
                    if k) if isinstance(item.get("jobLocationType"), list) \
        else _text(item.get("jobLocationType"))
    remote = ""
    if "TELECOMMUTE" in kind.upper() or "REMOTE" in kind.upper():
        remote = REMOTE
        where = [_name(x) for x in _as_list(item.get("applicantLocationRequirements"))]
        where = [w for w in where if w]
        names.append(f"Remote ({', '.join(where)})" if where else "Remote")
        if places:
            remote = HYBRID if "HYBRID" in kind.upper() else REMOTE
    elif "HYBRID" in kind.upper():
        remote = HYBRID
    elif names:
        lowered = " ".join(names).casefold()
        remote = REMOTE if "remote" in lowered else HYBRID if "hybrid" in lowered else ONSITE
    return "; ".join(names), remote


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[^\d.]", "", value.replace(",", ""))
        try:
            return float(cleaned) if cleaned else None
        except ValueError:
            return None
    return None


def _salary(value: Any, currency: Any = None
            ) -> tuple[str, float | None, float | None, str, str]:
    """(words, min, max, currency, period) from a MonetaryAmount, a number or a string."""
    value = _first(value)
    cur = _text(currency)
    if value is None or value == "":
        return "", None, None, cur, ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        number = _number(value) if not isinstance(value, str) or re.fullmatch(
            r"[\s$€£\d.,]+", value) else None
        if number is None:
            return _text(value)[:100], None, None, cur, ""
        return _salary_words(number, number, cur, ""), number, number, cur, ""
    if not isinstance(value, dict):
        return "", None, None, cur, ""
    cur = _text(value.get("currency")) or cur
    amount = value.get("value", value)
    period = ""
    low = high = None
    if isinstance(amount, dict):
        low = _number(amount.get("minValue"))
        high = _number(amount.get("maxValue"))
        single = _number(amount.get("value"))
        if low is None and high is None:
            low = high = single
        period = _PERIODS.get(_text(amount.get("unitText")).upper(), "")
    else:
        low = high = _number(amount)
    period = period or _PERIODS.get(_text(value.get("unitText")).upper(), "")
    if low is None and high is None:
        return "", None, None, cur, period
    low = low if low is not None else high
    high = high if high is not None else low
    return _salary_words(low, high, cur, period), low, high, cur, period


def _amount(number: float | None) -> str:
    if number is None:
        return ""
    return f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"


def _salary_words(low: float | None, high: float | None, currency: str, period: str) -> str:
    symbol = _SYMBOLS.get(currency.upper(), f"{currency} " if currency else "")
    amount = _amount(low) if low == high else f"{_amount(low)}–{_amount(high)}"
    text = f"{symbol}{amount}"
    if low != high and symbol.endswith(" ") is False and symbol:
        text = f"{symbol}{_amount(low)}–{symbol}{_amount(high)}"
    if not period:
        return text
    return f"{text} {'an' if period == 'hour' else 'a'} {period}"


def description_text(value: Any) -> str:
    """A posting's description (HTML, escaped HTML or text) as readable text: paragraphs and
    list items on their own lines, no tags, no entities, at most MAX_DESCRIPTION characters."""
    import html_text  # noqa: PLC0415  (loaded with extruct, which needs it anyway)

    if isinstance(value, dict):
        value = value.get("@value") or value.get("text") or ""
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value
    for _ in range(3):  # some boards escape the HTML once or twice more: "&amp;lt;p&amp;gt;"
        if "<" not in text and ("&lt;" in text or "&amp;" in text):
            text = html_lib.unescape(text)
    if _TAG_RE.search(text):
        text = html_text.extract_text(text, guess_layout=True)
    else:
        text = html_lib.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return tidy[:MAX_DESCRIPTION]


# --- the page's own guess ----------------------------------------------------------------------

def _page_title(html: str) -> str:
    match = re.search(r"<title[^>]*>(.*?)</title>", html[:200_000], re.I | re.S)
    return _text(match.group(1)) if match else ""


def _meta(html: str, name: str) -> str:
    match = re.search(
        rf"<meta\s+[^>]*(?:name|property)=[\"']{re.escape(name)}[\"'][^>]*>", html[:200_000],
        re.I)
    if not match:
        return ""
    content = re.search(r"content=[\"']([^\"']*)[\"']", match.group(0), re.I)
    return _text(content.group(1)) if content else ""


def _split_title(title: str, site: str) -> tuple[str, str, str]:
    """(role, employer, location) from a page title, as far as its shape tells."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    # The board's own name ends most titles: "... | LinkedIn", "... - Indeed.com".
    if len(parts) > 1 and site and parts[-1].casefold() in (site.casefold(), f"{site} jobs"):
        parts = parts[:-1]
    first = parts[0] if parts else title
    hiring = _HIRING_RE.match(first)
    if hiring:
        return hiring["title"], hiring["employer"], hiring["location"] or ""
    at = _AT_RE.match(first)
    if at:
        return at["title"], at["employer"], parts[1] if len(parts) > 2 else ""
    if len(parts) >= 2:
        return parts[0], parts[1], parts[2] if len(parts) > 3 else ""
    return first, "", ""


def _page_guess(html: str, opengraph: list[Any], url: str) -> Posting:
    og: dict[str, Any] = opengraph[0] if opengraph and isinstance(opengraph[0], dict) else {}
    site = _text(og.get("og:site_name"))
    title = _text(og.get("og:title")) or _page_title(html)
    role, employer, location = _split_title(title, site)
    if not employer and site and site.casefold() not in title.casefold():
        employer = re.sub(r"\s+(careers|jobs)$", "", site, flags=re.I)
    description = _text(og.get("og:description")) or _meta(html, "description")
    return Posting(title=role, employer=employer, location=location,
                   url=_url(og.get("og:url")) or url, description=description, source=PAGE)
