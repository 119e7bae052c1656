"""The networking pages, as a signed-in user meets them; and as an outsider who must not."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pursuit.cadence.services import event_record, reference_add
from pursuit.contacts.models import Contact
from pursuit.networking import services
from pursuit.networking.models import EventContact, Interaction, NetworkingSession
from pursuit.pipeline.models import ApplicationReference, Reference

EVIL = "<script>alert(1)</script>"


@pytest.fixture
def world(owner, make_contact, make_application, log_round):  # type: ignore[no-untyped-def]
    """A rejected application with two interviewers, a reference, an event, a due person."""
    application = make_application(owner, employer="Larchmont", role="Data Engineer")
    priya, sam = make_contact(owner, "Priya Raman"), make_contact(owner, EVIL)
    log_round(application, timezone.now() - timedelta(days=12), [priya, sam])
    event_record(owner=application.owner, application_id=application.pk, type="rejected",
                 at=timezone.now())
    application.refresh_from_db()  # the service changed its stage in its own copy
    tom = make_contact(owner, "Tom Alvarez")
    services.keep_in_touch_set(owner=owner, contact_id=tom.pk, days=30)
    Contact.objects.filter(pk=tom.pk).update(created_at=timezone.now() - timedelta(days=60))
    link = reference_add(owner=application.owner, application_id=application.pk, contact_id=tom.pk,
                         relationship="Former manager")
    event = services.event_create(owner=owner, name=f"Fair {EVIL}", date=date(2025, 10, 1),
                                  cards_given=3)
    services.event_add_contact(event, sam)
    return {"application": application, "priya": priya, "sam": sam, "tom": tom, "link": link,
            "event": event}


def test_network_page_shows_who_is_due_and_todays_session(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    page = client_of(owner).get(reverse("network"))
    assert page.status_code == 200
    body = page.content.decode()
    assert "Tom Alvarez" in body and "Nothing logged yet" in body
    assert "Something new today" in body and "Start timer" in body
    assert re.search(r"networking/timer\.[0-9a-f]{12}\.js", body)  # its hashed name
    assert EVIL not in body


def test_logging_from_the_due_list_takes_the_person_off_it(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    answer = client.post(reverse("network_log"), {"kind": "call",
                                                  "contact_id": world["tom"].pk,
                                                  "next": "/network/"})
    assert answer.status_code == 302 and answer["Location"] == "/network/"
    assert Interaction.objects.filter(contact=world["tom"], kind="call").exists()
    body = client.get(reverse("network")).content.decode()
    due_list = body.split("Due to keep in touch", 1)[1].split("<h2", 1)[0]
    assert "Tom Alvarez" not in due_list


@pytest.mark.parametrize(("field", "value", "error"), [
    ("minutes", "-5", "Minutes: at least 0."),
    ("on", "31/02/2026", "When: enter a date, or leave it empty for today."),
])
def test_a_bad_log_keeps_what_was_typed_and_names_the_field(  # type: ignore[no-untyped-def]
        owner, world, client_of, field, value, error) -> None:
    typed = {"kind": "coffee", "name": "Rosa Diaz", "minutes": "25", "note": "career chat",
             field: value}
    answer = client_of(owner).post(reverse("network_log"), typed)
    assert answer.status_code == 200
    body = answer.content.decode()
    assert 'value="Rosa Diaz"' in body and "career chat</textarea>" in body
    assert f'name="{field}" value="{value}"' in body
    if field != "minutes":
        assert 'name="minutes" value="25"' in body
    assert body.count('class="error"') == 1 and error in body
    assert 'role="alert"' not in body.split('id="h-log"')[0]  # no unrelated flash above it
    assert not Interaction.objects.filter(kind="coffee").exists()


def test_a_new_name_in_the_log_form_becomes_a_contact(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    client_of(owner).post(reverse("network_log"), {"kind": "coffee", "name": "Rosa Diaz",
                                                   "minutes": "30", "note": "career chat"})
    interaction = Interaction.objects.get(kind="coffee")
    assert interaction.contact is not None and interaction.contact.full_name == "Rosa Diaz"
    assert NetworkingSession.objects.get().minutes == 30


def test_timer_stop_and_goal(owner, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    client.post(reverse("network_goal"), {"minutes": "20"})
    client.post(reverse("network_session"), {"minutes": "25"})
    body = client.get(reverse("network")).content.decode()
    assert "of 20 min" in body and "day in a row" in body


def test_events_list_and_detail_count_cards(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    index = client.get(reverse("network_events")).content.decode()
    assert "Fair &lt;script&gt;" in index and EVIL not in index
    answer = client.post(reverse("network_events"), {
        "name": "Alumni evening", "kind": "alumni", "date": "2025-10-20", "location": "",
        "cards_given": "2", "notes": ""})
    assert answer.status_code == 302
    event = world["event"]
    client.post(reverse("network_event_person_add", args=[event.pk]),
                {"name": "Priya Raman", "company": "", "card_gathered": "on"})
    detail = client.get(reverse("network_event", args=[event.pk])).content.decode()
    assert "Priya Raman" in detail and "cards gathered" in detail
    assert EventContact.objects.filter(event=event).count() == 2
    client.post(reverse("network_event_person_remove", args=[event.pk, world["priya"].pk]))
    assert EventContact.objects.filter(event=event).count() == 1


def test_references_page_lists_uses_and_alerts(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    body = client.get(reverse("network_references")).content.decode()
    assert "Tom Alvarez" in body and "Data Engineer" in body and "not yet" in body
    client.post(reverse("network_reference_alerted", args=[world["link"].pk]),
                {"on": "2025-10-15"})
    assert ApplicationReference.objects.get().alerted_on == date(2025, 10, 15)
    client.post(reverse("network_references"), {"name": "Helen Park", "relationship": "Prof",
                                                 "email": ""})
    assert Reference.objects.filter(contact__full_name="Helen Park").exists()
    reference = Reference.objects.get(contact=world["tom"])
    client.post(reverse("network_reference_remove", args=[reference.pk]))
    assert not Reference.objects.filter(pk=reference.pk).exists()


def test_charts_page_draws_three_svgs_with_text_fallbacks(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    services.session_log(owner=owner, day=timezone.localdate(), minutes=20)
    body = client_of(owner).get(reverse("network_charts")).content.decode()
    # Three charts; the pipeline drawn twice, for wide screens and for a phone (one shown).
    assert body.count("<svg") == 4 and body.count("<title id=") == 4
    assert 'class="chart sankey sankey-wide"' in body
    assert 'class="chart sankey sankey-phone"' in body
    assert "Show the flows as a table" in body and "Interviewing" in body
    assert "http" not in body.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", "")  # nothing fetched from elsewhere


def test_the_offer_on_a_closed_application_moves_its_interviewers(owner, world,
                                                                  client_of) -> None:  # type: ignore[no-untyped-def]
    url = reverse("network_keep_in_touch_offer", args=[world["application"].pk])
    client_of(owner).post(url, {"contacts": [world["priya"].pk], "days": "60"})
    world["priya"].refresh_from_db()
    assert world["priya"].keep_in_touch_days == 60


def test_partials_render_for_other_pages(owner, world, rf) -> None:  # type: ignore[no-untyped-def]
    from django.template import Context, Template

    request = rf.get("/")
    request.user = owner
    html = Template("{% load networking %}{% network_due_on_today %}"
                    "{% keep_in_touch_offer app %}").render(
        Context({"request": request, "app": world["application"], "csrf_token": "x"}))
    assert "Tom Alvarez" in html and "Keep in touch with the people you met" in html
    assert "&lt;script&gt;" in html and EVIL not in html


def test_pages_cost_a_fixed_number_of_queries(owner, world, client_of, make_contact) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    urls = [reverse("network"), reverse("network_events"), reverse("network_references"),
            reverse("network_charts"), reverse("network_event", args=[world["event"].pk])]

    def counts() -> list[int]:
        found = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    counts()  # the first request of a process reads the user's row, which it then keeps
    before = counts()
    for n in range(6):
        c = make_contact(owner, f"More {n}")
        services.keep_in_touch_set(owner=owner, contact_id=c.pk, days=1)
        services.interaction_log(owner=owner, kind="email", at=timezone.now(), contact_id=c.pk)
        services.event_add_contact(world["event"], c)
        services.reference_create(owner=owner, contact_id=c.pk)
    assert counts() == before


def test_another_users_objects_are_404(owner, world, make_user, client_of) -> None:  # type: ignore[no-untyped-def]
    outsider = client_of(make_user())
    event, tom = world["event"], world["tom"]
    reference = Reference.objects.get(contact=tom)
    assert outsider.get(reverse("network_event", args=[event.pk])).status_code == 404
    for url, data in [
        (reverse("network_event", args=[event.pk]), {}),
        (reverse("network_event_person_add", args=[event.pk]), {"name": "X"}),
        (reverse("network_event_person_remove", args=[event.pk, world["sam"].pk]), {}),
        (reverse("network_event_delete", args=[event.pk]), {}),
        (reverse("network_rhythm", args=[tom.pk]), {"days": "1"}),
        (reverse("network_reference_edit", args=[reference.pk]), {"relationship": "x"}),
        (reverse("network_reference_remove", args=[reference.pk]), {}),
        (reverse("network_reference_alerted", args=[world["link"].pk]), {"on": "2025-01-01"}),
        (reverse("network_keep_in_touch_offer", args=[world["application"].pk]),
         {"contacts": [world["priya"].pk], "days": "5"}),
        (reverse("network_log"), {"kind": "call", "contact_id": tom.pk}),
    ]:
        assert outsider.post(url, data).status_code == 404, url
    tom.refresh_from_db()
    assert tom.keep_in_touch_days == 30 and Reference.objects.filter(pk=reference.pk).exists()
    assert not Interaction.objects.filter(contact=tom).exists()
    assert EventContact.objects.filter(event=event).count() == 1


def test_pages_need_a_signed_in_user(client) -> None:  # type: ignore[no-untyped-def]
    for name in ("network", "network_events", "network_references", "network_charts"):
        answer = client.get(reverse(name))
        assert answer.status_code == 302 and "/login/" in answer["Location"]


def test_the_heatmap_counts_the_minutes_lately_lists(owner, world, client_of) -> None:  # type: ignore[no-untyped-def]
    client = client_of(owner)
    # Minutes logged on the page and by a service (as the demo and the API do) count once each.
    client.post(reverse("network_log"), {"kind": "coffee", "name": "Rosa Diaz", "minutes": "30"})
    services.interaction_log(owner=owner, kind="call", at=timezone.now() - timedelta(days=3),
                             contact_id=world["tom"].pk, minutes=20)
    lately = sum(Interaction.objects.filter(owner=owner).values_list("minutes", flat=True))
    assert lately == 50
    assert sum(NetworkingSession.objects.filter(owner=owner)
               .values_list("minutes", flat=True)) == 50
    charts = " ".join(client.get(reverse("network_charts")).content.decode().split())
    assert "50 minutes in the last 26 weeks" in charts


def test_the_contact_page_sets_how_often_to_keep_in_touch_and_the_network_lists_them(  # type: ignore[no-untyped-def]
        owner, make_contact, client_of) -> None:
    """The empty Network page sends people to a contact's "Keep in touch" control: it is
    there, it saves, and the person is listed once that long has passed since the last real
    contact (not since the rhythm was set)."""
    client = client_of(owner)
    empty = client.get(reverse("network")).content.decode()
    assert "under “Keep in touch”, how often to get back to them" in empty
    nadia = make_contact(owner, "Nadia Okafor")
    Contact.objects.filter(pk=nadia.pk).update(created_at=timezone.now() - timedelta(days=90))
    Interaction.objects.create(owner=owner, contact=nadia, kind="coffee",
                               at=timezone.now() - timedelta(days=40))
    page = client.get(reverse("contact", args=[nadia.pk])).content.decode()
    assert "Keep in touch" in page and 'name="days"' in page
    for label in ("Never (not on the list)", "Every 2 weeks", "Monthly", "Quarterly",
                  "Twice a year", "Yearly"):
        assert label in page
    assert "Nadia Okafor" not in _due_section(client.get(reverse("network")).content.decode())

    here = reverse("contact", args=[nadia.pk])
    answer = client.post(reverse("network_rhythm", args=[nadia.pk]),
                         {"days": "30", "next": here}, follow=True)
    assert answer.redirect_chain[-1][0] == here
    assert "Keeping in touch with Nadia Okafor monthly." in answer.content.decode()
    nadia.refresh_from_db()
    assert nadia.keep_in_touch_days == 30
    assert re.search(r'<option value="30" selected>Monthly</option>', answer.content.decode())
    assert "Nadia Okafor" in _due_section(client.get(reverse("network")).content.decode())

    client.post(reverse("network_rhythm", args=[nadia.pk]), {"days": "91", "next": here})
    nadia.refresh_from_db()
    assert nadia.keep_in_touch_days == 91  # quarterly: the coffee 40 days ago is recent enough
    network = _due_section(client.get(reverse("network")).content.decode())
    assert "Nadia Okafor" not in network and "Nobody is due today" in network

    client.post(reverse("network_rhythm", args=[nadia.pk]), {"days": "", "next": here})
    nadia.refresh_from_db()
    assert nadia.keep_in_touch_days is None


def _due_section(page: str) -> str:
    """The Network page's "Due to keep in touch" section alone."""
    start = page.index('id="h-due"')
    return page[start:page.index("</section>", start)]


def test_a_rhythm_of_its_own_is_offered_as_it_is(owner, make_contact, client_of) -> None:  # type: ignore[no-untyped-def]
    """45 days (from an event) is none of the usual ones: the control keeps it selected, so
    saving the page unchanged does not move it to another rhythm."""
    sam = make_contact(owner, "Sam Event")
    services.keep_in_touch_set(owner=owner, contact_id=sam.pk, days=45)
    page = client_of(owner).get(reverse("contact", args=[sam.pk])).content.decode()
    assert '<option value="45" selected>Every 45 days</option>' in page
    assert "Keep in touch every 45 days" in page


def test_another_persons_contact_cannot_be_given_a_rhythm(owner, outsider, make_contact,  # type: ignore[no-untyped-def]
                                                          client_of) -> None:
    nadia = make_contact(owner, "Nadia Okafor")
    answer = client_of(outsider).post(reverse("network_rhythm", args=[nadia.pk]), {"days": "30"})
    assert answer.status_code == 404
    nadia.refresh_from_db()
    assert nadia.keep_in_touch_days is None
