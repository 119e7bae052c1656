"""Writes about accounts."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.dispatch import Signal

from pursuit.accounts.models import Strength, User
from pursuit.core.errors import BadInput
from pursuit.core.mail import check_header

# Sent (with `user`) when whatever else lets a program act as the user must stop working: after
# a password reset, or a password change when the user asks. Apps that issue such credentials
# (the API's personal tokens) revoke them; accounts cannot know those apps (they rank above).
credentials_revoked = Signal()


def sign_out_everywhere(*, user: User) -> None:
    """Revoke the user's other credentials (API tokens). Sessions are Django's: they end with
    the password they were opened with."""
    credentials_revoked.send(sender=User, user=user)


def user_create(*, email: str, password: str, full_name: str = "", is_coach: bool = False,
                timezone: str | None = None) -> User:
    """Create an account; BadInput names the field when the e-mail or password won't do."""
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise BadInput(f"{email!r} is not an e-mail address", where="EMAIL") from None
    if User.objects.filter(email__iexact=email).exists():
        raise BadInput(f"an account with the e-mail {email} already exists", where="EMAIL")
    check_header(full_name, field="full_name")
    candidate = User(email=email, full_name=full_name)
    try:
        validate_password(password, user=candidate)
    except ValidationError as exc:
        raise BadInput(_weak_password(exc.messages), where="password") from None
    with transaction.atomic():
        user = User.objects.create_user(email, password, full_name=full_name, is_coach=is_coach,
                                        **({"timezone": timezone} if timezone else {}))
    return user


def strength_add(*, user: User, phrase: str, evidence: str = "", keywords: str = "") -> Strength:
    if not phrase.strip():
        raise BadInput("the strength is empty", where="phrase")
    return Strength.objects.create(owner=user, phrase=phrase.strip(), evidence=evidence,
                                   keywords=keywords)


def strength_delete(*, user: User, strength_id: int) -> None:
    deleted, _ = Strength.objects.filter(owner=user, pk=strength_id).delete()
    if not deleted:
        raise BadInput("no such strength", where="strength")


def _weak_password(reasons: list[str]) -> str:
    """Django's reasons as one sentence: "the password is too weak: it is too common and
    entirely numeric", not a sentence of ours followed by sentences of Django's."""
    traits, others = [], []
    for reason in reasons:
        text = reason.strip().rstrip(".")
        # "too short. It must contain at least 10 characters": the second sentence explains.
        head, _, rest = text.partition(". ")
        text = f"{head} ({rest[:1].lower() + rest[1:]})" if rest else head
        for prefix in ("This password is ", "The password is "):
            if text.startswith(prefix):
                traits.append(text[len(prefix):])
                break
        else:  # a validator worded otherwise keeps its words, as a clause of its own
            others.append(text[:1].lower() + text[1:])
    clauses = others
    if traits:
        joined = ", ".join(traits[:-1]) + " and " + traits[-1] if len(traits) > 1 else traits[0]
        clauses = [f"it is {joined}", *others]
    return "the password is too weak: " + "; ".join(clauses)
