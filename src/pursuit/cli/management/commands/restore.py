"""`pursuit restore FILE [--json]`: put a `pursuit backup` back (see pursuit/cli/database.py)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from pursuit.cli.base import PursuitCommand, ensure_database
from pursuit.cli.database import restore_database


class Command(PursuitCommand):
    help = ("Replace the database with a backup made by pursuit backup, after checking it "
            "(readable, a Pursuit database, no migration newer than this version). The "
            "current database is copied to $PURSUIT_HOME/backups/ first. Refused while "
            "pursuit serve or pursuit worker runs on the database.")
    uses_database = False  # the database is replaced; migrations run after, on the backup

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("file", metavar="FILE",
                            help="a backup: a SQLite file, or a pg_dump archive (.dump)")

    def handle(self, *args: Any, **options: Any) -> None:
        restored = restore_database(Path(options["file"]))
        ensure_database()  # a backup made by an older version: bring it up to date
        if options["json"]:
            self.print_json(restored.to_json())
            return
        self.stdout.write(f"Restored the {restored.database} database from {restored.path}.")
        if restored.previous:
            self.stdout.write(f"The database as it was is in {restored.previous} (restore it "
                              "to undo).")
