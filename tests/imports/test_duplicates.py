"""The duplicate rules of contracts.md, on the pure planner (no database)."""

from __future__ import annotations

from pursuit.core.imports.dedupe import DuplicatePlanner, StoredIdentity
from pursuit.core.imports.identity import normalise_linkedin
from pursuit.core.imports.merge import merge_records
from pursuit.core.imports.model import AddressRecord, ContactRecord, EmailRecord, PhoneRecord


def person(line: int, name: str = "Minh Nguyen", *, url: str = "", email: str = "",
           company: str = "Larchmont", **fields: object) -> ContactRecord:
    return ContactRecord(line=line, full_name=name, linkedin=url, company=company,
                         emails=(EmailRecord(email),) if email else (), **fields)  # type: ignore[arg-type]


def test_linkedin_urls_are_normalised() -> None:
    same = ["https://www.linkedin.com/in/Minh-Nguyen/", "http://linkedin.com/in/minh-nguyen",
            "linkedin.com/in/minh-nguyen?trk=people", "www.LINKEDIN.com/in/minh-nguyen#top",
            "https://uk.linkedin.com/in/minh-nguyen/"]
    assert {normalise_linkedin(u) for u in same} == {"linkedin.com/in/minh-nguyen"}
    assert normalise_linkedin("https://example.com/in/minh") == ""
    assert normalise_linkedin("https://www.linkedin.com/in/jos%C3%A9") == "linkedin.com/in/josé"


def test_same_profile_url_is_one_person() -> None:
    planner = DuplicatePlanner()
    planner.add(person(2, url="https://www.linkedin.com/in/minh"))
    planner.add(person(3, "Minh N.", url="http://linkedin.com/in/MINH/"))
    assert (planner.plan.created, planner.plan.merged) == (1, 1)


def test_same_email_is_one_person_whatever_the_name() -> None:
    planner = DuplicatePlanner()
    planner.add(person(2, email="minh@larchmont.example"))
    planner.add(person(3, "M. Nguyen", email="MINH@larchmont.example ", company=""))
    assert (planner.plan.created, planner.plan.merged) == (1, 1)


def test_homonyms_with_different_profiles_stay_apart() -> None:
    planner = DuplicatePlanner()
    planner.add(person(2, url="linkedin.com/in/minh-nguyen-1"))
    planner.add(person(3, url="linkedin.com/in/minh-nguyen-2"))
    # Even a shared address does not make two different profiles one person.
    planner.add(person(4, url="linkedin.com/in/minh-nguyen-3", email="team@larchmont.example"))
    planner.add(person(5, url="linkedin.com/in/minh-nguyen-4", email="team@larchmont.example"))
    assert (planner.plan.created, planner.plan.merged) == (4, 0)


def test_rows_with_neither_match_on_name_and_company() -> None:
    planner = DuplicatePlanner()
    planner.add(person(2, email="minh@larchmont.example"))
    planner.add(person(3, "MINH  NGUYEN", company="Larchmont, Inc."))  # same person
    planner.add(person(4, company="Bellweather"))  # another company: another person
    assert (planner.plan.created, planner.plan.merged) == (2, 1)


def test_rows_with_an_email_do_not_match_on_name() -> None:
    planner = DuplicatePlanner()
    planner.add(person(2, email="minh@larchmont.example"))
    planner.add(person(3, email="minh.nguyen@gmail.example"))
    assert planner.plan.created == 2


def test_a_name_shared_by_two_profiles_is_not_guessed() -> None:
    planner = DuplicatePlanner()
    planner.add(person(2, url="linkedin.com/in/minh-1"))
    planner.add(person(3, url="linkedin.com/in/minh-2"))
    planner.add(person(4))  # which Minh? neither: kept apart for the merge page
    assert (planner.plan.created, planner.plan.merged) == (3, 0)


def test_matching_against_stored_contacts() -> None:
    stored = [StoredIdentity(7, "https://www.linkedin.com/in/minh/", (), "Minh Nguyen", ""),
              StoredIdentity(8, "", ("ada@example.com",), "Ada Lovelace", "Engines")]
    planner = DuplicatePlanner(stored)
    planner.add(person(2, url="linkedin.com/in/minh"))
    planner.add(person(3, "Ada Lovelace", email="Ada@Example.com"))
    planner.add(person(4, "Ada Lovelace", company="Engines"))
    planner.add(person(5, "Grace Hopper", email="grace@navy.example"))
    assert (planner.plan.created, planner.plan.merged) == (1, 3)
    assert sorted(g.contact_id for g in planner.plan.stored_groups) == [7, 8]
    ada = next(g for g in planner.plan.stored_groups if g.contact_id == 8)
    assert ada.lines == [3, 4]


def test_a_merge_keeps_every_distinct_value() -> None:
    first = ContactRecord(line=2, full_name="Renata Solberg", title="Head of Applied Science",
                          company="Ferncliff Labs", emails=(EmailRecord("r@f.example"),),
                          phones=(PhoneRecord("work", "+15035550147", "", "503-555-0147"),),
                          urls=("https://ferncliff.example",), notes="Met at PyCon")
    second = ContactRecord(line=9, full_name="Renata Solberg", title="VP Science",
                           company="Ferncliff Labs, Inc.",
                           emails=(EmailRecord("R@F.example"), EmailRecord("renata@home.example")),
                           phones=(PhoneRecord("work", "+15035550147", "", "(503) 555-0147"),
                                   PhoneRecord("mobile", None, "", "555-0199")),
                           addresses=(AddressRecord("410 Quarry Lane", "Portland"),),
                           urls=("https://ferncliff.example/",), notes="Speaks Norwegian")
    merged = merge_records(first, second)
    assert [e.address for e in merged.emails] == ["r@f.example", "renata@home.example"]
    assert [p.as_printed for p in merged.phones] == ["503-555-0147", "555-0199"]
    assert [a.street for a in merged.addresses] == ["410 Quarry Lane"]
    assert merged.urls == ("https://ferncliff.example",)
    assert merged.title == "Head of Applied Science"
    assert merged.notes == ("Met at PyCon\nAlso title: VP Science\nAlso company: Ferncliff Labs,"
                            " Inc.\nSpeaks Norwegian")
    assert merge_records(merged, second) == merged  # idempotent: a re-import changes nothing
