"""Domain names on a card: which endings are real, what a domain's own name is, and which
country a country-code domain names.

One table for every rule that needs to know the top-level domains: the ICANN section of the
Public Suffix List as shipped (and kept current) by the `publicsuffixlist` package, read from
its wheel, never from the network. Besides it, only the names RFC 2606 reserves for examples
(`ferncliff.example`, as the contract's own example card prints).
"""

from __future__ import annotations

import functools
import re

from publicsuffixlist import PublicSuffixList

# RFC 2606 / RFC 6761: reserved for documentation and tests, so in no public list.
RESERVED = frozenset({"example", "test", "invalid"})

# Country-code domains that are sold to anyone and used as generic ones ("brightline.io",
# "tallpines.tv"): they say nothing about where the card's owner works. Not Italy's ".it":
# its registry sells only to people and firms in the EEA, and an Italian firm's card prints
# "studioferraris.it" with numbers in the Italian plan ("011 562 3410").
GENERIC_CCTLDS = frozenset({
    "io", "ai", "co", "tv", "me", "fm", "ly", "gg", "sh", "to", "ws", "cc", "la", "so", "vc",
    "am", "im", "is", "nu", "ac", "gl", "ms", "sc", "st", "tk", "cx", "ps", "xyz",
})
# Where the country code is not the ISO 3166 code.
_CCTLD_COUNTRY = {"uk": "GB", "eu": None}


@functools.cache
def _psl() -> PublicSuffixList:
    """The list, parsed on first use (a few tenths of a second), ICANN part only: private
    suffixes such as `blogspot.com` are companies' own sub-domains, not endings."""
    return PublicSuffixList(only_icann=True, accept_unknown=False, accept_encoded_idn=False)


def public_suffix(host: str) -> str | None:
    """The ending of `host` that is a public suffix ("co.uk", "studio", "example"), or None
    when its top-level domain is not a real one."""
    host = host.lower().strip(".")
    labels = host.split(".")
    if labels[-1] in RESERVED:
        return labels[-1]
    suffix = _psl().publicsuffix(host)
    return str(suffix) if suffix else None


def is_domain(host: str) -> bool:
    """Is `host` a name under a real ending, with a name of at least two characters before
    it ("ab.co.uk" yes; "m.sc" of "M.Sc", "ph.d" no)?"""
    suffix = public_suffix(host)
    if suffix is None or host.lower() == suffix:
        return False
    label = host.lower()[: -len(suffix) - 1].rsplit(".", 1)[-1]
    # A house number run into a word by a full stop ("111.int. 7") is no host name.
    return len(label) >= 2 and not label.isdigit()


def own_name(host: str) -> str | None:
    """The label a domain's owner chose: "harrowgate" of "mail.harrowgate.co.uk"."""
    host = host.lower().split("/")[0]
    suffix = public_suffix(host)
    if suffix is None or host == suffix:
        return None
    return host[: -len(suffix) - 1].rsplit(".", 1)[-1] or None


def country_of(host: str) -> str | None:
    """ISO 3166 code of a country-code domain ("ferncliff.co.uk" -> GB, "x.com.au" -> AU,
    "x.com.co" -> CO); None for generic endings and for country codes used as generic ones
    (.io, .tv, .ai, .co) when the name is right under them."""
    tld = host.lower().rstrip(".").rsplit(".", 1)[-1]
    suffix = public_suffix(host)
    if len(tld) != 2 or suffix is None:
        return None
    # A name under the country's own second level ("fiduciaandina.com.co", "x.com.ai") is
    # registered in that country even where the bare code is sold as a generic ending.
    if tld in GENERIC_CCTLDS and "." not in suffix:
        return None
    return _CCTLD_COUNTRY.get(tld, tld.upper())


_HOST = re.compile(r"^[a-z0-9-]+$")
# Names that are complete without a dot (RFC 6761).
_SPECIAL = frozenset({"localhost"})


def put_back_dot(host: str) -> str:
    """`host` with the dot OCR dropped before its ending put back ("ferncliffcouk" ->
    "ferncliff.co.uk", "pixelwerkdesign" -> "pixelwerk.design"), or unchanged when no real
    ending of three letters or more (or a squeezed two-part one) closes it."""
    lowered = host.lower()
    if not _HOST.match(lowered) or lowered in _SPECIAL:
        return host
    best: str | None = None
    for cut in range(2, len(lowered) - 2):
        head, tail = lowered[:cut], lowered[cut:]
        if len(tail) < 3:
            break
        for candidate in _unsqueezed(tail):
            if public_suffix(f"{head}.{candidate}") == candidate and (
                    best is None or len(candidate) > len(best)):
                best = candidate
    if best is None:
        return host
    squeezed = best.replace(".", "")
    return f"{host[: -len(squeezed)]}.{best}"


def _unsqueezed(tail: str) -> list[str]:
    """`tail` as a one-label ending, and as two labels ("couk" -> "co.uk", "comau")."""
    options = [tail]
    for second in (2, 3):
        if len(tail) > second + 1:
            options.append(f"{tail[:-second]}.{tail[-second:]}")
    return options
