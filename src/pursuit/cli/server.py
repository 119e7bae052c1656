"""gunicorn inside `pursuit serve`: a production-grade server with no separate config file."""

from __future__ import annotations

import sys
from typing import Any

from gunicorn.app.base import BaseApplication


class PursuitServer(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from pursuit.wsgi import application

        return application


def run_server(*, host: str, port: int, workers: int, ready_message: str) -> int:
    def when_ready(server: Any) -> None:
        # Scripts wait for this line on stdout before they talk to the server.
        print(ready_message, flush=True)

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
        "proc_name": "pursuit",
    }
    try:
        PursuitServer(options).run()
    except SystemExit as exc:
        return int(exc.code or 0)
    sys.stdout.flush()
    return 0
