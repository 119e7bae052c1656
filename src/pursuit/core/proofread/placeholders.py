"""Leftover placeholders: template fields nobody filled in ({{name}}, [Company], <NAME>, XXX)."""

from __future__ import annotations

import re

from pursuit.core.proofread.context import ProofreadContext
from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding

# (substrings one of which must be in the letter, pattern). Each pattern starts with a literal
# where it can, and the substrings let a clean letter skip most of them: a single alternation
# of all of them cost a letter-long scan at every position.
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (triggers, re.compile(pattern)) for triggers, pattern in (
        (("{",), r"\{\{[^{}\n]{0,80}\}\}"  # Jinja / Mustache
                 r"|\{%[^\n]{0,80}?%\}"  # a Jinja statement
                 r"|\{[^{}\n]{1,60}\}"),  # {name}
        (("$",), r"\$(?:\{[^{}\n]{0,60}\}|[A-Z][A-Z_]+\b)"),  # ${name}, $COMPANY
        # [Company], [insert topic] — not [sic], not a Markdown link [text](url), not [1].
        (("[",), r"\[(?!sic\])(?=[^\]\n]*[^\W\d_])[^\[\]\n]{1,60}\](?!\()"),
        # <NAME>, <company name>; an address in brackets has @ or : and is not matched.
        (("<",), r"<[^\W\d_][\w .\-]{0,40}>"),
        (("%",), r"%(?:\(\w+\))?[sd]\b"),  # printf-style
        (("XX", "xxx", "TBD", "TODO", "FIXME"), r"\b(?:X{2,}|x{3,}|TBD|TODO|FIXME)\b"),
        (("___", "???"), r"_{3,}|\?{3,}"),  # blanks to fill
        (("orem ipsum",), r"\b[Ll]orem ipsum\b"),
    )
)


def find_placeholders(letter: Letter, context: ProofreadContext) -> list[Finding]:
    text = letter.text
    matches = [
        match.span()
        for triggers, pattern in _PATTERNS if any(trigger in text for trigger in triggers)
        for match in pattern.finditer(text)
    ]
    findings: list[Finding] = []
    taken_until = -1
    for start, end in sorted(matches, key=lambda span: (span[0], -span[1])):
        if start < taken_until:
            continue  # inside a longer placeholder: ${name} is not also {name}
        taken_until = end
        findings.append(letter.finding(
            "placeholder", start, end, "Leftover placeholder: fill it in before sending.",
            _fill_for(text[start:end], context),
        ))
    return findings


def _fill_for(placeholder: str, context: ProofreadContext) -> str | None:
    """Guess the context value a placeholder stands for from the words inside it."""
    words = set(re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", placeholder).lower()))
    interviewer = context.interviewer
    name_parts = interviewer.name.split()
    if words & {"company", "employer", "organization", "organisation", "firm", "org"}:
        return context.company_short_name
    own = words & {"my", "candidate", "sender", "signature", "me"}
    # "[Your Name]" in a template is the writer's own name; "[Interviewer name]" is not.
    if own or ("your" in words and words & {"name", "email", "phone"}
               and not words & {"interviewer", "their", "recipient"}):
        if words & {"email", "mail"}:
            return context.candidate_email
        if words & {"phone", "number", "tel"}:
            return context.candidate_phone
        return context.candidate_name
    if words & {"date", "day", "when"}:
        return _interview_day(context)
    if words & {"topic", "topics", "subject", "discussed"}:
        return context.topics_discussed[0] if context.topics_discussed else None
    if "title" in words or ("position" in words and words & {"their", "his", "her"}):
        return interviewer.title
    if words & {"role", "position", "job", "opening"}:
        return context.role
    if words & {"first", "firstname", "given"}:
        return name_parts[0]
    if words & {"last", "lastname", "surname", "family"}:
        return name_parts[-1]
    if words & {"name", "interviewer", "recipient", "manager", "contact", "person", "you"}:
        if "full" in words or not interviewer.prefix:
            return interviewer.name
        return f"{interviewer.prefix} {name_parts[-1]}"
    return None


def _interview_day(context: ProofreadContext) -> str | None:
    start = context.interview_start
    if start is None:
        return None
    return f"{start:%B} {start.day}"
