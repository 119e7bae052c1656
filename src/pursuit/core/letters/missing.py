"""What a draft could not say, in words, and where the user fills it in.

A template that prints an empty field (the profile has no phone) loses the sentence around it
(`render.render_draft`); a template that only tests it (`{% if candidate.phone %}`) skips
that part itself. Either way the draft shows what is missing, with a link to where it is
entered: the profile, the round's debrief, the contact card, the application.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

from pursuit.core.letters.render import Rendered

Where = Literal["profile", "debrief", "contact", "application", "template"]


@dataclass(frozen=True, slots=True)
class Missing:
    """`field`: the template's dotted name; `label`: what it is, in words; `where`: the page
    where the user enters it."""

    field: str
    label: str
    where: Where

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


# Empty fields worth telling the user about even when the template only tested them: a
# letter without them is weaker (no number to call back), not merely shorter.
WANTED: dict[str, tuple[str, Where]] = {
    "candidate.phone": ("your phone number", "profile"),
    "candidate.phone_slowly": ("your phone number", "profile"),
    "candidate.address_lines": ("your return postal address", "profile"),
    "strengths": ("your strengths", "profile"),
    "top_strengths": ("your strengths", "profile"),
    "topics": ("the topics you discussed (the debrief)", "debrief"),
    "topic_phrases": ("the topics you discussed (the debrief)", "debrief"),
    "topic_list": ("the topics you discussed (the debrief)", "debrief"),
    "lines.topics": ("the topics you discussed (the debrief)", "debrief"),
}
# Other fields, named when a template printed them empty and lost a sentence.
_PRINTED: dict[str, tuple[str, Where]] = {
    "candidate.email": ("your e-mail address", "profile"),
    "candidate.linkedin": ("your LinkedIn profile", "profile"),
    "candidate.name": ("your name", "profile"),
    "candidate.first_name": ("your name", "profile"),
    "candidate.signature": ("your signature", "profile"),
    "recipient.title": ("their title", "contact"),
    "recipient.company": ("their company", "contact"),
    "recipient.email": ("their e-mail address", "contact"),
    "recipient.address_lines": ("their mailing address", "contact"),
    "recipient.prefix": ("their courtesy title", "contact"),
    "cares_about": ("what they care about (the debrief)", "debrief"),
    "lines.cares": ("what they care about (the debrief)", "debrief"),
    "interview.day": ("the interview's date", "debrief"),
    "interview.weekday": ("the interview's date", "debrief"),
    "interview.format": ("the interview's format", "debrief"),
    "role": ("the role", "application"),
    "relationship": ("how the reference knows you", "application"),
}
_INDEX_RE = re.compile(r"\[\d+\]")


def _known(field: str, table: dict[str, tuple[str, Where]]) -> tuple[str, Where] | None:
    bare = _INDEX_RE.sub("", field)  # strengths[0].phrase -> strengths.phrase
    for name in (field, bare, bare.split(".", 1)[0]):
        if name in table:
            return table[name]
    return None


def missing_of(rendered: Iterable[Rendered]) -> list[Missing]:
    """What the renderings (a subject and a body, say) could not say: every field printed
    empty, and the wanted fields tested empty; one entry per thing, in the order met."""
    found: dict[str, Missing] = {}
    for part in rendered:
        for field in part.left_out:
            label, where = _known(field, WANTED) or _known(field, _PRINTED) \
                or (f"the field {field}", "template")
            found.setdefault(label, Missing(field, label, where))
        for field in part.looked_at:
            known = _known(field, WANTED)
            if known:
                found.setdefault(known[0], Missing(field, *known))
    return list(found.values())
