"""Two web processes and two workers on one PostgreSQL database, used at the same time:
no update is lost, and no message is sent twice.

Runs in the PostgreSQL pass of the suite (DATABASE_URL), against real `pursuit serve` and
`pursuit worker` processes and a real SMTP sink."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.deploy.http_user import HttpUser
from tests.outbox.smtp_sink import SinkHandler, SmtpSink
from tests.server import running_server

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs the PostgreSQL server of the suite's second pass (DATABASE_URL)")

EMAIL, PASSWORD = "seed@example.com", "seed password 42"


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ, PURSUIT_HOME=str(home))
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def cluster(home: Path) -> Iterator[tuple[list[str], SmtpSink]]:
    with SmtpSink(SinkHandler()) as sink:
        # The seed empties the database, makes the account, its mail account and 150 messages.
        subprocess.run([sys.executable, "-m", "tests.outbox.seed", str(sink.port), "150"],
                       cwd=ROOT, env=env_for(home), check=True, capture_output=True, timeout=300)
        subprocess.run([sys.executable, "-m", "pursuit.cli.main", "createuser", "web@example.com",
                        "--password-stdin"], cwd=ROOT, env=env_for(home), input=PASSWORD + "\n",
                       text=True, check=True, capture_output=True, timeout=120)
        with contextlib.ExitStack() as stack:
            urls = [stack.enter_context(running_server(
                home, "--no-worker", "--workers", "2", env=env_for(home))) for _ in range(2)]
            workers = [subprocess.Popen([sys.executable, "-m", "pursuit.cli.main", "worker",
                                         "--idle-sleep", "0.05"], cwd=ROOT, env=env_for(home),
                                        stderr=subprocess.PIPE, text=True) for _ in range(2)]
            try:
                yield urls, sink
            finally:
                for worker in workers:
                    worker.send_signal(signal.SIGTERM)
                for worker in workers:
                    worker.wait(60)


def states(home: Path) -> dict[str, list[str]]:
    out = subprocess.run([sys.executable, "-m", "tests.outbox.seed", "states"], cwd=ROOT,
                         env=env_for(home), check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def test_concurrent_use_loses_no_update_and_sends_nothing_twice(home: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    urls, sink = cluster
    users = []
    for n in range(8):  # eight browsers, half on each web process
        user = HttpUser(urls[n % 2])
        user.sign_in("web@example.com", PASSWORD)
        users.append(user)

    def add_a_minute(n: int) -> int:
        return users[n % len(users)].post("/network/session/", {"minutes": "1"})

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(add_a_minute, range(80)))
    assert all(code == 200 for code in codes)  # each POST redirects to the Network page
    _, page = users[0].get("/network/")
    # Eighty one-minute stops, sent at once through two processes: all eighty count.
    assert '<p class="big-number"><span>80</span>' in page

    # Meanwhile the two workers delivered the seed's 150 messages.
    import time

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and sum(sink.handler.ids.values()) < 150:
        time.sleep(0.1)
    by_state = states(home)
    assert len(by_state.get("sent", [])) == 150
    assert sum(sink.handler.ids.values()) == 150 and max(sink.handler.ids.values()) == 1
