"""Reads about accounts."""

from __future__ import annotations

from pursuit.accounts.models import User
from pursuit.core.errors import BadInput


def account_for_command(email: str | None) -> User:
    """The account a command acts for: the one named by --user, else the only one (demo
    accounts, which belong to another account, do not count)."""
    if email:
        try:
            return User.objects.get(email__iexact=email.strip())
        except User.DoesNotExist:
            raise BadInput(f"no account with the e-mail {email}", where="--user") from None
    accounts = list(User.objects.filter(demo_of__isnull=True).order_by("id")[:2])
    if not accounts:
        raise BadInput("there is no account yet: create one with `pursuit createuser EMAIL`",
                       where="--user")
    if len(accounts) > 1:
        raise BadInput("there are several accounts: name one with --user EMAIL", where="--user")
    return accounts[0]


def has_any_account() -> bool:
    return User.objects.exists()
