"""Sign-in attempts are limited per account (and per address)."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from pursuit.accounts import throttle

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
