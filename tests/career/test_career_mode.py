"""Career mode, as a candidate lives it: the offer accepted on the board, the other processes
closed with a note to each person met (or kept open), thanks to the people who helped, the
news told once, the rhythm kept, and a new search one day. Nothing is sent unapproved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.cadence.services import event_record, reference_add
from pursuit.career import services
from pursuit.digest.services import digest_for
from pursuit.letters.models import Letter
from pursuit.letters.services import letter_approve, letter_proofread
from pursuit.networking.models import NetworkingProfile
from pursuit.outbox.models import Message
from pursuit.pipeline.models import Application, Event, Placement
from tests.coaching.conftest import Personas
from tests.web.conftest import signed_in


@pytest.fixture
def search(personas: Personas, make_contact, make_application, log_round):  # type: ignore[no-untyped-def]
    """The owner's search: Larchmont (the world's application, about to be accepted; Tom is
    its reference), Bellweather (interviewing with Ana; Rafael referred them), Quillstone
    (rejected; Carla was its only reference) and Northgate (an offer declined; Rita spoke
    for it)."""
    owner = personas.owner
    now = timezone.now()
    ana = make_contact(owner, "Ana Ferreira", title="Head of Platform")
    bell = make_application(owner, employer="Bellweather Freight", role="Platform Engineer",
                            referred_by="Rafael Ortiz")
    log_round(bell, now - timedelta(days=3), [ana])
    quill = make_application(owner, employer="Quillstone", role="Backend Engineer")
    carla = make_contact(owner, "Carla Mendes", title="Former colleague")
    reference_add(owner=owner, application_id=quill.pk, contact_id=carla.pk)
    event_record(owner=owner, application_id=quill.pk, type="rejected", at=now)
    north = make_application(owner, employer="Northgate Robotics", role="Data Lead")
    rita = make_contact(owner, "Rita Okafor")
    reference_add(owner=owner, application_id=north.pk, contact_id=rita.pk)
    event_record(owner=owner, application_id=north.pk, type="offer_received", at=now)
    return {"bell": bell, "quill": quill, "north": north, "ana": ana, "carla": carla,
            "rita": rita}


def accept(personas: Personas):  # type: ignore[no-untyped-def]
    client = signed_in(personas.owner)
    response = client.post(reverse("application_move", args=[personas.world.application.pk]),
                           {"stage": "accepted"})
    return client, response


def test_accepting_on_the_board_starts_career_mode(personas: Personas, search) -> None:  # type: ignore[no-untyped-def]
    _, response = accept(personas)
    assert response.status_code == 302 and response.url == reverse("career")
    app = Application.objects.get(pk=personas.world.application.pk)
    placement = Placement.objects.get(owner=personas.owner)
    assert app.stage == "accepted" and placement.application_id == app.pk
    assert Event.objects.filter(application=app, type="offer_received").exists()
    # Its calls and weekly follow-ups are over; thank-yous and alerts owed stay (R7).
    planned = set(Touch.objects.filter(application=app, status="planned")
                  .values_list("type", flat=True))
    assert planned <= {"thank_you_email", "thank_you_letter", "reference_alert"}
    # The search in figures: 1 round here + 1 at Bellweather; two offers (Northgate, Larchmont).
    assert (placement.interviews, placement.offers) == (2, 2)
    assert placement.days_to_offer is not None


def test_the_other_open_processes_are_offered_for_closing(personas: Personas, search) -> None:  # type: ignore[no-untyped-def]
    client, _ = accept(personas)
    page = client.get(reverse("career")).content.decode()
    assert "Bellweather Freight" in page and "You met Ana Ferreira" in page
    assert "Withdraw and draft the notes" in page and "Keep it open" in page


def test_withdrawing_drafts_a_note_per_person_and_stops_the_follow_ups(personas: Personas,
                                                                       search) -> None:  # type: ignore[no-untyped-def]
    client, _ = accept(personas)
    bell = search["bell"]
    client.post(reverse("career_withdraw", args=[bell.pk]))
    bell.refresh_from_db()
    assert bell.stage == "withdrawn"
    assert Event.objects.filter(application=bell, type="candidate_withdrew").exists()
    assert not Touch.objects.filter(application=bell, status="planned",
                                    type__in=["follow_up_call", "weekly_follow_up"]).exists()
    (note,) = Touch.objects.filter(application=bell, type="withdrawal_note")
    letter = Letter.objects.get(touch=note)
    assert (note.recipient_name, note.status, letter.kind, letter.status) == \
        ("Ana Ferreira", "planned", "withdrawal_note", "draft")
    assert "Bellweather Freight" in letter.body and "accepted another offer" in letter.body
    assert "Larchmont" not in letter.body  # the new employer is the candidate's news to give
    assert not Message.objects.filter(owner=personas.owner).exists()  # nothing unapproved
    # A re-plan of the withdrawn application leaves the note alone (it is outside the plan).
    client.post(reverse("career_withdraw", args=[bell.pk]))
    assert Touch.objects.filter(application=bell, type="withdrawal_note").count() == 1


def test_an_approved_note_goes_to_the_outbox(personas: Personas, search) -> None:  # type: ignore[no-untyped-def]
    accept(personas)
    (note,) = services.withdraw_with_notes(owner=personas.owner,
                                           application_id=search["bell"].pk, at=timezone.now())
    letter = Letter.objects.get(touch=note)
    assert letter_proofread(owner=personas.owner, letter_id=letter.pk).open == []
    letter_approve(owner=personas.owner, letter_id=letter.pk)
    message = Message.objects.get(owner=personas.owner)
    assert message.to_address == "ana.ferreira@example.com" and message.state == "queued"


def test_keep_it_open_is_one_click(personas: Personas, search) -> None:  # type: ignore[no-untyped-def]
    client, _ = accept(personas)
    bell = search["bell"]
    client.post(reverse("career_keep", args=[bell.pk]))
    bell.refresh_from_db()
    assert bell.stage == "interviewing"
    assert Touch.objects.filter(application=bell, status="planned",
                                type="follow_up_call").exists()
    assert "Kept open: its follow-ups go on." in client.get(reverse("career")).content.decode()


def test_thanks_go_to_references_referrers_and_the_coach(personas: Personas, search) -> None:  # type: ignore[no-untyped-def]
    client, _ = accept(personas)
    client.post(reverse("career_thanks"))
    letters = {t.recipient_name: Letter.objects.get(touch=t).body for t in Touch.objects.filter(
        owner=personas.owner, type="thanks_after_offer")}
    assert set(letters) == {"Tom Alvarez", "Carla Mendes", "Rita Okafor", "Rafael Ortiz",
                            "Casey Coach"}
    # Tom spoke for the job accepted: he hears it all.
    assert "Larchmont Analytics" in letters["Tom Alvarez"]
    assert "offered me the job" in letters["Tom Alvarez"]
    # Carla spoke only for Quillstone: no word of the offers she was not asked about.
    assert "Quillstone" in letters["Carla Mendes"]
    for other in ("Larchmont", "Northgate", "Bellweather", "offer"):
        assert other not in letters["Carla Mendes"], other
    assert "Data Engineer" in letters["Carla Mendes"]  # the new role itself
    # Rita spoke for Northgate, which made an offer: that one she may hear of.
    assert "Northgate Robotics" in letters["Rita Okafor"] and "made me an offer" in \
        letters["Rita Okafor"]
    assert "Larchmont" not in letters["Rita Okafor"]
    # The referrer and the coach get the news in full.
    assert "referring me to Bellweather Freight" in letters["Rafael Ortiz"]
    assert "Larchmont Analytics" in letters["Rafael Ortiz"]
    assert "coaching" in letters["Casey Coach"]
    assert not Message.objects.filter(owner=personas.owner).exists()


def test_the_news_is_told_once_to_the_people_picked(personas: Personas, search,
                                                    make_contact) -> None:  # type: ignore[no-untyped-def]
    owner = personas.owner
    friends = [make_contact(owner, name) for name in ("Dana Wu", "Eli Park", "Fay Ruiz")]
    for friend in friends:
        friend.keep_in_touch_days = 90
        friend.save()
    client, _ = accept(personas)
    client.post(reverse("career_announce"), {"contacts": [friends[0].pk, friends[1].pk]})
    client.post(reverse("career_announce"), {"contacts": [friends[0].pk]})  # told already
    told = Touch.objects.filter(owner=owner, type="announcement")
    assert sorted(t.recipient_name for t in told) == ["Dana Wu", "Eli Park"]
    body = Letter.objects.get(touch__contact=friends[0], touch__type="announcement").body
    assert "Data Engineer role at Larchmont Analytics" in body and "help" in body
    assert Placement.objects.get(owner=owner).announced_at is not None


def test_the_rhythm_goes_on_weekly_and_comes_back_with_a_new_search(personas: Personas,
                                                                   search) -> None:  # type: ignore[no-untyped-def]
    owner = personas.owner
    client, _ = accept(personas)
    client.post(reverse("career_rhythm"), {"period": "week", "weekly_minutes": "45"})
    profile = NetworkingProfile.objects.get(owner=owner)
    assert (profile.goal_period, profile.weekly_goal_minutes) == ("week", 45)
    assert "of 45 min this week" in client.get(reverse("network")).content.decode()
    today = client.get(reverse("today")).content.decode()
    assert "Your job search is over; your network is what you tend now" in today
    assert "open of your target" not in today
    assert "You are placed" in client.get(reverse("board")).content.decode()
    digest = digest_for(owner, now=timezone.now())
    assert "You are Data Engineer at Larchmont Analytics now" in digest.body
    assert "touch" not in digest.subject.split(",")[0]

    response = client.post(reverse("career_restart"))
    assert response.url == reverse("board")
    assert NetworkingProfile.objects.get(owner=owner).goal_period == "day"
    assert Placement.objects.get(owner=owner).ended_at is not None
    board = client.get(reverse("board")).content.decode()
    assert "open of your target" in board and "You are placed" not in board
    assert Application.objects.filter(owner=owner).count() == 5  # the history is all there


def test_a_new_search_can_end_in_a_second_placement(personas: Personas, search,
                                                    make_application) -> None:  # type: ignore[no-untyped-def]
    owner = personas.owner
    accept(personas)
    services.search_restart(owner=owner, at=timezone.now())
    later = make_application(owner, employer="Oakhaven Health", role="Data Architect")
    services.offer_accept(owner=owner, application_id=later.pk,
                          at=timezone.now() + timedelta(days=1))
    second = Placement.objects.get(owner=owner, ended_at__isnull=True)
    assert second.application_id == later.pk and second.interviews == 0


def test_the_coach_sees_the_candidate_placed(personas: Personas, search) -> None:  # type: ignore[no-untyped-def]
    accept(personas)
    coach = signed_in(personas.coach)
    page = coach.get(reverse("coach_candidate", args=[personas.link.pk])).content.decode()
    assert "Placed " in page and "Data Engineer at Larchmont Analytics" in page
    dashboard = coach.get(reverse("coach_dashboard")).content.decode()
    assert "<b>1</b> placed" in dashboard
    assert "<b>1.0</b> interviews per offer" in dashboard  # 2 interviews, 2 offers


def test_another_users_application_cannot_be_accepted_or_closed(personas: Personas,
                                                                search) -> None:  # type: ignore[no-untyped-def]
    outsider = signed_in(personas.other_candidate)
    for name in ("career_accept", "career_withdraw", "career_keep"):
        assert outsider.post(reverse(name, args=[search["bell"].pk])).status_code == 404
    assert not Placement.objects.exists()
    assert Application.objects.get(pk=search["bell"].pk).stage == "interviewing"
