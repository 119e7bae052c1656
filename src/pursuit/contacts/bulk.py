"""Plain-SQL inserts for large imports.

The ORM's bulk_create spends most of its time building each row's SQL (about 0.7 ms a contact
with its 25 columns); a 30,000-row LinkedIn export must land in under a second, so the import
inserts with the DB-API's executemany, like worker/loop.py does on its send path. Values must
already be what the database stores (dates as ISO text work on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection, models


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """`count` fresh primary keys for `model`, to insert rows whose children follow at once.

    Called inside the import's transaction. On SQLite that transaction holds the write lock
    from BEGIN IMMEDIATE (settings.py), so nobody else can take the ids; on PostgreSQL the
    sequence hands them out.
    """
    if count == 0:
        return []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) "
                           "FROM generate_series(1, %s)", [table, count])
            return [row[0] for row in cursor.fetchall()]
        quoted = connection.ops.quote_name(table)
        cursor.execute(f"SELECT MAX(id) FROM {quoted}")  # noqa: S608 - a model's table name
        highest = cursor.fetchone()[0] or 0
        if connection.vendor == "sqlite":
            # AUTOINCREMENT never reuses an id, even of a deleted last row.
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            found = cursor.fetchone()
            highest = max(highest, found[0] if found else 0)
    return list(range(highest + 1, highest + 1 + count))


def insert_rows(model: type[models.Model], columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """INSERT the rows (tuples in the order of `columns`, which are column names)."""
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, list(rows))


def insert_ignoring_duplicates(model: type[models.Model], columns: Sequence[str],
                               rows: Iterable[Sequence[Any]]) -> None:
    """INSERT, skipping rows that a unique constraint already holds."""
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    table = quote(model._meta.db_table)
    if connection.vendor == "sqlite":
        sql = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
    else:
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, list(rows))
