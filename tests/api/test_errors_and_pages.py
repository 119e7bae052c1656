"""Errors are JSON everywhere; lists are paged with a bounded limit at a fixed query cost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pursuit.api.common import MAX_LIMIT
from pursuit.api.main import api as ninja_api
from tests.api.conftest import Api

pytestmark = pytest.mark.django_db

LISTS = [path for path, ops in ninja_api.get_openapi_schema()["paths"].items()
         if "get" in ops and any(p["name"] == "limit"
                                 for p in ops["get"].get("parameters", []))]


def _url(world, path: str) -> str:  # type: ignore[no-untyped-def]
    return path.format(**world.ids)


def test_every_list_is_paged() -> None:
    """A GET that does not end in an id is a list, and takes limit/offset."""
    schema = ninja_api.get_openapi_schema()["paths"]
    lists = [path for path, ops in schema.items() if "get" in ops and not path.endswith("}")]
    assert sorted(lists) == sorted(LISTS) and len(LISTS) == 6


@pytest.mark.parametrize("path", LISTS)
def test_limit_is_bounded_and_above_the_bound_is_refused(world, api, path) -> None:  # type: ignore[no-untyped-def]
    url = _url(world, path)
    assert api.get(url).json()["limit"] == 50
    assert api.get(url, limit=MAX_LIMIT).status_code == 200
    for bad in (MAX_LIMIT + 1, 0, -1, "ten"):
        response = api.get(url, limit=bad)
        assert response.status_code == 422, bad
        assert response.json()["detail"][0]["loc"] == ["query", "limit"]
    assert api.get(url, offset=-1).status_code == 422


def test_pages_follow_each_other(world, api, make_contact) -> None:  # type: ignore[no-untyped-def]
    for n in range(5):
        make_contact(world.owner, f"Person {n:02}")
    first = api.get("/api/contacts", limit=3).json()
    second = api.get("/api/contacts", limit=3, offset=3).json()
    assert first["count"] == second["count"] == 7
    names = [c["full_name"] for c in first["items"] + second["items"]]
    assert len(names) == len(set(names)) == 6
    assert api.get("/api/contacts", limit=3, offset=9).json()["items"] == []


@pytest.mark.parametrize("path", LISTS)
def test_a_list_costs_the_same_queries_for_many_rows(world, api, path, make_contact,  # type: ignore[no-untyped-def]
                                                     make_application, log_round) -> None:
    url = _url(world, path)
    api.get(url)  # the token's first use of the minute writes last_used_at: not counted
    with CaptureQueriesContext(connection) as few:
        assert api.get(url).status_code == 200
    # More of everything: contacts, applications, rounds (which plan touches), letters.
    from pursuit.letters.services import letter_draft

    for n in range(4):
        people = [make_contact(world.owner, f"Person {n}a"), make_contact(world.owner,
                                                                         f"Person {n}b")]
        # Held rounds in the past (a held round has started): each plans its thank-yous.
        log_round(world.application, world.round.start - timedelta(days=40 - 7 * n), people)
        make_application(world.owner, employer=f"Employer {n}")
    for touch in world.application.touches.filter(type="thank_you_email"):
        letter_draft(owner=world.owner, touch_id=touch.pk)
    with CaptureQueriesContext(connection) as many:
        assert api.get(url).status_code == 200
    assert len(many) == len(few), (path, [q["sql"][:80] for q in many.captured_queries])


# --- Errors -----------------------------------------------------------------------------------

def test_errors_are_json_with_a_detail(world, api) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (Api(), "GET", "/api/contacts", None, 401),
        (Api(world.read_token), "POST", "/api/contacts", {"full_name": "A"}, 403),
        (api, "GET", "/api/contacts/987654", None, 404),
        (api, "GET", "/api/no-such-thing", None, 404),
        (api, "GET", "/api/contacts/", None, 404),
        (api, "DELETE", "/api/contacts", None, 405),
        (api, "POST", "/api/contacts", {"full_name": 12}, 422),
        (api, "GET", "/api/contacts/not-a-number", None, 422),
        (api, "POST", f"/api/touches/{world.touch.pk}/snooze", {"until": "2000-01-01"}, 400),
    ]
    for client, method, path, body, status in cases:
        response = client.call(method, path, body)
        assert response.status_code == status, (method, path, response.content[:200])
        assert response["Content-Type"].startswith("application/json"), (method, path)
        assert response.json()["detail"], (method, path)


def test_a_refused_value_names_its_field(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post(f"/api/touches/{world.touch.pk}/snooze", {"until": "2000-01-01"})
    assert response.json() == {"detail": "snooze to a day after the touch is due",
                               "field": "until"}


def test_invalid_input_lists_each_problem(api) -> None:  # type: ignore[no-untyped-def]
    response = api.post("/api/applications", {"role": "", "stage": "hired"})
    locations = {tuple(e["loc"]) for e in response.json()["detail"]}
    assert {("body", "data", "employer"), ("body", "data", "role"),
            ("body", "data", "stage")} <= locations


def test_a_body_that_is_not_json_is_refused(api) -> None:  # type: ignore[no-untyped-def]
    response = api.client.post("/api/contacts", "{not json", content_type="application/json",
                               headers=api.headers)
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


def test_dates_out_of_the_planners_range_are_refused(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post(f"/api/touches/{world.touch.pk}/snooze", {"until": "9999-12-31"})
    assert response.status_code == 422


def test_a_bug_still_answers_json(world, api, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pursuit.api import selectors

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(selectors, "contacts", broken)
    response = api.get("/api/contacts")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error: see the server log"}


def test_a_write_renews_the_cached_pages(world, api) -> None:  # type: ignore[no-untyped-def]
    from django.core.cache import cache

    from pursuit.common.pagecache import _version_key

    cache.set(_version_key(world.owner), 1, None)
    api.get("/api/contacts")
    assert cache.get(_version_key(world.owner)) == 1
    api.post(f"/api/touches/{world.touch.pk}/complete", {})
    assert cache.get(_version_key(world.owner)) != 1
