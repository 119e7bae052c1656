"""Reads about coaching. A coach reads a candidate only through an *active* link of theirs:
`link_for_coach` is the one gate, and it answers 404 to everyone else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.shortcuts import get_object_or_404

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.cadence.selectors import agenda_for
from pursuit.coaching.models import CoachLink
from pursuit.coaching.sql import count_per_owner, per_zone_date, zones_by_today
from pursuit.core import coaching as rules
from pursuit.core.agenda import AgendaItem
from pursuit.crypto import hash_token
from pursuit.letters.models import Letter
from pursuit.networking.models import NetworkingSession
from pursuit.pipeline.models import (
    OPEN_STAGES,
    Application,
    ApplicationReference,
    Placement,
    Round,
)

# --- The gate --------------------------------------------------------------------------------

def link_for_coach(coach: User, link_id: int) -> CoachLink:
    """The active link `link_id` of this coach, or 404 (revoked, declined, someone else's)."""
    return get_object_or_404(CoachLink.objects.select_related("candidate"), pk=link_id,
                             coach=coach, status=CoachLink.Status.ACTIVE)


def invitation(token: str) -> CoachLink | None:
    """The coaching invitation this token opens, while it waits for an answer."""
    return (CoachLink.objects.select_related("candidate")
            .filter(token_hash=hash_token(token), status=CoachLink.Status.INVITED).first())


# --- The candidate's own page ----------------------------------------------------------------

def coaches_of(candidate: User) -> list[CoachLink]:
    """The candidate's coaches and invitations, live ones first; one query."""
    links = CoachLink.objects.filter(candidate=candidate).select_related("coach")
    return sorted(links, key=lambda k: (not k.is_live, -k.created_at.timestamp(), -k.pk))


# --- Figures for many candidates at once -----------------------------------------------------

_DONE = Q(status=Touch.Status.DONE, done_at__isnull=False)
_WINDOWED = Q(type__in=rules.THANK_YOU_TYPES, deadline__isnull=False)


def _verdict_case(now: datetime, first_today: date) -> Case:
    """`core.coaching.verdict` as one SQL CASE (None: not counted). Kept beside the pure rule
    by a test that checks both give the same counts on the same rows.

    One CASE per row, grouped afterwards: a filtered COUNT per (group, verdict) evaluated every
    per-timezone expression a dozen times a row.
    """
    before_today = Q(due_on__lt=first_today) | Q(due_on__lt=F("local_today"))
    return Case(
        When(type__in=rules.THANK_YOU_TYPES, deadline__isnull=False, then=Case(
            When(_DONE & Q(done_at__lte=F("deadline")), then=Value(rules.ON_TIME)),
            When(_DONE, then=Value(rules.LATE)),
            When(Q(status=Touch.Status.SKIPPED)
                 | Q(status=Touch.Status.PLANNED, deadline__lt=now), then=Value(rules.MISSED)),
            default=Value(None))),
        # done_on is the candidate's local day of done_at (stored with it): "by its day".
        When(_DONE & Q(done_on__lte=F("due_on")), then=Value(rules.ON_TIME)),
        When(_DONE, then=Value(rules.LATE)),
        When(Q(status=Touch.Status.SKIPPED) | (Q(status=Touch.Status.PLANNED) & before_today),
             then=Value(rules.MISSED)),
        default=Value(None), output_field=CharField())


def _group_case() -> Case:
    return Case(*[When(type__in=types, then=Value(name)) for name, types in rules.GROUPS.items()],
                default=Value(None), output_field=CharField())


def _adherence(ids: Owners, groups: dict[date, list[str]],
               now: datetime) -> dict[int, rules.Adherence]:
    earliest = rules.window_start(min(groups))
    types = [t for group in rules.GROUPS.values() for t in group]
    rows = (Touch.objects
            # All three counted statuses are named so SQLite walks the (owner, status, due_on)
            # index for each owner instead of reading every touch of the year.
            .filter(owner_id__in=ids, due_on__gte=earliest, due_on__lte=max(groups),
                    status__in=[Touch.Status.DONE, Touch.Status.SKIPPED, Touch.Status.PLANNED],
                    type__in=types)
            .annotate(local_today=per_zone_date(groups, "owner__timezone"),
                      local_start=per_zone_date(groups, "owner__timezone", rules.window_start))
            # Each candidate's own window: only rows between the earliest and the latest of
            # the (at most three) local todays need the per-timezone CASE.
            .filter(Q(due_on__gte=rules.window_start(max(groups)))
                    | Q(due_on__gte=F("local_start")))
            .filter(Q(due_on__lte=min(groups)) | Q(due_on__lte=F("local_today")))
            .annotate(kind=_group_case(), verdict=_verdict_case(now, min(groups)))
            .order_by().values("owner_id", "kind", "verdict").annotate(n=Count("pk")))
    slots = [(kind, verdict) for kind in rules.GROUPS
             for verdict in (rules.ON_TIME, rules.LATE, rules.MISSED)]
    adherence = {}
    for owner_id, *n in count_per_owner(rows, slots):
        by_kind = iter(n)
        adherence[owner_id] = rules.Adherence(**{
            kind: rules.Counts(next(by_kind), next(by_kind), next(by_kind))
            for kind in rules.GROUPS})
    return adherence


def _overdue(ids: Owners, groups: dict[date, list[str]], now: datetime) -> dict[int, int]:
    """`core.agenda`'s overdue rule as one grouped count (see `build_agenda`)."""
    # "Before the candidate's today": a day before the earliest local today is before every
    # candidate's, which spares most rows the per-timezone CASE.
    first = min(groups)

    def before_today(field: str) -> Q:
        return Q(**{f"{field}__lt": first}) | Q(**{f"{field}__lt": F("local_today")})

    not_held = (Q(contact__isnull=True) | Q(contact__paused_until__isnull=True)
                | before_today("contact__paused_until"))
    by_deadline = Q(deadline__isnull=False, snoozed_until__isnull=True, deadline__lt=now)
    by_day = ((Q(deadline__isnull=True) | Q(snoozed_until__isnull=False)) & before_today("due_on")
              & (Q(snoozed_until__isnull=True) | before_today("snoozed_until")))
    rows = (Touch.objects
            .filter(owner_id__in=ids, status=Touch.Status.PLANNED, due_on__lte=max(groups))
            .filter(Q(application__stage__in=OPEN_STAGES)
                    | Q(type__in=rules.THANK_YOU_TYPES))
            .annotate(local_today=per_zone_date(groups, "owner__timezone"))
            .filter(not_held & (by_deadline | by_day))
            .order_by().values("owner_id").annotate(n=Count("pk")))
    return {r["owner_id"]: r["n"] for r in rows}


def _open_applications(ids: Owners) -> dict[int, int]:
    rows = (Application.objects.filter(owner_id__in=ids, stage__in=OPEN_STAGES)
            .order_by().values("owner_id").annotate(n=Count("pk")))
    return {r["owner_id"]: r["n"] for r in rows}


def _references(ids: Owners, now: datetime) -> dict[int, tuple[int, int]]:
    """(alerted, total) per candidate: references given for open applications whose first
    round starts by tomorrow, when an alert is due (R2: on the first round's date, or the
    business day before)."""
    interviewing = Exists(Round.objects.filter(
        application=OuterRef("application"), start__lte=now + timedelta(days=1))
        .exclude(status=Round.Status.CANCELLED))
    rows = (ApplicationReference.objects
            .filter(owner_id__in=ids, application__stage__in=OPEN_STAGES)
            .filter(interviewing).order_by().values("owner_id")
            .annotate(total=Count("pk"), alerted=Count("pk", filter=Q(alerted_on__isnull=False))))
    return {r["owner_id"]: (r["alerted"], r["total"]) for r in rows}


def _placements(ids: Owners) -> dict[int, Placement]:
    """Each candidate's placement in force (career mode), if any; one query."""
    rows = (Placement.objects.filter(owner_id__in=ids, ended_at__isnull=True)
            .select_related("application__employer"))
    return {p.owner_id: p for p in rows}


def _minutes_this_week(ids: Owners, groups: dict[date, list[str]]) -> dict[int, int]:
    rows = (NetworkingSession.objects
            .filter(owner_id__in=ids, day__gte=rules.week_start(min(groups)),
                    day__lte=max(groups))
            .annotate(local_today=per_zone_date(groups, "owner__timezone"),
                      local_week=per_zone_date(groups, "owner__timezone", rules.week_start))
            .order_by().values("owner_id")
            .annotate(n=Sum("minutes", filter=Q(day__gte=F("local_week"),
                                                day__lte=F("local_today")))))
    return {r["owner_id"]: r["n"] or 0 for r in rows}


class Candidate(Protocol):
    """What the figures need of a candidate (a User has it)."""

    @property
    def pk(self) -> int: ...
    @property
    def timezone(self) -> str: ...
    @property
    def pipeline_target(self) -> int: ...


# The candidates' ids, as a list or as a subquery (a coach's 500 ids as 500 parameters in each
# of five queries cost more to build than to run).
Owners = list[int] | QuerySet[Any, Any]


def figures_for(candidates: Sequence[Candidate], now: datetime,
                owners: Owners | None = None) -> dict[int, rules.Figures]:
    """Every dashboard figure of these candidates, each in their own timezone; 6 queries
    whatever the number of candidates (each one grouped by candidate). `owners` selects the
    same candidates in SQL when a subquery says it more cheaply than their ids."""
    if not candidates:
        return {}
    ids = owners if owners is not None else [c.pk for c in candidates]
    groups = zones_by_today((c.timezone for c in candidates), now)
    adherence = _adherence(ids, groups, now)
    overdue = _overdue(ids, groups, now)
    open_apps = _open_applications(ids)
    references = _references(ids, now)
    minutes = _minutes_this_week(ids, groups)
    placed = _placements(ids)
    return {c.pk: rules.Figures(
        adherence=adherence.get(c.pk, rules.Adherence()),
        references_alerted=references.get(c.pk, (0, 0))[0],
        references_total=references.get(c.pk, (0, 0))[1],
        open_applications=open_apps.get(c.pk, 0), pipeline_target=c.pipeline_target,
        networking_minutes_week=minutes.get(c.pk, 0), overdue=overdue.get(c.pk, 0),
        **_placed_figures(placed.get(c.pk)),
    ) for c in candidates}


def _placed_figures(placement: Placement | None) -> dict[str, Any]:
    if placement is None:
        return {}
    return {"placed_on": placement.accepted_on,
            "placed_at": f"{placement.application.role} at "
                         f"{placement.application.employer.name}",
            "days_to_offer": placement.days_to_offer, "interviews": placement.interviews,
            "offers": placement.offers}


# --- The coach's dashboard -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Listed:
    """A candidate as the dashboard lists them: plain values, not model instances (building
    a thousand of those cost more than the candidates' figures)."""

    link_id: int
    pk: int
    name: str
    email: str
    timezone: str
    pipeline_target: int

    def __str__(self) -> str:
        return self.name

    def matches(self, search: str) -> bool:
        needle = search.casefold()
        return needle in self.name.casefold() or needle in self.email.casefold()


@dataclass(frozen=True, slots=True)
class DashboardRow:
    candidate: Listed
    figures: rules.Figures
    attention: rules.Attention


def active_links(coach: User) -> QuerySet[CoachLink]:
    return CoachLink.objects.filter(coach=coach, status=CoachLink.Status.ACTIVE)


FIGURES_TTL_SECONDS = 60


def dashboard(coach: User, now: datetime, search: str = "") -> list[DashboardRow]:
    """The coach's candidates (those whose name or e-mail holds `search`, when given), who
    needs attention first; 7 queries however many (1 when the figures are cached)."""
    links = active_links(coach)
    listed = [Listed(link_id, pk, full_name or email, email, zone, target)
              for link_id, pk, full_name, email, zone, target in links.values_list(
                  "pk", "candidate_id", "candidate__full_name", "candidate__email",
                  "candidate__timezone", "candidate__pipeline_target")]
    key = f"pursuit:coach-figures:{coach.pk}:{now.astimezone(UTC).strftime('%Y%m%d%H%M')}"
    figures: dict[int, rules.Figures] | None = cache.get(key)
    if figures is None or any(c.pk not in figures for c in listed):
        # Computing them costs about 70 ms for 500 candidates: a coach going back and forth
        # between the dashboard and candidates' pages reads them from the shared cache for the
        # rest of the minute. Like Today's page (common/pagecache.py) they are never more than a
        # minute old; a candidate linked since then has none, so they are computed afresh.
        figures = figures_for(listed, now, owners=links.values("candidate_id"))
        cache.set(key, figures, FIGURES_TTL_SECONDS)
    rows = [DashboardRow(c, figures[c.pk], rules.attention(figures[c.pk]))
            for c in listed if not search or c.matches(search)]
    rows.sort(key=lambda r: (-r.attention.score, -r.figures.overdue, r.candidate.name.lower(),
                             r.candidate.link_id))
    return rows


@dataclass(frozen=True, slots=True)
class Summary:
    """How many of the listed candidates show each sign, for the line above the table."""

    candidates: int
    overdue: int
    pipeline_short: int
    no_networking: int
    on_track: int
    placements: rules.Placements = rules.Placements(0, None, None)


def summary(rows: list[DashboardRow]) -> Summary:
    return Summary(
        placements=rules.placements(r.figures for r in rows),
        candidates=len(rows),
        overdue=sum(1 for r in rows if r.figures.overdue),
        pipeline_short=sum(1 for r in rows if r.figures.pipeline_short),
        no_networking=sum(1 for r in rows if not r.figures.networking_minutes_week
                          and not r.figures.placed),
        on_track=sum(1 for r in rows if not r.attention.reasons))


# --- One candidate, read-only ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RecentTouch:
    touch: Touch
    verdict: str | None  # on_time, late, missed, or None when not counted yet


@dataclass(frozen=True, slots=True)
class CandidateView:
    link: CoachLink
    today: date
    figures: rules.Figures
    attention: rules.Attention
    open_applications: list[Application]
    closed_count: int
    due_now: list[AgendaItem]
    upcoming: list[Touch]
    recent: list[RecentTouch]
    minutes_by_day: list[tuple[date, int]]

    @property
    def overdue(self) -> list[AgendaItem]:
        return [i for i in self.due_now if i.overdue and not i.held]


UPCOMING_DAYS = 14


def touch_facts(candidate: User, today: date) -> list[tuple[Touch, rules.TouchFact]]:
    """The window's touches as `core.coaching` sees them, oldest first; one query."""
    types = [t for group in rules.GROUPS.values() for t in group]
    rows = (Touch.objects.filter(owner=candidate, type__in=types,
                                 due_on__gte=rules.window_start(today), due_on__lte=today)
            .select_related("application__employer").order_by("due_on", "id"))
    return [(t, rules.TouchFact(
        type=t.type, status=t.status, due_on=t.due_on, deadline=t.deadline, done_at=t.done_at,
        done_on=t.done_on)) for t in rows]


def candidate_view(link: CoachLink, now: datetime) -> CandidateView:
    """What a coach sees of one candidate; a fixed number of queries."""
    candidate = link.candidate
    zone = ZoneInfo(candidate.timezone)
    today = now.astimezone(zone).date()
    figures = figures_for([candidate], now)[candidate.pk]
    apps = list(Application.objects.filter(owner=candidate, stage__in=OPEN_STAGES)
                .select_related("employer").order_by("-updated_at", "-pk"))
    closed = Application.objects.filter(owner=candidate).exclude(stage__in=OPEN_STAGES).count()
    upcoming = list(Touch.objects.filter(
        owner=candidate, status=Touch.Status.PLANNED, due_on__gt=today,
        due_on__lte=today + timedelta(days=UPCOMING_DAYS), application__stage__in=OPEN_STAGES)
        .select_related("application__employer").order_by("due_on", "id")[:30])
    recent = [RecentTouch(t, rules.verdict(f, now=now, today=today))
              for t, f in reversed(touch_facts(candidate, today))]
    week = rules.week_start(today)
    minutes = dict(NetworkingSession.objects.filter(owner=candidate, day__gte=week,
                                                    day__lte=today)
                   .values_list("day", "minutes"))
    days = [(week + timedelta(days=n), minutes.get(week + timedelta(days=n), 0))
            for n in range((today - week).days + 1)]
    return CandidateView(link=link, today=today, figures=figures,
                         attention=rules.attention(figures), open_applications=apps,
                         closed_count=closed, due_now=agenda_for(candidate, now=now),
                         upcoming=upcoming, recent=recent, minutes_by_day=days)


def shared_letters(link: CoachLink, limit: int = 50) -> list[Letter] | None:
    """The candidate's latest letters when they share them with this coach, else None."""
    if not link.share_letters:
        return None
    return list(Letter.objects.filter(owner=link.candidate)
                .select_related("touch__application__employer")
                .order_by("-updated_at", "-pk")[:limit])
