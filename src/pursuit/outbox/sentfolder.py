"""A copy of each delivered message in the user's own IMAP Sent folder, exactly once.

The worker marks a message `pending` in the same transaction that records its delivery. Here
each pending copy is first marked `appending` (committed, with the worker's id) and only then
APPENDed, then marked `done`. A worker killed between the two leaves `appending` behind; the
next worker takes it over only once that worker is gone, and looks for the Message-ID in the
Sent folder before appending, so a copy is neither lost nor doubled.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from django.db.models import Q
from imapclient import SEEN, IMAPClient
from imapclient.exceptions import IMAPClientError

from pursuit.core.mail import imap_quote, sent_folder
from pursuit.outbox.checks import open_imap
from pursuit.outbox.models import MailAccount, Message
from pursuit.outbox.services import build_email, mail_account_imap_error

Copy = Message.Copy
BATCH = 200  # copies per MULTIAPPEND
# The message as it went out, by id, handed over once (or None: built again from its row).
SentText = Callable[[int], "str | None"]
SESSION_SECONDS = 120.0  # how long a logged-in connection is used again (see ImapSessions)


def _folder_of(client: object) -> str | None:
    listed = client.list_folders()  # type: ignore[attr-defined]
    return sent_folder((flags, str(name)) for flags, _delim, name in listed)


class ImapSessions:
    """Each account's IMAP connection, logged in and its Sent folder found, kept open across
    the passes of one burst of deliveries (the appender's thread holds one of these while it
    runs and closes it when the deliveries pause). A pass then costs its APPEND alone: the
    login (with OAuth, the server's own check of the token at the provider), the folder
    listing and the connection's set-up were most of a 200-copy pass. A connection is used
    again for SESSION_SECONDS at most, and only while the account's server and user are the
    ones it was opened for."""

    def __init__(self) -> None:
        self._open: dict[int, tuple[tuple[object, ...], float, IMAPClient, str | None]] = {}

    @staticmethod
    def _key(account: MailAccount) -> tuple[object, ...]:
        return (account.imap_host, account.imap_port, account.imap_security,
                account.imap_username or account.from_address)

    def _held(self, account: MailAccount) -> bool:
        held = self._open.get(account.pk)
        if held is None:
            return False
        key, opened, _client, _folder = held
        if key == self._key(account) and time.monotonic() - opened < SESSION_SECONDS:
            return True
        self.discard(account)
        return False

    def open(self, account: MailAccount) -> tuple[IMAPClient, str | None, bool]:
        """The account's connection, its Sent folder (None: it has none) and whether the
        connection was kept from an earlier pass; opened (and logged in) unless one is held:
        may raise whatever connecting raises."""
        if self._held(account):
            _key, _opened, client, folder = self._open[account.pk]
            return client, folder, True
        client = open_imap(account)
        try:
            folder = _folder_of(client)
        except BaseException:
            _logout(client)
            raise
        self._open[account.pk] = (self._key(account), time.monotonic(), client, folder)
        return client, folder, False

    def discard(self, account: MailAccount) -> None:
        held = self._open.pop(account.pk, None)
        if held is not None:
            _logout(held[2])

    def close(self) -> None:
        for _key, _opened, client, _folder in self._open.values():
            _logout(client)
        self._open.clear()


def _logout(client: IMAPClient) -> None:
    with contextlib.suppress(OSError, IMAPClientError):
        client.logout()


def append_copies(*, worker: str, gone: Callable[[str], bool],
                  sent_text: SentText | None = None,
                  sessions: ImapSessions | None = None) -> int:
    """Put the pending copies (and those left half-done by a gone worker) into each account's
    Sent folder; returns how many were appended. An account whose IMAP cannot be reached keeps
    its copies pending for the next pass. `sent_text`: hands over a message as it went out, by
    id (the worker keeps them), or None: that one is built from its row. `sessions`:
    connections kept open by the caller across passes; without it, each account's connection
    is closed here."""
    if sessions is None:
        own = ImapSessions()
        try:
            return append_copies(worker=worker, gone=gone, sent_text=sent_text, sessions=own)
        finally:
            own.close()
    left_by_gone = [w for w in Message.objects.filter(sent_copy=Copy.APPENDING)
                    .exclude(claimed_by=worker).order_by().values_list("claimed_by", flat=True)
                    .distinct() if w == "" or gone(w)]
    due = Message.objects.filter(Q(sent_copy=Copy.PENDING)
                                 | Q(sent_copy=Copy.APPENDING, claimed_by__in=left_by_gone)
                                 | Q(sent_copy=Copy.APPENDING, claimed_by=worker))
    owners = list(due.order_by().values_list("owner_id", flat=True).distinct())
    appended = 0
    for account in MailAccount.objects.filter(owner_id__in=owners).exclude(imap_host=""):
        # A batch at a time (one IMAP connection each), until the account has none left
        # or a batch makes no progress (its IMAP server failed: tried again later).
        while True:
            mine = list(due.filter(owner_id=account.owner_id).order_by("sent_at", "id")
                        [:BATCH])
            done = (_append_account(account, mine, worker, sent_text or _not_kept, sessions)
                    if mine else 0)
            appended += done
            if len(mine) < BATCH or not done:
                break
    return appended


def _not_kept(_pk: int) -> str | None:
    return None


def _raw(message: Message, sent_text: SentText) -> bytes:
    text = sent_text(message.pk)
    return text.encode("utf-8") if text is not None else build_email(message).as_bytes()


def _append_account(account: MailAccount, messages: list[Message], worker: str,
                    sent_text: SentText, sessions: ImapSessions) -> int:
    try:
        client, folder, reused = sessions.open(account)
    except Exception as exc:  # noqa: BLE001 - said on the settings page; tried again later
        mail_account_imap_error(account, f"Sent folder: cannot reach IMAP: {exc}")
        return 0
    appended = 0
    try:
        if folder is None:
            Message.objects.filter(pk__in=[m.pk for m in messages],
                                   sent_copy=Copy.PENDING).update(sent_copy=Copy.FAILED)
            mail_account_imap_error(account, "Sent folder: the mailbox has no Sent folder "
                                    "(none flagged \\Sent and none of the usual names)")
            return 0
        # Copies left half-done by a gone worker: taken over one by one, and looked for in
        # the Sent folder first (the APPEND may have happened before the worker died).
        fresh: list[Message] = []
        for message in messages:
            if message.sent_copy != Copy.APPENDING:
                fresh.append(message)
                continue
            if not Message.objects.filter(pk=message.pk, sent_copy=Copy.APPENDING,
                                          claimed_by=message.claimed_by).update(
                    claimed_by=worker):
                continue
            client.select_folder(folder, readonly=True)
            if not client.search(f"HEADER Message-ID {imap_quote(message.message_id)}"):
                client.append(folder, build_email(message).as_bytes(), flags=[SEEN],
                              msg_time=message.sent_at)
                appended += 1
            Message.objects.filter(pk=message.pk).update(sent_copy=Copy.DONE, claimed_by="")
        # Pending copies: marked (and committed) as being appended, all in one statement,
        # before the first APPEND; marked done together after the last.
        ids = [m.pk for m in fresh]
        Message.objects.filter(pk__in=ids, sent_copy=Copy.PENDING).update(
            sent_copy=Copy.APPENDING, claimed_by=worker)
        mine = set(Message.objects.filter(pk__in=ids, sent_copy=Copy.APPENDING,
                                          claimed_by=worker).values_list("pk", flat=True))
        done: list[int] = []
        taken = [m for m in fresh if m.pk in mine]  # the others, another worker took
        try:
            if taken and b"MULTIAPPEND" in client.capabilities():
                # One command for the batch (RFC 3502: all of it is stored, or none): a
                # server that syncs its disk after each APPEND does so once.
                client.multiappend(folder, [
                    {"msg": _raw(m, sent_text), "flags": [SEEN], "date": m.sent_at}
                    for m in taken])
                done = [m.pk for m in taken]
                appended += len(done)
            else:
                for message in taken:
                    client.append(folder, _raw(message, sent_text), flags=[SEEN],
                                  msg_time=message.sent_at)
                    done.append(message.pk)
                    appended += 1
        finally:
            Message.objects.filter(pk__in=done, sent_copy=Copy.APPENDING,
                                   claimed_by=worker).update(sent_copy=Copy.DONE, claimed_by="")
    except (OSError, IMAPClientError) as exc:
        sessions.discard(account)
        if reused and not appended:
            # A connection kept from an earlier pass may have been closed by the server
            # meanwhile (an idle timeout): tried once on a new one before anything is said.
            # The rows are read again, so that a copy marked `appending` before the failure
            # is looked for in the folder first (its APPEND may have been stored).
            again = list(Message.objects.filter(pk__in=[m.pk for m in messages])
                         .order_by("sent_at", "id"))
            return _append_account(account, again, worker, sent_text, sessions)
        mail_account_imap_error(account, f"Sent folder: {exc}")
    return appended


