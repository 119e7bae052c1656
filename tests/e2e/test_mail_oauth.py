"""Sign in with Microsoft in Chromium, through the real pages of the real server (`pursuit
serve`, its worker beside it) and a local authorization server's own page; the worker then
sends with XOAUTH2. A sign-in the provider revokes stops the sending and Today says so.
Screenshots at 1280 px and on a phone."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_pursuit
from tests.e2e.conftest import running_server, seed, shoot, sign_in, watched_page
from tests.outbox.imap_server import ImapServer, dovecot_available
from tests.outbox.oauth_server import AuthServer, XOAuth2Smtp, dovecot_oauth_config

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not dovecot_available(), reason="dovecot is not installed"),
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS"),
]

EMAIL = "jordan@example.com"
PASSWORD = "a long enough passphrase"
ADA = "jordan@outlook.test"

SETUP = """
import django; django.setup()
from pursuit.accounts.models import User
from pursuit.outbox.services import mail_account_save
mail_account_save(owner=User.objects.get(email={email!r}), from_address={ada!r},
                  smtp_host="127.0.0.1", smtp_port={smtp}, smtp_security="none",
                  imap_host="127.0.0.1", imap_port={imap}, imap_security="none")
"""
QUEUE = """
import django; django.setup()
from pursuit.accounts.models import User
from pursuit.outbox.services import message_enqueue
message_enqueue(owner=User.objects.get(email={email!r}), to_address="priya@larchmont.example",
                subject={subject!r}, body="Dear Priya,\\n\\nThank you.\\n")
"""
EXPIRE = """
import django; django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.outbox.models import MailAccount
MailAccount.objects.update(oauth_expires_at=timezone.now() - timedelta(minutes=1))
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, AuthServer,
                                                                      XOAuth2Smtp]]:
    home = tmp_path_factory.mktemp("pursuit-oauth-home")
    made = run_pursuit("createuser", EMAIL, "--name", "Jordan Rivera", "--password-stdin",
                       home=home, stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    directory = Path(tempfile.mkdtemp(prefix="pursuit-oauth-"))
    directory.chmod(0o755)
    with AuthServer(ADA) as auth, XOAuth2Smtp(auth) as smtp, \
            ImapServer({ADA: "unused"},
                       extra_config=dovecot_oauth_config(auth.base, str(directory))) as imap:
        seed(home, SETUP.format(email=EMAIL, ada=ADA, smtp=smtp.port, imap=imap.port))
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(auth.settings("microsoft"))
        with running_server(home, env=env) as url:
            yield url, home, auth, smtp


def wait_until(condition, what: str, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    """The worker runs in its own process: wait for what it does (not a timed assertion:
    the limit only stops a broken run)."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"not seen: {what}")
        time.sleep(0.2)


def test_sign_in_with_microsoft_send_and_a_revoked_sign_in(stack, browser) -> None:  # type: ignore[no-untyped-def]
    url, home, auth, smtp = stack
    context, page, problems = watched_page(browser, url)
    sign_in(page, url, EMAIL, PASSWORD)
    page.goto(url + "/settings/mail/")
    assert page.get_by_role("link", name="Sign in with Google").count() == 0  # no client ID
    assert "PURSUIT_OAUTH_GOOGLE_CLIENT_ID" in page.content()
    shoot(page, "mail-oauth-buttons")
    page.get_by_role("link", name="Sign in with Microsoft").click()
    page.wait_for_url(auth.base + "/authorize*")
    assert ADA in page.content()
    page.get_by_role("button", name="Allow").click()
    page.wait_for_url(url + "/settings/mail/")
    assert f"Signed in with Microsoft as {ADA}" in page.content()
    shoot(page, "mail-oauth-signed-in")

    seed(home, QUEUE.format(email=EMAIL, subject="Thank you"))
    wait_until(lambda: len(smtp.handler.received) == 1, "the message sent with XOAUTH2")
    assert smtp.handler.logins == [ADA]

    auth.revoke(ADA)  # the user removed Pursuit's access at Microsoft
    seed(home, EXPIRE)
    seed(home, QUEUE.format(email=EMAIL, subject="Following up"))

    def told() -> bool:
        page.goto(url + "/")
        return "Pursuit can no longer send from" in page.content()

    wait_until(told, "Today saying the sign-in was refused")
    assert f"Pursuit can no longer send from {ADA}: sign in again." in page.content()
    shoot(page, "mail-oauth-refused-today")
    assert len(smtp.handler.received) == 1  # the second message waits
    assert auth.state.log.count("refresh_token") == 1
    # The provider's own page is on another origin: only requests elsewhere are problems.
    assert [p for p in problems if not p.startswith(auth.base)] == []
    context.close()
