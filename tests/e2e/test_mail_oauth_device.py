"""Sign in with Microsoft using a code (the device grant, RFC 8628), in Chromium through the
real pages of `pursuit serve`: the page shows the code and the provider's address, the user
enters the code at the local authorization server's own page (in another tab, as on a
phone), and Pursuit's page moves on by itself to the signed-in account. Screenshots at
1280 px and on a phone."""

from __future__ import annotations

import os
import re
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
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, AuthServer]]:
    home: Path = tmp_path_factory.mktemp("pursuit-device-home")
    one_account(home, demo=False)
    seed(home, SETUP.format(email=EMAIL, port=free_port()))
    with AuthServer(EMAIL) as auth:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(auth.settings("microsoft"))
        with running_server(home, env=env) as url:
            yield url, auth


def test_the_code_page_moves_on_by_itself_once_the_code_is_entered(stack, browser) -> None:  # type: ignore[no-untyped-def]
    url, auth = stack
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
