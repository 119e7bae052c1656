"""R2 and R3 dates, chosen so that one person does not get two touches on one day.

R2 ("the business day before is also acceptable") and R3 ("the business day after that is
also acceptable") give a second date. The planner first lays down the touches whose date the
spec fixes (thank-you letters, calls, weekly follow-ups), then gives each of these a date on
which its recipient has nothing else. When both dates are taken the first one stays: the app
shows two touches of one day together, and neither is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from pursuit.core.business_days import is_business_day, next_bd, prev_bd
from pursuit.core.cadence.model import SELF, PlannedTouch


class Diary:
    """Which days already hold a touch to which person."""

    __slots__ = ("_taken",)

    def __init__(self, touches: Iterable[PlannedTouch]) -> None:
        # The candidate's own items are not visits to anyone: they block nobody's day.
        self._taken = {
            (t.recipient_key, t.date)
            for t in touches
            if t.date is not None and t.recipient_key != SELF
        }

    def book(self, person_key: str, choices: Sequence[dt.date]) -> dt.date:
        """Book the first of `choices` free for `person_key` (else the first) and return it."""
        day = next((d for d in choices if (person_key, d) not in self._taken), choices[0])
        self._taken.add((person_key, day))
        return day


def reference_alert_choices(
    first_round_date: dt.date, holidays: frozenset[dt.date]
) -> list[dt.date]:
    """R2: the first round's date, or the business day before.

    A round on a weekend or holiday leaves only the business day before: the alert is about
    the interview, so it should not come after it.
    """
    before = prev_bd(first_round_date, holidays)
    if is_business_day(first_round_date, holidays):
        return [first_round_date, before]
    return [before]


def postal_letter_choices(first_round_date: dt.date, holidays: frozenset[dt.date]) -> list[dt.date]:
    """R3: `next_bd(first round's date)`, or the business day after that."""
    first = next_bd(first_round_date, holidays)
    return [first, next_bd(first, holidays)]
