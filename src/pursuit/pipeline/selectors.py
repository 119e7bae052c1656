"""Reads about applications: pipeline health, search, a round. (The board and one application
with its touches are cadence selectors: they show the plan.)

Every function takes the owner and filters by it: another user's application is never seen.
The board and health cost a fixed number of queries whatever the size of the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import (
    Count,
    Max,
    Prefetch,
    Q,
    QuerySet,
)
from django.shortcuts import get_object_or_404

from pursuit.accounts.models import User
from pursuit.contacts.models import Contact
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import (
    OPEN_STAGES,
    Application,
    Interviewer,
    Round,
    Stage,
)

CLOSED_STAGES = (Stage.REJECTED, Stage.WITHDRAWN, Stage.FILLED, Stage.CLOSED)

# Details of an application its forms and the API may set.
APPLICATION_FIELDS = ("role", "preferred_channel", "mailing_address", "expected_decision_on",
                      "posting_url", "posting_text", "applied_on", "found_via", "salary_range",
                      "notes", "location", "remote", "employment_type", "posted_on", "closing_on")


def owned_application(owner: User, application_id: int) -> Application:
    """The owner's application, for a write; another user's is "no such application"."""
    try:
        return Application.objects.select_related("employer").get(pk=application_id,
                                                                  owner=owner)
    except Application.DoesNotExist:
        raise BadInput("no such application", where="application") from None


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    key: str
    label: str
    stages: tuple[str, ...]
    hint: str


# The board's columns; the last gathers every way an application ends without a job.
COLUMNS = (
    ColumnSpec("interested", "Interested", (Stage.INTERESTED,), "Jobs you may apply for"),
    ColumnSpec("applied", "Applied", (Stage.APPLIED,), "Waiting to hear back"),
    ColumnSpec("interviewing", "Interviewing", (Stage.INTERVIEWING,), "Follow up after each round"),
    ColumnSpec("offer", "Offer", (Stage.OFFER,), "Weigh it, negotiate"),
    ColumnSpec("accepted", "Accepted", (Stage.ACCEPTED,), "Keep your network warm"),
    ColumnSpec("closed", "Closed", CLOSED_STAGES, "Rejected, withdrawn, filled or closed"),
)


@dataclass(frozen=True, slots=True)
class Column:
    spec: ColumnSpec
    cards: list[Application]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.cards)


@dataclass(frozen=True, slots=True)
class Health:
    open_count: int
    target: int
    last_added: date | None
    today: date

    @property
    def thin(self) -> bool:
        return self.open_count < self.target

    @property
    def stale(self) -> bool:
        """No new application for a week: the advice is never to stop job-hunting."""
        return self.last_added is None or (self.today - self.last_added).days >= 7

    @property
    def missing(self) -> int:
        return max(0, self.target - self.open_count)

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.open_count / self.target)) if self.target else 100


def pipeline_health(owner: User, *, today: date) -> Health:
    """Open opportunities against the user's target, and when the last one was added."""
    facts = Application.objects.filter(owner=owner).aggregate(
        open_count=Count("pk", filter=Q(stage__in=OPEN_STAGES)),
        last_created=Max("created_at"), last_applied=Max("applied_on"),
    )
    last: date | None = None
    created: datetime | None = facts["last_created"]
    if created is not None:
        last = created.date()
    if facts["last_applied"] is not None and (last is None or facts["last_applied"] > last):
        last = facts["last_applied"]
    return Health(open_count=facts["open_count"], target=owner.pipeline_target,
                  last_added=last, today=today)


def applications_matching(owner: User, *, stage: str = "", query: str = ""
                          ) -> QuerySet[Application]:
    """The owner's applications in `stage` (one stage, or "open" / "closed" for the board's
    groups) with every word of `query` (up to five) in the role or the employer: the
    applications page and the API alike."""
    rows = Application.objects.filter(owner=owner)
    if stage == "open":
        rows = rows.filter(stage__in=OPEN_STAGES)
    elif stage == "closed":
        rows = rows.filter(stage__in=CLOSED_STAGES)
    elif stage:
        rows = rows.filter(stage=stage)
    for word in query.split()[:5]:
        rows = rows.filter(Q(role__icontains=word) | Q(employer__name__icontains=word))
    return rows


def round_detail(owner: User, round_id: int) -> Round:
    queryset = Round.objects.filter(owner=owner).select_related("application__employer")
    return get_object_or_404(queryset.prefetch_related(
        Prefetch("interviewers", queryset=Interviewer.objects.select_related("contact")
                 .order_by("position", "id"))), pk=round_id)


def people_for_round_form(owner: User, application: Application) -> list[Contact]:
    """Contacts worth offering as interviewers: people at the employer or met in earlier rounds."""
    employer = application.employer
    return list(Contact.objects.filter(owner=owner).filter(
        Q(organization=employer) | Q(company__iexact=employer.name)
        | Q(interviews__round__application=application)
    ).distinct().order_by("full_name")[:200])
