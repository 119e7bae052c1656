"""E-mail addresses on a card, validated by syntax only (no DNS: scanning works offline)."""

from __future__ import annotations

import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

from pursuit.core.cards.domains import put_back_dot

_CANDIDATE = re.compile(r"[\w.%+'’-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Labels OCR glues to what follows them: "E-Mails.leitner@" printed "E-Mail s.leitner@".
# In small letters with its hyphen too ("e-maild.wroblewska@", Polish and Czech cards print
# the label so): an address may start "email" but hardly "e-mail".
_GLUED_LABEL = re.compile(r"(?:E-?[Mm]ail|EMAIL|E-MAIL|e-mail|Mail|Courriel)(?=[^\W\d_])")
# A network's name and a handle with a dot in it ("Instagram@fs.arquitetura"): no address.
_NETWORKS = frozenset({"instagram", "insta", "ig", "twitter", "x", "facebook", "fb", "tiktok",
                       "threads", "bluesky", "behance", "dribbble", "pinterest", "youtube"})
_LABEL = re.compile(r"\b(?:e-?mail|mail|courriel|e)\s*[:.]?\s*$", re.IGNORECASE)


def find_emails(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(address, span) of each valid address in `text`, lower-cased.

    Local parts are case-insensitive in practice, and a card printed in capitals should not
    give an address in capitals."""
    found = []
    for match in _CANDIDATE.finditer(text):
        candidate = match.group().strip(".'’-")
        start, end = match.span()
        # A number and its label glued before the address: "Mobil+4917188234410j.maier@",
        # also with its groups' hyphens or dots ("P503-555-0148kmorgan@").
        glued = re.match(r"[\w.%+'’-]*?\+?\d(?:[.-]?\d){6,}(?=[^\W\d_])", candidate)
        if glued:
            candidate = candidate[glued.end():]
            start += glued.end()
        if candidate.split("@")[0].casefold() in _NETWORKS:
            continue
        label = _GLUED_LABEL.match(candidate)
        if label:
            candidate = candidate[label.end():]
            start += label.end()
        try:
            valid = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        label = _LABEL.search(text[:start])
        if label:
            start = label.start()
        found.append((valid.normalized.lower(), (start, end)))
    return found


def tidy(text: str) -> str:
    """Close up the spaces OCR puts around the '@' of an address, and put back the dot it
    sometimes drops before the top-level domain ("name@ferncliffexample")."""
    if "@" not in text:
        return text
    # Only before a domain: "Twitter @noahfitz" or "in ravi  @ravicodes" is a label or a
    # profile and a handle, not the address "Twitter@noahfitz".
    text = re.sub(r"(?<=[\w.])\s*@\s*(?=[\w-]+\.[^\W\d_])", "@", text)
    # The website printed right after the address on a footer line, its space lost:
    # "sneha@tanmatra.intanmatra.in" is the address and the site, both at tanmatra.in. The
    # middle dot between them may be read as a hyphen: "camila@viento.cl-viento.cl".
    text = re.sub(r"(@([\w-]+(?:\.[\w-]+)+?))[-–]?((?:www\.)?\2)(?![\w.-])", r"\1 \3", text,
                  flags=re.IGNORECASE)
    # Only after a local part: a handle alone ("@ravicodes", or "y@ravicodes" with the bird
    # icon read as a letter) is no domain missing its dot.
    return re.sub(r"(?<=[\w.'’+-]{2}@)([a-z0-9-]+)\b(?!\.)", _dot_before_tld, text,
                  flags=re.IGNORECASE)


def _dot_before_tld(match: re.Match[str]) -> str:
    return put_back_dot(match.group(1))


# Letters OCR confuses with each other in addresses.
_CONFUSABLE = {frozenset("il"), frozenset("1l"), frozenset("1i"), frozenset("0o")}


def _ascii_letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def fit_to_name(address: str, first: str | None, last: str | None,
                middle: str | None = None) -> str:
    """The address with OCR's letter confusions undone where the printed name shows what
    its local part must be: "isolberg@" on Lukas Solberg's card is "lsolberg@"."""
    local, _, domain = address.partition("@")
    first_key, last_key = _ascii_letters(first or ""), _ascii_letters(last or "")
    if not first_key or not last_key:
        return address
    shapes = {first_key}
    # The first word of a surname in two parts too: "lmartin@" for Lucía Martín Ortega,
    # "lwashington@" for LaToya Washington-Reed.
    # A double-barrelled surname keeps its hyphen in the address: "g.llewellyn-jones@".
    hyphened = re.sub(r"[^a-z0-9-]", "", unicodedata.normalize("NFKD", last or "").lower())
    for key in {last_key, hyphened,
                *(_ascii_letters(word) for word in re.split(r"[\s-]+", last or "")[:1])}:
        shapes |= {f"{first_key}.{key}", f"{first_key}{key}", f"{first_key[0]}{key}",
                   f"{first_key}_{key}", f"{first_key[0]}.{key}", f"{first_key}-{key}", key}
        # The initials of two given names before the surname: "lfortiz@" for Luisa Fernanda
        # Ortiz, whether the second is typed a middle name or part of the first.
        given = [_ascii_letters(word) for word in re.split(r"[\s-]+", f"{first} {middle or ''}")]
        initials = "".join(word[:1] for word in given if word)
        if len(initials) >= 2:
            shapes |= {f"{initials}{key}", f"{initials}.{key}"}
    if local in shapes:
        return address
    if local[:1] == "e" and local[1:] in shapes:
        return f"{local[1:]}@{domain}"  # "E gbell@" printed, read as "Egbell@"
    for shape in shapes:
        if len(shape) == len(local) and all(
                a == b or frozenset((a, b)) in _CONFUSABLE for a, b in zip(shape, local,
                                                                           strict=True)):
            return f"{shape}@{domain}"
    return address
