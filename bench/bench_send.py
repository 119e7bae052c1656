"""Sending 1,000 approved, personalised messages to a local SMTP sink.

Three senders, each to the same sink process on 127.0.0.1, in the same run:
- a bare smtplib loop over one connection (the floor: no database, no bookkeeping);
- mailmerge (installed from PyPI into the benchmark's own virtual environment);
- Pursuit's worker, delivering 1,000 messages queued in its database (each claimed, logged
  before and after, and marked sent).
Each is run three times, interleaved; medians are compared. Targets: Pursuit at least 1.5x
mailmerge's rate and at least 0.5x the bare loop's.

    .venv/bin/python bench/bench_send.py [--messages 1000]
"""

from __future__ import annotations

import argparse
import csv
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


def pursuit(port: int, rows: list[dict[str, str]]) -> tuple[float, float]:
    """Returns (seconds to queue, seconds for the worker to deliver)."""
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
    return queued, delivered


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
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
    try:
        for _ in range(args.rounds):
            times["bare smtplib"].append(bare_smtplib(port, rows))
            times["mailmerge"].append(mailmerge(binary, port, rows))
            queued, delivered = pursuit(port, rows)
            times["pursuit worker"].append(delivered)
            times["pursuit queue+worker"].append(queued + delivered)
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=30)
    import json

    received = json.loads(counts.read_text())["count"]
    expected = args.messages * args.rounds * 3
    rate = {name: args.messages / statistics.median(t) for name, t in times.items()}
    for name, value in rate.items():
        print(f"{name:22s} {value:8.0f} messages/s  (median of {args.rounds})")
    vs_mailmerge = rate["pursuit worker"] / rate["mailmerge"]
    vs_bare = rate["pursuit worker"] / rate["bare smtplib"]
    print(f"sink received {received} of {expected}")
    print(f"pursuit / mailmerge:    {vs_mailmerge:.2f}  (target >= 1.5)")
    print(f"pursuit / bare smtplib: {vs_bare:.2f}  (target >= 0.5)")
    print(f"including queueing: pursuit / mailmerge "
          f"{rate['pursuit queue+worker'] / rate['mailmerge']:.2f}, / bare "
          f"{rate['pursuit queue+worker'] / rate['bare smtplib']:.2f}")
    ok = vs_mailmerge >= 1.5 and vs_bare >= 0.5 and received == expected
    print("PASS" if ok else "FAIL")
    shutil.rmtree(WORK, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
