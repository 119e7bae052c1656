"""A career coach in a real browser against the real server, with screenshots.

One candidate loads the demo data; 54 more are seeded through the app's own services with a
few applications and some networking each, all coached by one coach. The coach signs in, sees
who needs attention first, pages through, finds a candidate by name, and opens a candidate's
read-only page. Nothing runs that the Content-Security-Policy refuses, and nothing is fetched
from anywhere but the app.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import run_pursuit
from tests.e2e.conftest import running_server, seed, shoot, sign_in, watched_page

pytestmark = pytest.mark.e2e

COACH = "coach@example.com"
CANDIDATE = "jordan@example.com"
PASSWORD = "a long enough passphrase"

SEED = """
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.accounts.models import User
from pursuit.coaching.models import CoachLink
from pursuit.networking import services as networking
from pursuit.pipeline.services import application_create
coach = User.objects.get(email=%(coach)r)
jordan = User.objects.get(email=%(candidate)r)
today = timezone.localdate()
people = [jordan]
for n in range(54):
    user = User.objects.create_user(f"cand{n:02d}@example.com", "x" * 20,
                                    full_name=f"Candidate {n:02d}")
    for a in range(n %% 7):
        application_create(owner=user, employer=f"Employer {a}", role="Analyst")
    if n %% 3:
        networking.session_log(owner=user, day=today, minutes=15 + n)
    people.append(user)
people[1].full_name = "Renée <b>O'Brien</b>"
people[1].save()
for n, user in enumerate(people):
    CoachLink.objects.create(candidate=user, coach=coach, coach_email=coach.email,
                             status="active", token_hash=f"{n:064d}",
                             accepted_at=timezone.now(), share_letters=user == jordan)
"""


@pytest.fixture(scope="module")
def coach_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("pursuit-coach-home")
    for email, extra in ((CANDIDATE, ["--name", "Jordan Rivera"]), (COACH, ["--coach"])):
        made = run_pursuit("createuser", email, *extra, "--password-stdin", home=home,
                           stdin=PASSWORD + "\n")
        assert made.returncode == 0, made.stderr
    demo = run_pursuit("demo", "--user", CANDIDATE, home=home)
    assert demo.returncode == 0, demo.stderr
    seed(home, SEED % {"coach": COACH, "candidate": CANDIDATE})
    with running_server(home, "--no-worker") as url:
        yield url


def test_a_coach_finds_who_needs_them_first(coach_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, problems = watched_page(browser, coach_server)
    sign_in(page, coach_server, COACH, PASSWORD)
    page.goto(coach_server + "/coach/")

    summary = page.locator(".coach-summary")
    assert "55 candidates" in summary.inner_text()
    rows = page.locator(".coach-table tbody tr")
    assert rows.count() == 50
    # The first row needs the coach at least as much as the last one on the page.
    assert rows.first.locator(".why").inner_text() != "on track"
    assert page.get_by_text("Candidates 1–50 of 55").is_visible()
    shoot(page, "coach-01-dashboard")

    page.get_by_role("link", name="Next →").click()
    page.wait_for_url("**/coach/?page=2")
    assert page.locator(".coach-table tbody tr").count() == 5

    # A name with markup in it is found by search and shown as text.
    page.get_by_label("Find a candidate").fill("O'Brien")
    page.get_by_role("button", name="Find").click()
    page.wait_for_url("**/coach/?q=*")
    assert page.get_by_role("link", name="Renée <b>O'Brien</b>").is_visible()
    assert page.locator(".coach-table tbody tr").count() == 1
    shoot(page, "coach-02-search")

    page.get_by_label("Find a candidate").fill("Jordan")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Jordan Rivera").click()
    page.wait_for_url("**/coach/candidates/*/")
    assert page.get_by_role("heading", name="Jordan Rivera").is_visible()
    assert page.locator(".figures").is_visible()
    shoot(page, "coach-03-candidate")

    assert problems == []
    context.close()
