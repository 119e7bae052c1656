"""Phone numbers on a card: the label printed before each, its extension, and E.164.

A number that fails validation is still returned, with `e164` None and the text as printed
(contracts.md): a typo on a card is the user's to fix, not ours to drop.
"""

from __future__ import annotations

import re

import phonenumbers

from pursuit.core.cards.model import Phone

_NUMBER = re.compile(
    r"""
    (?<![\w@/.])                       # not the tail of a word, an address or a URL
    (?P<number>\+?\s?\(?\d[\d\s().-]{5,}\d)
    (?P<ext>\s*,?\s*(?:x|×|ext|extn|extension|\#)[.,:]?\s*(?P<digits>\d{1,6}))?
    (?![\w@])
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Digit runs that look like numbers but are not phones: ZIP+4 codes and ISO dates.
_NOT_A_PHONE = re.compile(r"^\d{5}-\d{4}$|^\d{4}-\d{2}-\d{2}$")
_MIN_DIGITS, _MAX_DIGITS = 7, 16

LABELS = {
    "t": "work", "tel": "work", "tél": "work", "telephone": "work", "phone": "work",
    "ph": "work", "p": "work", "o": "work", "off": "work", "office": "work", "d": "work",
    "dir": "work", "direct": "work", "dd": "work", "main": "work", "work": "work", "w": "work",
    "m": "mobile", "mob": "mobile", "mobile": "mobile", "cell": "mobile", "c": "mobile",
    "cellular": "mobile", "handy": "mobile", "mobil": "mobile",
    "f": "fax", "fax": "fax", "facsimile": "fax",
}
# Words that only say "this is a number": the word before them carries the type.
_GENERIC = {"phone", "line", "number", "no", "tel"}
_LABEL_WORDS = re.compile(r"[^\W_]+")
# OCR reads the "l" of "Cell" as "1" and the "o" of "Mob" as "0" often enough to matter.
_DIGIT_AS_LETTER = str.maketrans("10", "lo")


def label_type(prefix: str) -> str | None:
    """The phone type named by the last word(s) of `prefix`, or None if it names none."""
    tail = prefix.rstrip(" :.|-–—\t")
    words = [word.lower().translate(_DIGIT_AS_LETTER)
             for word in _LABEL_WORDS.findall(tail[-24:])]
    if not words or not tail.lower().translate(_DIGIT_AS_LETTER).endswith(words[-1]):
        return None
    if len(words) >= 2 and words[-1] in _GENERIC and words[-2] in LABELS:
        return LABELS[words[-2]]
    return LABELS.get(words[-1])


def _e164(number: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def find_phones(text: str, region: str = "US") -> list[tuple[Phone, tuple[int, int]]]:
    """Each phone number on one line of text with the span it and its label take."""
    found = []
    consumed = 0
    for match in _NUMBER.finditer(text):
        number = match.group("number").strip()
        digits = sum(ch.isdigit() for ch in number)
        if not _MIN_DIGITS <= digits <= _MAX_DIGITS or _NOT_A_PHONE.match(number):
            continue
        prefix = text[consumed:match.start()]
        kind = label_type(prefix)
        start = match.start()
        if kind is not None:
            label = re.search(r"[^\W_]+(?:\s+[^\W_]+)?[\s:.|–—-]*$", prefix)
            if label:
                start = consumed + label.start()
        ext = match.group("digits")
        printed = text[match.start("number"):match.end()].strip()
        found.append((Phone(kind or "work", _e164(number, region), ext, printed),
                      (start, match.end())))
        consumed = match.end()
    return found
