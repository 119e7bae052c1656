"""Re-planning: the pure planner's answer diffed against the stored touches.

Every write that changes what the planner reads ends here, in its own transaction. A touch the
plan no longer wants (cancelled by a stopping event, removed with its round or by a reply's
re-plan) takes its queued message out of the outbox in the same transaction.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.db.models import QuerySet

from pursuit.accounts.models import User
from pursuit.cadence.build import horizon_for, key_contact_id, to_core, with_plan_inputs
from pursuit.cadence.calendar import holidays_between
from pursuit.cadence.models import OUTSIDE_PLAN, Touch
from pursuit.common.pagecache import renew
from pursuit.core import cadence as core
from pursuit.outbox.services import Withdrawal, messages_withdraw
from pursuit.pipeline.models import Application

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


class _Diff:
    """What one re-plan writes, gathered over a batch of applications (no queries)."""

    def __init__(self) -> None:
        self.creates: list[Touch] = []
        self.updates: list[Touch] = []
        self.deletes: list[int] = []
        # Messages of touches that stop being wanted here (cancelled or removed).
        self.unwanted_messages: list[int] = []

    def apply(self, application: Application, plan: core.Plan,
              stored: dict[str, Touch]) -> None:
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
                "week": planned.week, "due_on": _due_on(planned),
                "not_before": planned.not_before, "deadline": planned.deadline,
                "address": planned.address or "", "status": status,
                "cancelled_by": cancelled_by,
            }
            row = stored.get(key)
            if row is None:
                self.creates.append(Touch(owner_id=application.owner_id,
                                          application=application, key=key, **values))
            elif not row.is_history and any(getattr(row, f) != values[f]
                                            for f in _PLANNED_FIELDS):
                if status != Touch.Status.PLANNED and row.message_id:
                    self.unwanted_messages.append(row.message_id)
                for name, value in values.items():
                    setattr(row, name, value)
                self.updates.append(row)
        # A touch the plan no longer holds (a round cancelled, weeks re-planned after a reply)
        # goes; history stays whatever the plan says.
        for key, row in stored.items():
            if key not in wanted and not row.is_history and not key.startswith(OUTSIDE_PLAN):
                self.deletes.append(row.pk)
                if row.message_id:
                    self.unwanted_messages.append(row.message_id)

    def write(self) -> Withdrawal:
        withdrawal = messages_withdraw(message_ids=self.unwanted_messages)
        if self.deletes:
            Touch.objects.filter(pk__in=self.deletes).delete()
        if self.creates:
            Touch.objects.bulk_create(self.creates, batch_size=500)
        if self.updates:
            Touch.objects.bulk_update(self.updates, list(_PLANNED_FIELDS), batch_size=500)
        return withdrawal

    @property
    def changed(self) -> int:
        return len(self.creates) + len(self.updates) + len(self.deletes)


def applications_replan(applications: QuerySet[Application]) -> int:
    """Re-plan every application of the queryset; returns how many touches changed.

    The query count does not grow with the number of touches: inputs are prefetched, and
    writes are one bulk insert, one bulk update and one delete for the whole batch (and one
    update of the outbox when touches with queued messages stop being wanted).
    """
    diff = _Diff()
    owners: dict[int, User] = {}
    with transaction.atomic():
        for application in with_plan_inputs(applications):
            stored = {t.key: t for t in application.touches.all()}
            plan = plan_for(application, done_keys=frozenset(
                key for key, t in stored.items() if t.is_history))
            diff.apply(application, plan, stored)
            owners[application.owner_id] = application.owner
        diff.write()
        if diff.changed:
            for owner in owners.values():
                renew(owner)  # Today and the board must not show what the plan dropped
    return diff.changed


def plan_for(application: Application, *, done_keys: frozenset[str] = frozenset()) -> core.Plan:
    """The planner's answer for one prefetched application, as the app reads the rules: a
    stopping event ends every follow-up not yet carried out, whatever its date."""
    owner = application.owner
    horizon = horizon_for(application)
    first = min((r.start.date() for r in application.rounds.all()), default=horizon)
    last = horizon
    if application.closing_on is not None:  # the "apply by" reminder counts back from it
        first = min(first, application.closing_on - timedelta(days=14))
        last = max(last, application.closing_on)
    holidays = holidays_between(owner.country, owner.subdivision, first, last)
    return core.plan_application(to_core(application), holidays=holidays, horizon_end=horizon,
                                 done_keys=done_keys, include_preparation=True,
                                 stop_ends_every_follow_up=True)


def application_replan(application: Application) -> int:
    return applications_replan(Application.objects.filter(pk=application.pk))
