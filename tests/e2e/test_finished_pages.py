"""Issue 16, "pages that look unfinished", in a real browser at 1280 and 390 px.

The demo account (its owner the instance's administrator), one contact due for a
keep-in-touch contact and one message in the Outbox (no mail account on this instance:
printed on the console). Each page is checked where the
user meets it: no horizontal overflow on a phone, badges as tall as their text, the message
read as a message with its raw source folded, the settings menu and the timeline's "more"
toggle opening. Screenshots go to $ARTIFACTS_DIR/screenshots.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import (
    EMAIL,
    PASSWORD,
    TOM_IS_DUE,
    one_account,
    running_server,
    screenshots_dir,
    seed,
    shoot,
    sign_in,
    watched_page,
)

pytestmark = pytest.mark.e2e


SEED = """
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.accounts.models import User
from pursuit.contacts.models import Contact
from pursuit.networking import services
from pursuit.outbox.services import message_enqueue
owner = User.objects.get(email=%(email)r)
owner.is_superuser = owner.is_staff = True  # the instance's owner, as the first run makes it
owner.save()
""" + TOM_IS_DUE + """
from pursuit.cadence.models import Touch
from pursuit.letters.services import letter_draft
touch = Touch.objects.filter(application__owner=owner, status="planned",
                             type="thank_you_email").first()
letter_draft(owner=owner, touch_id=touch.pk)
message_enqueue(owner=owner, to_address="priya@larchmont.example", to_name="Priya Raman",
                subject="Thank you for Tuesday",
                body="Dear Priya,\\n\\nThank you for the conversation <img src=http://remote.example/x.png>.\\n\\nBest,\\nJordan")
"""


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-pages-home")
    one_account(home)
    seed(home, SEED % {"email": EMAIL})
    with running_server(home, "--no-worker") as url:
        yield url


def _as_phone(page) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 390, "height": 844})


def _overflow(page) -> int:  # type: ignore[no-untyped-def]
    """How many pixels the page is wider than the window (0 when nothing sticks out)."""
    return int(page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def _badges_fit(page, selector: str) -> None:  # type: ignore[no-untyped-def]
    """Each badge is about one line tall, and its text is centred in it (not at the top)."""
    boxes = page.eval_on_selector_all(selector, """els => els.map(e => {
        const r = e.getBoundingClientRect(), s = getComputedStyle(e);
        return [r.height, parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5]; })""")
    assert boxes, selector
    for height, line in boxes:
        assert height <= line * 1.6, (selector, height, line)


def test_the_finished_pages_at_both_widths(demo_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, demo_server)
    sign_in(page, demo_server, EMAIL, PASSWORD)
    page.wait_for_url(demo_server + "/")

    # Outbox: the console notice is one paragraph, not a column of fragments.
    page.goto(demo_server + "/outbox/")
    notice = page.locator("p.notice", has_text="printed on the console")
    assert notice.evaluate("e => getComputedStyle(e).display") == "block"
    shoot(page, "pages-outbox")
    page.get_by_role("link", name="Thank you for Tuesday").click()
    page.wait_for_url("**/outbox/*/")
    mail = page.locator("article.mail-view")
    assert mail.locator(".mail-meta").inner_text().startswith("From")
    assert "Priya Raman" in mail.locator(".mail-meta").inner_text()
    assert mail.locator(".mail-body p").count() == 3  # greeting, paragraph, sign-off
    assert mail.locator(".mail-body img").count() == 0  # shown as text, never loaded
    # The subject once (the page's heading), and what kind of message this is.
    assert page.get_by_text("Thank you for Tuesday", exact=True).count() == 1
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you for Tuesday"
    assert mail.locator(".mail-kind").inner_text().startswith("Plain text: this message has no")
    raw = mail.locator("details.mail-raw pre")
    assert not raw.is_visible()
    mail.get_by_text("Technical headers").click()
    assert raw.is_visible() and "Message-ID:" in raw.inner_text()
    shoot(page, "pages-outbox-message")
    _as_phone(page)
    assert _overflow(page) == 0
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(demo_server + "/settings/mail/")
    assert page.locator("p.notice", has_text="printed on the console").is_visible()
    shoot(page, "pages-mail-account")

    # Letters and letter templates: badges as tall as their text, on both widths.
    for path, name in (("/letters/", "pages-letters"), ("/letters/templates/", "pages-templates")):
        page.goto(demo_server + path)
        _badges_fit(page, ".row-card .pill")
        shoot(page, name)
        _as_phone(page)
        _badges_fit(page, ".row-card .pill")
        assert _overflow(page) == 0, path
        page.set_viewport_size({"width": 1280, "height": 900})

    # Today's keep-in-touch block: the Network page's card, usable on a phone.
    page.goto(demo_server + "/")
    due = page.locator(".network-due .due-item", has_text="Tom Alvarez")
    assert due.evaluate("e => getComputedStyle(e).display") == "flex"  # styled, not a bullet
    assert due.evaluate("e => getComputedStyle(e).listStyleType") in ("none", "disc")
    assert page.locator(".network-due .due-list").evaluate(
        "e => getComputedStyle(e).listStyleType") == "none"
    _as_phone(page)
    button = due.get_by_role("button", name="Log it")
    box = button.bounding_box()
    assert box is not None and box["height"] >= 36  # a finger-sized target
    assert _overflow(page) == 0
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "pages-today")

    # Settings: grouped tabs on a wide screen; one line that unfolds on a phone.
    # The owner of the instance has a fourth group (Accounts): all four on one row at 1280 px.
    for path in ("/settings/", "/settings/accounts/"):
        page.goto(demo_server + path)
        groups = page.locator(".settings-group")
        assert groups.count() == 4 and groups.last.inner_text().startswith("THIS PURSUIT")
        tops = groups.evaluate_all("els => els.map(e => Math.round(e.getBoundingClientRect().top))")
        assert len(set(tops)) == 1, tops
        tabs = page.locator(".settings-groups .tabs a").evaluate_all(
            "els => els.map(e => Math.round(e.getBoundingClientRect().top))")
        assert len(set(tabs)) == 1, tabs  # no group's tabs wrap inside it either
        if path == "/settings/accounts/":
            # The invitation's checkbox: its label on one line, its help under it.
            label = page.locator("label", has_text="A career coach")
            for width in (1280, 390):
                page.set_viewport_size({"width": width, "height": 900})
                box = label.bounding_box()
                help_box = page.locator(".field.check .help").bounding_box()
                assert box is not None and help_box is not None
                assert box["height"] < 30, (width, box)  # one line
                assert help_box["y"] >= box["y"] + box["height"] - 1, width  # under it
            page.set_viewport_size({"width": 1280, "height": 900})
        shoot(page, "pages-settings" if path == "/settings/" else "pages-settings-accounts")
    page.goto(demo_server + "/settings/")
    assert not page.locator(".settings-menu").is_visible()
    _as_phone(page)
    assert not page.locator(".settings-groups").is_visible()
    menu = page.locator(".settings-menu")
    box = menu.bounding_box()
    assert box is not None and box["height"] < 70  # one line, not four rows of tabs
    assert _overflow(page) == 0
    menu.locator("summary").click()
    menu.get_by_role("link", name="Mail account").click()
    page.wait_for_url("**/settings/mail/")
    assert "Mail account" in page.locator(".settings-menu summary").inner_text()
    assert _overflow(page) == 0
    page.set_viewport_size({"width": 1280, "height": 900})

    # The timeline: the next three planned touches, the rest behind "Show N more".
    page.goto(demo_server + "/applications/")
    links = page.eval_on_selector_all("a[href^='/applications/']", "els => els.map(e => e.href)")
    found = False
    for href in dict.fromkeys(h for h in links if re.search(r"/applications/\d+/$", h)):
        page.goto(href)
        more = page.locator("details.timeline-more")
        if more.count():
            found = True
            break
    assert found, "no demo application has more than three planned touches"
    assert page.locator("#h-timeline ~ ol.planned").first.locator("li").count() == 3
    hidden = more.locator("li")
    count = hidden.count()
    summary = more.locator("summary")
    assert summary.inner_text() == f"Show {count} more planned touch{'es' if count > 1 else ''}"
    assert not hidden.first.is_visible()
    shoot(page, "pages-timeline")
    _as_phone(page)
    summary.click()
    assert hidden.last.is_visible()
    # Open, the toggle says what it does next, to the eye and to a screen reader.
    assert summary.inner_text() == "Show fewer"
    page.screenshot(path=str(screenshots_dir() / "pages-timeline-open-phone.png"), full_page=True)
    summary.click()
    assert not hidden.last.is_visible()
    assert summary.inner_text().startswith(f"Show {count} more")
    assert _overflow(page) == 0

    assert problems == []
    context.close()

