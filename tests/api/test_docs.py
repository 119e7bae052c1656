"""The API's docs: served by the app itself (no CDN), under the app's unchanged CSP."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.test import Client

from tests.server import running_server

CHROMIUM = os.environ.get("PURSUIT_CHROMIUM", "/usr/bin/chromium")


def test_the_docs_page_uses_local_assets_and_no_inline_script(db) -> None:  # type: ignore[no-untyped-def]
    response = Client().get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    # Swagger UI's own files, and our stylesheet that fits it to a phone: all local.
    assert sources and all(s.startswith(("/static/ninja/", "/static/api/docs."))
                           for s in sources), sources
    assert '<html lang="en">' in html and 'name="viewport"' in html
    for tag in re.findall(r"<script[^>]*>", html):
        # Data for the page (type application/json) is not run; everything run has a src.
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert "on" + "load=" not in html and "onclick=" not in html
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split(
        "style-src-attr")[0]
    for asset in ("/static/ninja/swagger-ui-bundle.js", "/static/ninja/swagger-ui-init.js",
                  "/static/ninja/swagger-ui.css"):
        assert Client().get(asset).status_code == 200, asset


def test_the_schema_is_openapi_3_1_and_public(db) -> None:  # type: ignore[no-untyped-def]
    schema = Client().get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.1")
    assert set(schema["components"]["securitySchemes"]) == {"TokenAuth", "SessionAuth"}


@pytest.mark.e2e
def test_the_docs_render_in_a_browser_without_a_csp_refusal(tmp_path: Path) -> None:
    # A real `pursuit serve`, not pytest-django's live_server: that one serves static files
    # through Django's finders, which know the files' names but not their hashed names.
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    refused: list[str] = []
    with running_server(tmp_path) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: refused.append(m.text)
                    if "Content Security Policy" in m.text else None)
            page.goto(url + "/api/docs")
            # Swagger UI fetched the schema and drew one block per operation.
            page.wait_for_selector(".opblock", timeout=15_000)
            assert page.locator(".opblock").count() >= 20
            assert page.get_by_text("Pursuit API").first.is_visible()
        finally:
            browser.close()
    assert refused == []
