"""Jordan, in Chicago, with one open application: the morning digest's reader."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

CHICAGO = ZoneInfo("America/Chicago")


def chicago(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CHICAGO)


# Monday 3 November 2025, five past nine in Chicago (the day after summer time ended).
MONDAY_0905 = chicago("2025-11-03 09:05")


@pytest.fixture(autouse=True)
def fast_passwords(settings) -> None:  # type: ignore[no-untyped-def]
    # PBKDF2 costs most of a second per account; these tests are not about passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def jordan(owner, make_application):  # type: ignore[no-untyped-def]
    make_application(owner, employer="Larchmont Analytics", role="Data Engineer")
    return owner
