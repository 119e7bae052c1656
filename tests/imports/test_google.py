"""Google Contacts CSV, current and legacy layouts: ` ::: ` values, labels, organizations."""

from __future__ import annotations

from pathlib import Path

from tests.imports.conftest import pursuit_import, stored, write

CURRENT = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,"
    "File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,"
    "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Website 1 - Label,Website 1 - Value\n"
    "Renata,,Solberg,,Dr.,,,,Ferncliff Labs,Head of Applied Science,Research,,Met at PyCon,,"
    "* myContacts ::: Conference,* Work,r.solberg@ferncliff.example ::: renata@ferncliff.example,"
    "Home,renata@home.example,Mobile,+1 503 555 0147 ::: (503) 555-0148 ext. 12,Work,,"
    "410 Quarry Lane,Portland,,OR,97205,US,Suite 2,Profile,"
    "https://www.linkedin.com/in/renata-solberg\n"
)
LEGACY = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
    "Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
    "Organization 1 - Title,Organization 1 - Department\n"
    "Tomasz Kowalski,Tomasz,,Kowalski,,,,,,,,,,,,,,,,,,,,,,,* myContacts ::: Recruiters,"
    "* Work,tomasz@ferncliff.example,Work,+1 503-555-0148,,Ferncliff Labs,,Recruiter,People\n"
)


def test_current_layout(home: Path, tmp_path: Path) -> None:
    summary = pursuit_import(write(tmp_path, "contacts.csv", CURRENT), home)
    assert (summary["format"], summary["created"]) == ("google", 1)
    (renata,) = stored(home)
    assert (renata["full_name"], renata["prefix"], renata["company"], renata["title"],
            renata["department"]) == ("Renata Solberg", "Dr.", "Ferncliff Labs",
                                      "Head of Applied Science", "Research")
    assert [(e["address"], e["type"]) for e in renata["emails"]] == [
        ("r.solberg@ferncliff.example", "work"), ("renata@ferncliff.example", "work"),
        ("renata@home.example", "home")]
    assert [(p["type"], p["e164"], p["ext"]) for p in renata["phones"]] == [
        ("mobile", "+15035550147", ""), ("mobile", "+15035550148", "12")]
    assert renata["addresses"] == [{"street": "410 Quarry Lane\nSuite 2", "city": "Portland",
                                    "region": "OR", "postal_code": "97205", "country": "US",
                                    "type": "work"}]
    assert renata["linkedin"] == "https://www.linkedin.com/in/renata-solberg"
    assert renata["notes"] == "Met at PyCon\nGroups: Conference"


def test_legacy_layout(home: Path, tmp_path: Path) -> None:
    summary = pursuit_import(write(tmp_path, "google.csv", LEGACY), home)
    assert (summary["format"], summary["created"]) == ("google", 1)
    (tomasz,) = stored(home)
    assert (tomasz["full_name"], tomasz["company"], tomasz["title"], tomasz["department"]) == (
        "Tomasz Kowalski", "Ferncliff Labs", "Recruiter", "People")
    assert [e["address"] for e in tomasz["emails"]] == ["tomasz@ferncliff.example"]
    assert [(p["type"], p["e164"]) for p in tomasz["phones"]] == [("work", "+15035550148")]
    assert tomasz["notes"] == "Groups: Recruiters"
