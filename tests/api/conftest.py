"""Personas and a small world for the API tests: an owner with one interviewed application
(touches planned, a letter drafted), an outsider, and their tokens."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.api.services import token_create
from pursuit.cadence.models import Touch
from pursuit.cadence.services import event_record
from pursuit.contacts.models import Contact
from pursuit.letters.models import Letter
from pursuit.letters.services import letter_draft
from pursuit.pipeline.models import Application, Event, Round
from tests.web.conftest import (  # noqa: F401  (autouse fixtures shared with the web tests)
    _fast_passwords,
    _private_cache,
)


class Api:
    """A client of the API as one caller: a token, a signed-in browser, or nobody."""

    def __init__(self, token: str | None = None, *, client: Client | None = None) -> None:
        self.client = client or Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        send = getattr(self.client, method.lower())
        if method.upper() in ("GET", "DELETE"):
            return send(path, params or None, headers=self.headers)
        return send(path, json.dumps(body if body is not None else {}),
                    content_type="application/json", headers=self.headers)

    def get(self, path: str, **params: Any) -> Any:
        return self.call("GET", path, **params)

    def post(self, path: str, body: Any = None) -> Any:
        return self.call("POST", path, body)

    def patch(self, path: str, body: Any = None) -> Any:
        return self.call("PATCH", path, body)


@dataclass
class World:
    owner: User
    outsider: User
    application: Application
    round: Round
    hiring_manager: Contact
    colleague: Contact
    event: Event
    touch: Touch  # a planned thank-you e-mail to the hiring manager
    letter: Letter  # its draft
    token: str  # the owner's read-write token
    read_token: str  # the owner's read-only token
    outsider_token: str  # the outsider's read-write token

    @property
    def ids(self) -> dict[str, int]:
        """One object of the owner for each kind of id a path takes."""
        return {"application_id": self.application.pk, "round_id": self.round.pk,
                "contact_id": self.colleague.pk, "touch_id": self.touch.pk,
                "letter_id": self.letter.pk}


@pytest.fixture
def world(owner, make_user, make_contact, make_application, log_round) -> World:  # type: ignore[no-untyped-def]
    now = timezone.now()
    application = make_application(owner, employer="Larchmont Analytics", role="Data Engineer",
                                   mailing_address="200 W Madison St\nChicago, IL 60606")
    priya = make_contact(owner, "Priya Raman", title="Data Platform Manager",
                         company="Larchmont Analytics")
    sam = make_contact(owner, "Sam Chen", company="Larchmont Analytics")
    round_ = log_round(application, now - timedelta(days=1), [priya, sam])
    event = event_record(owner=application.owner, application_id=application.pk,
                         type="interviewer_replied",
                         at=now - timedelta(hours=2), by_contact_id=priya.pk,
                         summary="Thanks, in touch.")
    touch = Touch.objects.get(application=application, type="thank_you_email", contact=priya)
    letter = letter_draft(owner=owner, touch_id=touch.pk)
    outsider = make_user("outsider@example.com", full_name="Olive Outsider")
    _, token = token_create(owner=owner, name="script", scope="read_write")
    _, read_token = token_create(owner=owner, name="dashboard", scope="read")
    _, outsider_token = token_create(owner=outsider, name="hers", scope="read_write")
    return World(owner, outsider, application, round_, priya, sam, event, touch, letter, token,
                 read_token, outsider_token)


@pytest.fixture
def api(world: World) -> Api:
    return Api(world.token)
