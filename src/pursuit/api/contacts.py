"""/api/contacts: search, read, create, update."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from django.db import transaction
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from pydantic import AfterValidator, field_validator

from pursuit.api import selectors
from pursuit.api.common import (
    Day,
    Email,
    LongText,
    Pagination,
    Str60,
    Str100,
    Str200,
    Str300,
    Timezone,
    answers,
    caller,
    one_line,
    owned,
    page_out,
)
from pursuit.contacts.models import Contact
from pursuit.contacts.services import (
    ContactIn,
    PhoneIn,
    contact_create,
    contact_pause,
    contact_update,
)

router = Router(tags=["contacts"])


def _full_name(value: str) -> str:
    value = " ".join(one_line(value).split())
    if not value:
        raise ValueError("the name is empty")
    # The first and last words become the name parts, which hold 100 characters each.
    if any(len(word) > 100 for word in value.split()):
        raise ValueError("a word of the name is longer than 100 characters")
    return value


FullName = Annotated[Str300, AfterValidator(_full_name)]


class PhoneOut(Schema):
    type: str
    e164: str | None
    ext: str
    as_printed: str


class ContactOut(Schema):
    id: int
    full_name: str
    prefix: str
    first: str
    middle: str
    last: str
    suffix: str
    credentials: str
    title: str
    company: str
    department: str
    website: str
    linkedin: str
    twitter: str
    timezone: str
    notes: str
    emails: list[str]
    phones: list[PhoneOut]
    paused_until: date | None
    keep_in_touch_days: int | None
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_emails(obj: Contact) -> list[str]:
        return [e.address for e in obj.emails.all()]

    @staticmethod
    def resolve_phones(obj: Contact) -> list[Any]:
        return list(obj.phones.all())


class ContactPage(Schema):
    items: list[ContactOut]
    count: int
    limit: int
    offset: int


class ContactFilters(Pagination):
    q: Str100 = Field("", description="Words to find in the name, company, title or e-mail.")


class ContactCreateIn(Schema):
    full_name: FullName
    title: Str200 = ""
    company: Str200 = ""
    department: Str200 = ""
    website: Str300 = ""
    linkedin: Str300 = ""
    twitter: Str100 = ""
    timezone: Timezone = Field("", description="IANA name.", examples=["America/Chicago"])
    notes: LongText = ""
    emails: list[Email] = Field(default_factory=list, max_length=10)
    phones: list[Str60] = Field(default_factory=list, max_length=10,
                                description="Numbers as written.")


class ContactUpdateIn(Schema):
    """Only the fields sent change. `email` and `phone` replace the first of each."""

    full_name: FullName | None = None
    title: Str200 | None = None
    company: Str200 | None = None
    department: Str200 | None = None
    website: Str300 | None = None
    linkedin: Str300 | None = None
    twitter: Str100 | None = None
    timezone: Timezone | None = None
    notes: LongText | None = None
    email: Email | None = None
    phone: Str60 | None = None
    paused_until: Day | None = Field(
        None, description="Hold touches to this person until that day; null lifts it.")

    @field_validator("full_name", "title", "company", "department", "website", "linkedin",
                     "twitter", "timezone", "notes", "email", "phone", mode="before")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # null means nothing for a text field: "" clears it, leaving it out keeps it.
        if value is None:
            raise ValueError("send a string (\"\" to clear), or leave the field out")
        return value


def _one(request: HttpRequest, contact_id: int) -> Contact:
    owned(Contact, request, contact_id)
    return selectors.contacts(caller(request)).get(pk=contact_id)


@router.get("/contacts", response=answers(ContactPage), summary="Search contacts")
def list_contacts(request: HttpRequest, filters: Query[ContactFilters]) -> Any:
    rows = selectors.contacts(caller(request), query=filters.q)
    return page_out(selectors.page(rows, limit=filters.limit, offset=filters.offset))


@router.get("/contacts/{contact_id}", response=answers(ContactOut), summary="One contact")
def get_contact(request: HttpRequest, contact_id: int) -> Any:
    return _one(request, contact_id)


@router.post("/contacts", response=answers(ContactOut, 201), summary="Add a contact")
def create_contact(request: HttpRequest, data: ContactCreateIn) -> Any:
    contact = contact_create(owner=caller(request), data=ContactIn(
        full_name=data.full_name, title=data.title, company=data.company,
        department=data.department, website=data.website, linkedin=data.linkedin,
        twitter=data.twitter, timezone=data.timezone, notes=data.notes,
        emails=tuple(e for e in data.emails if e.strip()),
        phones=tuple(PhoneIn(as_printed=p.strip()) for p in data.phones if p.strip()),
    ))
    return Status(201, _one(request, contact.pk))


@router.patch("/contacts/{contact_id}", response=answers(ContactOut), summary="Change a contact")
def update_contact(request: HttpRequest, contact_id: int, data: ContactUpdateIn) -> Any:
    owner = caller(request)
    owned(Contact, request, contact_id)
    sent = data.model_dump(exclude_unset=True)
    pause = "paused_until" in sent
    paused_until = sent.pop("paused_until", None)
    with transaction.atomic():
        if sent:
            contact_update(owner=owner, contact_id=contact_id, **sent)
        if pause:
            contact_pause(owner=owner, contact_id=contact_id, until=paused_until)
    return _one(request, contact_id)
