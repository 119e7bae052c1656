"""A job posting as Pursuit keeps it: the fields an application is filled with."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

# schema.org employmentType values, in the words the application page shows.
EMPLOYMENT_TYPES: Final = {
    "FULL_TIME": "Full-time", "PART_TIME": "Part-time", "CONTRACTOR": "Contract",
    "TEMPORARY": "Temporary", "INTERN": "Internship", "VOLUNTEER": "Volunteer",
    "PER_DIEM": "Per diem", "OTHER": "Other",
}
REMOTE: Final = "remote"
HYBRID: Final = "hybrid"
ONSITE: Final = "onsite"
REMOTE_CHOICES: Final = ((ONSITE, "On site"), (HYBRID, "Hybrid"), (REMOTE, "Remote"))

# Where a posting's fields came from, best first.
JSON_LD: Final = "json-ld"
MICRODATA: Final = "microdata"
PAGE: Final = "page"  # the page's <title> and Open Graph tags: a guess


@dataclass(frozen=True, slots=True)
class Posting:
    """One posting. Empty strings and None mean "the page does not say"."""

    title: str = ""
    employer: str = ""
    location: str = ""
    remote: str = ""  # REMOTE, HYBRID, ONSITE or "" (unknown)
    salary: str = ""  # as a person writes it: "USD 120,000–150,000 a year"
    salary_min: float | None = None
    salary_max: float | None = None
    currency: str = ""
    salary_period: str = ""  # year, month, week, day, hour
    employment_type: str = ""  # words: "Full-time, Contract"
    posted_on: date | None = None
    closing_on: date | None = None
    url: str = ""
    description: str = ""  # readable text, paragraphs separated by blank lines
    source: str = PAGE

    @property
    def missing(self) -> tuple[str, ...]:
        """The fields an application needs that this posting lacks."""
        return tuple(name for name, value in (("role", self.title), ("employer", self.employer))
                     if not value)

    @property
    def label(self) -> str:
        """How a choice between several postings names this one."""
        where = f" ({self.location})" if self.location else ""
        at = f" at {self.employer}" if self.employer else ""
        return f"{self.title or 'Untitled posting'}{at}{where}"


@dataclass(frozen=True, slots=True)
class Reading:
    """What one page says: its postings (structured data), the page's own guess from its
    title and Open Graph tags, and notes on what could not be read (for the user)."""

    postings: tuple[Posting, ...]
    page: Posting
    notes: tuple[str, ...] = field(default=())

    def best(self, index: int = 0) -> Posting:
        """Posting `index` of the page, gaps filled from the page's guess; the guess alone when
        the page has no structured data (or `index` is out of range)."""
        if not self.postings or not 0 <= index < len(self.postings):
            return self.page
        chosen = self.postings[index]
        return _fill(chosen, self.page) if len(self.postings) == 1 else chosen

    @property
    def structured(self) -> bool:
        return bool(self.postings)


def _fill(posting: Posting, page: Posting) -> Posting:
    """Gaps of a structured posting filled from the page (the URL, a description)."""
    return replace(
        posting,
        title=posting.title or page.title, employer=posting.employer or page.employer,
        url=posting.url or page.url, description=posting.description or page.description)
