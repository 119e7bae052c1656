"""The account's data as JSON: one list of rows per table, every row the user owns.

Simple on purpose (a table-by-table dump); it is what the user takes away, not an import format.
"""

from __future__ import annotations

from typing import Any

from pursuit.accounts.models import Strength, User
from pursuit.cadence.models import Touch
from pursuit.contacts.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactSource,
    Organization,
)
from pursuit.pipeline.models import (
    Application,
    ApplicationReference,
    Event,
    Interviewer,
    Reference,
    Round,
)

_PROFILE = ("email", "full_name", "timezone", "country", "subdivision", "workday_start",
            "workday_end", "pipeline_target", "phone", "return_address", "linkedin",
            "signature", "target_roles", "date_joined")
_TABLES = {
    "strengths": Strength, "organizations": Organization, "contacts": Contact,
    "contact_emails": ContactEmail, "contact_phones": ContactPhone,
    "contact_addresses": ContactAddress, "contact_sources": ContactSource,
    "applications": Application, "rounds": Round, "interviewers": Interviewer,
    "references": Reference, "application_references": ApplicationReference, "events": Event,
    "touches": Touch,
}


def account_export(user: User) -> dict[str, Any]:
    """Everything the user owns: the profile and every table's rows (one query per table)."""
    data: dict[str, Any] = {"format": "pursuit-export/1",
                            "profile": {f: getattr(user, f) for f in _PROFILE}}
    for name, model in _TABLES.items():
        rows = model.objects.filter(owner=user).order_by("pk").values()  # type: ignore[attr-defined]
        data[name] = [{k: v for k, v in row.items() if k != "owner_id"} for row in rows]
    return data
