"""How fast is the cadence planner? `.venv/bin/python bench/bench_plan.py`

Plans 1,000 applications (3 rounds x 3 interviewers, 2 references, a reply, a stop for a third
of them, about six months of horizon, two years of US holidays) and prints:

- the median time per application over several runs, against the target of 1 ms;
- a ratio against a baseline measured in the same run on the same machine: building exactly
  the `PlannedTouch` objects the planner returns, field values precomputed. That is the
  least any planner returning these frozen dataclasses must spend, so the ratio says how much
  the rules themselves cost on top of producing their answer, whatever the machine's speed.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import astuple
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

from pursuit.core.cadence import (
    Application,
    Event,
    Interviewer,
    PlannedTouch,
    Reference,
    Round,
    plan_application,
)

APPLICATIONS = 1_000
RUNS = 7
TARGET_MS = 1.0
ZONES = ["America/Denver", "America/Chicago", "America/New_York", "Europe/London", "Asia/Tokyo"]
# The US federal holidays the app would pass for a US user (the `holidays` package).
HOLIDAYS = frozenset(holidays.country_holidays("US", years=(2025, 2026)))


def make_application(n: int, rng: random.Random) -> tuple[Application, date]:
    """One application with three rounds two weeks apart; returns it with its horizon."""
    tz_name = rng.choice(ZONES)
    tz = ZoneInfo(tz_name)
    first = datetime(2025, 1, 6, 9, tzinfo=tz) + timedelta(
        days=rng.randrange(300), hours=rng.randrange(8)
    )
    rounds = []
    for r in range(3):
        start = first + timedelta(days=14 * r + rng.randrange(3))
        people = tuple(
            Interviewer(
                key=f"a{n}p{r}{i}",
                name=f"Person {n}-{r}-{i}",
                email=None if i == 2 else f"p{n}{r}{i}@acme.test",
                timezone=rng.choice([None, None, "Europe/London"]),
                hiring_manager=(r == 0 and i == 0),
                role="recruiter" if i == 1 else "interviewer",
            )
            for i in range(3)
        )
        rounds.append(
            Round(f"r{r + 1}", r + 1, start, start + timedelta(minutes=45), tz_name, people)
        )
    events = [Event("interviewer_replied", rounds[1].start + timedelta(days=3))]
    if n % 3 == 0:
        events.append(Event("job_filled", rounds[2].start + timedelta(days=40)))
    app = Application(
        key=f"app{n}",
        preferred_channel=rng.choice(["no_preference", "email", "phone", "mail"]),
        mailing_address="1 Main St" if n % 5 else None,
        rounds=tuple(rounds),
        references=(
            Reference(f"a{n}ref0", "Ref Zero", "ref0@home.test", None),
            Reference(f"a{n}ref1", "Ref One", None, None),
        ),
        events=tuple(events),
    )
    return app, first.date() + timedelta(days=182)


def time_planner(cases: list[tuple[Application, date]]) -> float:
    """Seconds to plan every case once."""
    began = time.perf_counter()
    for app, horizon in cases:
        plan_application(app, holidays=HOLIDAYS, horizon_end=horizon)
    return time.perf_counter() - began


def time_baseline(fields: list[tuple[object, ...]]) -> float:
    """Seconds to build the planner's output objects from precomputed field values."""
    began = time.perf_counter()
    for values in fields:
        PlannedTouch(*values)  # type: ignore[arg-type]
    return time.perf_counter() - began


def main() -> int:
    rng = random.Random(20251017)  # fixed seed: the same workload on every run
    cases = [make_application(n, rng) for n in range(APPLICATIONS)]
    plans = [plan_application(a, holidays=HOLIDAYS, horizon_end=h) for a, h in cases]
    fields = [astuple(t) for p in plans for t in (*p.touches, *p.cancelled)]

    planner = [time_planner(cases) for _ in range(RUNS)]
    baseline = [time_baseline(fields) for _ in range(RUNS)]
    per_app_ms = statistics.median(planner) / APPLICATIONS * 1000
    baseline_ms = statistics.median(baseline) / APPLICATIONS * 1000
    ratio = per_app_ms / baseline_ms

    print(f"applications:            {APPLICATIONS} (3 rounds x 3 interviewers, 2 references)")
    print(f"touches per application: {len(fields) / APPLICATIONS:.1f} (planned + cancelled)")
    print(f"planner:  {per_app_ms:.3f} ms per application (median of {RUNS} runs)")
    print(
        f"baseline: {baseline_ms:.3f} ms per application (building the same PlannedTouch objects)"
    )
    print(f"ratio:    {ratio:.1f}x the baseline")
    verdict = "PASS" if per_app_ms <= TARGET_MS else "FAIL"
    print(f"{verdict}: target is at most {TARGET_MS:.1f} ms per application")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
