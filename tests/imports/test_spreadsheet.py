"""CSV injection: formula cells stored verbatim, neutralised on CSV export, read back whole."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pursuit.core.imports.spreadsheet import neutralise, unneutralise
from tests.conftest import run_pursuit
from tests.imports.conftest import pursuit_import, stored, write

NASTY = {
    "equals": "=HYPERLINK(\"http://evil.example\",\"click\")",
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3",
    "at": "@SUM(1,2)",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
}


def test_neutralise_and_back() -> None:
    for value in NASTY.values():
        assert neutralise(value) == "'" + value
        assert unneutralise(neutralise(value)) == value
    assert neutralise("Ada") == "Ada"
    assert unneutralise("'quoted") == "'quoted"  # an apostrophe of the user's own stays


def test_formula_cells_are_stored_verbatim_and_neutralised_on_export(home: Path,
                                                                      tmp_path: Path) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # so a cell with "\\r" is quoted
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    for n, (key, value) in enumerate(NASTY.items()):
        writer.writerow([f"Person{n}", key, f"https://www.linkedin.com/in/p{n}", "", value,
                         value, ""])
    pursuit_import(write(tmp_path, "Connections.csv", out.getvalue()), home)
    by_last = {c["last"]: c for c in stored(home)}
    for key, value in NASTY.items():
        assert by_last[key]["company"] == value
        assert by_last[key]["title"] == value

    # Through a file: captured stdout in text mode would turn the "\r" cell into "\n".
    exported = tmp_path / "pursuit.csv"
    done = run_pursuit("export", "--format", "csv", "--output", str(exported), home=home)
    assert done.returncode == 0, done.stderr
    text = exported.read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    for value in NASTY.values():
        assert "'" + value in cells

    # Our own CSV export reads back with the values as they were stored.
    import shutil

    fresh = tmp_path / "fresh"
    shutil.copytree(home, fresh)
    summary = pursuit_import(exported, fresh)
    assert (summary["format"], summary["merged"]) == ("google", len(NASTY))
    again = {c["last"]: c for c in stored(fresh)}
    assert {k: again[k]["company"] for k in NASTY} == NASTY
