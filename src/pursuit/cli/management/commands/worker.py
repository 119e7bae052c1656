from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from pursuit.cli.base import PursuitCommand
from pursuit.worker.loop import Worker


class Command(PursuitCommand):
    help = ("Deliver approved messages, run connection checks and notice replies; runs until "
            "SIGTERM (finishing the message in hand), or once with --once.")
    holds_running_lock = True  # `pursuit restore` is refused while this runs

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--once", action="store_true",
                            help="handle what is due now, then exit (for cron and tests)")
        parser.add_argument("--lease", type=int, default=300,
                            help="seconds after which a claim of a dead worker is recovered")
        parser.add_argument("--idle-sleep", type=float, default=2.0,
                            help="seconds to wait when nothing is due")
        parser.add_argument("--imap-every", type=float, default=120.0,
                            help="seconds between two looks at the INBOXes")

    def handle(self, *args: Any, **options: Any) -> None:
        worker = Worker(lease_seconds=options["lease"], idle_sleep=options["idle_sleep"],
                        imap_every=options["imap_every"])
        worker.install_signal_handlers()
        handled = worker.run(once=options["once"])
        if options["json"]:
            self.print_json({"handled": handled})
        else:
            self.stderr.write(f"worker {worker.id}: handled {handled} messages")
