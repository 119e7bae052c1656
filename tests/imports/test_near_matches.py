"""Near matches (issue 14, point 10): nicknames, OCR misreadings, typos, accents and case,
proposed only with something else in common, each with its reason in words."""

from __future__ import annotations

import random
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.archive.services import import_file
from pursuit.contacts.merging import near_matches
from pursuit.core.imports.near import (
    Person,
    _features,
    _judge,
    find_near_matches,
    nickname_relation,
    ocr_fold,
)


def person(pk: int, name: str, company: str = "", *, emails: tuple[str, ...] = (),
           phones: tuple[str, ...] = (), linkedin: str = "") -> Person:
    first, _, last = name.rpartition(" ")
    return Person(pk, name, first, last, company, emails, phones, linkedin)


def proposed(*people: Person) -> dict[frozenset[str], str]:
    names = {p.id: p.full_name for p in people}
    return {frozenset((names[m.first], names[m.second])): m.why
            for m in find_near_matches(people)}


def test_nicknames_at_the_same_company() -> None:
    found = proposed(person(1, "Jon Smith", "Acme Analytics"),
                     person(2, "Jonathan Smith", "Acme Analytics"),
                     person(3, "Kate Morgan", "Finch Bank"),
                     person(4, "Katherine Morgan", "Finch Bank Ltd"),
                     person(5, "Bob Keller", "Keller Bau GmbH"),
                     person(6, "Robert Keller", "Keller Bau"))
    assert found == {
        frozenset({"Jon Smith", "Jonathan Smith"}):
            "same company; first names Jon/Jonathan are the same name (Jon is a nickname of "
            "Jonathan)",
        frozenset({"Kate Morgan", "Katherine Morgan"}):
            "same company; first names Kate/Katherine are the same name (Kate is a nickname of "
            "Katherine)",
        frozenset({"Bob Keller", "Robert Keller"}):
            "same company; first names Bob/Robert are the same name (Bob is a nickname of "
            "Robert)",
    }


def test_a_nickname_alone_is_not_enough() -> None:
    # Chris is a nickname of Christine, but nothing else is shared.
    assert proposed(person(1, "Chris Lee", "Acme Analytics"),
                    person(2, "Christine Lee", "Globex Corporation")) == {}
    assert proposed(person(1, "Chris Lee"), person(2, "Christine Lee")) == {}


def test_other_evidence_than_the_company() -> None:
    phone = proposed(person(1, "Bill Turner", phones=("+12125550148",)),
                     person(2, "William Turner", "Turner & Hale", phones=("+12125550148",)))
    assert list(phone.values()) == [
        "same phone number; first names Bill/William are the same name (Bill is a nickname of "
        "William)"]
    domain = proposed(person(1, "Bill Turner", emails=("bill@turnerhale.example",)),
                      person(2, "William Turner", emails=("wt@turnerhale.example",)))
    assert list(domain.values())[0].startswith("e-mail at the same company domain; ")
    free_mail = proposed(person(1, "Bill Turner", emails=("bill@gmail.com",)),
                         person(2, "William Turner", emails=("wt@gmail.com",)))
    assert free_mail == {}


def test_ocr_misreadings() -> None:
    found = proposed(person(1, "Rnaria Rossi", "Studio Rossi Architetti"),
                     person(2, "Maria Rossi", "Studio Rossi Architetti"),
                     person(3, "Marco Rossi", "Studio Rossi Architetti"),
                     person(4, "Jarnes O'Neill", "Atlantic Freight Ltd"),
                     person(5, "James O'Neill", "Atlantic Freight"),
                     person(6, "Co1in Park", "Ferncliff"), person(7, "Colin Park", "Ferncliff"))
    assert found == {
        frozenset({"Rnaria Rossi", "Maria Rossi"}):
            "same company; Rnaria and Maria differ only by letters a scanner confuses "
            "(rn for m)",
        frozenset({"Jarnes O'Neill", "James O'Neill"}):
            "same company; Jarnes and James differ only by letters a scanner confuses "
            "(rn for m)",
        frozenset({"Co1in Park", "Colin Park"}):
            "same company; Co1in and Colin differ only by letters a scanner confuses (1 for l)",
    }
    assert ocr_fold("rnaria") == "maria" and ocr_fold("b0b") == "bob"


def test_ocr_in_the_e_mail_is_evidence_too() -> None:
    found = proposed(person(1, "Rnaria Rossi", emails=("rnaria.rossi@studio.example",)),
                     person(2, "Maria Rossi", emails=("maria.rossi@gmail.com",)))
    assert list(found.values()) == [
        "e-mails rnaria.rossi@ and maria.rossi@ differ only by letters a scanner confuses; "
        "Rnaria and Maria differ only by letters a scanner confuses (rn for m)"]


def test_typos_of_one_letter_but_not_other_names() -> None:
    found = proposed(person(1, "Alexandra Papadopoulos", "Allegro"),
                     person(2, "Alexandra Papadopulos", "Allegro"),
                     person(11, "Katarzyna Wiśniewska", "Allegro"),  # his wife, or sister
                     person(12, "Katarzyna Wiśniewski", "Allegro"),
                     person(3, "Stephanie Dubois", "BNP"), person(4, "Stepahnie Dubois", "BNP"),
                     person(5, "Maria Conti", "Eni"), person(6, "Mario Conti", "Eni"),
                     person(7, "Jon Bauer", "SAP"), person(8, "Jan Bauer", "SAP"),
                     person(9, "Anna Schmidt", "Siemens AG"),
                     person(10, "Thomas Schmidt", "Siemens AG"))
    assert found == {
        frozenset({"Alexandra Papadopoulos", "Alexandra Papadopulos"}):
            "same company; last names Papadopoulos/Papadopulos differ by one letter",
        frozenset({"Stephanie Dubois", "Stepahnie Dubois"}):
            "same company; first names Stephanie/Stepahnie differ by one letter",
    }  # Maria/Mario, Jon/Jan, Wiśniewska/Wiśniewski are other names; Anna, Thomas others


def test_accents_case_and_the_same_name_elsewhere() -> None:
    found = proposed(person(1, "JOSE GARCIA", "Iberia Tech"),
                     person(2, "José García", "Iberia Tech"),
                     person(3, "Daniel Park", "Samsung Electronics"),
                     person(4, "Daniel Park", "Coupang"),
                     person(5, "J. Meier", "Roche"), person(6, "Judith Meier", "Roche"))
    assert found == {
        frozenset({"JOSE GARCIA", "José García"}):
            "same company; same name once accents and case are set aside (JOSE GARCIA / "
            "José García)",
        frozenset({"Daniel Park"}):
            "same name; at different companies (Samsung Electronics / Coupang)",
        frozenset({"J. Meier", "Judith Meier"}): "same company; J. is the initial of Judith",
    }


def test_different_linkedin_profiles_are_never_proposed() -> None:
    assert proposed(person(1, "Minh Nguyen", "Larchmont", linkedin="linkedin.com/in/minh-1"),
                    person(2, "Minh Nguyen", "Larchmont", linkedin="linkedin.com/in/minh-2")) \
        == {}


def test_the_nickname_list_is_the_maintained_one() -> None:
    assert nickname_relation("bill", "william") == "Bill is a nickname of William"
    assert nickname_relation("william", "bill") == "Bill is a nickname of William"
    assert nickname_relation("billy", "bill") != ""
    assert nickname_relation("chris", "tina") == ""  # both of Christine, but not each other
    assert nickname_relation("anna", "thomas") == ""


FIRST = ["James", "Jim", "Jimmy", "Robert", "Bob", "Rob", "William", "Bill", "Will", "Katherine",
         "Kate", "Katie", "Jonathan", "Jon", "John", "Maria", "Rnaria", "Mario", "Marco",
         "Christine", "Chris", "Christopher", "Anna", "Anne", "Stephanie", "Stepahnie", "J.",
         "Colin", "Co1in", "Elizabeth", "Liz", "Beth", "Daniel", "Dan", "Danny"]
LAST = ["Smith", "Smyth", "Rossi", "Rosi", "O'Neill", "O'Neil", "Keller", "Keler", "Lee",
        "Morgan", "Schmidt", "Schmitt", "García", "GARCIA", "Park"]
COMPANIES = ["Acme", "Acme Inc", "Globex", "Initech", "Umbrella", ""]


def test_blocking_finds_what_comparing_every_pair_finds() -> None:
    # Big blocks (a family name shared by dozens) take the lookup and distance-matrix path;
    # it must find exactly the pairs that judging every pair of the book finds.
    rnd = random.Random(14)
    people = [person(n, f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", rnd.choice(COMPANIES),
                     phones=(f"+1212555{rnd.randint(0, 30):04d}",) if rnd.random() < 0.2 else ())
              for n in range(1, 401)]
    features = [_features(p) for p in people]
    everything = set()
    for i, a in enumerate(features):
        for b in features[i + 1:]:
            found = _judge(a, b)
            if found is not None:
                everything.add((found.first, found.second, found.why))
    blocked = {(p.first, p.second, p.why) for p in find_near_matches(people)}
    assert len(everything) > 100
    assert blocked == everything


# --- stored contacts and the merge page ----------------------------------------------------

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\n"
    f"ORG:{company}\r\nEMAIL:{first.lower()}.{n}@mail.example\r\nEND:VCARD\r\n"
    for n, (first, last, company) in enumerate([
        ("Rnaria", "Rossi", "Studio Rossi"), ("Maria", "Rossi", "Studio Rossi"),
        ("Marco", "Rossi", "Studio Rossi"), ("Jon", "Smith", "Acme"),
        ("Jonathan", "Smith", "Acme")]))


@pytest.mark.django_db
def test_near_matches_of_stored_contacts_in_few_queries(
        owner: Any, django_assert_num_queries: Any) -> None:
    import_file(owner=owner, data=CARDS.encode(), filename="cards.vcf")
    # e-mails, phones, contacts; then the contacts shown with their e-mails and phones
    with django_assert_num_queries(6):
        matches = near_matches(owner)
    assert {(m.first.full_name, m.second.full_name): m.why for m in matches} == {
        ("Rnaria Rossi", "Maria Rossi"):
            "same company; Rnaria and Maria differ only by letters a scanner confuses "
            "(rn for m)",
        ("Jon Smith", "Jonathan Smith"):
            "same company; first names Jon/Jonathan are the same name (Jon is a nickname of "
            "Jonathan)",
    }
    assert near_matches(owner, limit=1)[0].first.full_name == "Rnaria Rossi"  # surest first


@pytest.mark.django_db
def test_the_merge_page_says_why(client: Client, owner: Any) -> None:
    import_file(owner=owner, data=CARDS.encode(), filename="cards.vcf")
    client.force_login(owner)
    page = client.get(reverse("contact_merge_index")).content.decode()
    assert "Why: same company; first names Jon/Jonathan are the same name" in page
    assert "Rnaria and Maria differ only by letters a scanner confuses (rn for m)" in page
