"""The letter template form in a real browser (issue 16): on a 390 px phone, a placeholder
inserted by its button where the cursor is, saved, with no horizontal overflow; screenshots
at 1280 and 390 px. The demo account gives real people for the preview."""

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
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-template-home")
    one_account(home)
    with running_server(home, "--no-worker") as url:
        yield url


def _overflow(page) -> int:  # type: ignore[no-untyped-def]
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def test_insert_a_placeholder_by_button_and_save_on_a_phone(demo_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, demo_server)
    sign_in(page, demo_server, EMAIL, PASSWORD)
    page.goto(demo_server + "/letters/templates/follow_up_email/")
    shoot(page, "template-form-01-follow-up")
    page.set_viewport_size({"width": 390, "height": 844})
    assert _overflow(page) <= 0

    # The last paragraph's first wording: type at its end, a placeholder by its button at the
    # cursor, then go on typing after it.
    field = page.locator("textarea[name$='-0']").last
    original = field.input_value()
    field.click()
    field.press("End")
    field.evaluate("el => el.setSelectionRange(el.value.length, el.value.length)")
    page.keyboard.type(" Thank you, ")
    page.get_by_role("button", name="{{ recipient.first_name }}").click()
    page.keyboard.type(".")
    assert field.input_value() == original + " Thank you, {{ recipient.first_name }}."
    assert _overflow(page) <= 0
    page.get_by_role("button", name="Save my copy").click()
    page.wait_for_url(demo_server + "/letters/templates/follow_up_email/")
    assert page.get_by_text("Template saved").is_visible()
    saved = page.locator("textarea[name$='-0']").last.input_value()
    assert saved.endswith("Thank you, {{ recipient.first_name }}.")
    assert page.get_by_text("Your copy. Every draft").is_visible()
    assert _overflow(page) <= 0
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "template-form-02-saved")

    # The code view shows the same template as code.
    page.get_by_role("navigation", name="How to edit").get_by_role("link", name="Code").click()
    assert "Thank you, {{ recipient.first_name }}." in page.locator(
        "textarea[name='body']").input_value()
    assert problems == []
    context.close()


def test_the_career_thanks_opens_in_the_form_with_its_subject_kept_as_code(  # type: ignore[no-untyped-def]
        demo_server: str, browser) -> None:
    context, page, problems = watched_page(browser, demo_server)
    sign_in(page, demo_server, EMAIL, PASSWORD)
    page.goto(demo_server + "/letters/templates/thanks_after_offer/")
    tabs = page.get_by_role("navigation", name="How to edit")
    assert tabs.get_by_role("link", name="Form").get_attribute("aria-current") == "page"
    assert page.get_by_label("Greeting").input_value() == "Dear {{ recipient.first_name }},"
    subject = page.locator("fieldset.part-code", has_text="Subject")
    assert subject.get_by_text("written in code").is_visible()
    subject.get_by_text("Show its code").click()
    assert "career.new_employer" in subject.locator("pre").inner_text()
    shoot(page, "template-form-03-career-thanks")
    page.set_viewport_size({"width": 390, "height": 844})
    assert _overflow(page) <= 0
    assert problems == []
    context.close()
