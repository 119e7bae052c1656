"""From bytes to text: refuse what is not text, then find the encoding.

UTF-8 is tried first because it is what almost every exporter writes and a strict decode is a
fast C loop even on a 20 MiB file; charset-normalizer is asked only when that fails, on a sample,
because running it over a whole large file costs seconds.
"""

from __future__ import annotations

import codecs
import re

from pursuit.core.errors import BadInput

# Signatures of files people pick by mistake: named, so the message can say what it is.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (an .xlsx or .docx file?)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Office document (.xls?)"),
    (b"SQLite format 3", "an SQLite database"), (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "a program"),
)
_SAMPLE = 256 * 1024
_VCARD_HINT = re.compile(rb"BEGIN:VCARD", re.IGNORECASE)
# A vCard line folded in the middle of a multi-byte UTF-8 character (RFC 6350 folds at 75
# octets, and some writers count bytes without looking at characters).
_FOLD_SPLITTING_CHARACTER = re.compile(
    rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r*\n[ \t])([\x80-\xbf]+)")


# The largest file imported, by kind. A LinkedIn export holds at most 30,000 connections (about
# 4 MiB) and Google Contacts at most 25,000 contacts, so a larger CSV is not one of them; vCards
# and backups carry photos, so they may be much larger. Past these the import would need
# gigabytes of memory: the file is refused at once, before it is decoded.
MAX_BYTES = {"csv": 64 * 2**20, "vcard": 256 * 2**20, "backup": 256 * 2**20}
_KIND_NAMES = {"csv": "CSV files", "vcard": "vCard files", "backup": "Pursuit backups"}


def check_size(data: bytes, *, where: str) -> None:
    """BadInput when the file is larger than its kind (guessed from its start) may be."""
    if len(data) <= min(MAX_BYTES.values()):
        return
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _bomless_utf16(head):
        head = head.replace(b"\x00", b"")
    head = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n\xfe\xff")
    kind = ("vcard" if _VCARD_HINT.search(head) else "backup" if head.startswith(b"{")
            else "csv")
    if len(data) > MAX_BYTES[kind]:
        raise BadInput(f"the file is {len(data) / 2**20:.0f} MiB, larger than the "
                       f"{MAX_BYTES[kind] // 2**20} MiB that {_KIND_NAMES[kind]} may be; "
                       + ("split it and import the parts" if kind != "csv" else
                          "a LinkedIn or Google Contacts export is far smaller, so this is "
                          "probably not one"), where=where)


def decode_text(data: bytes, *, where: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read with; BadInput when it is not text."""
    check_size(data, where=where)
    if _VCARD_HINT.search(data[:4096]) and _FOLD_SPLITTING_CHARACTER.search(data):
        data = mend_split_characters(data)
    if not data.strip():
        raise BadInput("the file is empty: there is nothing to import", where=where)
    if data.startswith(b"PK\x03\x04"):
        # The names of a ZIP's members are plain text in it: say what to do with the two
        # archives people pick instead of a contacts file.
        if b"Connections.csv" in data:
            raise BadInput("this is a ZIP archive holding Connections.csv (LinkedIn's data "
                           "export): unzip it and import Connections.csv", where=where)
        if b"xl/workbook.xml" in data:
            raise BadInput("this is a ZIP archive: an Excel workbook (.xlsx), not a contacts "
                           "file; save it as CSV (CSV UTF-8) and import that", where=where)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BadInput(f"this is {kind}, not a contacts file", where=where)
    if data.startswith(codecs.BOM_UTF8):
        return _not_blank(_strict(data[3:], "utf-8", where), where), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if len(data) > 8 and b"\x00" not in data[2:4096]:
            # UTF-16 text of any script has zero bytes; this is 8-bit text behind the mark.
            raise BadInput("the file starts with a UTF-16 byte-order mark but the text after it"
                           " is not UTF-16; save the file again as UTF-8", where=where)
        return _not_blank(_strict(data, "utf-16", where), where), "utf-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _not_blank(_strict(data, utf16, where), where), utf16
    if b"\x00" in data[:_SAMPLE]:
        raise BadInput("this is a binary file, not a contacts file (CSV, vCard or backup)",
                       where=where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _has_utf8_sequences(data[: exc.start]):
            # Valid UTF-8 before the bad byte: the file mixes encodings, and guessing another
            # one would garble every accented name above it.
            line = data.count(b"\n", 0, exc.start) + 1
            raise BadInput("this line is not UTF-8 although the lines before it are: the file "
                           "mixes text encodings; save it again as UTF-8",
                           where=f"{where}:{line}") from None
    encoding = _guess(data, where)
    return _strict(data, encoding, where), encoding


def _not_blank(text: str, where: str) -> str:
    """A byte-order mark and blank lines are no content (Excel's "CSV UTF-8" of an empty
    sheet is just the mark)."""
    if not text.strip(" \t\r\n\ufeff"):
        raise BadInput("the file is empty: there is nothing to import", where=where)
    return text


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding.startswith("utf-16"):
            line = data.decode(encoding, "replace").count("\n", 0, exc.start // 2) + 1
            if exc.end >= len(data) and len(data) % 2:
                raise BadInput("the file ends in the middle of a character (UTF-16 text with an"
                               " odd number of bytes): it looks truncated; export it again",
                               where=f"{where}:{line}") from None
        else:
            line = data.count(b"\n", 0, exc.start) + 1
        raise BadInput(f"this line is not valid {encoding} text; save the file again as UTF-8",
                       where=f"{where}:{line}") from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text has a zero in every other byte."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _has_utf8_sequences(data: bytes) -> bool:
    return any(b >= 0x80 for b in data)


def _guess(data: bytes, where: str) -> str:
    """Not UTF-8: Windows-1252 when it decodes the file, else charset-normalizer's guess.

    Windows-1252 is what Outlook and Excel write on Western systems, and the contract names it;
    on a few accented names charset-normalizer often prefers a neighbouring code page
    (Windows-1250 for "Muñoz"), which would garble them.
    """
    if _decodes(data, "cp1252"):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None:
        raise BadInput("the text encoding could not be recognised; save the file as UTF-8",
                       where=where)
    return codecs.lookup(best.encoding).name


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def mend_split_characters(data: bytes) -> bytes:
    """Move each fold that splits a UTF-8 character to just after it.

    The line count stays the same, so line numbers still point at the right place, and the
    text unfolds to the same value.
    """
    return _FOLD_SPLITTING_CHARACTER.sub(lambda m: m[1] + m[3] + m[2], data)


def physical_lines(text: str) -> list[str]:
    """The file's lines as an editor counts them; "\\r\\r\\n" (iOS vCards) is one break."""
    return re.split(r"\r*\n|\r", text)
