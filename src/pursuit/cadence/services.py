"""Writes about touches: re-planning applications and carrying touches out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone as dj_timezone

from pursuit.accounts.models import User
from pursuit.cadence.build import horizon_for, key_contact_id, to_core, with_plan_inputs
from pursuit.cadence.calendar import holidays_between
from pursuit.cadence.models import Touch
from pursuit.core import cadence as core
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import Application, ApplicationReference

# Fields a re-plan may change on a touch that is still to be done.
_PLANNED_FIELDS = ("type", "channel", "contact_id", "recipient_name", "round_id", "week",
                   "due_on", "not_before", "deadline", "address", "status", "cancelled_by")


def _due_on(planned: core.PlannedTouch) -> date:
    if planned.date is not None:
        return planned.date
    assert planned.not_before is not None  # a touch without a date has a window
    return planned.not_before.date()


def _round_ids(application: Application) -> dict[int, int]:
    return {r.number: r.pk for r in application.rounds.all()}


def _apply(application: Application, plan: core.Plan, stored: dict[str, Touch],
           creates: list[Touch], updates: list[Touch], deletes: list[int]) -> None:
    """Diff one application's plan against its stored touches (no queries here)."""
    round_ids = _round_ids(application)
    wanted: dict[str, tuple[core.PlannedTouch, str, str]] = {}
    for planned in plan.touches:
        wanted[planned.key] = (planned, Touch.Status.PLANNED, "")
    for planned in plan.cancelled:
        wanted.setdefault(planned.key, (planned, Touch.Status.CANCELLED,
                                        planned.cancelled_by or ""))
    for key, (planned, status, cancelled_by) in wanted.items():
        values = {
            "type": planned.type, "channel": planned.channel,
            "contact_id": key_contact_id(planned.recipient_key),
            "recipient_name": planned.recipient_name,
            "round_id": round_ids.get(planned.round) if planned.round else None,
            "week": planned.week, "due_on": _due_on(planned), "not_before": planned.not_before,
            "deadline": planned.deadline, "address": planned.address or "", "status": status,
            "cancelled_by": cancelled_by,
        }
        row = stored.get(key)
        if row is None:
            creates.append(Touch(owner_id=application.owner_id, application=application, key=key,
                                 **values))
        elif not row.is_history and any(getattr(row, f) != values[f] for f in _PLANNED_FIELDS):
            for name, value in values.items():
                setattr(row, name, value)
            updates.append(row)
    # A touch the plan no longer holds (a round cancelled, weeks re-planned after a reply) goes;
    # history stays whatever the plan says.
    deletes.extend(row.pk for key, row in stored.items() if key not in wanted
                   and not row.is_history)


def applications_replan(applications: QuerySet[Application]) -> int:
    """Re-plan every application of the queryset; returns how many touches changed.

    The query count does not grow with the number of touches: inputs are prefetched, and
    writes are one bulk insert, one bulk update and one delete for the whole batch.
    """
    creates: list[Touch] = []
    updates: list[Touch] = []
    deletes: list[int] = []
    with transaction.atomic():
        for application in with_plan_inputs(applications):
            stored = {t.key: t for t in application.touches.all()}
            plan = plan_for(application, done_keys=frozenset(
                key for key, t in stored.items() if t.is_history))
            _apply(application, plan, stored, creates, updates, deletes)
        if deletes:
            Touch.objects.filter(pk__in=deletes).delete()
        if creates:
            Touch.objects.bulk_create(creates, batch_size=500)
        if updates:
            Touch.objects.bulk_update(updates, [f for f in _PLANNED_FIELDS], batch_size=500)
    return len(creates) + len(updates) + len(deletes)


def plan_for(application: Application, *, done_keys: frozenset[str] = frozenset()) -> core.Plan:
    """The planner's answer for one prefetched application."""
    owner = application.owner
    horizon = horizon_for(application)
    first = min((r.start.date() for r in application.rounds.all()), default=horizon)
    holidays = holidays_between(owner.country, owner.subdivision, first, horizon)
    return core.plan_application(to_core(application), holidays=holidays, horizon_end=horizon,
                                 done_keys=done_keys, include_preparation=True)


def application_replan(application: Application) -> int:
    return applications_replan(Application.objects.filter(pk=application.pk))


def _owned_touch(owner: User, touch_id: int) -> Touch:
    try:
        return Touch.objects.select_related("application").get(pk=touch_id, owner=owner)
    except Touch.DoesNotExist:
        raise BadInput("no such touch", where="touch") from None


def done_on(owner: User, at: datetime) -> date:
    """The day a touch was carried out, as the owner counts days (stored as Touch.done_on)."""
    return at.astimezone(ZoneInfo(owner.timezone)).date()


def touches_fill_done_on(owner: User) -> int:
    """Give carried-out touches that lack it their local day (rows restored from a backup made
    before Touch.done_on existed); how many were filled."""
    missing = list(Touch.objects.filter(owner=owner, done_at__isnull=False, done_on__isnull=True)
                   .only("pk", "done_at"))
    for touch in missing:
        touch.done_on = done_on(owner, touch.done_at)  # type: ignore[arg-type]
    Touch.objects.bulk_update(missing, ["done_on"], batch_size=1000)
    return len(missing)


def touch_complete(*, owner: User, touch_id: int, outcome: str = "", note: str = "",
                   at: datetime | None = None) -> Touch:
    """Mark a touch done (a call with its outcome); the application is re-planned at once."""
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id)
        if touch.status == Touch.Status.DONE:
            return touch  # done twice is done once: a double click must not log twice
        if outcome and outcome not in Touch.Outcome.values:
            raise BadInput(f"unknown outcome {outcome!r}", where="outcome")
        touch.status = Touch.Status.DONE
        touch.outcome = outcome
        touch.note = note
        touch.done_at = at or dj_timezone.now()
        touch.done_on = done_on(owner, touch.done_at)
        touch.save(update_fields=["status", "outcome", "note", "done_at", "done_on",
                                  "updated_at"])
        if touch.type == "reference_alert" and touch.contact_id:
            ApplicationReference.objects.filter(
                application=touch.application, reference__contact_id=touch.contact_id,
                alerted_on__isnull=True,
            ).update(alerted_on=touch.done_on)
        application_replan(touch.application)
    return touch


def touch_skip(*, owner: User, touch_id: int, reason: str) -> Touch:
    with transaction.atomic():
        touch = _owned_touch(owner, touch_id)
        if touch.is_history:
            return touch
        touch.status = Touch.Status.SKIPPED
        touch.note = reason
        touch.done_at = dj_timezone.now()
        touch.done_on = done_on(owner, touch.done_at)
        touch.save(update_fields=["status", "note", "done_at", "done_on", "updated_at"])
        application_replan(touch.application)
    return touch


def touch_snooze(*, owner: User, touch_id: int, until: date) -> Touch:
    """Move one touch to a later day; the weekly rhythm keeps its nominal dates."""
    touch = _owned_touch(owner, touch_id)
    if until <= touch.due_on:
        raise BadInput("snooze to a day after the touch is due", where="until")
    touch.snoozed_until = until
    touch.save(update_fields=["snoozed_until", "updated_at"])
    return touch


def replan_owned(owner: User, application_ids: Iterable[int]) -> int:
    owned = Application.objects.filter(owner=owner, pk__in=list(application_ids))
    return applications_replan(owned)
