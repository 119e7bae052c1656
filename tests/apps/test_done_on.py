"""A touch carried out remembers the day it was done as its owner counts days (Touch.done_on):
the coach's figures compare that day with the day it was due."""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from django.apps import apps

from pursuit.cadence.models import Touch
from pursuit.cadence.services import touch_complete, touch_queue_message, touch_sent, touch_skip
from tests.conftest import at


def _touches(owner, make_contact, make_application, log_round):  # type: ignore[no-untyped-def]
    application = make_application(owner)
    round_ = log_round(application, at("2025-10-17 15:00"), [make_contact(owner, "Priya Raman")])
    return list(Touch.objects.filter(round=round_).order_by("due_on", "id"))


def test_a_call_made_late_in_the_evening_counts_on_the_local_day(  # type: ignore[no-untyped-def]
        owner, make_contact, make_application, log_round) -> None:
    call = next(t for t in _touches(owner, make_contact, make_application, log_round)
                if t.type == "follow_up_call")
    # 22:30 in Chicago on the 22nd is already the 23rd in UTC.
    touch_complete(owner=owner, touch_id=call.pk, outcome="reached",
                   at=datetime(2025, 10, 23, 3, 30, tzinfo=UTC))
    call.refresh_from_db()
    assert call.done_on == date(2025, 10, 22)


def test_a_sent_message_and_a_skip_store_the_local_day(  # type: ignore[no-untyped-def]
        make_user, make_contact, make_application, log_round) -> None:
    tokyo = make_user("tokyo@example.com", timezone="Asia/Tokyo")
    thanks, *rest = _touches(tokyo, make_contact, make_application, log_round)
    message = touch_queue_message(owner=tokyo, touch_id=thanks.pk, to_address="p@example.com",
                                  to_name="P", subject="Thanks", body="Thank you.")
    touch_sent(message_id=message.pk, at=datetime(2025, 10, 17, 20, 0, tzinfo=UTC))  # 05:00 18th
    thanks.refresh_from_db()
    assert (thanks.status, thanks.done_on) == ("done", date(2025, 10, 18))
    skipped = touch_skip(owner=tokyo, touch_id=rest[-1].pk, reason="they asked me to wait")
    assert skipped.done_at is not None
    assert skipped.done_on == skipped.done_at.astimezone(ZoneInfo("Asia/Tokyo")).date()


def test_the_migration_fills_touches_done_before_the_column(  # type: ignore[no-untyped-def]
        owner, make_contact, make_application, log_round) -> None:
    call = _touches(owner, make_contact, make_application, log_round)[0]
    Touch.objects.filter(pk=call.pk).update(
        status="done", done_at=datetime(2025, 10, 18, 2, 0, tzinfo=UTC), done_on=None)
    migration = importlib.import_module("pursuit.cadence.migrations.0002_coach_figures")
    migration.fill_done_on(apps, None)
    call.refresh_from_db()
    assert call.done_on == date(2025, 10, 17)  # 21:00 the evening before, in Chicago
