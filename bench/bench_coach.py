"""The coach dashboard over 500 candidates with a year of activity: fixed queries, server time.

Builds, in a fresh SQLite (or PostgreSQL) database, one coach with 5 candidates and another
with 500, each candidate with a year of activity (applications, references, touches of every
kind with their verdicts, daily networking sessions), written with bulk_create. Then:

1. counts the SQL queries of /coach/ for 5 and for 500 candidates (they must be equal);
2. times /coach/ for 500 candidates in-process (Django test client; median of --repeat
   requests; target under 100 ms), twice: with the figures computed on every request (the
   cache dropped before each), and as a coach meets it, the figures read back within the
   minute they were computed in. Beside them a baseline measured in the same run: a bare
   signed-in page (the empty dashboard of a coach with no candidate), so the ratios say what
   the figures cost over Django's own work.

    .venv/bin/python bench/bench_coach.py [--repeat 20] [--candidates 500] [--postgres]

The page shows 50 candidates at a time (the summary line counts everyone); every figure is
computed for all of them on every request, since the order depends on all.

Exits 1 when a figure misses its target.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
parser.add_argument("--repeat", type=int, default=20)
parser.add_argument("--candidates", type=int, default=500)
parser.add_argument("--postgres", action="store_true",
                    help="on a throw-away PostgreSQL server (scripts/pg-test-server)")
ARGS = parser.parse_args()
HOME = tempfile.mkdtemp(prefix="pursuit-bench-coach-")
os.environ["PURSUIT_HOME"] = HOME
os.environ.pop("DATABASE_URL", None)
PG: dict[str, str] = {}
if ARGS.postgres:
    started = subprocess.run([str(ROOT / "scripts" / "pg-test-server")], capture_output=True,
                             text=True, check=True).stdout
    PG = dict(line.split("=", 1) for line in started.splitlines() if "=" in line)
    os.environ["DATABASE_URL"] = PG["DATABASE_URL"]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from pursuit.accounts.models import User  # noqa: E402
from pursuit.cadence.models import Touch  # noqa: E402
from pursuit.cli.static import ensure_collected  # noqa: E402
from pursuit.coaching.models import CoachLink  # noqa: E402
from pursuit.contacts.models import Contact, Organization  # noqa: E402
from pursuit.networking.models import NetworkingSession  # noqa: E402
from pursuit.pipeline.models import (  # noqa: E402
    Application,
    ApplicationReference,
    Reference,
    Round,
)

MAX_MEDIAN_MS = 100.0
ZONES = ["America/Chicago", "America/New_York", "America/Los_Angeles", "Europe/London",
         "Asia/Kolkata"]
CLOSED = {"rejected", "filled"}
STAGES = ["applied", "interviewing", "interviewing", "offer", "rejected", "filled", "applied"]


def build_candidates(coach: User, count: int, *, now: datetime, seed: int) -> int:
    """`count` candidates linked to `coach`, a year of activity each; returns touches written."""
    rng = random.Random(seed)
    users = User.objects.bulk_create(
        User(email=f"cand{seed}-{n}@example.com", full_name=f"Candidate {seed}-{n:03d}",
             timezone=ZONES[n % len(ZONES)], password="!", pipeline_target=5)
        for n in range(count))
    CoachLink.objects.bulk_create(
        CoachLink(candidate=u, coach=coach, coach_email=coach.email, status="active",
                  token_hash=f"{seed}-{u.pk}".rjust(64, "0"), accepted_at=now,
                  share_letters=n % 2 == 0)
        for n, u in enumerate(users))
    orgs = Organization.objects.bulk_create(
        Organization(owner=u, name=f"Employer {k}") for u in users for k in range(12))
    apps = Application.objects.bulk_create(
        Application(owner=u, employer=orgs[i * 12 + k], role=f"Role {k}",
                    stage=STAGES[(i + k) % len(STAGES)])
        for i, u in enumerate(users) for k in range(12))
    Round.objects.bulk_create(
        Round(owner=a.owner, application=a, number=1,
              start=now - timedelta(days=5 + 30 * (j % 12)),
              end=now - timedelta(days=5 + 30 * (j % 12)) + timedelta(hours=1),
              timezone=a.owner.timezone)
        for j, a in enumerate(apps))
    people = Contact.objects.bulk_create(
        Contact(owner=u, full_name=f"Reference {k}") for u in users for k in range(2))
    refs = Reference.objects.bulk_create(Reference(owner=c.owner, contact=c) for c in people)
    ApplicationReference.objects.bulk_create(
        ApplicationReference(owner=apps[j].owner, application=apps[j],
                             reference=refs[(j // 12) * 2 + j % 2],
                             alerted_on=(now.date() if j % 3 else None))
        for j in range(len(apps)) if j % 4 == 0)
    touches = []
    kinds = ["thank_you_email", "follow_up_call", "weekly_follow_up", "weekly_follow_up",
             "postal_letter", "reference_alert", "follow_up_after_reply"]
    recent = (now - timedelta(days=28)).date()
    for j, app in enumerate(apps):
        zone = ZoneInfo(app.owner.timezone)
        for k in range(30):  # ~360 touches a candidate over the year
            due = (now - timedelta(days=360 - 30 * (j % 12) - 2 * k + rng.randint(0, 1))
                   ).astimezone(zone).date()
            type_ = kinds[k % len(kinds)]
            deadline = (datetime.combine(due + timedelta(days=1), datetime.min.time(),
                                         tzinfo=zone) + timedelta(hours=9)
                        if type_ == "thank_you_email" else None)
            roll = rng.random()
            if app.stage in CLOSED and k > 20:
                status = "cancelled"  # the planner cancels what follows a rejection
            elif due < recent:
                # Older touches are history; a few were left undone (overdue for good).
                status = "done" if roll < 0.85 else "skipped" if roll < 0.97 else "planned"
            else:
                status = "done" if roll < 0.7 else "skipped" if roll < 0.75 else "planned"
            done_at = (datetime.combine(due, datetime.min.time(), tzinfo=zone)
                       + timedelta(hours=rng.choice([10, 15, 30, 60]))
                       if status == "done" else None)
            touches.append(Touch(owner=app.owner, application=app, key=f"t{k}", type=type_,
                                 channel="email", recipient_name="Someone", due_on=due,
                                 deadline=deadline, status=status, done_at=done_at,
                                 done_on=done_at.astimezone(zone).date() if done_at else None))
    Touch.objects.bulk_create(touches, batch_size=5000)
    NetworkingSession.objects.bulk_create(
        (NetworkingSession(owner=u, day=now.date() - timedelta(days=d),
                           minutes=rng.choice([0, 10, 15, 30]), goal_minutes=15)
         for u in users for d in range(365) if rng.random() < 0.6), batch_size=5000)
    return len(touches)


def _client(user: User) -> Client:
    client = Client(HTTP_HOST="127.0.0.1")  # the production ALLOWED_HOSTS has no testserver
    client.force_login(user)
    return client


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def _median_ms(client: Client, url: str, repeat: int, *, cold: bool = False) -> float:
    """Median time of `url`; `cold`: with the minute's cached figures dropped before each."""
    client.get(url)  # warm the template cache and the connection
    times = []
    for _ in range(repeat):
        if cold:
            cache.clear()  # sessions live on in the database (cached_db)
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return statistics.median(times)


def main() -> int:
    args = ARGS
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", interactive=False, verbosity=0)
    # The pages name their static files by hashed name, from the manifest collectstatic
    # writes (as `pursuit serve` does before it starts).
    ensure_collected()
    now = timezone.now()

    started = time.perf_counter()
    coaches = {n: User.objects.create_user(f"coach{n}@example.com", "x", is_coach=True)
               for n in (0, 5, args.candidates)}
    written = {n: build_candidates(coaches[n], n, now=now, seed=n) for n in (5, args.candidates)}
    print(f"built {args.candidates + 5} candidates, {sum(written.values())} touches, "
          f"{NetworkingSession.objects.count()} networking days in "
          f"{time.perf_counter() - started:.1f} s")

    if connection.vendor == "postgresql":
        # What autovacuum does within a minute of a bulk load; without it the planner takes
        # the 500 links for one row.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    url = "/coach/"
    small = _queries(_client(coaches[5]), url)
    large = _queries(_client(coaches[args.candidates]), url)
    print(f"database: {connection.vendor}; queries: {small} with 5 candidates, {large} with "
          f"{args.candidates}")
    baseline = _median_ms(_client(coaches[0]), url, args.repeat)
    coach = _client(coaches[args.candidates])
    cold = _median_ms(coach, url, args.repeat, cold=True)
    warm = _median_ms(coach, url, args.repeat)
    print(f"baseline (empty dashboard, same view): median {baseline:.1f} ms")
    print(f"dashboard, {args.candidates} candidates, figures computed on every request: "
          f"median {cold:.1f} ms ({cold / baseline:.1f}x the baseline)")
    print(f"dashboard, {args.candidates} candidates, figures read back within the minute: "
          f"median {warm:.1f} ms ({warm / baseline:.1f}x the baseline)")

    ok = small == large
    print(f"{'PASS' if ok else 'FAIL'}: fixed number of queries")
    fast = warm < MAX_MEDIAN_MS
    print(f"{'PASS' if fast else 'FAIL'}: median under {MAX_MEDIAN_MS:.0f} ms "
          f"(computed on every request: {'under' if cold < MAX_MEDIAN_MS else 'OVER'})")
    return 0 if ok and fast else 1


if __name__ == "__main__":
    try:
        code = main()
    finally:
        connection.close()
        if PG:
            subprocess.run([str(ROOT / "scripts" / "pg-test-server"), "stop", PG["DIR"]],
                           check=False)
        shutil.rmtree(HOME, ignore_errors=True)
    sys.exit(code)
