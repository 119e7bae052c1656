"""`pursuit migrate [--json]`: Django's migrate, which also says in JSON what it applied."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.commands.migrate import Command as DjangoMigrate
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

from pursuit.cli.base import PursuitCommand


class Command(PursuitCommand, DjangoMigrate):
    help = ("Bring the database up to date. pursuit serve does it when it starts, and the other "
            "commands when they find the database behind; with several web machines, run it "
            "once before starting them.")
    uses_database = False  # this is the migration itself

    def add_arguments(self, parser: ArgumentParser) -> None:
        DjangoMigrate.add_arguments(self, parser)  # type: ignore[arg-type]
        parser.add_argument("--json", action="store_true",
                            help='print {"applied": [...], "unapplied": [...]} (APP.NAME each)')

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["json"]:
            DjangoMigrate.handle(self, *args, **options)
            return
        recorder = MigrationRecorder(connections[options["database"]])
        before = set(recorder.applied_migrations())
        DjangoMigrate.handle(self, *args, **{**options, "verbosity": 0})
        after = set(recorder.applied_migrations())
        self.print_json({
            "applied": [f"{app}.{name}" for app, name in sorted(after - before)],
            "unapplied": [f"{app}.{name}" for app, name in sorted(before - after)],
        })
