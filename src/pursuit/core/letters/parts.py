"""A letter template as the parts a user changes: subject, greeting, paragraphs, sign-off.

The form on the template page edits these parts; what is stored and rendered is still the
template's source (`to_source`), so a form-made template goes through the same sandboxed
renderer and limits as hand-written code. `from_source` reads a source back into parts, and
refuses (`Unreadable`, with the reason in words) whenever the parts would not give back the
very same source: the page then opens the code view, and no code is ever lost.

A part's text is plain words with placeholders (`{{ recipient.first_name }}`, from
`placeholders(kind)`); no other code. A paragraph (or the subject) may have several wordings:
the people of one round get them in turn (the first person the first wording, the second the
second..., `variant % n`), which the source says as `{% if variant % n == k %}`. A paragraph
written in code that the form cannot show as words (`{% if topics %}...`) is kept as it is: it
can be moved or removed in the form and changed in the code view; so is a subject in code. A
comment or `{% set %}` at the top is kept too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pursuit.core.errors import BadInput
from pursuit.core.letters.defaults import TemplateText

_CAREER = frozenset({"withdrawal_note", "thanks_after_offer", "announcement"})

# (field, what it gives, the kinds it is offered for: empty for all).
_PLACEHOLDERS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("recipient.salutation", "their salutation (Dr. Okonkwo, else the first name)", frozenset()),
    ("recipient.first_name", "their first name", frozenset()),
    ("recipient.last_name", "their last name", frozenset()),
    ("recipient.name", "their name", frozenset()),
    ("recipient.full_name", "their full name, with Dr. or the like", frozenset()),
    ("recipient.title", "their job title", frozenset()),
    ("recipient.company", "their company", frozenset()),
    ("employer", "the employer", frozenset()),
    ("role", "the role", frozenset()),
    ("interview.day", "the interview's day (March 11)", frozenset()),
    ("interview.weekday", "the interview's weekday", frozenset()),
    ("topic_list", "the topics you discussed, in words", frozenset()),
    ("cares_about", "what they care about (your debrief)", frozenset()),
    ("lines.subject", "a subject, worded for each person", frozenset({"thank_you_email"})),
    ("lines.opening", "an opening, worded for each person", frozenset({"thank_you_email"})),
    ("lines.cares", "what they care about, answered by a strength",
     frozenset({"thank_you_email"})),
    ("lines.closing", "a closing, worded for each person", frozenset({"thank_you_email"})),
    ("lines.greeting", "a greeting word (Dear, Hello, Hi), for each person",
     frozenset({"thank_you_email"})),
    ("lines.sign_off", "a sign-off word, for each person", frozenset({"thank_you_email"})),
    ("interviewer_list", "the people who may call", frozenset({"reference_alert"})),
    ("relationship", "how the reference knows you", frozenset({"reference_alert"})),
    ("career.new_role", "your new role", _CAREER),
    ("career.new_employer", "your new employer", _CAREER),
    ("candidate.name", "your name", frozenset()),
    ("candidate.first_name", "your first name", frozenset()),
    ("candidate.email", "your e-mail", frozenset()),
    ("candidate.phone", "your phone", frozenset()),
    ("candidate.phone_slowly", "your phone, to be said slowly", frozenset({"call_script"})),
    ("candidate.linkedin", "your LinkedIn", frozenset()),
    ("candidate.signature", "your signature block", frozenset()),
    ("today", "today's date", frozenset()),
)

_PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")
_BLANK_LINES_RE = re.compile(r"\n[ \t]*\n\s*")
_PREAMBLE_RE = re.compile(r"(?:\s*(?:\{#.*?#\}|\{%-?\s*set\s[^\n]*?%\}))*\s*", re.DOTALL)
_OPEN_RE = re.compile(r"\{%-?\s*(if|for|macro|call|filter|block|with|raw|set)\b(.*?)%\}")
_CLOSE_RE = re.compile(r"\{%-?\s*end(if|for|macro|call|filter|block|with|raw|set)\b")
_CHOICE_RE = re.compile(r"\{% (?:if|elif) variant % (\d+) == (\d+) %\}|\{% else %\}|\{% endif %\}")


def placeholders(kind: str) -> list[tuple[str, str]]:
    """The fields the form offers for a kind of letter, with what each gives."""
    return [(name, about) for name, about, kinds in _PLACEHOLDERS if not kinds or kind in kinds]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Words (one or more wordings, given in turn to the people of a round), or a paragraph
    kept as the code it is written in."""

    wordings: tuple[str, ...] = ("",)
    code: str = ""


@dataclass(frozen=True, slots=True)
class Parts:
    subject: tuple[str, ...]
    greeting: str
    paragraphs: tuple[Paragraph, ...]
    sign_off: str
    preamble: str = ""  # comments and `{% set %}` at the top of the code, kept as they are
    # A subject written in code the form cannot show as wordings (the career thank-you's
    # "Thank you: I am joining X" only when X may be told): kept as it is, like a code
    # paragraph, and changed in the code view. `subject` is then empty.
    subject_code: str = ""


class Unreadable(Exception):
    """The form cannot show this template without changing its code: use the code view."""


# --- Parts to source -------------------------------------------------------------------------

def _choose(wordings: tuple[str, ...], *, inline: bool) -> str:
    """One wording, or the wordings given in turn by the person's place in the round."""
    if len(wordings) == 1:
        return wordings[0]
    n = len(wordings)
    pieces: list[str] = []
    for k, wording in enumerate(wordings):
        tag = "{% if" if k == 0 else "{% elif"
        pieces.append("{% else %}" if k == n - 1 else f"{tag} variant % {n} == {k} %}}")
        pieces.append(wording)
    pieces.append("{% endif %}")
    return "".join(pieces) if inline else "\n".join(pieces)


def to_source(parts: Parts) -> TemplateText:
    chunks = [parts.greeting] if parts.greeting else []
    chunks += [p.code or _choose(p.wordings, inline=False) for p in parts.paragraphs]
    chunks += [parts.sign_off] if parts.sign_off else []
    body = parts.preamble + "\n\n".join(chunks) + "\n"
    if parts.subject_code:
        return TemplateText(parts.subject_code, body)
    return TemplateText(_choose(parts.subject, inline=True) if parts.subject else "", body)


# --- Source to parts -------------------------------------------------------------------------

def _is_text(text: str, known: set[str]) -> bool:
    if "{%" in text or "{#" in text:
        return False
    rest = _PLACEHOLDER_RE.sub(lambda m: "" if m.group(1) in known else "{{", text)
    return "{{" not in rest


def _balanced(code: str) -> bool:
    opened = sum(1 for m in _OPEN_RE.finditer(code)
                 if m.group(1) != "set" or "=" not in m.group(2))
    return opened == len(_CLOSE_RE.findall(code))


def _choices(text: str, *, inline: bool, known: set[str]) -> tuple[str, ...] | None:
    """The wordings of `{% if variant % n == 0 %}...{% else %}...{% endif %}`, else None."""
    pieces = _CHOICE_RE.split(text)
    # split() gives: text, n, k, text, n, k, ... with None for the groups of else/endif.
    texts = pieces[0::3]
    if len(texts) < 4 or texts[0] or texts[-1]:
        return None
    wordings = tuple(t.strip("\n") if not inline else t for t in texts[1:-1])
    if not all(w and _is_text(w, known) and not _BLANK_LINES_RE.search(w) for w in wordings):
        return None
    return wordings if _choose(wordings, inline=inline) == text else None


def _paragraph(chunk: str, known: set[str]) -> Paragraph:
    if _is_text(chunk, known):
        return Paragraph((chunk,))
    wordings = _choices(chunk, inline=False, known=known)
    return Paragraph(wordings) if wordings else Paragraph(code=chunk)


def _greeting_like(chunk: str, known: set[str]) -> bool:
    return "\n" not in chunk and chunk.rstrip().endswith(",") and _is_text(chunk, known)


def _sign_off_like(chunk: str, known: set[str]) -> bool:
    lines = chunk.split("\n")
    return len(lines) <= 3 and lines[0].rstrip().endswith(",") and _is_text(chunk, known)


def from_source(template: TemplateText, kind: str) -> Parts:
    """The parts of a template, or Unreadable when they would not give back its very code."""
    known = {name for name, _ in placeholders(kind)}
    subject, subject_code = template.subject, ""
    if not subject:
        wordings: tuple[str, ...] = ()
    elif _is_text(subject, known):
        wordings = (subject,)
    else:
        wordings = _choices(subject, inline=True, known=known) or ()
        if not wordings:
            if not _balanced(subject):
                raise Unreadable("the subject's code is not complete")
            subject_code = subject
    body = template.body.replace("\r\n", "\n")
    preamble = _PREAMBLE_RE.match(body).group(0)  # type: ignore[union-attr]
    chunks = [c for c in _BLANK_LINES_RE.split(body[len(preamble):].rstrip()) if c.strip()]
    for chunk in chunks:
        if not _balanced(chunk):
            raise Unreadable("a tag such as {% if %} or {% for %} runs across paragraphs")
    greeting = chunks.pop(0) if chunks and _greeting_like(chunks[0], known) else ""
    sign_off = chunks.pop() if chunks and _sign_off_like(chunks[-1], known) else ""
    parts = Parts(wordings, greeting, tuple(_paragraph(c, known) for c in chunks), sign_off,
                  preamble, subject_code)
    again = to_source(parts)
    if again.subject != subject or again.body.rstrip() != body.rstrip():
        raise Unreadable("the code is laid out in a way the form would change")
    return parts


# --- Checking what was typed -----------------------------------------------------------------

def check_text(text: str, *, kind: str, label: str, where: str) -> None:
    """Words and known placeholders only; BadInput naming the field otherwise."""
    if "{%" in text or "{#" in text:
        raise BadInput(f"{label}: “{{%” and “{{#” start code, which the form does not take "
                       "(use the Code view)", where=where)
    known = {name for name, _ in placeholders(kind)}
    for match in _PLACEHOLDER_RE.finditer(text):
        if match.group(1) not in known:
            raise BadInput(f"{label}: {{{{ {match.group(1)} }}}} is not a placeholder this "
                           "letter can use; pick one from the list", where=where)
    if "{{" in _PLACEHOLDER_RE.sub("", text):
        raise BadInput(f"{label}: a placeholder is written as {{{{ name }}}}, one of the list",
                       where=where)


def fields_of(parts: Parts) -> list[tuple[str, str, str]]:
    """(label, form field, text) of every part a user types: what `check_text` reads."""
    found = [(f"Subject, wording {j + 1}" if len(parts.subject) > 1 else "Subject",
              f"subject-{j}", text) for j, text in enumerate(parts.subject)]
    found.append(("Greeting", "greeting", parts.greeting))
    for i, paragraph in enumerate(parts.paragraphs):
        if not paragraph.code:
            many = len(paragraph.wordings) > 1
            found += [(f"Paragraph {i + 1}" + (f", wording {j + 1}" if many else ""),
                       f"p-{i}-{j}", text) for j, text in enumerate(paragraph.wordings)]
    found.append(("Sign-off", "sign_off", parts.sign_off))
    return found


def _words(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def cleaned(parts: Parts) -> Parts:
    """What is saved: ends trimmed, empty wordings and paragraphs gone, and a paragraph of one
    wording typed with a blank line inside becomes two paragraphs (a blank line is where one
    paragraph ends). Several wordings with a blank line: BadInput naming the field."""
    paragraphs: list[Paragraph] = []
    for i, paragraph in enumerate(parts.paragraphs):
        if paragraph.code:
            paragraphs.append(paragraph)
            continue
        wordings = tuple(w for w in map(_words, paragraph.wordings) if w)
        if len(wordings) == 1:
            paragraphs += [Paragraph((p,)) for p in _BLANK_LINES_RE.split(wordings[0])]
        elif wordings:
            for j, wording in enumerate(paragraph.wordings):
                if _BLANK_LINES_RE.search(_words(wording)):
                    raise BadInput(f"Paragraph {i + 1}, wording {j + 1}: a wording is one "
                                   "paragraph, without a blank line", where=f"p-{i}-{j}")
            paragraphs.append(Paragraph(wordings))
    subject = tuple(" ".join(w.split()) for w in parts.subject if w.strip())
    return Parts(() if parts.subject_code else subject, " ".join(parts.greeting.split()),
                 tuple(paragraphs), _words(parts.sign_off), parts.preamble, parts.subject_code)
