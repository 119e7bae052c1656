"""Whole-account writes: importing a file (contacts or a Pursuit backup) and deleting an
account with everything it owns."""

from __future__ import annotations

from django.db import transaction

from pursuit.accounts.models import User
from pursuit.archive.backup import backup_restore
from pursuit.contacts.imports import ImportSummary, Progress, apply_parsed, read_file
from pursuit.contacts.models import Contact, Organization
from pursuit.outbox.models import MailAccount, Message
from pursuit.outbox.oauth import mail_account_oauth_removed
from pursuit.pipeline.models import Application


def import_file(*, owner: User, data: bytes, filename: str, format: str = "auto",
                dry_run: bool = False, progress: Progress | None = None) -> ImportSummary:
    """Import one file for `owner`: contacts (LinkedIn, vCard, Google) are merged into the
    address book; a Pursuit backup restores everything it holds. BadInput (nothing stored)
    when it cannot be read."""
    kind, parsed = read_file(data, filename=filename, format=format, region=owner.country)
    if isinstance(parsed, str):
        return backup_restore(owner=owner, text=parsed, filename=filename, dry_run=dry_run,
                              progress=progress)
    return apply_parsed(owner=owner, parsed=parsed, filename=filename, dry_run=dry_run,
                        progress=progress)


def account_delete(*, user: User) -> None:
    """Delete an account with everything it owns.

    Messages still waiting go first (a worker must not deliver for an account being deleted),
    then in dependency order: applications (their rounds PROTECT the interviewers' contacts
    and they PROTECT their employer), contacts and organisations, then the user. Its demo
    account (`User.demo_of`) goes the same way first.
    """
    with transaction.atomic():
        for demo in User.objects.filter(demo_of=user):
            account_delete(user=demo)
        Message.objects.filter(owner=user).delete()
        account = MailAccount.objects.filter(owner=user).first()
        if account is not None:
            mail_account_oauth_removed(account)  # its OAuth sign-in is revoked by the worker
        Application.objects.filter(owner=user).delete()
        Contact.objects.filter(owner=user).delete()
        Organization.objects.filter(owner=user).delete()
        user.delete()
