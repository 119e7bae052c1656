"""vCard details the real files do not all show: a fold inside a UTF-8 character, data: URI
photos, tel: URIs with extensions, Apple labels; pure parsing, no database."""

from __future__ import annotations

import base64

import pytest

from pursuit.core.errors import BadInput
from pursuit.core.imports import decode_text, detect_format, parse_text
from pursuit.core.imports.vcard_write import write_vcard

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


def read(data: bytes) -> list:  # type: ignore[type-arg]
    text, _ = decode_text(data, where="card.vcf")
    assert detect_format(text, where="card.vcf") == "vcard"
    return list(parse_text(text, format="vcard", where="card.vcf").records)


def test_a_fold_that_splits_a_utf8_character() -> None:
    name = "Zoë Ødegård-Müller".encode()
    cut = name.index("Ø".encode()) + 1  # between the two bytes of "Ø"
    data = (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + name[:cut] + b"\r\n " + name[cut:]
            + b"\r\nEND:VCARD\r\n")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    (card,) = read(data)
    assert card.full_name == "Zoë Ødegård-Müller"


def test_data_uri_photo_tel_uri_extension_and_labels() -> None:
    photo = base64.b64encode(PNG).decode()
    data = ("BEGIN:VCARD\nVERSION:4.0\nFN:Simon Perreault\n"
            f"PHOTO:data:image/png;base64,{photo[:20]}\n {photo[20:]}\n"
            'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102\n'
            "item1.TEL:+1 418 555 0100\nitem1.X-ABLabel:_$!<Mobile>!$_\n"
            "item2.URL:https://www.linkedin.com/in/simon\nitem2.X-ABLabel:LinkedIn\n"
            "END:VCARD\n").encode()
    (card,) = read(data)
    assert card.photo is not None and card.photo.data == PNG and card.photo.mime == "image/png"
    work, mobile = card.phones
    assert (work.type, work.e164, work.ext) == ("work", "+14186569254", "102")
    assert (mobile.type, mobile.e164) == ("mobile", "+14185550100")
    assert card.linkedin == "https://www.linkedin.com/in/simon"


def test_quoted_printable_soft_breaks_with_a_charset() -> None:
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=\r\n=FCrgen;;;\r\n"
            "TEL;WORK;FAX:+49 30 1234567\r\nEND:VCARD\r\n").encode("ascii")
    (card,) = read(data)
    assert (card.last, card.first, card.full_name) == ("Müller", "Jürgen", "Jürgen Müller")
    assert card.phones[0].type == "fax"


def test_our_writer_round_trips_through_our_reader() -> None:
    (card,) = read(b"BEGIN:VCARD\nVERSION:3.0\nFN:Ada\\, Countess\nN:Lovelace;Ada;;;\n"
                    b"NOTE:line one\\nline two\\; semi\nEND:VCARD\n")
    for version in ("3.0", "4.0"):
        (again,) = read(write_vcard(card, version=version).encode())
        assert (again.full_name, again.last, again.notes) == (
            "Ada, Countess", "Lovelace", "line one\nline two; semi")


def test_a_card_without_end_is_truncated() -> None:
    with pytest.raises(BadInput, match=r"card.vcf:1: the file ends inside the card"):
        read(b"BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n")
