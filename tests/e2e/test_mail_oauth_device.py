"""Sign in with Microsoft using a code (the device grant, RFC 8628), in Chromium through the
real pages of `pursuit serve`: the page shows the code and the provider's address, the user
enters the code at the local authorization server's own page (in another tab, as on a
phone), and Pursuit's page moves on by itself to the signed-in account. Then a Google
sign-in removed with the account, revoked by the worker of `pursuit serve` at the local
server. Screenshots at 1280 px and on a phone."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    EMAIL,
    PASSWORD,
    one_account,
    running_server,
    seed,
    shoot,
    sign_in,
    watched_page,
)
from tests.outbox.oauth_server import AuthServer
from tests.outbox.smtp_sink import free_port

pytestmark = pytest.mark.e2e

# A mail account set up by hand for the same address (signing in keeps its servers): a
# port nothing listens on, and no IMAP, so nothing here reaches out to a real provider.
SETUP = """
import django; django.setup()
from pursuit.accounts.models import User
from pursuit.outbox.services import mail_account_save
mail_account_save(owner=User.objects.get(email={email!r}), from_address={email!r},
                  smtp_host="127.0.0.1", smtp_port={port}, smtp_security="none")
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, AuthServer, Path]]:
    home: Path = tmp_path_factory.mktemp("pursuit-device-home")
    one_account(home, demo=False)
    seed(home, SETUP.format(email=EMAIL, port=free_port()))
    with AuthServer(EMAIL) as auth:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(auth.settings("microsoft"))
        env.update(auth.settings("google"))  # with the local server's revocation endpoint
        with running_server(home, env=env) as url:
            yield url, auth, home


def test_the_code_page_moves_on_by_itself_once_the_code_is_entered(stack, browser) -> None:  # type: ignore[no-untyped-def]
    url, auth, _home = stack
    context, page, problems = watched_page(browser, url)
    sign_in(page, url, EMAIL, PASSWORD)
    page.goto(url + "/settings/mail/")
    page.get_by_role("button", name="Sign in with Microsoft using a code").click()
    page.wait_for_url(url + "/settings/mail/oauth/device/")

    code = page.get_by_label("Your code").inner_text().strip()
    with auth.state.lock:
        issued = [entry["user_code"] for entry in auth.state.devices.values()]
    assert issued == [code]
    link = page.get_by_role("link", name=f"{auth.base}/device")
    assert link.get_attribute("href") == f"{auth.base}/device"
    assert page.get_by_role("status").get_by_text("Waiting for you").count() == 1
    shoot(page, "mail-oauth-device-code")

    # On "another device": the provider's page, where the user types the code and allows.
    phone = context.new_page()
    phone.goto(f"{auth.base}/device")
    phone.get_by_label("Code").fill(code)
    phone.get_by_role("button", name="Allow").click()
    phone.wait_for_load_state()
    assert "go back to your device" in phone.content()
    phone.close()

    # Nobody presses anything on Pursuit's page: its own polling notices the sign-in.
    page.wait_for_url(url + "/settings/mail/")
    assert f"Signed in with Microsoft as {EMAIL}" in page.content()
    assert page.get_by_text(re.compile(r"Signed in with Microsoft as .*no password is "
                                       r"stored")).count() == 1
    assert "device_code" in auth.state.log[-1]
    shoot(page, "mail-oauth-device-signed-in")

    # Signing out: Microsoft has no revocation endpoint, so the page says where to go.
    page.get_by_role("button", name="Use a password instead").click()
    page.wait_for_load_state()
    assert "offers applications no way to cancel their own sign-in" in page.content()
    assert page.get_by_role("link", name="Sign in with Microsoft").count() == 1
    shoot(page, "mail-oauth-device-signed-out")
    assert problems == []
    context.close()


FAILED = """
import django; django.setup()
from django.utils import timezone
from pursuit.accounts.models import User
from pursuit.outbox.models import OAuthRevocation
OAuthRevocation.objects.create(
    owner=User.objects.get(email={email!r}), provider="google", address="old@example.com",
    next_attempt_at=timezone.now(), finished_at=timezone.now(), attempts=3,
    outcome="failed", detail="Google could not be reached: connection refused")
"""


def test_removing_a_google_account_revokes_its_sign_in_through_the_worker(stack, browser) -> None:  # type: ignore[no-untyped-def]
    url, auth, home = stack
    # The removal asks first (a confirm dialog, accepted here); anything else is a problem.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    asked: list[str] = []
    problems: list[str] = []
    page.on("dialog", lambda d: (asked.append(d.message), d.accept()))
    page.on("pageerror", lambda e: problems.append(str(e)))
    sign_in(page, url, EMAIL, PASSWORD)
    page.goto(url + "/settings/mail/")
    page.get_by_role("link", name="Sign in with Google").click()
    page.wait_for_url(auth.base + "/authorize*")
    page.get_by_role("button", name="Allow").click()
    page.wait_for_url(url + "/settings/mail/")
    assert f"Signed in with Google as {EMAIL}" in page.content()
    with auth.state.lock:
        before = set(auth.state.refresh)

    page.get_by_role("button", name="Remove mail account").click()
    page.wait_for_load_state()
    assert asked and asked[0].startswith("Remove the mail account?")
    assert "Mail account removed." in page.content()
    assert "asks Google to cancel it too" in page.content()

    end = time.monotonic() + 60  # the worker polls every 2 s; the limit only stops a hang
    while not auth.state.revoked:
        assert time.monotonic() < end, "the worker did not revoke the sign-in"
        time.sleep(0.2)
    with auth.state.lock:
        revoked, left = list(auth.state.revoked), set(auth.state.refresh)
    assert len(revoked) == 1 and revoked[0] in before and revoked[0] not in left
    page.goto(url + "/settings/mail/")
    assert "Asking Google" not in page.content()

    # How a provider out of reach is told (its three tries failed), as it looks.
    seed(home, FAILED.format(email=EMAIL))
    page.goto(url + "/settings/mail/")
    told = page.locator(".revocation")
    assert told.count() == 1
    assert "Pursuit could not cancel its access for old@example.com at Google" in \
        told.inner_text()
    assert told.get_by_role("link").get_attribute("href") == \
        "https://myaccount.google.com/permissions"
    shoot(page, "mail-oauth-revocation-failed")
    assert problems == []
    context.close()
