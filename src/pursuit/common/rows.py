"""Many new rows of one model in as few INSERT statements as the database allows.

`QuerySet.bulk_create` builds a placeholder and prepares a value for each field of each row
through several layers of the ORM: for a batch of a thousand messages of twenty-odd columns,
that was two thirds of queueing them (under cProfile, in a one-off run of the queueing that
`bench/bench_send.py` times as part of approved to delivered, where queueing stands between
the user's approval and the first delivery). Here
the statement is built once per batch size, and a value is prepared only where its field
needs it (text goes as it is). Only for models without signals or custom saving: the rows are
the objects' fields, defaults already set when the objects were made, `auto_now_add` filled in
as the ORM would."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db import connection, models

# Fields whose Python values both databases' drivers take as they are. Exact types: a subclass
# may prepare its values its own way.
_AS_IS = {models.CharField, models.TextField, models.BooleanField, models.IntegerField,
          models.PositiveSmallIntegerField, models.PositiveIntegerField, models.BigIntegerField,
          models.SmallIntegerField, models.ForeignKey}


def _preparer(field: models.Field[Any, Any]) -> Callable[[Any], Any] | None:
    """How a value of `field` becomes a query parameter, or None when it goes as it is (a
    foreign key's attname holds the other row's id already)."""
    if type(field) in _AS_IS:
        return None
    return lambda value: field.get_db_prep_save(value, connection)


def insert_rows[M: models.Model](model: type[M], objects: Sequence[M]) -> list[M]:
    """Insert `objects` (new, unsaved) and set their primary keys; returns them."""
    if not objects:
        return []
    opts = model._meta
    fields = [f for f in opts.concrete_fields if not f.primary_key]
    for field in fields:
        if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
            for obj in objects:
                field.pre_save(obj, add=True)
    preparers = [(field.attname, _preparer(field)) for field in fields]
    per_batch = max(1, connection.ops.bulk_batch_size(fields, objects))
    quote = connection.ops.quote_name
    # Only the model's own table and column names go into the text; values are parameters.
    columns = ", ".join(quote(str(f.column)) for f in fields)
    head = f"INSERT INTO {quote(opts.db_table)} ({columns}) VALUES "  # noqa: S608
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    pk = opts.pk
    assert pk is not None
    with connection.cursor() as cursor:
        for start in range(0, len(objects), per_batch):
            batch = objects[start:start + per_batch]
            params: list[Any] = []
            for obj in batch:
                values = obj.__dict__
                params.extend(values[name] if prepare is None else prepare(values[name])
                              for name, prepare in preparers)
            cursor.execute(head + ", ".join([row] * len(batch))  # noqa: S608
                           + f" RETURNING {quote(str(pk.column))}", params)
            for obj, (key,) in zip(batch, cursor.fetchall(), strict=True):
                setattr(obj, pk.attname, key)
                obj._state.adding = False
                obj._state.db = connection.alias
    return list(objects)
