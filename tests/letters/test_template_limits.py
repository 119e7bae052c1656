"""A letter template cannot take the server down (issue 13): every bomb is stopped while it
renders, within a fixed CPU and memory budget, with a message naming the template and the
limit; everything a real letter does still works.

Pure: the core renderer, no database (the pages, the API and the command line are in
test_template_limits_pages.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from pursuit.core.errors import BadInput
from pursuit.core.letters import render_text, tidy
from pursuit.core.letters.limits import LIMITS
from tests.letters.bombs import BOMBS, STOPPED_BY

ROOT = Path(__file__).resolve().parents[2]
CPU_BUDGET = 5.0  # seconds: generous; the slowest bomb took 85 s before, every one is < 1 s now
MEMORY_BUDGET_MB = 200  # peak RSS of a process that renders all of them; one took 1.2 GB before


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: Linux carries the high-water
    mark of the process that forked over exec, so a child of a big pytest would report its
    parent's."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024  # type: ignore[union-attr]


@pytest.mark.parametrize("name", list(BOMBS))
def test_each_bomb_stops_within_the_cpu_budget_with_a_clear_message(name: str) -> None:
    started = time.thread_time()
    try:
        text = render_text(BOMBS[name], {}, name="the Follow-up e-mail template")
    except BadInput as stopped:
        assert STOPPED_BY[name], f"{name} should have rendered: {stopped}"
        assert re.search(STOPPED_BY[name], stopped.message), stopped.message
        assert stopped.where is not None and stopped.where.startswith("template:")
        if "field" not in stopped.message:  # a missing field names the field instead
            assert stopped.message.startswith("the Follow-up e-mail template ")
    else:
        assert not STOPPED_BY[name], f"{name} rendered {len(text):,} characters"
        assert text.endswith("x")  # tidy_spaces: 90,000 spaces, tidied in linear time
    assert time.thread_time() - started < CPU_BUDGET


def test_the_bombs_stay_within_a_memory_budget() -> None:
    """All of them in a fresh process (its own peak RSS); an address-space cap keeps a
    regression from taking this machine down with it: it would show as a wrong message."""
    code = """
import json, resource
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
resource.setrlimit(resource.RLIMIT_CPU, (120, 130))
from pursuit.core.errors import BadInput
from pursuit.core.letters import render_text
from tests.letters.bombs import BOMBS
from tests.letters.test_template_limits import peak_mb
before = peak_mb()
messages = {}
for name, source in BOMBS.items():
    try:
        messages[name] = "rendered %d" % len(render_text(source, {}))
    except BadInput as exc:
        messages[name] = exc.message
cpu = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"before_mb": before, "peak_mb": peak_mb(),
                  "cpu": cpu.ru_utime + cpu.ru_stime, "messages": messages}))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for name, message in report["messages"].items():
        assert re.search(STOPPED_BY[name], message) if STOPPED_BY[name] else \
            message.startswith("rendered"), (name, message)
    assert report["peak_mb"] < MEMORY_BUDGET_MB, report["peak_mb"]
    assert report["cpu"] < CPU_BUDGET * 6  # all 40 together, imports included


def test_the_message_names_the_template_and_the_line() -> None:
    with pytest.raises(BadInput) as stopped:
        render_text("Dear {{ name }},\n\n{{ name|center(5000000) }}", {"name": "Minh"},
                    name="the Postal letter template")
    assert stopped.value.where == "template:line 3"
    assert stopped.value.message == ("the Postal letter template was stopped: it uses a width "
                                     "of 5,000,000 (the most is 1,000)")


def test_output_is_counted_while_rendering_static_text_in_loops_too() -> None:
    line = "x" * 99 + "\n"
    at_limit = "{% for i in range(1000) %}" + line + "{% endfor %}"
    assert len(render_text(at_limit, {})) == LIMITS.output - 1  # the last newline is tidied
    with pytest.raises(BadInput, match="writes more than 100,000 characters"):
        render_text("{% for i in range(1001) %}" + line + "{% endfor %}", {})
    # Printed values, macro output and {% set %} blocks count as well.
    with pytest.raises(BadInput, match="writes more than 100,000 characters"):
        render_text("{% macro m() %}{{ 'y' * 1000 }}{% endmacro %}"
                    "{% for i in range(200) %}{% set b %}{{ m() }}{% endset %}{% endfor %}", {})


def test_nested_loops_multiply() -> None:
    assert render_text("{% for a in range(100) %}{% for b in range(99) %}{% endfor %}"
                       "{% endfor %}.", {}) == "."
    with pytest.raises(BadInput, match="runs more than 10,000 loop iterations"):
        render_text("{% for a in range(100) %}{% for b in range(100) %}{% endfor %}"
                    "{% endfor %}", {})


def test_each_rendering_has_its_own_budget_even_in_threads() -> None:
    big = "{% for i in range(9) %}{{ 'x' * 10000 }}{% endfor %}"  # 90,000 of 100,000
    results: dict[str, object] = {}

    def render(key: str, source: str) -> None:
        try:
            results[key] = len(render_text(source, {}))
        except BadInput as exc:
            results[key] = exc.message

    threads = [threading.Thread(target=render, args=(f"big{n}", big)) for n in range(4)]
    threads.append(threading.Thread(target=render, args=("bomb", BOMBS["max_in_loop"])))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[f"big{n}"] for n in range(4)] == [90_000] * 4
    assert "takes more than 0.5 s of CPU time" in str(results["bomb"])
    assert len(render_text(big, {})) == 90_000  # and again, after them


def test_tidy_is_linear_on_long_runs_of_spaces() -> None:
    started = time.thread_time()
    assert tidy("a" + " " * 1_000_000 + "b  \n\n\n\nc \t") == "a" + " " * 1_000_000 + "b\n\nc"
    assert tidy(" " * 1_000_000) == ""
    assert time.thread_time() - started < CPU_BUDGET  # the regex it replaces: hours


@pytest.mark.parametrize(("source", "refused"), [
    ("{{ [1]|tojson }}", "No filter named 'tojson'"),
    ("{{ [1]|pprint }}", "No filter named 'pprint'"),
    ("{{ 'a'|urlize }}", "No filter named 'urlize'"),
    ("{{ 'a'|e }}", "No filter named 'e'"),
    ("{% set l = [1] %}{{ l.append(2) }}", "not allowed in a template"),
    ("{{ ''.__class__ }}", "not allowed in a template"),
    ("{{ [[1]]|sum(start=[]) }}", "uses sum on something other than numbers"),
    ("{{ '%99999999999999999999s' % 'x' }}", "uses a width of 999999999999... (the most is"),
    ("{{ '{:0>{}}'.format(1, 5000) }}", "uses a width of 5,000 (the most is 1,000)"),
])
def test_what_a_letter_cannot_use(source: str, refused: str) -> None:
    with pytest.raises(BadInput) as caught:
        render_text(source, {})
    assert refused in str(caught.value)


def test_a_template_may_be_ten_thousand_characters_long() -> None:
    assert render_text("x" * LIMITS.source, {}) == "x" * LIMITS.source
    with pytest.raises(BadInput) as caught:
        render_text("x" * (LIMITS.source + 1), {}, name="the Call script template")
    assert caught.value.where == "template:length"
    assert caught.value.message == "the Call script template is longer than 10,000 characters"


KITCHEN_SINK = """\
{%- macro item(x, width=12) -%}[{{ x|string|center(width) }}]{%- endmacro -%}
{%- macro boxed() -%}<{{ caller() }}>{%- endmacro -%}
{% set ns = namespace(total=0) -%}
{% for p in people if p.name -%}
{{ loop.index }}/{{ loop.length }} {{ p.name|title }}{{ "," if not loop.last else "." }} \
{{ loop.cycle('odd', 'even') }}{% set ns.total = ns.total + p.score %}
{% endfor -%}
total {{ ns.total }}; mean {{ (ns.total / people|length)|round(2) }}; 2**10={{ 2 ** 10 }}
{{ "%-8s|%5.1f|%03d"|format("left", 3.14159, 7) }} {{ "%s and %s" % ("a", "b") }}
{{ "{:>6}|{:<4}|{:^7}|{:,}".format("r", "l", "c", 1234567) }} {{ "{0[0]}".format(topics) }}
{{ topics|join(", ") }} | {{ (topics + ["ops"])|map("upper")|join("/") }} | {{ topics[::-1]|first }}
{{ "abcdef"[1:4] }} {{ "Hello World"[::-1] }} {{ ("ab" * 3) ~ "!" }} {{ "x".ljust(3, ".") }}|
{{ item("mid") }} {% call boxed() %}inside{% endcall %} {{ range(3)|list|sum }}
{% filter upper %}shout {{ topics[0] }}{% endfilter %} {% set block %}kept{% endset %}{{ block }}
{{ people|selectattr("score", "gt", 1)|map(attribute="name")|join(",") }} \
{{ people|sort(attribute="score", reverse=true)|map(attribute="name")|first or "nobody" }} \
{{ {"b": 2, "a": 1}|dictsort|map("first")|join }} {{ [1, 2, 3, 4, 5]|batch(2)|list|length }}
{{ "the quick brown fox jumps"|wordwrap(10) }}
{{ "a long sentence to cut"|truncate(12) }} {{ "one\\ntwo"|indent(2) }} \
{{- " " ~ "aXbX"|replace("X", "-") }}
{% for node in tree recursive %}{{ node.name }}{% if node.kids %}({{ loop(node.kids) }}){% endif %}\
{% endfor %} {{ "é".encode("utf-8")|length }} {{ "a,b".split(",")|length }} {{ 7 // 2 }} {{ 7 % 3 }}
"""


def test_a_letter_that_uses_everything_still_renders() -> None:
    """Loops, macros, call blocks, namespaces, formatting, slices, filters, recursive loops:
    the same text as Jinja's own sandbox without the limits."""
    context = {"people": [{"name": "ada lovelace", "score": 3}, {"name": "", "score": 9},
                          {"name": "minh nguyen", "score": 1}],
               "topics": ["kafka", "on-call"],
               "tree": [{"name": "a", "kids": [{"name": "b", "kids": [{"name": "c",
                                                                        "kids": []}]}]}]}
    text = render_text(KITCHEN_SINK, context)
    assert text == """\
1/2 Ada Lovelace, odd2/2 Minh Nguyen. eventotal 4; mean 1.33; 2**10=1024
left    |  3.1|007 a and b
     r|l   |   c   |1,234,567 kafka
kafka, on-call | KAFKA/ON-CALL/OPS | on-call
bcd dlroW olleH ababab! x..|
[    mid     ] <inside> 3
SHOUT KAFKA kept
ada lovelace, nobody ab 3
the quick
brown fox
jumps
a long... one
  two a-b-
a(b(c)) 2 2 3 1"""
    unbounded = SandboxedEnvironment(undefined=StrictUndefined, trim_blocks=True,
                                     lstrip_blocks=True).from_string(KITCHEN_SINK)
    assert text == tidy(unbounded.render(context))
