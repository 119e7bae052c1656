"""New accounts after the first: the owner's invitations, and open sign-up when the instance
allows it (PURSUIT_OPEN_SIGNUP, off by default). contracts.md, "Accounts and scripted setup".

The instance's owner is the account made on first run (a superuser); `pursuit createuser`
makes accounts from the command line as well.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse

from pursuit.accounts.models import AccountInvitation, User
from pursuit.accounts.services import user_create
from pursuit.core.errors import BadInput
from pursuit.crypto import hash_token
from pursuit.outbox.services import message_enqueue

VALID_FOR = timedelta(days=14)


def can_invite(user: User) -> bool:
    return user.is_superuser


def open_signup() -> bool:
    return bool(settings.PURSUIT_OPEN_SIGNUP)


def invitation_path(token: str) -> str:
    return reverse("account_join", kwargs={"token": token})


def account_invite(*, by: User, email: str, as_coach: bool, base_url: str,
                   now: datetime) -> AccountInvitation:
    """Invite `email` to open an account and mail them the link (valid for 14 days).

    Inviting an address again replaces its open invitation (the old link stops working). The
    mail is queued in the outbox and the worker delivers it through the instance's mailer (a
    request never talks to a mail server); the Outbox page shows how it went.
    """
    if not can_invite(by):
        raise BadInput("only the owner of this Pursuit invites new accounts", where="email")
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise BadInput("that is not an e-mail address", where="email") from None
    if User.objects.filter(email__iexact=email).exists():
        raise BadInput(f"{email} already has an account", where="email")
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        AccountInvitation.objects.filter(email=email, accepted_at__isnull=True,
                                         revoked_at__isnull=True).update(revoked_at=now)
        invitation = AccountInvitation.objects.create(
            email=email, as_coach=as_coach, invited_by=by, token_hash=hash_token(token),
            expires_at=now + VALID_FOR)
        inviter = by.full_name or by.email
        role = "coach candidates" if as_coach else "run your job search's follow-ups"
        body = (f"{inviter} ({by.email}) invites you to {role} on Pursuit.\n\n"
                f"Open this link to choose your password (it works until "
                f"{invitation.expires_at:%d %B %Y}):\n"
                f"{urljoin(base_url, invitation_path(token))}\n\n"
                "If you did not expect this, ignore it: no account is made until you open it.\n")
        message_enqueue(owner=by, to_address=email, subject=f"{inviter} invites you to Pursuit",
                        body=body, system=True)
    return invitation


def open_invitation(token: str, now: datetime) -> AccountInvitation | None:
    """The invitation behind a link, while it can still be used; else None."""
    return AccountInvitation.objects.filter(
        token_hash=hash_token(token), accepted_at__isnull=True, revoked_at__isnull=True,
        expires_at__gt=now).first()


def account_join(*, token: str, full_name: str, password: str, now: datetime) -> User:
    """Open the invited account. The invitation is used up in the same transaction, so one
    link makes one account even when it is submitted twice at once."""
    with transaction.atomic():
        invitation = open_invitation(token, now)
        if invitation is None:
            raise BadInput("this invitation was used, replaced, withdrawn or has expired",
                           where="token")
        used = AccountInvitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True
                                                ).update(accepted_at=now)
        if not used:
            raise BadInput("this invitation was just used", where="token")
        return user_create(email=invitation.email, password=password, full_name=full_name,
                           is_coach=invitation.as_coach)


def account_signup(*, email: str, full_name: str, password: str) -> User:
    if not open_signup():
        raise BadInput("this Pursuit does not take sign-ups; ask its owner for an invitation",
                       where="email")
    return user_create(email=email, password=password, full_name=full_name)


def invitation_revoke(*, by: User, invitation_id: int, now: datetime) -> None:
    changed = AccountInvitation.objects.filter(
        pk=invitation_id, invited_by=by, accepted_at__isnull=True, revoked_at__isnull=True,
    ).update(revoked_at=now)
    if not changed:
        raise BadInput("no such open invitation", where="invitation")


def accounts_overview(owner: User, now: datetime) -> tuple[list[User], list[AccountInvitation]]:
    """Every account of the instance and the owner's invitations still open (newest first)."""
    users = list(User.objects.filter(demo_of__isnull=True).order_by("date_joined", "pk").only(
        "email", "full_name", "is_coach", "is_superuser", "date_joined", "last_login"))
    invitations = list(AccountInvitation.objects.filter(
        invited_by=owner, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now))
    return users, invitations
