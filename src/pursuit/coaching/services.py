"""Writes about coaching: invite, accept, decline, revoke, share letters.

Only the candidate invites, revokes and shares; only the invited coach accepts or declines.
A coach never writes anything of the candidate's: there is no service for it.
"""

from __future__ import annotations

import secrets
from urllib.parse import urljoin

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.coaching.models import CoachLink
from pursuit.coaching.selectors import invitation
from pursuit.core.errors import BadInput
from pursuit.crypto import hash_token
from pursuit.outbox.services import message_enqueue


def invitation_path(token: str) -> str:
    return reverse("coach_invitation", kwargs={"invitation_token": token})


def _invitation_text(candidate: User, url: str) -> tuple[str, str]:
    name = candidate.full_name or candidate.email
    subject = f"{name} invites you to coach their job search on Pursuit"
    body = (
        f"{name} ({candidate.email}) would like you to coach their job search.\n\n"
        "As their coach you will see, read-only, how their follow-ups are going: thank-yous\n"
        "sent on time, calls made, letters mailed, open applications and what is overdue.\n\n"
        f"Accept or decline here:\n{url}\n\n"
        "Sign in with this e-mail address to accept. If you have no account on this Pursuit\n"
        "yet, ask the person who runs it to create one for this address.\n"
    )
    return subject, body


def coach_invite(*, candidate: User, email: str, base_url: str) -> CoachLink:
    """Invite a coach by e-mail and send them the invitation link.

    `base_url` is the site's address as the browser sees it (the view passes
    `request.build_absolute_uri("/")`): the e-mail needs an absolute link. The plain token is
    only in the e-mail, which is queued in the outbox with the link, in one transaction; the
    worker delivers it through the instance's mailer (the console until an operator sets one).
    """
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise BadInput("that is not an e-mail address", where="email") from None
    if email == candidate.email.lower():
        raise BadInput("you cannot coach yourself", where="email")
    token = secrets.token_urlsafe(32)
    subject, body = _invitation_text(candidate, urljoin(base_url, invitation_path(token)))
    try:
        with transaction.atomic():
            link = CoachLink.objects.create(candidate=candidate, coach_email=email,
                                            token_hash=hash_token(token))
            message_enqueue(owner=candidate, to_address=email, subject=subject, body=body,
                            system=True)
    except IntegrityError:
        raise BadInput(f"{email} is already invited or coaching you", where="email") from None
    return link


def _pending(token: str) -> CoachLink:
    link = invitation(token)
    if link is None:
        raise BadInput("no such invitation, or it was already answered", where="token")
    return link


def is_invitee(link: CoachLink, user: User) -> bool:
    """The invitation is for whoever signs in with the address it was sent to."""
    return (user.email.lower() == link.coach_email.lower()
            and user.pk != link.candidate_id)


def coach_accept(*, user: User, token: str) -> CoachLink:
    """The invited coach accepts: the link turns active and the account becomes a coach's.

    Accepting is the consent that matters, so an account without the coach flag gets it here
    rather than the invitation failing until an operator sets it (the flag only shows the
    Coach page; it grants nothing by itself: every read goes through an active link).
    """
    link = _pending(token)
    if not is_invitee(link, user):
        raise BadInput("this invitation was sent to another address", where="token")
    now = timezone.now()
    with transaction.atomic():
        # Conditional: a revoke (or a second click) in between wins, and nothing changes here.
        changed = CoachLink.objects.filter(pk=link.pk, status=CoachLink.Status.INVITED).update(
            status=CoachLink.Status.ACTIVE, coach=user, accepted_at=now)
        if not changed:
            raise BadInput("no such invitation, or it was already answered", where="token")
        if not user.is_coach:
            user.is_coach = True
            user.save(update_fields=["is_coach"])
    link.refresh_from_db()
    return link


def coach_decline(*, user: User, token: str) -> CoachLink:
    link = _pending(token)
    if not is_invitee(link, user):
        raise BadInput("this invitation was sent to another address", where="token")
    CoachLink.objects.filter(pk=link.pk, status=CoachLink.Status.INVITED).update(
        status=CoachLink.Status.DECLINED, declined_at=timezone.now())
    link.refresh_from_db()
    return link


def _candidates_link(candidate: User, link_id: int) -> CoachLink:
    try:
        return CoachLink.objects.get(pk=link_id, candidate=candidate)
    except CoachLink.DoesNotExist:
        raise BadInput("no such coach", where="coach") from None


def coach_revoke(*, candidate: User, link_id: int) -> CoachLink:
    """End a coach's access (or withdraw an invitation) at once; revoking twice is harmless."""
    link = _candidates_link(candidate, link_id)
    if link.is_live:
        link.status = CoachLink.Status.REVOKED
        link.revoked_at = timezone.now()
        link.save(update_fields=["status", "revoked_at"])
    return link


def coach_share_letters(*, candidate: User, link_id: int, share: bool) -> CoachLink:
    link = _candidates_link(candidate, link_id)
    if not link.is_live:
        raise BadInput("this coach no longer has access", where="coach")
    link.share_letters = share
    link.save(update_fields=["share_letters"])
    return link
