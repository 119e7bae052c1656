"""/api/applications/{id}/events: what the employer or the candidate did."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status

from pursuit.api import selectors
from pursuit.api.common import (
    Day,
    Id,
    LongText,
    Moment,
    Pagination,
    answers,
    caller,
    owned,
    page_out,
)
from pursuit.api.enums import EventType
from pursuit.cadence.services import event_record
from pursuit.pipeline.models import Application, Event

router = Router(tags=["events"])


class EventOut(Schema):
    id: int
    application_id: int
    type: EventType
    at: datetime
    by_contact_id: int | None
    summary: str
    decision_expected_by: date | None
    created_at: datetime

    @staticmethod
    def resolve_by_contact_id(obj: Event) -> int | None:
        return obj.by_id


class EventPage(Schema):
    items: list[EventOut]
    count: int
    limit: int
    offset: int


class EventIn(Schema):
    type: EventType = Field(description="A stopping event (offer, rejection, filled, closed, "
                                         "withdrew) ends the application and its follow-ups.")
    at: Moment = Field(examples=["2030-01-01T10:00:00Z"])
    summary: LongText = ""
    by_contact_id: Id | None = Field(None, description="Who told you: one of your contacts.")
    decision_expected_by: Day | None = None


@router.get("/applications/{application_id}/events", response=answers(EventPage),
            summary="The events of an application")
def list_events(request: HttpRequest, application_id: int, filters: Query[Pagination]) -> Any:
    owned(Application, request, application_id)
    rows = selectors.events(caller(request), application_id=application_id)
    return page_out(selectors.page(rows, limit=filters.limit, offset=filters.offset))


@router.post("/applications/{application_id}/events", response=answers(EventOut, 201),
             summary="Record an event (re-plans; a stopping event closes the application)")
def create_event(request: HttpRequest, application_id: int, data: EventIn) -> Any:
    owned(Application, request, application_id)
    event = event_record(owner=caller(request), application_id=application_id, type=data.type,
                         at=data.at, summary=data.summary, by_contact_id=data.by_contact_id,
                         decision_expected_by=data.decision_expected_by)
    return Status(201, event)
