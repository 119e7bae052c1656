"""First run in a real browser in Berlin: the timezone comes from the browser (a script file,
under the Content-Security-Policy), "Create it and open the demo first" lands in a demo
account of one's own, "Back to my account" returns, and a letter drafted without a phone or a
postal address shows what it leaves out instead of a gap. Screenshots of each page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import running_server, seed, shoot, sign_in

pytestmark = pytest.mark.e2e

EMAIL = "jordan@example.com"
PASSWORD = "a long enough passphrase"
SEED = """
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.accounts.models import User
from pursuit.cadence.services import PersonIn, round_log
from pursuit.pipeline.services import application_create
jordan = User.objects.get(email=%(email)r)
address = "Northwind Traders\\n500 Market St\\nSan Francisco, CA 94105"
app = application_create(owner=jordan, employer="Northwind Traders", role="Backend Engineer",
                         mailing_address=address)
start = timezone.now() - timedelta(days=1)
round_log(owner=jordan, application_id=app.pk, start=start, end=start + timedelta(hours=1),
          timezone="Europe/Berlin", format="video",
          people=[PersonIn(name="Marcus Lee", title="Product Manager", hiring_manager=True,
                           topics=["the order pipeline", "on-call practices"])])
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pursuit-first-run")


@pytest.fixture(scope="module")
def server(home: Path) -> Iterator[str]:
    with running_server(home, "--no-worker") as url:
        yield url


def test_first_run_the_demo_and_what_a_draft_leaves_out(server: str, home: Path,  # type: ignore[no-untyped-def]
                                                        browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  timezone_id="Europe/Berlin")
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text)
            if "Content Security Policy" in m.text else None)

    page.goto(server + "/")
    assert page.url.endswith("/welcome/")
    # The form asks the server which zone the browser's is (its canonical name): wait for it.
    expect(page.get_by_label("Your timezone")).to_have_value("Europe/Berlin")
    page.get_by_label("Your name").fill("Jordan Rivera")
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    shoot(page, "first-run-01-form")
    page.get_by_role("button", name="Create it and open the demo first").click()
    page.wait_for_url(server + "/")
    assert page.locator(".demo-banner").get_by_text("This is the demo").is_visible()
    shoot(page, "first-run-02-demo-today")

    page.goto(server + "/settings/")
    shoot(page, "first-run-03-demo-settings")
    page.locator(".demo-banner").get_by_role("button", name="Back to my account").click()
    page.wait_for_url("**/settings/")
    assert not page.locator(".demo-banner").count()
    assert page.get_by_role("button", name="Open the demo").is_visible()
    shoot(page, "first-run-04-settings")

    # A real round of the user's own; its postal letter has no return address to go on.
    seed(home, SEED % {"email": EMAIL})
    page.goto(server + "/applications/")
    page.get_by_role("link", name="Backend Engineer").first.click()
    page.wait_for_url("**/applications/*/")
    application_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    page.goto(f"{server}/letters/application/{application_id}/letter.pdf")
    page.wait_for_url("**/letters/*/")
    assert page.get_by_text("What this draft leaves out").is_visible()
    assert page.get_by_text("Your return postal address").is_visible()
    shoot(page, "first-run-05-letter-missing")
    assert not problems, problems
    context.close()


def test_the_account_keeps_the_browsers_timezone(home: Path) -> None:
    seed(home, "import django\ndjango.setup()\nfrom pursuit.accounts.models import User\n"
               f"user = User.objects.get(email={EMAIL!r})\n"
               "assert user.timezone == 'Europe/Berlin', user.timezone\n"
               "assert user.demo_accounts.count() == 1\n")


def test_signing_in_again_is_the_users_own_account(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, server, EMAIL, PASSWORD)
    assert not page.locator(".demo-banner").count()
    context.close()
