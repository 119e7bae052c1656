"""The `pursuit` command line itself: its version, its grouped list of commands, Django's own
commands kept out of the way, help on every option, one-line usage errors."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class

from pursuit.cli.main import COMMANDS, GROUPS
from tests.conftest import ROOT, run_pursuit

# Every command module of pursuit.cli (its check and migrate extend Django's).
OWN_COMMANDS = {p.stem for p in (ROOT / "src/pursuit/cli/management/commands").glob("*.py")
                if p.stem != "__init__"}


def listed(help_text: str) -> list[str]:
    """The command names of the overview: lines of two spaces, a name, two or more spaces."""
    return re.findall(r"^  ([a-z][a-z-]*)  +\S", help_text, flags=re.MULTILINE)


def test_version_is_pursuits_own(pursuit_home: Path) -> None:
    result = run_pursuit("--version", home=pursuit_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"pursuit {version('pursuit')}"
    # A command's own --version says the same version, not Django's.
    assert run_pursuit("today", "--version", home=pursuit_home).stdout.strip() == version(
        "pursuit")


def test_help_lists_every_pursuit_command_grouped_and_none_of_djangos(
        pursuit_home: Path) -> None:
    result = run_pursuit("--help", home=pursuit_home)
    assert result.returncode == 0 and result.stderr == ""
    assert run_pursuit(home=pursuit_home).stdout == result.stdout  # bare `pursuit` too
    names = listed(result.stdout)
    assert sorted(names) == sorted(COMMANDS) == sorted(OWN_COMMANDS)
    assert len(names) == len(set(names))  # one line each
    for group, _ in GROUPS:
        assert f"\n{group}:\n" in result.stdout
    assert [group for group, _ in GROUPS] == [
        "Run", "Accounts", "Data in and out", "Letters and follow-ups", "Maintenance"]
    django_developer_commands = {
        name for name, app in get_commands().items() if app.startswith("django.")}
    assert {"startproject", "squashmigrations", "makemigrations", "runserver", "shell",
            "dbshell", "collectstatic"} <= django_developer_commands
    assert django_developer_commands.isdisjoint(names)


def test_djangos_commands_are_reached_through_django_admin(pursuit_home: Path) -> None:
    refused = run_pursuit("startproject", "x", home=pursuit_home)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "pursuit django-admin" in refused.stderr
    shown = run_pursuit("django-admin", "showmigrations", "accounts", home=pursuit_home)
    assert shown.returncode == 0, shown.stderr
    assert "0001_initial" in shown.stdout
    listing = run_pursuit("django-admin", "help", home=pursuit_home)
    assert "squashmigrations" in listing.stdout


def test_a_mistyped_command_gets_a_suggestion(pursuit_home: Path) -> None:
    result = run_pursuit("serv", home=pursuit_home)
    assert result.returncode == 2 and "did you mean serve?" in result.stderr


def test_help_of_one_command(pursuit_home: Path) -> None:
    result = run_pursuit("help", "export", home=pursuit_home)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: pursuit export")
    assert "--format" in result.stdout and "--settings" not in result.stdout


def test_a_usage_error_is_one_line_and_exit_2(pursuit_home: Path) -> None:
    missing = run_pursuit("createuser", home=pursuit_home)
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0
    assert "EMAIL" in missing.stderr or "email" in missing.stderr
    unknown = run_pursuit("today", "--bogus", home=pursuit_home)
    assert unknown.returncode == 2 and "--bogus" in unknown.stderr
    assert unknown.stderr.strip().count("\n") == 0 and "Traceback" not in unknown.stderr


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_has_help(name: str) -> None:
    command = load_command_class(get_commands()[name], name)
    parser = command.create_parser("pursuit", name)
    assert command.help.strip(), f"pursuit {name} says what it does"
    without_help = [action.dest for action in parser._actions if not action.help]
    assert without_help == [], f"pursuit {name}: options without help text"
