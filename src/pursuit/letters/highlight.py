"""The letter with each finding marked in place, for the editor.

The user's text is escaped piece by piece and only our own <mark> tags are added: a contact
called `<script>` stays text. Nothing here marks user text safe without escaping it first.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from pursuit.core.proofread import Finding
from pursuit.letters.services import key_of

_LABELS = {
    "misspelling": "Spelling", "duplicated_word": "Repeated word",
    "wrong_interviewer_name": "Name", "wrong_interviewer_title": "Title",
    "wrong_company": "Company", "placeholder": "Placeholder", "desperate_tone": "Tone",
    "near_duplicate_sibling": "Too similar",
}


@dataclass(frozen=True, slots=True)
class FindingRow:
    number: int
    key: str
    finding: Finding
    dismissed: bool

    @property
    def label(self) -> str:
        return _LABELS.get(self.finding.type, self.finding.type)

    @property
    def replaceable(self) -> bool:
        """A suggestion that can be put in place (set-level advice cannot)."""
        return self.finding.start is not None and bool(self.finding.suggestion)


def finding_rows(findings: list[Finding], dismissed: frozenset[str]) -> list[FindingRow]:
    return [FindingRow(n, key_of(f), f, key_of(f) in dismissed)
            for n, f in enumerate(findings, start=1)]


def marked_text(text: str, rows: list[FindingRow]) -> SafeString:
    """`text` escaped, with <mark> around each finding's span (overlaps: the first wins)."""
    parts: list[str] = []
    position = 0
    spans = sorted((r for r in rows if r.finding.start is not None and r.finding.end),
                   key=lambda r: (r.finding.start or 0, -(r.finding.end or 0)))
    for row in spans:
        start, end = row.finding.start or 0, row.finding.end or 0
        if start < position or end > len(text):
            continue
        parts.append(escape(text[position:start]))
        parts.append(format_html(
            '<mark class="finding{}" id="finding-{}" title="{}">{}<sup>{}</sup></mark>',
            " dismissed" if row.dismissed else "", row.number, row.finding.message,
            text[start:end], row.number))
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped
