"""The dashboard's SQL agrees with the pure rules, costs a fixed number of queries, and the
invitation goes from e-mail to an active link."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pursuit.cadence.models import Touch
from pursuit.cadence.selectors import agenda_for
from pursuit.coaching import selectors, services
from pursuit.coaching.models import CoachLink
from pursuit.core import coaching as rules
from pursuit.core.errors import BadInput
from pursuit.networking.models import NetworkingSession
from tests.coaching.conftest import make_link
from tests.conftest import sent_mail
from tests.web.conftest import signed_in

# The four weeks before it hold the end of summer time in Europe (26 Oct) and the US (2 Nov).
NOW = datetime(2025, 11, 12, 17, 30, tzinfo=ZoneInfo("UTC"))
TYPES = ["thank_you_email", "thank_you_letter", "follow_up_call", "weekly_follow_up",
         "follow_up_after_reply", "postal_letter", "reference_alert", "interview_preparation"]


def random_touches(rng: random.Random, owner, application, n: int) -> None:  # type: ignore[no-untyped-def]
    zone = ZoneInfo(owner.timezone)
    rows = []
    for k in range(n):
        type_ = rng.choice(TYPES)
        due = (NOW.astimezone(zone) + timedelta(days=rng.randint(-40, 10))).date()
        deadline = None
        if type_ == "thank_you_email":
            deadline = datetime.combine(due + timedelta(days=1), datetime.min.time(),
                                        tzinfo=zone) + timedelta(hours=9)
        status = rng.choice(["planned", "done", "done", "skipped", "cancelled"])
        done_at = None
        if status == "done":
            # Around the due day's edges in the candidate's own zone, where UTC disagrees.
            done_at = datetime.combine(due, datetime.min.time(), tzinfo=zone) + timedelta(
                hours=rng.choice([-3, 8, 23, 24.5, 33, 50]))
        snoozed = due + timedelta(days=rng.randint(0, 4)) if rng.random() < 0.15 else None
        rows.append(Touch(owner=owner, application=application, key=f"k{k}", type=type_,
                          channel="email", recipient_name="Someone", due_on=due,
                          deadline=deadline, status=status, done_at=done_at,
                          done_on=done_at.astimezone(zone).date() if done_at else None,
                          snoozed_until=snoozed))
    Touch.objects.bulk_create(rows)


@pytest.fixture
def candidates(make_user, make_application):  # type: ignore[no-untyped-def]
    rng = random.Random(8)
    people = []
    for n, zone in enumerate(["America/Chicago", "Asia/Tokyo", "Pacific/Kiritimati",
                              "Pacific/Pago_Pago", "Europe/London"]):
        user = make_user(f"c{n}@example.com", full_name=f"Candidate {n}", timezone=zone)
        random_touches(rng, user, make_application(user, employer=f"Employer {n}"), 120)
        people.append(user)
    return people


def test_the_sql_figures_match_the_pure_rules(candidates) -> None:  # type: ignore[no-untyped-def]
    figures = selectors.figures_for(candidates, NOW)
    for user in candidates:
        today = NOW.astimezone(ZoneInfo(user.timezone)).date()
        facts = [f for _, f in selectors.touch_facts(user, today)]
        assert figures[user.pk].adherence == rules.tally(facts, now=NOW, today=today), user
        assert figures[user.pk].adherence.overall.total > 10  # the data does exercise it
        overdue = [i for i in agenda_for(user, now=NOW) if i.overdue and not i.held]
        assert figures[user.pk].overdue == len(overdue), user


def test_networking_minutes_count_the_candidates_own_week(make_user) -> None:  # type: ignore[no-untyped-def]
    user = make_user(timezone="Asia/Tokyo")
    now = datetime(2025, 10, 29, 17, 30, tzinfo=ZoneInfo("UTC"))  # Thursday 30 Oct in Tokyo
    for day, minutes in (("2025-10-26", 50), ("2025-10-27", 10), ("2025-10-30", 5),
                         ("2025-10-31", 99)):
        NetworkingSession.objects.create(owner=user, day=day, minutes=minutes, goal_minutes=15)
    assert selectors.figures_for([user], now)[user.pk].networking_minutes_week == 15


def test_the_dashboard_costs_the_same_queries_for_2_and_4_candidates(make_user, candidates):  # type: ignore[no-untyped-def]
    small, large = make_user(is_coach=True), make_user(is_coach=True)
    for c in candidates[:2]:
        make_link(c, small)
    for c in candidates:
        make_link(c, large)
    counts = []
    for coach in (small, large):
        with CaptureQueriesContext(connection) as queries:
            rows = selectors.dashboard(coach, NOW)
        counts.append(len(queries))
        assert rows
    # The links, then the figures' six grouped queries (the sixth: placements, issue 17).
    assert counts[0] == counts[1] == 7


def test_the_dashboard_puts_who_needs_attention_first(make_user, candidates) -> None:  # type: ignore[no-untyped-def]
    coach = make_user(is_coach=True)
    for c in candidates:
        make_link(c, coach)
    rows = selectors.dashboard(coach, NOW)
    scores = [r.attention.score for r in rows]
    assert scores == sorted(scores, reverse=True)


# --- The invitation --------------------------------------------------------------------------

def test_an_invitation_is_mailed_accepted_and_makes_a_coach(owner, make_user, settings) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    response = signed_in(owner).post(reverse("coach_settings"), {"email": "Mentor@Example.com"})
    assert response.status_code == 302
    assert mail.outbox == []  # queued, not sent inside the request
    [message] = sent_mail()
    assert message.to == ["mentor@example.com"] and "Jordan Rivera" in message.subject
    url = message.body.split("http://testserver")[1].split()[0]
    link = CoachLink.objects.get(candidate=owner)
    assert link.status == "invited" and url.split("/")[-2] not in link.token_hash

    mentor = make_user("mentor@example.com")
    coach = signed_in(mentor)
    assert coach.get(url).status_code == 200
    response = coach.post(url, {"answer": "accept"})
    assert response.status_code == 302
    link.refresh_from_db()
    mentor.refresh_from_db()
    assert link.status == "active" and link.coach == mentor and mentor.is_coach
    assert coach.get(reverse("coach_candidate", args=[link.pk])).status_code == 200
    assert coach.get(url).status_code == 404  # answered: the link is spent


def test_only_the_invited_address_can_accept(owner, make_user) -> None:  # type: ignore[no-untyped-def]
    mail.outbox = []
    services.coach_invite(candidate=owner, email="mentor@example.com", base_url="http://x/")
    token = sent_mail()[0].body.split("/coach/invitation/")[1].split("/")[0]
    stranger = make_user("stranger@example.com")
    with pytest.raises(BadInput):
        services.coach_accept(user=stranger, token=token)
    assert signed_in(stranger).post(
        reverse("coach_invitation", args=[token]), {"answer": "accept"}).status_code == 404
    assert CoachLink.objects.get(candidate=owner).status == "invited"


def test_one_live_link_per_coach_and_never_oneself(owner) -> None:  # type: ignore[no-untyped-def]
    services.coach_invite(candidate=owner, email="mentor@example.com", base_url="http://x/")
    with pytest.raises(BadInput, match="already invited"):
        services.coach_invite(candidate=owner, email="MENTOR@example.com", base_url="http://x/")
    with pytest.raises(BadInput, match="yourself"):
        services.coach_invite(candidate=owner, email=owner.email, base_url="http://x/")
    link = CoachLink.objects.get(candidate=owner)
    services.coach_revoke(candidate=owner, link_id=link.pk)
    services.coach_invite(candidate=owner, email="mentor@example.com", base_url="http://x/")
    assert CoachLink.objects.filter(candidate=owner).count() == 2


def test_declining_leaves_no_access(owner, make_user) -> None:  # type: ignore[no-untyped-def]
    mail.outbox = []
    services.coach_invite(candidate=owner, email="mentor@example.com", base_url="http://x/")
    token = sent_mail()[0].body.split("/coach/invitation/")[1].split("/")[0]
    mentor = make_user("mentor@example.com")
    link = services.coach_decline(user=mentor, token=token)
    assert link.status == "declined" and link.coach is None and not mentor.is_coach


def test_the_figures_are_computed_once_a_minute_and_afresh_for_a_new_candidate(  # type: ignore[no-untyped-def]
        make_user, candidates) -> None:
    coach = make_user(is_coach=True)
    for c in candidates[:3]:
        make_link(c, coach)
    first = {r.candidate.pk: r.figures for r in selectors.dashboard(coach, NOW)}
    quiet = candidates[0]
    NetworkingSession.objects.create(owner=quiet, day=NOW.date(), minutes=45, goal_minutes=15)
    with CaptureQueriesContext(connection) as queries:
        again = {r.candidate.pk: r.figures for r in selectors.dashboard(coach, NOW)}
    assert len(queries) == 1 and again == first  # the same minute: read back, not recomputed
    later = {r.candidate.pk: r.figures
             for r in selectors.dashboard(coach, NOW + timedelta(seconds=60))}
    assert later[quiet.pk].networking_minutes_week == first[quiet.pk].networking_minutes_week + 45
    make_link(candidates[3], coach)
    with CaptureQueriesContext(connection) as queries:
        rows = selectors.dashboard(coach, NOW + timedelta(seconds=61))
    assert len(queries) == 7 and candidates[3].pk in {r.candidate.pk for r in rows}
