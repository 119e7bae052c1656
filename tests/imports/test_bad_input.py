"""Bad files exit 2 with one clear line naming the file (and line), and store nothing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.conftest import run_pursuit
from tests.imports.conftest import stored, write

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
GOOD = "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Countess,10 Dec 2015\n"

CASES = {
    "empty": ("contacts.csv", b"", "the file is empty"),
    "blank": ("contacts.csv", b"  \r\n\r\n", "the file is empty"),
    "binary": ("Connections.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
               "this is a PNG image, not a contacts file"),
    "nul_bytes": ("contacts.vcf", b"BEGIN:VC\x00\x01\x02ARD" * 50, "binary file"),
    "bank_statement": ("Connections.csv",
                       b"Date,Description,Amount,Balance\n2025-01-02,COFFEE,-4.50,1200.00\n",
                       "this CSV file is not a contacts export: its columns (Date, Description,"
                       " Amount, Balance)"),
    "truncated_csv": ("Connections.csv", (HEADER + GOOD + "Grace,Hop").encode(),
                      "Connections.csv:3: the file ends in the middle of this row"),
    "truncated_quote": ("Connections.csv", (HEADER + GOOD + 'Grace,Hopper,,,"Navy').encode(),
                        "Connections.csv:3: the file ends in the middle of this row"),
    "truncated_vcard": ("all.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n"
                        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gra", "all.vcf:5: the file ends "
                        "inside the card that begins on this line"),
    "mixed_encoding": ("Connections.csv", (HEADER + "Chloé,Martin,,,Acme,CTO,\n").encode()
                       + "Zoë,Ng,,,Acme,CFO,\n".encode("cp1252"),
                       "Connections.csv:3: this line is not UTF-8 although the lines before"),
    "json_not_backup": ("backup.json", b'{"contacts": []}', "not a Pursuit backup"),
    "broken_backup": ("backup.json", b'{"format": "pursuit-backup", "version": 1, "contacts": [',
                      "backup.json:1: invalid JSON"),
    "html": ("contacts.csv", b"<!doctype html><html><body>Sign in</body></html>",
             "HTML or XML file"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_exits_2_and_imports_nothing(case: str, home: Path, tmp_path: Path) -> None:
    name, content, message = CASES[case]
    path = write(tmp_path, name, content)
    done = run_pursuit("import", str(path), "--json", home=home)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert message in lines[0]
    assert name in lines[0]
    assert "Traceback" not in done.stderr
    assert stored(home) == []


def test_missing_file_and_wrong_format(home: Path, tmp_path: Path) -> None:
    done = run_pursuit("import", str(tmp_path / "nope.csv"), home=home)
    assert done.returncode == 2 and "no such file" in done.stderr
    path = write(tmp_path, "Connections.csv", HEADER + GOOD)
    done = run_pursuit("import", str(path), "--format", "vcard", home=home)
    assert done.returncode == 2 and "no BEGIN:VCARD" in done.stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings_are_detected(encoding: str, home: Path, tmp_path: Path) -> None:
    from tests.conftest import run_pursuit as run

    text = HEADER + "José,Muñoz,https://www.linkedin.com/in/jose,,Café Ñandú,Barista,1 Feb 2020\n"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        assert not data.startswith(codecs.BOM_UTF16_LE)  # the BOM-less case
    path = write(tmp_path, "Connections.csv", data)
    done = run("import", str(path), "--json", home=home)
    assert done.returncode == 0, done.stderr
    (jose,) = stored(home)
    assert (jose["full_name"], jose["company"]) == ("José Muñoz", "Café Ñandú")


def test_dry_run_prints_the_same_summary_and_stores_nothing(home: Path, tmp_path: Path) -> None:
    import json

    path = write(tmp_path, "Connections.csv", HEADER + GOOD + GOOD)
    dry = run_pursuit("import", str(path), "--json", "--dry-run", home=home)
    assert dry.returncode == 0, dry.stderr
    assert stored(home) == []
    real = run_pursuit("import", str(path), "--json", home=home)
    assert json.loads(dry.stdout) == json.loads(real.stdout)
    assert json.loads(real.stdout)["merged"] == 1
    assert len(stored(home)) == 1


def test_the_summary_names_the_file_kind_as_people_know_it(home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "ada.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
                                      "N:Lovelace;Ada;;;\r\nEND:VCARD\r\n")
    done = run_pursuit("import", str(path), "--dry-run", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Would import ada.vcf (vCard): 1 new"), done.stdout
