"""Today and the board on a heavy account: fixed SQL queries, server time, throughput.

Builds, in a fresh SQLite database, a small account and a heavy one (5,000 contacts, 500
applications, 1,500 rounds, 20,000 touches; see tests/web/heavy.py), then:

1. counts the SQL queries of Today and the board for both accounts (they must be equal);
2. times each page for the heavy account in-process (median of --repeat requests, <= 50 ms);
3. starts `pursuit serve` (gunicorn, as users run it) on a free port and runs `wrk` against
   Today (signed in as the heavy account, with the session and CSRF cookies a browser sends
   once it has loaded a page) and against `/healthz`, a bare Django view served by the same
   server, in the same run: Today must reach 40% of the bare view's requests per second, with
   no error.

With --profile N it also prints where the time of a cached Today request goes: cProfile over N
requests through the WSGI handler, in-process (no server, no wrk).

    .venv/bin/python bench/bench_web.py [--repeat 30] [--duration 5] [--no-wrk] [--profile N]

Exits 1 when a figure misses its target.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.web.heavy
os.environ["PURSUIT_HOME"] = tempfile.mkdtemp(prefix="pursuit-bench-web-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from tests.server import running_server  # noqa: E402
from tests.web.heavy import HEAVY, SMALL, build_account  # noqa: E402

from pursuit.accounts.models import User  # noqa: E402
from pursuit.cli.static import ensure_collected  # noqa: E402
from pursuit.wsgi import application  # noqa: E402

MAX_MEDIAN_MS = 50.0
MIN_RATIO = 0.40
PAGES = {"today": "/", "board": "/board/"}


def _client(user: User) -> Client:
    # The test client checks ALLOWED_HOSTS; "testserver" is not in the production list.
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def _median_ms(client: Client, url: str, repeat: int) -> float:
    client.get(url)  # warm the template cache and the connection
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return statistics.median(times)


def _wrk(url: str, *, cookie: str, duration: int) -> tuple[float, int]:
    """Requests per second, and errors (socket errors plus non-2xx/3xx answers)."""
    result = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "-H", f"Cookie: {cookie}", url],
        capture_output=True, text=True, check=True)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)",
                                            result.stdout))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    return rps, errors + (int(non_2xx.group(1)) if non_2xx else 0)


def _warm_up(base: str, *, cookie: str, deadline_s: float = 300) -> None:
    """Until every web process answers both URLs: on a busy machine a process may take many
    seconds to import the app and serve its first request, and wrk counts only answers."""
    deadline = time.monotonic() + deadline_s
    for url in (base + "/", base + "/healthz"):
        while _wrk(url, cookie=cookie, duration=2)[0] == 0.0:
            if time.monotonic() > deadline:
                raise SystemExit(f"the server did not answer {url} in {deadline_s:.0f} s")


def _profile(cookie: str, requests: int) -> None:
    """cProfile of `requests` cached Today requests through the WSGI handler (no server)."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "SCRIPT_NAME": "",
               "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80",
               "HTTP_HOST": "127.0.0.1", "HTTP_COOKIE": cookie, "wsgi.url_scheme": "http",
               "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1"}

    def get() -> None:
        status: list[str] = []
        body = application({**environ, "wsgi.input": io.BytesIO()},
                           lambda s, h, *a: status.append(s))  # type: ignore[arg-type]
        b"".join(body)
        body.close()
        assert status[0].startswith("200"), status

    for _ in range(50):
        get()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        get()
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per URL")
    parser.add_argument("--no-wrk", action="store_true", help="skip the load test")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile N cached Today requests in-process")
    args = parser.parse_args()

    call_command("migrate", interactive=False, verbosity=0)
    # The pages name their static files by hashed name, from the manifest collectstatic
    # writes (as `pursuit serve` does before it starts).
    ensure_collected()
    now = timezone.now()
    small = User.objects.create_user("small@example.com", "bench passphrase 1")
    heavy = User.objects.create_user("heavy@example.com", "bench passphrase 1")
    start = time.perf_counter()
    build_account(small, SMALL, now=now)
    counts = build_account(heavy, HEAVY, now=now)
    print(f"heavy account: {counts} built in {time.perf_counter() - start:.1f} s")

    failed = False
    small_client, heavy_client = _client(small), _client(heavy)
    for name, url in PAGES.items():
        q_small, q_heavy = _queries(small_client, url), _queries(heavy_client, url)
        median = _median_ms(heavy_client, url, args.repeat)
        ok = q_small == q_heavy and median <= MAX_MEDIAN_MS
        failed |= not ok
        print(f"{name}: queries small {q_small}, heavy {q_heavy}; median server time on the "
              f"heavy account {median:.1f} ms (target <= {MAX_MEDIAN_MS:.0f}) "
              f"{'OK' if ok else 'MISSED'}")

    # A browser that has loaded a page sends its CSRF cookie too; without it every answer
    # would make a new CSRF secret and set the cookie again, which no real visit pays.
    cookie = "; ".join(f"{name}={heavy_client.cookies[name].value}"
                       for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME))
    if args.profile:
        _profile(cookie, args.profile)
    if args.no_wrk:
        return 1 if failed else 0
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk): load test skipped")
        return 1
    connection.close()  # the server's workers open their own connections to the same file
    with running_server(Path(os.environ["PURSUIT_HOME"]), env=dict(os.environ)) as base:
        _warm_up(base, cookie=cookie)
        bare_rps, bare_errors = _wrk(base + "/healthz", cookie=cookie, duration=args.duration)
        today_rps, today_errors = _wrk(base + "/", cookie=cookie, duration=args.duration)
    ratio = today_rps / bare_rps if bare_rps else 0.0
    ok = ratio >= MIN_RATIO and bare_errors == 0 and today_errors == 0
    failed |= not ok
    print(f"wrk: bare view {bare_rps:.0f} req/s ({bare_errors} errors), Today (heavy) "
          f"{today_rps:.0f} req/s ({today_errors} errors): ratio {ratio:.2f} "
          f"(target >= {MIN_RATIO:.2f}) {'OK' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
