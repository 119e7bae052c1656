"""Is this the posting saved already? The same URL (once tracking parameters and the like are
set aside), or the same employer and title (written with other case, spacing or "Inc.")."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say where the visitor came from, not which posting it is.
_TRACKING = re.compile(
    r"^(utm_.*|gh_src|source|src|ref|refid|trk|trackingid|lipi|originalsubdomain|"
    r"mc_[ce]id|fbclid|gclid|msclkid|_hs.*|campaign|medium|share(d)?_?id|from)$", re.I)
_SUFFIXES = re.compile(r"\b(inc|llc|ltd|limited|corp|corporation|co|gmbh|plc|sa|ag)\b\.?", re.I)


def url_key(url: str) -> str:
    """A posting URL reduced to what names the posting; "" for anything but http(s)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().removeprefix("www.")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False)
                   if not _TRACKING.match(k))
    path = re.sub(r"/+$", "", parts.path) or "/"
    return urlunsplit(("https", host, path, urlencode(query), ""))


def _words(text: str) -> str:
    text = _SUFFIXES.sub(" ", text.casefold().replace("&", " and "))
    return " ".join(re.findall(r"[^\W_]+", text))


def posting_key(employer: str, title: str) -> str:
    """Employer and title reduced to their words: "Acme, Inc." + "Sr. Data Engineer " and
    "ACME" + "sr data engineer" give the same key."""
    return f"{_words(employer)}|{_words(title)}"


def same_posting(url_a: str, employer_a: str, title_a: str,
                 url_b: str, employer_b: str, title_b: str) -> bool:
    key_a, key_b = url_key(url_a), url_key(url_b)
    if key_a and key_a == key_b:
        return True
    return bool(_words(employer_a) and _words(title_a)) and \
        posting_key(employer_a, title_a) == posting_key(employer_b, title_b)
