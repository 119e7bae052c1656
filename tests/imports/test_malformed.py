"""Every malformed input keeps its clear message (issue 14, point 11).

Each kind of file (LinkedIn CSV, Google CSV, vCard, Pursuit backup) in its empty, binary,
truncated, wrong-encoding and oversized variants, through the real `pursuit import`: exit 2,
nothing on stdout, one line on stderr naming the file (and the line where there is one), no
traceback, nothing stored.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from pursuit.core.imports.text import MAX_BYTES
from tests.conftest import run_pursuit
from tests.imports.conftest import stored, write

LINKEDIN = ('Notes:\n"When exporting your connection data, you may notice that some of the '
            'email addresses are missing."\n\n'
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            'Zoë,Ng,https://www.linkedin.com/in/zoe-ng,,Larchmont,"VP, Research",04 Mar 2024\n'
            "Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Countess,10 Dec 2015\n")
GOOGLE = ("First Name,Middle Name,Last Name,Organization Name,Notes,Labels,E-mail 1 - Label,"
          "E-mail 1 - Value\n"
          'Zoë,,Ng,Larchmont,"Met at PyCon\nasked about data roles",* myContacts,Work,'
          "zoe@larchmont.example\n"
          "Ada,,Lovelace,Engines,,* myContacts,Work,ada@engines.example\n")
VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ng;Zoë;;;\r\nFN:Zoë Ng\r\n"
         "EMAIL:zoe@larchmont.example\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n")
BACKUP = json.dumps({"format": "pursuit-backup", "version": 1,
                     "contacts": [{"full_name": "Zoë Ng"}]}, indent=1, ensure_ascii=False) + "\n"
# A line added after the good ones, written in Windows-1252 while the rest is UTF-8.
LATER_LINE = {"linkedin": "Chloé,Martin,https://www.linkedin.com/in/chloe,,Acme,CTO,1 Jan 2020\n",
              "google": "Chloé,,Martin,Acme,,* myContacts,Work,c@acme.example\n",
              "vcard": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chloé Martin\r\nEND:VCARD\r\n"}
KINDS = {"linkedin": ("Connections.csv", LINKEDIN), "google": ("contacts.csv", GOOGLE),
         "vcard": ("contacts.vcf", VCARD), "backup": ("backup.json", BACKUP)}


def _zip(name: str, text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, text)
    return out.getvalue()


def _mixed(kind: str, text: str) -> bytes:
    if kind == "backup":
        return (text.rstrip().rstrip("}") + ', "notes": "CHLOE"}\n').encode().replace(
            b"CHLOE", "Chloé".encode("cp1252"))
    return text.encode() + LATER_LINE[kind].encode("cp1252")


def variants(kind: str, text: str) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, what the message must say)"""
    good = text.encode()
    magic = {"linkedin": (_zip("Connections.csv", text),
                          "this is a ZIP archive holding Connections.csv (LinkedIn's data "
                          "export): unzip it and import Connections.csv"),
             "google": (b"%PDF-1.7\n" + bytes(range(256)), "this is a PDF document"),
             "vcard": (b"\xff\xd8\xff\xe0" + bytes(range(256)), "this is a JPEG image"),
             "backup": (gzip.compress(good), "this is a gzip archive")}[kind]
    truncated = {"linkedin": ":5: the file ends in the middle of this row",
                 "google": ":2: the file ends in the middle of this row",
                 "vcard": ":7: the file ends inside the card that begins on this line",
                 "backup": ":6: invalid JSON"}[kind]
    return {
        "empty": (b"", "the file is empty"),
        "only a byte-order mark": (codecs.BOM_UTF8, "the file is empty"),
        "only blank lines": (b" \r\n\t\r\n", "the file is empty"),
        "binary": (bytes(range(256)) * 16, "this is a binary file"),
        "another kind of file": magic,
        "truncated": (good[:len(good) * 2 // 3], truncated),
        "truncated UTF-16": (text.encode("utf-16")[:-1],
                             "the file ends in the middle of a character"),
        "two encodings": (_mixed(kind, text), "the file mixes text encodings"),
        "UTF-16 mark on UTF-8 text": (codecs.BOM_UTF16_LE + good,
                                      "the text after it is not UTF-16"),
    }


CASES = [(kind, variant) for kind, (_, text) in KINDS.items() for variant in variants(kind, text)]


def refused(path: Path, home: Path, message: str) -> None:
    done = run_pursuit("import", str(path), "--json", home=home)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert path.name in lines[0]
    assert message in lines[0], lines[0]
    assert "Traceback" not in done.stderr
    assert stored(home) == []


@pytest.mark.parametrize(("kind", "variant"), CASES)
def test_malformed_file_is_refused_with_one_clear_line(kind: str, variant: str, home: Path,
                                                       tmp_path: Path) -> None:
    name, text = KINDS[kind]
    data, message = variants(kind, text)[variant]
    refused(write(tmp_path, name, data), home, message)


def test_an_excel_workbook_says_to_save_it_as_csv(home: Path, tmp_path: Path) -> None:
    workbook = _zip("xl/workbook.xml", "<workbook/>")
    refused(write(tmp_path, "Connections.xlsx", workbook), home,
            "an Excel workbook (.xlsx), not a contacts file; save it as CSV")


def test_the_good_files_of_the_matrix_import(home: Path, tmp_path: Path) -> None:
    # The variants above break files that are otherwise fine.
    for kind in ("linkedin", "google", "vcard"):
        name, text = KINDS[kind]
        done = run_pursuit("import", str(write(tmp_path, name, text)), "--json", home=home)
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout)
        assert summary["created"] + summary["merged"] == 2, summary
    assert len(stored(home)) == 5  # Zoë's e-mail makes her Google row and her card one


# --- oversized ---------------------------------------------------------------------------

def test_a_csv_larger_than_any_export_is_refused(home: Path, tmp_path: Path) -> None:
    row = b"Ada,Lovelace,,,Engines,Countess,10 Dec 2015\n"
    header = LINKEDIN.encode()
    data = header + row * ((MAX_BYTES["csv"] - len(header)) // len(row) + 1)
    refused(write(tmp_path, "Connections.csv", data), home,
            "larger than the 64 MiB that CSV files may be")


@pytest.mark.parametrize("kind", ["linkedin", "google"])
def test_a_cell_larger_than_any_export_names_its_line(kind: str, home: Path,
                                                      tmp_path: Path) -> None:
    name, text = KINDS[kind]
    header, first, rest = text.partition("Zoë")
    data = (header + first + "x" * (17 * 2**20) + rest).encode()
    line = header.count("\n") + 1
    refused(write(tmp_path, name, data), home,
            f"{name}:{line}: a cell of this row holds more than 16 MiB of text")


@pytest.mark.parametrize(("kind", "name"), [("vcard", "contacts.vcf"), ("backup", "backup.json")])
def test_vcards_and_backups_have_a_larger_limit(kind: str, name: str, home: Path,
                                                tmp_path: Path) -> None:
    start = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nPHOTO;ENCODING=b:" if kind == "vcard"
             else b'{"format": "pursuit-backup", "version": 1, "photo": "')
    path = tmp_path / name
    with path.open("wb") as out:
        out.write(start)
        block = b"QUFB" * 2**18  # 1 MiB of base64
        for _ in range(MAX_BYTES[kind] // len(block) + 1):
            out.write(block)
    what = "vCard files" if kind == "vcard" else "Pursuit backups"
    refused(path, home, f"larger than the 256 MiB that {what} may be")
    path.unlink()


def test_a_backup_nested_too_deeply_is_refused(home: Path, tmp_path: Path) -> None:
    data = (b'{"format": "pursuit-backup", "version": 1, "contacts": ' + b"[" * 200_000
            + b"]" * 200_000 + b"}")
    refused(write(tmp_path, "backup.json", data), home, "nested too deeply")
