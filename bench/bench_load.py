"""50 simulated users for 60 s against `pursuit serve` with 2 gunicorn workers on 127.0.0.1.

Each user signs in with their own account and session, then reads Today, the board, contacts,
the network page and applications, and one request in four logs networking minutes (a write),
with a think time of 0.5-1.5 s between requests (bench/load_users.py: users start at random
moments of the first 2 s; the first 5 s are a warm-up that is not counted). Targets: zero
errors and a p99 below 200 ms, on SQLite and on PostgreSQL. The baseline, measured in the same
run with the same users and think time, is the bare health view, so the ratio is what our
pages cost over the server itself.

    .venv/bin/python bench/bench_load.py [--seconds 60] [--users 50] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load_users import Session, simulate  # noqa: E402
from tests.deploy.http_user import HttpUser  # noqa: E402
from tests.server import running_server  # noqa: E402

PASSWORD = "load password 42"
MAX_P99_MS = 200.0


def populate(env: dict[str, str], users: int) -> None:
    """Accounts with a little of everything: 3 applications, rounds, contacts."""
    script = f"""
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")
django.setup()
from datetime import timedelta
from django.utils import timezone
from pursuit.cli.base import ensure_database
from pursuit.accounts.models import User
from pursuit.contacts.services import ContactIn, contact_create
from pursuit.cadence.services import PersonIn, round_log
from pursuit.pipeline.services import application_create
ensure_database()
User.objects.all().delete()
now = timezone.now()
for n in range({users}):
    user = User.objects.create_user(f"user{{n}}@example.com", "{PASSWORD}", full_name=f"User {{n}}")
    for a in range(3):
        app = application_create(owner=user, employer=f"Employer {{a}}", role="Engineer")
        people = [contact_create(owner=user, data=ContactIn(full_name=f"Person {{a}}-{{i}}",
                  emails=(f"p{{a}}{{i}}@example.com",))) for i in range(3)]
        start = now - timedelta(days=2 + 4 * a)
        round_log(owner=user, application_id=app.pk, start=start,
                  end=start + timedelta(hours=1), timezone="America/Chicago",
                  people=[PersonIn(contact_id=p.pk, hiring_manager=(i == 0))
                          for i, p in enumerate(people)])
"""
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=900)


def run(database: str, env: dict[str, str], seconds: int, users: int) -> bool:
    populate(env, users)
    with running_server(Path(env["PURSUIT_HOME"]), "--no-worker", "--workers", "2",
                        env=env) as url:
        sessions = []
        for n in range(users):
            user = HttpUser(url)
            user.sign_in(f"user{n}@example.com", PASSWORD)
            cookies = {c.name: c.value for c in user.jar}
            sessions.append(Session(cookies["sessionid"], cookies["csrftoken"]))
        base = simulate(url, sessions, seconds=max(10, seconds // 4), paths=("/healthz",),
                        writes=False)
        mixed = simulate(url, sessions, seconds=seconds)
    p50, p99, base_p99 = mixed.percentile(50), mixed.percentile(99), base.percentile(99)
    ok = mixed.errors == 0 and mixed.bad_status == 0 and p99 < MAX_P99_MS
    print(f"{database}: {len(mixed.latencies_ms)} requests in {seconds} s by {users} users, "
          f"errors {mixed.errors}, 4xx/5xx {mixed.bad_status}, p50 {p50:.1f} ms, "
          f"p99 {p99:.1f} ms (bare health view: p99 {base_p99:.1f} ms, "
          f"{base.errors + base.bad_status} errors; ratio {p99 / base_p99:.1f}) "
          f"-> {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--postgres", action="store_true",
                        help="also run on a throw-away PostgreSQL server (scripts/pg-test-server)")
    args = parser.parse_args()
    results = []
    home = tempfile.mkdtemp(prefix="pursuit-load-")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env["PURSUIT_HOME"] = home
    results.append(run("SQLite", env, args.seconds, args.users))
    if args.postgres:
        out = subprocess.run([str(ROOT / "scripts" / "pg-test-server")], capture_output=True,
                             text=True, check=True).stdout
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        try:
            pg_home = tempfile.mkdtemp(prefix="pursuit-load-pg-")
            results.append(run("PostgreSQL", env | {"PURSUIT_HOME": pg_home,
                                                    "DATABASE_URL": values["DATABASE_URL"]},
                               args.seconds, args.users))
        finally:
            subprocess.run([str(ROOT / "scripts" / "pg-test-server"), "stop", values["DIR"]],
                           check=False)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
