"""Reads about applications: the board, pipeline health, one application with everything in it.

Every function takes the owner and filters by it: another user's application is never seen.
The board and health cost a fixed number of queries whatever the size of the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import (
    Count,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.pipeline.models import (
    OPEN_STAGES,
    Application,
    ApplicationReference,
    Event,
    Interviewer,
    Round,
    Stage,
)

CLOSED_STAGES = (Stage.REJECTED, Stage.WITHDRAWN, Stage.FILLED, Stage.CLOSED)


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


def _with_card_facts(applications: QuerySet[Application]) -> QuerySet[Application]:
    """Annotate what a card shows: the next planned touch's day and the number of rounds."""
    next_touch = (Touch.objects.filter(application=OuterRef("pk"), status=Touch.Status.PLANNED)
                  .order_by("due_on").values("due_on")[:1])
    rounds = (Round.objects.filter(application=OuterRef("pk")).order_by()
              .values("application").annotate(n=Count("pk")).values("n"))
    return applications.select_related("employer").annotate(
        next_due=Subquery(next_touch),
        round_count=Coalesce(Subquery(rounds, output_field=IntegerField()), 0),
    )


def board_columns(owner: User, *, per_column: int = 30) -> list[Column]:
    """The board: each column's most recently changed cards (up to `per_column`, half as many
    for the closed ones, which the list page shows in full) and its total.

    One query per column and one for the totals: fixed, so a heavy account costs the same
    number of queries as a small one.
    """
    totals = dict(Application.objects.filter(owner=owner).order_by().values_list("stage")
                  .annotate(n=Count("pk")).values_list("stage", "n"))
    columns = []
    for spec in COLUMNS:
        cards = list(_with_card_facts(
            Application.objects.filter(owner=owner, stage__in=spec.stages)
        ).order_by("-updated_at", "-pk")[:per_column if spec.key != "closed" else per_column // 2])
        columns.append(Column(spec, cards, sum(totals.get(s, 0) for s in spec.stages)))
    return columns


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


def application_list(owner: User, *, stage: str = "", query: str = "",
                     limit: int = 200) -> list[Application]:
    rows = applications_matching(owner, stage=stage, query=query)
    return list(_with_card_facts(rows).order_by("-updated_at", "-pk")[:limit])


def application_detail(owner: User, application_id: int) -> Application:
    """One application with its rounds, interviewers, references, events and touches."""
    interviewers = Interviewer.objects.select_related("contact").order_by("position", "id")
    queryset = Application.objects.filter(owner=owner).select_related(
        "employer", "referred_by", "recruiter",
    ).prefetch_related(
        Prefetch("rounds", queryset=Round.objects.order_by("start", "number")),
        Prefetch("rounds__interviewers", queryset=interviewers),
        Prefetch("references", queryset=ApplicationReference.objects.select_related(
            "reference__contact")),
        Prefetch("events", queryset=Event.objects.select_related("by").order_by("at", "id")),
        Prefetch("touches", queryset=Touch.objects.select_related("round")
                 .order_by("due_on", "not_before", "id")),
    )
    return get_object_or_404(queryset, pk=application_id)


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
