"""The coach's dashboard page: everyone ranked, a page at a time, a summary line, a search."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from pursuit.coaching.views import PAGE_SIZE
from pursuit.networking.models import NetworkingSession
from tests.coaching.conftest import make_link
from tests.web.conftest import signed_in


def _coach_with(make_user, count: int):  # type: ignore[no-untyped-def]
    coach = make_user(is_coach=True)
    for n in range(count):
        make_link(make_user(f"cand{n:02d}@example.com", full_name=f"Candidate {n:02d}"), coach)
    return coach


def test_the_first_page_holds_the_first_fifty_and_the_next_the_rest(make_user) -> None:  # type: ignore[no-untyped-def]
    coach = _coach_with(make_user, PAGE_SIZE + 3)
    client = signed_in(coach)
    first = client.get(reverse("coach_dashboard")).content.decode()
    second = client.get(reverse("coach_dashboard") + "?page=2").content.decode()
    names = [f"Candidate {n:02d}" for n in range(PAGE_SIZE + 3)]
    on_first = [n for n in names if n in first]
    on_second = [n for n in names if n in second]
    assert len(on_first) == PAGE_SIZE and len(on_second) == 3
    assert not set(on_first) & set(on_second)
    assert f"Candidates 1–{PAGE_SIZE} of {PAGE_SIZE + 3}" in first
    assert 'rel="next"' in first and 'rel="prev"' in second
    # A page past the end shows the last one rather than an error.
    assert "Candidates 51–53" in client.get(reverse("coach_dashboard") + "?page=9").content.decode()


def test_the_summary_counts_everyone_not_just_the_page(make_user) -> None:  # type: ignore[no-untyped-def]
    coach = _coach_with(make_user, PAGE_SIZE + 2)
    busy = make_user("busy@example.com", full_name="Busy Bee")
    make_link(busy, coach)
    # The candidate's own today: in the evening in Chicago the UTC date is already tomorrow,
    # and a session dated tomorrow is not yet "this week" (CI caught that at 01:00 UTC).
    today = timezone.now().astimezone(ZoneInfo(busy.timezone)).date()
    NetworkingSession.objects.create(owner=busy, day=today, minutes=30, goal_minutes=15)
    page = signed_in(coach).get(reverse("coach_dashboard")).content.decode()
    total = PAGE_SIZE + 3
    assert f"<b>{total}</b> candidates" in page
    # Nobody has an application: all are below target; all but one did no networking.
    assert f"{total} below their pipeline target" in page
    assert f"{total - 1} not networking this week" in page


def test_a_search_finds_ones_own_candidates_by_name_or_email(make_user) -> None:  # type: ignore[no-untyped-def]
    coach = _coach_with(make_user, 3)
    stranger = make_user("candidate-zz@example.com", full_name="Candidate ZZ")
    make_link(stranger, make_user(is_coach=True))  # another coach's candidate
    client = signed_in(coach)
    page = client.get(reverse("coach_dashboard"), {"q": "candidate 01"}).content.decode()
    assert "Candidate 01" in page and "Candidate 02" not in page
    assert "matching “candidate 01”" in page
    by_mail = client.get(reverse("coach_dashboard"), {"q": "cand02@"}).content.decode()
    assert "Candidate 02" in by_mail and "Candidate 01" not in by_mail
    none = client.get(reverse("coach_dashboard"), {"q": "ZZ"}).content.decode()
    assert "Candidate ZZ" not in none and "No candidate of yours matches" in none
    escaped = client.get(reverse("coach_dashboard"), {"q": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in escaped and "&lt;b&gt;x&lt;/b&gt;" in escaped
