"""A new application, planned at once: a posting's closing date plans an "apply by" reminder
(docs/cadence.md), so creating one with a closing date moves the plan."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from pursuit.accounts.models import User
from pursuit.cadence.services.plan import application_replan
from pursuit.pipeline.models import Application, Stage
from pursuit.pipeline.services import application_create


def application_add(*, owner: User, employer: str, role: str,
                             stage: str = Stage.INTERESTED, **details: Any) -> Application:
    """Create the application (details are APPLICATION_FIELDS) and plan it, in one
    transaction."""
    with transaction.atomic():
        application = application_create(owner=owner, employer=employer, role=role,
                                         stage=stage, **details)
        if application.closing_on is not None:
            application_replan(application)
    return application
