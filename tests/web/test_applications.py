"""Applications: add, edit, log a round with interviewers, debrief, events, references."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.pipeline.models import Application, Interviewer


def _round_post(people: list[dict[str, str]], **extra: str) -> dict[str, object]:
    data: dict[str, object] = {
        "day": "2025-10-17", "start_time": "15:00", "end_time": "16:00",
        "timezone": "America/Chicago", "format": "panel", "location": "", "status": "held",
        "person-TOTAL_FORMS": str(len(people)), "person-INITIAL_FORMS": "0",
        "person-MIN_NUM_FORMS": "0", "person-MAX_NUM_FORMS": "12", **extra,
    }
    for n, person in enumerate(people):
        for key, value in person.items():
            data[f"person-{n}-{key}"] = value
        data.setdefault(f"person-{n}-role", "interviewer")
    return data


def test_add_an_application_with_a_referral(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(reverse("application_new"), {
        "employer": "Ferncliff Labs", "role": "ML Engineer", "stage": "applied",
        "preferred_channel": "no_preference", "referred_by": "Marcus Lee",
        "salary_range": "$150k-$170k", "posting_url": "https://jobs.example/42",
    })
    application = Application.objects.get(owner=owner, role="ML Engineer")
    assert response.url == reverse("application", args=[application.pk])
    assert application.referred_by.full_name == "Marcus Lee"  # type: ignore[union-attr]
    page = owner_client.get(response.url).content.decode()
    assert "$150k-$170k" in page and "Marcus Lee" in page


def test_log_a_round_with_a_known_and_a_new_interviewer(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    url = reverse("round_new", args=[world.application.pk])
    assert "Priya Raman" in owner_client.get(url).content.decode()
    response = owner_client.post(url, _round_post([
        {"contact": str(world.hiring_manager.pk), "hiring_manager": "on",
         "topics": "roadmap, hiring"},
        {"name": "Dana Whitfield", "email": "dana@larchmont.example", "title": "Staff Engineer",
         "topics": "Kafka"},
        {},
    ]))
    assert response.status_code == 302
    new_round = world.application.rounds.order_by("-number").first()
    assert response.url == reverse("debrief", args=[new_round.pk])
    names = [i.contact.full_name for i in new_round.interviewers.order_by("position")]
    assert names == ["Priya Raman", "Dana Whitfield"]
    dana = Contact.objects.get(owner=world.owner, full_name="Dana Whitfield")
    assert dana.primary_email == "dana@larchmont.example"
    assert Touch.objects.filter(round=new_round, type="thank_you_email").count() == 2


def test_a_round_needs_someone_and_a_sane_time(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    url = reverse("round_new", args=[world.application.pk])
    page = owner_client.post(url, _round_post([{}])).content.decode()
    assert "Name at least one person you met" in page
    page = owner_client.post(url, _round_post([{"name": "X Y"}], end_time="14:00")).content.decode()
    assert "ends before it starts" in page


def test_a_round_that_has_not_started_cannot_be_logged_as_held(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    """Held means thank-yous at once: a round typed for later today as held would send them
    before the interview. The form says so and keeps what was typed; as scheduled it logs."""
    url = reverse("round_new", args=[world.application.pk])
    later = timezone.now().astimezone(ZoneInfo("America/Chicago")) + timedelta(hours=3)
    times = {"day": later.date().isoformat(), "start_time": f"{later:%H:%M}",
             "end_time": f"{later + timedelta(minutes=45):%H:%M}"}
    if later.date() != (later + timedelta(minutes=45)).date():
        times["start_time"], times["end_time"] = "23:00", "23:45"
    rounds = world.application.rounds.count()
    response = owner_client.post(url, _round_post([{"name": "Dana Whitfield"}], **times))
    assert response.status_code == 200 and world.application.rounds.count() == rounds
    page = response.content.decode()
    # the service's rule, shown at the status field with when the round starts, in its zone
    assert "This round has not started yet (it starts" in page and "America/Chicago" in page
    assert f"at {times['start_time']}" in page and "Dana Whitfield" in page
    response = owner_client.post(url, _round_post([{"name": "Dana Whitfield"}], **times,
                                                  status="scheduled"))
    assert response.status_code == 302 and world.application.rounds.count() == rounds + 1


def test_others_contacts_cannot_be_picked(owner_client, world, outsider, make_contact) -> None:  # type: ignore[no-untyped-def]
    theirs = make_contact(outsider, "Not Yours")
    url = reverse("round_new", args=[world.application.pk])
    response = owner_client.post(url, _round_post([{"contact": str(theirs.pk)}]))
    assert response.status_code == 200  # the choice is not offered, so the form refuses it
    assert not Interviewer.objects.filter(contact=theirs).exists()


def test_debrief_saves_each_interviewer_and_the_decision_date(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    url = reverse("debrief", args=[world.round.pk])
    people = list(world.round.interviewers.order_by("position"))
    data = {}
    for i in people:
        data[f"i{i.pk}-topics"] = "data quality\nteam growth"
        data[f"i{i.pk}-cares_about"] = "reliability"
        data[f"i{i.pk}-next_steps"] = "panel next week"
    data[f"i{people[0].pk}-decision_on"] = "2030-06-01"
    assert owner_client.post(url, data).status_code == 302
    people[0].refresh_from_db()
    assert people[0].topics == ["data quality", "team growth"]
    world.application.refresh_from_db()
    assert str(world.application.expected_decision_on) == "2030-06-01"


def test_events_references_and_round_status(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    app = world.application
    owner_client.post(reverse("reference_add", args=[app.pk]),
                      {"name": "Dr. Helen Park", "relationship": "professor"})
    assert app.references.count() == 2
    owner_client.post(reverse("round_status", args=[world.round.pk]), {"status": "cancelled"})
    world.round.refresh_from_db()
    assert world.round.status == "cancelled"
    owner_client.post(reverse("event_add", args=[app.pk]),
                      {"type": "job_filled", "at": "2031-01-05T10:00", "summary": "Hired inside"})
    app.refresh_from_db()
    assert app.stage == "filled"


def test_reschedule_needs_the_new_times(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("round_status", args=[world.round.pk]), {"status": "rescheduled"})
    world.round.refresh_from_db()
    assert world.round.status == "held"
    owner_client.post(reverse("round_status", args=[world.round.pk]), {
        "status": "rescheduled", "day": "2031-02-03", "start_time": "10:00", "end_time": "11:00"})
    world.round.refresh_from_db()
    assert world.round.status == "rescheduled" and world.round.start.year == 2031


def test_a_round_is_marked_held_only_once_it_has_started(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("round_status", args=[world.round.pk]), {
        "status": "rescheduled", "day": "2031-02-03", "start_time": "10:00", "end_time": "11:00"})
    response = owner_client.post(reverse("round_status", args=[world.round.pk]),
                                 {"status": "held"}, follow=True)
    world.round.refresh_from_db()
    assert world.round.status == "rescheduled"
    page = response.content.decode()
    assert "This round has not started yet (it starts Monday February 3 at 10:00" in page
    assert "log it as scheduled, or mark it held once it has taken place." in page


def test_edit_changes_details_and_delete_asks_first(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    app = world.application
    owner_client.post(reverse("application_edit", args=[app.pk]), {
        "employer": "Larchmont Analytics", "role": "Senior Data Engineer",
        "preferred_channel": "email", "notes": "Second call went well"})
    app.refresh_from_db()
    assert (app.role, app.preferred_channel) == ("Senior Data Engineer", "email")
    confirm = owner_client.get(reverse("application_delete", args=[app.pk]))
    assert "Delete" in confirm.content.decode()
    assert Application.objects.filter(pk=app.pk).exists()
    owner_client.post(reverse("application_delete", args=[app.pk]))
    assert not Application.objects.filter(pk=app.pk).exists()
    assert Contact.objects.filter(pk=world.hiring_manager.pk).exists()


def test_closed_applications_offer_their_interviewers_as_network(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    app = world.application
    owner_client.post(reverse("application_move", args=[app.pk]), {"stage": "rejected"})
    page = owner_client.get(reverse("application", args=[app.pk])).content.decode()
    assert "Keep in touch with the people you met" in page
    assert reverse("network_keep_in_touch_offer", args=[app.pk]) in page


def test_the_list_filters_by_stage_and_text(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    assert "Data Engineer" in owner_client.get(reverse("applications")).content.decode()
    page = owner_client.get(reverse("applications"), {"stage": "closed"}).content.decode()
    assert "Nothing matches this filter" in page
    page = owner_client.get(reverse("applications"), {"stage": "", "q": "larch"}).content.decode()
    assert "Data Engineer" in page
