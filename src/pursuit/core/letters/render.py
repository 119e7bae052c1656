"""Rendering the user's letter templates: Jinja2's sandbox, limits, and loud failures.

Users write these templates, so they are untrusted code: the sandbox keeps them away from
Python's internals (`__class__`, `__globals__`, `os`), the budget of `limits` keeps them from
taking the server down (output, value sizes, loop iterations, nesting, size arguments, CPU
time: checked while the template runs), and what they print must be plain text. A field the
template names but the data lacks is an error naming that field, never an empty gap in a
letter that goes to a recruiter. A field the data has but left empty (no phone in the profile)
is never printed as a gap either: the sentence that prints it is left out, and `render_draft`
says which fields were empty, so the draft can show what is missing.

    render_text("Dear {{ recipient.first_name }},", {"recipient": {"first_name": "Adaeze"}})
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, update_wrapper
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
    nodes,
    pass_context,
)
from jinja2.runtime import BlockReference, Context, LoopContext, Macro
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEnvironment,
    SandboxedFormatter,
    SecurityError,
)
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from pursuit.core.errors import BadInput
from pursuit.core.letters import limits
from pursuit.core.letters.limits import LIMITS, Limits, TemplateLimit

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


class _Formatter(SandboxedFormatter):
    """`'{:>10}'.format(x)`: every width and precision is a size argument, and the result is
    counted field by field, so `'{0}{0}{0}...'.format(long)` stops before it is made."""

    def __init__(self, env: SandboxedEnvironment, budget: limits.Budget) -> None:
        super().__init__(env)
        self.budget = budget
        self.made = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        self.budget.accept(value)  # before repr() of a container, not after
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        self.budget.tick()
        limits.check_format_spec(self.budget, format_spec)
        self.budget.accept(value)
        text = super().format_field(value, format_spec)
        self.made += len(text)
        self.budget.fits(self.made)
        return text


class _LetterEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox (lists and dicts cannot be changed), plus the budget of `limits`: every
    operator, call, filter, loop iteration and output chunk is charged and checked."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        del self.globals["lipsum"]  # `lipsum(10**6)`: no use in a letter
        self.globals["range"] = _range
        self.filters = {name: _bounded_filter(self.filters[name], _FILTER_CHECKS.get(name))
                        for name in _FILTERS}
        self.filters["safe"] = _bounded_filter(_as_is)  # plain text: nothing to mark safe
        self.filters["upper_first"] = _bounded_filter(_upper_first)
        self._helpers = frozenset({"bounded_loop", "bounded_concat", "bounded_write",
                                   "bounded_slice"})

    # -- the parsed template gets its checks before it is compiled --------------------------
    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        _Checks().visit(tree)
        _charge_static_text(tree)
        tree.set_environment(self)
        return tree

    # -- helpers the checked tree calls --------------------------------------------------------
    def bounded_loop(self, items: Any) -> limits.Counted:
        return limits.Counted(items, limits.current())

    def bounded_concat(self, *parts: Any) -> str:
        """`a ~ b`: the parts as text, refused before it is made when too long."""
        budget = limits.current()
        budget.tick()
        size = 0
        for part in parts:
            size += len(part) if isinstance(part, str) else limits.size_of(part,
                                                                           budget.limits.value)
            budget.fits(size)
        text: str = budget.made("".join([str(part) for part in parts]))
        return text

    def bounded_write(self, chars: int) -> None:
        """The static text of a block, charged each time the block runs (a loop's body...)."""
        limits.current().write(chars)

    # -- the sandbox's hooks ---------------------------------------------------------------
    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget = limits.current()
        budget.tick()
        budget.accept(left)
        budget.accept(right)
        if operator == "+" and not _numbers(left, right):
            budget.fits(_size(budget, left) + _size(budget, right))
        elif operator == "*":
            _check_times(budget, left, right)
        elif operator == "**":
            _check_power(budget, left, right)
        elif operator == "%" and isinstance(left, str):
            limits.check_percent(budget, left, right)
        return budget.made(self.binop_table[operator](left, right))

    def bounded_slice(self, obj: Any, start: Any, stop: Any, step: Any) -> Any:
        """`s[a:b:c]`: a copy, charged like any value made."""
        budget = limits.current()
        budget.tick()
        return budget.made(self.getitem(obj, slice(start, stop, step)))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = limits.current()
        budget.tick()
        if not self.is_safe_callable(obj):
            raise SecurityError(f"a {type(obj).__name__} is not safely callable")
        # Jinja passes the loop's and block's variables along (to pass_context functions).
        scope = {key: kwargs.pop(key) for key in _SCOPE_KEYS if key in kwargs} if kwargs else {}
        owner = getattr(obj, "__self__", None)
        if owner is self and obj.__name__ in self._helpers:
            return obj(*args, **kwargs)
        if isinstance(obj, LoopContext) and args:  # `loop(item.children)`: counted too
            args = (limits.Counted(args[0], budget), *args[1:])
        elif any(type(arg) not in limits.PLAIN for arg in args):
            args = tuple([_drained(budget, arg) for arg in args])
            for arg in args:
                budget.accept(arg)
        for arg in kwargs.values():
            budget.accept(arg)
        if isinstance(owner, str | bytes):
            _check_text_method(budget, owner, obj.__name__, args, kwargs)
        elif isinstance(owner, int) and getattr(obj, "__name__", "") == "to_bytes":
            budget.width(args[0] if args else kwargs.get("length", 1), "a length")
        if not isinstance(obj, _NESTING):
            return budget.made(context.call(obj, *args, **kwargs, **scope))
        budget.enter()
        try:
            return budget.made(context.call(obj, *args, **kwargs, **scope))
        finally:
            budget.leave()

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` / `format_map` through a formatter that counts (Jinja's own wrapper,
        with `_Formatter`)."""
        if not isinstance(value, types.MethodType | types.BuiltinMethodType) \
                or value.__name__ not in ("format", "format_map"):
            return None
        text = value.__self__
        if not isinstance(text, str):
            return None
        if isinstance(text, Markup):
            raise SecurityError("formatting markup is not supported in a letter")
        is_map = value.__name__ == "format_map"

        def bounded_format(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return _Formatter(self, limits.current()).vformat(text, args, kwargs)

        return update_wrapper(bounded_format, value)


_SCOPE_KEYS = ("_loop_vars", "_block_vars")
_NESTING = (Macro, BlockReference, LoopContext)  # calls that nest: macros, blocks, `loop()`

# Jinja's filters a letter may use. Left out: the HTML ones (escape, forceescape, striptags,
# urlize, xmlattr, tojson) and pprint: a letter is plain text.
_FILTERS = ("abs", "attr", "batch", "capitalize", "center", "count", "d", "default", "dictsort",
            "filesizeformat", "first", "float", "format", "groupby", "indent", "int", "items",
            "join", "last", "length", "list", "lower", "map", "max", "min", "random", "reject",
            "rejectattr", "replace", "reverse", "round", "select", "selectattr", "slice", "sort",
            "string", "sum", "title", "trim", "truncate", "unique", "upper", "urlencode",
            "wordcount", "wordwrap")
WRAP_MAX = 20_000  # textwrap slows down quadratically on long runs of spaces


def _check_center(budget: limits.Budget, value: Any, width: Any = 80) -> None:
    budget.width(width)


def _check_indent(budget: limits.Budget, text: Any, width: Any = 4, first: bool = False,
                  blank: bool = False) -> None:
    budget.width(width, "an indent")
    pad = len(width) if isinstance(width, str) else int(width)
    text = str(text)
    budget.fits(len(text) + (text.count("\n") + 1) * max(pad, 0))


def _check_wordwrap(budget: limits.Budget, text: Any, width: Any = 79,
                    break_long_words: bool = True, wrapstring: Any = None,
                    break_on_hyphens: bool = True) -> None:
    budget.width(width)
    text = str(text)
    if len(text) > WRAP_MAX:
        raise limits.TemplateLimit(f"wraps more than {WRAP_MAX:,} characters with wordwrap")
    lines = len(text) // max(int(width), 1) + text.count("\n") + 1
    budget.fits(len(text) + lines * (len(str(wrapstring)) if wrapstring is not None else 1))


def _check_truncate(budget: limits.Budget, text: Any, length: Any = 255, killwords: bool = False,
                    end: Any = "...", leeway: Any = None) -> None:
    if leeway is not None:
        budget.width(leeway, "a leeway")


def _check_replace(budget: limits.Budget, text: Any, old: Any, new: Any,
                   count: Any = None) -> None:
    _check_replacing(budget, str(text), str(old), str(new), -1 if count is None else count)


def _check_join(budget: limits.Budget, items: Any, sep: Any = "", attribute: Any = None) -> None:
    _check_joining(budget, str(sep), items)


def _check_format(budget: limits.Budget, value: Any, *args: Any, **kwargs: Any) -> None:
    limits.check_percent(budget, str(value), kwargs or args)


def _check_batch(budget: limits.Budget, value: Any, linecount: Any,
                 fill_with: Any = None) -> None:
    budget.width(linecount, "a batch size")


def _check_slice(budget: limits.Budget, value: Any, slices: Any, fill_with: Any = None) -> None:
    budget.width(slices, "a number of slices")


def _check_round(budget: limits.Budget, value: Any, precision: Any = 0,
                 method: Any = "common") -> None:
    budget.width(precision, "a precision")  # round(x, 10**9, 'ceil') computes 10**10**9


def _check_sum(budget: limits.Budget, items: Any, attribute: Any = None, start: Any = 0) -> None:
    if not _numbers(start):  # sum(lists, start=[]) copies the list over and over
        raise limits.TemplateLimit("uses sum on something other than numbers")


_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "center": _check_center, "indent": _check_indent, "wordwrap": _check_wordwrap,
    "truncate": _check_truncate, "replace": _check_replace, "join": _check_join,
    "format": _check_format, "batch": _check_batch, "slice": _check_slice,
    "round": _check_round, "sum": _check_sum,
}


def _bounded_filter(func: Callable[..., Any],
                    check: Callable[..., None] | None = None) -> Callable[..., Any]:
    """A filter that charges the budget, checks its arguments first (an iterator becomes a
    counted list) and its result after (an iterator it returns is counted item by item)."""
    passes = getattr(func, "jinja_pass_arg", None) is not None

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        budget = limits.current()
        budget.tick()
        lead, rest = (args[:1], args[1:]) if passes else ((), args)
        if any(type(arg) not in limits.PLAIN for arg in rest):
            rest = tuple([_drained(budget, arg) for arg in rest])
            for arg in rest:
                budget.accept(arg)
        for arg in kwargs.values():
            budget.accept(arg)
        if check is not None:
            check(budget, *rest, **kwargs)
        return budget.made(func(*lead, *rest, **kwargs))

    return bounded


def _drained(budget: limits.Budget, value: Any) -> Any:
    """An iterator as a list, each item counted (so its size can be checked)."""
    if isinstance(value, Iterator) and not isinstance(value, Undefined):
        return list(value if isinstance(value, limits.Counted) else limits.Counted(value, budget))
    return value


def _range(*args: int) -> range:
    budget = limits.current()
    numbers = range(*args)
    if len(numbers) > budget.limits.iterations:
        raise limits.TemplateLimit(f"makes a range of more than {budget.limits.iterations:,} "
                                   "numbers")
    return numbers


def _numbers(*values: Any) -> bool:
    return all(isinstance(value, int | float) for value in values)


def _size(budget: limits.Budget, value: Any) -> int:
    return len(value) if isinstance(value, str) else limits.size_of(value, budget.limits.value)


def _check_times(budget: limits.Budget, left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        budget.bits(left.bit_length() + right.bit_length())
        return
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, str | bytes | list | tuple) and isinstance(count, int):
            budget.fits(_size(budget, sequence) * max(count, 0))


def _check_power(budget: limits.Budget, base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
        budget.bits(min(base.bit_length() * exponent, budget.limits.int_bits + 1))
    elif isinstance(exponent, int) and abs(exponent) > budget.limits.int_bits:
        budget.bits(abs(exponent))  # 1.0000001 ** 10**12: slow and useless


def _check_replacing(budget: limits.Budget, text: str | bytes, old: str | bytes,
                     new: str | bytes, count: Any) -> None:
    found = len(text) + 1 if not old else text.count(old)  # type: ignore[arg-type]
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    budget.fits(len(text) + found * max(len(new) - len(old), 0))


def _check_joining(budget: limits.Budget, sep: str | bytes, items: Any) -> None:
    if isinstance(items, str | bytes):
        count, size = len(items), len(items)
    else:
        items = list(items) if not isinstance(items, list | tuple) else items
        count = len(items)
        size = sum(_size(budget, item) for item in items)
    budget.fits(size + len(sep) * max(count - 1, 0))


def _check_text_method(budget: limits.Budget, text: str | bytes, name: str,
                       args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """The methods of str (and bytes) that make text longer than they were given."""
    first = args[0] if args else next(iter(kwargs.values()), None)
    if name in ("center", "ljust", "rjust", "zfill"):
        budget.width(first)
    elif name == "expandtabs":
        size = 8 if first is None else first
        budget.width(size, "a tab size")
        tabs = text.count("\t" if isinstance(text, str) else b"\t")  # type: ignore[arg-type]
        budget.fits(len(text) + tabs * max(int(size), 0))
    elif name == "replace" and len(args) >= 2:
        _check_replacing(budget, text, args[0], args[1], args[2] if len(args) > 2 else
                         kwargs.get("count", -1))
    elif name == "join" and first is not None:
        _check_joining(budget, text, first)
    elif name == "translate" and isinstance(first, Mapping):
        longest = max((len(value) for value in first.values()
                       if isinstance(value, str | bytes)), default=1)
        budget.fits(len(text) * max(longest, 1))
    elif name == "encode":
        budget.fits(len(text) * 4)


class _Checks(NodeTransformer):
    """Loops go through `bounded_loop` (each iteration counted), `a ~ b` through
    `bounded_concat` (its size checked before it is made), `s[::-1]` through `bounded_slice`
    (Jinja compiles slices as plain Python, past the sandbox's getitem)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _helper("bounded_loop", [node.iter], node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return _helper("bounded_concat", node.nodes, node.lineno)

    def visit_Getitem(self, node: nodes.Getitem) -> nodes.Node:
        self.generic_visit(node)
        if not isinstance(node.arg, nodes.Slice):  # `x[0]`, `x['a']`: the sandbox's getitem
            return node
        none = nodes.Const(None, lineno=node.lineno)
        part = node.arg
        return _helper("bounded_slice", [node.node, part.start or none, part.stop or none,
                                         part.step or none], node.lineno)


def _helper(name: str, args: list[Any], lineno: int) -> nodes.Call:
    return nodes.Call(nodes.EnvironmentAttribute(name, lineno=lineno), args, [], None, None,
                      lineno=lineno)


def _charge_static_text(tree: nodes.Template) -> None:
    """Each block (a loop's body, an `if` branch, a macro...) charges its static text when it
    runs; without this, static text in a loop would escape the output limit."""
    for node in [tree, *tree.find_all(nodes.Node)]:
        for field in ("body", "else_"):
            statements = getattr(node, field, None)
            if not isinstance(statements, list):
                continue
            static = sum(len(child.data) for statement in statements
                         if isinstance(statement, nodes.Output)
                         for child in statement.nodes if isinstance(child, nodes.TemplateData))
            if static:
                lineno = statements[0].lineno if statements else node.lineno
                statements.insert(0, nodes.ExprStmt(
                    _helper("bounded_write", [nodes.Const(static, lineno=lineno)], lineno),
                    lineno=lineno))


# Printed in place of an empty field; the sentence holding it is then left out.
_MARK = "\x00"
_MARK_RE = re.compile("\x00([^\x00]*)\x00")


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    """Only text and numbers reach the letter: a list, a function or an object printed as
    `<built-in method ...>` would leak internals and never reads well. Each printed value is
    charged to the output limit. An empty field is printed as a mark, so that its sentence can
    be left out rather than show a gap."""
    if isinstance(value, Blank):
        return f"{_MARK}{value.path}{_MARK}"
    if isinstance(value, _PRINTABLE) and not isinstance(value, bool):
        limits.current().write(len(value) if isinstance(value, str) else len(str(value)))
        return value
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    if isinstance(value, list | tuple):
        raise TemplateRuntimeError('prints a list: use |join(", ") or a loop')
    raise TemplateRuntimeError(f"cannot print a value of type {type(value).__name__}")


def _as_is(value: Any) -> Any:
    return value


def _upper_first(text: str) -> str:
    """"cut cloud costs" -> "Cut cloud costs" (Jinja's `capitalize` also lowers "Acme")."""
    return text[:1].upper() + text[1:]


_ENV = _LetterEnvironment(
    undefined=_NamedUndefined,
    autoescape=False,  # plain text: an e-mail body or a letter, never HTML
    trim_blocks=True,  # a `{% if %}` on its own line leaves no blank line behind
    lstrip_blocks=True,
    keep_trailing_newline=False,
    finalize=_finalize,
    optimized=False,  # nothing of a template runs while it is compiled, outside its budget
)


@lru_cache(maxsize=256)
def _compile(source: str) -> Template:
    return _ENV.from_string(source)


def check_syntax(source: str, *, name: str = "the template", bounds: Limits = LIMITS) -> None:
    """Raise BadInput (naming the line) when `source` is not a valid template."""
    if len(source) > bounds.source:
        raise BadInput(f"{name} is longer than {bounds.source:,} characters",
                       where="template:length")
    try:
        _compile(source)
    except TemplateSyntaxError as exc:
        raise BadInput(exc.message or "syntax error", where=f"template:line {exc.lineno}") \
            from None
    except (SyntaxError, RecursionError, MemoryError):
        # Python's own compiler refuses 20 nested loops; the parser recurses on `((((...`.
        raise BadInput(f"{name} nests its blocks or expressions too deeply",
                       where="template:line ?") from None


def render_text(source: str, context: Mapping[str, Any], *, name: str = "the template",
                bounds: Limits = LIMITS) -> str:
    """The template `source` filled in with `context`, as tidy plain text.

    Raises BadInput with `where="template:<field>"` for a missing field,
    `"template:line <n>"` for a syntax error, a forbidden operation or a template stopped by
    its limits (the message then starts with `name`, e.g. "the Follow-up e-mail template").
    """
    return render_draft(source, context, name=name, bounds=bounds).text


def render_draft(source: str, context: Mapping[str, Any], *, name: str = "the template",
                 bounds: Limits = LIMITS) -> Rendered:
    """`render_text`, and which empty fields the template printed (their sentences are left
    out of the text) or consulted: what the draft could not say."""
    check_syntax(source, name=name, bounds=bounds)
    token = limits.start(bounds)
    seen = _Seen()
    try:
        text = _compile(source).render(wrap(context, seen=seen))
    except TemplateLimit as exc:
        raise BadInput(f"{name} was stopped: it {exc.reason}",
                       where=f"template:line {_template_line(exc.__traceback__) or '?'}") \
            from None
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
    except (MemoryError, RecursionError) as exc:
        what = "needs too much memory" if isinstance(exc, MemoryError) else "nests too deeply"
        raise BadInput(f"{name} was stopped: it {what}",
                       where=f"template:line {_template_line(exc.__traceback__) or '?'}") \
            from None
    except (TypeError, ValueError, ArithmeticError, IndexError, KeyError) as exc:
        # Template code can divide by zero or index past a list like any code.
        raise BadInput(str(exc) or type(exc).__name__,
                       where=f"template:line {_template_line(exc.__traceback__) or '?'}") \
            from None
    finally:
        limits.stop(token)
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


_BLANK_LINES_RE = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row, no blank edges.

    Optional parts of a template (`{% if topics %}`) otherwise leave ragged gaps. Linear in
    the length of the text (a regex anchored at `$` after `[ \t]+` was quadratic on a long
    run of spaces).
    """
    lines = text.replace("\r\n", "\n").split("\n")
    text = "\n".join([line.rstrip(" \t") for line in lines])
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
