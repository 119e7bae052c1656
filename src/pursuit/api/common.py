"""What every endpoint shares: the caller, bounded input types, pagination, error bodies."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Annotated, Any, cast
from zoneinfo import available_timezones

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Model
from django.http import Http404, HttpRequest
from ninja import Field, Schema
from pydantic import AfterValidator, AwareDatetime, StringConstraints, ValidationInfo

from pursuit.accounts.models import User
from pursuit.api.selectors import Page
from pursuit.core.errors import BadInput
from pursuit.core.mail import check_header
from pursuit.core.timezones import canonical_zone, canonical_zones

# Pagination: `limit` above MAX_LIMIT is refused (422), not clamped: a client that asked for
# 1000 rows and silently got 200 would believe it had everything.
DEFAULT_LIMIT = 50
MAX_LIMIT = 200
# Beyond this an offset is certainly a mistake, and a 64-bit integer overflow in the database
# driver would otherwise be a 500.
MAX_OFFSET = 1_000_000

# Ids in paths and bodies: positive, and within a 64-bit integer, so that a client's nonsense
# id is a clean 404/422 rather than an overflow in the database driver.
MAX_ID = 2**63 - 1

# Dates the planner reasons about stay within a range where adding business days, weeks and
# timezone offsets cannot overflow Python's date type (year 1 to 9999).
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def _no_nul(value: str) -> str:
    # PostgreSQL refuses NUL in text; refusing it here keeps that from becoming a 500.
    if "\x00" in value:
        raise ValueError("text cannot contain NUL characters")
    return value


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _timezone(value: str, info: ValidationInfo) -> str:
    """A zone the picker offers (core.timezones.canonical_zones): an alias is taken as the
    zone it stands for ("Asia/Calcutta" is stored as "Asia/Kolkata", "US/Central" as
    "America/Chicago"), so the API stores what the pages show; anything else is refused with
    a 400 naming the field (BadInput goes through pydantic untouched to the API's handler)."""
    if not value:
        return value
    where = info.field_name or "timezone"
    # A set of known names rather than ZoneInfo(value): ZoneInfo("America") raises
    # IsADirectoryError and a very long name OSError, which would be 500s.
    if value not in _zones():
        raise BadInput(f"{value[:64]!r} is not a known time zone (e.g. America/Chicago)",
                       where=where)
    canonical = canonical_zone(value)
    if canonical not in canonical_zones():
        raise BadInput(f"{value!r} is not a place's time zone; name one such as "
                       "America/Chicago or UTC", where=where)
    return canonical


def _in_range(value: date) -> date:
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"the date must be between {EARLIEST} and {LATEST}")
    return value


def one_line(value: str) -> str:
    """A name that goes into the From or To of e-mails: refused with a line break (which
    could add headers of its own), as the forms refuse it."""
    try:
        check_header(value, field="")
    except BadInput:
        raise ValueError("write it on one line: it goes into e-mail headers") from None
    return value


def _email(value: str) -> str:
    # The forms' rule (Django's EmailField): a contact's address is where letters go.
    if value:
        try:
            validate_email(value)
        except ValidationError:
            raise ValueError(f"{value[:64]!r} is not an e-mail address") from None
    return value


_Clean = AfterValidator(_no_nul)
# Strings bounded by the size of the column they go into.
Str30 = Annotated[str, StringConstraints(max_length=30), _Clean]
Str60 = Annotated[str, StringConstraints(max_length=60), _Clean]
Str64 = Annotated[str, StringConstraints(max_length=64), _Clean]
Str100 = Annotated[str, StringConstraints(max_length=100), _Clean]
Str200 = Annotated[str, StringConstraints(max_length=200), _Clean]
Str254 = Annotated[str, StringConstraints(max_length=254), _Clean]
Str300 = Annotated[str, StringConstraints(max_length=300), _Clean]
Str500 = Annotated[str, StringConstraints(max_length=500), _Clean]
LongText = Annotated[str, StringConstraints(max_length=20_000), _Clean]
# A name that must say something (an employer, a role): surrounding blanks are dropped.
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
                 _Clean]
Timezone = Annotated[str, StringConstraints(max_length=64), AfterValidator(_timezone)]
# An e-mail address as the forms take it; "" where the field may be empty.
Email = Annotated[str, StringConstraints(max_length=254, strip_whitespace=True), _Clean,
                  AfterValidator(_email)]
Day = Annotated[date, AfterValidator(_in_range)]
Moment = Annotated[AwareDatetime, AfterValidator(_in_range)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def caller(request: HttpRequest) -> User:
    """The user the token or session authenticated (the only owner an endpoint acts for)."""
    return cast(User, request.auth)  # type: ignore[attr-defined]


def owned[M: Model](model: type[M], request: HttpRequest, pk: int) -> M:
    """The caller's object of that id. Another user's object is a 404, like one that does not
    exist: the answer must not tell which ids are taken."""
    found = model._default_manager.filter(owner=caller(request), pk=pk).first()
    if found is None:
        raise Http404(f"no such {model._meta.verbose_name}")
    return found


class Pagination(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT,
                       description=f"Rows per page, 1 to {MAX_LIMIT}; more is refused (422).")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")


def page_out(found: Page) -> dict[str, Any]:
    return {"items": found.items, "count": found.count, "limit": found.limit,
            "offset": found.offset}


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in words.")
    field: str | None = Field(None, description="The input at fault, when one is.")


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]] = Field(
        description="One entry per invalid input: `loc` (where), `msg`, `type`.")


ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut,
                          422: ValidationErrorOut}


def answers(ok: Any, code: int = 200) -> dict[int, Any]:
    """The responses of an endpoint: its success and every error it can give, documented so
    that clients (and schemathesis) can check each body."""
    return {code: ok, **ERRORS}
