from __future__ import annotations

from argparse import ArgumentParser
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from pursuit.cadence.selectors import agenda_for
from pursuit.cli.base import PursuitCommand
from pursuit.core.agenda import headline


class Command(PursuitCommand):
    help = "Today's and overdue touches, in the account's timezone."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--user", help="the account's e-mail (needed when there are several)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = self.user_for(options["user"])
        tz = ZoneInfo(user.timezone)
        now = timezone.now()
        items = agenda_for(user, now=now)
        if options["json"]:
            self.print_json({
                "date": now.astimezone(tz).date().isoformat(), "timezone": user.timezone,
                "items": [i.to_json(tz) for i in items if not i.held],
                "held": [i.to_json(tz) for i in items if i.held],
            })
            return
        if not items:
            self.stdout.write("Nothing is due today. Time to network: add an application or "
                              "reach out to someone you have not talked to lately.")
            return
        for item in items:
            flag = "OVERDUE " if item.overdue else ("HELD " if item.held else "")
            self.stdout.write(f"- {flag}{headline(item.touch)} — {item.why} "
                              f"[{item.touch.application}]")
