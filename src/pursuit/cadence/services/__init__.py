"""Writes of the cadence: re-planning (`plan`), a touch's life and its message (`touches`), and
every write to an application that moves its plan (`applications`). Callers import from here."""

from pursuit.cadence.services.account import (
    PROFILE_FIELDS,
    SETTINGS_FIELDS,
    timezone_confirm,
    user_update,
)
from pursuit.cadence.services.applications import (
    PersonIn,
    application_delete,
    application_move,
    application_update,
    event_record,
    interviewer_add,
    reference_add,
    round_log,
    round_set_status,
)
from pursuit.cadence.services.outside import touch_outside_plan
from pursuit.cadence.services.plan import application_replan, applications_replan, plan_for
from pursuit.cadence.services.postings import application_add
from pursuit.cadence.services.touches import (
    Approved,
    done_on,
    message_decide,
    message_too_late,
    touch_complete,
    touch_queue_message,
    touch_queue_messages,
    touch_sent,
    touch_skip,
    touch_snooze,
    touch_withdraw_message,
    touches_fill_done_on,
)

__all__ = [
    "Approved", "PersonIn", "application_delete", "application_add", "application_move",
    "application_replan",
    "application_update", "applications_replan", "done_on", "event_record", "interviewer_add",
    "message_decide", "message_too_late", "plan_for", "reference_add", "round_log",
    "round_set_status", "touch_complete", "touch_queue_message",
    "touch_queue_messages", "touch_sent", "touch_skip",
    "touch_outside_plan", "touch_snooze", "touch_withdraw_message", "touches_fill_done_on",
    "timezone_confirm", "user_update",
    "PROFILE_FIELDS", "SETTINGS_FIELDS",
]
