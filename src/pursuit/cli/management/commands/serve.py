from __future__ import annotations

import shutil
import socket
import sys
from argparse import ArgumentParser
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from pursuit.cli.base import PursuitCommand
from pursuit.core.errors import BadInput


def _pending_migrations() -> bool:
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def backup_sqlite() -> str | None:
    """Copy the SQLite file aside before a migration changes it; returns the copy's path."""
    database = settings.DATABASES[DEFAULT_DB_ALIAS]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return None
    path = settings.DATA_DIR / "pursuit.sqlite3"
    if str(database["NAME"]) != str(path) or not path.exists() or path.stat().st_size == 0:
        return None
    backups = settings.DATA_DIR / "backups"
    backups.mkdir(exist_ok=True)
    target = backups / f"pursuit-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.sqlite3"
    # The sqlite3 backup API copies a consistent snapshot even with a WAL file beside it.
    import sqlite3

    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return str(target)


def check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise BadInput(f"cannot listen on {host}:{port}: {exc.strerror}",
                           where="--port") from None


class Command(PursuitCommand):
    help = "Migrate (after backing up the SQLite file) and run the web server until stopped."
    uses_database = False  # this command migrates by itself, after the backup

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2, help="web processes")
        parser.add_argument("--no-worker", action="store_true",
                            help="do not start the outbox worker (run `pursuit worker` yourself)")

    def handle(self, *args: Any, **options: Any) -> None:
        host, port = options["host"], options["port"]
        check_port_free(host, port)
        if _pending_migrations():
            copy = backup_sqlite()
            if copy:
                self.stderr.write(f"Backed up the database to {copy} before migrating.")
            call_command("migrate", interactive=False, verbosity=0)
        connections.close_all()  # gunicorn forks: children must open their own connections
        from pursuit.cli.server import run_server

        shutil.rmtree(settings.DATA_DIR / "gunicorn-tmp", ignore_errors=True)
        url_host = f"[{host}]" if ":" in host else host
        code = run_server(host=host, port=port, workers=options["workers"],
                          ready_message=f"Pursuit is running at http://{url_host}:{port}/",
                          with_worker=not options["no_worker"])
        sys.exit(code)
