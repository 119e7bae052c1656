from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from pursuit.cli.base import PursuitCommand, read_json_file
from pursuit.core.cadence import parse_scenario, plan_scenario, plan_to_json


class Command(PursuitCommand):
    help = "Plan the follow-up touches of one scenario (see cadence.md) and print them as JSON."
    uses_database = False  # a scenario carries everything; nothing stored is read

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("scenario", help="path to a scenario JSON file")

    def handle(self, *args: Any, **options: Any) -> None:
        scenario = parse_scenario(read_json_file(options["scenario"]))
        # --json is accepted and changes nothing: this command always prints JSON.
        self.print_json(plan_to_json(plan_scenario(scenario)))
