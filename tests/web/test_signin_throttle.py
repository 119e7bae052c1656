"""Sign-in attempts are limited per account (and per address), counted in the database before
the password is checked; password-reset e-mails are limited per account and per address."""

from __future__ import annotations

import http.cookiejar
import os
import re
import threading
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pursuit.accounts import throttle
from pursuit.accounts.models import Throttle
from tests.conftest import run_pursuit
from tests.server import running_server
from tests.web.counting_hasher import LOG

PASSWORD = "correct horse 42"  # the builders' password (tests/conftest.py)


def sign_in(client: Client, email: str, password: str) -> str:
    return client.post(reverse("login"), {"username": email, "password": password}).content.decode()


def test_after_too_many_failures_even_the_right_password_waits(owner, make_user) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    for _ in range(throttle.PER_ACCOUNT):
        assert "Too many failed sign-ins" not in sign_in(client, owner.email, "wrong password")
    refused = client.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    assert refused.status_code == 200 and "Too many failed sign-ins" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Someone else signing in from the same address is not locked out by it.
    other = make_user("someone@example.com")
    assert Client().post(reverse("login"), {"username": other.email,
                                            "password": PASSWORD}).status_code == 302


def test_a_success_clears_the_count(owner) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    for _ in range(throttle.PER_ACCOUNT - 1):
        sign_in(client, owner.email, "wrong password")
    assert client.post(reverse("login"), {"username": owner.email,
                                          "password": PASSWORD}).status_code == 302
    client.logout()
    for _ in range(throttle.PER_ACCOUNT - 1):
        sign_in(client, owner.email, "wrong password")
    assert client.post(reverse("login"), {"username": owner.email,
                                          "password": PASSWORD}).status_code == 302


# --- Counted in the database before the password is checked (issue 13) -------------------------

def test_the_count_is_taken_atomically_and_windows_end(db) -> None:  # type: ignore[no-untyped-def]
    start = timezone.now()
    assert [throttle.take("k", 3, timedelta(minutes=1), now=start) for _ in range(5)] \
        == [True, True, True, False, False]
    later = start + timedelta(minutes=1)  # the window ended: a new one starts with this use
    assert throttle.take("k", 3, timedelta(minutes=1), now=later)
    assert Throttle.objects.get(key="k").count == 1


def test_windows_that_ended_are_deleted(db) -> None:  # type: ignore[no-untyped-def]
    long_ago = timezone.now() - timedelta(days=1)
    Throttle.objects.bulk_create([Throttle(key=f"old{n}", count=5, expires_at=long_ago)
                                  for n in range(100)])
    assert throttle.take("signin:address:203.0.113.9", 30, throttle.WINDOW)
    assert list(Throttle.objects.values_list("key", flat=True)) == ["signin:address:203.0.113.9"]


def test_the_address_counts_failures_only(owner) -> None:  # type: ignore[no-untyped-def]
    """An office behind one address signs in all day: successes give their count back."""
    for _ in range(throttle.PER_ADDRESS + 5):
        assert Client().post(reverse("login"), {"username": owner.email,
                                                "password": PASSWORD}).status_code == 302
    assert Throttle.objects.get(key="signin:address:127.0.0.1").count == 0


def test_reset_emails_are_limited_per_account(owner) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    for _ in range(10):
        response = client.post(reverse("password_reset"), {"email": owner.email})
        assert response.status_code == 302  # the same answer every time: nothing to learn
    assert len(mail.outbox) == throttle.RESETS_PER_ACCOUNT


def test_reset_requests_are_limited_per_address(make_user) -> None:  # type: ignore[no-untyped-def]
    people = [make_user(f"person{n}@example.com") for n in range(throttle.RESETS_PER_ADDRESS + 3)]
    office, home = Client(REMOTE_ADDR="198.51.100.7"), Client(REMOTE_ADDR="203.0.113.4")
    for person in people:
        office.post(reverse("password_reset"), {"email": person.email})
    assert len(mail.outbox) == throttle.RESETS_PER_ADDRESS
    home.post(reverse("password_reset"), {"email": people[-1].email})
    assert len(mail.outbox) == throttle.RESETS_PER_ADDRESS + 1
    assert mail.outbox[-1].to == [people[-1].email]


def _guess(base: str, email: str, password: str, ready: threading.Barrier) -> str:
    """One browser: the sign-in page (its CSRF token), then, with all the others, a guess."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + "/login/", timeout=60) as page:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode())
    assert token
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "username": email,
                                   "password": password}).encode()
    request = urllib.request.Request(base + "/login/", data=body,  # noqa: S310 (our server)
                                     headers={"Referer": base + "/login/"})
    ready.wait(timeout=120)
    with opener.open(request, timeout=120) as answer:
        text = answer.read().decode()
    if "Too many failed sign-ins" in text:
        return "throttled"
    return "wrong" if "correct e-mail address and password" in text.replace("&#x27;", "'") \
        else "other"


POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


@pytest.mark.parametrize("database", [
    "sqlite",
    pytest.param("postgres", marks=[pytest.mark.postgres, pytest.mark.skipif(
        not POSTGRES, reason="needs the suite's PostgreSQL server (DATABASE_URL)")]),
])
def test_fifty_simultaneous_wrong_passwords_get_exactly_the_limit_of_checks(
        tmp_path: Path, database: str) -> None:
    """A real `pursuit serve` (4 web processes of 4 threads) with a password hasher that notes
    each check in a file; fifty browsers send a wrong password at the same moment."""
    home, log = tmp_path / "home", tmp_path / "checks.log"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if database == "postgres" or k != "DATABASE_URL"}
    email = f"race-{uuid.uuid4().hex[:8]}@example.com"
    created = run_pursuit("createuser", email, "--password-stdin", home=home,
                          stdin="correct horse battery 42\n",
                          extra_env={"DATABASE_URL": env["DATABASE_URL"]}
                          if database == "postgres" else None)
    assert created.returncode == 0, created.stderr
    env[LOG] = str(log)
    with running_server(home, "--workers", "4", env=env,
                        settings="tests.web.counting_settings") as base:
        ready = threading.Barrier(50)
        with ThreadPoolExecutor(max_workers=50) as pool:
            answers = list(pool.map(lambda _: _guess(base, email, "wrong password", ready),
                                    range(50)))
        assert sorted(set(answers)) == ["throttled", "wrong"], answers
        assert answers.count("wrong") == throttle.PER_ACCOUNT
        assert len(log.read_text().splitlines()) == throttle.PER_ACCOUNT
        # Now even the right password waits, and is not checked either.
        assert _guess(base, email, "correct horse battery 42", threading.Barrier(1)) \
            == "throttled"
    assert len(log.read_text().splitlines()) == throttle.PER_ACCOUNT
