"""LinkedIn's Connections.csv through `pursuit import`: preamble, line numbers, dates, merges."""

from __future__ import annotations

from pathlib import Path

from tests.imports.conftest import pursuit_import, stored, write

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address using this setting."\n'
    "\n"
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
ROWS = (
    "Adaeze,Okonkwo,https://www.linkedin.com/in/adaeze-okonkwo,adaeze@larchmont.example,"
    "Larchmont Analytics,\"VP, Research\",04 Mar 2024\n"
    ",,,,Acme,Engineer,\n"
    "Minh,Nguyen,https://www.linkedin.com/in/minh-nguyen-42,,Larchmont Analytics,"
    "Engineering Manager,not a date\n"
    "Minh,Nguyen,https://www.linkedin.com/in/minh-nguyen-7,,Larchmont Analytics,"
    "Data Engineer,12 Jan 2021\n"
    "Adaeze,Okonkwo,HTTP://LinkedIn.com/in/Adaeze-Okonkwo/?trk=x,,Larchmont Analytics,"
    "Chief Scientist,04 Mar 2024\n"
)


def test_with_the_notes_preamble_lines_count_it(home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "Connections.csv", PREAMBLE + HEADER + ROWS)
    summary = pursuit_import(path, home)
    assert summary == {
        "format": "linkedin", "created": 3, "merged": 1, "skipped": 1,
        "warnings": [
            {"line": 6, "message": "skipped: no name (neither first nor last name); it "
                                   "holds only the company Acme"},
            {"line": 7, "message": "'Connected On' is not a date ('not a date'); imported "
                                   "without it"},
        ],
        "errors": [], "delimiter": ",",
    }


def test_without_the_preamble(home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "Connections.csv", HEADER + ROWS)
    summary = pursuit_import(path, home)
    assert [w["line"] for w in summary["warnings"]] == [3, 4]
    assert (summary["created"], summary["merged"]) == (3, 1)


def test_what_is_stored(home: Path, tmp_path: Path) -> None:
    pursuit_import(write(tmp_path, "Connections.csv", PREAMBLE + HEADER + ROWS), home)
    people = {(c["full_name"], c["linkedin"]): c for c in stored(home)}
    adaeze = people[("Adaeze Okonkwo", "https://www.linkedin.com/in/adaeze-okonkwo")]
    assert adaeze["connected_on"] == "2024-03-04"
    assert adaeze["title"] == "VP, Research"
    assert "Also title: Chief Scientist" in adaeze["notes"]  # the merged row's other title
    assert [e["address"] for e in adaeze["emails"]] == ["adaeze@larchmont.example"]
    assert [s["kind"] for s in adaeze["sources"]] == ["linkedin"]
    # Two Minh Nguyens at one company with different profiles are two people.
    minhs = [c for (name, _), c in people.items() if name == "Minh Nguyen"]
    assert len(minhs) == 2
    assert {m["connected_on"] for m in minhs} == {None, "2021-01-12"}


def test_importing_the_same_file_again_merges_everything(home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "Connections.csv", PREAMBLE + HEADER + ROWS)
    pursuit_import(path, home)
    before = stored(home)
    again = pursuit_import(path, home)
    assert (again["created"], again["merged"]) == (0, 4)
    after = stored(home)
    assert [(c["full_name"], c["notes"], c["emails"]) for c in after] == [
        (c["full_name"], c["notes"], c["emails"]) for c in before]


def test_old_export_without_url_column_and_windows_1252(home: Path, tmp_path: Path) -> None:
    text = ("First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
            "Chloé,Martin,chloe@bellweather.example,Bellweather Freight,Head of Platform,"
            "3/4/2019\r\n")
    summary = pursuit_import(write(tmp_path, "Connections.csv", text.encode("cp1252")), home)
    assert (summary["format"], summary["created"]) == ("linkedin", 1)
    (chloe,) = stored(home)
    assert chloe["full_name"] == "Chloé Martin"
    assert chloe["connected_on"] == "2019-03-04"


def test_a_row_matches_a_stored_contact_by_email(home: Path, tmp_path: Path) -> None:
    vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Adaeze Okonkwo\r\nN:Okonkwo;Adaeze;;;\r\n"
             "EMAIL:ADAEZE@larchmont.example\r\nTEL;TYPE=CELL:+1 312 555 0101\r\nEND:VCARD\r\n")
    pursuit_import(write(tmp_path, "phone.vcf", vcard), home)
    summary = pursuit_import(write(tmp_path, "Connections.csv", HEADER + ROWS), home)
    assert (summary["created"], summary["merged"]) == (2, 2)
    adaeze = next(c for c in stored(home) if c["full_name"] == "Adaeze Okonkwo")
    assert adaeze["linkedin"] == "https://www.linkedin.com/in/adaeze-okonkwo"
    assert [p["e164"] for p in adaeze["phones"]] == ["+13125550101"]
    assert {s["kind"] for s in adaeze["sources"]} == {"import", "linkedin"}
