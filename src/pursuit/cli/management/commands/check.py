"""`pursuit check [--deploy] [--json]`: Django's system checks, plus where each setting comes from.

Every setting is listed with its value (secrets hidden) and its source: the environment, a
.env file (PURSUIT_ENV_FILE or $PURSUIT_HOME/.env), or the default. Unknown keys (a typo such as
PURSUIT_BASE_ULR) are warnings of the check itself (pursuit.W001), so `--fail-level WARNING`
fails on them.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.apps import apps
from django.core import checks
from django.core.management.commands.check import Command as DjangoCheck

from pursuit import config
from pursuit.cli.base import PursuitCommand


class Command(PursuitCommand, DjangoCheck):
    help = ("Check the installation (Django's system checks; --deploy for a server) and list "
            "each setting with its source: the environment, a .env file, or the default.")
    uses_database = False
    warns_unknown_settings = False  # they are this command's own warnings (pursuit.W001)

    def add_arguments(self, parser: ArgumentParser) -> None:
        DjangoCheck.add_arguments(self, parser)  # type: ignore[arg-type]
        for action in parser._actions:
            if action.dest == "args":  # Django leaves its positional argument without help
                action.help = "check only these apps (default: all)"
        parser.add_argument("--json", action="store_true",
                            help="print the settings and the issues found as JSON")

    def handle(self, *app_labels: Any, **options: Any) -> None:
        if options["list_tags"] or options["tags"]:
            DjangoCheck.handle(self, *app_labels, **options)
        elif options["json"]:
            self.handle_json(app_labels, options)
        else:
            self.stdout.write(settings_table())
            DjangoCheck.handle(self, *app_labels, **options)

    def handle_json(self, app_labels: tuple[str, ...], options: dict[str, Any]) -> None:
        app_configs = [apps.get_app_config(label) for label in app_labels] or None
        messages = checks.run_checks(
            app_configs=app_configs, include_deployment_checks=options["deploy"],
            databases=options["databases"])
        fail_level = getattr(checks, options["fail_level"])
        visible = [m for m in messages if not m.is_silenced()]
        self.print_json({
            "settings": config.settings_report(),
            "env_files": [str(env_file.path) for env_file in config.ENV_FILES],
            "issues": [{"id": m.id, "level": checks_level(m.level), "message": m.msg,
                        "hint": m.hint, "object": None if m.obj is None else str(m.obj)}
                       for m in visible],
            "passed": not any(m.level >= fail_level for m in visible),
        })
        if any(m.level >= fail_level for m in visible):
            raise SystemExit(1)


def checks_level(level: int) -> str:
    names = {checks.DEBUG: "DEBUG", checks.INFO: "INFO", checks.WARNING: "WARNING",
             checks.ERROR: "ERROR", checks.CRITICAL: "CRITICAL"}
    return names.get(level, str(level))


def settings_table() -> str:
    rows = config.settings_report()
    width = max(len(str(row["name"])) for row in rows) + 2
    lines = ["Settings (the environment wins over PURSUIT_ENV_FILE, which wins over "
             "$PURSUIT_HOME/.env):"]
    for row in rows:
        shown = row["value"] if row["value"] is not None else f"default: {row['default']}"
        source = "" if row["source"] == config.DEFAULT else f"  [{row['source']}]"
        lines.append(f"  {row['name']:<{width}}{shown}{source}")
    return "\n".join(lines) + "\n"
