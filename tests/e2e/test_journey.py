"""A job seeker's first day, in a real browser against the real server.

Sign up, add an application, log a round with two interviewers, see the two thank-yous on
Today, mark one sent (htmx: no reload), log the follow-up call with "voicemail left", move the
card on the board by keyboard and by drag and drop. One of the interviewers is named
`<script>alert(1)</script>` and the application's notes hold HTML: every page must show them
as text, and no dialog may ever open. Screenshots of each page at desktop and phone widths.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import shoot

pytestmark = pytest.mark.e2e

EVIL_NAME = "<script>alert(1)</script>"
EVIL_NOTE = '<img src=x onerror="alert(2)"><b>bold claim</b>'
PASSWORD = "a long enough passphrase"


def _weekday_days_ago(days: int) -> date:
    day = datetime.now(ZoneInfo("America/Chicago")).date() - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _no_script_ran(page, dialogs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert dialogs == [], f"a dialog opened: {dialogs}"
    # The name is in the page as text, never as an element.
    assert page.locator("script:text('alert(1)')").count() == 0
    assert page.locator("img[src=x]").count() == 0


def test_a_first_day_with_pursuit(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    # The pages must work under the Content-Security-Policy: any refusal is a bug.
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.set_default_timeout(15_000)

    # First run: the first visitor creates the owner account.
    page.goto(server + "/")
    assert page.url.endswith("/welcome/")
    shoot(page, "01-first-run")
    page.get_by_label("Your name").fill("Jordan Rivera")
    page.get_by_label("E-mail").fill("jordan@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(server + "/")
    assert page.get_by_text("Let’s get started").is_visible()
    shoot(page, "02-today-empty")

    # An application, with HTML in its notes.
    page.get_by_role("link", name="Add your first application").click()
    page.get_by_label("Employer", exact=True).fill("Larchmont Analytics")
    page.get_by_label("Role").fill("Senior Data Engineer")
    page.get_by_label("Notes").fill(EVIL_NOTE)
    shoot(page, "03-application-new")
    page.get_by_role("button", name="Add the application").click()
    page.wait_for_url("**/applications/*/")
    assert page.get_by_text(EVIL_NOTE).is_visible()
    application_url = page.url

    # A round eight days ago with two interviewers, both new people.
    page.get_by_role("link", name="Log a round").click()
    page.get_by_label("Date").fill(_weekday_days_ago(8).isoformat())
    page.get_by_label("Starts").fill("10:00")
    page.get_by_label("Ends").fill("11:00")
    people = page.locator("fieldset.person")
    people.nth(0).get_by_label("…or a new person's name").fill("Priya Raman")
    people.nth(0).get_by_label("E-mail").fill("priya@larchmont.example")
    people.nth(0).get_by_label("Hiring manager").check()
    people.nth(0).get_by_label("Topics discussed").fill("real-time analytics, team growth")
    people.nth(1).get_by_label("…or a new person's name").fill(EVIL_NAME)
    people.nth(1).get_by_label("E-mail").fill("sam@larchmont.example")
    shoot(page, "04-round-new")
    page.get_by_role("button", name="Log the round").click()
    page.wait_for_url("**/debrief/")
    shoot(page, "05-debrief")
    page.get_by_role("button", name="Save the debrief").click()
    page.wait_for_url(application_url)
    shoot(page, "06-application")
    _no_script_ran(page, dialogs)

    # Today: two thank-yous, one per interviewer.
    page.get_by_role("link", name="Today").click()
    thanks = page.locator("article.entry", has_text="Send a thank-you e-mail")
    assert thanks.count() == 2
    assert page.get_by_text(EVIL_NAME).first.is_visible()
    shoot(page, "07-today")
    _no_script_ran(page, dialogs)

    # Mark one sent: the agenda is swapped in place, the page is not reloaded.
    page.evaluate("window.__same_page = true")
    thanks.filter(has_text="Priya Raman").get_by_role("button", name="Mark sent").click()
    page.get_by_text("to Priya Raman: marked as sent by you").wait_for()
    assert page.evaluate("window.__same_page") is True
    assert page.locator("article.entry", has_text="Send a thank-you e-mail").count() == 1

    # The follow-up call, with its script; log "voicemail left".
    call = page.locator("article.entry.kind-call").first
    call.get_by_text("Call script and voicemail").click()
    # Loaded from the user's own call-script template when opened.
    call.get_by_text("Voicemail (about 20 seconds").wait_for()
    assert call.get_by_text("I remain very interested").first.is_visible()
    shoot(page, "08-today-call")
    call.get_by_role("button", name="Voicemail left").click()
    page.get_by_text("(voicemail left)").wait_for()
    assert page.evaluate("window.__same_page") is True

    # The board: move the card left by keyboard, then back by drag and drop.
    page.get_by_role("link", name="Board").click()
    card = page.locator("[data-card]", has_text="Senior Data Engineer")
    assert card.locator("xpath=ancestor::section[@data-column]").get_attribute(
        "data-column") == "interviewing"
    shoot(page, "09-board")
    card.focus()
    page.keyboard.press("ArrowLeft")
    page.get_by_text("moved to Applied").wait_for()
    card = page.locator("[data-card]", has_text="Senior Data Engineer")
    assert card.locator("xpath=ancestor::section[@data-column]").get_attribute(
        "data-column") == "applied"
    card.drag_to(page.locator('section[data-column="interviewing"]'))
    page.get_by_text("moved to Interviewing").wait_for()
    card = page.locator("[data-card]", has_text="Senior Data Engineer")
    assert card.locator("xpath=ancestor::section[@data-column]").get_attribute(
        "data-column") == "interviewing"

    # Every other page shows the name and the note as text.
    for path, name in (("/applications/", "10-applications"), ("/contacts/", "11-contacts"),
                       ("/settings/", "13-settings"), ("/profile/", "14-profile")):
        page.goto(server + path)
        shoot(page, name)
        _no_script_ran(page, dialogs)
    page.goto(server + "/contacts/")
    page.get_by_label("Search contacts").fill("script")
    page.locator("#results").get_by_text(EVIL_NAME).wait_for()
    page.locator("#results").get_by_role("link", name=EVIL_NAME).click()
    page.wait_for_url("**/contacts/*/")
    assert page.get_by_role("heading", name=EVIL_NAME).is_visible()
    shoot(page, "12-contact")
    page.get_by_role("link", name="Thank-you e-mail").first.click()
    shoot(page, "15-draft")
    _no_script_ran(page, dialogs)
    page.goto(application_url)
    assert page.get_by_text(EVIL_NOTE).is_visible()

    # The owner of this new instance invites a coach (the mail goes to the console).
    page.goto(server + "/settings/")
    page.get_by_role("link", name="Accounts").click()
    page.get_by_label("E-mail address").fill("casey.coach@example.com")
    page.get_by_label("A career coach").check()
    page.get_by_role("button", name="Send the invitation").click()
    page.get_by_text("Invitation sent to casey.coach@example.com.").wait_for()
    assert page.locator(".people", has_text="casey.coach@example.com").is_visible()
    shoot(page, "16-accounts")
    assert refused == [], refused
    _no_script_ran(page, dialogs)
    context.close()
