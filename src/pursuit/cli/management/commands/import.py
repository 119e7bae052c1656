"""`pursuit import FILE [--format auto|linkedin|vcard|google|backup] [--dry-run] [--user EMAIL]`.

Prints the summary of contracts.md. A bar on stderr follows a long import when stderr is a
terminal (never in a pipe, where it would only be noise in a log).
"""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from pursuit.archive.services import import_file
from pursuit.cli.base import PursuitCommand
from pursuit.core.errors import BadInput
from pursuit.core.imports import FORMAT_NAMES, FORMATS

_BAR_FROM_ROWS = 2000


class Command(PursuitCommand):
    help = ("Import contacts: LinkedIn Connections.csv, vCard (.vcf), Google Contacts CSV, or "
            "restore a Pursuit backup (.json). The format is found from the content.")

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("file", metavar="FILE",
                            help="the file to import (its format is found from its content)")
        parser.add_argument("--format", default="auto", choices=("auto", *FORMATS),
                            help="read the file as this format instead of detecting it")
        parser.add_argument("--dry-run", action="store_true",
                            help="print the same summary and store nothing")
        parser.add_argument("--user", help="the account's e-mail (needed when there are several)")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise BadInput("no such file", where=str(path)) from None
        except IsADirectoryError:
            raise BadInput("is a directory, not a file", where=str(path)) from None
        except PermissionError:
            raise BadInput("cannot read: permission denied", where=str(path)) from None
        user = self.user_for(options["user"])
        with ExitStack() as stack:
            progress = None
            if sys.stderr.isatty():
                progress = stack.enter_context(_Bar())
            summary = import_file(owner=user, data=data, filename=path.name,
                                      format=options["format"], dry_run=options["dry_run"],
                                      progress=progress)
        result = summary.to_json()
        if options["json"]:
            self.print_json(result)
            return
        verb = "Would import" if options["dry_run"] else "Imported"
        kind = FORMAT_NAMES.get(result["format"], result["format"])
        self.stdout.write(f"{verb} {path.name} ({kind}): {result['created']} new, "
                          f"{result['merged']} merged, {result['skipped']} skipped.")
        for warning in result["warnings"]:
            self.stdout.write(f"  line {warning['line']}: {warning['message']}")


class _Bar:
    """A rich progress bar, shown once a stage has enough rows to be worth watching."""

    def __enter__(self) -> _Bar:
        # rich is imported only when a terminal shows the bar: a piped import never needs it.
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), console=Console(stderr=True),
                                 transient=True)
        self.tasks: dict[str, Any] = {}
        self.progress.__enter__()
        return self

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total < _BAR_FROM_ROWS:
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage.capitalize(), total=total)
        self.progress.update(self.tasks[stage], completed=done)

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)
