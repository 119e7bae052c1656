"""A small world for the calendar: Jordan in Chicago interviews twice around the end of
daylight-saving time, once with a hiring manager who lives in London."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.pipeline.models import Application, Round

LONDON = ZoneInfo("Europe/London")
CHICAGO = ZoneInfo("America/Chicago")
# Wednesday 29 October 2025, 12:00 in Chicago: London has left summer time (26 Oct), Chicago
# has not yet (2 Nov), so they are five hours apart this week and six the next.
NOW = datetime(2025, 10, 29, 17, 0, tzinfo=UTC)


@dataclass
class World:
    owner: User
    application: Application
    first: Round  # held Friday 24 Oct, 14:00-15:00 Chicago, with Priya (London)
    second: Round  # scheduled Monday 3 Nov, 10:00-11:00 Chicago: after the DST change
    priya: Contact

    def touch(self, type_: str, round_: Round | None = None) -> Touch:
        rows = Touch.objects.filter(application=self.application, type=type_)
        if round_ is not None:
            rows = rows.filter(round=round_)
        return rows.order_by("due_on", "id").get()


@pytest.fixture(autouse=True)
def fast_passwords(settings) -> None:  # type: ignore[no-untyped-def]
    # PBKDF2 costs most of a second per account; these tests are not about passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """Time stands still at NOW for the code under test (the feed reads the clock once)."""
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    return NOW


@pytest.fixture
def world(owner, make_contact, make_application, log_round, frozen) -> World:  # type: ignore[no-untyped-def]
    application = make_application(owner, employer="Larchmont Analytics", role="Data Engineer")
    priya = make_contact(owner, "Priya Raman", title="VP, Research", tz="Europe/London")
    first = log_round(application, datetime(2025, 10, 24, 14, tzinfo=CHICAGO), [priya])
    second = log_round(application, datetime(2025, 11, 3, 10, tzinfo=CHICAGO), [priya],
                       status="scheduled")
    return World(owner, application, first, second, priya)


@pytest.fixture
def anonymous() -> Client:
    return Client()


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client
