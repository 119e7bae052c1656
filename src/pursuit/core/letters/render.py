"""Rendering the user's letter templates: Jinja2's sandbox, and loud failures.

Users write these templates, so they are untrusted code: the sandbox keeps them away from
Python's internals (`__class__`, `__globals__`, `os`), and what they print must be plain text.
A field the template names but the data lacks is an error naming that field, never an empty
gap in a letter that goes to a recruiter. A field the data has but left empty (no phone in the
profile) is never printed as a gap either: the sentence that prints it is left out, and
`render_draft` says which fields were empty, so the draft can show what is missing.

    render_text("Dear {{ recipient.first_name }},", {"recipient": {"first_name": "Adaeze"}})
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import TracebackType
from typing import Any, NoReturn

from jinja2 import (
    StrictUndefined,
    Template,
    TemplateError,
    TemplateRuntimeError,
    TemplateSyntaxError,
    Undefined,
    UndefinedError,
)
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from pursuit.core.errors import BadInput

# Big enough for any letter, small enough that `{{ "x" * 10**9 }}` cannot eat the memory.
MAX_REPEAT = 10_000
MAX_EXPONENT = 64
_PRINTABLE = (str, int, float)


class Fields(dict[str, Any]):
    """A mapping that knows its dotted path, so a missing key can be named in full."""

    path: str

    def __init__(self, values: Mapping[str, Any], path: str = "") -> None:
        super().__init__(values)
        self.path = path


class _Seen(list[str]):
    """The empty fields a template looked at (`{% if candidate.phone %}`), in order."""

    def note(self, path: str) -> None:
        if path not in self:
            self.append(path)


class FieldList(list[Any]):
    """A list that knows its dotted path (`topics[3]` is named when it is missing); an empty
    one notes that the template looked at it."""

    path: str
    seen: _Seen | None

    def __init__(self, values: list[Any], path: str = "", seen: _Seen | None = None) -> None:
        super().__init__(values)
        self.path = path
        self.seen = seen

    def __len__(self) -> int:
        size = super().__len__()
        if not size and self.seen is not None:
            self.seen.note(self.path)
        return size

    def __iter__(self) -> Iterator[Any]:
        if self.seen is not None and not super().__len__():
            self.seen.note(self.path)
        return super().__iter__()


class Blank(str):
    """A field whose value is empty ("" for a phone the profile lacks). It is false and equal
    to "" like any empty text, notes that the template looked at it, and when printed marks
    its sentence to be left out (see `_drop_marked`)."""

    path: str
    seen: _Seen | None

    def __new__(cls, path: str, seen: _Seen | None = None) -> Blank:
        blank = super().__new__(cls, "")
        blank.path, blank.seen = path, seen
        return blank

    def __len__(self) -> int:
        if self.seen is not None:
            self.seen.note(self.path)
        return 0

    def __hash__(self) -> int:
        return hash("")

    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return str.__ne__(self, other)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A template filled in. `left_out`: the empty fields it printed, whose sentences were
    left out; `looked_at`: every empty field it consulted (printed or only tested)."""

    text: str
    left_out: tuple[str, ...] = ()
    looked_at: tuple[str, ...] = ()


class MissingField(UndefinedError):
    """A template used a field the data does not have; `field` is its dotted name."""

    def __init__(self, field: str) -> None:
        super().__init__(f"the field {field!r} is missing")
        self.field = field


class _NamedUndefined(StrictUndefined):
    """StrictUndefined that fails with the full dotted name (`recipient.nickname`)."""

    __slots__ = ()

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> NoReturn:
        if self._undefined_exception is not UndefinedError:
            # The sandbox reports an unsafe attribute through an Undefined: keep its error.
            raise self._undefined_exception(self._undefined_message)
        owner = self._undefined_obj
        name = str(self._undefined_name)
        if isinstance(owner, FieldList):
            raise MissingField(f"{owner.path}[{name}]")
        path = owner.path if isinstance(owner, Fields) else ""
        raise MissingField(f"{path}.{name}" if path else name)



# Every operation on an undefined value (printing, `+`, `in`, iterating...) goes through the
# base class's failure function; point them all at ours so each names the field.
for _name, _value in vars(Undefined).items():
    if _value is Undefined._fail_with_undefined_error and _name != "_fail_with_undefined_error":
        setattr(_NamedUndefined, _name, _NamedUndefined._fail_with_undefined_error)
for _name in ("__str__", "__iter__", "__len__", "__bool__", "__eq__", "__ne__", "__hash__",
              "__contains__"):
    setattr(_NamedUndefined, _name, _NamedUndefined._fail_with_undefined_error)


class _LetterEnvironment(SandboxedEnvironment):
    """The sandbox, plus limits on `*` and `**` (the sandbox leaves them unbounded)."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"exponent above {MAX_EXPONENT}")
            return left**right
        for sequence, count in ((left, right), (right, left)):
            if isinstance(sequence, str | list | tuple) and isinstance(count, int) \
                    and count * max(len(sequence), 1) > MAX_REPEAT:
                raise SecurityError(f"a repeat longer than {MAX_REPEAT} characters")
        return left * right


# Printed in place of an empty field; the sentence holding it is then left out.
_MARK = "\x00"
_MARK_RE = re.compile("\x00([^\x00]*)\x00")


def _finalize(value: Any) -> Any:
    """Only text and numbers reach the letter: a list, a function or an object printed as
    `<built-in method ...>` would leak internals and never reads well. An empty field is
    printed as a mark, so that its sentence can be left out rather than show a gap."""
    if isinstance(value, Blank):
        return f"{_MARK}{value.path}{_MARK}"
    if isinstance(value, _PRINTABLE) and not isinstance(value, bool):
        return value
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    if isinstance(value, list | tuple):
        raise TemplateRuntimeError('prints a list: use |join(", ") or a loop')
    raise TemplateRuntimeError(f"cannot print a value of type {type(value).__name__}")


_ENV = _LetterEnvironment(
    undefined=_NamedUndefined,
    autoescape=False,  # plain text: an e-mail body or a letter, never HTML
    trim_blocks=True,  # a `{% if %}` on its own line leaves no blank line behind
    lstrip_blocks=True,
    keep_trailing_newline=False,
    finalize=_finalize,
)



def _upper_first(text: str) -> str:
    """"cut cloud costs" -> "Cut cloud costs" (Jinja's `capitalize` also lowers "Acme")."""
    return text[:1].upper() + text[1:]


_ENV.filters["upper_first"] = _upper_first


@lru_cache(maxsize=256)
def _compile(source: str) -> Template:
    return _ENV.from_string(source)


def check_syntax(source: str) -> None:
    """Raise BadInput (naming the line) when `source` is not a valid template."""
    try:
        _compile(source)
    except TemplateSyntaxError as exc:
        raise BadInput(exc.message or "syntax error", where=f"template:line {exc.lineno}") \
            from None


def render_text(source: str, context: Mapping[str, Any]) -> str:
    """The template `source` filled in with `context`, as tidy plain text.

    Raises BadInput with `where="template:<field>"` for a missing field,
    `"template:line <n>"` for a syntax error or a forbidden operation.
    """
    return render_draft(source, context).text


def render_draft(source: str, context: Mapping[str, Any]) -> Rendered:
    """`render_text`, and which empty fields the template printed (their sentences are left
    out of the text) or consulted: what the draft could not say."""
    check_syntax(source)
    seen = _Seen()
    try:
        text = _compile(source).render(wrap(context, seen=seen))
    except MissingField as exc:
        line = _template_line(exc.__traceback__)
        at = f" (line {line})" if line else ""
        raise BadInput(f"the field {exc.field!r} is missing{at}",
                       where=f"template:{exc.field}") from None
    except SecurityError as exc:
        raise BadInput(f"not allowed in a template: {exc}",
                       where=f"template:line {_template_line(exc.__traceback__) or '?'}") \
            from None
    except TemplateError as exc:
        line = getattr(exc, "lineno", 0) or _template_line(exc.__traceback__)
        raise BadInput(exc.message or type(exc).__name__,
                       where=f"template:line {line or '?'}") from None
    except (TypeError, ValueError, ArithmeticError, IndexError, KeyError) as exc:
        # Template code can divide by zero or index past a list like any code.
        raise BadInput(str(exc) or type(exc).__name__,
                       where=f"template:line {_template_line(exc.__traceback__) or '?'}") \
            from None
    text, left_out = _drop_marked(text)
    return Rendered(tidy(text), left_out, tuple(seen))


def wrap(value: Any, path: str = "", *, seen: list[str] | None = None) -> Any:
    """Mappings (nested ones too) as `Fields` that know their dotted path; lists as
    `FieldList`s and empty text as `Blank`s, which note in `seen` when a template looks at
    them while empty."""
    sink = seen if isinstance(seen, _Seen) else None
    if isinstance(value, Mapping):
        return Fields({k: wrap(v, f"{path}.{k}" if path else str(k), seen=sink)
                       for k, v in value.items()}, path)
    if isinstance(value, list | tuple):
        return FieldList([wrap(item, f"{path}[{n}]", seen=sink) for n, item in enumerate(value)],
                         path, sink)
    if isinstance(value, str) and not value.strip():
        return Blank(path, sink)
    return value


# A sentence ends at . ! or ? before a space, except after a courtesy title, a common
# abbreviation or an initial ("Dr. Okonkwo", "e.g. Kafka", "J. Rivera").
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[ \t]+")
_ABBREVIATIONS = frozenset({"dr.", "mr.", "mrs.", "ms.", "mx.", "prof.", "st.", "e.g.", "i.e.",
                            "inc.", "ltd.", "co.", "jr.", "sr.", "no.", "vs.", "etc.", "approx."})
# What a line starts with that is no part of its first sentence: a bullet, a short label
# ("Voicemail: ...").
_LINE_LEAD_RE = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]+)?(?:[^\W\d_][\w ()'-]{0,40}:[ \t]+)?")


def _sentences(text: str) -> list[str]:
    """`text` (one line) cut into sentences, each with the spaces that follow it."""
    pieces: list[str] = []
    start = 0
    for end in _SENTENCE_END_RE.finditer(text):
        before = text[start:end.start()].rsplit(None, 1)[-1:] or [""]
        word = before[0].casefold()
        if word in _ABBREVIATIONS or re.fullmatch(r"[^\W\d_]\.", word):
            continue
        pieces.append(text[start:end.end()])
        start = end.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def _drop_marked(text: str) -> tuple[str, tuple[str, ...]]:
    """Leave out every sentence that printed an empty field (a line left with nothing but
    its bullet goes too); returns the text and those fields in order."""
    if _MARK not in text:
        return text, ()
    left_out: list[str] = []
    lines = []
    for line in text.split("\n"):
        if _MARK not in line:
            lines.append(line)
            continue
        lead = _LINE_LEAD_RE.match(line)
        prefix = lead.group() if lead else ""
        kept = []
        for sentence in _sentences(line[len(prefix):]):
            fields = _MARK_RE.findall(sentence)
            if fields:
                left_out.extend(field for field in fields if field not in left_out)
            else:
                kept.append(sentence)
        body = "".join(kept).rstrip()
        if body.strip(" \t,;:-"):
            lines.append(prefix + body)
    return "\n".join(lines), tuple(left_out)


_TRAILING_SPACE_RE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row, no blank edges.

    Optional parts of a template (`{% if topics %}`) otherwise leave ragged gaps.
    """
    text = _TRAILING_SPACE_RE.sub("", text.replace("\r\n", "\n"))
    return _BLANK_LINES_RE.sub("\n\n", text).strip("\n")


def _template_line(tb: TracebackType | None) -> int | None:
    """The line of the template where the error happened (Jinja rewrites the traceback so
    template frames carry the template's own line numbers)."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
