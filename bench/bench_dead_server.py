"""One dead mail server among 20 users: how long do the others' messages wait?

20 users, each with a mail account of their own and 10 messages queued at once (the first
user's queued first, so theirs are the most overdue). With the dead server, the first user's
account points at a server that accepts connections and never answers (the default timeout,
30 s); the 19 others at a local SMTP sink. Without it, all 20 point at the sink. The real worker
(`Worker.run(once=True)`, one process) delivers them.

Printed, for each run: the delay (from the worker's start, everything queued, to the sink's
acceptance) of the 190 messages of the 19 users whose server works, p50, p99 and the longest,
with the dead server and without it, and the ratio of the p99s; then the medians over the
runs.

    .venv/bin/python bench/bench_dead_server.py [--users 20] [--messages 10] [--timeout 30]
                                                 [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # for tests.outbox.silent_server
WORK = Path(tempfile.mkdtemp(prefix="pursuit-bench-dead-"))
os.environ["PURSUIT_HOME"] = str(WORK / "home")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402
from tests.outbox.silent_server import SilentServer  # noqa: E402
from tests.outbox.smtp_sink import free_port  # noqa: E402

from pursuit.accounts.models import User  # noqa: E402
from pursuit.outbox.models import MailAccount, Message  # noqa: E402
from pursuit.outbox.services import mail_account_save, message_enqueue  # noqa: E402
from pursuit.worker.loop import Worker  # noqa: E402


def run(*, users: int, messages: int, timeout: int, sink: int, dead: int | None
        ) -> list[float]:
    """Seconds from the worker's start (everything queued) to the delivery of each message of
    the users whose server works."""
    User.objects.all().delete()
    people = []
    for n in range(users):
        user = User.objects.create_user(f"user{n}@example.com", "bench password 42")
        port = dead if dead is not None and n == 0 else sink
        mail_account_save(owner=user, from_address=user.email, smtp_host="127.0.0.1",
                          smtp_port=port, smtp_security="none", rate_per_minute=600)
        MailAccount.objects.filter(owner=user).update(timeout_seconds=timeout)
        people.append(user)
    for user in people:
        for m in range(messages):
            message_enqueue(owner=user, to_address=f"person{m}@example.com",
                            subject=f"Thank you ({m})", body="Thank you for your time.\n")
    began = timezone.now()  # everything is queued: the worker starts
    Worker(idle_sleep=0, imap_every=1e9).run(once=True)
    live = list(Message.objects.exclude(owner=people[0]))
    delays = [(m.sent_at - began).total_seconds() for m in live if m.sent_at]
    assert len(delays) == len(live), f"only {len(delays)} of {len(live)} were sent"
    if dead is not None:
        states = set(Message.objects.filter(owner=people[0]).values_list("state", flat=True))
        assert states == {"retry"}, states
    return delays


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--timeout", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    port = free_port()
    sink = subprocess.Popen([sys.executable, str(HERE / "smtp_sink_server.py"), str(port),
                             str(WORK / "sink.json")], stdout=subprocess.PIPE, text=True)
    assert sink.stdout is not None and sink.stdout.readline().strip() == "ready"
    ratios, with_dead, without = [], [], []
    try:
        for n in range(args.runs):
            with SilentServer() as silent:
                dead = run(users=args.users, messages=args.messages, timeout=args.timeout,
                           sink=port, dead=silent.port)
            alive = run(users=args.users, messages=args.messages, timeout=args.timeout,
                        sink=port, dead=None)
            with_dead.append(p99(dead))
            without.append(p99(alive))
            ratios.append(with_dead[-1] / without[-1])
            print(f"run {n + 1}: {len(dead)} messages of the other {args.users - 1} users; "
                  f"with a dead server p50 {statistics.median(dead):.2f} s, p99 "
                  f"{with_dead[-1]:.2f} s, max {max(dead):.2f} s; without p50 "
                  f"{statistics.median(alive):.2f} s, p99 {without[-1]:.2f} s, max "
                  f"{max(alive):.2f} s; p99 ratio {ratios[-1]:.2f}", flush=True)
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=30)
        shutil.rmtree(WORK, ignore_errors=True)
    print(f"p99 delay of the others' messages (median of {args.runs}): with one dead server "
          f"{statistics.median(with_dead):.2f} s, without {statistics.median(without):.2f} s; "
          f"ratio {statistics.median(ratios):.2f} (runs: "
          f"{', '.join(f'{r:.2f}' for r in ratios)}); the dead server's timeout is "
          f"{args.timeout} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
