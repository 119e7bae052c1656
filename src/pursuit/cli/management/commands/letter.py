"""`pursuit letter pdf APPLICATION_ID [--output FILE] [--user EMAIL]`: print the postal letter."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from pursuit.cli.base import PursuitCommand
from pursuit.core.errors import BadInput
from pursuit.letters import selectors, services
from pursuit.letters.models import Letter
from pursuit.letters.pdf import render_pdf


class Command(PursuitCommand):
    help = ("Write an application's postal letter as a print-ready PDF: a US business letter "
            "and a #10 envelope page. The letter is drafted from your template when there is "
            "none yet.")

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("action", choices=["pdf"], help="what to do with the letter")
        parser.add_argument("application_id", metavar="APPLICATION_ID", type=int,
                            help="the application's number (as in its page's address)")
        parser.add_argument("--output", metavar="FILE",
                            help="where to write it (default: letter-APPLICATION_ID.pdf)")
        parser.add_argument("--user", metavar="EMAIL", help="the account (needed when several)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = self.user_for(options["user"])
        letter = services.application_postal_letter(owner=user,
                                                    application_id=options["application_id"])
        letter = selectors.letter_for(user, letter.pk)
        today = timezone.now().astimezone(ZoneInfo(user.timezone)).date()
        pdf = render_pdf(selectors.printed_letter(letter, day=today))
        output = Path(options["output"] or f"letter-{options['application_id']}.pdf")
        try:
            output.write_bytes(pdf)
        except OSError as exc:
            raise BadInput(f"cannot write: {exc.strerror}", where=str(output)) from None
        if letter.status == Letter.Status.DRAFT:
            # The app asks for approval first; here the user is printing on purpose.
            self.stderr.write("note: this letter is still a draft (not proofread and approved "
                              "in the app)")
        if options["json"]:
            self.print_json({"output": str(output), "letter": letter.pk,
                             "status": letter.status, "bytes": len(pdf)})
        else:
            self.stdout.write(str(output))
