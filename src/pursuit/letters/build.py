"""From the database to the pure letter modules: what one touch's letter may draw on.

The only module of the app that knows both the models and `pursuit.core.letters`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db.models import prefetch_related_objects

from pursuit.accounts.models import User
from pursuit.cadence.models import OUTSIDE_PLAN, Touch, TouchType
from pursuit.contacts.models import Contact, ContactAddress, Organization
from pursuit.core import letters as core
from pursuit.core import proofread
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import (
    Application,
    ApplicationReference,
    Interviewer,
    Placement,
    Round,
    Stage,
)

_FOLLOW_UPS = (TouchType.FOLLOW_UP_CALL, TouchType.WEEKLY_FOLLOW_UP,
               TouchType.FOLLOW_UP_AFTER_REPLY)
_CAREER: dict[str, core.Kind] = {
    TouchType.WITHDRAWAL_NOTE: "withdrawal_note",
    TouchType.THANKS_AFTER_OFFER: "thanks_after_offer",
    TouchType.ANNOUNCEMENT: "announcement",
}
# How a thank-you after the offer tells each application's outcome ("they ...").
_OUTCOMES = {
    Stage.ACCEPTED: "offered me the job, and I have accepted",
    Stage.OFFER: "made me an offer",
    Stage.WITHDRAWN: "considered me, and I have since withdrawn from that process",
    Stage.REJECTED: "went ahead with another candidate",
    Stage.FILLED: "went ahead with another candidate",
    Stage.CLOSED: "closed the position",
}


def kind_for(touch: Touch) -> core.Kind:
    """Which template a touch is written from; BadInput for a touch with nothing to write."""
    if touch.type in (TouchType.THANK_YOU_EMAIL, TouchType.THANK_YOU_LETTER):
        return "thank_you_email"
    if touch.type == TouchType.REFERENCE_ALERT:
        return "reference_alert"
    if touch.type == TouchType.POSTAL_LETTER:
        return "postal_letter"
    if touch.type in _FOLLOW_UPS:
        return "call_script" if touch.channel == "phone" else "follow_up_email"
    if touch.type in _CAREER:
        return _CAREER[touch.type]
    raise BadInput("there is nothing to write for this touch", where="touch")


@dataclass(frozen=True, slots=True)
class Sources:
    """The rows behind one touch's letter."""

    touch: Touch
    application: Application
    contact: Contact | None
    interviewer: Interviewer | None  # this person's debrief in the round the touch is about
    round_interviewers: list[Interviewer]  # everyone met in that round, in order


def sources_for(touch: Touch) -> Sources:
    application = touch.application
    contact = _contact_of(touch)
    met = (Interviewer.objects.filter(round__application=application, contact_id=touch.contact_id)
           .select_related("round").order_by("-round__start")) if touch.contact_id else None
    in_round: list[Interviewer] = []
    interviewer = None
    if touch.round_id:
        # Everyone met in the touch's round, and among them this person's debrief: one query.
        in_round = list(Interviewer.objects.filter(round_id=touch.round_id)
                        .select_related("contact", "round").order_by("position", "id"))
        interviewer = next((i for i in in_round if i.contact_id == touch.contact_id), None) \
            if touch.contact_id else None
    if met is not None and interviewer is None:
        # A touch without a round (the postal letter) draws on the latest round actually held:
        # a round still to come has no debrief yet.
        interviewer = met.filter(round__status=Round.Status.HELD).first() or met.first()
    if not touch.round_id and interviewer is not None:
        in_round = list(Interviewer.objects.filter(round_id=interviewer.round_id)
                        .select_related("contact").order_by("position", "id"))
    return Sources(touch, application, contact, interviewer, in_round)


def _contact_of(touch: Touch) -> Contact | None:
    """The touch's contact with their addresses and e-mails; the instance the touch already
    holds when it was loaded with it (so `touch.contact.primary_email` costs nothing more)."""
    if not touch.contact_id:
        return None
    if Touch.contact.is_cached(touch):
        contact = touch.contact
        if contact is not None:
            prefetch_related_objects([contact], "emails", "addresses")
        return contact
    return (Contact.objects.prefetch_related("emails", "addresses")
            .filter(pk=touch.contact_id).first())


def _candidate(user: User) -> core.Candidate:
    return core.Candidate(name=user.full_name or user.email, email=user.email, phone=user.phone,
                          linkedin=user.linkedin, signature=user.signature,
                          address=user.return_address)


def _card_address(contact: Contact | None) -> ContactAddress | None:
    addresses = list(contact.addresses.all()) if contact is not None else []
    return addresses[0] if addresses and addresses[0].street else None


def postal_address(address: ContactAddress, home_country: str) -> str:
    """A card's address as lines in its country's own order (core.letters.postal_lines)."""
    return "\n".join(core.postal_lines(
        street=address.street, city=address.city, region=address.region,
        postal_code=address.postal_code, country=address.country, home_country=home_country))


def _person(contact: Contact | None, fallback_name: str, address: str = "",
            home_country: str = "US") -> core.Person:
    if contact is None:
        return core.Person(name=fallback_name, address=address)
    card = _card_address(contact)
    return core.Person(name=contact.full_name, prefix=contact.prefix, title=contact.title,
                       company=contact.company, email=contact.primary_email or "",
                       address=address or (postal_address(card, home_country) if card else ""))


def recipient_address(sources: Sources, home_country: str = "US") -> str:
    """Where a letter on paper goes: the plan's address (the employer's mailing address when
    known, cadence.md), else the recipient's address as on their card. The plan keeps a card's
    address as plain lines; when it is the recipient's card, the card's fields give the order
    of its country."""
    planned = (sources.touch.address or "").strip()
    card = _card_address(sources.contact)
    if card is not None and (not planned or planned == card.as_text().strip()):
        return postal_address(card, home_country)
    return planned


def _strengths(user: User) -> tuple[core.Strength, ...]:
    return tuple(core.Strength(s.phrase, s.evidence, s.keywords)
                 for s in user.strengths.all())


def _variant(sources: Sources) -> int:
    """Siblings must not read alike: a thank-you takes the person's place in the round, a
    follow-up its week number."""
    touch = sources.touch
    if touch.type in (TouchType.THANK_YOU_EMAIL, TouchType.THANK_YOU_LETTER):
        ids = [i.contact_id for i in sources.round_interviewers]
        return ids.index(touch.contact_id) if touch.contact_id in ids else 0
    return touch.week or 0


def _local_day(moment: datetime | None, tz: str) -> date | None:
    return moment.astimezone(ZoneInfo(tz)).date() if moment else None


def _everyone_met(application: Application) -> list[Interviewer]:
    """Who may call a reference: everyone met in the application, hiring managers first."""
    seen: set[int] = set()
    people = []
    rows = (Interviewer.objects.filter(round__application=application)
            .select_related("contact").order_by("-hiring_manager", "round__start", "position"))
    for row in rows:
        if row.contact_id not in seen:
            seen.add(row.contact_id)
            people.append(row)
    return people


def letter_input(sources: Sources, user: User, *, today: date) -> core.LetterInput:
    touch, application = sources.touch, sources.application
    interviewer = sources.interviewer
    round_ = interviewer.round if interviewer else touch.round
    topics: tuple[str, ...] = tuple(interviewer.topics) if interviewer else ()
    interviewers: tuple[core.Person, ...] = ()
    relationship = ""
    if touch.type == TouchType.REFERENCE_ALERT:
        met = _everyone_met(application)
        interviewers = tuple(_person(i.contact, i.contact.full_name) for i in met)
        topics = tuple(dict.fromkeys(t for i in met for t in i.topics))[:3]
        use = (application.references.filter(reference__contact_id=touch.contact_id)
               .select_related("reference").first()) if touch.contact_id else None
        relationship = use.reference.relationship if use else ""
    return core.LetterInput(
        candidate=_candidate(user),
        recipient=_person(sources.contact, touch.recipient_name,
                          address=recipient_address(sources, user.country)
                          if touch.channel == "post" else "", home_country=user.country),
        employer=application.employer.name, role=application.role, today=today,
        interview_day=_local_day(round_.start, round_.timezone) if round_ else None,
        interview_format=round_.format if round_ else "",
        round_number=round_.number if round_ else None,
        topics=topics, cares_about=interviewer.cares_about if interviewer else "",
        strengths=_strengths(user), interviewers=interviewers, relationship=relationship,
        variant=_variant(sources), week=touch.week,
        extra={"career": career_context(touch)} if touch.type in _CAREER else {},
    )


def placement_of(touch: Touch) -> Placement | None:
    """The accepted offer a career-mode letter is about: the one of the touch's application
    (thanks, announcement), else the owner's latest (a withdrawal note)."""
    rows = Placement.objects.filter(owner_id=touch.owner_id).select_related(
        "application__employer")
    return rows.filter(application_id=touch.application_id).first() or rows.first()


def search_applications(placement: Placement) -> list[Application]:
    """The applications of the search a placement ended (made after the previous search)."""
    rows = Application.objects.filter(owner_id=placement.owner_id,
                                      created_at__lte=placement.accepted_at)
    if placement.search_since is not None:
        rows = rows.filter(created_at__gt=placement.search_since)
    found = list(rows.select_related("employer").order_by("created_at", "pk"))
    if all(a.pk != placement.application_id for a in found):
        found.append(placement.application)
    return found


def career_context(touch: Touch) -> dict[str, object]:
    """`career.*` for the letters after an accepted offer. A reference hears only of the
    applications they spoke for: the new employer is named to them only when the accepted
    job was one of those (issue 17: never told of an offer they were not asked about)."""
    placement = placement_of(touch)
    if placement is None:
        raise BadInput("there is no accepted offer to write about", where="touch")
    accepted = placement.application
    search = search_applications(placement)
    ids = [a.pk for a in search]
    relation = "coach" if touch.key.startswith(f"{OUTSIDE_PLAN}thanks:coach") else ""
    theirs: list[Application] = []
    is_reference = False
    if touch.contact_id and not relation:
        spoke_for = set(ApplicationReference.objects.filter(
            owner_id=touch.owner_id, application_id__in=ids,
            reference__contact_id=touch.contact_id).values_list("application_id", flat=True))
        referred = {a.pk for a in search if a.referred_by_id == touch.contact_id}
        is_reference = bool(spoke_for)
        relation = "reference" if is_reference else "referrer" if referred else "network"
        theirs = [a for a in search if a.pk in spoke_for | referred]
    told = not is_reference or any(a.pk == accepted.pk for a in theirs)
    return {
        "new_role": accepted.role,
        "new_employer": accepted.employer.name if told else "",
        "relation": relation,
        "their_applications": [
            {"employer": a.employer.name, "role": a.role,
             "outcome": _OUTCOMES.get(Stage(a.stage), "have not decided yet")
             if a.pk == accepted.pk or a.stage != Stage.ACCEPTED else _OUTCOMES[Stage.OFFER]}
            for a in theirs],
        "start_day": "",
    }


def proofread_context(sources: Sources, user: User) -> proofread.ProofreadContext:
    touch, application = sources.touch, sources.application
    contact = sources.contact
    interviewer = sources.interviewer
    round_ = interviewer.round if interviewer else touch.round
    # Naming another employer the user applied to is the classic copy-paste slip.
    others = (Application.objects.filter(owner=user).exclude(employer=application.employer)
              .values_list("employer__name", flat=True))
    if touch.type in (TouchType.THANKS_AFTER_OFFER, TouchType.ANNOUNCEMENT):
        others = others.none()  # these letters name the employers they are about, on purpose
    return proofread.ProofreadContext(
        company=application.employer.name,
        interviewer=proofread.Interviewer(
            name=contact.full_name if contact else touch.recipient_name,
            title=(contact.title or None) if contact else None,
            prefix=(contact.prefix or None) if contact else None,
            email=contact.primary_email if contact else None),
        candidate_name=user.full_name or None, candidate_email=user.email,
        candidate_phone=user.phone or None, role=application.role,
        interview_start=round_.start if round_ else None,
        interview_format=round_.format if round_ else None,
        topics_discussed=tuple(interviewer.topics) if interviewer else (),
        candidate_strengths=tuple(s.phrase for s in user.strengths.all()),
        other_applications=tuple(sorted(set(others))),
    )


def known_words(user: User) -> list[str]:
    """The user's contacts and companies: names the dictionary does not know but are right."""
    # One statement for the three lists (each letter's proofreading reads them all).
    contacts = Contact.objects.filter(owner=user).order_by()
    names = contacts.values_list("full_name", flat=True).union(
        contacts.exclude(company="").values_list("company", flat=True),
        Organization.objects.filter(owner=user).order_by().values_list("name", flat=True)
    ).order_by()  # the model's ordering names a column the UNION does not have: sorted below
    return sorted(names)
