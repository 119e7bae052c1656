"""Writes about the morning digest: choosing it, and queueing each day's e-mail.

The worker calls `send_due_digests(now)` once per loop turn. It costs one query when nothing
is due; an account's digest is queued through the outbox (so it goes out by the user's own
mail account, or to the console when there is none) at most once per local day.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, Subquery

from pursuit.accounts.models import User
from pursuit.cadence.calendar import holidays_between
from pursuit.cadence.selectors import agenda_for
from pursuit.contacts.models import Contact
from pursuit.core.business_days import is_business_day
from pursuit.core.errors import BadInput
from pursuit.core.oauth import refused_words
from pursuit.core.timezones import zone
from pursuit.digest.compose import Digest, PersonLine, compose
from pursuit.digest.models import DigestPreference, DigestSent
from pursuit.networking.selectors import keep_in_touch_due, suggestion_for
from pursuit.outbox.selectors import sign_in_refused_for
from pursuit.outbox.services import message_enqueue
from pursuit.pipeline.models import OPEN_STAGES, Application, Placement

log = logging.getLogger(__name__)


def _as_time(value: object) -> time:
    # An instance created in this process still holds its default as the string "09:00".
    return value if isinstance(value, time) else time.fromisoformat(str(value))


def digest_preference_set(*, owner: User, enabled: bool) -> DigestPreference:
    preference, _ = DigestPreference.objects.update_or_create(
        owner=owner, defaults={"enabled": enabled})
    return preference


def digest_enabled(owner: User) -> bool:
    preference = DigestPreference.objects.filter(owner=owner).first()
    return preference.enabled if preference else not owner.is_coach


def _keep_in_touch(owner: User, today: date) -> list[PersonLine]:
    """Contacts due for a keep-in-touch note."""
    lines = []
    for item in keep_in_touch_due(owner, today):
        contact: Any = getattr(item, "contact", item)
        name = getattr(contact, "full_name", None) or str(contact)
        since = getattr(item, "days_since", None)
        detail = f"last in touch {since} days ago" if since is not None else \
            "not in touch yet since you added them"
        lines.append(PersonLine(name=name, detail=detail))
    return lines


def _suggestion(owner: User, today: date) -> str:
    """The day's networking suggestion."""
    suggestion: Any = suggestion_for(owner, today)
    if suggestion is None:
        return ""
    return str(getattr(suggestion, "text", suggestion))


def digest_for(owner: User, *, now: datetime) -> Digest:
    """The digest as it would be sent at `now` (also the preview on the settings page)."""
    today = now.astimezone(ZoneInfo(owner.timezone)).date()
    first_name = (owner.full_name or "").split(" ")[0]
    placement = (Placement.objects.filter(owner=owner, ended_at__isnull=True)
                 .select_related("application__employer").first())
    placed_as = (f"{placement.application.role} at {placement.application.employer.name}"
                 if placement else "")
    return compose(name=first_name, today=today, items=agenda_for(owner, now=now),
                   keep_in_touch=_keep_in_touch(owner, today),
                   suggestion=_suggestion(owner, today), link=str(settings.PURSUIT_BASE_URL or ""),
                   placed_as=placed_as, alerts=_alerts(owner))


def _alerts(owner: User) -> list[str]:
    refused = sign_in_refused_for(owner)
    return [refused_words(refused.from_address)] if refused else []


def _business_day(owner: User, day: date) -> bool:
    try:
        holidays = holidays_between(owner.country, owner.subdivision, day, day)
    except BadInput:  # a country the holidays package does not know: weekends only
        holidays = frozenset()
    return is_business_day(day, holidays)


def digest_due_on(owner: User, now: datetime, last_day: date | None) -> date | None:
    """The local day whose digest is due for this account at `now`, or None.

    Due from the start of the working day until its end (a worker that was down all morning
    does not send a "morning" digest at night), on business days only, once per day.
    """
    try:
        local = now.astimezone(zone(owner.timezone, where="timezone"))
    except BadInput:
        return None  # the settings form refuses unknown zones; never guess one
    day = local.date()
    if last_day is not None and last_day >= day:
        return None
    start, end = _as_time(owner.workday_start), _as_time(owner.workday_end)
    clock = local.time().replace(tzinfo=None)
    if clock < start or (end > start and clock >= end):
        return None
    return day if _business_day(owner, day) else None


def _queue(owner: User, day: date, now: datetime) -> bool:
    """Queue one account's digest for `day`; False when another worker already did."""
    try:
        with transaction.atomic():
            # The row first: if another worker got here first, the unique constraint stops us
            # before any message exists.
            record = DigestSent.objects.create(owner=owner, day=day)
            digest = digest_for(owner, now=now)
            try:
                # A mailbox whose sign-in was refused sends nothing: that day's digest (which
                # says so) goes through the instance's own mailer instead.
                record.message = message_enqueue(
                    owner=owner, to_address=owner.email, to_name=owner.full_name,
                    subject=digest.subject, body=digest.body,
                    system=sign_in_refused_for(owner) is not None)
            except BadInput as exc:
                record.error = str(exc)
            record.save(update_fields=["message", "error"])
    except IntegrityError:
        return False
    return record.message is not None


def send_due_digests(now: datetime) -> int:
    """Queue every digest due at `now`; returns how many were queued.

    One query finds the candidates with the day of their last digest; the rest is arithmetic
    in each user's timezone, so a loop turn with nothing due costs that one query.
    """
    last_day = DigestSent.objects.filter(owner=OuterRef("pk")).order_by("-day").values("day")[:1]
    # An account with nothing in play (no open application, nobody to keep in touch with)
    # gets no daily e-mail: "nothing due" every morning would only teach people to ignore it.
    in_play = (Exists(Application.objects.filter(owner=OuterRef("pk"), stage__in=OPEN_STAGES))
               | Exists(Contact.objects.filter(owner=OuterRef("pk"),
                                               keep_in_touch_days__isnull=False)))
    candidates = (User.objects.filter(is_active=True, demo_of__isnull=True)
                  .filter(Q(digest_preference__enabled=True)
                          | Q(digest_preference__isnull=True, is_coach=False))
                  .filter(in_play)
                  .annotate(last_digest=Subquery(last_day)).order_by("pk"))
    queued = 0
    for owner in candidates:
        day = digest_due_on(owner, now, owner.last_digest)
        if day is None:
            continue
        try:
            queued += _queue(owner, day, now)
        except Exception as exc:  # one account's bug must not stop everyone's digest
            log.exception("the digest of account %s failed", owner.pk)
            # Recorded, so it is not retried every loop turn until the day ends.
            DigestSent.objects.get_or_create(owner=owner, day=day,
                                             defaults={"error": f"{type(exc).__name__}: {exc}"})
    return queued
