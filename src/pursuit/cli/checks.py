"""System checks of `pursuit check` (and of every Django command that runs checks)."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Warning

from pursuit.config import unknown_settings


def unknown_settings_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """A key Pursuit does not read, in a .env file or a PURSUIT_* one in the environment: most
    often a typo (PURSUIT_BASE_ULR), which would otherwise leave the setting at its default."""
    return [
        Warning(f"unknown setting {unknown.name} in {unknown.where}",
                hint=f"did you mean {unknown.suggestion}?" if unknown.suggestion
                else "Pursuit does not read it; see .env.example for the settings it reads",
                obj=unknown.name, id="pursuit.W001")
        for unknown in unknown_settings()
    ]
