"""Reads about the network. Every function filters by the owner and costs a fixed number of
queries whatever the size of the account.

`keep_in_touch_due` and `suggestion_for` are imported by the morning digest: keep their names
and signatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, Subquery
from django.shortcuts import get_object_or_404

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch, TouchType
from pursuit.contacts.models import Contact, ContactSource
from pursuit.core import networking as rules
from pursuit.networking.models import (
    EventContact,
    Interaction,
    NetworkingEvent,
    NetworkingProfile,
    NetworkingSession,
)
from pursuit.pipeline.models import (
    OPEN_STAGES,
    Application,
    ApplicationReference,
    Interviewer,
    Reference,
    Round,
)

DEFAULT_GOAL = NetworkingProfile._meta.get_field("daily_goal_minutes").get_default()
UPCOMING_DAYS = 14


def _zone(owner: User) -> ZoneInfo:
    return ZoneInfo(owner.timezone)


def _local_midnight(owner: User, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=_zone(owner))


def daily_goal(owner: User) -> int:
    goal = (NetworkingProfile.objects.filter(owner=owner)
            .values_list("daily_goal_minutes", flat=True).first())
    return goal or DEFAULT_GOAL


# --- Keep in touch ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KeepInTouchItem:
    """One person with a rhythm: when they were last in touch and when they are due."""

    contact: Contact
    interval_days: int
    last_interaction: date | None
    due_on: date
    today: date

    @property
    def is_due(self) -> bool:
        return self.due_on <= self.today

    @property
    def days_overdue(self) -> int:
        return max((self.today - self.due_on).days, 0)

    @property
    def days_since(self) -> int | None:
        return (self.today - self.last_interaction).days if self.last_interaction else None


def keep_in_touch_schedule(owner: User, today: date) -> list[KeepInTouchItem]:
    """Everyone with a rhythm, soonest due first; one query.

    The last interaction is the latest of a logged interaction (any kind, events included)
    and a done follow-up touch to the person. People paused ("do not contact until") past
    today are left out.
    """
    last_logged = (Interaction.objects.filter(contact=OuterRef("pk")).order_by("-at")
                   .values("at")[:1])
    last_touch = (Touch.objects.filter(contact=OuterRef("pk"), status=Touch.Status.DONE,
                                       done_at__isnull=False)
                  .order_by("-done_at").values("done_at")[:1])
    rows = (Contact.objects.filter(owner=owner, keep_in_touch_days__isnull=False)
            .exclude(paused_until__gte=today)
            .annotate(last_logged=Subquery(last_logged), last_touch=Subquery(last_touch)))
    zone = _zone(owner)
    items = []
    for contact in rows:
        moments = [m for m in (contact.last_logged, contact.last_touch)
                   if m is not None]
        last = max(moments).astimezone(zone).date() if moments else None
        interval = contact.keep_in_touch_days or rules.FALLBACK_INTERVAL_DAYS
        created = contact.created_at.astimezone(zone).date()
        due = rules.keep_in_touch_due(last, created, interval)
        items.append(KeepInTouchItem(contact, interval, last, due, today))
    items.sort(key=lambda i: (i.due_on, i.contact.full_name.lower(), i.contact.pk))
    return items


def keep_in_touch_due(owner: User, today: date) -> list[KeepInTouchItem]:
    """People due (or overdue) for a contact today, most overdue first; one query."""
    return [i for i in keep_in_touch_schedule(owner, today) if i.is_due]


# --- The daily suggestion --------------------------------------------------------------------

def _last_used(owner: User, today: date) -> dict[str, date]:
    """When each source and action was last used, within the suggestion's window; 3 queries.

    A source counts as used when someone from it was added or interacted with; an action when
    an interaction of that kind was logged.
    """
    since = _local_midnight(owner, today - timedelta(days=rules.RECENT_DAYS + 1))
    zone = _zone(owner)
    found: dict[str, datetime] = {}

    def note(key: str, at: datetime | None) -> None:
        if at is not None and (key not in found or at > found[key]):
            found[key] = at

    for kind, at in (Interaction.objects.filter(owner=owner, at__gte=since)
                     .values_list("kind").annotate(last=Max("at"))):
        note(kind, at)
    for kind, at in (ContactSource.objects.filter(owner=owner, added_at__gte=since)
                     .values_list("kind").annotate(last=Max("added_at"))):
        note(kind, at)
    for kind, at in (ContactSource.objects
                     .filter(owner=owner, contact__interactions__at__gte=since)
                     .values_list("kind").annotate(last=Max("contact__interactions__at"))):
        note(kind, at)
    return {k: at.astimezone(zone).date() for k, at in found.items()}


def suggestion_for(owner: User, today: date) -> str:
    """Today's "something new" for the user, as one sentence; 3 queries."""
    return rules.choose_suggestion(today, _last_used(owner, today)).text


# --- The Network page ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class NetworkPage:
    today: date
    due: list[KeepInTouchItem]
    upcoming: list[KeepInTouchItem]
    goal: int
    minutes_today: int
    streak: rules.Streak
    suggestion: str
    recent: list[Interaction]
    network_size: int
    candidates: list[tuple[Contact, int]]
    # "week" when the user keeps the habit weekly (career mode): then the session counts the
    # week's minutes against `weekly_goal`, and the streak is in weeks.
    period: str = "day"
    weekly_goal: int = 60
    minutes_week: int = 0
    week_streak: rules.Streak = rules.Streak(0, False)

    @property
    def weekly(self) -> bool:
        return self.period == "week"

    @property
    def progress_percent(self) -> int:
        if self.weekly:
            return min(100, round(100 * self.minutes_week / max(self.weekly_goal, 1)))
        return min(100, round(100 * self.minutes_today / max(self.goal, 1)))


def _sessions(owner: User, since: date) -> tuple[dict[date, int], dict[date, int]]:
    rows = NetworkingSession.objects.filter(owner=owner, day__gte=since).values_list(
        "day", "minutes", "goal_minutes")
    return {d: m for d, m, _ in rows}, {d: g for d, _, g in rows}


def network_page(owner: User, today: date) -> NetworkPage:
    """Everything the Network page shows; 9 queries."""
    schedule = keep_in_touch_schedule(owner, today)
    horizon = today + timedelta(days=UPCOMING_DAYS)
    profile = NetworkingProfile.objects.filter(owner=owner).first()
    goal = profile.daily_goal_minutes if profile else DEFAULT_GOAL
    weekly_goal = profile.weekly_goal_minutes if profile else 60
    minutes, goals = _sessions(owner, today - timedelta(days=366))
    recent = list(Interaction.objects.filter(owner=owner).select_related("contact")[:8])
    monday = today - timedelta(days=today.weekday())
    return NetworkPage(
        period=profile.goal_period if profile else "day", weekly_goal=weekly_goal,
        minutes_week=sum(m for d, m in minutes.items() if monday <= d <= today),
        week_streak=rules.week_streak(minutes, weekly_goal, today),
        today=today,
        due=[i for i in schedule if i.is_due],
        upcoming=[i for i in schedule if today < i.due_on <= horizon][:10],
        goal=goal,
        minutes_today=minutes.get(today, 0),
        streak=rules.streak(minutes, goal, today, goals),
        suggestion=suggestion_for(owner, today),
        recent=recent,
        network_size=len(schedule),
        candidates=network_candidates(owner),
    )


def network_candidates(owner: User, limit: int = 5) -> list[tuple[Contact, int]]:
    """People without a rhythm yet, each with the interval their sources suggest; 2 queries.

    People met in an interview of an open application are left out: their follow-ups run on
    the job-search cadence until it ends.
    """
    open_interview = Exists(Round.objects.filter(
        interviewers__contact=OuterRef("pk"), application__stage__in=OPEN_STAGES))
    rows = (Contact.objects.filter(owner=owner, keep_in_touch_days__isnull=True)
            .exclude(open_interview).prefetch_related("sources")
            .order_by("-created_at", "-pk")[:limit])
    return [(c, rules.default_interval(s.kind for s in c.sources.all())) for c in rows]


def contact_names(owner: User, limit: int = 500) -> list[str]:
    """Names for a form's suggestions (a datalist), most recently added first."""
    return list(Contact.objects.filter(owner=owner).order_by("-created_at")
                .values_list("full_name", flat=True)[:limit])




# --- Events ----------------------------------------------------------------------------------

def events_for(owner: User) -> list[NetworkingEvent]:
    """Events, newest first, each with `people` and `cards_gathered` counted; one query."""
    return list(NetworkingEvent.objects.filter(owner=owner).annotate(
        people=Count("met"), cards_gathered=Count("met", filter=Q(met__card_gathered=True))))


def event_detail(owner: User, event_id: int) -> NetworkingEvent:
    """One event with the people met (and their organisation); 2 queries, 404 if not theirs."""
    queryset = NetworkingEvent.objects.filter(owner=owner).prefetch_related(
        Prefetch("met", queryset=EventContact.objects.select_related("contact")
                 .order_by("contact__full_name", "id")))
    return get_object_or_404(queryset, pk=event_id)


# --- References ------------------------------------------------------------------------------

def references_for(owner: User) -> list[Reference]:
    """The reference list, each with the applications it was given for and when it was
    alerted (`uses`, newest application first); 2 queries."""
    uses = (ApplicationReference.objects.select_related("application__employer")
            .order_by("-application__created_at", "-id"))
    return list(Reference.objects.filter(owner=owner).select_related("contact")
                .prefetch_related(Prefetch("uses", queryset=uses))
                .order_by("contact__full_name", "pk"))


# --- After a rejection -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KeepInTouchOffer:
    application: Application
    people: list[Contact]
    default_days: int

    @property
    def already(self) -> bool:
        """Everyone offered already has a rhythm (the offer was taken)."""
        return all(c.keep_in_touch_days for c in self.people)


def interviewers_of(application: Application) -> list[Contact]:
    """The people met in the application's rounds, once each, in the order met."""
    seen: dict[int, Contact] = {}
    for i in (Interviewer.objects.filter(round__application=application)
              .select_related("contact").order_by("round__start", "position", "id")):
        seen.setdefault(i.contact_id, i.contact)
    return list(seen.values())


def keep_in_touch_offer(owner: User, application: Application) -> KeepInTouchOffer | None:
    """The offer to keep a closed application's interviewers in the network; None while the
    application is open or nobody was met. One query."""
    if application.owner_id != owner.pk or application.is_open:
        return None
    people = interviewers_of(application)
    if not people:
        return None
    return KeepInTouchOffer(application, people, rules.INTERVIEW_INTERVAL_DAYS)


# --- Charts ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Charts:
    sankey: rules.Sankey
    sankey_phone: rules.Sankey  # narrower, labels above their nodes (see sankey_layout)
    flows: list[rules.Flow]
    not_sent: int
    weeks: list[rules.WeekAdherence]
    bars: list[rules.Bar]
    bar_top: int
    cells: list[rules.HeatCell]
    months: list[rules.MonthLabel]
    goal: int
    total_minutes: int
    days_met: int

    @property
    def has_pipeline(self) -> bool:
        return bool(self.flows)

    @property
    def has_adherence(self) -> bool:
        return any(w.total for w in self.weeks)

    @property
    def has_minutes(self) -> bool:
        return self.total_minutes > 0


ADHERENCE_WEEKS = 12
HEATMAP_WEEKS = 26


def charts_for(owner: User, today: date) -> Charts:
    """The three charts' geometry; 4 queries."""
    zone = _zone(owner)
    had_round = Exists(Round.objects.filter(application=OuterRef("pk")))
    paths = [rules.stage_path(stage, interviewed) for stage, interviewed in
             Application.objects.filter(owner=owner).annotate(interviewed=had_round)
             .values_list("stage", "interviewed")]
    flows = rules.flows_from_paths(p for p in paths if p)

    first_week = rules.week_start(today) - timedelta(weeks=ADHERENCE_WEEKS - 1)
    records = []
    for status, due_on, deadline, done_at in (
            Touch.objects.filter(owner=owner, due_on__gte=first_week)
            .exclude(status=Touch.Status.CANCELLED)
            .exclude(type=TouchType.INTERVIEW_PREPARATION)
            .values_list("status", "due_on", "deadline", "done_at")):
        # A thank-you is on time up to its deadline, which may be the day after it opens.
        last_day = max(due_on, deadline.astimezone(zone).date()) if deadline else due_on
        done_on = done_at.astimezone(zone).date() if done_at else None
        records.append(rules.TouchRecord(status, last_day, done_on))
    weeks = rules.adherence_by_week(records, today, ADHERENCE_WEEKS)
    bars, top = rules.adherence_bars(weeks)

    goal = daily_goal(owner)
    since = rules.week_start(today) - timedelta(weeks=HEATMAP_WEEKS - 1)
    minutes, goals = _sessions(owner, since)
    cells, months = rules.heatmap_cells(minutes, goal, today, HEATMAP_WEEKS)
    return Charts(
        sankey=rules.sankey_layout(flows),
        sankey_phone=rules.sankey_layout(flows, width=rules.PHONE_WIDTH, height=360,
                                         labels_above=True),
        flows=flows, not_sent=sum(1 for p in paths if not p),
        weeks=weeks, bars=bars, bar_top=top, cells=cells, months=months, goal=goal,
        total_minutes=sum(minutes.values()),
        days_met=sum(1 for d, m in minutes.items() if m >= goals.get(d, goal)),
    )
