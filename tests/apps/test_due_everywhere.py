"""One definition of "due" and "overdue" (pursuit.core.due) for every page: Today (and
`pursuit today`), the board's cards, the morning digest and the coach's figures agree on the same
touches at the same moment, in the user's own timezone.

A Friday interview ends at 16:00; its thank-you is due by 09:00 on Monday. At 08:30 on Monday
it is due, not overdue; at 09:30 it is overdue. The board used to call it overdue all weekend
because its first day had passed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.template import Context

from pursuit.cadence.selectors import agenda_for, board_columns
from pursuit.coaching.selectors import figures_for
from pursuit.digest.services import digest_for
from pursuit.web.templatetags import pursuit as tags

pytestmark = pytest.mark.django_db

FRIDAY = datetime(2025, 10, 17)
MONDAY = datetime(2025, 10, 20)
# (moment on Monday, local; thank-yous overdue then)
MOMENTS = [(MONDAY.replace(hour=8, minute=30), 0), (MONDAY.replace(hour=9, minute=30), 1),
           (MONDAY.replace(hour=17), 1), (FRIDAY.replace(hour=18), 0)]


@pytest.fixture(params=["America/Chicago", "Asia/Tokyo"])
def candidate(request: Any, make_user: Any, make_contact: Any, make_application: Any,
              log_round: Any) -> Any:
    zone = request.param
    user = make_user(f"{zone.split('/')[1].lower()}@example.com", full_name="Jordan Rivera",
                     timezone=zone, country="JP" if "Tokyo" in zone else "US")
    application = make_application(user)
    log_round(application, FRIDAY.replace(hour=15, tzinfo=ZoneInfo(zone)),
              [make_contact(user, "Priya Raman")], tz=zone)
    return user


def _board_words(user: Any, now: datetime, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(tags.timezone, "now", lambda: now)
    [card] = [c for column in board_columns(user) for c in column.cards]
    request = type("Request", (), {"user": user})()
    return tags.next_touch(Context({"request": request}), card)


@pytest.mark.parametrize(("local", "overdue"), MOMENTS)
def test_every_page_agrees(candidate: Any, local: datetime, overdue: int,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    zone = ZoneInfo(candidate.timezone)
    now = local.replace(tzinfo=zone)
    agenda = [i for i in agenda_for(candidate, now=now) if i.touch.type == "thank_you_email"]
    today_overdue = sum(i.overdue for i in agenda)
    coach_overdue = figures_for([candidate], now)[candidate.pk].overdue
    board = _board_words(candidate, now, monkeypatch)
    digest = digest_for(candidate, now=now)

    assert today_overdue == overdue
    assert coach_overdue == overdue
    assert board == ("touch overdue" if overdue else "touch due today")
    assert ("(1 overdue)" in digest.subject) == bool(overdue)


def test_a_snoozed_thank_you_is_judged_by_its_new_day(candidate: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pursuit.cadence.models import Touch
    from pursuit.cadence.services import touch_snooze

    thanks = Touch.objects.get(owner=candidate, type="thank_you_email")
    touch_snooze(owner=candidate, touch_id=thanks.pk, until=(MONDAY + timedelta(days=1)).date())
    now = MONDAY.replace(hour=10, tzinfo=ZoneInfo(candidate.timezone))
    assert not [i for i in agenda_for(candidate, now=now) if i.touch.pk == thanks.pk]
    assert figures_for([candidate], now)[candidate.pk].overdue == 0
    assert _board_words(candidate, now, monkeypatch).startswith("next touch")
