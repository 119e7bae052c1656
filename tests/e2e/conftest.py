"""The real server (`pursuit serve`, gunicorn) and Debian's Chromium, driven by Playwright.

`playwright install` cannot download here, so the browser is the system's `chromium`
(apt-get install chromium). Screenshots go to $ARTIFACTS_DIR/screenshots (default:
<repo>/artifacts/screenshots), kept by CI as artifacts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_pursuit
from tests.server import running_server

__all__ = ["EMAIL", "PASSWORD", "one_account", "running_server", "seed", "shoot", "sign_in",
           "watched_page"]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PURSUIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


# The account most browser tests sign in with (`one_account`).
EMAIL = "jordan@example.com"
PASSWORD = "a long enough passphrase"


def one_account(home: Path, *, demo: bool = True, coach: bool = False) -> None:
    """Jordan Rivera's account (EMAIL, PASSWORD) in the data directory `home`, made by
    `pursuit createuser`, with the demo's applications and contacts (`pursuit demo`) unless
    `demo` is False."""
    made = run_pursuit("createuser", EMAIL, "--name", "Jordan Rivera",
                       *(["--coach"] if coach else []), "--password-stdin", home=home,
                       stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    if demo:
        done = run_pursuit("demo", "--user", EMAIL, home=home)
        assert done.returncode == 0, done.stderr


def screenshots_dir() -> Path:
    base = Path(os.environ.get("ARTIFACTS_DIR") or ROOT / "artifacts")
    path = base / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def shoot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Full-page screenshots of `page` at its own width and at a phone's (390 px)."""
    folder = screenshots_dir()
    page.screenshot(path=str(folder / f"{name}-desktop.png"), full_page=True)
    size = page.viewport_size
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(folder / f"{name}-phone.png"), full_page=True)
    page.set_viewport_size(size)


# Seed lines (after `owner` is set) that make the demo's Tom Alvarez due for a keep-in-touch
# call: a 30-day rhythm, added 50 days ago, nothing since. The demo has him on the phone ten
# days ago and, when the demo is made on a Monday, his reference alert for Friday's round done
# (the demo marks done what was due before the day before yesterday): both are moved out of
# the way, or the page rightly shows him as not due on Mondays.
TOM_IS_DUE = """
from pursuit.cadence.models import Touch as _Touch
tom = Contact.objects.filter(owner=owner, full_name="Tom Alvarez").first()
services.keep_in_touch_set(owner=owner, contact_id=tom.pk, days=30)
Contact.objects.filter(pk=tom.pk).update(created_at=timezone.now() - timedelta(days=50))
tom.interactions.all().delete()
_Touch.objects.filter(contact=tom, status=_Touch.Status.DONE).update(
    done_at=timezone.now() - timedelta(days=45))
"""


def seed(home: Path, script: str) -> None:
    """Run `script` (Python, Django set up by it) against the data directory `home`."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(PURSUIT_HOME=str(home), DJANGO_SETTINGS_MODULE="pursuit.settings")
    seeded = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert seeded.returncode == 0, seeded.stderr


def watched_page(browser, base: str) -> tuple[Any, Any, list[str]]:  # type: ignore[no-untyped-def]
    """A new desktop-sized page and the list of what went wrong on it: a dialog (a script
    that should not have run), an uncaught error, a Content-Security-Policy refusal, or a
    request to anywhere but the app."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.on("request", lambda r: None if r.url.startswith(base)
            or r.url.startswith("data:") else problems.append(r.url))
    return context, page, problems


def sign_in(page, base: str, email: str, password: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh instance on a free port; yields its base URL once it says it is running."""
    with running_server(tmp_path_factory.mktemp("pursuit-home")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
