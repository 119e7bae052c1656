"""Names (issue 14, points 8 and 9): a row or card with no name is skipped with a warning that
names its line and what it held; a prefix the full name spells out is shown once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.archive.services import import_file
from pursuit.contacts.models import Contact
from pursuit.core.imports import parse_text
from pursuit.core.imports.model import name_without_prefix
from tests.conftest import run_pursuit
from tests.imports.conftest import pursuit_import, stored, write

LINKEDIN = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Countess,10 Dec 2015\n"
    ",,https://www.linkedin.com/in/someone-1a2b,,Acme,Engineer,11 Dec 2015\n"
    ",,,private@example.com,,,12 Dec 2015\n"
    ",,,,,,13 Dec 2015\n"
    "Grace,,,,,,14 Dec 2015\n"
    ",Hopper,,,,,15 Dec 2015\n"
)
GOOGLE = (
    "First Name,Middle Name,Last Name,Name Prefix,Organization Name,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Renata,,Solberg,Dr.,Ferncliff Labs,* myContacts,Work,r@ferncliff.example,,\n"
    ",,,,Ferncliff Labs,* myContacts,,,Work,+1 503 555 0100\n"
    ",,,Dr.,,* myContacts,Work,nobody@ferncliff.example,,\n"
)
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;John;Quincy;Mr.;Jr.\r\n"
    "FN:Mr. John Quincy Smith Jr.\r\nEMAIL:jq@harborview.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nEMAIL:collected@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Brandt;Helmut;;Prof. Dr.;\r\nTEL;WORK:+49 89 555 0100\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chinwe Okafor\r\nN:Okafor;Chinwe;;Dr.;PhD\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 503 555 0199\r\nORG:Acme\r\nEND:VCARD\r\n"
)


def test_linkedin_rows_without_a_name_are_skipped_even_with_a_profile() -> None:
    parsed = parse_text(LINKEDIN, format="linkedin", where="Connections.csv")
    assert [r.display_name for r in parsed.records] == ["Ada Lovelace", "Grace", "Hopper"]
    assert [(w.line, w.message) for w in parsed.skipped] == [
        (3, "skipped: no name (neither first nor last name); it holds only the profile "
            "https://www.linkedin.com/in/someone-1a2b, the company Acme"),
        (4, "skipped: no name (neither first nor last name); it holds only the e-mail "
            "private@example.com"),
        (5, "skipped: no name (neither first nor last name)"),
    ]


def test_google_rows_without_a_name_are_skipped() -> None:
    parsed = parse_text(GOOGLE, format="google", where="contacts.csv")
    assert [r.full_name for r in parsed.records] == ["Renata Solberg"]
    assert [w.line for w in parsed.skipped] == [3, 4]
    assert "the phone +1 503 555 0100, the company Ferncliff Labs" in parsed.skipped[0].message
    # A prefix alone is not a name.
    assert "the e-mail nobody@ferncliff.example" in parsed.skipped[1].message


def test_a_legacy_google_row_named_only_in_its_name_column_is_kept() -> None:
    text = ("Name,Given Name,Additional Name,Family Name,Name Prefix,Group Membership\n"
            "Dr. Hans-Peter Meier,,,,,* myContacts\n")
    (hans,) = parse_text(text, format="google", where="google.csv").records
    assert hans.full_name == "Dr. Hans-Peter Meier"


def test_vcards_without_a_name_are_skipped_and_prefixes_are_stored_apart() -> None:
    parsed = parse_text(VCARDS, format="vcard", where="all.vcf")
    assert [(w.line, w.message) for w in parsed.skipped] == [
        (7, "skipped: no name (neither first nor last name); it holds only the e-mail "
            "collected@example.com"),
        (23, "skipped: no name (neither first nor last name); it holds only the phone "
             "+1 503 555 0199, the company Acme"),
    ]
    john, helmut, chinwe = parsed.records
    assert (john.prefix, john.full_name, john.display_name) == (
        "Mr.", "John Quincy Smith Jr.", "Mr. John Quincy Smith Jr.")
    assert (helmut.prefix, helmut.full_name, helmut.display_name) == (
        "Prof. Dr.", "Helmut Brandt", "Prof. Dr. Helmut Brandt")
    # An FN without the prefix is kept as it is; the page puts the prefix before it.
    assert (chinwe.prefix, chinwe.full_name, chinwe.display_name) == (
        "Dr.", "Chinwe Okafor", "Dr. Chinwe Okafor")


@pytest.mark.parametrize(("full", "prefix", "stored"), [
    ("Mr. John Smith", "Mr.", "John Smith"),
    ("Mr John Smith", "Mr.", "John Smith"),
    ("MR. JOHN SMITH", "Mr.", "JOHN SMITH"),
    ("Prof. Dr.  Helmut Brandt", "Prof. Dr.", "Helmut Brandt"),
    ("John Smith", "Mr.", "John Smith"),
    ("Mrs. Smith", "Mr.", "Mrs. Smith"),
    ("Dr.", "Dr.", "Dr."),
    ("Drew Barry", "Dr", "Drew Barry"),
    ("Dr. Sabine Weber", "", "Dr. Sabine Weber"),
])
def test_name_without_prefix(full: str, prefix: str, stored: str) -> None:
    assert name_without_prefix(full, prefix) == stored


def test_the_command_counts_nameless_rows_as_skipped(home: Path, tmp_path: Path) -> None:
    summary = pursuit_import(write(tmp_path, "all.vcf", VCARDS), home)
    assert (summary["created"], summary["skipped"]) == (3, 2)
    assert [w["line"] for w in summary["warnings"]] == [7, 23]
    people = {c["full_name"]: c for c in stored(home)}
    assert people["John Quincy Smith Jr."]["prefix"] == "Mr."
    # Importing the same file again changes nothing: no "Also name" line for the prefix.
    again = pursuit_import(write(tmp_path, "all.vcf", VCARDS), home)
    assert (again["created"], again["merged"]) == (0, 3)
    assert all("Also" not in c["notes"] for c in stored(home))
    # The vCard export spells the name once, with its prefix, in FN.
    done = run_pursuit("export", "--format", "vcard", home=home)
    assert "FN:Mr. John Quincy Smith Jr.\n" in done.stdout  # CRLF read in text mode
    assert "Mr. Mr." not in done.stdout


@pytest.mark.django_db
def test_the_contact_page_shows_the_prefix_once(client: Client, owner: Any) -> None:
    import_file(owner=owner, data=VCARDS.encode(), filename="all.vcf")
    john = Contact.objects.get(owner=owner, last="Smith")
    client.force_login(owner)
    page = client.get(reverse("contact", args=[john.pk])).content.decode()
    assert "Mr. John Quincy Smith Jr." in page
    assert "Mr. Mr." not in page
