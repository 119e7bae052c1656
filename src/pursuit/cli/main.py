"""The `pursuit` console script: Django's management commands, with our settings."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")
    from django.core.management import execute_from_command_line

    from pursuit.core.errors import PursuitError

    args = ["pursuit", *(sys.argv[1:] if argv is None else argv)]
    try:
        execute_from_command_line(args)
    except PursuitError as exc:
        # Settings errors happen before a command runs; they are still bad input, not a crash.
        print(f"pursuit: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
