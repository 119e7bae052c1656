"""What the limits on letter templates cost a normal letter, and what they save on a bomb
(issue 13).

Prints, measured in one run:
1. The median time to render each shipped template (subject and body, three variants) with
   the renderer as it was before the limits (Jinja's sandbox with checks on `*` and `**`, the
   old regex clean-up: "unbounded"), with `render_text` ("bounded"), and with the other way the
   issue offers, a forked process per rendering under RLIMIT_CPU / RLIMIT_AS ("fork"); the
   ratios bounded/unbounded and fork/unbounded.
2. Each template bomb of `tests/letters/bombs.py` in a fresh process, before and after: its
   CPU time (wait4), its peak memory (VmHWM, polled, as a bomb may be killed) and how it ended.
   Before, each runs under RLIMIT_CPU (--cpu-cap, 10 s) and a 2 GiB address space, so a bomb
   that would run for minutes or eat the machine shows as ">= 10 s" or a MemoryError.

This process loads Django like a web worker, so the fork is measured at a realistic size.

Run: .venv/bin/python bench/bench_template_limits.py [--cpu-cap 10] [--only NAME,NAME]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MEMORY_CAP = 2 << 30
RUNS = 200


# --- The renderer as it was before the limits (src/pursuit/core/letters/render.py) ----------

def unbounded_renderer() -> Callable[[str, Mapping[str, Any]], str]:
    from jinja2 import TemplateRuntimeError, Undefined
    from jinja2.sandbox import SandboxedEnvironment, SecurityError

    from pursuit.core.letters.render import _NamedUndefined, wrap

    class Before(SandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**":
                if isinstance(right, int | float) and abs(right) > 64:
                    raise SecurityError("exponent above 64")
                return left**right
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(count, int) \
                        and count * max(len(sequence), 1) > 10_000:
                    raise SecurityError("a repeat longer than 10000 characters")
            return left * right

    def finalize(value: Any) -> Any:
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, Undefined):
            value._fail_with_undefined_error()
        raise TemplateRuntimeError(f"cannot print a value of type {type(value).__name__}")

    env = Before(undefined=_NamedUndefined, autoescape=False, trim_blocks=True,
                 lstrip_blocks=True, keep_trailing_newline=False, finalize=finalize)
    env.filters["upper_first"] = lambda text: text[:1].upper() + text[1:]
    trailing, blank = re.compile(r"[ \t]+$", re.MULTILINE), re.compile(r"\n{3,}")

    compiled = functools.lru_cache(maxsize=256)(env.from_string)  # as `_compile` was

    def render(source: str, context: Mapping[str, Any]) -> str:
        text = compiled(source).render(wrap(context))
        text = trailing.sub("", text.replace("\r\n", "\n"))
        return blank.sub("\n\n", text).strip("\n")

    return render


def bounded_renderer() -> Callable[[str, Mapping[str, Any]], str]:
    from pursuit.core.letters import render_text

    return render_text


# --- 1. A normal letter -----------------------------------------------------------------------

def forked(render: Callable[[str, Mapping[str, Any]], str], source: str,
           context: Mapping[str, Any]) -> str:
    """One rendering in a forked child under RLIMIT_CPU and RLIMIT_AS, the text back through
    a pipe: the cheapest form of the subprocess design."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        resource.setrlimit(resource.RLIMIT_CPU, (2, 3))
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        data = render(source, context).encode()
        os.write(write, data)
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children: unlike the wall clock, not
    inflated when other work on a shared machine takes the core."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def interleaved_medians(makers: list[Callable[[], object]], runs: int) -> list[float]:
    """Median CPU µs of each maker, timed in turn (A B A B...) so drift hits them alike."""
    for make in makers:
        make()
    times: list[list[float]] = [[] for _ in makers]
    for _ in range(runs):
        for n, make in enumerate(makers):
            start = cpu_seconds()
            make()
            times[n].append((cpu_seconds() - start) * 1e6)
    return [statistics.median(each) for each in times]


def normal_letters() -> None:
    from pursuit.core.letters import KINDS, default_template, sample_input, template_context

    before, after = unbounded_renderer(), bounded_renderer()
    contexts = [template_context(sample_input(variant=variant)) for variant in range(3)]

    def letters(render: Callable[[str, Mapping[str, Any]], str], kind: Any) -> None:
        template = default_template(kind)
        for context in contexts:
            render(template.subject, context)
            assert render(template.body, context)

    print("1. A normal letter: median CPU time per letter (subject + body; the three variants "
          f"of each shipped template), {RUNS} runs; the fork's child included")
    rows = []
    for kind in KINDS:
        body = default_template(kind).body
        assert [after(body, one) for one in contexts] == [before(body, one) for one in contexts]
        unbounded, bounded = interleaved_medians(
            [lambda kind=kind: letters(before, kind), lambda kind=kind: letters(after, kind)],
            RUNS)
        rows.append([kind, unbounded / 3, bounded / 3])
    for row in rows:  # forks last: after a fork the parent pays copy-on-write faults
        kind = row[0]
        row.append(interleaved_medians(
            [lambda kind=kind: letters(lambda text, data: forked(after, text, data), kind)],
            RUNS // 10)[0] / 3)
    print(f"   {'template':<18}{'unbounded':>11}{'bounded':>11}{'fork':>11}"
          f"{'bounded/unb.':>14}{'fork/unb.':>11}")
    for kind, unbounded, bounded, fork in rows:
        print(f"   {kind:<18}{unbounded:>9.0f}µs{bounded:>9.0f}µs{fork:>9.0f}µs"
              f"{bounded / unbounded:>13.2f}x{fork / unbounded:>10.1f}x")
    print("   geometric mean: bounded/unbounded "
          f"{statistics.geometric_mean([r[2] / r[1] for r in rows]):.2f}x, fork/unbounded "
          f"{statistics.geometric_mean([r[3] / r[1] for r in rows]):.1f}x")


# --- 2. The bombs -----------------------------------------------------------------------------

def peak_mb(pid: int | str = "self") -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def child(which: str, name: str, cpu_cap: int) -> None:
    """Render one bomb in this process and print how it ended (JSON)."""
    from tests.letters.bombs import BOMBS

    if which == "before":
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_cap, cpu_cap + 2))
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    render = unbounded_renderer() if which == "before" else bounded_renderer()
    source = BOMBS[name] if name != "(empty)" else ""
    try:
        ended = f"rendered {len(render(source, {})):,} characters"
    except MemoryError:
        ended = "MemoryError at the 2 GiB cap"
    except RecursionError:
        ended = "RecursionError (uncaught: a 500 page)"
    except SyntaxError as exc:  # Python's, not Jinja's TemplateSyntaxError
        ended = f"SyntaxError (uncaught: a 500 page): {exc.msg}" if \
            type(exc) is SyntaxError else f"{type(exc).__name__}: {exc}"[:90]
    except Exception as exc:
        ended = f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}"[:110]
    print(json.dumps({"ended": ended, "peak_mb": peak_mb()}), flush=True)


def run_child(which: str, name: str, cpu_cap: int) -> dict[str, Any]:
    process = subprocess.Popen([sys.executable, __file__, "--child", which, name,
                                "--cpu-cap", str(cpu_cap)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    peak = 0.0
    while process.poll() is None:  # a killed child cannot report its own peak
        peak = max(peak, peak_mb(process.pid))
        time.sleep(0.02)
    assert process.stdout is not None
    out = process.stdout.read().strip()
    report = json.loads(out) if out else {"ended": f"killed by signal {-process.returncode}"
                                          " (RLIMIT_CPU)", "peak_mb": 0.0}
    report["peak_mb"] = max(report["peak_mb"], peak)
    return report


def rusage_child(which: str, name: str, cpu_cap: int) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = run_child(which, name, cpu_cap)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return report


def bombs(cpu_cap: int, only: list[str]) -> None:
    from tests.letters.bombs import BOMBS

    names = only or list(BOMBS)
    empty = {which: rusage_child(which, "(empty)", cpu_cap) for which in ("before", "after")}
    print(f"\n2. Template bombs, each in a fresh process (before: capped at {cpu_cap} s of CPU "
          "and 2 GiB). An empty template costs "
          f"{empty['before']['cpu']:.2f} s / {empty['before']['peak_mb']:.0f} MB before, "
          f"{empty['after']['cpu']:.2f} s / {empty['after']['peak_mb']:.0f} MB after "
          "(start-up and imports): included below.")
    print(f"   {'bomb':<22}{'CPU before':>11}{'after':>8}{'MB before':>11}{'after':>7}  "
          "how it ended before | after")
    for name in names:
        old, new = rusage_child("before", name, cpu_cap), rusage_child("after", name, cpu_cap)
        capped = ">=" if old["ended"].startswith("killed") else "  "
        print(f"   {name:<22}{capped}{old['cpu']:>7.2f} s{new['cpu']:>6.2f} s"
              f"{old['peak_mb']:>9.0f} MB{new['peak_mb']:>5.0f} MB  {old['ended']} | "
              f"{new['ended']}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cpu-cap", type=int, default=10)
    parser.add_argument("--only", default="", help="bombs to run, comma-separated")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "NAME"))
    options = parser.parse_args()
    if options.child:
        child(*options.child, options.cpu_cap)
        return 0
    os.environ.setdefault("PURSUIT_HOME", tempfile.mkdtemp(prefix="pursuit-bench-limits-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")
    import django

    django.setup()
    import pursuit.letters.views  # noqa: F401  (a web worker's modules, for the fork's size)

    normal_letters()
    bombs(options.cpu_cap, [name for name in options.only.split(",") if name])
    return 0


if __name__ == "__main__":
    sys.exit(main())
