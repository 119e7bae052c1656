"""What a reply means: a message in the user's INBOX that answers one of theirs (by In-Reply-To
or References), or comes from an interviewer of an open application, becomes an
`interviewer_replied` event, and the follow-ups are re-planned from it (cadence R7). An
automatic answer (an out-of-office) is kept but is not a reply.

The outbox reads INBOX (`outbox.replies`); the worker hands each message here.
"""

from __future__ import annotations

from django.db import transaction

from pursuit.cadence.models import Touch
from pursuit.cadence.services import event_record
from pursuit.contacts.models import ContactEmail
from pursuit.outbox.models import InboundReply, Message
from pursuit.outbox.replies import Inbound, ours_among, reply_link_event, reply_store
from pursuit.pipeline.models import OPEN_STAGES, Application, Interviewer


def _application_for(owner_id: int, inbound: Inbound) -> tuple[Application | None,
                                                               Message | None]:
    """The application a message answers, and which of the user's messages it answers."""
    for message in ours_among(owner_id, inbound.referenced):
        touch = Touch.objects.filter(message=message).select_related("application").first()
        if touch is not None:
            return touch.application, message
    if not inbound.sender:
        return None, None
    contact_ids = ContactEmail.objects.filter(owner_id=owner_id,
                                              address__iexact=inbound.sender) \
        .values_list("contact_id", flat=True)
    interviewer = (Interviewer.objects
                   .filter(owner_id=owner_id, contact_id__in=list(contact_ids),
                           round__application__stage__in=OPEN_STAGES)
                   .select_related("round__application").order_by("-round__start").first())
    return (interviewer.round.application, None) if interviewer else (None, None)


def reply_record(owner_id: int, inbound: Inbound) -> InboundReply | None:
    """Record one INBOX message if it answers the user; returns the reply, or None (not a reply
    to anything of theirs, or seen before)."""
    application, ours = _application_for(owner_id, inbound)
    if application is None:
        return None
    with transaction.atomic():
        reply = reply_store(owner_id=owner_id, inbound=inbound, application_id=application.pk,
                            in_reply_to=ours)
        if reply is None or inbound.automatic:
            return reply
        by = (Interviewer.objects.filter(
            owner_id=owner_id, round__application=application,
            contact__emails__address__iexact=inbound.sender).select_related("contact").first())
        event = event_record(owner=application.owner, application_id=application.pk,
                             type="interviewer_replied", at=inbound.received,
                             summary=reply.snippet, by_contact_id=by.contact_id if by else None)
        reply_link_event(reply, event.pk)
    return reply
