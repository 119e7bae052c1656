"""Personas and a small world for the web tests: an owner with one interviewed application,
and an outsider who must never see any of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from pursuit.accounts.models import Strength, User
from pursuit.cadence.models import Touch
from pursuit.cadence.services import event_record, reference_add
from pursuit.contacts.models import Contact
from pursuit.pipeline.models import Application, Interviewer, Round


@dataclass
class World:
    owner: User
    application: Application
    round: Round
    hiring_manager: Contact
    colleague: Contact
    reference: Contact
    strength: Strength

    def touch(self, type_: str) -> Touch:
        return Touch.objects.filter(application=self.application, type=type_,
                                    status="planned").order_by("due_on", "id").first()  # type: ignore[return-value]

    @property
    def interviewer(self) -> Interviewer:
        return self.round.interviewers.order_by("position").first()  # type: ignore[return-value]


@pytest.fixture
def world(owner, make_contact, make_application, log_round) -> World:  # type: ignore[no-untyped-def]
    """An interview held yesterday with two people: thank-yous are due today."""
    now = timezone.now()
    application = make_application(owner, employer="Larchmont Analytics", role="Data Engineer",
                                   mailing_address="200 W Madison St\nChicago, IL 60606")
    priya = make_contact(owner, "Priya Raman", title="Data Platform Manager",
                         company="Larchmont Analytics")
    sam = make_contact(owner, "Sam Chen", company="Larchmont Analytics")
    tom = make_contact(owner, "Tom Alvarez", title="Former manager")
    reference_add(owner=application.owner, application_id=application.pk, contact_id=tom.pk,
                  relationship="former manager")
    round_ = log_round(application, now - timedelta(days=8), [priya, sam])
    event_record(owner=application.owner, application_id=application.pk,
                 type="interviewer_replied",
                 at=now - timedelta(hours=2), by_contact_id=priya.pk,
                 summary="Thanks, we'll be in touch.")
    strength = Strength.objects.create(owner=owner, phrase="cut cloud costs 30% at Acme")
    return World(owner, application, round_, priya, sam, tom, strength)


@pytest.fixture
def outsider(make_user) -> User:  # type: ignore[no-untyped-def]
    return make_user("outsider@example.com", full_name="Olive Outsider")


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def owner_client(owner) -> Client:  # type: ignore[no-untyped-def]
    return signed_in(owner)


@pytest.fixture
def outsider_client(outsider) -> Client:  # type: ignore[no-untyped-def]
    return signed_in(outsider)


@pytest.fixture(autouse=True)
def _fast_passwords(settings) -> None:  # type: ignore[no-untyped-def]
    """The real hasher costs ~0.3 s a password by design; these tests are not about it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _private_cache(settings) -> None:  # type: ignore[no-untyped-def]
    """Each test gets an empty in-memory cache (the app's file cache lives in the data dir)."""
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
