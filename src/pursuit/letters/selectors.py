"""Reads about letters. Every function takes the owner: another user's letter is never seen."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.core import letters as core
from pursuit.core.errors import BadInput
from pursuit.letters import build
from pursuit.letters.models import Letter, LetterTemplate
from pursuit.letters.pdf import PrintedLetter, paragraphs_of


def letter_for(owner: User, letter_id: int) -> Letter:
    """Raises Letter.DoesNotExist for a letter of someone else."""
    return Letter.objects.select_related(
        "touch__application__employer", "touch__contact", "touch__round", "touch__message", "owner",
    ).get(pk=letter_id, owner=owner)


def letters_for(owner: User) -> QuerySet[Letter]:
    return (Letter.objects.filter(owner=owner)
            .select_related("touch__application__employer", "touch__message")
            .order_by("status", "-updated_at"))


def debrief_round_id(letter: Letter) -> int | None:
    """The round whose debrief this letter draws on (its topics, what they care about)."""
    if letter.touch.round_id:
        return letter.touch.round_id
    interviewer = build.sources_for(letter.touch).interviewer
    return interviewer.round_id if interviewer else None


def own_templates(owner: User) -> dict[str, LetterTemplate]:
    return {t.kind: t for t in LetterTemplate.objects.filter(owner=owner)}


def preview_touches(owner: User, kind: core.Kind, *, limit: int = 3) -> list[Touch]:
    """Real people the template page previews a template for: the user's latest touch of that
    kind of letter, and the others of its round (a panel's thank-yous differ by place)."""
    recent = (Touch.objects.filter(owner=owner).select_related("application__employer", "round")
              .order_by("-id")[:300])  # bounded: a preview needs a few, not the history
    matching = []
    for touch in recent:
        try:
            if build.kind_for(touch) == kind:
                matching.append(touch)
        except BadInput:
            continue
    if not matching:
        return []
    first = matching[0]
    same = [t for t in matching if first.round_id and t.round_id == first.round_id]
    return sorted(same, key=lambda t: t.pk)[:limit] if same else [first]


def printed_letter(letter: Letter, *, day: date) -> PrintedLetter:
    """The letter as it goes on paper: sender and recipient blocks around the text, each as
    postal services want it (core.letters.address: no line twice, the destination's order,
    the country only on mail abroad)."""
    owner = letter.owner
    sources = build.sources_for(letter.touch)
    contact = sources.contact
    address = build.recipient_address(sources, owner.country)
    if not address.strip():
        raise BadInput(f"no mailing address for {letter.touch.recipient_name}: add it to "
                       "their contact card or to the application", where="address")
    recipient = core.address_block(
        name=f"{contact.prefix} {contact.full_name}".strip() if contact
        else letter.touch.recipient_name,
        title=contact.title if contact else "",
        company=(contact.company if contact else "") or letter.touch.application.employer.name,
        address=address, home_country=owner.country)
    abroad = core.destination(address, owner.country) != owner.country.upper()
    sender = core.sender_block(name=owner.full_name or owner.email,
                               address=owner.return_address, home_country=owner.country,
                               abroad=abroad)
    paragraphs, closing = paragraphs_of(letter.body)
    return PrintedLetter(tuple(sender), tuple(recipient), day, paragraphs, closing)
