"""Who may call what, generated from the OpenAPI schema: an operation is covered the day it is
added (a test fails until it has an example body below).

For every operation and the owner's object in its path:
- the owner (read-write token) gets a 2xx;
- another user gets 404 on every path that names an object, and nothing changes;
- an anonymous caller gets 401, and so does a revoked token;
- a read-only token gets 403 on every write and changes nothing, and 200 on every read.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from pursuit.api.main import api as ninja_api
from pursuit.api.models import PersonalAccessToken
from pursuit.api.services import token_revoke
from tests.api.conftest import Api, World

SCHEMA = ninja_api.get_openapi_schema()
OPERATIONS = [(method.upper(), path) for path, ops in SCHEMA["paths"].items() for method in ops]
WRITES = [op for op in OPERATIONS if op[0] != "GET"]
WITH_ID = [op for op in OPERATIONS if "{" in op[1]]

# A valid body for each write: what the owner sends to get a 2xx.
BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/api/contacts"): {"full_name": "Mallory Example", "emails": ["m@example.com"]},
    ("PATCH", "/api/contacts/{contact_id}"): {"title": "Staff Engineer"},
    ("POST", "/api/applications"): {"employer": "Acme", "role": "Analyst"},
    ("PATCH", "/api/applications/{application_id}"): {"notes": "Met at a meetup",
                                                      "stage": "offer"},
    ("POST", "/api/applications/{application_id}/rounds"): {
        "start": "2030-03-04T10:00:00-06:00", "end": "2030-03-04T11:00:00-06:00",
        "timezone": "America/Chicago", "status": "scheduled",
        "interviewers": [{"contact_id": "{contact_id}"}]},
    ("PATCH", "/api/rounds/{round_id}"): {"status": "no_show"},
    ("POST", "/api/touches/{touch_id}/complete"): {"note": "sent from my phone"},
    ("POST", "/api/touches/{touch_id}/skip"): {"reason": "said thanks in person"},
    ("POST", "/api/touches/{touch_id}/snooze"): {"until": "2099-01-05"},
    ("POST", "/api/applications/{application_id}/events"): {
        "type": "interviewer_replied", "at": "2030-01-01T10:00:00Z"},
    ("POST", "/api/touches/{touch_id}/letter"): {},
    ("POST", "/api/letters/{letter_id}/proofread"): {"body": "Dear Priya,\n\nThank you.\n"},
    ("POST", "/api/letters/{letter_id}/dismiss"): {"key": "{finding_key}"},
    ("POST", "/api/letters/{letter_id}/approve"): {"send": "morning"},
}


def _fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str):
        match = re.fullmatch(r"\{(\w+)\}", value)
        if match:
            return ids[match.group(1)]
        return re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), value)
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


def _request(world: World, method: str, path: str) -> tuple[str, Any]:
    ids: dict[str, Any] = dict(world.ids)
    if (method, path) == ("POST", "/api/letters/{letter_id}/dismiss"):
        # A finding to dismiss: a misspelling put in the draft.
        found = Api(world.token).post(f"/api/letters/{world.letter.pk}/proofread",
                                      {"body": world.letter.body + "\nThank yuo again.\n"})
        ids["finding_key"] = found.json()["findings"][0]["key"]
    return _fill(path, ids), _fill(BODIES.get((method, path)), ids)


def _snapshot(world: World) -> list[tuple[Any, ...]]:
    from pursuit.cadence.models import Touch
    from pursuit.contacts.models import Contact, ContactEmail
    from pursuit.letters.models import Letter
    from pursuit.outbox.models import Message
    from pursuit.pipeline.models import Application, Event, Interviewer, Round

    rows: list[tuple[Any, ...]] = []
    for model in (Application, Round, Interviewer, Contact, ContactEmail, Touch, Event, Letter,
                  Message):
        rows.extend(model.objects.filter(owner=world.owner).order_by("pk").values_list())
    return rows


def test_every_write_has_an_example_body() -> None:
    assert set(WRITES) == set(BODIES), "add an example body for the new operation"
    assert len(OPERATIONS) >= 24


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=lambda v: str(v))
def test_the_owner_is_answered(world, method, path) -> None:  # type: ignore[no-untyped-def]
    url, body = _request(world, method, path)
    response = Api(world.token).call(method, url, body)
    assert 200 <= response.status_code < 300, (method, path, response.content[:500])
    assert response["Content-Type"] == "application/json; charset=utf-8"


@pytest.mark.parametrize(("method", "path"), WITH_ID, ids=lambda v: str(v))
def test_another_users_object_is_a_404(world, method, path) -> None:  # type: ignore[no-untyped-def]
    url, body = _request(world, method, path)
    before = _snapshot(world)
    response = Api(world.outsider_token).call(method, url, body)
    assert response.status_code == 404, (method, path, response.content[:300])
    assert response.json()["detail"]
    assert _snapshot(world) == before


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=lambda v: str(v))
def test_anonymous_callers_get_a_401(world, method, path) -> None:  # type: ignore[no-untyped-def]
    url, body = _request(world, method, path)
    before = _snapshot(world)
    response = Api().call(method, url, body)
    assert response.status_code == 401, (method, path)
    assert response.json() == {"detail": "Unauthorized"}
    assert _snapshot(world) == before


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=lambda v: str(v))
def test_a_revoked_token_gets_a_401(world, method, path) -> None:  # type: ignore[no-untyped-def]
    url, body = _request(world, method, path)
    token = PersonalAccessToken.objects.get(owner=world.owner, scope="read_write")
    token_revoke(owner=world.owner, token_id=token.pk)
    assert Api(world.token).call(method, url, body).status_code == 401


@pytest.mark.parametrize(("method", "path"), WRITES, ids=lambda v: str(v))
def test_a_read_only_token_cannot_write(world, method, path) -> None:  # type: ignore[no-untyped-def]
    url, body = _request(world, method, path)
    before = _snapshot(world)
    response = Api(world.read_token).call(method, url, body)
    assert response.status_code == 403, (method, path)
    assert "read-only" in response.json()["detail"]
    assert _snapshot(world) == before


@pytest.mark.parametrize(("method", "path"), [op for op in OPERATIONS if op[0] == "GET"],
                         ids=lambda v: str(v))
def test_a_read_only_token_reads(world, method, path) -> None:  # type: ignore[no-untyped-def]
    url, _ = _request(world, method, path)
    assert Api(world.read_token).call(method, url).status_code == 200


@pytest.mark.parametrize(("method", "path"), WITH_ID, ids=lambda v: str(v))
def test_an_id_that_does_not_exist_is_a_404_too(world, method, path) -> None:  # type: ignore[no-untyped-def]
    """The same answer as for another user's object: ids tell nothing."""
    url, body = _request(world, method, path)
    url = re.sub(r"/\d+(/|$)", r"/987654\1", url)
    response = Api(world.token).call(method, url, body)
    assert response.status_code == 404, (method, path)


# --- The coaching personas (tests/coaching/conftest.py names them) ----------------------------
# A coach reads a candidate only through the coach's pages; the API serves each caller their
# own data, so the owner's coach is answered exactly like a stranger.

@pytest.fixture
def coach_tokens(world, make_user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from pursuit.api.services import token_create
    from tests.coaching.conftest import COACH, OTHER_CANDIDATE, OTHER_COACH, make_link

    coach = make_user("coach@example.com", full_name="Casey Coach", is_coach=True)
    other_coach = make_user("other.coach@example.com", full_name="Otto Coach", is_coach=True)
    other_candidate = make_user("other.candidate@example.com", full_name="Olive Candidate")
    make_link(world.owner, coach, share_letters=True)
    make_link(other_candidate, other_coach)
    return {persona: token_create(owner=user, name="t", scope="read_write")[1]
            for persona, user in ((COACH, coach), (OTHER_COACH, other_coach),
                                  (OTHER_CANDIDATE, other_candidate))}


@pytest.mark.parametrize("persona", ["their_coach", "another_coach", "another_candidate"])
@pytest.mark.parametrize(("method", "path"), WITH_ID, ids=lambda v: str(v))
def test_coaches_and_candidates_get_a_404_for_the_owners_objects(  # type: ignore[no-untyped-def]
        world, coach_tokens, persona, method, path) -> None:
    url, body = _request(world, method, path)
    before = _snapshot(world)
    response = Api(coach_tokens[persona]).call(method, url, body)
    assert response.status_code == 404, (persona, method, path, response.content[:300])
    assert _snapshot(world) == before


@pytest.mark.parametrize("persona", ["their_coach", "another_coach", "another_candidate"])
@pytest.mark.parametrize(("method", "path"), [op for op in OPERATIONS
                                              if op[0] == "GET" and "{" not in op[1]],
                         ids=lambda v: str(v))
def test_lists_show_coaches_none_of_the_owners_data(  # type: ignore[no-untyped-def]
        world, coach_tokens, persona, method, path) -> None:
    response = Api(coach_tokens[persona]).call(method, path)
    assert response.status_code == 200, (persona, path)
    body = response.content.decode()
    assert "Larchmont" not in body and "Priya" not in body, (persona, path)


def test_the_owners_lists_hold_the_markers_the_test_above_looks_for(world) -> None:  # type: ignore[no-untyped-def]
    for path in ("/api/applications", "/api/contacts", "/api/touches"):
        body = Api(world.token).call("GET", path).content.decode()
        assert "Larchmont" in body or "Priya" in body, path
