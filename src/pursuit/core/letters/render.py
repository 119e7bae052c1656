"""Rendering the user's letter templates: Jinja2's sandbox, and loud failures.

Users write these templates, so they are untrusted code: the sandbox keeps them away from
Python's internals (`__class__`, `__globals__`, `os`), and what they print must be plain text.
A field the template names but the data lacks is an error naming that field, never an empty
gap in a letter that goes to a recruiter.

    render_text("Dear {{ recipient.first_name }},", {"recipient": {"first_name": "Adaeze"}})
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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


class FieldList(list[Any]):
    """A list that knows its dotted path (`topics[3]` is named when it is missing)."""

    path: str

    def __init__(self, values: list[Any], path: str = "") -> None:
        super().__init__(values)
        self.path = path


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


def _finalize(value: Any) -> Any:
    """Only text and numbers reach the letter: a list, a function or an object printed as
    `<built-in method ...>` would leak internals and never reads well."""
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
    check_syntax(source)
    try:
        text = _compile(source).render(wrap(context))
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
    return tidy(text)


def wrap(value: Any, path: str = "") -> Any:
    """Mappings (nested ones too) as `Fields` that know their dotted path."""
    if isinstance(value, Mapping):
        return Fields({k: wrap(v, f"{path}.{k}" if path else str(k)) for k, v in value.items()},
                      path)
    if isinstance(value, list | tuple):
        return FieldList([wrap(item, f"{path}[{n}]") for n, item in enumerate(value)], path)
    return value


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
