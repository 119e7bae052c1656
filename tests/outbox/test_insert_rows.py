"""`common.rows.insert_rows` (queueing's INSERT) stores what the ORM's bulk_create stores, on
SQLite and on PostgreSQL, across batches of the database's own size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection

from pursuit.common.rows import insert_rows
from pursuit.outbox.models import Message

pytestmark = pytest.mark.django_db


def _messages(owner, n: int, tag: str) -> list[Message]:  # type: ignore[no-untyped-def]
    when = datetime(2026, 12, 7, 8, 30, 15, 123456, tzinfo=UTC)
    return [Message(owner=owner, message_id=f"<{tag}{i}@example.com>", from_name="Jordan Rivera",
                    from_address="jordan@example.com", to_name=f"Zoë Ångström {i}",
                    to_address=f"zoe{i}@example.com", subject=f"Merci — {i}",
                    body=f"Dear Zoë,\n\nThank you ({i}).\n", send_at=when + timedelta(seconds=i),
                    next_attempt_at=when + timedelta(seconds=i), system=bool(i % 2),
                    sent_at=None if i % 3 else when, references="<a@x> <b@x>")
            for i in range(n)]


def _stored(message: Message) -> dict[str, object]:
    row = Message.objects.filter(pk=message.pk).values().get()
    row.pop("id")
    row["message_id"] = str(row["message_id"]).split("@")[0].lstrip("<").lstrip("ab")
    return row


def test_insert_rows_stores_what_bulk_create_stores(owner) -> None:  # type: ignore[no-untyped-def]
    fields = [f for f in Message._meta.concrete_fields if not f.primary_key]
    per_batch = connection.ops.bulk_batch_size(fields, [])
    n = min(per_batch + 7, 3000)  # more than one statement where the database allows
    ours = insert_rows(Message, _messages(owner, n, "a"))
    theirs = Message.objects.bulk_create(_messages(owner, n, "b"))
    assert len({m.pk for m in ours}) == n and all(m.pk for m in ours)
    # Each object got its own row's id (RETURNING order), in the order given.
    assert [Message.objects.get(pk=m.pk).message_id for m in ours] == [m.message_id for m in ours]
    for mine, other in zip(ours[:5] + ours[-5:], theirs[:5] + theirs[-5:], strict=True):
        mine_row, other_row = _stored(mine), _stored(other)
        assert mine_row["created_at"] is not None and other_row["created_at"] is not None
        mine_row.pop("created_at"), other_row.pop("created_at")
        assert mine_row == other_row
    assert not ours[0]._state.adding


def test_insert_rows_with_nothing_does_nothing(owner) -> None:  # type: ignore[no-untyped-def]
    assert insert_rows(Message, []) == []
    assert not Message.objects.exists()
