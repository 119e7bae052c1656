"""The networking pages in a real browser against the real server, with screenshots.

A demo account (createuser + demo), some networking minutes over past weeks and an event,
seeded through the app's own services; then the browser signs in through the login form,
runs the session timer, logs a call for someone due, and looks at the charts. Screenshots at
desktop (1280) and phone (390) widths go to $ARTIFACTS_DIR/screenshots.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.conftest import (
    EMAIL,
    PASSWORD,
    TOM_IS_DUE,
    one_account,
    running_server,
    seed,
    shoot,
    sign_in,
    watched_page,
)

pytestmark = pytest.mark.e2e


# Run inside the server's data directory: past sessions for the heatmap and the streak, an
# event with people met, and a contact due for a keep-in-touch call.
SEED = """
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.accounts.models import User
from pursuit.contacts.models import Contact
from pursuit.networking import services
owner = User.objects.get(email=%(email)r)
today = timezone.localdate()
for n in range(1, 120):
    if n %% 3:
        services.session_log(owner=owner, day=today - timedelta(days=n), minutes=(n * 7) %% 40 + 5)
event = services.event_create(owner=owner, name="Alumni evening <b>NIU</b>", kind="alumni",
                              date=today - timedelta(days=3), location="Chicago", cards_given=4)
for name in ("Marcus Lee", "Helen Park"):
    services.event_add_contact(event, Contact.objects.filter(
        owner=owner, full_name__contains=name).first())
""" + TOM_IS_DUE + """
"""



@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-network-home")
    one_account(home)
    seed(home, SEED % {"email": EMAIL})
    with running_server(home, "--no-worker") as url:
        yield url


def test_network_and_charts_in_a_browser(demo_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, demo_server)
    sign_in(page, demo_server, EMAIL, PASSWORD)
    page.wait_for_url(demo_server + "/")

    # The Network page: Tom is due; the timer runs and logs at least a minute.
    page.goto(demo_server + "/network/")
    due = page.locator(".due-item", has_text="Tom Alvarez")
    assert due.is_visible()
    assert page.get_by_text("Something new today").is_visible()
    shoot(page, "network-01-page")
    page.get_by_role("button", name="Start timer").click()
    assert page.get_by_role("button", name="Stop and log").is_visible()
    page.get_by_role("button", name="Stop and log").click()
    page.wait_for_url(demo_server + "/network/")
    assert page.get_by_text("1 minutes logged").is_visible()
    due.get_by_role("button", name="Log it").click()
    page.wait_for_url(demo_server + "/network/")
    assert page.locator(".due-item", has_text="Tom Alvarez").count() == 0
    shoot(page, "network-02-after-logging")

    # Events: the one seeded, its name shown as text.
    page.goto(demo_server + "/network/events/")
    page.get_by_role("link", name="Alumni evening <b>NIU</b>").click()
    page.wait_for_url("**/network/events/*/")
    page.locator(".met-row", has_text="Helen Park").wait_for()
    assert page.locator(".met-row").count() == 2
    shoot(page, "network-03-event")

    page.goto(demo_server + "/network/references/")
    assert page.get_by_role("link", name="Tom Alvarez").is_visible()
    shoot(page, "network-04-references")

    # Charts: three inline SVGs with their accessible names, drawn with something in them.
    page.goto(demo_server + "/network/charts/")
    for title in ("Pipeline flows between stages",
                  "Follow-ups on time, late and missed, by week",
                  "Minutes spent networking each day"):
        chart = page.get_by_role("img", name=title)
        assert chart.is_visible()
        box = chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 80
    assert page.locator("svg.sankey path.link").count() >= 3
    assert page.locator("svg.heatmap rect.level-3, svg.heatmap rect.level-4").count() > 10
    shoot(page, "network-05-charts")

    # On a phone the pipeline's labels read at 11 px or more and none touches another.
    page.set_viewport_size({"width": 390, "height": 844})
    chart = page.get_by_role("img", name="Pipeline flows between stages")
    labels = chart.evaluate("""svg => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text.label')].map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
                    box: [r.left, r.right, r.top, r.bottom]};
        });
    }""")
    assert len(labels) >= 5
    for label in labels:
        assert label["px"] >= 11, label
    for n, one in enumerate(labels):
        for other in labels[n + 1:]:
            a, b = one["box"], other["box"]
            assert a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2], (one, other)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1280, "height": 900})

    assert problems == []
    context.close()
