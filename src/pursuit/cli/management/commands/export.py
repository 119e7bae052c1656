"""`pursuit export --format json|vcard|vcard4|csv|ics [--output FILE] [--user EMAIL]`.

A thin dispatcher: each format is one function `(user) -> bytes | str` in EXPORTERS, so a new
format is one line here and its own module elsewhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
from argparse import ArgumentParser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.utils import timezone

from pursuit.archive import backup
from pursuit.calendar_feed.selectors import calendar_for
from pursuit.cli.base import PursuitCommand
from pursuit.contacts import exports
from pursuit.core.errors import BadInput

Exporter = Callable[[Any], bytes | str]


def _ics(user: Any) -> bytes:
    return calendar_for(user, now=timezone.now())


EXPORTERS: dict[str, Exporter] = {
    "json": backup.backup_export,
    "vcard": exports.export_vcard,
    "vcard4": exports.export_vcard4,
    "csv": exports.export_csv,
    "ics": _ics,
}


def _write_file(path: str, data: bytes) -> None:
    """Write whole or not at all: a temporary file beside the target, then a rename."""
    target = Path(path)
    if target.is_dir():
        raise BadInput("is a directory, not a file", where=path)
    if not target.parent.is_dir():
        raise BadInput("no such directory", where=path)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    except PermissionError:
        raise BadInput("cannot write here: permission denied", where=path) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise BadInput(f"cannot write: {exc.strerror}", where=path) from None


class Command(PursuitCommand):
    help = "Export the account: the backup (json), contacts (vcard, vcard4, csv) or calendar (ics)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--format", required=True, choices=sorted(EXPORTERS),
                            help="json: the full backup; vcard, vcard4, csv: the contacts; "
                                 "ics: the calendar")
        parser.add_argument("--output", metavar="FILE", help="write here instead of stdout")
        parser.add_argument("--user", help="the account's e-mail (needed when there are several)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = self.user_for(options["user"])
        result = EXPORTERS[options["format"]](user)
        data = result.encode("utf-8") if isinstance(result, str) else result
        if options["output"]:
            _write_file(options["output"], data)
            if options["json"]:  # the file is the export; stdout says what was written
                self.print_json({"format": options["format"], "output": options["output"],
                                 "bytes": len(data)})
            else:
                self.stderr.write(f"wrote {len(data)} bytes to {options['output']}")
            return
        # Bytes as they are (an .ics needs its CRLF line ends), not through text mode.
        out: Any = getattr(self.stdout, "_out", sys.stdout)
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            out.flush()
            buffer.write(data)
            buffer.flush()
        else:
            out.write(data.decode("utf-8"))
