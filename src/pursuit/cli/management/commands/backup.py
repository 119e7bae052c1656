"""`pursuit backup [--output FILE] [--keep N] [--json]`: a consistent copy of the database."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from pursuit.cli.base import PursuitCommand
from pursuit.cli.database import backup_database, backups_dir, prune_backups


class Command(PursuitCommand):
    help = ("Copy the whole database to a file, safely while Pursuit runs: SQLite through its "
            "backup API, PostgreSQL with pg_dump. Default: $PURSUIT_HOME/backups/"
            "pursuit-TIMESTAMP.sqlite3 (or .dump). pursuit restore puts one back.")
    uses_database = False  # a backup copies what is there; it must not migrate it first

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--output", metavar="FILE",
                            help="write the backup here instead of $PURSUIT_HOME/backups/")
        parser.add_argument("--keep", type=int, metavar="N",
                            help="then delete all but the N newest backups of "
                                 "$PURSUIT_HOME/backups/ named pursuit-TIMESTAMP.* "
                                 "(the nightly timer keeps 14)")

    def handle(self, *args: Any, **options: Any) -> None:
        made = backup_database(Path(options["output"]) if options["output"] else None)
        removed = prune_backups(options["keep"]) if options["keep"] is not None else []
        if options["json"]:
            self.print_json({**made.to_json(), "removed": [str(p) for p in removed]})
            return
        self.stdout.write(str(made.path))
        self.stderr.write(f"Backed up the {made.database} database: {made.bytes} bytes.")
        if removed:
            self.stderr.write(f"Removed {len(removed)} older backups from {backups_dir()}.")
