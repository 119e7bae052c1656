"""Reads of career mode: the accepted offer in force, the other applications still open, the
people to thank and to tell. Each filters by the owner."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from pursuit.accounts.models import User
from pursuit.cadence.models import OUTSIDE_PLAN, Touch, TouchType
from pursuit.coaching.models import CoachLink
from pursuit.contacts.models import Contact
from pursuit.letters.build import search_applications
from pursuit.letters.models import Letter
from pursuit.pipeline.models import (
    OPEN_STAGES,
    Application,
    ApplicationReference,
    Interviewer,
    Placement,
)


def placement_open(owner: User) -> Placement | None:
    """The accepted offer of the career mode in force, or None (searching)."""
    return (Placement.objects.filter(owner=owner, ended_at__isnull=True)
            .select_related("application__employer").first())


def placement_latest(owner: User) -> Placement | None:
    return Placement.objects.filter(owner=owner).select_related("application__employer").first()


@dataclass
class OtherApplication:
    """Another application still open when an offer was accepted, the people met there, and
    the withdrawal notes written so far."""

    application: Application
    people: list[Contact] = field(default_factory=list)
    notes: list[Touch] = field(default_factory=list)
    kept_open: bool = False


def people_met(application: Application) -> list[Contact]:
    """Everyone met in the application's rounds (once each, in order), and its recruiter."""
    seen: dict[int, Contact] = {}
    for interviewer in (Interviewer.objects.filter(round__application=application)
                        .exclude(round__status__in=["cancelled", "no_show"])
                        .select_related("contact").order_by("round__start", "position", "id")):
        seen.setdefault(interviewer.contact_id, interviewer.contact)
    if application.recruiter_id and application.recruiter is not None:
        seen.setdefault(application.recruiter_id, application.recruiter)
    return list(seen.values())


def other_applications(owner: User, placement: Placement) -> list[OtherApplication]:
    """Every other application open now, or withdrawn with a note from this page."""
    notes = Prefetch("touches", to_attr="career_notes", queryset=Touch.objects.filter(
        type=TouchType.WITHDRAWAL_NOTE).select_related("contact", "message", "letter"))
    rows = (Application.objects.filter(owner=owner).exclude(pk=placement.application_id)
            .filter(Q(stage__in=OPEN_STAGES) | Q(touches__type=TouchType.WITHDRAWAL_NOTE))
            .distinct().select_related("employer", "recruiter").prefetch_related(notes)
            .order_by("-updated_at", "-pk"))
    kept = set(placement.kept_open)
    return [OtherApplication(app, people_met(app), list(getattr(app, "career_notes", [])),
                             app.pk in kept) for app in rows]


@dataclass
class Helper:
    """Someone to thank: a reference, a person who referred the candidate, or the coach."""

    contact: Contact | None
    why: str
    touch: Touch | None = None
    coach: CoachLink | None = None


def helpers(owner: User, placement: Placement) -> list[Helper]:
    """References given for any application of the search, people who referred the
    candidate, and the coach(es), each once, with their thank-you if written."""
    search = search_applications(placement)
    ids = [a.pk for a in search]
    found: dict[int, Helper] = {}
    for use in (ApplicationReference.objects.filter(owner=owner, application_id__in=ids)
                .select_related("reference__contact", "application__employer")):
        contact = use.reference.contact
        helper = found.setdefault(contact.pk, Helper(contact, "reference"))
        if use.application.employer.name not in helper.why:
            helper.why += f" for {use.application.employer.name}" if helper.why == "reference" \
                else f", {use.application.employer.name}"
    for application in search:
        if application.referred_by_id and application.referred_by_id not in found:
            referrer = Contact.objects.filter(owner=owner, pk=application.referred_by_id).first()
            if referrer is not None:
                found[referrer.pk] = Helper(referrer,
                                            f"referred you to {application.employer.name}")
    thanks = {t.contact_id: t for t in Touch.objects.filter(
        application=placement.application, type=TouchType.THANKS_AFTER_OFFER)
        .select_related("contact", "message", "letter")}
    result = []
    for helper in found.values():
        helper.touch = thanks.get(helper.contact.pk if helper.contact else None)
        result.append(helper)
    for link in CoachLink.objects.filter(candidate=owner, status=CoachLink.Status.ACTIVE) \
            .select_related("coach"):
        touch = next((t for t in thanks.values()
                      if t.key == f"{OUTSIDE_PLAN}thanks:coach{link.pk}"), None)
        result.append(Helper(touch.contact if touch else None, "your coach", touch, link))
    return result


def keep_in_touch_people(owner: User, placement: Placement) -> list[tuple[Contact, Touch | None]]:
    """The keep-in-touch contacts the user may tell, each with the announcement if written."""
    told = {t.contact_id: t for t in Touch.objects.filter(
        application=placement.application, type=TouchType.ANNOUNCEMENT)
        .select_related("message", "letter")}
    people = (Contact.objects.filter(owner=owner)
              .filter(Q(keep_in_touch_days__isnull=False) | Q(pk__in=list(told)))
              .prefetch_related("emails").order_by("full_name", "pk"))
    return [(c, told.get(c.pk)) for c in people]


def letter_of(touch: Touch | None) -> Letter | None:
    if touch is None:
        return None
    return getattr(touch, "letter", None)
