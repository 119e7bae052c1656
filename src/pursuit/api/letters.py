"""/api/letters: draft the letter of a touch, proofread it, dismiss a finding, approve it.

Approval is the only way a letter reaches anybody: an approved e-mail goes to the outbox (the
worker sends it), and a letter with open findings cannot be approved.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from pursuit.api import selectors
from pursuit.api.common import (
    LongText,
    Pagination,
    Str300,
    Str500,
    answers,
    caller,
    owned,
    page_out,
)
from pursuit.api.enums import LetterKind, LetterStatus
from pursuit.cadence.models import Touch
from pursuit.core.proofread import Finding
from pursuit.letters.models import Letter
from pursuit.letters.services import (
    Proofing,
    key_of,
    letter_approve,
    letter_dismiss,
    letter_draft,
    letter_proofread,
)

router = Router(tags=["letters"])


class LetterOut(Schema):
    id: int
    touch_id: int
    kind: LetterKind
    channel: str
    subject: str
    body: str
    status: LetterStatus
    shown_status: str = Field(description="What the user sees, e.g. \"Approved: queued\".")
    findings: list[dict[str, Any]] = Field(description="The last proofreading's findings.")
    dismissed: list[str] = Field(description="Keys of the findings dismissed on purpose.")
    approved_at: datetime | None
    message_id: int | None = Field(description="The outbox message of an approved e-mail.")
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_message_id(obj: Letter) -> int | None:
        return obj.touch.message_id  # the touch holds the link to its message


class LetterPage(Schema):
    items: list[LetterOut]
    count: int
    limit: int
    offset: int


class LetterFilters(Pagination):
    status: LetterStatus | None = None


class FindingOut(Schema):
    key: str = Field(description="What /dismiss takes to dismiss this finding.")
    type: str
    message: str
    severity: str
    text: str | None
    start: int | None
    end: int | None
    line: int | None
    col: int | None
    suggestion: str | None
    sibling: str | None
    similarity: float | None
    dismissed: bool


class ProofreadOut(Schema):
    text: str = Field(description="What was proofread (`Subject: ...` first for an e-mail).")
    findings: list[FindingOut]
    open: int = Field(description="Findings neither fixed nor dismissed: 0 allows approval.")


class TextIn(Schema):
    """The letter as the user has it now; fields left out keep the saved text."""

    subject: Str300 | None = None
    body: LongText | None = None


class DismissIn(TextIn):
    key: Str500


class ApproveIn(TextIn):
    send: Literal["now", "morning"] = Field(
        "now", description="An e-mail: send now, or at 8:00 on the recipient's next business "
                           "morning.")


def _finding(finding: Finding, dismissed: frozenset[str]) -> dict[str, Any]:
    key = key_of(finding)
    return {"key": key, "type": finding.type, "message": finding.message,
            "severity": finding.severity, "text": finding.text, "start": finding.start,
            "end": finding.end, "line": finding.line, "col": finding.col,
            "suggestion": finding.suggestion, "sibling": finding.sibling,
            "similarity": finding.similarity, "dismissed": key in dismissed}


def _proofing(proofing: Proofing) -> dict[str, Any]:
    return {"text": proofing.text, "open": len(proofing.open),
            "findings": [_finding(f, proofing.dismissed) for f in proofing.findings]}


def _one(request: HttpRequest, letter_id: int) -> Letter:
    owned(Letter, request, letter_id)
    return selectors.letters(caller(request)).get(pk=letter_id)


@router.post("/touches/{touch_id}/letter", response=answers(LetterOut),
             summary="The letter of a touch: the one written, else a new draft")
def draft_letter(request: HttpRequest, touch_id: int) -> Any:
    owned(Touch, request, touch_id)
    letter = letter_draft(owner=caller(request), touch_id=touch_id)
    return _one(request, letter.pk)


@router.get("/letters", response=answers(LetterPage), summary="List letters")
def list_letters(request: HttpRequest, filters: Query[LetterFilters]) -> Any:
    rows = selectors.letters(caller(request), status=filters.status or "")
    return page_out(selectors.page(rows, limit=filters.limit, offset=filters.offset))


@router.get("/letters/{letter_id}", response=answers(LetterOut), summary="One letter")
def get_letter(request: HttpRequest, letter_id: int) -> Any:
    return _one(request, letter_id)


@router.post("/letters/{letter_id}/proofread", response=answers(ProofreadOut),
             summary="Save the text (a draft only) and proofread it")
def proofread_letter(request: HttpRequest, letter_id: int, data: TextIn) -> Any:
    owned(Letter, request, letter_id)
    return _proofing(letter_proofread(owner=caller(request), letter_id=letter_id,
                                      subject=data.subject, body=data.body))


@router.post("/letters/{letter_id}/dismiss", response=answers(ProofreadOut),
             summary="Dismiss a finding that is wrong (a name the dictionary lacks, say)")
def dismiss_finding(request: HttpRequest, letter_id: int, data: DismissIn) -> Any:
    owned(Letter, request, letter_id)
    return _proofing(letter_dismiss(owner=caller(request), letter_id=letter_id, key=data.key,
                                    subject=data.subject, body=data.body))


@router.post("/letters/{letter_id}/approve", response=answers(LetterOut),
             summary="Approve a letter with no open findings (an e-mail goes to the outbox)")
def approve_letter(request: HttpRequest, letter_id: int, data: ApproveIn) -> Any:
    owned(Letter, request, letter_id)
    letter_approve(owner=caller(request), letter_id=letter_id, subject=data.subject,
                   body=data.body, send=data.send)
    return _one(request, letter_id)
