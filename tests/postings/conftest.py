from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postings.site import Site, job_site


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    with job_site() as running:
        yield running


@pytest.fixture
def outsider_client(make_user):  # type: ignore[no-untyped-def]
    from django.test import Client

    client = Client()
    client.force_login(make_user("outsider@example.com"))
    return client
