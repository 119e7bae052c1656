"""Every file of tests/data/real-vcards/ imports without losing a name, e-mail, phone
or address it holds: checked one file at a time, value by value, through the real commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.imports.conftest import REAL_VCARDS, pursuit_import, stored

# For each file: the names (as the contact page shows them: prefix, then the stored name),
# e-mails, phones (as printed, with extension) and addresses (street, city, region, postal
# code, country) it holds; and the cards skipped because they have no name (issue 14), each
# named in its warning by what it held.
EXPECTED: dict[str, dict[str, Any]] = {
    "John_Doe_ANDROID.vcf": {
        "names": {"Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ"},
        "emails": {"bob@company.com", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ", "henry@company.com"},
        "skipped": {1: "john.doe@company.com", 6: "jane.doe@company.com"},
        "phones": {("123456789", ""), ("123456", ""), ("234567", ""), ("3456789", ""),
                   ("45678901", ""), ("55556666", "")},
        "phone_count": 9,  # 123456 is listed as mobile, work and work fax on one card
        "addresses": set(),
    },
    "John_Doe_EVOLUTION.vcf": {
        "names": {"Mr. John Richter, James Doe Sr."},
        "emails": {"john.doe@ibm.com"},
        "phones": {("905-666-1234", ""), ("905-555-1234", "")},
        "addresses": {("ASB-123\n15 Crescent moon drive", "Albaney", "New York", "12345",
                       "United States of America")},
    },
    "John_Doe_GMAIL.vcf": {
        "names": {"Mr. John Richter, James Doe Sr."},
        "emails": {"john.doe@ibm.com"},
        "phones": {("905-555-1234", ""), ("905-666-1234", "")},
        "addresses": {("Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\n"
                       "United States of America", "", "", "", "")},
    },
    "John_Doe_IPHONE.vcf": {
        "names": {"Mr. John Richter James Doe Sr."},
        "emails": {"john.doe@ibm.com"},
        "phones": {("905-555-1234", ""), ("905-666-1234", ""), ("905-777-1234", ""),
                   ("905-888-1234", ""), ("905-999-1234", ""), ("905-111-1234", ""),
                   ("905-222-1234", "")},
        "addresses": {("Silicon Alley 5,", "New York", "New York", "12345",
                       "United States of America"),
                      ("Street4\nBuilding 6\nFloor 8", "New York", "", "12345", "USA")},
        "photo": True,
    },
    "John_Doe_MS_OUTLOOK.vcf": {
        "names": {"Mr. John Richter James Doe Sr."},
        "emails": {"john.doe@ibm.cm"},
        "phones": {("(905) 555-1234", ""), ("(905) 666-1234", "")},
        "addresses": {("Cresent moon drive", "Albaney", "New York", "12345",
                       "United States of America"),
                      ("Silicon Alley 5,", "New York", "New York", "12345",
                       "United States of America")},
        "photo": True,
    },
    "outlook-2007.vcf": {
        "names": {"Mr. Michael Angstadt Jr."},
        "emails": {"mike.angstadt@gmail.com"},
        "phones": {("(111) 555-1111", ""), ("(111) 555-2222", ""), ("(111) 555-4444", ""),
                   ("(111) 555-3333", "")},
        "phone_count": 5,  # (111) 555-4444 is the mobile and, in X-MS-TEL, the callback number
        "addresses": {("TheOffice\n222 Broadway", "New York", "NY", "99999", "USA")},
        "photo": True,
    },
    "rfc6350-example.vcf": {
        "names": {"Simon Perreault"},
        "emails": {"simon.perreault@viagenie.ca"},
        "phones": {("+1-418-656-9254", "102"), ("+1-418-262-6501", "")},
        "addresses": {("Suite D2-630\n2875 Laurier", "Quebec", "QC", "G1V 2M2", "Canada")},
    },
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": {
        "names": {"John Doe"},
        "emails": {"doe.john@hotmail.com", "additional-email@company.com",
                   "additional-email1@company.com", "additional-email2@company.com",
                   "additional-email3@company.com"},
        "phones": {("555-555-1111", ""), ("555-555-2222", ""), ("555-555-5555", ""),
                   ("555-555-3333", ""), ("555-555-4444", "")},
        "addresses": {("222 Broadway\nSuite 100", "New York", "NY", "98765", "USA"),
                      ("123 Main St\nApt 10", "Austin", "TX", "12345", "USA")},
        "photo": True,
    },
}


def test_every_real_vcard_file_is_covered() -> None:
    assert {p.name for p in REAL_VCARDS.glob("*.vcf")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_vcard_imports_without_loss(name: str, home: Path) -> None:
    expected = EXPECTED[name]
    summary = pursuit_import(REAL_VCARDS / name, home)
    assert summary["format"] == "vcard"
    assert summary["errors"] == []
    contacts = stored(home)
    assert {f"{c['prefix']} {c['full_name']}".strip() for c in contacts} == expected["names"]
    assert all(not c["full_name"].startswith(c["prefix"] + " ") for c in contacts
               if c["prefix"])  # the prefix shows once
    skipped = {w["line"]: w["message"] for w in summary["warnings"]
               if w["message"].startswith("skipped")}
    assert set(skipped) == set(expected.get("skipped", {}))
    for line, held in expected.get("skipped", {}).items():
        assert skipped[line].startswith("skipped: no name") and held in skipped[line]
    assert {e["address"] for c in contacts for e in c["emails"]} == expected["emails"]
    phones = [(p["as_printed"], p["ext"]) for c in contacts for p in c["phones"]]
    assert set(phones) == expected["phones"]
    assert len(phones) == expected.get("phone_count", len(expected["phones"]))
    addresses = {(a["street"], a["city"], a["region"], a["postal_code"], a["country"])
                 for c in contacts for a in c["addresses"]}
    assert addresses == expected["addresses"]
    assert any(c["has_photo"] for c in contacts) == expected.get("photo", False)
    assert all(c["sources"] == [{"kind": "import", "detail": name,
                                 "added_at": c["sources"][0]["added_at"]}] for c in contacts)


def test_name_parts_and_extras_are_kept_in_their_fields(home: Path) -> None:
    pursuit_import(REAL_VCARDS / "John_Doe_EVOLUTION.vcf", home)
    (john,) = stored(home)
    assert (john["prefix"], john["first"], john["middle"], john["last"], john["suffix"]) == (
        "Mr.", "John", "Richter, James", "Doe", "Sr.")
    assert (john["company"], john["department"], john["title"]) == (
        "IBM", "Accounting, Dungeon", "Money Counter")
    # What has no field of its own stays in the notes rather than being dropped.
    assert "Nickname: Johny" in john["notes"] and "AIM: johnny5@aol.com" in john["notes"]
    assert john["notes"].startswith("THIS SOFTWARE IS PROVIDED")
    phones = {p["as_printed"]: p for p in john["phones"]}
    assert phones["905-666-1234"]["type"] == "mobile"
    assert phones["905-666-1234"]["e164"] == "+19056661234"


def test_the_same_person_from_three_address_books_is_one_contact(home: Path) -> None:
    for name in ("John_Doe_EVOLUTION.vcf", "John_Doe_GMAIL.vcf", "John_Doe_IPHONE.vcf"):
        pursuit_import(REAL_VCARDS / name, home)
    (john,) = stored(home)  # one e-mail, john.doe@ibm.com, in all three
    assert {p["as_printed"] for p in john["phones"]} >= {"905-555-1234", "905-666-1234",
                                                          "905-777-1234", "905-222-1234"}
    assert len(john["addresses"]) == 4  # Evolution's, Gmail's and the iPhone's two
    assert {s["detail"] for s in john["sources"]} == {
        "John_Doe_EVOLUTION.vcf", "John_Doe_GMAIL.vcf", "John_Doe_IPHONE.vcf"}
    assert john["has_photo"]
