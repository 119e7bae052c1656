"""What every `pursuit` command shares: JSON output, exit codes, the account, the database."""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from pursuit.accounts.selectors import account_for_command
from pursuit.cli.database import hold_running_lock
from pursuit.cli.main import version
from pursuit.config import unknown_settings
from pursuit.core.errors import BadInput, PursuitError

EXIT_BAD_INPUT = 2


def one_line_usage_errors(parser: CommandParser, prog: str) -> CommandParser:
    """Make a wrong option or a missing argument one line on stderr and exit 2 (contracts.md),
    instead of argparse's usage block: the line says where to read the usage."""
    raise_usage_error = parser.error

    def error(message: str) -> Any:
        if not parser.called_from_command_line:  # call_command(): Django raises CommandError
            return raise_usage_error(message)
        sys.stderr.write(f"{prog}: error: {message} (see {prog} --help)\n")
        sys.exit(EXIT_BAD_INPUT)

    parser.error = error  # type: ignore[method-assign]
    return parser


class PursuitCommand(BaseCommand):
    """A command that reports bad input in one line on stderr and exits 2, never a traceback."""

    uses_database = True
    # Unknown PURSUIT_* or .env keys (typos) are named on stderr before the command runs.
    warns_unknown_settings = True
    # Long-running commands that write (serve, worker) hold $PURSUIT_HOME/running.lock shared
    # while they run, so that `pursuit restore` refuses to replace the database under them.
    holds_running_lock = False
    requires_system_checks: list[str] = []
    # Tables are created on first use instead (contracts.md: "creates and migrates it").
    requires_migrations_checks = False
    # Django's options that mean nothing to a Pursuit user: still accepted, not shown in --help.
    suppressed_base_arguments = {"--settings", "--pythonpath"}

    def get_version(self) -> str:
        return version()  # `pursuit COMMAND --version`: Pursuit's, not Django's

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        return one_line_usage_errors(parser, f"{prog_name} {subcommand}")

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true", help="print JSON on stdout")

    def execute(self, *args: Any, **options: Any) -> Any:
        # Once per run: not again for a command run by another one (call_command("migrate")).
        if self.warns_unknown_settings and getattr(self, "_called_from_command_line", False):
            for unknown in unknown_settings():
                self.stderr.write(f"warning: {unknown}")
        try:
            if self.holds_running_lock:
                hold_running_lock(f"pursuit {self.__module__.rsplit('.', 1)[-1]}")
            if self.uses_database:
                ensure_database()
            return super().execute(*args, **options)
        except PursuitError as exc:
            # One line naming what is wrong and where; a traceback is for our bugs only.
            self.stderr.write(f"error: {exc}")
            sys.exit(EXIT_BAD_INPUT)

    def print_json(self, data: object) -> None:
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str))

    def user_for(self, email: str | None) -> Any:
        """The account to act for: the one named, else the only one (contracts.md)."""
        return account_for_command(email)


def ensure_database(using: str = DEFAULT_DB_ALIAS) -> None:
    """Create and migrate the database when a migration is missing; quiet when up to date."""
    connection = connections[using]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0, database=using)


def read_json_file(path: str) -> Any:
    """Parse a JSON file, naming the file, line and column of any error."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise BadInput("no such file", where=path) from None
    except IsADirectoryError:
        raise BadInput("is a directory, not a file", where=path) from None
    except UnicodeDecodeError:
        raise BadInput("is not UTF-8 text", where=path) from None
    except json.JSONDecodeError as exc:
        where = f"{path}:{exc.lineno}:{exc.colno}"
        raise BadInput(f"invalid JSON: {exc.msg}", where=where) from None
