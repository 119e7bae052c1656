from __future__ import annotations

import shutil
import socket
import sys
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from pursuit.cli.base import PursuitCommand
from pursuit.cli.database import backup_database, engine, sqlite_path
from pursuit.cli.server import run_server
from pursuit.cli.static import ensure_collected
from pursuit.core.errors import BadInput


def _pending_migrations() -> bool:
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def backup_sqlite() -> str | None:
    """Copy the SQLite file aside before a migration changes it; returns the copy's path.
    (On PostgreSQL the operator's nightly `pursuit backup` is the copy.)"""
    if engine() != "sqlite" or not sqlite_path().exists() or sqlite_path().stat().st_size == 0:
        return None
    if not MigrationRecorder(connections[DEFAULT_DB_ALIAS]).has_table():
        return None  # a database just created, with nothing in it yet
    return str(backup_database().path)


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
    holds_running_lock = True  # `pursuit restore` is refused while this runs

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--host", default="127.0.0.1",
                            help="address to listen on (default 127.0.0.1: this machine only)")
        parser.add_argument("--port", type=int, default=8000,
                            help="port to listen on (default 8000)")
        parser.add_argument("--workers", type=int, default=2,
                            help="web processes (default 2), each with 4 threads")
        parser.add_argument("--no-worker", action="store_true",
                            help="do not start the worker (run `pursuit worker` yourself)")

    def handle(self, *args: Any, **options: Any) -> None:
        host, port = options["host"], options["port"]
        check_port_free(host, port)
        if _pending_migrations():
            copy = backup_sqlite()
            if copy:
                self.stderr.write(f"Backed up the database to {copy} before migrating.")
            call_command("migrate", interactive=False, verbosity=0)
        if ensure_collected():
            self.stderr.write(f"Collected the static files into {settings.STATIC_ROOT}.")
        connections.close_all()  # gunicorn forks: children must open their own connections
        shutil.rmtree(settings.DATA_DIR / "gunicorn-tmp", ignore_errors=True)
        url_host = f"[{host}]" if ":" in host else host
        code = run_server(host=host, port=port, workers=options["workers"],
                          ready_message=f"Pursuit is running at http://{url_host}:{port}/",
                          with_worker=not options["no_worker"])
        sys.exit(code)
