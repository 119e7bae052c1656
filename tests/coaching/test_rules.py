"""The coach's figures as pure rules: no database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pursuit.core import coaching as rules
from pursuit.core.coaching import Counts, Figures, TouchFact

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2025, 10, 29, 12, 0, tzinfo=TZ)  # a Wednesday
TODAY = NOW.date()


def fact(type_: str, status: str, due: date, *, done: datetime | None = None,
         deadline: datetime | None = None) -> TouchFact:
    return TouchFact(type_, status, due, deadline=deadline, done_at=done,
                     done_on=done.astimezone(TZ).date() if done else None)


def test_a_thank_you_is_inside_its_window_to_the_minute() -> None:
    deadline = datetime(2025, 10, 20, 9, 0, tzinfo=TZ)
    due = date(2025, 10, 17)
    on_time = fact("thank_you_email", "done", due, deadline=deadline, done=deadline)
    late = fact("thank_you_email", "done", due, deadline=deadline,
                done=deadline + timedelta(minutes=1))
    assert rules.verdict(on_time, now=NOW, today=TODAY) == "on_time"
    # Same day as the deadline but after 9:00: the charts' day rule would say on time.
    assert rules.verdict(late, now=NOW, today=TODAY) == "late"


def test_an_open_thank_you_is_missed_only_once_its_deadline_passed() -> None:
    deadline = NOW + timedelta(hours=1)
    open_one = fact("thank_you_email", "planned", TODAY, deadline=deadline)
    assert rules.verdict(open_one, now=NOW, today=TODAY) is None
    assert rules.verdict(open_one, now=deadline + timedelta(seconds=1), today=TODAY) == "missed"


def test_dated_touches_use_the_charts_rule() -> None:
    due = date(2025, 10, 22)
    evening = datetime(2025, 10, 22, 22, 30, tzinfo=TZ)  # already the 23rd in UTC
    assert rules.verdict(fact("follow_up_call", "done", due, done=evening),
                         now=NOW, today=TODAY) == "on_time"
    assert rules.verdict(fact("weekly_follow_up", "done", due,
                              done=evening + timedelta(hours=2)), now=NOW, today=TODAY) == "late"
    assert rules.verdict(fact("weekly_follow_up", "planned", due), now=NOW, today=TODAY) == "missed"
    assert rules.verdict(fact("weekly_follow_up", "skipped", due), now=NOW, today=TODAY) == "missed"
    assert rules.verdict(fact("postal_letter", "cancelled", due), now=NOW, today=TODAY) is None
    assert rules.verdict(fact("weekly_follow_up", "planned", TODAY), now=NOW, today=TODAY) is None


def test_tally_counts_only_the_window() -> None:
    old = TODAY - timedelta(days=rules.WINDOW_DAYS)
    facts = [fact("follow_up_call", "planned", old),  # just outside: not counted
             fact("follow_up_call", "planned", rules.window_start(TODAY)),
             fact("postal_letter", "done", TODAY - timedelta(days=3),
                  done=NOW - timedelta(days=2)),
             fact("interview_preparation", "planned", TODAY - timedelta(days=3))]
    got = rules.tally(facts, now=NOW, today=TODAY)
    assert got.call == Counts(0, 0, 1)
    assert got.letter == Counts(0, 1, 0) and got.letter.done == 1
    assert got.overall.total == 2


def test_percent_is_none_when_nothing_was_due() -> None:
    assert Counts().percent is None
    assert Counts(2, 1, 0).percent == 67


def test_attention_puts_overdue_first_and_says_why() -> None:
    calm = Figures(open_applications=5, pipeline_target=5, networking_minutes_week=30)
    behind = Figures(open_applications=5, pipeline_target=5, networking_minutes_week=30,
                     overdue=2)
    thin = Figures(open_applications=1, pipeline_target=5, networking_minutes_week=30)
    assert rules.attention(calm) == rules.Attention(0, ())
    assert rules.attention(behind).score > rules.attention(thin).score > 0
    assert rules.attention(behind).reasons == ("2 overdue",)
    assert "pipeline 1 of 5" in rules.attention(thin).reasons
    idle = Figures(open_applications=5, pipeline_target=5)
    assert rules.attention(idle).reasons == ("no networking this week",)


def test_week_start_is_monday() -> None:
    assert rules.week_start(date(2025, 10, 29)) == date(2025, 10, 27)
    assert rules.week_start(date(2025, 10, 27)) == date(2025, 10, 27)
