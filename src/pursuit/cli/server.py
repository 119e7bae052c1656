"""gunicorn inside `pursuit serve`: a production-grade server with no separate config file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Any

from django.core.wsgi import get_wsgi_application
from gunicorn.app.base import BaseApplication


class PursuitServer(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return get_wsgi_application()  # in each web process (gunicorn forks before loading)


def run_server(*, host: str, port: int, workers: int, ready_message: str,
               with_worker: bool = True) -> int:
    """Run gunicorn (and the worker beside it) until SIGTERM or Ctrl-C."""
    worker: list[subprocess.Popen[bytes]] = []

    def when_ready(server: Any) -> None:
        if with_worker:
            # A process of its own: the worker's loop must not share a web process.
            # The digest's link back to the app: this server, unless the operator named one.
            env = os.environ | {"PURSUIT_BASE_URL": os.environ.get("PURSUIT_BASE_URL")
                                or f"http://{options['bind']}/"}
            worker.append(subprocess.Popen([sys.executable, "-m", "pursuit.cli.main", "worker"],
                                           env=env))
        # Scripts wait for this line on stdout before they talk to the server.
        print(ready_message, flush=True)

    def on_exit(server: Any) -> None:
        for process in worker:
            process.send_signal(signal.SIGTERM)  # it finishes the message in hand, then exits
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()

    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": 4,
        "timeout": 60,
        "graceful_timeout": 10,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "when_ready": when_ready,
        "on_exit": on_exit,
        "proc_name": "pursuit",
    }
    try:
        PursuitServer(options).run()
    except SystemExit as exc:
        return int(exc.code or 0)
    sys.stdout.flush()
    return 0
