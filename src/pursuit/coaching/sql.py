"""Two SQL pieces the coach's dashboard needs to stay at a fixed number of queries.

Every candidate has their own timezone, so "today" and "the end of a local day" differ by row.
Django's `TruncDate(tzinfo=...)` takes one timezone per query (and on SQLite runs a Python
function per row); these take it per row, in plain SQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import NotSupportedError
from django.db.models import Case, DateField, DateTimeField, Func, IntegerField, Value, When


def zones_by_today(zones: Iterable[str], now: datetime) -> dict[date, list[str]]:
    """The candidates' timezones grouped by the local date it is in each of them now (at most
    three dates on Earth at any moment)."""
    groups: dict[date, set[str]] = defaultdict(set)
    for name in set(zones):
        groups[now.astimezone(ZoneInfo(name)).date()].add(name)
    return {d: sorted(names) for d, names in groups.items()}


def per_zone_date(groups: dict[date, list[str]], zone_field: str,
                  derive: Callable[[date], date] = lambda d: d) -> Case:
    """A SQL date that depends on the row's timezone column: `derive(local today)`.

    The CASE has one branch per distinct local date, not per candidate, so the query stays
    the same size however many candidates there are.
    """
    return Case(*[When(**{f"{zone_field}__in": names}, then=Value(derive(day)))
                  for day, names in sorted(groups.items())],
                default=Value(None), output_field=DateField())


class DayEndUTC(Func):
    """The UTC instant a local day ends: `day + 1` at 00:00 minus the row's UTC offset in
    minutes. "Done by its day" is then `done_at < DayEndUTC(due_on, offset)`: plain SQL, where
    converting every done_at to local time (`LocalDate` through SQLite's Python function) cost
    most of the dashboard's time."""

    arity = 2
    output_field = DateTimeField()

    def as_sql(self, compiler: Any, connection: Any, *args: Any, **extra: Any) -> Any:
        raise NotSupportedError("DayEndUTC supports SQLite and PostgreSQL")

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        day, offset = (compiler.compile(e) for e in self.get_source_expressions())
        # Same text form as Django stores datetimes in ("YYYY-MM-DD HH:MM:SS"), so the
        # comparison with done_at is a string comparison that orders like time.
        return (f"datetime({day[0]}, '+1 day', printf('%%+d minutes', -({offset[0]})))",
                [*day[1], *offset[1]])

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        day, offset = (compiler.compile(e) for e in self.get_source_expressions())
        return (f"((({day[0]}) + 1)::timestamp - make_interval(mins => ({offset[0]})))"
                " AT TIME ZONE 'UTC'", [*day[1], *offset[1]])


def day_end_offsets(zones: Iterable[str], first: date, last: date, zone_field: str,
                    day_field: str) -> Case:
    """The UTC offset (minutes) at the end of each local day from `first` to `last`, per
    timezone: one CASE branch per timezone and run of days with the same offset (a daylight-
    saving change in the window makes two), whatever the number of rows."""
    branches: list[When] = []
    for name in sorted(set(zones)):
        zone = ZoneInfo(name)
        runs: list[list[Any]] = []  # [first day, day after the last, offset]
        day = first
        while day <= last:
            end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
            offset = int(end.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
            if runs and runs[-1][2] == offset:
                runs[-1][1] = day + timedelta(days=1)
            else:
                runs.append([day, day + timedelta(days=1), offset])
            day += timedelta(days=1)
        branches.extend(When(**{zone_field: name, f"{day_field}__gte": a, f"{day_field}__lt": b},
                             then=Value(offset)) for a, b, offset in runs)
    # Days outside [first, last] are outside every candidate's window: never counted.
    return Case(*branches, default=Value(0), output_field=IntegerField())
