from __future__ import annotations

import pytest

from pursuit.core.postings import posting_key, same_posting, url_key


@pytest.mark.parametrize(("a", "b"), [
    ("https://boards.example/acme/jobs/123", "http://www.boards.example/acme/jobs/123/"),
    ("https://jobs.example/view/9?utm_source=x&trk=abc", "https://jobs.example/view/9"),
    ("https://jobs.example/view?id=9&gh_src=li", "https://JOBS.example/view?id=9#apply"),
])
def test_the_same_url_written_differently(a: str, b: str) -> None:
    assert url_key(a) == url_key(b) != ""


def test_different_postings_keep_different_urls() -> None:
    assert url_key("https://jobs.example/view?id=9") != url_key("https://jobs.example/view?id=10")


def test_employer_and_title_match_whatever_the_case_and_suffix() -> None:
    assert posting_key("Acme, Inc.", "Sr. Data  Engineer") == \
        posting_key("ACME", "sr data engineer")
    assert same_posting("", "Acme, Inc.", "Data Engineer", "https://x.example/1", "Acme",
                        "data engineer")
    assert not same_posting("", "Acme", "Data Engineer", "", "Acme", "Data Analyst")
    assert not same_posting("", "", "", "", "", "")
