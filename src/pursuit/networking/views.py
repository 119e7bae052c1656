"""Networking pages: the Network (due people, today's session), events, references, charts.

Views run under the web app's `member` decorator: signed in, in the user's timezone, and every
POST renews the user's cached pages, so Today shows a logged interaction at once.
"""

from __future__ import annotations

from datetime import date, datetime, time

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pursuit.accounts.models import User
from pursuit.common.http import back_to, local_now, member, owner
from pursuit.contacts.models import Contact
from pursuit.contacts.selectors import contact_by_name
from pursuit.contacts.services import ContactIn, contact_create
from pursuit.core.errors import BadInput
from pursuit.core.networking import rhythm_label
from pursuit.networking import selectors, services
from pursuit.networking.forms import (
    AlertedForm,
    EventForm,
    GoalForm,
    InteractionForm,
    OfferForm,
    PersonMetForm,
    ReferenceForm,
    RelationshipForm,
    RhythmForm,
    SessionForm,
    WeeklyGoalForm,
)
from pursuit.networking.models import InteractionKind
from pursuit.pipeline.models import Application, ApplicationReference, Reference

# The quick-log buttons of the daily session, with labels short enough for a phone's row.
QUICK_KINDS = [(k, InteractionKind(k).label) for k in ("call", "coffee", "email", "message",
                                                       "event")] + [("card_gathered", "Got a card")]


def _today(user: User) -> date:
    return local_now(user).date()


def _fail(request: HttpRequest, exc: BadInput) -> None:
    messages.error(request, exc.message)


# --- The Network page ------------------------------------------------------------------------

@member
@require_GET
def network(request: HttpRequest) -> HttpResponse:
    return _network_page(request, owner(request))


def _network_page(request: HttpRequest, user: User, *,
                  log_form: InteractionForm | None = None) -> HttpResponse:
    """The Network page; with a bound `log_form` that did not validate, shown again as typed,
    each error under its field (200, not a redirect that would empty the form)."""
    page = selectors.network_page(user, _today(user))
    return render(request, "networking/network.html", {
        "page": page, "quick_kinds": QUICK_KINDS, "log_form": log_form or InteractionForm(),
        "session_form": SessionForm(), "goal_form": GoalForm(initial={"minutes": page.goal}),
        "names": selectors.contact_names(user),
    })


@member
@require_POST
def interaction_new(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = InteractionForm(request.POST)
    if not form.is_valid():
        return _network_page(request, user, log_form=form)
    data = form.cleaned_data
    contact_id = data["contact_id"]
    if contact_id is not None and not Contact.objects.filter(pk=contact_id, owner=user).exists():
        raise Http404("no such contact")
    added = None
    if contact_id is None and data["name"].strip():
        contact = contact_by_name(user, data["name"])
        if contact is None:
            contact = added = contact_create(owner=user, data=ContactIn(
                full_name=" ".join(data["name"].split())))
        contact_id = contact.pk
    now = local_now(user)
    # Another day than today is logged at its noon: the day survives any timezone reading it.
    at = (now if not data["on"] or data["on"] == now.date()
          else datetime.combine(data["on"], time(12), tzinfo=now.tzinfo))
    try:
        done = services.interaction_log(owner=user, kind=data["kind"], at=at,
                                        contact_id=contact_id, note=data["note"],
                                        minutes=data["minutes"] or 0)
    except BadInput as exc:
        _fail(request, exc)
    else:
        who = f" with {done.contact.full_name}" if done.contact else ""
        messages.success(request, f"Logged: {done.get_kind_display()}{who}."
                         + (f" {added.full_name} is now in your contacts." if added else ""))
    return back_to(request, "network")


@member
@require_POST
def session_new(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = SessionForm(request.POST)
    if form.is_valid():
        session = services.session_log(owner=user, day=_today(user),
                                       minutes=form.cleaned_data["minutes"])
        messages.success(request, f"{form.cleaned_data['minutes']} minutes logged: "
                                  f"{session.minutes} of {session.goal_minutes} today.")
    else:
        messages.error(request, "Minutes are a whole number from 1 to 1440.")
    return redirect("network")


@member
@require_POST
def goal_update(request: HttpRequest) -> HttpResponse:
    form = GoalForm(request.POST)
    if form.is_valid():
        services.goal_set(owner=owner(request), minutes=form.cleaned_data["minutes"])
        messages.success(request, f"Daily goal: {form.cleaned_data['minutes']} minutes.")
    else:
        messages.error(request, "A daily goal is from 1 to 480 minutes.")
    return redirect("network")


@member
@require_POST
def goal_period_update(request: HttpRequest) -> HttpResponse:
    """Keep the habit every day or every week (after an accepted offer, say)."""
    form = WeeklyGoalForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        profile = services.goal_period_set(owner=owner(request), period=data["period"],
                                           weekly_minutes=data["weekly_minutes"])
        messages.success(request, f"Networking goal: {profile}.")
    else:
        messages.error(request, "Choose every day or every week (a weekly goal is from 1 to "
                                "2400 minutes).")
    return back_to(request, "network")


@member
@require_POST
def rhythm_update(request: HttpRequest, contact_id: int) -> HttpResponse:
    user = owner(request)
    contact = get_object_or_404(Contact, pk=contact_id, owner=user)
    if request.POST.get("default"):
        contact = services.keep_in_touch_default(owner=user, contact_id=contact.pk)
        messages.success(request, f"Keeping in touch with {contact.full_name} every "
                                  f"{contact.keep_in_touch_days} days.")
        return back_to(request, "network")
    form = RhythmForm(request.POST)
    if form.is_valid():
        days = form.cleaned_data["days"]
        services.keep_in_touch_set(owner=user, contact_id=contact.pk, days=days)
        messages.success(request, f"Keeping in touch with {contact.full_name} "
                                  f"{rhythm_label(days)}." if days
                         else f"{contact.full_name} is off the keep-in-touch list.")
    else:
        messages.error(request, "An interval is from 1 to 730 days.")
    return back_to(request, "network")


# --- Events ----------------------------------------------------------------------------------

@member
@require_http_methods(["GET", "POST"])
def event_index(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = EventForm(request.POST or None, initial={"date": _today(user)})
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(owner=user, **form.cleaned_data)
        except BadInput as exc:
            form.add_error(exc.where if exc.where in form.fields else None, exc.message)
        else:
            messages.success(request, f"Added {event.name}. Now add the people you met.")
            return redirect("network_event", event.pk)
    return render(request, "networking/events.html", {
        "events": selectors.events_for(user), "form": form})


def _scan_url(event_id: int) -> str | None:
    """The card scanner's page, filing its cards under this event; None until it exists."""
    for name in ("scan", "scan_card", "card_scan", "scanning"):
        try:
            return f"{reverse(name)}?event={event_id}"
        except NoReverseMatch:
            continue
    return None


@member
@require_http_methods(["GET", "POST"])
def event_page(request: HttpRequest, event_id: int) -> HttpResponse:
    user = owner(request)
    event = selectors.event_detail(user, event_id)
    form = EventForm(request.POST or None, instance=event, prefix="edit")
    if request.method == "POST" and form.is_valid():
        services.event_update(owner=user, event_id=event.pk, **form.cleaned_data)
        messages.success(request, "Event saved.")
        return redirect("network_event", event.pk)
    met = list(event.met.all())
    return render(request, "networking/event.html", {
        "event": event, "met": met, "cards_gathered": sum(1 for m in met if m.card_gathered),
        "form": form, "person_form": PersonMetForm(), "names": selectors.contact_names(user),
        "scan_url": _scan_url(event.pk),
    })


@member
@require_POST
def event_person_add(request: HttpRequest, event_id: int) -> HttpResponse:
    user = owner(request)
    event = selectors.event_detail(user, event_id)
    form = PersonMetForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        existing = contact_by_name(user, data["name"])
        try:
            link = services.event_add_person(
                owner=user, event_id=event.pk, contact_id=existing.pk if existing else None,
                name=data["name"], company=data["company"],
                card_gathered=data["card_gathered"])
        except BadInput as exc:
            _fail(request, exc)
        else:
            messages.success(request, f"{link.contact.full_name} is filed under {event.name}.")
    else:
        messages.error(request, "Name the person you met.")
    return redirect("network_event", event.pk)


@member
@require_POST
def event_person_remove(request: HttpRequest, event_id: int, contact_id: int) -> HttpResponse:
    user = owner(request)
    event = selectors.event_detail(user, event_id)
    services.event_remove_contact(owner=user, event_id=event.pk, contact_id=contact_id)
    messages.success(request, "Removed from the event (the contact stays).")
    return redirect("network_event", event.pk)


@member
@require_POST
def event_remove(request: HttpRequest, event_id: int) -> HttpResponse:
    user = owner(request)
    event = selectors.event_detail(user, event_id)
    name = services.event_delete(owner=user, event_id=event.pk)
    messages.success(request, f"Deleted {name}; the people you met stay in your contacts.")
    return redirect("network_events")


# --- References ------------------------------------------------------------------------------

@member
@require_http_methods(["GET", "POST"])
def reference_index(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    form = ReferenceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        existing = contact_by_name(user, data["name"])
        try:
            reference = services.reference_create(
                owner=user, relationship=data["relationship"],
                contact_id=existing.pk if existing else None, name=data["name"],
                email=data["email"])
        except BadInput as exc:
            form.add_error("name", exc.message)
        else:
            messages.success(request, f"{reference.contact.full_name} is on your reference "
                                      "list.")
            return redirect("network_references")
    return render(request, "networking/references.html", {
        "references": selectors.references_for(user), "form": form,
        "names": selectors.contact_names(user),
    })


@member
@require_POST
def reference_edit(request: HttpRequest, reference_id: int) -> HttpResponse:
    user = owner(request)
    reference = get_object_or_404(Reference, pk=reference_id, owner=user)
    form = RelationshipForm(request.POST)
    if form.is_valid():
        services.reference_update(owner=user, reference_id=reference.pk,
                                  relationship=form.cleaned_data["relationship"])
        messages.success(request, "Relationship saved.")
    return redirect("network_references")


@member
@require_POST
def reference_remove(request: HttpRequest, reference_id: int) -> HttpResponse:
    user = owner(request)
    reference = get_object_or_404(Reference, pk=reference_id, owner=user)
    name = services.reference_remove(owner=user, reference_id=reference.pk)
    messages.success(request, f"{name} is off your reference list (still in your contacts).")
    return redirect("network_references")


@member
@require_POST
def reference_alerted(request: HttpRequest, link_id: int) -> HttpResponse:
    user = owner(request)
    link = get_object_or_404(ApplicationReference, pk=link_id, owner=user)
    form = AlertedForm(request.POST)
    if form.is_valid():
        on = form.cleaned_data["on"]
        services.reference_mark_alerted(owner=user, link_id=link.pk, on=on)
        messages.success(request, "Alert date saved." if on else "Marked as not alerted yet.")
    return redirect("network_references")


# --- Charts ----------------------------------------------------------------------------------

@member
@require_GET
def charts(request: HttpRequest) -> HttpResponse:
    user = owner(request)
    return render(request, "networking/charts.html", {
        "charts": selectors.charts_for(user, _today(user))})


# --- After a rejection -----------------------------------------------------------------------

@member
@require_POST
def keep_in_touch_offer(request: HttpRequest, application_id: int) -> HttpResponse:
    """Take the offer on a closed application's page: its interviewers join the network."""
    user = owner(request)
    application = get_object_or_404(Application, pk=application_id, owner=user)
    offer = selectors.keep_in_touch_offer(user, application)
    if offer is None:
        messages.error(request, "There is nobody to keep in touch with on an open application.")
        return back_to(request, "network")
    form = OfferForm(request.POST, people=[c.pk for c in offer.people])
    if form.is_valid() and form.cleaned_data["contacts"]:
        count = services.after_rejection_keep_in_touch(
            owner=user, application_id=application.pk,
            contact_ids=form.cleaned_data["contacts"], days=form.cleaned_data["days"])
        messages.success(request, f"{count} {'person' if count == 1 else 'people'} joined your "
                                  f"network, every {form.cleaned_data['days']} days.")
    else:
        messages.error(request, "Pick the people to keep in touch with.")
    return back_to(request, "network")
