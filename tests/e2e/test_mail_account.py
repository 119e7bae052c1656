"""Settings → Mail account in a real browser against the real server: typing a Gmail
address fills the servers (the page's own script presses "Look up settings"), says an app
password is needed and links to Google's page; the same button works without the script.
Screenshots at 1280 px and on a phone; nothing runs that the Content-Security-Policy refuses."""

from __future__ import annotations

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

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-mail-home")
    one_account(home, demo=False)
    with running_server(home) as url:
        yield url


def test_typing_a_gmail_address_fills_the_servers(app_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, app_server)
    sign_in(page, app_server, EMAIL, PASSWORD)
    page.goto(app_server + "/settings/mail/")
    address = page.get_by_label("Your e-mail address")
    address.fill("jordan.rivera@gmail.com")
    with page.expect_navigation():
        address.press("Tab")  # the change event: the page's script looks the settings up
    assert page.get_by_label("SMTP server").input_value() == "smtp.gmail.com"
    assert page.get_by_label("SMTP port").input_value() == "587"
    assert page.get_by_label("IMAP server").input_value() == "imap.gmail.com"
    link = page.get_by_role("link", name="How to make one at Gmail")
    assert link.get_attribute("href") == "https://support.google.com/accounts/answer/185833"
    shoot(page, "mail-account-lookup")
    # Not saved: looking up only fills the form.
    page.goto(app_server + "/settings/mail/")
    assert page.get_by_label("SMTP server").input_value() == ""
    assert problems == []
    context.close()


def test_the_button_works_without_javascript(app_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  java_script_enabled=False)
    page = context.new_page()
    sign_in(page, app_server, EMAIL, PASSWORD)
    page.goto(app_server + "/settings/mail/")
    page.get_by_label("Your e-mail address").fill("someone@icloud.com")
    page.get_by_role("button", name="Look up settings").click()
    page.wait_for_load_state()
    assert page.get_by_label("SMTP server").input_value() == "smtp.mail.me.com"
    assert "app password" in page.content()
    context.close()
