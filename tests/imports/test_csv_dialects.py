"""CSV as spreadsheets write it (issue 14, points 6 and 7): line breaks of every kind inside
quoted cells, and separators other than the comma, found by sniffing and told in the summary."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from pursuit.core.errors import BadInput
from pursuit.core.imports import decode_text, detect_format, parse_text
from pursuit.core.imports.csvfile import sniff_delimiter
from pursuit.core.imports.detect import is_contacts_header
from tests.imports.conftest import pursuit_import, stored, write

LINKEDIN = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
            "Connected On")
PREAMBLE = ["Notes:", "When exporting your connection data, you may notice that some of the "
            "email addresses are missing, for connections who have not allowed it.", ""]
PEOPLE = [
    ("Katrin", "Vogel", "https://www.linkedin.com/in/katrin-vogel", "", "Brightline Robotics, Inc.",
     "Recruiting Lead; EMEA", "18 Dec 2025"),
    ("Matthias", "Schäfer", "https://www.linkedin.com/in/m-schaefer", "ms@posteo.example",
     "Deutsche Bahn", "Head of Data | Platform", "03 Nov 2025"),
    ("", "", "", "", "", "", "01 Nov 2025"),
    ("Lea", "Brandt", "https://www.linkedin.com/in/lea-brandt", "", "Zalando",
     "Engineering Manager", "not a date"),
]


def linkedin_text(delimiter: str, *, quoting: int = csv.QUOTE_MINIMAL, preamble: bool = True,
                  newline: str = "\r\n") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    if preamble:
        for line in PREAMBLE:
            writer.writerow([line] + [""] * 6)  # Excel pads the preamble to the table's width
    writer.writerow(LINKEDIN)
    writer.writerows(PEOPLE)
    return out.getvalue()


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("preamble", [True, False])
def test_each_delimiter_is_found_and_reported(delimiter: str, preamble: bool) -> None:
    text = linkedin_text(delimiter, preamble=preamble)
    assert detect_format(text, where="Connections.csv") == "linkedin"
    parsed = parse_text(text, format="linkedin", where="Connections.csv")
    assert parsed.delimiter == delimiter
    katrin, matthias, lea = parsed.records
    # Cells holding the other separators stay whole.
    assert (katrin.company, katrin.title) == ("Brightline Robotics, Inc.", "Recruiting Lead; EMEA")
    assert matthias.title == "Head of Data | Platform"
    first = 5 if preamble else 2
    assert [r.line for r in parsed.records] == [first, first + 1, first + 3]
    assert [w.line for w in parsed.skipped] == [first + 2]
    assert [w.line for w in parsed.warnings] == [first + 3]  # 'not a date'


def test_excel_semicolon_file_with_unquoted_commas() -> None:
    # German Excel quotes only what holds a ";", a quote or a line break.
    text = ("\ufeffFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
            "Katrin;Vogel;;;Brightline Robotics, Inc.;VP, Research;18 Dec 2025\r\n"
            'Jonas;Weber;;;"Acme; Söhne";"Lead ""Data""";01 Dec 2025\r\n')
    parsed = parse_text(decode_text(text.encode("utf-8-sig"), where="x.csv")[0],
                        format="linkedin", where="x.csv")
    assert parsed.delimiter == ";"
    assert [(r.company, r.title) for r in parsed.records] == [
        ("Brightline Robotics, Inc.", "VP, Research"), ("Acme; Söhne", 'Lead "Data"')]


def test_google_sheets_tsv_without_quoting() -> None:
    header = "\t".join(["First Name", "Last Name", "Organization Name", "Labels",
                        "E-mail 1 - Label", "E-mail 1 - Value"])
    row = "\t".join(["Marta", "Kowalska", "Revolut, Ltd", "* myContacts", "* Work",
                     "marta@revolut.example"])
    text = f"{header}\n{row}\n"
    assert detect_format(text, where="c.tsv") == "google"
    parsed = parse_text(text, format="google", where="c.tsv")
    assert parsed.delimiter == "\t"
    (marta,) = parsed.records
    assert (marta.full_name, marta.company) == ("Marta Kowalska", "Revolut, Ltd")


def test_the_header_count_decides_when_the_sniffer_cannot(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise csv.Error("Could not determine delimiter")

    monkeypatch.setattr(csv.Sniffer, "sniff", refuse)
    for delimiter in ",;\t|":
        assert sniff_delimiter(linkedin_text(delimiter), is_contacts_header) == delimiter


def test_a_sniffer_mistake_is_caught_by_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    class Comma(csv.excel):
        delimiter = ","

    monkeypatch.setattr(csv.Sniffer, "sniff", lambda *args, **kwargs: Comma)
    # Split with "," this header is one cell: no header LinkedIn or Google writes.
    assert sniff_delimiter(linkedin_text(";"), is_contacts_header) == ";"


def test_a_semicolon_file_of_something_else_names_its_columns() -> None:
    text = "Datum;Buchungstext;Betrag;Saldo\n02.01.2025;KAFFEE;-4,50;1200,00\n"
    with pytest.raises(BadInput) as caught:
        detect_format(text, where="umsatz.csv")
    assert "its columns (Datum, Buchungstext, Betrag, Saldo)" in str(caught.value)


# --- line breaks inside quoted cells -----------------------------------------------------

BREAKS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}


@pytest.mark.parametrize("inside", sorted(BREAKS))
@pytest.mark.parametrize("ending", sorted(BREAKS))
def test_a_line_break_inside_quotes_does_not_split_the_row(inside: str, ending: str) -> None:
    eol, cell_break = BREAKS[ending], BREAKS[inside]
    lines = [
        "Notes:", '"Some e-mail addresses are missing."', "",
        ",".join(LINKEDIN),
        f'Ingrid,Larsen,https://www.linkedin.com/in/ingrid,,Equinor,"Senior Recruiter{cell_break}'
        f'Tech & Digital{cell_break}{cell_break}Oslo",14 May 2025',
        ",,https://www.linkedin.com/in/nameless,,Acme,,13 May 2025",
        "Kwame,Mensah,https://www.linkedin.com/in/kwame,,MTN,CTO,someday",
    ]
    text = eol.join(lines) + eol
    parsed = parse_text(text, format="linkedin", where="Connections.csv")
    ingrid, kwame = parsed.records
    assert ingrid.title == f"Senior Recruiter{cell_break}Tech & Digital{cell_break}{cell_break}Oslo"
    assert ingrid.line == 5
    # The cell spans lines 5 to 8: the rows after it start on lines 9 and 10.
    assert [w.line for w in parsed.skipped] == [9]
    assert kwame.line == 10
    assert [w.line for w in parsed.warnings] == [10]


def test_a_cr_only_file_from_mac_excel_through_the_command(home: Path, tmp_path: Path) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r")  # Excel 2011 for Mac ends lines with CR
    writer.writerows([[line] + [""] * 6 for line in PREAMBLE])
    writer.writerow(LINKEDIN)
    matthias = PEOPLE[1][:5] + ("Head of Data\r| Platform",) + PEOPLE[1][6:]
    writer.writerows([PEOPLE[0], matthias, *PEOPLE[2:]])
    summary = pursuit_import(write(tmp_path, "Connections.csv", out.getvalue()), home)
    assert (summary["created"], summary["skipped"], summary["delimiter"]) == (3, 1, ",")
    # Matthias's title spans lines 6 and 7: the nameless row is line 8, Lea's line 9.
    assert [w["line"] for w in summary["warnings"]] == [8, 9]
    titles = {c["full_name"]: c["title"] for c in stored(home)}
    assert titles["Matthias Schäfer"] == "Head of Data\r| Platform"


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab"),
                                                 ("|", "pipe")])
def test_the_command_says_which_delimiter_it_read(delimiter: str, name: str, home: Path,
                                                  tmp_path: Path) -> None:
    data = linkedin_text(delimiter).encode("utf-16" if delimiter == "\t" else "utf-8-sig")
    summary = pursuit_import(write(tmp_path, f"Connections-{name}.csv", data), home)
    assert summary["delimiter"] == delimiter
    assert (summary["format"], summary["created"], summary["skipped"]) == ("linkedin", 3, 1)
    assert {c["company"] for c in stored(home)} == {"Brightline Robotics, Inc.",
                                                    "Deutsche Bahn", "Zalando"}
