"""Website, LinkedIn profile and Twitter/X handle on a card, normalised the way the contract
shows them: no scheme, no `www.`, no trailing slash (`ferncliff.example`,
`linkedin.com/in/renata`, `@renata`)."""

from __future__ import annotations

import re

from pursuit.core.cards.domains import is_domain

_URL = re.compile(
    r"(?<![\w@.])(?P<url>(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?P<tld>[a-z]{2,})(?:/[^\s,;]*)?)(?![\w@])",
    re.IGNORECASE,
)
_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/(?P<slug>[\w%-]+)/?",
                       re.IGNORECASE)
_TWITTER_URL = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?(?:twitter|x)\.com/(?P<handle>\w{1,15})/?",
    re.IGNORECASE)
# A handle: "@noahfitz", also as OCR gives it with a space after the "@", a full stop after
# it, or glued to the bird icon read as a letter at the start of the line ("y@noahfitz").
_HANDLE = re.compile(
    r"(?:(?<![\w@.])|(?<=^[^\W\d_]))@ ?(?P<handle>[A-Za-z0-9_]{1,15})(?![\w@]|\.\w)")
# Titles before a name that OCR may run together into what looks like a domain ("lek.med.":
# .med is a real ending); kept here rather than imported, to keep this module standalone.
_TITLES = frozenset({"lek", "med", "dr", "dent", "vet", "prof", "mgr", "inz", "dipl", "ing"})
_LABEL = re.compile(
    r"\b(?:w|web|website|www|url|site|in|linkedin|li|twitter|tw|x)\s*[:.|]?\s*$", re.IGNORECASE
)


# OCR's slips around a domain's dots: "ferrouslabs. ca", "ferrouslabs,ca", "bencarter.com. au"
# (only before a short ending, so that "design. build. live." stays words), "wwwferrous.ca".
_SPLIT_DOT = re.compile(
    r"(?<![\w.-])(?P<head>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*)"
    r"(?:\s*,\s*|\s*\.\s+|\s+\.\s*)(?P<tail>[a-z]{2,3}(?:\.[a-z]{2})?)(?![\w@])")
_WWW_GLUED = re.compile(r"(?<![\w.@])(?:www[,\s]\s*|www(?=[a-z0-9-]{2,}\.[a-z]))(?=[a-z0-9])",
                        re.IGNORECASE)


def repair_domains(text: str) -> str:
    """`text` with the space or comma OCR put into a domain closed up, where the result is
    a name under a real ending."""
    text = _WWW_GLUED.sub(lambda m: m.group()[:3] + ".", text)

    def join(match: re.Match[str]) -> str:
        host = f"{match.group('head')}.{match.group('tail')}"
        return host if is_domain(re.sub(r"^www\.", "", host)) else match.group()

    text = _SPLIT_DOT.sub(join, text)
    # A space OCR put inside the name after "www." ("www.s tonebridge.co.uk"): no address
    # after "www." is a short piece and a space, so the two pieces are one name.
    return re.sub(r"\bwww\.([a-z0-9-]{1,3}) ([a-z0-9-]{2,}(?:\.[a-z]{2,})+)\b",
                  lambda m: (f"www.{m.group(1)}{m.group(2)}"
                             if is_domain(m.group(1) + m.group(2)) else m.group()),
                  text, flags=re.IGNORECASE)


def _with_label(text: str, start: int) -> int:
    """Move `start` back over a label such as "Web:" or "LinkedIn:" printed before a value."""
    label = _LABEL.search(text[:start])
    return label.start() if label else start


def find_linkedin(text: str) -> tuple[str, tuple[int, int]] | None:
    match = _LINKEDIN.search(text)
    if not match:
        return None
    return (f"linkedin.com/in/{match.group('slug').lower()}",
            (_with_label(text, match.start()), match.end()))


def find_twitter(text: str) -> tuple[str, tuple[int, int]] | None:
    match = _TWITTER_URL.search(text) or _HANDLE.search(text)
    if not match:
        return None
    return f"@{match.group('handle')}", (_with_label(text, match.start()), match.end())


def normalise_url(url: str) -> str:
    url = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    url = re.sub(r"^www\.", "", url, flags=re.IGNORECASE)
    host, slash, path = url.partition("/")
    return (host.lower() + slash + path).rstrip("/")


# Street words written short with a full stop ("boul.", "av.", "str."): OCR runs the next
# word onto them ("boul.de la Gappe"), which then reads like a domain.
_STREET_ABBREVIATIONS = frozenset({"boul", "bd", "blvd", "av", "ave", "avda", "str", "rd",
                                   "pl", "rte", "ch", "cl", "cra", "cll", "sq", "jl", "jln"})


def find_website(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first web address on the line that is not an e-mail, LinkedIn or Twitter/X."""
    for match in _URL.finditer(text):
        url = match.group("url")
        explicit = re.match(r"(?:https?://|www\.)", url, re.IGNORECASE)
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE).split("/")[0]
        tld = match.group("tld")
        # Without a scheme or "www." a dotted word is a domain only under a real ending, and
        # not when it reads as words run together ("Pvt.Ltd", "M.Sc").
        if not explicit and (not is_domain(host) or (tld[0].isupper() and tld[1:].islower())):
            continue
        if not explicit and text[match.end():match.end() + 1] == "." and all(
                label.lower() in _TITLES for label in host.split(".")):
            continue  # "lek.med. Anna Nowak", "Dr.med. Jan Roth": titles run together
        if (not explicit and host.split(".")[0].lower() in _STREET_ABBREVIATIONS
                and host.count(".") == 1 and re.match(r"\s+[^\W\d_]", text[match.end():])):
            continue  # "455, boul.de la Gappe": a street word's full stop run into the next
        if re.fullmatch(r"(?:[\w-]+\.)?(?:linkedin|twitter|x)\.com", host, re.IGNORECASE):
            continue  # a profile, not the company's site ("quillontx.com" is a site)
        return normalise_url(url), (_with_label(text, match.start()), match.end())
    return None
