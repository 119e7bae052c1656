"""Today: overdue and due touches grouped by urgency, and the one-click ways to do them."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.cadence.selectors import agenda_for, contacts_of_touches
from pursuit.cadence.services import message_too_late, touch_complete, touch_skip, touch_snooze
from pursuit.career.selectors import placement_open
from pursuit.common.http import back_to, is_htmx, local_now, member, owner
from pursuit.common.pagecache import cached_page
from pursuit.contacts.models import Contact
from pursuit.core.agenda import ACTIONS, AgendaItem, action_words, channel_note
from pursuit.core.errors import BadInput
from pursuit.outbox.selectors import sign_in_refused_for
from pursuit.pipeline.selectors import pipeline_health
from pursuit.web.forms import DoneForm, SkipForm, SnoozeForm

CALL_TYPES = frozenset({"follow_up_call"})
EMAIL_TYPES = frozenset({"thank_you_email", "weekly_follow_up", "follow_up_after_reply",
                         "reference_alert"})
LETTER_TYPES = frozenset({"thank_you_letter", "postal_letter"})


@dataclass
class Entry:
    """One agenda item as the page shows it: what to do, and the contact details to do it."""

    item: AgendaItem
    action: str
    contact: Contact | None

    @property
    def note(self) -> str:
        return channel_note(self.item.touch)

    @property
    def kind(self) -> str:
        t = self.item.touch
        if t.type in LETTER_TYPES:
            return "letter"
        if t.type in ("interview_preparation", "apply_by"):
            return "prep"
        return "call" if t.channel == "phone" else "email"


@dataclass
class Visit:
    """Touches to one person on one day, shown together (cadence.md: neither is dropped)."""

    to: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str
    visits: list[Visit] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(v.entries) for v in self.visits)


def _sections(user: User, items: list[AgendaItem], contacts: dict[int, Contact]) -> list[Section]:
    sections = {"overdue": Section("overdue", "Overdue"),
                "today": Section("today", "Due today"),
                "held": Section("held", "Held: you paused these people")}
    visits: dict[tuple[str, str, object], Visit] = {}
    for item in items:
        key = "held" if item.held else "overdue" if item.overdue else "today"
        t = item.touch
        entry = Entry(item, action_words(t.type, t.channel), contacts.get(t.id))
        visit_key = (key, t.to, item.due)
        if visit_key not in visits:
            visits[visit_key] = Visit(t.to)
            sections[key].visits.append(visits[visit_key])
        visits[visit_key].entries.append(entry)
    return [s for s in sections.values() if s.visits]


def _agenda_context(user: User) -> dict[str, object]:
    now = timezone.now()
    items = agenda_for(user, now=now)
    contacts = contacts_of_touches(user, [i.touch.id for i in items])
    return {"sections": _sections(user, items, contacts), "total": len(items),
            "today": local_now(user).date()}


@member
@require_GET
def today(request: HttpRequest) -> HttpResponse:
    user = owner(request)

    def context() -> dict[str, object]:
        return {**_agenda_context(user),
                "health": pipeline_health(user, today=local_now(user).date()),
                "placement": placement_open(user),
                "refused": sign_in_refused_for(user)}

    return cached_page(request, user, "today", "web/today.html", context)


def _after_action(request: HttpRequest, done: str) -> HttpResponse:
    """htmx gets the re-planned agenda; a plain form post goes back to Today."""
    if is_htmx(request):
        context = _agenda_context(owner(request))
        context["flash"] = done
        return render(request, "web/today/_agenda.html", context)
    messages.success(request, done)
    return back_to(request, "today")


def _error(request: HttpRequest, text: str) -> HttpResponse:
    if is_htmx(request):
        context = _agenda_context(owner(request))
        context["flash_error"] = text
        return render(request, "web/today/_agenda.html", context, status=200)
    messages.error(request, text)
    return redirect("today")


def _owned(request: HttpRequest, touch_id: int) -> Touch:
    return get_object_or_404(Touch, pk=touch_id, owner=owner(request))


@member
@require_POST
def touch_done(request: HttpRequest, touch_id: int) -> HttpResponse:
    touch = _owned(request, touch_id)
    form = DoneForm(request.POST)
    if not form.is_valid():
        return _error(request, "That outcome is not one we know.")
    try:
        touch_complete(owner=owner(request), touch_id=touch.pk,
                       outcome=form.cleaned_data["outcome"], note=form.cleaned_data["note"])
    except BadInput as exc:
        return _error(request, exc.sentence())
    outcome = dict(Touch.Outcome.choices).get(form.cleaned_data["outcome"], "")
    label = {"email": "marked as sent by you", "post": "marked as mailed",
             "phone": "logged"}.get(touch.channel, "done")
    return _after_action(request, f"{ACTIONS.get(touch.type, 'Touch')} to {touch.recipient_name}: "
                                  f"{label}{' (' + outcome.lower() + ')' if outcome else ''}.")


@member
@require_POST
def touch_skip_view(request: HttpRequest, touch_id: int) -> HttpResponse:
    touch = _owned(request, touch_id)
    form = SkipForm(request.POST)
    if not form.is_valid():
        return _error(request, "Say why you skip it, so you remember later.")
    skipped = touch_skip(owner=owner(request), touch_id=touch.pk,
                         reason=form.cleaned_data["reason"])
    done = f"Skipped: {ACTIONS.get(touch.type, 'touch')} to {touch.recipient_name}."
    late = message_too_late(skipped)
    if late is not None:
        # The skip lost the race with the worker: the recipient has (or may have) the message.
        done += (" Its e-mail was already on its way and could not be stopped"
                 f" ({late.get_state_display().lower()}): see the Outbox.")
    return _after_action(request, done)


@member
@require_POST
def touch_snooze_view(request: HttpRequest, touch_id: int) -> HttpResponse:
    touch = _owned(request, touch_id)
    form = SnoozeForm(request.POST)
    if not form.is_valid():
        return _error(request, "Pick the day to snooze it to.")
    try:
        touch_snooze(owner=owner(request), touch_id=touch.pk, until=form.cleaned_data["until"])
    except BadInput as exc:
        return _error(request, exc.sentence())
    return _after_action(request, f"Snoozed until {form.cleaned_data['until']:%a %d %b}.")
