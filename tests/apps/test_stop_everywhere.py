"""After an offer, a rejection, a withdrawal or the job filled or closed, nothing asks the user to
follow up on that job anywhere: not Today, the board, the morning digest, the calendar feed or
the API. A call left overdue before the event ends with it. Thank-yous still owed for rounds
held before the event stay ("don't ever fail to send a thank you")."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from pursuit.api.services import token_create
from pursuit.cadence.models import Touch
from pursuit.cadence.selectors import agenda_for, board_columns
from pursuit.cadence.services import event_record
from pursuit.calendar_feed.selectors import calendar_for
from pursuit.digest.services import digest_for

pytestmark = pytest.mark.django_db

STOPPING = ["offer_received", "rejected", "job_filled", "job_closed", "candidate_withdrew"]
FOLLOW_UPS = {"follow_up_call", "weekly_follow_up", "follow_up_after_reply", "postal_letter"}


@pytest.fixture
def ten_days_on(owner: Any, make_contact: Any, make_application: Any,
                log_round: Any) -> dict[str, Any]:
    """A round held ten days ago: its call is overdue, its thank-yous still owed."""
    application = make_application(owner, employer="Quarry & Pine Health",
                                   mailing_address="1 Main St\nChicago, IL 60606")
    priya = make_contact(owner, "Priya Raman")
    log_round(application, timezone.now() - timedelta(days=10), [priya])
    assert Touch.objects.filter(application=application, type="follow_up_call",
                                status="planned").exists()
    return {"owner": owner, "application": application}


@pytest.mark.parametrize("event_type", STOPPING)
def test_no_page_asks_for_a_follow_up_after_the_job_ended(ten_days_on: dict[str, Any],
                                                         event_type: str) -> None:
    owner, application = ten_days_on["owner"], ten_days_on["application"]
    now = timezone.now()
    event_record(owner=owner, application_id=application.pk, type=event_type, at=now)

    planned = set(Touch.objects.filter(application=application, status="planned")
                  .values_list("type", flat=True))
    assert planned == {"thank_you_email"}, planned
    assert not Touch.objects.filter(application=application, type="follow_up_call",
                                    status="planned").exists()

    # Today (and `pursuit today`, which reads the same agenda).
    today = {i.touch.type for i in agenda_for(owner, now=now)}
    assert "thank_you_email" in today and not today & FOLLOW_UPS
    # The board: the card's next touch is the thank-you still owed.
    cards = [card for column in board_columns(owner) for card in column.cards]
    [card] = [c for c in cards if c.pk == application.pk]
    thank_you = Touch.objects.get(application=application, type="thank_you_email")
    assert card.next_due == thank_you.due_on
    # The morning digest.
    body = digest_for(owner, now=now).body
    assert "thank-you" in body.lower()
    # The touches' sections only: the day's networking idea rotates with the date and may
    # itself say "Call someone you would normally e-mail." (CI met that day).
    touches = body.split("Today's networking idea")[0]
    assert "Call " not in touches and "Follow up" not in touches
    assert "Mail a letter" not in touches
    # The calendar feed: a to-do for the thank-you only.
    ics = calendar_for(owner, now=now).decode()
    assert "thank-you" in ics.lower()
    assert "Call Priya" not in ics and "Follow up" not in ics and "Mail a letter" not in ics
    # The API.
    _, token = token_create(owner=owner, name="script", scope="read")
    listed = Client().get("/api/touches?status=planned&limit=200",
                          HTTP_AUTHORIZATION=f"Bearer {token}").json()
    types = {t["type"] for t in listed["items"] if t["application_id"] == application.pk}
    assert types == {"thank_you_email"}


def test_a_call_made_before_the_offer_stays_in_the_history(ten_days_on: dict[str, Any]) -> None:
    from pursuit.cadence.services import touch_complete

    owner, application = ten_days_on["owner"], ten_days_on["application"]
    call = Touch.objects.get(application=application, type="follow_up_call")
    touch_complete(owner=owner, touch_id=call.pk, outcome="reached",
                   at=timezone.now() - timedelta(days=2))
    event_record(owner=owner, application_id=application.pk, type="offer_received",
                 at=timezone.now())
    call.refresh_from_db()
    assert call.status == "done" and call.outcome == "reached"
