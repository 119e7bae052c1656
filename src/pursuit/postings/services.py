"""Saving a job posting: reading it (the worker fetches a URL; pasted or dropped HTML is read
at once), then creating the application from the form the user checked.

Why the worker fetches: a request must not wait on another site (docs/architecture.md: a
request never talks to a remote server, it writes a row). A posting's server may take the
whole 10-second budget, and a web thread held that long is one fewer for everyone; as a job,
the fetch survives a restart of the web server and the page follows it like an import. Pasted
or dropped HTML needs no network, so it is read in the request (a few milliseconds).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from django.conf import settings

from pursuit.accounts.models import User
from pursuit.cadence.services import application_add
from pursuit.core.errors import BadInput
from pursuit.core.postings import Posting, Reading, read_page
from pursuit.jobs.models import Job
from pursuit.jobs.services import job_done, job_progress, job_start
from pursuit.pipeline.models import Application, Stage
from pursuit.postings.fetch import FetchFailed, FetchRefused, as_url, check_url, fetch_page
from pursuit.postings.selectors import saved_already

MAX_HTML_CHARS = 5 * 1024 * 1024  # pasted or dropped: the same cap as a fetched page
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+")
_DATES = ("posted_on", "closing_on")


# --- What was read, as a job's result (JSON) and back ------------------------------------------

def posting_to_json(posting: Posting) -> dict[str, Any]:
    data = asdict(posting)
    for name in _DATES:
        data[name] = data[name].isoformat() if data[name] else None
    return data


def posting_from_json(data: dict[str, Any]) -> Posting:
    known = {f.name for f in fields(Posting)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _DATES:
        values[name] = date.fromisoformat(values[name]) if values.get(name) else None
    return Posting(**values)


@dataclass(frozen=True, slots=True)
class Read:
    """A posting read (or not): the postings found, the page's guess, and what went wrong."""

    url: str
    postings: tuple[Posting, ...] = ()
    page: Posting = field(default_factory=Posting)
    notes: tuple[str, ...] = ()
    problem: str = ""  # why the page could not be read at all (refused, down, too large)

    def best(self, index: int = 0) -> Posting:
        reading = Reading(self.postings, self.page, self.notes)
        posting = reading.best(index)
        return posting if posting.url else Posting(**{**asdict(posting), "url": self.url})

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "postings": [posting_to_json(p) for p in self.postings],
                "page": posting_to_json(self.page), "notes": list(self.notes),
                "problem": self.problem}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Read:
        return cls(url=data.get("url", ""),
                   postings=tuple(posting_from_json(p) for p in data.get("postings", [])),
                   page=posting_from_json(data.get("page") or {}),
                   notes=tuple(data.get("notes", [])), problem=data.get("problem", ""))


def _from_reading(reading: Reading, url: str) -> Read:
    return Read(url=url, postings=reading.postings, page=reading.page, notes=reading.notes)


# --- Reading -------------------------------------------------------------------------------------

def url_from_shared(*values: str) -> str:
    """The posting's address among what a share sheet or a bookmarklet sent: the `url`
    parameter, else the first web address in the title or text."""
    for value in values:
        value = (value or "").strip()
        if value.startswith(("http://", "https://")) and " " not in value:
            return value
        found = _URL_IN_TEXT.search(value)
        if found:
            return found.group(0).rstrip(".,;)")
    return ""


def posting_read_start(*, owner: User, url: str) -> Job:
    """Queue the reading of a posting's URL for the worker. A URL refused by its form alone
    (`file:`, no host, a password in it) is refused here, before anything is queued."""
    url = as_url(url)
    if not url:
        raise BadInput("give the posting's address", where="url")
    check_url(url)
    return job_start(owner=owner, kind=Job.Kind.POSTING, params={"url": url})


def _fetch_settings() -> dict[str, Any]:
    return {"allow_hosts": settings.PURSUIT_FETCH_ALLOW_HOSTS,
            "max_bytes": settings.PURSUIT_FETCH_MAX_BYTES,
            "timeout": float(settings.PURSUIT_FETCH_TIMEOUT_SECONDS)}


def posting_read_url(url: str) -> Read:
    """Fetch and read one posting (the worker's part; also `bench/bench_postings.py`). A page
    that cannot be fetched is a Read with `problem` saying why, never an exception."""
    try:
        page = fetch_page(url, **_fetch_settings())
    except (FetchRefused, FetchFailed) as exc:
        return Read(url=url, page=Posting(url=url), problem=exc.message)
    return _from_reading(read_page(page.html, url=page.url), page.url)


def posting_read_run(job: Job) -> dict[str, Any]:
    """The worker runs a posting job: its result is the Read, as JSON."""
    url = str(job.params.get("url", ""))
    job_progress(job, "reading", 0, 1)
    return posting_read_url(url).to_json()


def posting_read_pasted(*, owner: User, html: str, url: str = "") -> Job:
    """Read pasted or dropped HTML now, kept as a finished job (its page offers the choice
    between several postings like a fetched one)."""
    read = posting_read_html(html=html, url=url)
    return job_done(owner=owner, kind=Job.Kind.POSTING,
                    params={"url": read.url, "pasted": True}, result=read.to_json())


def posting_read_html(*, html: str, url: str = "") -> Read:
    """Read a posting page's HTML pasted or dropped by the user (no network)."""
    if not html.strip():
        raise BadInput("paste the page's HTML, or drop the saved page", where="html")
    if len(html) > MAX_HTML_CHARS:
        raise BadInput("the page is larger than 5 MB", where="html")
    url = url.strip()
    if url:
        try:
            check_url(url)
        except FetchRefused:
            url = ""
    return _from_reading(read_page(html, url=url), url)


def read_of(job: Job) -> Read:
    return Read.from_json(job.result) if job.result else Read(url=job.params.get("url", ""))


# --- Saving --------------------------------------------------------------------------------------

class AlreadySaved(BadInput):
    """The same posting is saved already: `application` is it."""

    def __init__(self, application: Application) -> None:
        super().__init__(f"this job is in your applications already: {application}",
                         where="posting")
        self.application = application


def posting_save(*, owner: User, employer: str, role: str, stage: str = Stage.INTERESTED,
                 save_anyway: bool = False, **details: Any) -> Application:
    """Create the application from a checked posting; AlreadySaved when the same posting (same
    URL, or same employer and role) is saved already, unless `save_anyway`."""
    if stage not in (Stage.INTERESTED, Stage.APPLIED):
        raise BadInput("a saved posting is a job you are interested in or applied for",
                       where="stage")
    if not save_anyway:
        existing = saved_already(owner, url=str(details.get("posting_url", "")),
                                 employer=employer, role=role)
        if existing is not None:
            raise AlreadySaved(existing)
    return application_add(owner=owner, employer=employer, role=role, stage=stage,
                                    **details)
