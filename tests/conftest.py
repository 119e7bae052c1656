"""Builders shared by the tests: tiny `make_*` functions that read as a story."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def run_pursuit(*args: str, home: Path, stdin: str | None = None,
                extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `pursuit` console script in a fresh process with its own data directory."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PURSUIT_HOME"] = str(home)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "pursuit.cli.main", *args], input=stdin, capture_output=True,
        text=True, env=env, timeout=300, check=False,
    )


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Each test starts with an empty cache: sign-in throttling and cached pages live there."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def pursuit_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


CHICAGO = ZoneInfo("America/Chicago")


def at(text: str, tz: ZoneInfo = CHICAGO) -> datetime:
    """'2025-10-17 15:00' in a timezone (Chicago unless told)."""
    return datetime.fromisoformat(text).replace(tzinfo=tz)


@pytest.fixture
def make_user(db):  # type: ignore[no-untyped-def]
    from pursuit.accounts.models import User

    counter = iter(range(1, 10_000))

    def make(email: str | None = None, **fields):  # type: ignore[no-untyped-def]
        n = next(counter)
        return User.objects.create_user(email or f"user{n}@example.com", "correct horse 42",
                                        **fields)

    return make


@pytest.fixture
def owner(make_user):  # type: ignore[no-untyped-def]
    """Jordan, who made this Pursuit on first run: the instance's owner as well (as on a
    laptop), so the pages only an instance owner has are covered with everything else."""
    return make_user("owner@example.com", full_name="Jordan Rivera", timezone="America/Chicago",
                     is_superuser=True, is_staff=True)


@pytest.fixture
def make_contact(db):  # type: ignore[no-untyped-def]
    from pursuit.contacts.services import AddressIn, ContactIn, contact_create

    def make(owner, name: str, email: str | None = "auto", *, title: str = "",  # type: ignore[no-untyped-def]
             street: str = "", tz: str = "", company: str = ""):
        if email == "auto":
            email = name.lower().replace(" ", ".").replace("'", "") + "@example.com"
        return contact_create(owner=owner, data=ContactIn(
            full_name=name, title=title, company=company, timezone=tz,
            emails=(email,) if email else (),
            addresses=(AddressIn(street=street, city="Chicago", region="IL",
                                 postal_code="60606"),) if street else (),
        ))

    return make


@pytest.fixture
def make_application(db):  # type: ignore[no-untyped-def]
    from pursuit.pipeline.services import application_create

    def make(owner, employer: str = "Larchmont Analytics", role: str = "Data Engineer",  # type: ignore[no-untyped-def]
             **fields):
        return application_create(owner=owner, employer=employer, role=role, **fields)

    return make


@pytest.fixture
def log_round(db):  # type: ignore[no-untyped-def]
    from pursuit.cadence.services import PersonIn, round_log

    def log(application, start: datetime, interviewers, *, hours: float = 1,  # type: ignore[no-untyped-def]
            tz: str = "America/Chicago", status: str = "held", hiring_manager_first: bool = True):
        return round_log(
            owner=application.owner, application_id=application.pk, start=start,
            end=start + timedelta(hours=hours), timezone=tz, status=status,
            people=[PersonIn(contact_id=c.pk, hiring_manager=hiring_manager_first and n == 0,
                             topics=[f"topic {n}"])
                    for n, c in enumerate(interviewers)],
        )

    return log


def sent_mail() -> list:  # type: ignore[type-arg]
    """What the instance's mailer has delivered (Django's test outbox) once the worker has run:
    mail is a row of the outbox until the worker sends it, never sent inside a request."""
    from django.core import mail

    from pursuit.worker.loop import Worker

    Worker(idle_sleep=0).run(once=True)
    return list(mail.outbox)
