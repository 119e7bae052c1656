"""Writes about applications that move nothing in the plan: creating one (it has no round yet)
and a debrief of what was discussed with one interviewer.

Every other write to an application (rounds, people met, references, events, the details the
planner reads, deleting it) must re-plan in the same transaction, so it is a service of the
cadence: `pursuit.cadence.services` (docs/architecture.md, "Layers").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.db import transaction

from pursuit.accounts.models import User
from pursuit.contacts.services import contact_find_or_create, organization_get_or_create
from pursuit.core.errors import BadInput
from pursuit.pipeline.models import Application, Channel, Interviewer, Stage
from pursuit.pipeline.selectors import APPLICATION_FIELDS

__all__ = ["APPLICATION_FIELDS", "application_create", "interviewer_debrief"]


def application_create(*, owner: User, employer: str, role: str, stage: str = Stage.APPLIED,
                       referred_by: str = "", recruiter: str = "", is_demo: bool = False,
                       **details: Any) -> Application:
    """A new application; the referral and the recruiter are named (found among the contacts
    or created), the other details are APPLICATION_FIELDS."""
    if not employer.strip():
        raise BadInput("the employer's name is empty", where="employer")
    if not role.strip():
        raise BadInput("the role is empty", where="role")
    if stage not in Stage.values:
        raise BadInput(f"unknown stage {stage!r}", where="stage")
    unknown = set(details) - set(APPLICATION_FIELDS)
    if unknown:
        raise BadInput(f"unknown fields {sorted(unknown)}", where="application")
    channel = details.get("preferred_channel", Channel.NO_PREFERENCE)
    if channel not in Channel.values:
        raise BadInput(f"unknown channel {channel!r}", where="preferred_channel")
    with transaction.atomic():
        application = Application(
            owner=owner, employer=organization_get_or_create(owner=owner, name=employer),
            role=role.strip(), stage=stage, is_demo=is_demo)
        for name, value in details.items():
            setattr(application, name, value)
        application.referred_by = contact_find_or_create(owner=owner, name=referred_by)
        application.recruiter = contact_find_or_create(owner=owner, name=recruiter,
                                                       company=employer)
        application.save()
    return application


def interviewer_debrief(*, owner: User, interviewer_id: int, topics: Sequence[str],
                        cares_about: str, next_steps: str, notes: str = "",
                        decision_on: date | None = None) -> Interviewer:
    """Save what was discussed with one interviewer; a decision date they gave goes on the
    application (the latest one given wins)."""
    with transaction.atomic():
        try:
            interviewer = Interviewer.objects.select_related("round__application").get(
                pk=interviewer_id, owner=owner)
        except Interviewer.DoesNotExist:
            raise BadInput("no such interviewer", where="interviewer") from None
        interviewer.topics = [t.strip() for t in topics if t.strip()]
        interviewer.cares_about = cares_about
        interviewer.next_steps = next_steps
        interviewer.notes = notes
        interviewer.save(update_fields=["topics", "cares_about", "next_steps", "notes"])
        application = interviewer.round.application
        if decision_on and decision_on != application.expected_decision_on:
            application.expected_decision_on = decision_on
            application.save(update_fields=["expected_decision_on", "updated_at"])
    return interviewer
