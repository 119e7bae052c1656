"""Sending 1,000 approved, personalised messages to a local SMTP sink.

Senders, each to the same sink process on 127.0.0.1, in the same run:
- a bare smtplib loop over one connection (the floor: no database, no bookkeeping);
- mailmerge (installed from PyPI into the benchmark's own virtual environment);
- Pursuit's worker, delivering 1,000 messages queued in its database (each claimed, logged
  before and after, and marked sent); also timed with the queueing (`message_enqueue`);
- approve to delivered: 1,000 thank-you letters, one per interviewer of 1,000 applications,
  each approved with its text through the letters service (`letter_approve`: proofread again,
  queued for its touch), then delivered by the worker, which marks each touch done; timed
  from the first approval to the last delivery. (The applications, rounds and drafts are
  made once, before any timing, and the database is put back to that state before each run.)
- with --sent-folder, the worker again with a copy of each message appended to the IMAP Sent
  folder of a real dovecot on loopback (Debian's dovecot-imapd; the tests' server), the
  appends counted in the time ("pursuit worker+Sent").
Each is run three times, interleaved; medians are compared. Targets: the worker at least 1.5x
mailmerge's rate and at least 0.5x the bare loop's; approve to delivered at least 1.5x
mailmerge's.

    .venv/bin/python bench/bench_send.py [--messages 1000] [--rounds 3] [--no-approve]
        [--sent-folder [--imap-no-fsync]] [--xoauth2]

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
            oauth: dict[str, str] | None = None) -> tuple[float, float]:
    """Returns (seconds to queue, seconds for the worker to deliver, and with `imap_port` to
    append each message to the Sent folder). With `oauth` (tokens of the XOAUTH2 sink's
    authorization server) the account is signed in with OAuth: SMTP and IMAP log in with
    XOAUTH2."""
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

        from django.utils import timezone

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
    began = time.perf_counter()
    Worker(idle_sleep=0, imap_every=1e9).run(once=True)
    delivered = time.perf_counter() - began
    sent = Message.objects.filter(state="sent").count()
    assert sent == len(rows), f"only {sent} of {len(rows)} sent"
    if imap_port is not None:
        copies = Message.objects.filter(sent_copy="done").count()
        assert copies == len(rows), f"only {copies} of {len(rows)} in the Sent folder"
    return queued, delivered


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


def pursuit_approve(template: Path, rows: list[dict[str, str]]) -> float:
    """Seconds from the first approval to the last delivery."""
    from django.db import connections

    from pursuit.accounts.models import User
    from pursuit.archive.services import account_delete
    from pursuit.letters.models import Letter
    from pursuit.letters.services import letter_approve
    from pursuit.outbox.models import Message
    from pursuit.worker.loop import Worker

    connections.close_all()
    _copy_database(template, Path(os.environ["PURSUIT_HOME"]) / "pursuit.sqlite3")
    owner = User.objects.get(email="jordan@example.com")
    by_address = {row["email"]: row for row in rows}
    letters = [(letter.pk, by_address[letter.touch.contact.primary_email])
               for letter in Letter.objects.filter(owner=owner, status=Letter.Status.DRAFT)
               .select_related("touch__contact").order_by("pk")]
    assert len(letters) == len(rows), f"{len(letters)} letters for {len(rows)} rows"
    began = time.perf_counter()
    for letter_id, row in letters:
        letter_approve(owner=owner, letter_id=letter_id, subject=f"Thank you, {row['name']}",
                       body=BODY.format(**row))
    Worker(idle_sleep=0, imap_every=1e9).run(once=True)
    elapsed = time.perf_counter() - began
    sent = Message.objects.filter(state="sent").count()
    assert sent == len(rows), f"only {sent} of {len(rows)} sent"
    account_delete(user=owner)
    return elapsed


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
        times["approve to delivered"] = []
    imap = None
    if args.sent_folder:
        sys.path.insert(0, str(HERE.parent))  # for tests.outbox.imap_server
        from tests.outbox.imap_server import ImapServer

        # --imap-no-fsync: dovecot does not sync its disk after each message stored. By
        # default it does, and then stores about 190 messages a second here however they
        # are sent: that is the server's ceiling, not Pursuit's.
        imap = ImapServer({"jordan": IMAP_PASSWORD},
                          "mail_fsync = never\n" if args.imap_no_fsync else "").__enter__()
        times["pursuit worker+Sent"] = []
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
                + dovecot_oauth_config(oauth["auth"], str(folder))).__enter__()
            times["pursuit XOAUTH2+Sent"] = []
    try:
        template = None if args.no_approve else letters_setup(port, rows)
        for _ in range(args.rounds):
            times["bare smtplib"].append(bare_smtplib(port, rows))
            times["mailmerge"].append(mailmerge(binary, port, rows))
            queued, delivered = pursuit(port, rows)
            times["pursuit worker"].append(delivered)
            times["pursuit queue+worker"].append(queued + delivered)
            if imap is not None:
                times["pursuit worker+Sent"].append(pursuit(port, rows, imap.port)[1])
            if oauth is not None:
                times["pursuit worker XOAUTH2"].append(
                    pursuit(oauth_port, rows, oauth=oauth)[1])
            if oauth_imap is not None and oauth is not None:
                times["pursuit XOAUTH2+Sent"].append(
                    pursuit(oauth_port, rows, oauth_imap.port, oauth=oauth)[1])
            if template is not None:
                times["approve to delivered"].append(pursuit_approve(template, rows))
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=30)
        if imap is not None:
            imap.__exit__(None, None, None)
        if oauth_sink is not None:
            oauth_sink.send_signal(signal.SIGTERM)
            oauth_sink.wait(timeout=30)
        if oauth_imap is not None:
            oauth_imap.__exit__(None, None, None)

    received = json.loads(counts.read_text())["count"]
    oauth_runs = [n for n in ("pursuit worker XOAUTH2", "pursuit XOAUTH2+Sent") if n in times]
    expected = args.messages * args.rounds * (len(times) - 1 - len(oauth_runs))
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
        print(f"pursuit with Sent-folder append / mailmerge: {with_sent:.2f}  (target >= 1.5)")
        ok = ok and with_sent >= 1.5
    if oauth_runs:
        oauth_received = json.loads(oauth_counts.read_text())
        print(f"XOAUTH2 sink received {oauth_received['count']} of {oauth_expected} "
              f"({oauth_received['logins']} XOAUTH2 logins)")
        ok = ok and oauth_received["count"] == oauth_expected
        for name in oauth_runs:
            ratio = rate[name] / rate["mailmerge"]
            print(f"{name} / mailmerge: {ratio:.2f}  (target >= 1.5)")
            ok = ok and ratio >= 1.5
    if "approve to delivered" in rate:
        approve = rate["approve to delivered"] / rate["mailmerge"]
        runs = ", ".join(f"{m / a:.2f}" for m, a in zip(times["mailmerge"],
                                                        times["approve to delivered"],
                                                        strict=True))
        print(f"approve to delivered / mailmerge: {approve:.2f}  (target >= 1.5; per run: {runs})")
        ok = ok and approve >= 1.5
    print("PASS" if ok else "FAIL")
    shutil.rmtree(WORK, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
