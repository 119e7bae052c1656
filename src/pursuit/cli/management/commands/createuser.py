from __future__ import annotations

import sys
from argparse import ArgumentParser
from typing import Any

from pursuit.accounts.services import user_create
from pursuit.cli.base import PursuitCommand
from pursuit.core.errors import BadInput


class Command(PursuitCommand):
    help = "Create an account. The password is read from standard input."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("email", metavar="EMAIL", help="the account's e-mail address")
        parser.add_argument("--password-stdin", action="store_true",
                            help="read the password from the first line of standard input")
        parser.add_argument("--coach", action="store_true", help="the account is a career coach")
        parser.add_argument("--name", default="", help="the person's full name")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            import getpass

            if not sys.stdin.isatty():
                raise BadInput("no terminal to ask for a password: use --password-stdin",
                               where="--password-stdin")
            password = getpass.getpass("Password: ")
        if not password:
            raise BadInput("the password is empty", where="password")
        user = user_create(email=options["email"], password=password, full_name=options["name"],
                           is_coach=options["coach"])
        if options["json"]:
            self.print_json({"id": user.pk, "email": user.email, "coach": user.is_coach})
        else:
            self.stdout.write(f"Created the account {user.email}.")
