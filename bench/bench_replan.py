"""Re-planning 500 stored applications: SQL queries must not grow with the number of touches.

Builds 500 applications (3 rounds of 3 interviewers, a reference, a reply) in a fresh SQLite
database, then re-plans all of them twice: once with a short horizon (few weekly touches) and
once with a long one (many more), each after the plan for that horizon is stored, so what is
measured is reading and diffing (writes are bulk statements, one per kind). Prints the query
count and time of each, and the ratios.

    .venv/bin/python bench/bench_replan.py [--apps 500]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("PURSUIT_HOME", tempfile.mkdtemp(prefix="pursuit-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from pursuit.accounts.models import User  # noqa: E402
from pursuit.cadence.models import Touch  # noqa: E402
from pursuit.cadence.services import (  # noqa: E402
    PersonIn,
    applications_replan,
    event_record,
    reference_add,
    round_log,
)
from pursuit.contacts.services import ContactIn, contact_create  # noqa: E402
from pursuit.pipeline.models import Application  # noqa: E402
from pursuit.pipeline.services import application_create  # noqa: E402

TZ = ZoneInfo("America/Chicago")


def build(count: int) -> User:
    user = User.objects.create_user("bench@example.com", "bench password 42")
    start = datetime(2025, 3, 3, 10, tzinfo=TZ)
    for n in range(count):
        application = application_create(owner=user, employer=f"Employer {n}", role="Engineer")
        people = [contact_create(owner=user, data=ContactIn(
            full_name=f"Person {n}-{i}", emails=(f"p{n}-{i}@example.com",))) for i in range(9)]
        reference_add(owner=user, application_id=application.pk, contact_id=people[0].pk,
                      relationship="manager")
        for r in range(3):
            day = start + timedelta(days=(n % 60) + 9 * r)
            round_log(owner=user, application_id=application.pk, start=day,
                      end=day + timedelta(hours=1), timezone="America/Chicago",
                      people=[PersonIn(contact_id=p.pk, hiring_manager=(i == 0))
                              for i, p in enumerate(people[3 * r:3 * r + 3])])
        event_record(owner=user, application_id=application.pk, type="interviewer_replied",
                     at=start + timedelta(days=(n % 60) + 30))
    return user


def replan(user: User, horizon_days: int) -> tuple[int, int, float]:
    """Store the plan for this horizon, then time and count a re-plan of all applications."""
    settings.PURSUIT_PLAN_HORIZON_DAYS = horizon_days
    applications_replan(Application.objects.filter(owner=user))
    began = time.perf_counter()
    with CaptureQueriesContext(connection) as ctx:
        applications_replan(Application.objects.filter(owner=user))
    elapsed = time.perf_counter() - began
    return len(ctx.captured_queries), Touch.objects.filter(owner=user).count(), elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--apps", type=int, default=500)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    began = time.perf_counter()
    user = build(args.apps)
    print(f"built {args.apps} applications in {time.perf_counter() - began:.1f} s")
    short_q, short_t, short_s = replan(user, 30)
    long_q, long_t, long_s = replan(user, 365)
    print(f"short horizon: {short_t:6d} touches, {short_q} queries, {short_s:.2f} s")
    print(f"long horizon:  {long_t:6d} touches, {long_q} queries, {long_s:.2f} s")
    print(f"touches ratio long/short: {long_t / short_t:.2f}; "
          f"queries ratio long/short: {long_q / short_q:.2f}")
    ok = long_q == short_q and long_t > short_t
    print("PASS" if ok else "FAIL", "- queries do not grow with the number of touches")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
