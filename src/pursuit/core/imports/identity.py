"""What makes two records the same person (contracts.md, `pursuit import`).

The same LinkedIn profile URL after normalising, or the same e-mail; records with neither match
on the same name and company. Two different profile URLs are two people, whatever their names.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

_LINKEDIN_HOST = re.compile(r"^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$")
_PUNCTUATION = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")
# Legal forms that the same employer is written with or without.
_LEGAL_SUFFIX = re.compile(
    r"(?:\s+(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|plc|sa|ag|"
    r"bv|pty|lp|llp))+$")


# The form nearly every export writes, handled without urlsplit (a 30,000-row file calls this
# 30,000 times).
_PLAIN_PROFILE = re.compile(r"^(?:https?://)?(?:www\.)?linkedin\.com(/[\w./-]*[\w-])/?"
                            r"(?:[?#].*)?$", re.IGNORECASE | re.ASCII)


def normalise_linkedin(url: str) -> str:
    """`linkedin.com/in/slug` for any spelling of a profile URL; "" when it is not LinkedIn.

    Scheme, `www.` (and country subdomains such as `uk.`), case, a trailing slash, the query
    and the fragment do not change whose profile it is.
    """
    text = url.strip()
    if not text:
        return ""
    plain = _PLAIN_PROFILE.match(text)
    if plain:
        return "linkedin.com" + plain[1].casefold()
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    host = (parts.hostname or "").casefold()
    if not _LINKEDIN_HOST.match(host):
        return ""
    path = unquote(parts.path).casefold().rstrip("/")
    path = _SPACES.sub("", path)
    if not path or path == "/":
        return ""
    return "linkedin.com" + path


def looks_like_linkedin(url: str) -> bool:
    return bool(normalise_linkedin(url))


def normalise_email(address: str) -> str:
    return address.strip().casefold()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", bare)).strip()


def normalise_name(name: str) -> str:
    """Case, accents, punctuation and spacing aside: "José  O'Neil" == "jose o neil"."""
    return _fold(name)


def normalise_company(company: str) -> str:
    return _LEGAL_SUFFIX.sub("", _fold(company)).strip()


def name_company_key(name: str, company: str) -> str:
    """The key of a record with neither profile URL nor e-mail; "" when it has no name."""
    folded = normalise_name(name)
    if not folded:
        return ""
    return f"{folded}|{normalise_company(company)}"
