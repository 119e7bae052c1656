"""Saving a job from a posting's link and living career mode, in a real browser against the
real server (its own worker reads the posting from the tests' job site on 127.0.0.1, let
through by PURSUIT_FETCH_ALLOW_HOSTS), with screenshots. Nothing runs that the
Content-Security-Policy refuses, and the browser fetches nothing but the app."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import (
    EMAIL,
    PASSWORD,
    one_account,
    running_server,
    shoot,
    sign_in,
    watched_page,
)
from tests.postings.site import Site, job_site

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with job_site() as running:
        yield running


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-career-home")
    one_account(home)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PURSUIT_FETCH_ALLOW_HOSTS"] = "127.0.0.1"
    with running_server(home, env=env) as url:
        yield url


def test_a_job_is_saved_from_its_link(app_server: str, site: Site, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, app_server)
    sign_in(page, app_server, EMAIL, PASSWORD)
    page.goto(app_server + "/postings/new/")
    shoot(page, "save-a-job")
    page.get_by_label("The posting's address").fill(site.url("ashby"))
    page.get_by_role("button", name="Read the posting").click()
    page.get_by_role("heading", name="Check and save the job").wait_for(timeout=60_000)
    assert page.get_by_label("Role").input_value() == "Staff Backend Engineer (Remote)"
    assert page.get_by_label("Closes on").input_value() == "2025-12-01"
    shoot(page, "save-a-job-review")
    page.get_by_role("button", name="Save the job").click()
    page.wait_for_url("**/applications/*/")
    assert "Saved Staff Backend Engineer (Remote) at Quillstone" in page.content()
    assert problems == [], problems
    context.close()


def test_career_mode_after_the_yes(app_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, app_server)
    sign_in(page, app_server, EMAIL, PASSWORD)
    # On a phone the board offers each card's "Move to" select (a wide screen drags instead).
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(app_server + "/board/")
    card = page.locator("[data-column=offer] [data-card]").first
    # Choosing the stage moves the card (app.js submits the card's form): an offer accepted
    # leads to career mode's page.
    card.locator("select[name=stage]").select_option("accepted")
    page.wait_for_url("**/career/")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Draft the thank-yous").click()
    page.wait_for_url("**/career/")
    page.get_by_role("button", name="Keep it open").first.click()
    page.wait_for_url("**/career/")
    assert "You are placed" in page.content()
    shoot(page, "career-mode")
    page.goto(app_server + "/")
    assert "your network is what you tend now" in page.content()
    shoot(page, "today-career-mode")
    assert problems == [], problems
    context.close()
