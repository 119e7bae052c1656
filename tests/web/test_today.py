"""Today: what is due, why, and the one-click ways to do it (htmx partials, re-planned)."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.cadence.services import application_replan

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_today_lists_overdue_touches_with_why_and_actions(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(reverse("today")).content.decode()
    assert "Overdue" in page
    assert "Priya Raman" in page and "Sam Chen" in page
    assert "thank-you for the interview on" in page.lower() or "thank-you for" in page.lower()
    assert "Open the draft" in page and "Mark sent" in page


def test_mark_sent_returns_the_replanned_agenda_as_a_partial(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    thanks = world.touch("thank_you_email")
    response = owner_client.post(reverse("touch_done", args=[thanks.pk]), **HTMX)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="agenda"') and "<html" not in body
    assert "sent" in body
    thanks.refresh_from_db()
    assert thanks.status == Touch.Status.DONE and thanks.done_at is not None
    assert f'id="touch-{thanks.pk}"' not in body


def test_a_plain_post_redirects_back_to_today(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    thanks = world.touch("thank_you_email")
    response = owner_client.post(reverse("touch_done", args=[thanks.pk]))
    assert response.status_code == 302 and response.url == reverse("today")


def test_a_next_to_another_site_is_ignored(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    thanks = world.touch("thank_you_email")
    response = owner_client.post(reverse("touch_done", args=[thanks.pk]),
                                 {"next": "https://evil.example/"})
    assert response.url == reverse("today")


def test_calls_show_the_script_and_log_voicemail_left(owner_client, owner, world) -> None:  # type: ignore[no-untyped-def]
    call = Touch.objects.filter(application=world.application, channel="phone",
                                status="planned").order_by("due_on").first()
    assert call is not None
    call.due_on = timezone.localdate() - timedelta(days=1)
    call.save()
    page = owner_client.get(reverse("today")).content.decode()
    script_url = reverse("call_script", args=[call.pk])
    assert "Call script and voicemail" in page and script_url in page and "Voicemail left" in page
    # The script comes from the user's own template when the panel opens.
    script = owner_client.get(script_url, **HTMX).content.decode()
    assert "Voicemail (about 20 seconds" in script and "Priya" in script
    assert "<html" not in script and "<html" in owner_client.get(script_url).content.decode()
    owner_client.post(reverse("touch_done", args=[call.pk]), {"outcome": "voicemail"}, **HTMX)
    call.refresh_from_db()
    assert (call.status, call.outcome) == ("done", "voicemail")


def test_an_unknown_outcome_is_refused(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    thanks = world.touch("thank_you_email")
    body = owner_client.post(reverse("touch_done", args=[thanks.pk]), {"outcome": "maybe"},
                             **HTMX).content.decode()
    assert 'role="alert"' in body
    thanks.refresh_from_db()
    assert thanks.status == "planned"


def test_skip_needs_a_reason_and_keeps_it(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    letter = world.touch("postal_letter")
    owner_client.post(reverse("touch_skip", args=[letter.pk]), {"reason": ""}, **HTMX)
    letter.refresh_from_db()
    assert letter.status == "planned"
    owner_client.post(reverse("touch_skip", args=[letter.pk]),
                      {"reason": "They asked for e-mail only"}, **HTMX)
    letter.refresh_from_db()
    assert (letter.status, letter.note) == ("skipped", "They asked for e-mail only")


def test_snooze_moves_a_touch_off_today(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    thanks = world.touch("thank_you_email")
    later = date.today() + timedelta(days=10)
    body = owner_client.post(reverse("touch_snooze", args=[thanks.pk]),
                             {"until": later.isoformat()}, **HTMX).content.decode()
    thanks.refresh_from_db()
    assert thanks.snoozed_until == later
    assert f'id="touch-{thanks.pk}"' not in body


def test_open_the_draft_leads_to_the_letter_with_the_debrief_topics(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    thanks = world.touch("thank_you_email")
    today = owner_client.get(reverse("today")).content.decode()
    editor_url = reverse("letter_for_touch", args=[thanks.pk])
    assert editor_url in today
    touch_page = owner_client.get(reverse("touch", args=[thanks.pk])).content.decode()
    assert editor_url in touch_page
    editor = owner_client.get(editor_url, follow=True).content.decode()
    assert "topic 0" in editor and "Dear " in editor


def test_an_empty_account_says_what_to_do_next(make_user) -> None:  # type: ignore[no-untyped-def]
    from tests.web.conftest import signed_in

    client = signed_in(make_user())
    page = client.get(reverse("today")).content.decode()
    assert "Add your first application" in page and "open the demo" in page
    # The other ways in that product.md names: a card scanned, the LinkedIn export imported.
    assert f'href="{reverse("card_scan")}"' in page
    assert f'href="{reverse("contact_import")}"' in page
    contacts = client.get(reverse("contacts")).content.decode()
    empty = contacts[contacts.index("Your network starts here"):]
    assert f'href="{reverse("card_scan")}"' in empty and "Connections.csv" in empty
    assert f'href="{reverse("contact_import")}"' in empty


def test_the_call_script_follows_the_users_own_template(owner_client, owner, world) -> None:  # type: ignore[no-untyped-def]
    from pursuit.letters.services import template_save

    call = world.touch("follow_up_call")
    template_save(owner=owner, kind="call_script", subject="",
                  body="Ring {{ recipient.first_name }} about {{ role }} <b>now</b>.")
    script = owner_client.get(reverse("call_script", args=[call.pk]), **HTMX).content.decode()
    assert "Ring Priya about Data Engineer &lt;b&gt;now&lt;/b&gt;." in script
    thanks = world.touch("thank_you_email")  # not a call: no script
    assert owner_client.get(reverse("call_script", args=[thanks.pk])).status_code == 404


def test_a_call_made_an_email_says_so_on_today_and_in_the_cli(owner_client, world, capsys) -> None:  # type: ignore[no-untyped-def]
    world.application.preferred_channel = "email"
    world.application.save(update_fields=["preferred_channel"])
    application_replan(world.application)
    assert world.touch("follow_up_call").channel == "email"
    page = " ".join(owner_client.get(reverse("today")).content.decode().split())
    assert "Follow up by e-mail with</span> <span class=\"to\">Priya Raman</span>" in page
    assert "(instead of a call: the employer prefers e-mail)" in page
    assert "Follow-up 5-7 days after" in page and "Follow-up call 5-7" not in page
    call_command("today", "--user", world.owner.email)
    printed = capsys.readouterr().out
    assert ("Follow up by e-mail with Priya Raman (instead of a call: the employer prefers "
            "e-mail) — follow-up 5-7 days after") in printed
    assert "(email)" not in printed and " self " not in printed
    assert "Thank-you e-mail" not in printed  # the CLI speaks in actions, not kinds of touch


def test_the_call_page_never_says_a_script_is_sent(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    call = world.touch("follow_up_call")
    assert call.channel == "phone"
    page = " ".join(owner_client.get(reverse("touch", args=[call.pk])).content.decode().split())
    assert "Nothing is sent: it is what you say on the call" in page
    assert "sent from your own mailbox" not in page
    thanks = world.touch("thank_you_email")
    page = " ".join(owner_client.get(reverse("touch", args=[thanks.pk])).content.decode().split())
    assert "Once you approve it, it is sent from your own mailbox." in page
    editor = owner_client.get(reverse("letter_for_touch", args=[thanks.pk]), follow=True)
    text = " ".join(editor.content.decode().split())
    assert "findings are marked beside the letter, or below it on a phone" in text
    assert "on the right" not in text
