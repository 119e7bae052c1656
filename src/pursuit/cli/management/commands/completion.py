"""`pursuit completion bash|zsh`: a shell completion script, made by shtab from the commands'
own argument parsers, so it always knows the options this version has.

    pursuit completion bash | sudo tee /etc/bash_completion.d/pursuit
    pursuit completion zsh > ~/.zfunc/_pursuit     # with fpath+=(~/.zfunc) in ~/.zshrc
"""

from __future__ import annotations

import argparse
from argparse import ArgumentParser
from typing import Any

import shtab
from django.core.management import get_commands, load_command_class

from pursuit.cli.base import PursuitCommand
from pursuit.cli.main import DJANGO_ADMIN, GROUPS, overview

SHELLS = ("bash", "zsh")
# Arguments that name a file or a folder: the shell completes paths for them.
FILE_ARGUMENTS = {"file", "image", "letter", "scenario", "context", "sibling", "output"}
FOLDER_METAVARS = {"DIR", "PATH"}


def command_line_parser() -> ArgumentParser:
    """`pursuit` as one argparse parser: a sub-parser per listed command, built from its own."""
    top = ArgumentParser(prog="pursuit", description=overview().splitlines()[0])
    top.add_argument("--version", action="version", version="pursuit", help="print the version")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    for _, group in GROUPS:
        for name, summary in group:
            own = load_command_class(get_commands()[name], name).create_parser("pursuit", name)
            sub = commands.add_parser(name, help=summary, parents=[own], add_help=False,
                                      conflict_handler="resolve")
            for action in sub._actions:
                if action.metavar in FOLDER_METAVARS:
                    action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
                elif action.dest in FILE_ARGUMENTS:
                    action.complete = shtab.FILE  # type: ignore[attr-defined]
    commands.add_parser(DJANGO_ADMIN, help="Django's own commands", add_help=False,
                        prefix_chars="\0").add_argument("rest", nargs=argparse.REMAINDER)
    return top


class Command(PursuitCommand):
    help = ("Print a completion script for bash or zsh, e.g. pursuit completion bash | "
            "sudo tee /etc/bash_completion.d/pursuit")
    uses_database = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("shell", choices=SHELLS, help="the shell to complete for")

    def handle(self, *args: Any, **options: Any) -> None:
        script = shtab.complete(command_line_parser(), shell=options["shell"])
        if options["json"]:
            self.print_json({"shell": options["shell"], "script": script})
        else:
            self.stdout.write(script, ending="")
