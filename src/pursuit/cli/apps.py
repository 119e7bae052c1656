from django.apps import AppConfig
from django.core import checks as django_checks

from pursuit.cli import checks


class CliConfig(AppConfig):
    name = "pursuit.cli"
    label = "cli"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        django_checks.register(checks.unknown_settings_check, "pursuit")
