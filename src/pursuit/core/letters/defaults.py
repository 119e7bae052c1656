"""The shipped templates, one file per kind in `defaults/`, and the kinds of letter.

A file may start with a `Subject: ...` line (a template too); the rest is the body. Users get
their own editable copy of any of them; the file stays the default they can go back to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Kind = Literal["thank_you_email", "follow_up_email", "postal_letter", "call_script",
               "reference_alert", "withdrawal_note", "thanks_after_offer", "announcement"]

KINDS: dict[Kind, str] = {
    "thank_you_email": "Thank-you e-mail (or letter, when there is no e-mail)",
    "follow_up_email": "Follow-up e-mail",
    "postal_letter": "Postal letter",
    "call_script": "Call script and voicemail",
    "reference_alert": "Reference alert",
    # After an accepted offer (career mode).
    "withdrawal_note": "Withdrawal note (after you accept another offer)",
    "thanks_after_offer": "Thank-you to the people who helped (references, referrers, coach)",
    "announcement": "Your new role, told to your network",
}
# Kinds that have a subject line (sent by e-mail, or at least able to be).
WITH_SUBJECT: frozenset[Kind] = frozenset({"thank_you_email", "follow_up_email",
                                           "reference_alert", "withdrawal_note",
                                           "thanks_after_offer", "announcement"})


@dataclass(frozen=True, slots=True)
class TemplateText:
    subject: str
    body: str


@cache
def default_template(kind: Kind) -> TemplateText:
    if kind not in KINDS:
        raise KeyError(kind)
    text = resources.files(__package__).joinpath("defaults", f"{kind}.txt").read_text("utf-8")
    return split_subject(text)


def split_subject(text: str) -> TemplateText:
    """`Subject: x` on the first line becomes the subject; the blank line after it goes."""
    first, _, rest = text.partition("\n")
    if first.startswith("Subject:"):
        return TemplateText(first.removeprefix("Subject:").strip(), rest.lstrip("\n"))
    return TemplateText("", text)
