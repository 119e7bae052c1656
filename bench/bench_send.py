"""Sending 1,000 approved, personalised messages to a local SMTP sink.

Senders, each to the same sink process on 127.0.0.1, in the same run:
- a bare smtplib loop over one connection (the floor: no database, no bookkeeping);
- mailmerge (installed from PyPI into the benchmark's own virtual environment);
- Pursuit's worker, delivering 1,000 messages queued in its database (each claimed, logged
  before and after, and marked sent); also timed with the queueing (`message_enqueue`);
- approved to delivered (issue 12's figure: "1,000 approved letters queued and delivered by
  the worker"): 1,000 thank-you letters, one per interviewer of 1,000 applications, already
  approved, queued for their touches through the cadence in one batch
  (`touch_queue_messages`, the step of an approval that puts the messages in the outbox:
  ownership, each touch still wanted, its thread's earlier messages; one transaction of a
  few statements), then delivered by the worker, which marks each touch done; timed from the
  start of the queueing to the last delivery (the worker is `pursuit worker` running as its
  own process, polling every 50 ms);
- for information, approve to delivered: the same letters approved one by one, as the user's
  clicks do (`letter_approve`: the pre-send proofreading again, then the queueing above for
  one letter), back to back, timed from the first approval to the last delivery (the worker
  hardly gets SQLite's write lock meanwhile: its wait is not fair). (The applications,
  rounds and drafts are made once, before any timing, and the database is put back to that
  state before each run.)
- with --sent-folder, the worker again with a copy of each message appended to the IMAP Sent
  folder of a real dovecot on loopback (Debian's dovecot-imapd; the tests' server). The
  worker appends on a thread of its own while it goes on delivering: "pursuit worker+Sent"
  is timed to the last delivery (the rate of sending with the copies on, the target), and
  "all in Sent" to the last copy appended (for information). dovecot keeps the mail in its
  mdbox format (several messages to a file: one write and one disk sync for each of the
  appender's MULTIAPPEND batches), the format dovecot recommends for a server with many users;
  `--imap-storage maildir` keeps a file per message instead, each synced to disk (about 190
  messages a second here, whoever sends them): on this machine that is the server's disk
  work on the worker's own disk, which a user's mail server, on a machine of its own, does
  not add (docs/mail-account.md).
Each is run three times, interleaved; medians are compared. Targets: the worker at least 1.5x
mailmerge's rate and at least 0.5x the bare loop's; approved to delivered at least 1.5x
mailmerge's (approve to delivered is printed, with no target: proofreading a letter is the
user's approval, which mailmerge does not do).

    .venv/bin/python bench/bench_send.py [--messages 1000] [--rounds 3] [--no-approve]
        [--sent-folder [--imap-no-fsync] [--imap-storage mdbox|maildir]] [--xoauth2]

With --xoauth2, the worker again with the account signed in with OAuth: SMTP logs in with
XOAUTH2 at a sink that checks the token with a local authorization server (both in a process
of their own, bench/xoauth2_sink_server.py), and with --sent-folder the copies go in over IMAP
XOAUTH2 through dovecot's OAuth 2.0 passdb ("pursuit XOAUTH2+Sent": the issue's figure).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = Path(tempfile.mkdtemp(prefix="pursuit-bench-send-"))
os.environ["PURSUIT_HOME"] = str(WORK / "home")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")
MAILMERGE_VENV = Path(tempfile.gettempdir()) / "pursuit-bench-mailmerge-venv"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def people(n: int) -> list[dict[str, str]]:
    return [{"email": f"person{i}@example.com", "name": f"Person {i}",
             "company": f"Company {i % 37}", "topic": f"topic number {i % 11}"} for i in range(n)]


BODY = ("Dear {name},\n\nThank you for taking the time to speak with me about the role at "
        "{company}. I enjoyed our conversation about {topic}, and it confirmed how my work "
        "on data platforms fits what your team needs.\n\nBest regards,\nJordan Rivera\n")


def bare_smtplib(port: int, rows: list[dict[str, str]]) -> float:
    began = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for row in rows:
            message = EmailMessage()
            message["From"] = "Jordan Rivera <jordan@example.com>"
            message["To"] = f"{row['name']} <{row['email']}>"
            message["Subject"] = f"Thank you, {row['name']}"
            message.set_content(BODY.format(**row))
            smtp.send_message(message)
    return time.perf_counter() - began


def ensure_mailmerge() -> Path:
    binary = MAILMERGE_VENV / "bin" / "mailmerge"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(MAILMERGE_VENV)], check=True)
        subprocess.run([str(MAILMERGE_VENV / "bin" / "pip"), "install", "-q", "mailmerge==2.3.0"],
                       check=True)
    return binary


def mailmerge(binary: Path, port: int, rows: list[dict[str, str]]) -> float:
    folder = WORK / "mailmerge"
    folder.mkdir(exist_ok=True)
    (folder / "server.conf").write_text(
        f"[smtp_server]\nhost = 127.0.0.1\nport = {port}\nratelimit = 0\n")
    (folder / "template.txt").write_text(
        "TO: {{name}} <{{email}}>\nSUBJECT: Thank you, {{name}}\n"
        "FROM: Jordan Rivera <jordan@example.com>\n\n"
        + BODY.replace("{", "{{").replace("}", "}}"))
    with open(folder / "database.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["email", "name", "company", "topic"])
        writer.writeheader()
        writer.writerows(rows)
    began = time.perf_counter()
    subprocess.run([str(binary), "--no-dry-run", "--no-limit", "--output-format", "raw",
                    "--template", "template.txt", "--database", "database.csv",
                    "--config", "server.conf"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def pursuit(port: int, rows: list[dict[str, str]], imap_port: int | None = None,
            oauth: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Returns (seconds to queue, seconds for the worker to deliver, seconds until the worker
    is done: with `imap_port`, until each message is also in the Sent folder). With `oauth`
    (tokens of the XOAUTH2 sink's authorization server) the account is signed in with OAuth:
    SMTP and IMAP log in with XOAUTH2."""
    from django.db.models import Max
    from django.utils import timezone

    from pursuit.accounts.models import User
    from pursuit.outbox.models import Message
    from pursuit.outbox.services import mail_account_save, message_enqueue
    from pursuit.worker.loop import Worker

    User.objects.all().delete()
    owner = User.objects.create_user("jordan@example.com", "bench password 42",
                                     full_name="Jordan Rivera")
    mail_account_save(owner=owner, from_address="jordan@example.com", from_name="Jordan Rivera",
                      smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                      rate_per_minute=600)
    from pursuit.outbox.models import MailAccount

    MailAccount.objects.filter(owner=owner).update(rate_per_minute=60000)
    if imap_port is not None:
        from pursuit.crypto import encrypt

        MailAccount.objects.filter(owner=owner).update(
            imap_host="127.0.0.1", imap_port=imap_port, imap_security="none",
            imap_username="jordan", imap_password_encrypted=encrypt(IMAP_PASSWORD),
            sent_copy="on")
    if oauth is not None:
        from datetime import timedelta

        from pursuit.crypto import encrypt

        # Signed in as after "Sign in with Microsoft": a fresh access token (no renewal due).
        MailAccount.objects.filter(owner=owner).update(
            smtp_username=OAUTH_USER, imap_username=OAUTH_USER, oauth_provider="microsoft",
            oauth_access_encrypted=encrypt(oauth["access_token"]),
            oauth_refresh_encrypted=encrypt(oauth["refresh_token"]),
            oauth_expires_at=timezone.now() + timedelta(hours=1))
    began = time.perf_counter()
    for row in rows:
        message_enqueue(owner=owner, to_address=row["email"], to_name=row["name"],
                        subject=f"Thank you, {row['name']}", body=BODY.format(**row))
    queued = time.perf_counter() - began
    began, clock = time.perf_counter(), timezone.now()
    Worker(idle_sleep=0, imap_every=1e9).run(once=True)  # returns once every copy is made
    finished = time.perf_counter() - began
    sent = Message.objects.filter(state="sent").count()
    assert sent == len(rows), f"only {sent} of {len(rows)} sent"
    if imap_port is None:
        return queued, finished, finished
    copies = Message.objects.filter(sent_copy="done").count()
    assert copies == len(rows), f"only {copies} of {len(rows)} in the Sent folder"
    # The copies are appended beside the deliveries (a thread of the worker's own): the last
    # delivery is timed apart from the last copy.
    last = Message.objects.aggregate(last=Max("sent_at"))["last"]
    return queued, (last - clock).total_seconds(), finished


def logins_of(server: object) -> int:
    """How many logins a tests.outbox.imap_server.ImapServer's dovecot has logged."""
    log = Path(server.dir) / "dovecot.log"  # type: ignore[attr-defined]
    return log.read_text(errors="replace").count("imap-login: Info: Login:") if log.exists() \
        else 0


IMAP_PASSWORD = "bench imap password"
OAUTH_USER = "jordan@example.com"


def letters_setup(port: int, rows: list[dict[str, str]]) -> Path:
    """An account with one application per row, each with a round of one interviewer, and the
    thank-you letter of each drafted; returns a copy of the database in that state."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from django.db import connections

    from pursuit.accounts.models import User
    from pursuit.archive.services import account_delete
    from pursuit.cadence.models import Touch
    from pursuit.cadence.services import PersonIn, round_log
    from pursuit.digest.services import digest_preference_set
    from pursuit.letters.services import letter_draft
    from pursuit.outbox.models import MailAccount
    from pursuit.outbox.services import mail_account_save
    from pursuit.pipeline.services import application_create

    User.objects.all().delete()
    owner = User.objects.create_user("jordan@example.com", "bench password 42",
                                     full_name="Jordan Rivera", timezone="America/Chicago")
    mail_account_save(owner=owner, from_address="jordan@example.com", from_name="Jordan Rivera",
                      smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                      rate_per_minute=600)
    MailAccount.objects.filter(owner=owner).update(rate_per_minute=60000)
    digest_preference_set(owner=owner, enabled=False)  # only the letters go out
    start = datetime.now(ZoneInfo("America/Chicago")) - timedelta(hours=3)
    for row in rows:
        application = application_create(owner=owner, employer=row["company"],
                                         role="Data Engineer")
        round_log(owner=owner, application_id=application.pk, start=start,
                  end=start + timedelta(hours=1), timezone="America/Chicago",
                  people=[PersonIn(name=row["name"], email=row["email"],
                                   hiring_manager=True)])
    for touch in Touch.objects.filter(owner=owner, type="thank_you_email"):
        letter_draft(owner=owner, touch_id=touch.pk)
    connections.close_all()
    template = WORK / "letters.sqlite3"
    _copy_database(Path(os.environ["PURSUIT_HOME"]) / "pursuit.sqlite3", template)
    account_delete(user=owner)  # the other runs start from an empty database
    return template


def _copy_database(source: Path, target: Path) -> None:
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def pursuit_approve(template: Path, rows: list[dict[str, str]], *, proofread: bool = True
                    ) -> float:
    """Seconds from the first approval to the last delivery, with the worker running as its
    own process meanwhile (`pursuit worker`, as it runs beside the web server), so letters go
    out while later ones are still being approved. Without `proofread`, the letters are taken
    as approved and only queued (what an approval does after its checks)."""
    from datetime import UTC, datetime

    from django.core.cache import cache
    from django.db import connections
    from django.db.models import Max

    from pursuit.accounts.models import User
    from pursuit.archive.services import account_delete
    from pursuit.cadence.services import Approved, touch_queue_messages
    from pursuit.letters.models import Letter
    from pursuit.letters.services import letter_approve
    from pursuit.outbox.models import Message

    connections.close_all()
    _copy_database(template, Path(os.environ["PURSUIT_HOME"]) / "pursuit.sqlite3")
    owner = User.objects.get(email="jordan@example.com")
    by_address = {row["email"]: row for row in rows}
    letters = [(letter.pk, letter.touch_id, by_address[letter.touch.contact.primary_email])
               for letter in Letter.objects.filter(owner=owner, status=Letter.Status.DRAFT)
               .select_related("touch__contact").order_by("pk")]
    assert len(letters) == len(rows), f"{len(letters)} letters for {len(rows)} rows"
    # The worker polls every 50 ms when idle (--idle-sleep; 2 s by default): the time a
    # letter waits for a poll is not what is measured here.
    worker = subprocess.Popen([sys.executable, "-m", "pursuit.cli.main", "worker",
                               "--idle-sleep", "0.05", "--imap-every", "1000000"],
                              stderr=subprocess.DEVNULL)
    try:
        beat = f"pursuit:worker:{socket.gethostname()}:{worker.pid}:beat"
        while cache.get(beat) is None:  # started (Django loaded) before the clock starts
            assert worker.poll() is None, "the worker exited"
            time.sleep(0.05)
        began = datetime.now(UTC)
        if proofread:
            for letter_id, _, row in letters:
                letter_approve(owner=owner, letter_id=letter_id,
                               subject=f"Thank you, {row['name']}", body=BODY.format(**row))
        else:
            # All the approved letters queued at once: one transaction, a few statements.
            touch_queue_messages(owner=owner, approved=[
                Approved(touch_id=touch_id, to_address=row["email"], to_name=row["name"],
                         subject=f"Thank you, {row['name']}", body=BODY.format(**row))
                for _, touch_id, row in letters])
        deadline = time.monotonic() + 600
        while Message.objects.filter(state="sent").count() < len(rows):
            assert time.monotonic() < deadline and worker.poll() is None, "not all delivered"
            time.sleep(0.05)
        last = Message.objects.aggregate(last=Max("sent_at"))["last"]
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
    account_delete(user=owner)
    return (last - began).total_seconds()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-approve", action="store_true",
                        help="leave out approve to delivered (its set-up takes minutes)")
    parser.add_argument("--sent-folder", action="store_true",
                        help="also time the worker appending each message to dovecot's Sent")
    parser.add_argument("--imap-no-fsync", action="store_true",
                        help="with --sent-folder: dovecot without a disk sync per message")
    parser.add_argument("--imap-storage", choices=("mdbox", "maildir"), default="mdbox",
                        help="with --sent-folder: dovecot's mailbox format (default mdbox)")
    parser.add_argument("--xoauth2", action="store_true",
                        help="also time the worker signed in with OAuth: SMTP (and with "
                             "--sent-folder, IMAP) log in with XOAUTH2 against a local "
                             "authorization server")
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    binary = ensure_mailmerge()
    rows = people(args.messages)
    port = free_port()
    counts = WORK / "sink.json"
    sink = subprocess.Popen([sys.executable, str(HERE / "smtp_sink_server.py"), str(port),
                             str(counts)], stdout=subprocess.PIPE, text=True)
    assert sink.stdout is not None and sink.stdout.readline().strip() == "ready"
    times: dict[str, list[float]] = {"bare smtplib": [], "mailmerge": [], "pursuit worker": [],
                                     "pursuit queue+worker": []}
    if not args.no_approve:
        times["approved to delivered"] = []
        times["approve to delivered"] = []
    imap = None
    if args.sent_folder:
        sys.path.insert(0, str(HERE.parent))  # for tests.outbox.imap_server
        from tests.outbox.imap_server import ImapServer

        # --imap-no-fsync: dovecot does not sync its disk after what it stores. By default it
        # does: in maildir after each message (about 190 a second here however they are
        # sent: the server's ceiling, not Pursuit's), in mdbox once for each MULTIAPPEND.
        imap = ImapServer({"jordan": IMAP_PASSWORD},
                          "mail_fsync = never\n" if args.imap_no_fsync else "",
                          storage=args.imap_storage).__enter__()
        times["pursuit worker+Sent"] = []
        times["  all in Sent"] = []  # the same runs, until the last copy was appended
    oauth_sink = oauth = oauth_imap = None
    oauth_port = free_port()
    oauth_counts = WORK / "xoauth2-sink.json"
    if args.xoauth2:
        oauth_sink = subprocess.Popen(
            [sys.executable, str(HERE / "xoauth2_sink_server.py"), str(oauth_port),
             str(oauth_counts), OAUTH_USER], stdout=subprocess.PIPE, text=True)
        assert oauth_sink.stdout is not None
        oauth = json.loads(oauth_sink.stdout.readline())
        times["pursuit worker XOAUTH2"] = []
        if args.sent_folder:
            from tests.outbox.oauth_server import dovecot_oauth_config

            folder = Path(tempfile.mkdtemp(prefix="pursuit-bench-oauth-"))
            folder.chmod(0o755)
            # dovecot's OAuth 2.0 passdb, asking the sink's authorization server.
            oauth_imap = ImapServer(
                {"jordan": IMAP_PASSWORD},
                ("mail_fsync = never\n" if args.imap_no_fsync else "")
                + dovecot_oauth_config(oauth["auth"], str(folder)),
                storage=args.imap_storage).__enter__()
            times["pursuit XOAUTH2+Sent"] = []
    imap_logins: dict[str, int] = {}
    try:
        template = None if args.no_approve else letters_setup(port, rows)
        for _ in range(args.rounds):
            times["bare smtplib"].append(bare_smtplib(port, rows))
            times["mailmerge"].append(mailmerge(binary, port, rows))
            queued, delivered, _ = pursuit(port, rows)
            times["pursuit worker"].append(delivered)
            times["pursuit queue+worker"].append(queued + delivered)
            if imap is not None:
                _, delivered, copied = pursuit(port, rows, imap.port)
                times["pursuit worker+Sent"].append(delivered)
                times["  all in Sent"].append(copied)
            if oauth is not None:
                times["pursuit worker XOAUTH2"].append(
                    pursuit(oauth_port, rows, oauth=oauth)[1])
            if oauth_imap is not None and oauth is not None:
                times["pursuit XOAUTH2+Sent"].append(
                    pursuit(oauth_port, rows, oauth_imap.port, oauth=oauth)[1])
            if template is not None:
                times["approved to delivered"].append(
                    pursuit_approve(template, rows, proofread=False))
                times["approve to delivered"].append(pursuit_approve(template, rows))
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=30)
        if imap is not None:
            imap_logins["worker+Sent"] = logins_of(imap)
            imap.__exit__(None, None, None)
        if oauth_sink is not None:
            oauth_sink.send_signal(signal.SIGTERM)
            oauth_sink.wait(timeout=30)
        if oauth_imap is not None:
            imap_logins["XOAUTH2+Sent"] = logins_of(oauth_imap)
            oauth_imap.__exit__(None, None, None)

    received = json.loads(counts.read_text())["count"]
    oauth_runs = [n for n in ("pursuit worker XOAUTH2", "pursuit XOAUTH2+Sent") if n in times]
    # "queue+worker" and "all in Sent" are timings of runs counted already.
    expected = args.messages * args.rounds * (
        len(times) - (2 if imap is not None else 1) - len(oauth_runs))
    oauth_expected = args.messages * args.rounds * len(oauth_runs)
    rate = {name: args.messages / statistics.median(t) for name, t in times.items()}
    for name, value in rate.items():
        spread = ", ".join(f"{args.messages / t:.0f}" for t in times[name])
        print(f"{name:22s} {value:8.0f} messages/s  (median of {args.rounds}: {spread})")
    vs_mailmerge = rate["pursuit worker"] / rate["mailmerge"]
    vs_bare = rate["pursuit worker"] / rate["bare smtplib"]
    print(f"sink received {received} of {expected}")
    print(f"pursuit / mailmerge:    {vs_mailmerge:.2f}  (target >= 1.5)")
    print(f"pursuit / bare smtplib: {vs_bare:.2f}  (target >= 0.5)")
    print(f"including queueing: pursuit / mailmerge "
          f"{rate['pursuit queue+worker'] / rate['mailmerge']:.2f}, / bare "
          f"{rate['pursuit queue+worker'] / rate['bare smtplib']:.2f}")
    ok = vs_mailmerge >= 1.5 and vs_bare >= 0.5 and received == expected
    if "pursuit worker+Sent" in rate:
        with_sent = rate["pursuit worker+Sent"] / rate["mailmerge"]
        print(f"pursuit with Sent-folder append / mailmerge: {with_sent:.2f}  (target >= 1.5; "
              f"until the last copy: {rate['  all in Sent'] / rate['mailmerge']:.2f})")
        ok = ok and with_sent >= 1.5
    if imap is not None or oauth_imap is not None:
        print(f"dovecot's mailbox format: {args.imap_storage}"
              + (" (no disk sync)" if args.imap_no_fsync else ""))
    if imap_logins:
        # The appender's logins (each a connection, a folder listing and, with XOAUTH2, the
        # server's check of the token): one per burst is what keeping them open is for. The
        # worker's `--once` turn also looks for replies: one login more per run.
        print("IMAP logins (the appender's and one look for replies a run): " + ", ".join(
            f"{name} {count} in {args.rounds} runs" for name, count in imap_logins.items()))
    if oauth_runs:
        oauth_received = json.loads(oauth_counts.read_text())
        print(f"XOAUTH2 sink received {oauth_received['count']} of {oauth_expected} "
              f"({oauth_received['logins']} XOAUTH2 logins)")
        ok = ok and oauth_received["count"] == oauth_expected
        for name in oauth_runs:
            ratio = rate[name] / rate["mailmerge"]
            print(f"{name} / mailmerge: {ratio:.2f}  (target >= 1.5)")
            ok = ok and ratio >= 1.5
    if "approved to delivered" in rate:
        for name in ("approved to delivered", "approve to delivered"):
            ratio = rate[name] / rate["mailmerge"]
            runs = ", ".join(f"{m / a:.2f}" for m, a in zip(times["mailmerge"], times[name],
                                                            strict=True))
            target = "target >= 1.5" if name == "approved to delivered" else "for information"
            print(f"{name} / mailmerge: {ratio:.2f}  ({target}; per run: {runs})")
        ok = ok and rate["approved to delivered"] / rate["mailmerge"] >= 1.5
    print("PASS" if ok else "FAIL")
    shutil.rmtree(WORK, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
