"""What Pursuit reads from posting pages modelled on how applicant-tracking systems and job
boards mark a posting up (tests/postings/pages/): pure, no server, no database."""

from __future__ import annotations

from datetime import date

import pytest

from pursuit.core.postings import read_page
from pursuit.core.postings.parse import description_text
from tests.postings.site import PAGES, page_names


def read(name: str):  # type: ignore[no-untyped-def]
    return read_page((PAGES / f"{name}.html").read_text(encoding="utf-8"),
                     url=f"https://jobs.example/{name}")


def test_there_are_at_least_twelve_pages() -> None:
    assert len(page_names()) >= 12


# name: (source, title, employer, location, remote, salary, type, posted, closing)
EXPECTED = {
    "greenhouse": ("json-ld", "Senior Data Engineer", "Larchmont Analytics", "Chicago, IL",
                   "onsite", "", "", date(2025, 10, 1), None),
    "lever": ("json-ld", "Platform Engineer", "Bellweather Freight", "Denver, CO", "onsite",
              "$140,000–$175,000 a year", "Full-time", date(2025, 9, 15), date(2025, 11, 28)),
    "workday": ("json-ld", "Financial Analyst II", "Ferncliff Labs",
                "Portland, Oregon, United States of America", "onsite", "", "Full-time",
                date(2025, 10, 6), None),
    "ashby": ("json-ld", "Staff Backend Engineer (Remote)", "Quillstone",
              "Remote (United States, Canada)", "remote", "$190,000–$230,000 a year",
              "Full-time", date(2025, 10, 10), date(2025, 12, 1)),
    "smartrecruiters": ("microdata", "Warehouse Associate - Night Shift", "Tamarack Supply Co.",
                        "Reno, NV", "onsite", "$21.50 an hour", "Part-time", date(2025, 10, 12),
                        None),
    "indeed": ("json-ld", "Registered Nurse - ICU", "Halden General Hospital", "Boston, MA",
               "onsite", "$52 an hour", "Full-time, Per diem", date(2025, 10, 14),
               date(2025, 11, 13)),
    "linkedin": ("json-ld", "Product Manager, Autonomy", "Northgate Robotics",
                 "Pittsburgh, PA", "onsite", "", "Full-time", date(2025, 10, 9),
                 date(2025, 11, 8)),
    "bamboohr": ("microdata", "Office Manager", "Birchline Architects",
                 "Asheville, North Carolina", "onsite", "$55,000–$62,000 a year", "Full-time",
                 date(2025, 10, 8), date(2025, 11, 14)),
    "workable": ("json-ld", "Customer Success Lead", "Pinecrest Software", "Remote (USA)",
                 "remote", "$90k - $110k", "Full-time", date(2025, 10, 11), None),
    "icims": ("json-ld", "Maintenance Technician II", "Harbor Mills, Inc.", "Toledo, OH",
              "onsite", "$28–$34 an hour", "Full-time", date(2025, 10, 13), date(2025, 11, 10)),
    "jobvite": ("json-ld", "Grant Writer", "Riverbend Food Bank", "Louisville, KY", "onsite",
                "", "Part-time", date(2025, 10, 5), None),
    "government": ("json-ld", "IT Specialist (SYSADMIN)", "City of Lakewood",
                   "Lakewood, CO; Golden, CO", "onsite", "$71,000–$92,300 a year",
                   "Full-time, Temporary", date(2025, 10, 1), date(2025, 10, 31)),
    "bad-json-ld": ("microdata", "Line Cook", "Saltmarsh Kitchen", "Charleston, SC", "onsite",
                    "$18", "", None, None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_page_fills_the_application(name: str) -> None:
    reading = read(name)
    assert len(reading.postings) == 1, reading.postings
    p = reading.best()
    assert (p.source, p.title, p.employer, p.location, p.remote, p.salary, p.employment_type,
            p.posted_on, p.closing_on) == EXPECTED[name]
    assert p.url == f"https://jobs.example/{name}"
    assert p.description and "<" not in p.description and "&lt;" not in p.description


def test_json_ld_in_the_body_is_read_like_in_the_head() -> None:
    assert read("lever").best().source == "json-ld"  # its script is at the end of <body>


def test_a_description_keeps_its_paragraphs_and_list_items_as_lines() -> None:
    text = read("greenhouse").best().description
    assert text == ("About the team\n\nWe build the pipelines behind every forecast.\n\n"
                    "Own our Airflow & dbt stack\nMentor two engineers")


def test_a_twice_escaped_description_is_readable() -> None:
    assert read("icims").best().description == "Keep the mill's presses running on second shift."


def test_a_salary_range_and_a_single_value_keep_their_numbers() -> None:
    ranged = read("lever").best()
    single = read("indeed").best()
    assert (ranged.salary_min, ranged.salary_max, ranged.currency, ranged.salary_period) == \
        (140000, 175000, "USD", "year")
    assert (single.salary_min, single.salary_max, single.salary_period) == (52, 52, "hour")


def test_several_postings_on_one_page_are_all_offered() -> None:
    reading = read("search-results")
    assert [p.title for p in reading.postings] == [
        "Medical Billing Specialist", "Patient Access Representative", "Clinical Data Analyst"]
    remote = reading.best(2)
    assert (remote.remote, remote.location, remote.closing_on) == \
        ("remote", "Remote (Wisconsin)", date(2025, 11, 21))


def test_the_same_posting_in_json_ld_and_microdata_is_offered_once() -> None:
    assert len(read("jobvite").postings) == 1


def test_a_page_without_structured_data_falls_back_to_its_title_and_open_graph() -> None:
    reading = read("no-structured-data")
    p = reading.best()
    assert not reading.structured and p.source == "page"
    assert (p.title, p.employer) == ("Product Designer", "Fernwood Studio")
    assert p.description == "Design tools that help small farms sell direct."
    assert "no schema.org JobPosting data" in reading.notes[0]


@pytest.mark.parametrize(("title", "site", "role", "employer"), [
    ("Northgate Robotics hiring Product Manager, Autonomy in Pittsburgh, PA | LinkedIn",
     "LinkedIn", "Product Manager, Autonomy", "Northgate Robotics"),
    ("Bellweather Freight - Platform Engineer", "", "Bellweather Freight", "Platform Engineer"),
    ("Line Cook at Saltmarsh Kitchen", "", "Line Cook", "Saltmarsh Kitchen"),
])
def test_page_titles_are_split_into_role_and_employer(title: str, site: str, role: str,
                                                      employer: str) -> None:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    p = read_page(f"<html><head><title>{title}</title>{meta}</head></html>").page
    assert (p.title, p.employer) == (role, employer)


@pytest.mark.parametrize("junk", ["", "   ", "not html at all", "\x00\x01\x02", "<<<>>>",
                                  '<script type="application/ld+json">{"@type":</script>'])
def test_junk_never_raises(junk: str) -> None:
    reading = read_page(junk)
    assert reading.postings == ()


def test_plain_text_descriptions_are_kept_as_they_are() -> None:
    assert description_text("Line one.\n\nLine two &amp; three.") == \
        "Line one.\n\nLine two & three."
