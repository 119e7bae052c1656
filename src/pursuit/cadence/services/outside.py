"""Touches no rule of the cadence plans: the letters of career mode (a withdrawal note, a
thank-you to the people who helped, the announcement of a new role). Their keys start with
OUTSIDE_PLAN, so a re-plan neither moves nor removes them; once written they live like any
touch (a letter, approval, the outbox, done when sent)."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction

from pursuit.accounts.models import User
from pursuit.cadence.models import OUTSIDE_PLAN, Touch, TouchType
from pursuit.common.pagecache import renew
from pursuit.contacts.models import Contact
from pursuit.core.errors import BadInput
from pursuit.pipeline.selectors import owned_application

_TYPES = (TouchType.WITHDRAWAL_NOTE, TouchType.THANKS_AFTER_OFFER, TouchType.ANNOUNCEMENT)


def touch_outside_plan(*, owner: User, application_id: int, type: str, contact_id: int,
                       due_on: date, key: str = "", variant: int = 0) -> Touch:
    """One such touch to one contact (e-mail), or the one already there: asking twice for a
    person's withdrawal note never makes a second. `key` defaults to `type:c<contact>`."""
    if type not in _TYPES:
        raise BadInput(f"{type!r} is not a touch outside the plan", where="type")
    key = f"{OUTSIDE_PLAN}{key or f'{type}:c{contact_id}'}"
    with transaction.atomic():
        application = owned_application(owner, application_id)
        contact = Contact.objects.filter(owner=owner, pk=contact_id).first()
        if contact is None:
            raise BadInput("not one of your contacts", where="contact")
        existing = Touch.objects.filter(application=application, key=key).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                touch = Touch.objects.create(
                    owner=owner, application=application, key=key, type=type, channel="email",
                    contact=contact, recipient_name=contact.full_name, due_on=due_on,
                    week=variant)
        except IntegrityError:  # a double click made it meanwhile
            return Touch.objects.get(application=application, key=key)
        renew(owner)
    return touch
