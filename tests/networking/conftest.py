"""Personas for the networking tests: an owner, an outsider, signed-in clients."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.fixture
def client_of(db):  # type: ignore[no-untyped-def]
    def make(user) -> Client:  # type: ignore[no-untyped-def]
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def outsider(make_user):  # type: ignore[no-untyped-def]
    return make_user("outsider@example.com", full_name="Olive Outsider")


@pytest.fixture(autouse=True)
def _fast_passwords_and_private_cache(settings) -> None:  # type: ignore[no-untyped-def]
    from django.core.cache import cache

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
