"""Issue 16 in a real browser (Debian's Chromium through Playwright), each at 1280 and 390 px:
Today's time-zone banner offers the browser's zone and "Keep it" saves it; the picker's search
box filters the zones; the board shows a drag handle on a desktop and the "Move to" select on
a phone, and dragging still moves a card; the scan page's drop zone takes dropped files and
the review form sits beside the photo on a wide screen. No console error, no CSP refusal, no
request that leaves the app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import running_server, seed, shoot, sign_in

pytestmark = pytest.mark.e2e

EMAIL = "sam@example.com"
PASSWORD = "a long enough passphrase"
# The smallest valid PNG (1x1).
TINY_PNG_B64 = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8"
                "AAAAASUVORK5CYII=")
SEED = f"""
import base64
import django
django.setup()
from pursuit.accounts.models import User
from pursuit.cards.services import scan_store
from pursuit.pipeline.services import application_create
sam = User.objects.create_user({EMAIL!r}, {PASSWORD!r}, full_name="Sam Okafor")
for employer, role in (("Northwind Traders", "Backend Engineer"), ("Contoso", "Data Engineer")):
    application_create(owner=sam, employer=employer, role=role)
scan = scan_store(owner=sam, data=base64.b64decode({TINY_PNG_B64!r}), kind="PNG",
                  filename="card.png", fields={{"full_name": "Avery Smith",
                                                "company": "Contoso"}})
print(scan.pk)
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pursuit-issue16b")


@pytest.fixture(scope="module")
def server(home: Path) -> Iterator[str]:
    seed(home, "import django; django.setup()\nfrom django.core.management import "
               "call_command; call_command('migrate', verbosity=0)")
    seed(home, SEED)
    with running_server(home, "--no-worker") as url:
        yield url


@pytest.fixture
def page(server: str, browser: Any) -> Iterator[Any]:
    """A signed-in page in a browser that says it is in Paris; fails the test on a script
    error, a CSP refusal or a request leaving the app."""
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  timezone_id="Europe/Paris")
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(server)
            or r.url.startswith("data:") else problems.append(r.url))
    sign_in(page, server, EMAIL, PASSWORD)
    yield page
    context.close()
    assert problems == []


def test_today_offers_the_browsers_zone_and_keep_it_saves_it(server: str, page: Any) -> None:
    page.goto(server + "/")
    banner = page.locator("[data-timezone-banner]")
    # The script asked the server about the browser's zone and rewrote the question.
    banner.get_by_text("Your time zone looks like").wait_for()
    assert banner.locator("strong").first.inner_text() == "Europe/Paris"
    assert "set to America/Chicago now" in banner.inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "issue16-timezone-banner")
    banner.get_by_role("button", name="Keep it").click()
    page.get_by_text("Time zone: Europe/Paris.").wait_for()
    assert page.locator("[data-timezone-banner]").count() == 0
    page.goto(server + "/settings/")
    assert page.locator("select#id_timezone").input_value() == "Europe/Paris"
    page.goto(server + "/")
    assert page.locator("[data-timezone-banner]").count() == 0


def test_the_zone_search_filters_the_picker(server: str, page: Any) -> None:
    page.goto(server + "/settings/")
    select = page.locator("select#id_timezone")
    search = page.get_by_label("Search the time zones")
    total = select.locator("option").count()
    assert 350 < total < 480
    search.fill("buenos")
    visible = select.locator("option:not([hidden])")
    assert visible.count() == 1
    assert select.input_value() == "America/Argentina/Buenos_Aires"
    assert page.get_by_text("1 time zone", exact=True).is_visible()
    search.fill("europe par")  # the region's name counts too
    assert select.input_value() == "Europe/Paris"
    assert select.locator("optgroup:not([hidden])").count() == 1
    search.fill("")
    assert select.locator("option:not([hidden])").count() == total
    assert select.input_value() == "Europe/Paris"  # clearing the search keeps the choice
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "issue16-timezone-search")
    page.get_by_role("button", name="Save settings").click()
    page.get_by_text("Settings saved.").wait_for()
    assert select.input_value() == "Europe/Paris"


def test_the_board_has_a_handle_on_a_desktop_and_the_select_on_a_phone(server: str,  # type: ignore[no-untyped-def]
                                                                        page) -> None:
    page.goto(server + "/board/")
    card = page.locator("[data-card]", has_text="Backend Engineer")
    assert card.locator(".drag-handle").is_visible()
    assert not card.locator("select[name=stage]").is_visible()
    assert card.locator(".monogram").inner_text() == "N"
    shoot(page, "issue16-board")
    page.set_viewport_size({"width": 390, "height": 844})
    assert card.locator("select[name=stage]").is_visible()
    assert not card.locator(".drag-handle").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # On a phone the select moves the card at once.
    card.locator("select[name=stage]").select_option("interviewing")
    page.get_by_text("moved to Interviewing").wait_for()
    page.set_viewport_size({"width": 1280, "height": 900})
    card = page.locator("[data-card]", has_text="Backend Engineer")
    assert card.locator("xpath=ancestor::section[@data-column]").get_attribute(
        "data-column") == "interviewing"
    # Dragging by the handle still moves it.
    card.locator(".drag-handle").drag_to(page.locator('section[data-column="applied"]'))
    page.get_by_text("moved to Applied").wait_for()
    card = page.locator("[data-card]", has_text="Backend Engineer")
    assert card.locator("xpath=ancestor::section[@data-column]").get_attribute(
        "data-column") == "applied"


def test_the_drop_zone_takes_dropped_photos_and_the_review_sits_beside_the_photo(  # type: ignore[no-untyped-def]
        server: str, page) -> None:
    page.goto(server + "/contacts/scan/")
    zone = page.locator("[data-dropzone]")
    assert zone.get_by_text("Drop photos of cards here").is_visible()
    assert not page.get_by_text("Take a photo of a card").is_visible()  # no camera on a desktop
    # A drop as the browser makes it: a DataTransfer holding a file, dropped on the zone.
    page.evaluate("""([png]) => {
        const bytes = Uint8Array.from(atob(png), c => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], "card-from-desk.png", {type: "image/png"}));
        const zone = document.querySelector("[data-dropzone]");
        zone.dispatchEvent(new DragEvent("dragenter", {dataTransfer: data, bubbles: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
    }""", [TINY_PNG_B64])
    zone.get_by_text("1 photo: card-from-desk.png").wait_for()
    assert page.locator("#id_files").evaluate("input => input.files.length") == 1
    shoot(page, "issue16-scan-upload")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.get_by_text("Take a photo of a card").is_visible()
    assert page.locator("#id_camera").get_attribute("capture") == "environment"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Read the cards").click()
    page.get_by_role("heading", name="Reading your cards").wait_for()  # the upload arrived

    # The review: the photo on the left and the fields beside it on a wide screen...
    page.goto(server + "/contacts/scan/")
    page.get_by_role("link", name="Avery Smith").click()
    photo = page.locator(".scan-photo").bounding_box()
    fields = page.locator(".scan-fields").bounding_box()
    assert fields["x"] >= photo["x"] + photo["width"]
    title, company = (page.get_by_label("Title").bounding_box(),
                      page.get_by_label("Company").bounding_box())
    assert abs(title["y"] - company["y"]) < 2 and company["x"] > title["x"]  # side by side
    shoot(page, "issue16-scan-review")
    # ... one above the other on a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    photo = page.locator(".scan-photo").bounding_box()
    fields = page.locator(".scan-fields").bounding_box()
    assert fields["y"] >= photo["y"] + photo["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # A phone number as printed with its extension shows whole on a phone: the number takes
    # the row's width (in half of it, "(615) 555-013" was all one saw).
    row = page.locator(".scan-phone").first
    printed = row.get_by_label("As printed")
    printed.fill("+44 (0)20 7946 0958 ext. 2041")
    assert printed.evaluate("input => input.scrollWidth <= input.clientWidth")
    width = row.bounding_box()["width"]
    assert printed.bounding_box()["width"] > width - 4
    assert row.get_by_label("International (E.164)").bounding_box()["width"] > width - 4
    # On a wide screen the row's four inputs line up, whatever their labels' lengths.
    page.set_viewport_size({"width": 1280, "height": 900})
    bottoms = {round(row.locator(f"{tag}").nth(i).bounding_box()["y"]
                     + row.locator(f"{tag}").nth(i).bounding_box()["height"])
               for tag, count in (("select", 1), ("input", 3)) for i in range(count)}
    assert len(bottoms) == 1, bottoms
