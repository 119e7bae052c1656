"""What each endpoint does, through the services the web app uses."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.letters.models import Letter
from pursuit.outbox.models import Message
from pursuit.pipeline.models import Application, Event, Round

pytestmark = pytest.mark.django_db


# --- Contacts ---------------------------------------------------------------------------------

def test_contacts_are_searched_by_name_company_title_or_email(world, api) -> None:  # type: ignore[no-untyped-def]
    assert [c["full_name"] for c in api.get("/api/contacts").json()["items"]] == [
        "Priya Raman", "Sam Chen"]
    found = api.get("/api/contacts", q="platform").json()
    assert [c["full_name"] for c in found["items"]] == ["Priya Raman"]
    assert found["count"] == 1
    assert api.get("/api/contacts", q="sam.chen@").json()["items"][0]["id"] == world.colleague.pk


def test_a_contact_is_added_with_its_emails_and_phones(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post("/api/contacts", {"full_name": "  Ana   de la Cruz ", "company": "Acme",
                                          "emails": ["ana@acme.example"],
                                          "phones": ["+1 312 555 0101"],
                                          "timezone": "Europe/Madrid"})
    assert response.status_code == 201
    body = response.json()
    assert (body["full_name"], body["first"], body["last"]) == ("Ana de la Cruz", "Ana", "Cruz")
    assert body["emails"] == ["ana@acme.example"]
    assert body["phones"][0]["as_printed"] == "+1 312 555 0101"
    contact = Contact.objects.get(pk=body["id"])
    assert contact.owner == world.owner and contact.organization.name == "Acme"  # type: ignore[union-attr]


def test_a_contact_changes_only_in_the_fields_sent(world, api) -> None:  # type: ignore[no-untyped-def]
    url = f"/api/contacts/{world.colleague.pk}"
    body = api.patch(url, {"title": "Staff Engineer", "email": "sam@new.example",
                           "paused_until": "2031-01-01"}).json()
    assert body["title"] == "Staff Engineer" and body["company"] == "Larchmont Analytics"
    assert body["emails"] == ["sam@new.example"] and body["paused_until"] == "2031-01-01"
    assert api.patch(url, {"paused_until": None}).json()["paused_until"] is None
    assert api.patch(url, {"title": None}).status_code == 422  # "" clears, null means nothing


def test_contact_input_is_checked(api) -> None:  # type: ignore[no-untyped-def]
    assert api.post("/api/contacts", {"full_name": "   "}).status_code == 422
    assert api.post("/api/contacts", {"full_name": "A", "title": "x" * 201}).status_code == 422
    assert api.post("/api/contacts", {"full_name": "Nul\x00"}).status_code == 422


# --- Applications -----------------------------------------------------------------------------

def test_applications_are_listed_by_stage(world, api, make_application) -> None:  # type: ignore[no-untyped-def]
    make_application(world.owner, employer="Acme", role="Analyst", stage="rejected")
    assert [a["employer"] for a in api.get("/api/applications", stage="open").json()["items"]] \
        == ["Larchmont Analytics"]
    assert [a["employer"] for a in api.get("/api/applications", stage="closed")
            .json()["items"]] == ["Acme"]
    assert api.get("/api/applications", stage="rejected").json()["count"] == 1
    assert api.get("/api/applications", q="larchmont").json()["count"] == 1
    assert api.get("/api/applications", stage="nonsense").status_code == 422


def test_an_application_is_added_with_its_referral(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post("/api/applications", {
        "employer": "Acme", "role": "Analyst", "stage": "interested",
        "referred_by": "Priya Raman", "posting_url": "https://acme.example/jobs/1"})
    assert response.status_code == 201
    body = response.json()
    assert body["stage"] == "interested" and body["referred_by"] == {
        "id": world.hiring_manager.pk, "full_name": "Priya Raman"}
    assert api.post("/api/applications", {"employer": "Acme", "role": "X",
                                          "posting_url": "javascript:alert(1)"}).status_code == 422


def test_an_application_update_keeps_what_was_not_sent(world, api) -> None:  # type: ignore[no-untyped-def]
    world.application.referred_by = world.colleague
    world.application.save()
    url = f"/api/applications/{world.application.pk}"
    body = api.patch(url, {"salary_range": "120-140k"}).json()
    assert body["salary_range"] == "120-140k"
    assert body["employer"] == "Larchmont Analytics" and body["referred_by"]["id"] == \
        world.colleague.pk


def test_moving_an_application_to_an_ending_stage_records_its_event(world, api) -> None:  # type: ignore[no-untyped-def]
    body = api.patch(f"/api/applications/{world.application.pk}", {"stage": "rejected"}).json()
    assert body["stage"] == "rejected"
    assert Event.objects.filter(application=world.application, type="rejected").exists()
    # The follow-ups stop (cadence R7): no planned weekly follow-up or call is left.
    assert not Touch.objects.filter(application=world.application, status="planned",
                                    type__in=["weekly_follow_up", "follow_up_call"]).exists()


@pytest.mark.parametrize(("sent", "stored"), [
    ("US/Central", "America/Chicago"), ("Asia/Calcutta", "Asia/Kolkata"),
    ("Etc/UTC", "UTC"), ("Europe/Kiev", "Europe/Kyiv"), ("Europe/Madrid", "Europe/Madrid")])
def test_a_time_zone_alias_is_stored_as_the_zone_the_picker_offers(api, sent: str,  # type: ignore[no-untyped-def]
                                                                   stored: str) -> None:
    created = api.post("/api/contacts", {"full_name": "Ana Lima", "timezone": sent})
    assert created.status_code == 201 and created.json()["timezone"] == stored
    assert Contact.objects.get(pk=created.json()["id"]).timezone == stored
    patched = api.patch(f"/api/contacts/{created.json()['id']}", {"timezone": sent})
    assert patched.json()["timezone"] == stored


@pytest.mark.parametrize("zone", ["America", "Mars/Olympus", "EST5EDT", "Etc/GMT+5",
                                  "Factory", "x" * 64])
def test_a_name_that_is_no_places_zone_is_refused_naming_the_field(world, api,  # type: ignore[no-untyped-def]
                                                                   zone: str) -> None:
    response = api.post("/api/contacts", {"full_name": "Ana Lima", "timezone": zone})
    assert response.status_code == 400
    assert response.json()["field"] == "timezone" and "time zone" in response.json()["detail"]
    response = api.post(f"/api/applications/{world.application.pk}/rounds", {
        "start": "2030-03-04T10:00:00-06:00", "end": "2030-03-04T11:00:00-06:00",
        "timezone": zone, "interviewers": [{"contact_id": world.colleague.pk}]})
    assert response.status_code == 400 and response.json()["field"] == "timezone"
    assert not Contact.objects.filter(full_name="Ana Lima").exists()


def test_a_round_stores_the_canonical_zone(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post(f"/api/applications/{world.application.pk}/rounds", {
        "start": "2030-03-04T10:00:00-06:00", "end": "2030-03-04T11:00:00-06:00",
        "timezone": "US/Central", "status": "scheduled",
        "interviewers": [{"contact_id": world.colleague.pk}]})
    assert response.status_code == 201, response.content
    assert response.json()["timezone"] == "America/Chicago"


# --- Rounds -----------------------------------------------------------------------------------

def test_a_round_is_logged_with_interviewers_by_contact_id(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post(f"/api/applications/{world.application.pk}/rounds", {
        "start": "2030-03-04T10:00:00-06:00", "end": "2030-03-04T11:00:00-06:00",
        "timezone": "America/Chicago", "status": "scheduled",
        "interviewers": [{"contact_id": world.colleague.pk, "hiring_manager": True,
                          "topics": ["pipelines"]}]})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["number"] == 2 and body["status"] == "scheduled"
    assert body["interviewers"][0]["full_name"] == "Sam Chen"
    assert body["interviewers"][0]["topics"] == ["pipelines"]
    listed = api.get(f"/api/applications/{world.application.pk}/rounds").json()
    assert [r["number"] for r in listed["items"]] == [1, 2]


def test_a_round_refuses_someone_elses_contact_and_bad_times(world, api, make_contact) -> None:  # type: ignore[no-untyped-def]
    stranger = make_contact(world.outsider, "Mallory")
    url = f"/api/applications/{world.application.pk}/rounds"
    body = {"start": "2030-03-04T10:00:00-06:00", "end": "2030-03-04T11:00:00-06:00",
            "timezone": "America/Chicago", "status": "scheduled",
            "interviewers": [{"contact_id": stranger.pk}]}
    response = api.post(url, body)
    assert response.status_code == 400
    assert response.json()["field"] == "interviewers"
    backwards = {**body, "end": "2030-03-04T09:00:00-06:00",
                 "interviewers": [{"contact_id": world.colleague.pk}]}
    assert api.post(url, backwards).json() == {"detail": "the round ends before it starts",
                                               "field": "end"}
    naive = {**body, "start": "2030-03-04T10:00:00"}
    assert api.post(url, naive).status_code == 422
    assert Round.objects.filter(application=world.application).count() == 1


def test_a_round_that_has_not_started_is_not_held(world, api) -> None:  # type: ignore[no-untyped-def]
    # Held means thank-yous due at once: the API keeps the rule the web form keeps.
    url = f"/api/applications/{world.application.pk}/rounds"
    ahead = {"start": "2030-03-04T10:00:00-06:00", "end": "2030-03-04T11:00:00-06:00",
             "timezone": "America/Chicago", "interviewers": [{"contact_id": world.colleague.pk}]}
    response = api.post(url, ahead)  # held is the default status
    assert response.status_code == 400 and response.json()["field"] == "status"
    assert "has not started yet" in response.json()["detail"]
    assert Round.objects.filter(application=world.application).count() == 1
    assert api.post(url, {**ahead, "status": "scheduled"}).status_code == 201
    # Moving a held round into the future keeps it held only by saying so: refused.
    moved = api.patch(f"/api/rounds/{world.round.pk}", {
        "status": "held", "start": "2030-01-01T10:00:00Z", "end": "2030-01-01T11:00:00Z"})
    assert moved.status_code == 400 and moved.json()["field"] == "status"
    world.round.refresh_from_db()
    assert world.round.start.year < 2030 and world.round.status == "held"
    assert api.patch(f"/api/rounds/{world.round.pk}", {
        "status": "rescheduled", "start": "2030-01-01T10:00:00Z",
        "end": "2030-01-01T11:00:00Z"}).status_code == 200
    assert api.patch(f"/api/rounds/{world.round.pk}", {"status": "held"}).status_code == 400


def test_cancelling_a_round_replans_its_touches(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.patch(f"/api/rounds/{world.round.pk}", {"status": "cancelled"})
    assert response.json()["status"] == "cancelled"
    assert not Touch.objects.filter(round=world.round, status="planned").exists()
    assert api.patch(f"/api/rounds/{world.round.pk}",
                     {"status": "rescheduled", "start": "2030-01-01T10:00:00Z"}
                     ).status_code == 422  # a new start needs its end


# --- Touches ----------------------------------------------------------------------------------

def test_touches_are_filtered_by_status_and_day(world, api) -> None:  # type: ignore[no-untyped-def]
    planned = api.get("/api/touches", status="planned").json()
    assert planned["count"] == Touch.objects.filter(owner=world.owner, status="planned").count()
    day = world.touch.due_on.isoformat()
    same_day = api.get("/api/touches", due_from=day, due_to=day).json()["items"]
    assert world.touch.pk in [t["id"] for t in same_day]
    assert all(t["due_on"] == day for t in same_day)


def test_a_touch_is_completed_skipped_or_snoozed(world, api) -> None:  # type: ignore[no-untyped-def]
    done = api.post(f"/api/touches/{world.touch.pk}/complete", {"note": "sent"}).json()
    assert done["status"] == "done" and done["done_at"] and done["note"] == "sent"
    other = Touch.objects.filter(application=world.application, status="planned").exclude(
        pk=world.touch.pk).order_by("due_on").first()
    assert other is not None
    later = (other.due_on + timedelta(days=3)).isoformat()
    assert api.post(f"/api/touches/{other.pk}/snooze", {"until": later}).json()[
        "snoozed_until"] == later
    too_early = api.post(f"/api/touches/{other.pk}/snooze", {"until": other.due_on.isoformat()})
    assert too_early.status_code == 400 and too_early.json()["field"] == "until"
    assert api.post(f"/api/touches/{other.pk}/skip", {"reason": "said it in person"}).json()[
        "status"] == "skipped"


def test_a_call_is_completed_with_its_outcome(world, api) -> None:  # type: ignore[no-untyped-def]
    response = api.post(f"/api/touches/{world.touch.pk}/complete", {"outcome": "voicemail"})
    assert response.json()["outcome"] == "voicemail"
    assert api.post(f"/api/touches/{world.touch.pk}/complete",
                    {"outcome": "shouted"}).status_code == 422


# --- Events -----------------------------------------------------------------------------------

def test_an_event_is_recorded_and_listed(world, api) -> None:  # type: ignore[no-untyped-def]
    url = f"/api/applications/{world.application.pk}/events"
    response = api.post(url, {"type": "offer_received", "at": "2030-01-02T15:00:00Z",
                              "by_contact_id": world.hiring_manager.pk,
                              "decision_expected_by": "2030-01-09"})
    assert response.status_code == 201
    assert response.json()["by_contact_id"] == world.hiring_manager.pk
    assert Application.objects.get(pk=world.application.pk).stage == "offer"
    assert [e["type"] for e in api.get(url).json()["items"]] == ["interviewer_replied",
                                                                 "offer_received"]


def test_an_event_by_someone_elses_contact_is_refused(world, api, make_contact) -> None:  # type: ignore[no-untyped-def]
    stranger = make_contact(world.outsider, "Mallory")
    response = api.post(f"/api/applications/{world.application.pk}/events", {
        "type": "interviewer_replied", "at": "2030-01-02T15:00:00Z",
        "by_contact_id": stranger.pk})
    assert response.status_code == 400 and response.json()["field"] == "by_contact_id"


# --- Letters ----------------------------------------------------------------------------------

def test_drafting_twice_gives_the_same_letter(world, api) -> None:  # type: ignore[no-untyped-def]
    first = api.post(f"/api/touches/{world.touch.pk}/letter").json()
    assert first["id"] == world.letter.pk and first["status"] == "draft"
    assert api.post(f"/api/touches/{world.touch.pk}/letter").json()["id"] == first["id"]
    assert Letter.objects.filter(touch=world.touch).count() == 1


def test_a_touch_with_nothing_to_write_says_so(world, api) -> None:  # type: ignore[no-untyped-def]
    prep = Touch.objects.filter(application=world.application,
                                type="interview_preparation").first()
    if prep is None:  # the plan has none: make the point with a touch type that has no letter
        prep = Touch.objects.create(owner=world.owner, application=world.application,
                                    key="prep-test", type="interview_preparation",
                                    channel="none", recipient_name="me",
                                    due_on=timezone.now().date())
    response = api.post(f"/api/touches/{prep.pk}/letter")
    assert response.status_code == 400 and response.json()["field"] == "touch"


def test_proofreading_finds_dismisses_and_approval_queues_the_email(world, api) -> None:  # type: ignore[no-untyped-def]
    url = f"/api/letters/{world.letter.pk}"
    found = api.post(f"{url}/proofread", {"body": world.letter.body + "\nThank yuo.\n"}).json()
    assert found["open"] >= 1
    blocked = api.post(f"{url}/approve", {})
    assert blocked.status_code == 400 and blocked.json()["field"] == "findings"
    for finding in found["findings"]:
        api.post(f"{url}/dismiss", {"key": finding["key"]})
    after = api.post(f"{url}/proofread", {}).json()
    assert after["open"] == 0 and all(f["dismissed"] for f in after["findings"])
    approved = api.post(f"{url}/approve", {"send": "now"}).json()
    assert approved["status"] == "approved" and approved["message_id"]
    assert Message.objects.get(pk=approved["message_id"]).to_address == \
        "priya.raman@example.com"
    listed = api.get("/api/letters", status="approved").json()
    assert [x["id"] for x in listed["items"]] == [world.letter.pk]
