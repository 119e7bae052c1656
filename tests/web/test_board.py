"""The board: columns, moving cards (recording the stopping event), pipeline health."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.pipeline.models import Event
from pursuit.web.templatetags.pursuit import monogram, monogram_colour

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_the_board_shows_cards_in_columns_and_health(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(reverse("board")).content.decode()
    assert 'data-column="interviewing"' in page and "Data Engineer" in page
    assert "1</strong> open of your target <strong>5" in page and "running thin" in page


def test_moving_to_rejected_records_it_and_stops_follow_ups(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(reverse("application_move", args=[world.application.pk]),
                                 {"stage": "rejected"}, **HTMX)
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="board"') and "moved to Rejected" in body
    world.application.refresh_from_db()
    assert world.application.stage == "rejected"
    assert Event.objects.filter(application=world.application, type="rejected").exists()
    # Cadence R7: calls and follow-ups dated from the event's day on are cancelled.
    assert not Touch.objects.filter(application=world.application, status="planned",
                                    due_on__gte=timezone.localdate(),
                                    type__in=["weekly_follow_up", "follow_up_call"]).exists()
    assert Touch.objects.filter(application=world.application, status="cancelled",
                                cancelled_by="rejected").exists()


def test_moving_between_open_stages_records_nothing(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("application_move", args=[world.application.pk]),
                      {"stage": "applied"})
    world.application.refresh_from_db()
    assert world.application.stage == "applied"
    assert world.application.events.count() == 1  # the reply from the fixture only


def test_an_unknown_stage_changes_nothing(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("application_move", args=[world.application.pk]),
                      {"stage": "hired!"}, **HTMX)
    world.application.refresh_from_db()
    assert world.application.stage == "interviewing"


def test_a_touch_cancelled_by_an_offer_says_so_in_words(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("application_move", args=[world.application.pk]),
                      {"stage": "offer"})
    assert Touch.objects.filter(application=world.application, status="cancelled",
                                cancelled_by="offer_received").exists()
    page = owner_client.get(reverse("application", args=[world.application.pk])).content.decode()
    assert "(by the offer you received)" in page
    assert "offerreceived" not in page


def test_each_card_has_the_companys_monogram_a_drag_handle_and_the_move_select(  # type: ignore[no-untyped-def]
        owner_client, world) -> None:
    """The monogram is drawn from the name (no favicon, no request anywhere); the select stays
    in the page (phones and browsers without script use it; the stylesheet hides it where a
    card can be dragged)."""
    page = owner_client.get(reverse("board")).content.decode()
    employer = world.application.employer.name
    card = page[page.index(f'data-id="{world.application.pk}"'):]
    card = card[:card.index("</li>")]
    assert (f'aria-hidden="true">{employer[0].upper()}</span>'
            f'<span class="employer-name">{employer}<') in card
    assert 'class="monogram mono-' in card
    assert 'class="drag-handle"' in card
    assert '<select id="mv-' in card and 'name="stage"' in card
    assert "<img" not in card and "favicon" not in card


def test_the_monogram_is_the_first_letter_or_digit_and_keeps_its_colour() -> None:
    assert monogram("Ørsted") == "Ø" and monogram("3M") == "3" and monogram("  (acme)") == "A"
    assert monogram("—") == "?" and monogram("") == "?"
    assert monogram_colour("Northwind") == monogram_colour("northwind")
    assert len({monogram_colour(n) for n in ("Acme", "Globex", "Initech", "Umbrella",
                                               "Hooli", "Stark")}) > 1
