"""A small world for the letter tests: a panel interview at Larchmont Analytics held yesterday
with three people, the candidate's strengths, a reference, and an outsider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from pursuit.accounts.models import Strength, User
from pursuit.cadence.models import Touch
from pursuit.cadence.services import PersonIn, reference_add, round_log
from pursuit.contacts.models import Contact
from pursuit.contacts.services import AddressIn, ContactIn, contact_create
from pursuit.pipeline.models import Application, Round

STRENGTHS = [
    ("cut cloud costs 30% at Acme", "Moved batch jobs to spot instances and right-sized clusters",
     "cloud cost aws kubernetes terraform"),
    ("built a real-time data platform", "Kafka and PostgreSQL pipeline serving 2,000 dashboards",
     "data pipeline kafka postgresql streaming analytics"),
    ("led a team of five engineers", "Hired and mentored five engineers over two years",
     "leadership mentoring hiring team"),
]
PANEL = [
    # name, prefix, title, topics, card address
    ("Adaeze Okonkwo", "Dr.", "VP, Research", ["real-time analytics roadmap", "team growth"],
     "200 W Madison St, Suite 1400"),
    ("Siobhan O'Sullivan", "", "Staff Data Engineer",
     ["Kafka to PostgreSQL pipeline", "data quality checks"], ""),
    ("Minh Nguyen", "", "Engineering Manager", ["on-call practices", "mentoring"], ""),
]


@dataclass
class Panel:
    owner: User
    application: Application
    round: Round
    people: list[Contact]
    reference: Contact

    def thank_you(self, person: Contact) -> Touch:
        return Touch.objects.get(application=self.application, contact=person,
                                 type__in=["thank_you_email", "thank_you_letter"])

    def touch(self, type_: str) -> Touch:
        return Touch.objects.filter(application=self.application, type=type_).order_by(
            "due_on", "id").first()  # type: ignore[return-value]


def person(owner: User, name: str, *, prefix: str = "", title: str = "",
           company: str = "Larchmont Analytics", street: str = "",
           email: bool = True) -> Contact:
    return contact_create(owner=owner, data=ContactIn(
        full_name=name, prefix=prefix, title=title, company=company,
        emails=(name.lower().replace(" ", ".").replace("'", "") + "@larchmont.example",)
        if email else (),
        addresses=(AddressIn(street=street, city="Chicago", region="IL",
                             postal_code="60606"),) if street else (),
    ))


@pytest.fixture
def panel(make_user, make_application) -> Panel:  # type: ignore[no-untyped-def]
    owner = make_user("jordan@example.com", full_name="Jordan Rivera",
                      timezone="America/Chicago", phone="+1 312 555 0100",
                      return_address="1520 N Damen Ave\nChicago, IL 60622")
    for phrase, evidence, keywords in STRENGTHS:
        Strength.objects.create(owner=owner, phrase=phrase, evidence=evidence, keywords=keywords)
    application = make_application(owner, employer="Larchmont Analytics",
                                   role="Senior Data Engineer")
    make_application(owner, employer="Bellweather Freight", role="Platform Engineer")
    people = [person(owner, name, prefix=prefix, title=title, street=street)
              for name, prefix, title, _, street in PANEL]
    start = timezone.now() - timedelta(days=1)
    round_ = round_log(
        owner=owner, application_id=application.pk, start=start,
        end=start + timedelta(hours=2), timezone="America/Chicago", format="panel",
        people=[PersonIn(contact_id=c.pk, hiring_manager=n == 0, topics=PANEL[n][3])
                for n, c in enumerate(people)])
    tom = person(owner, "Tom Alvarez", title="Former manager", company="Acme Cloud")
    reference_add(owner=owner, application_id=application.pk, contact_id=tom.pk,
                  relationship="Former manager")
    return Panel(owner, application, round_, people, tom)


@pytest.fixture
def outsider(make_user) -> User:  # type: ignore[no-untyped-def]
    return make_user("outsider@example.com", full_name="Olive Outsider")


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _fast_passwords_and_cache(settings) -> None:  # type: ignore[no-untyped-def]
    from django.core.cache import cache

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
