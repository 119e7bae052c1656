"""/api/applications: list by stage, read, create, update and move between stages."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from pydantic import AfterValidator, field_validator

from pursuit.api import selectors
from pursuit.api.common import (
    Day,
    LongText,
    Name,
    Pagination,
    Str100,
    Str200,
    Str300,
    answers,
    caller,
    one_line,
    owned,
    page_out,
)
from pursuit.api.enums import ChannelName, StageName
from pursuit.cadence.services import application_move, application_update
from pursuit.contacts.models import Contact
from pursuit.pipeline.models import Application, Channel, Stage
from pursuit.pipeline.services import application_create

router = Router(tags=["applications"])


def _person(value: str) -> str:
    value = " ".join(one_line(value).split())
    # The contact made from this name keeps its first and last words in 100-character fields.
    if any(len(word) > 100 for word in value.split()):
        raise ValueError("a word of the name is longer than 100 characters")
    return value


def _url(value: str) -> str:
    if value and not value.startswith(("http://", "https://")):
        raise ValueError("the posting's address starts with http:// or https://")
    return value


PersonName = Annotated[Str300, AfterValidator(_person)]
PostingUrl = Annotated[str, Field(max_length=500), AfterValidator(_url)]


class ContactRef(Schema):
    id: int
    full_name: str


class ApplicationOut(Schema):
    id: int
    employer: str
    employer_id: int
    role: str
    stage: StageName
    preferred_channel: ChannelName
    mailing_address: str
    expected_decision_on: date | None
    posting_url: str
    posting_text: str
    applied_on: date | None
    found_via: str
    referred_by: ContactRef | None
    recruiter: ContactRef | None
    salary_range: str
    notes: str
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_employer(obj: Application) -> str:
        return obj.employer.name

    @staticmethod
    def resolve_referred_by(obj: Application) -> Contact | None:
        return obj.referred_by

    @staticmethod
    def resolve_recruiter(obj: Application) -> Contact | None:
        return obj.recruiter


class ApplicationPage(Schema):
    items: list[ApplicationOut]
    count: int
    limit: int
    offset: int


class ApplicationFilters(Pagination):
    stage: StageName | Literal["open", "closed"] | None = Field(
        None, description="One stage, or `open` / `closed` for the groups of the board.")
    q: Str100 = Field("", description="Words to find in the role or the employer's name.")


class _Details(Schema):
    preferred_channel: ChannelName = ChannelName(Channel.NO_PREFERENCE.value)
    mailing_address: LongText = ""
    expected_decision_on: Day | None = None
    posting_url: PostingUrl = ""
    posting_text: LongText = ""
    applied_on: Day | None = None
    found_via: Str200 = ""
    salary_range: Str100 = ""
    notes: LongText = ""
    referred_by: PersonName = Field("", description="A contact's name (made if new); \"\" for "
                                                    "none.")
    recruiter: PersonName = Field("", description="A contact's name (made if new); \"\" for none.")


class ApplicationCreateIn(_Details):
    employer: Name
    role: Name
    stage: StageName = StageName(Stage.APPLIED.value)


class ApplicationUpdateIn(Schema):
    """Only the fields sent change. A new `stage` moves the application as the board does: an
    ending stage records its event (offer, rejection...) and stops the follow-ups."""

    employer: Name | None = None
    role: Name | None = None
    stage: StageName | None = None
    preferred_channel: ChannelName | None = None
    mailing_address: LongText | None = None
    expected_decision_on: Day | None = None
    posting_url: PostingUrl | None = None
    posting_text: LongText | None = None
    applied_on: Day | None = None
    found_via: Str200 | None = None
    salary_range: Str100 | None = None
    notes: LongText | None = None
    referred_by: PersonName | None = None
    recruiter: PersonName | None = None

    @field_validator("employer", "role", "stage", "preferred_channel", "mailing_address",
                     "posting_url", "posting_text", "found_via", "salary_range", "notes",
                     "referred_by", "recruiter", mode="before")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # null means nothing here: "" clears a text, leaving the field out keeps it. (Dates
        # take null to clear.)
        if value is None:
            raise ValueError("leave the field out to keep it")
        return value


def _one(request: HttpRequest, application_id: int) -> Application:
    owned(Application, request, application_id)
    return selectors.applications(caller(request)).get(pk=application_id)


@router.get("/applications", response=answers(ApplicationPage), summary="List applications")
def list_applications(request: HttpRequest, filters: Query[ApplicationFilters]) -> Any:
    rows = selectors.applications(caller(request), stage=filters.stage or "", query=filters.q)
    return page_out(selectors.page(rows, limit=filters.limit, offset=filters.offset))


@router.get("/applications/{application_id}", response=answers(ApplicationOut),
            summary="One application")
def get_application(request: HttpRequest, application_id: int) -> Any:
    return _one(request, application_id)


@router.post("/applications", response=answers(ApplicationOut, 201), summary="Add an application")
def create_application(request: HttpRequest, data: ApplicationCreateIn) -> Any:
    fields = data.model_dump(exclude={"employer", "role", "referred_by", "recruiter"})
    application = application_create(owner=caller(request), employer=data.employer,
                                     role=data.role, referred_by=data.referred_by,
                                     recruiter=data.recruiter, **fields)
    return Status(201, _one(request, application.pk))


@router.patch("/applications/{application_id}", response=answers(ApplicationOut),
              summary="Change an application or move it to another stage")
def update_application(request: HttpRequest, application_id: int,
                       data: ApplicationUpdateIn) -> Any:
    owner = caller(request)
    _one(request, application_id)
    sent = data.model_dump(exclude_unset=True)
    stage = sent.pop("stage", None)
    with transaction.atomic():
        if sent:
            # What was not sent is None: the service leaves it as it is.
            application_update(owner=owner, application_id=application_id,
                               employer=sent.pop("employer", None),
                               referred_by=sent.pop("referred_by", None),
                               recruiter=sent.pop("recruiter", None), **sent)
        if stage is not None:
            application_move(owner=owner, application_id=application_id, stage=stage,
                             at=timezone.now())
    return _one(request, application_id)
