"""Two SQL pieces the coach's dashboard needs to stay fast at a fixed number of queries.

Every candidate has their own timezone, so "today" differs by row. Django's
`TruncDate(tzinfo=...)` takes one timezone per query (and on SQLite runs a Python function per
row); `per_zone_date` takes it per row, in plain SQL. `count_per_owner` turns per-row labels
into one row of counts per candidate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.db import connection
from django.db.models import Case, DateField, QuerySet, Value, When


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


def count_per_owner(rows: QuerySet[Any, Any],
                    slots: list[tuple[str, str]]) -> list[tuple[int, ...]]:
    """(owner_id, n1, n2, ...) per owner: the counts of `rows` (a `.values("owner_id", "kind",
    "verdict").annotate(n=Count(...))` queryset) for each (kind, verdict) of `slots`, in order.

    The grouped rows are a dozen per candidate, and fetching and converting them in Python cost
    as much as the query itself. Django cannot aggregate over a subquery, so the ORM's SQL is
    wrapped in one portable GROUP BY that spreads them into columns.
    """
    inner, params = rows.query.sql_with_params()
    counts = ", ".join(
        'SUM(CASE WHEN "kind" = %s AND "verdict" = %s THEN "n" ELSE 0 END)' for _ in slots)
    # Only placeholders and the ORM's compiled SQL are joined here; every value is a parameter.
    sql = f'SELECT "owner_id", {counts} FROM ({inner}) grouped GROUP BY "owner_id"'  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*(v for slot in slots for v in slot), *params])
        return [tuple(row) for row in cursor.fetchall()]
