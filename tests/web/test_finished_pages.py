"""Issue 16, "pages that look unfinished", as the server renders them: the Outbox message read
as a message, the settings sections grouped, an application's timeline folded after the next
few touches, Today's keep-in-touch block with the Network page's stylesheet."""

from __future__ import annotations

import re
from datetime import timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from html import escape

from django.db.models import F
from django.template import Context, Template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact
from pursuit.networking import services
from pursuit.outbox.selectors import html_part
from pursuit.outbox.services import message_enqueue
from pursuit.web.views.applications import NEXT_PLANNED


def test_the_message_page_reads_like_the_message(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    message = message_enqueue(owner=owner, to_address="priya@example.com", to_name="Priya Raman",
                              subject="Thank you", body="Dear Priya,\n\nThanks <script>x()</script>"
                              "\nfor Tuesday.\n\nBest,\nJordan")
    page = owner_client.get(reverse("outbox_message", args=[message.pk])).content.decode()
    head = page[page.index('class="mail-meta"'):page.index("</dl>", page.index("mail-meta"))]
    assert "<dt>From</dt>" in head and "<dt>To</dt>" in head and "Priya Raman" in head
    body = page[page.index('class="mail-body"'):page.index("</div>", page.index("mail-body"))]
    # Paragraphs from blank lines, line breaks kept, the text escaped, never run.
    assert body.count("<p>") == 3
    assert "Thanks &lt;script&gt;x()&lt;/script&gt;<br>for Tuesday." in body
    assert "<script>x()" not in page
    # The raw source, headers first, is folded behind a toggle.
    raw = re.search(r'<details class="mail-raw">\s*<summary>[^<]*</summary>\s*<pre>(.*?)</pre>',
                    page, re.S)
    assert raw is not None and f"Message-ID: {escape(message.message_id)}" in raw.group(1)
    assert "Message-ID" not in page.replace(raw.group(0), "")
    # The subject once, as the page's title line; the message says it is plain text.
    assert page.count(">Thank you<") == 1 and "<h1>Thank you</h1>" in page
    assert "this message has no HTML part" in page and "<iframe" not in page


def test_an_html_part_is_shown_in_a_frame_that_runs_nothing_and_loads_nothing() -> None:
    email = MIMEMultipart("alternative")
    email.attach(MIMEText("Dear Priya", "plain"))
    email.attach(MIMEText('<p onclick="x()">Dear <b>Priya</b></p><script>steal()</script>'
                          '<img src="https://tracker.example/p.gif">', "html", "utf-8"))
    document = html_part(email)
    assert document is not None and "<b>Priya</b>" in document
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', document)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    assert "script-src" not in policy.group(1) and "https:" not in policy.group(1)
    assert html_part(MIMEText("only words", "plain")) is None
    # In the page the document is an attribute value: escaped, so it cannot close the frame.
    template = Template('<iframe class="mail-html" sandbox="" srcdoc="{{ html }}"></iframe>')
    frame = template.render(Context({"html": document}))
    assert "<script>" not in frame and "&lt;script&gt;steal()" in frame
    assert 'sandbox=""' in frame


def test_the_message_template_frames_an_html_part_sandboxed(owner) -> None:  # type: ignore[no-untyped-def]
    message = message_enqueue(owner=owner, to_address="priya@example.com", to_name="Priya",
                              subject="Hello", body="Dear Priya")
    page = render_to_string("outbox/message.html", {
        "message": message, "raw": "", "html": '<p>Dear <script>x()</script></p>'})
    frame = re.search(r'<iframe class="mail-html" sandbox="" [^>]*srcdoc="([^"]*)"', page)
    assert frame is not None and "&lt;script&gt;" in frame.group(1)
    assert "no HTML part" not in page and "The plain-text part" in page


def test_settings_sections_come_in_groups_with_the_open_one_marked(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(reverse("mail_settings")).content.decode()
    groups = re.findall(r'<span class="settings-group-name"[^>]*>([^<]+)</span>', page)
    # The owner of the instance administers it: a fourth group, with its Accounts.
    assert owner.is_superuser
    assert groups == ["You", "Mail and letters", "Connections", "This Pursuit"]
    nav = page[page.index('<nav class="settings-nav"'):]
    nav = nav[:nav.index("</nav>")]
    current = re.findall(r'<a href="([^"]+)" aria-current="page">', nav)
    # Once in the grouped tabs, once in the phone's menu, and its name on the menu's line.
    assert current == [reverse("mail_settings")] * 2
    assert re.search(r"<summary><span class=\"muted\">Settings:</span> Mail account</summary>",
                     page)
    assert (reverse("account_settings") in page) == owner.is_superuser


def test_only_the_administrator_sees_the_accounts_section(outsider_client, outsider) -> None:  # type: ignore[no-untyped-def]
    assert not outsider.is_superuser
    page = outsider_client.get(reverse("settings")).content.decode()
    assert reverse("account_settings") not in page and "Coaches" in page
    groups = re.findall(r'<span class="settings-group-name"[^>]*>([^<]+)</span>', page)
    assert groups == ["You", "Mail and letters", "Connections"]  # no empty group either


def test_the_phone_menu_names_the_open_section(owner_client) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(reverse("profile")).content.decode()
    assert "Settings:</span> Profile and strengths</summary>" in page


def test_the_timeline_shows_the_next_touches_and_folds_the_rest(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    planned = list(Touch.objects.filter(application=world.application, status="planned")
                   .order_by("due_on", F("not_before").asc(nulls_last=True), "id"))
    assert len(planned) > NEXT_PLANNED + 3  # weeks of weekly follow-ups
    page = owner_client.get(reverse("application", args=[world.application.pk])).content.decode()
    shown, _, folded = page.partition('<details class="timeline-more">')
    later = len(planned) - NEXT_PLANNED
    assert (f'<summary><span class="when-closed">Show {later} more planned touches</span>'
            '<span class="when-open">Show fewer</span></summary>') in folded
    for n, touch in enumerate(planned):
        link = f'href="{reverse("touch", args=[touch.pk])}"'
        # Every touch stays reachable: the first few in view, the rest inside the toggle.
        assert link in (shown if n < NEXT_PLANNED else folded.split("</details>")[0]), n


def test_on_one_day_a_timed_touch_comes_first_on_every_database(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    # SQLite sorts a missing time first and PostgreSQL last: the timeline must not depend on it.
    untimed, timed = Touch.objects.filter(application=world.application, status="planned") \
        .order_by("id")[:2]
    day = timezone.localdate() + timedelta(days=1)
    Touch.objects.filter(pk=untimed.pk).update(due_on=day, not_before=None)
    Touch.objects.filter(pk=timed.pk).update(due_on=day, not_before=timezone.now())
    page = owner_client.get(reverse("application", args=[world.application.pk])).content.decode()
    first = page.index(f'href="{reverse("touch", args=[timed.pk])}"')
    assert first < page.index(f'href="{reverse("touch", args=[untimed.pk])}"')


def test_a_short_timeline_has_nothing_to_fold(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    keep = Touch.objects.filter(application=world.application, status="planned") \
        .order_by("due_on", "id").values_list("pk", flat=True)[:NEXT_PLANNED]
    Touch.objects.filter(application=world.application, status="planned") \
        .exclude(pk__in=list(keep)).delete()
    page = owner_client.get(reverse("application", args=[world.application.pk])).content.decode()
    assert "timeline-more" not in page and "<h3>Next</h3>" in page


def test_todays_keep_in_touch_block_uses_the_network_pages_styles(owner_client, owner,  # type: ignore[no-untyped-def]
                                                                  make_contact) -> None:
    tom = make_contact(owner, "Tom Alvarez")
    services.keep_in_touch_set(owner=owner, contact_id=tom.pk, days=30)
    Contact.objects.filter(pk=tom.pk).update(created_at=timezone.now() - timedelta(days=50))
    page = owner_client.get(reverse("today")).content.decode()
    # Without the stylesheet the cards were raw bullets; it now comes with the block.
    assert 0 < page.index("networking/networking") < page.index('class="group network-due"')
    block = page[page.index('class="group network-due"'):]
    assert '<li class="card due-item is-overdue">' in block
