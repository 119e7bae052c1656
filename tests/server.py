"""A real `pursuit serve` for the browser tests, the deployment test and the load benchmark."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server(home: Path, *args: str, env: dict[str, str] | None = None,
                   start_timeout: float = 120, settings: str | None = None) -> Iterator[str]:
    """`pursuit serve` on a free port with data in `home`; yields its base URL once it says it
    is running, and stops it (the whole process group: gunicorn's workers too) afterwards.

    Without `env` it runs like a laptop's (SQLite in `home`, whatever DATABASE_URL says);
    pass the environment to point it at a PostgreSQL server. `settings`: a settings module of
    the tests' own instead of pursuit.settings.
    """
    port = free_port()
    if env is None:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env = {k: v for k, v in env.items() if k != "DJANGO_SETTINGS_MODULE"}
    if settings:
        env["DJANGO_SETTINGS_MODULE"] = settings
    env.update(PURSUIT_HOME=str(home), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "pursuit.cli.main", "serve", "--port", str(port), *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
        start_new_session=True,
    )
    ready = threading.Event()
    log: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            log.append(line)
            if "Pursuit is running at" in line:
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(start_timeout):
        os.killpg(process.pid, signal.SIGKILL)
        raise RuntimeError("the server did not start:\n" + "".join(log))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        # SIGTERM to the server's own process group: gunicorn stops its workers gracefully.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
