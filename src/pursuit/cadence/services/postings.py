"""A job saved from its posting: an application created with the posting's details, and
planned at once, since a closing date plans an "apply by" reminder (docs/cadence.md)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from pursuit.accounts.models import User
from pursuit.cadence.services.plan import application_replan
from pursuit.pipeline.models import Application, Stage
from pursuit.pipeline.services import application_create


def application_from_posting(*, owner: User, employer: str, role: str,
                             stage: str = Stage.INTERESTED, **details: Any) -> Application:
    """Create the application (details are APPLICATION_FIELDS) and plan it, in one
    transaction."""
    with transaction.atomic():
        application = application_create(owner=owner, employer=employer, role=role,
                                         stage=stage, **details)
        if application.closing_on is not None:
            application_replan(application)
    return application
