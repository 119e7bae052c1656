"""A contact's website and phone as typed in a form: checked, and the website completed.

Pure: the caller passes the user's region (their country) for numbers without a country code.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pursuit.core.errors import BadInput
from pursuit.core.imports.phones import phone_record


def website(text: str) -> str:
    """'larchmont.example' -> 'https://larchmont.example'; "" stays "".

    A host without a dot is refused: "not a site" or "localhost" is never a company's site,
    and a mistyped address is better caught here than in a letter.
    """
    text = text.strip()
    if not text:
        return ""
    url = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        host, parts = "", None
    if (parts is None or parts.scheme not in ("http", "https") or " " in text
            or "." not in host.strip(".") or not all(host.split("."))):
        raise BadInput("not a web address: write it like larchmont.com or "
                       "https://larchmont.com/careers", where="website")
    return url


def phone(text: str, *, region: str) -> str:
    """The number as typed, once it reads as a phone number in `region` (or with its own
    country code); "" stays ""."""
    record = phone_record(text, region=region)
    if record is None:
        return ""
    if record.e164 is None:
        raise BadInput("not a phone number: write it with its digits, such as (312) 555-0142, "
                       "or with its country code, such as +44 20 7946 0018", where="phone")
    return text.strip()
