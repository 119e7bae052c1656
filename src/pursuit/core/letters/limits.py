"""What one rendering of a user's template may cost, and the budget that enforces it.

The sandbox keeps a template away from Python's internals; these limits keep it from taking
the server down. A template is stopped (with the reason, by `render.render_text`) as soon as
it goes over any of them, while it runs, never after:

- the text it writes (every output chunk, static text too, macro and `{% set %}` buffers too);
- the size of any one value it makes (a string's characters; a list's or a dict's items,
  counted deep, so `[s] * 1000` is as big as the text it would print) and of all of them
  together, so memory stays small whatever the template does;
- loop iterations, all loops together (nested loops multiply), and the items that filters
  such as `map` or `batch` hand out;
- macro calls and recursive loops nested in each other;
- size arguments: widths, counts and paddings (`center`, `indent`, `'%10s'`, `'{:>10}'`,
  `.ljust`, `batch`, `round`...);
- the number of bits of an integer it computes (`9 ** 9 ** 9`);
- the CPU time of the thread that renders it.

Every filter, method call, operator, loop iteration and output chunk charges the budget, and
the CPU time is read every few charges. No single step a template can take is long (each is
bounded by the sizes above), so the CPU limit really stops a template, in the web process,
the worker or the command line alike.
"""

from __future__ import annotations

import re
import time
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateRuntimeError, Undefined
from jinja2.utils import Namespace


@dataclass(frozen=True, slots=True)
class Limits:
    source: int = 10_000  # characters of template (the longest shipped one has 2,600)
    output: int = 100_000  # characters written, all output chunks together
    value: int = 100_000  # size of any one value (characters, items counted deep)
    made: int = 1_000_000  # size of all values made during one rendering
    iterations: int = 10_000  # loop iterations and items handed out by filters, all together
    depth: int = 20  # macro calls and recursive loops nested in each other
    width: int = 1_000  # any width, padding, count or precision argument
    int_bits: int = 4_096  # an integer the template computes (about 1,200 digits)
    cpu_seconds: float = 0.5  # CPU time of the rendering thread


LIMITS = Limits()
PLAIN = frozenset({str, int, float, bool, type(None)})  # types whose size needs no counting
_CLOCK_EVERY = 8  # read the CPU clock every this many charges (a read costs about 1 µs)


class TemplateLimit(TemplateRuntimeError):
    """A template went over one of its limits; `reason` completes "the template ...". """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NoBudget(RuntimeError):
    """A bounded operation ran outside a rendering (Jinja folding constants while compiling):
    refused, so it runs later, inside the rendering, under the budget."""


def _n(number: float) -> str:
    return f"{number:,}"


class Budget:
    """The running costs of one rendering. Not shared: one per `render_text` call."""

    __slots__ = ("deadline", "depth", "iterations", "limits", "made_total", "ticks", "written")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.deadline = time.thread_time() + limits.cpu_seconds
        self.ticks = self.written = self.made_total = self.iterations = self.depth = 0

    def tick(self) -> None:
        self.ticks += 1
        if not self.ticks % _CLOCK_EVERY and time.thread_time() > self.deadline:
            raise TemplateLimit(f"takes more than {self.limits.cpu_seconds:g} s of CPU time")

    def write(self, chars: int) -> None:
        self.written += chars
        if self.written > self.limits.output:
            raise TemplateLimit(f"writes more than {_n(self.limits.output)} characters")
        self.tick()

    def step(self) -> None:
        self.iterations += 1
        if self.iterations > self.limits.iterations:
            raise TemplateLimit(f"runs more than {_n(self.limits.iterations)} loop iterations "
                                "(all loops together; nested loops multiply)")
        self.tick()

    def fits(self, size: int, what: str = "a value") -> None:
        """Before an operation that would make a value of `size`."""
        if size > self.limits.value:
            raise TemplateLimit(f"makes {what} longer than {_n(self.limits.value)} characters "
                                "or items")

    def width(self, value: Any, what: str = "a width") -> None:
        """A size argument: a width, padding, count or precision."""
        if isinstance(value, str):
            value = len(value)
        if isinstance(value, int | float) and abs(value) > self.limits.width:
            raise TemplateLimit(f"uses {what} of {_n(value)} (the most is "
                                f"{_n(self.limits.width)})")

    def accept(self, value: Any) -> None:
        """An argument: values bigger than any a template may make are refused, so a list
        literal full of one long string cannot be printed or joined."""
        if type(value) not in PLAIN:
            self.fits(size_of(value, self.limits.value), "a value")

    def made(self, value: Any) -> Any:
        """After an operation: the value it made is within the limits; returns it."""
        kind = type(value)
        if kind is str:
            size = len(value)
        elif kind is int or isinstance(value, int):
            if value.bit_length() > self.limits.int_bits:
                raise TemplateLimit(f"computes a number larger than {_n(self.limits.int_bits)} "
                                    "bits")
            size = 1
        elif kind in PLAIN or isinstance(value, Undefined):
            size = 1
        elif isinstance(value, Iterator):
            return value if kind is Counted else Counted(value, self)
        else:
            size = size_of(value, self.limits.value)
        self.fits(size)
        self.made_total += size
        if self.made_total > self.limits.made:
            raise TemplateLimit(f"makes more than {_n(self.limits.made)} characters of values "
                                "in all")
        return value

    def bits(self, bits: int) -> None:
        if bits > self.limits.int_bits:
            raise TemplateLimit(f"computes a number larger than {_n(self.limits.int_bits)} "
                                "bits")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.limits.depth:
            raise TemplateLimit(f"nests macro calls or recursive loops more than "
                                f"{self.limits.depth} deep")

    def leave(self) -> None:
        self.depth -= 1


class Counted(Iterator[Any]):
    """An iterator that charges one iteration per item: loops, and what filters hand out."""

    __slots__ = ("budget", "items")

    def __init__(self, items: Any, budget: Budget) -> None:
        self.items = iter(items)
        self.budget = budget

    def __next__(self) -> Any:
        item = next(self.items)
        self.budget.step()
        return item


_CURRENT: ContextVar[Budget | None] = ContextVar("pursuit_template_budget", default=None)


def current() -> Budget:
    budget = _CURRENT.get()
    if budget is None:
        raise NoBudget("only while rendering")
    return budget


def start(limits: Limits) -> Any:
    """Open a budget for one rendering; returns the token for `stop`."""
    return _CURRENT.set(Budget(limits))


def stop(token: Any) -> None:
    _CURRENT.reset(token)


def size_of(value: Any, limit: int) -> int:
    """How big `value` is when printed, roughly: characters of text, digits of a number, and
    for containers their items counted deep (a list holding one string twice is twice as
    big). Stops counting past `limit`; never recurses."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes | bytearray):
            total += len(item)
        elif isinstance(item, bool) or item is None or isinstance(item, float):
            total += 1
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, range):
            total += len(item)
        elif isinstance(item, Mapping):
            total += 4 * len(item)
            if total <= limit:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 4 * len(item)
            if total <= limit:
                stack.extend(item)
        elif isinstance(item, KeysView | ValuesView | ItemsView):
            stack.append(getattr(item, "mapping", ()))
        elif isinstance(item, Namespace):
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        else:
            total += 1
        if total > limit:
            return total
    return total


# --- Size arguments of printf-style and str.format formatting -----------------------------------

_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)",
                           re.DOTALL)
_DIGITS = re.compile(r"\d+")


def check_percent(budget: Budget, fmt: str, args: Any) -> None:
    """`fmt % args`: each width and precision is a size argument, `*` is refused (the width
    would come from the data), and the result must fit."""
    specs = 0
    widest = 0
    for match in _PERCENT_SPEC.finditer(fmt):
        width, precision, conversion = match.groups()
        if conversion == "%":
            continue
        if "*" in (width, precision):
            raise TemplateLimit("uses '%*' formatting: write the width in the template")
        for number in (width, precision):
            if number:
                _check_digits(budget, number)
                widest = max(widest, int(number))
        specs += 1
    if isinstance(args, Mapping):
        items: Any = list(args.values())
    elif isinstance(args, tuple):
        items = list(args)
    else:
        items = [args]
    biggest = max((size_of(item, budget.limits.value) for item in items), default=0)
    budget.fits(len(fmt) + specs * (widest + biggest))


def check_format_spec(budget: Budget, spec: str) -> None:
    """`'{:>10.2f}'`: every number in the spec is a size argument."""
    for number in _DIGITS.findall(spec):
        _check_digits(budget, number)


def _check_digits(budget: Budget, number: str) -> None:
    if len(number) > 12:  # not even turned into a number
        raise TemplateLimit(f"uses a width of {number[:12]}... (the most is "
                            f"{_n(budget.limits.width)})")
    budget.width(int(number))
