"""When an approved e-mail goes out: now, or the next business morning where the recipient is.

A thank-you is due by 9:00 on the next business day (cadence.md, R1); 8:00 in the recipient's
own timezone puts it at the top of their inbox before that.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from pursuit.core.business_days import is_business_day, next_bd

MORNING = time(8, 0)


def next_business_morning(now: datetime, timezone: str, holidays: Collection[date],
                          at: time = MORNING) -> datetime:
    """The first `at` o'clock on a business day after `now`, in `timezone` (aware)."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    day = local.date()
    if not (is_business_day(day, holidays) and local.time() < at):
        day = next_bd(day, holidays)
    # Built from the wall-clock time, so a daylight-saving change in between is respected.
    return datetime.combine(day, at, tzinfo=zone)
