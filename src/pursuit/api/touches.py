"""/api/touches: what is planned and done; complete, skip or snooze one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from pursuit.api import selectors
from pursuit.api.common import (
    Day,
    Id,
    LongText,
    Pagination,
    Str500,
    answers,
    caller,
    owned,
    page_out,
)
from pursuit.api.enums import TouchKind, TouchOutcome, TouchStatus
from pursuit.cadence.models import Touch
from pursuit.cadence.services import touch_complete, touch_skip, touch_snooze

router = Router(tags=["touches"])


class TouchOut(Schema):
    id: int
    application_id: int
    type: TouchKind
    channel: str
    contact_id: int | None
    recipient_name: str
    round_id: int | None
    week: int | None
    due_on: date
    not_before: datetime | None
    deadline: datetime | None
    address: str
    status: TouchStatus
    outcome: TouchOutcome | None
    done_at: datetime | None
    snoozed_until: date | None
    note: str
    cancelled_by: str
    updated_at: datetime

    @staticmethod
    def resolve_outcome(obj: Touch) -> str | None:
        return obj.outcome or None


class TouchPage(Schema):
    items: list[TouchOut]
    count: int
    limit: int
    offset: int


class TouchFilters(Pagination):
    status: TouchStatus | None = None
    due_from: Day | None = Field(None, description="Due on or after this day.")
    due_to: Day | None = Field(None, description="Due on or before this day.")
    application_id: Id | None = None


class CompleteIn(Schema):
    outcome: TouchOutcome | None = Field(None, description="For a call: how it went.")
    note: LongText = ""


class SkipIn(Schema):
    reason: Str500 = ""


class SnoozeIn(Schema):
    until: Day = Field(description="A day after the touch is due.", examples=["2099-01-05"])


def _one(request: HttpRequest, touch_id: int) -> Touch:
    return owned(Touch, request, touch_id)


@router.get("/touches", response=answers(TouchPage), summary="List touches")
def list_touches(request: HttpRequest, filters: Query[TouchFilters]) -> Any:
    rows = selectors.touches(caller(request), status=filters.status or "",
                             due_from=filters.due_from, due_to=filters.due_to,
                             application_id=filters.application_id)
    return page_out(selectors.page(rows, limit=filters.limit, offset=filters.offset))


@router.get("/touches/{touch_id}", response=answers(TouchOut), summary="One touch")
def get_touch(request: HttpRequest, touch_id: int) -> Any:
    return _one(request, touch_id)


@router.post("/touches/{touch_id}/complete", response=answers(TouchOut),
             summary="Mark a touch done (re-plans); done twice is done once")
def complete_touch(request: HttpRequest, touch_id: int, data: CompleteIn) -> Any:
    _one(request, touch_id)
    touch_complete(owner=caller(request), touch_id=touch_id, outcome=data.outcome or "",
                   note=data.note)
    return _one(request, touch_id)


@router.post("/touches/{touch_id}/skip", response=answers(TouchOut),
             summary="Skip a touch on purpose (re-plans)")
def skip_touch(request: HttpRequest, touch_id: int, data: SkipIn) -> Any:
    _one(request, touch_id)
    touch_skip(owner=caller(request), touch_id=touch_id, reason=data.reason)
    return _one(request, touch_id)


@router.post("/touches/{touch_id}/snooze", response=answers(TouchOut),
             summary="Move a touch to a later day")
def snooze_touch(request: HttpRequest, touch_id: int, data: SnoozeIn) -> Any:
    _one(request, touch_id)
    touch_snooze(owner=caller(request), touch_id=touch_id, until=data.until)
    return _one(request, touch_id)
