"""The 404 and 500 pages look like the app and lead home (issue 16, point 5)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse


def test_an_unknown_address_gets_the_apps_404_page(client, owner, settings) -> None:  # type: ignore[no-untyped-def]
    settings.DEBUG = False
    for signed_in in (False, True):
        if signed_in:
            client.force_login(owner)
        response = client.get("/no/such/page/")
        assert response.status_code == 404
        page = response.content.decode()
        assert "<h1>Page not found</h1>" in page
        assert f'href="{reverse("today")}">Back to Today</a>' in page
        assert 'name="viewport"' in page and "pursuit/app" in page  # readable on a phone, styled


def test_the_500_page_stands_alone_with_the_apps_style_and_a_way_home(db) -> None:  # type: ignore[no-untyped-def]
    # Rendered as Django renders it after an error: no request, no context processors.
    page = render_to_string("500.html")
    assert "<h1>Something went wrong</h1>" in page
    assert 'href="/">Back to Today</a>' in page
    assert 'name="viewport"' in page and "pursuit/app" in page and ".css" in page
