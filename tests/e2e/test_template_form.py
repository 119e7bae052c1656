"""The letter template form in a real browser (issue 16): on a 390 px phone, a placeholder
inserted by its button where the cursor is, saved, with no horizontal overflow; screenshots
at 1280 and 390 px. The demo account gives real people for the preview."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import run_pursuit
from tests.e2e.conftest import running_server, shoot, sign_in, watched_page

pytestmark = pytest.mark.e2e

EMAIL = "jordan@example.com"
PASSWORD = "a long enough passphrase"


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-template-home")
    created = run_pursuit("createuser", EMAIL, "--name", "Jordan Rivera", "--password-stdin",
                          home=home, stdin=PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    demo = run_pursuit("demo", "--user", EMAIL, home=home)
    assert demo.returncode == 0, demo.stderr
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

    # The last paragraph's first wording: cursor after its first word, then the button.
    field = page.locator("textarea[name$='-0']").last
    original = field.input_value()
    first_word = original.split(" ")[0]
    field.click()
    field.evaluate(f"el => el.setSelectionRange({len(first_word)}, {len(first_word)})")
    page.get_by_role("button", name="{{ recipient.first_name }}").click()
    typed = field.input_value()
    assert typed == first_word + "{{ recipient.first_name }}" + original[len(first_word):]
    # Make it read well, then save.
    field.fill(original.replace(first_word, first_word + " {{ recipient.first_name }},", 1))
    assert _overflow(page) <= 0
    page.get_by_role("button", name="Save my copy").click()
    page.wait_for_url(demo_server + "/letters/templates/follow_up_email/")
    assert page.get_by_text("Template saved").is_visible()
    assert "{{ recipient.first_name }}," in page.locator("textarea[name$='-0']").last.input_value()
    assert page.get_by_text("Your copy. Every draft").is_visible()
    assert _overflow(page) <= 0
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "template-form-02-saved")

    # The code view shows the same template as code.
    page.get_by_role("navigation", name="How to edit").get_by_role("link", name="Code").click()
    assert "{{ recipient.first_name }}," in page.locator("textarea[name='body']").input_value()
    assert problems == []
    context.close()
