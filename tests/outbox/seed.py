"""Fill a fresh database with one account, a mail account on the given port and N queued
messages; run as `python -m tests.outbox.seed PORT COUNT` in the environment of the workers."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")


def main(port: int, count: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from pursuit.accounts.models import User
    from pursuit.cli.base import ensure_database
    from pursuit.outbox.models import Message
    from pursuit.outbox.services import mail_account_save, message_enqueue

    ensure_database()
    # A shared PostgreSQL database holds what earlier tests of the pass left (applications
    # PROTECT their employers, so deleting users is not enough): start from empty tables.
    call_command("flush", interactive=False, verbosity=0)
    owner = User.objects.create_user("seed@example.com", "seed password 42")
    mail_account_save(owner=owner, from_address="seed@example.com", smtp_host="127.0.0.1",
                      smtp_port=port, smtp_security="none", rate_per_minute=600)
    for n in range(count):
        message_enqueue(owner=owner, to_address=f"person{n}@example.com", to_name=f"Person {n}",
                        subject=f"Thank you, Person {n}", body=f"Dear Person {n},\n\nThanks.\n")
    print(Message.objects.count())


def add(email: str, port: int, count: int) -> None:
    """Another account on the given port with COUNT more queued messages (the database is
    kept)."""
    import django

    django.setup()
    from pursuit.accounts.models import User
    from pursuit.outbox.services import mail_account_save, message_enqueue

    owner = User.objects.filter(email=email).first() or User.objects.create_user(
        email, "seed password 42")
    mail_account_save(owner=owner, from_address=email, smtp_host="127.0.0.1", smtp_port=port,
                      smtp_security="none", rate_per_minute=600)
    for n in range(count):
        message_enqueue(owner=owner, to_address=f"person{n}@example.com", to_name=f"Person {n}",
                        subject=f"Hello, Person {n}", body=f"Dear Person {n},\n\nHello.\n")


def states() -> dict[str, list[str]]:
    """Message-IDs by state (printed as JSON by `python -m tests.outbox.seed states`)."""
    import django

    django.setup()
    from pursuit.outbox.models import Message

    result: dict[str, list[str]] = {}
    for message_id, state in Message.objects.values_list("message_id", "state"):
        result.setdefault(state, []).append(message_id)
    return result


def imap(host: str, port: int, user: str, password: str) -> None:
    """Point the seed account's IMAP at a server, with a copy of each message in Sent."""
    import django

    django.setup()
    from pursuit.outbox.models import MailAccount

    MailAccount.objects.update(imap_host=host, imap_port=port, imap_security="none",
                               imap_username=user, sent_copy="on", timeout_seconds=30)
    from pursuit.crypto import encrypt

    MailAccount.objects.update(imap_password_encrypted=encrypt(password))


def copies() -> dict[str, str]:
    """The Sent-folder copy state of each message, by Message-ID."""
    import django

    django.setup()
    from pursuit.outbox.models import Message

    return dict(Message.objects.values_list("message_id", "sent_copy"))


if __name__ == "__main__":
    if sys.argv[1] == "copies":
        import json

        print(json.dumps(copies()))
    elif sys.argv[1] == "imap":
        imap(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif sys.argv[1] == "states":
        import json

        print(json.dumps(states()))
    elif sys.argv[1] == "add":
        add(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main(int(sys.argv[1]), int(sys.argv[2]))
