"""The `pursuit` console script: Pursuit's commands, grouped, and Django's out of the way.

`pursuit COMMAND ...` runs one of the commands listed in GROUPS (Django management commands
of `pursuit.cli`, plus Django's `check` (extended here) and `migrate`); every other Django
command (`shell`, `makemigrations`, ...) is reached as `pursuit django-admin COMMAND ...`.

This module is imported on every run, `pursuit today --json` included, so it imports nothing
heavy: Django is imported only once a command is known, and then loads only that command's
module (`django.core.management` imports a command's module when it is run, not to list it).
"""

from __future__ import annotations

import difflib
import os
import sys

from pursuit.core.errors import PursuitError

DJANGO_ADMIN = "django-admin"

# (group, ((command, one line), ...)). tests/cli/test_command_line.py checks that this lists
# every command module of pursuit/cli/management/commands and none of Django's own.
GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Run", (
        ("serve", "run the web app and the worker until stopped (migrates first)"),
        ("worker", "deliver approved messages, read replies, send the morning digest"),
    )),
    ("Accounts", (
        ("createuser", "create an account (password from standard input)"),
        ("demo", "load, replace or remove the demo data"),
    )),
    ("Data in and out", (
        ("import", "import contacts: LinkedIn, vCard, Google CSV, or a Pursuit JSON backup"),
        ("export", "export an account: JSON backup, vCard, CSV or the calendar"),
        ("scan", "read a business-card photo; --save makes it a contact"),
        ("backup", "copy the whole database (SQLite backup API, or pg_dump) to a file"),
        ("restore", "put a database backup back, after checking it (instance stopped)"),
    )),
    ("Letters and follow-ups", (
        ("today", "today's and overdue touches, most urgent first"),
        ("plan", "plan one scenario's touches by the rules of the cadence (JSON)"),
        ("letter", "an application's postal letter as a print-ready PDF"),
        ("proofread", "proofread a letter against its interview context"),
    )),
    ("Maintenance", (
        ("check", "check the settings (and where each comes from) and the installation"),
        ("migrate", "bring the database up to date (serve does it when it starts)"),
        ("deploy", "write the systemd units, nginx site and environment file for a server"),
        ("completion", "print a bash or zsh completion script"),
    )),
)
COMMANDS = {name for _, commands in GROUPS for name, _ in commands}


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as distribution_version

    try:
        return distribution_version("pursuit")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def overview() -> str:
    """What `pursuit` and `pursuit --help` print: the commands by group, one line each."""
    width = max(len(name) for name in COMMANDS) + 2
    lines = [
        f"Pursuit {version()}: job-search follow-up and networking assistant.",
        "",
        "usage: pursuit COMMAND [options]   (pursuit COMMAND --help lists its options)",
    ]
    for group, commands in GROUPS:
        lines += ["", f"{group}:"]
        lines += [f"  {name:<{width}}{summary}" for name, summary in commands]
    lines += [
        "",
        "Every command prints JSON with --json and exits 2 on bad input.",
        "pursuit --version prints the version. Django's own commands (shell, dbshell, ...):",
        f"pursuit {DJANGO_ADMIN} COMMAND.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else list(argv)
    first = args[0] if args else "--help"
    if first in {"-h", "--help"} or (first == "help" and len(args) == 1):
        print(overview())
        return
    if first in {"-V", "--version"}:
        print(f"pursuit {version()}")
        return
    if first == "help":  # `pursuit help serve` is `pursuit serve --help`
        args = [args[1], "--help", *args[2:]]
        first = args[0]
    if first == DJANGO_ADMIN:
        prog, rest = f"pursuit {DJANGO_ADMIN}", args[1:]
    elif first in COMMANDS:
        prog, rest = "pursuit", args
    else:
        close = difflib.get_close_matches(first, sorted(COMMANDS), n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        print(f"pursuit: unknown command {first!r} ({hint}pursuit --help lists the commands; "
              f"Django's own are under pursuit {DJANGO_ADMIN})", file=sys.stderr)
        sys.exit(2)
    run_django([prog, *rest])


def run_django(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")
    # Imported here, not at the top: `pursuit --help` and `--version` need no Django at all.
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(argv)
    except PursuitError as exc:
        # Settings errors happen before a command runs; they are still bad input, not a crash.
        print(f"pursuit: {exc}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        # `pursuit export ... | head`: the reader left. Quietly, as other Unix tools do; the
        # interpreter's final flush of stdout must not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    main()
