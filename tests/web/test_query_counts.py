"""Today and the board cost a fixed number of SQL queries, whatever the size of the account."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.web.conftest import signed_in
from tests.web.heavy import SMALL, Size, build_account

BIGGER = Size(contacts=600, applications=90, touches=3600, open_applications=30, due_today=20)


def _queries(client, url: str) -> int:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_today_and_board_do_not_grow_with_the_account(make_user) -> None:  # type: ignore[no-untyped-def]
    small, bigger = make_user(), make_user()
    build_account(small, SMALL, now=timezone.now())
    build_account(bigger, BIGGER, now=timezone.now())
    for name in ("today", "board", "applications", "contacts"):
        url = reverse(name)
        counts = [_queries(signed_in(user), url) for user in (small, bigger)]
        assert counts[0] == counts[1], (name, counts)
