from __future__ import annotations

import secrets
import sys
from argparse import ArgumentParser
from typing import Any

from django.utils import timezone

from pursuit.accounts.models import User
from pursuit.accounts.services import user_create
from pursuit.cli.base import PursuitCommand
from pursuit.demo import demo_load, demo_remove

DEFAULT_DEMO_EMAIL = "demo@pursuit.invalid"


class Command(PursuitCommand):
    help = ("Load the demo data (a dozen applications across every stage) into an account, "
            "replacing any earlier demo data; --remove deletes it.")

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--user", help="the account's e-mail; created if it does not exist")
        parser.add_argument("--password-stdin", action="store_true",
                            help="password for a new account, read from standard input")
        parser.add_argument("--remove", action="store_true", help="remove the demo data")

    def handle(self, *args: Any, **options: Any) -> None:
        email = options["user"]
        created_password = None
        created = False
        if email and not User.objects.filter(email__iexact=email).exists() or (
                not email and not User.objects.exists()):
            email = email or DEFAULT_DEMO_EMAIL
            if options["password_stdin"]:
                password = sys.stdin.readline().rstrip("\r\n")
            else:
                password = created_password = secrets.token_urlsafe(12)
            user = user_create(email=email, password=password)
            created = True  # made for the demo: its profile and strengths are the demo's
        else:
            user = self.user_for(email)
        if options["remove"]:
            counts = demo_remove(owner=user)
        else:
            # An account that was there before keeps its own profile, strengths, templates
            # and settings (only the applications and contacts of the demo are added).
            counts = demo_load(owner=user, now=timezone.now(), with_profile=created or None)
        result: dict[str, Any] = {"user": user.email, **counts}
        if created_password:
            result["password"] = created_password
        if options["json"]:
            self.print_json(result)
            return
        verb = "Removed the demo data of" if options["remove"] else "Loaded the demo data into"
        apps, people = counts["applications"], counts["contacts"]
        self.stdout.write(f"{verb} {user.email}: {apps} application{'' if apps == 1 else 's'}, "
                          f"{people} contact{'' if people == 1 else 's'}.")
        if created_password:
            # Printed once: it is not stored anywhere in clear.
            self.stdout.write(f"Sign in as {user.email} with the password {created_password}")
