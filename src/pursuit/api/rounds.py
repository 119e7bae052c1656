"""/api/applications/{id}/rounds and /api/rounds/{id}: interview rounds and their people."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from pydantic import model_validator

from pursuit.api import selectors
from pursuit.api.common import (
    Id,
    Moment,
    Pagination,
    Str30,
    Str200,
    Str300,
    Timezone,
    answers,
    caller,
    owned,
    page_out,
)
from pursuit.api.enums import InterviewerRole, RoundStatus
from pursuit.cadence.services import PersonIn, round_log, round_set_status
from pursuit.pipeline.models import Application, Interviewer, Round

router = Router(tags=["rounds"])


class InterviewerOut(Schema):
    id: int
    contact_id: int
    full_name: str
    position: int
    hiring_manager: bool
    role: InterviewerRole
    topics: list[str]
    cares_about: str
    next_steps: str

    @staticmethod
    def resolve_full_name(obj: Interviewer) -> str:
        return obj.contact.full_name


class RoundOut(Schema):
    id: int
    application_id: int
    number: int
    start: datetime
    end: datetime
    timezone: str
    format: str
    location: str
    status: RoundStatus
    interviewers: list[InterviewerOut]

    @staticmethod
    def resolve_interviewers(obj: Round) -> list[Interviewer]:
        return list(obj.interviewers.all())


class RoundPage(Schema):
    items: list[RoundOut]
    count: int
    limit: int
    offset: int


class InterviewerIn(Schema):
    contact_id: Id = Field(description="One of your contacts.")
    hiring_manager: bool = False
    role: InterviewerRole = InterviewerRole(Interviewer.Role.INTERVIEWER.value)
    topics: list[Str200] = Field(default_factory=list, max_length=20)


class RoundCreateIn(Schema):
    start: Moment = Field(examples=["2030-03-04T10:00:00-06:00"])
    end: Moment = Field(examples=["2030-03-04T11:00:00-06:00"])
    timezone: Timezone = Field(description="Where the round happens.",
                               examples=["America/Chicago"])
    format: Str30 = "onsite"
    location: Str300 = ""
    status: RoundStatus = RoundStatus(Round.Status.HELD.value)
    interviewers: list[InterviewerIn] = Field(min_length=1, max_length=20)


class RoundStatusIn(Schema):
    """A new status; a rescheduled round also takes its new `start` and `end`."""

    status: RoundStatus
    start: Moment | None = None
    end: Moment | None = None

    @model_validator(mode="after")
    def _both_times(self) -> RoundStatusIn:
        if (self.start is None) != (self.end is None):
            raise ValueError("send both start and end, or neither")
        return self


def _one(request: HttpRequest, round_id: int) -> Round:
    owned(Round, request, round_id)
    return selectors.round_one(caller(request), round_id).get()


@router.get("/applications/{application_id}/rounds", response=answers(RoundPage),
            summary="The rounds of an application")
def list_rounds(request: HttpRequest, application_id: int, filters: Query[Pagination]) -> Any:
    owned(Application, request, application_id)
    rows = selectors.rounds(caller(request), application_id=application_id)
    return page_out(selectors.page(rows, limit=filters.limit, offset=filters.offset))


@router.post("/applications/{application_id}/rounds", response=answers(RoundOut, 201),
             summary="Log a round with the people met (re-plans the follow-ups)")
def create_round(request: HttpRequest, application_id: int, data: RoundCreateIn) -> Any:
    owned(Application, request, application_id)
    round_ = round_log(
        owner=caller(request), application_id=application_id, start=data.start, end=data.end,
        timezone=data.timezone, format=data.format, location=data.location, status=data.status,
        people=[PersonIn(contact_id=i.contact_id, hiring_manager=i.hiring_manager, role=i.role,
                         topics=i.topics) for i in data.interviewers])
    return Status(201, _one(request, round_.pk))


@router.get("/rounds/{round_id}", response=answers(RoundOut), summary="One round")
def get_round(request: HttpRequest, round_id: int) -> Any:
    return _one(request, round_id)


@router.patch("/rounds/{round_id}", response=answers(RoundOut),
              summary="Cancel, reschedule, or mark a round held or no-show (re-plans)")
def update_round(request: HttpRequest, round_id: int, data: RoundStatusIn) -> Any:
    owned(Round, request, round_id)
    round_set_status(owner=caller(request), round_id=round_id, status=data.status,
                     start=data.start, end=data.end)
    return _one(request, round_id)
