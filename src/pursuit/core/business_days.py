"""Business days: Monday to Friday and not a holiday (cadence.md, "Words").

The holiday calendar is always an argument: the app passes the user's country holidays,
`pursuit plan` passes the scenario's list and nothing else.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
_SATURDAY = 5


def is_business_day(d: date, holidays: Collection[date]) -> bool:
    """True when `d` is Monday to Friday and not one of `holidays`."""
    return d.weekday() < _SATURDAY and d not in holidays


def on_or_after(d: date, holidays: Collection[date]) -> date:
    """`d` itself when it is a business day, else the first business day after it."""
    # A holiday list is finite, so this loop always ends.
    while d.weekday() >= _SATURDAY or d in holidays:
        d += ONE_DAY
    return d


def next_bd(d: date, holidays: Collection[date]) -> date:
    """The first business day strictly after `d`."""
    return on_or_after(d + ONE_DAY, holidays)


def prev_bd(d: date, holidays: Collection[date]) -> date:
    """The last business day strictly before `d`."""
    d -= ONE_DAY
    while d.weekday() >= _SATURDAY or d in holidays:
        d -= ONE_DAY
    return d
