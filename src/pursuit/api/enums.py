"""The models' choices as enums with names of their own, for the OpenAPI schema.

Round.Status, Touch.Status and Letter.Status are all called "Status": in one schema they would
share (and overwrite) one component, and a touch's status would be checked against a letter's.
Each is re-made here under a distinct name, from the model's own values, so they cannot drift.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from django.db.models import TextChoices

from pursuit.cadence.models import Touch, TouchType
from pursuit.letters.models import Kind, Letter
from pursuit.pipeline.models import Channel, Event, Interviewer, Round, Stage


def _named(name: str, choices: type[TextChoices]) -> type[StrEnum]:
    return StrEnum(name, [(member.name, member.value) for member in choices])  # type: ignore[return-value]


if TYPE_CHECKING:  # to the type checker they are the strings they hold
    StageName = str
    ChannelName = str
    RoundStatus = str
    InterviewerRole = str
    TouchStatus = str
    TouchOutcome = str
    TouchKind = str
    EventType = str
    LetterKind = str
    LetterStatus = str
else:
    StageName = _named("Stage", Stage)
    ChannelName = _named("Channel", Channel)
    RoundStatus = _named("RoundStatus", Round.Status)
    InterviewerRole = _named("InterviewerRole", Interviewer.Role)
    TouchStatus = _named("TouchStatus", Touch.Status)
    TouchOutcome = _named("TouchOutcome", Touch.Outcome)
    TouchKind = _named("TouchType", TouchType)
    EventType = _named("EventType", Event.Type)
    LetterKind = _named("LetterKind", Kind)
    LetterStatus = _named("LetterStatus", Letter.Status)
