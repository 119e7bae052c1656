"""Letter templates that took a server down, or would have (issue 13): the tests and
`bench/bench_template_limits.py` share them.

Each is small (the first one of the issue was 53 characters) and passes the renderer's old
checks (`*` repeats up to 10,000 characters, `**` up to 64), so the bench can show what each
cost before the limits. `STOPPED_BY` names the limit that stops it now, as the message says
it.
"""

from __future__ import annotations

S = "{% set s = 'x' * 10000 %}"  # the longest string the old renderer let a template make

BOMBS: dict[str, str] = {
    # The issue's own: a quadratic clean-up regex, huge filter arguments, nested loops.
    "tidy_spaces": "{% for i in range(9) %}{{ ' ' * 10000 }}{% endfor %}x",
    "center": "{{ 'x'|center(300000000) }}",
    "join": "{{ (['x' * 10000] * 10000)|join }}",
    "indent": "{{ ('x\n' * 5000)|indent(100000) }}",
    "nested_loops": "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in "
                    "range(10000) %}x{% endfor %}{% endfor %}{% endfor %}",
    # Found since: recursion, growth by {% set %}, loop.cycle, dictsort, |list of range...
    "macro_recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "macro_exponential": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                         "{% endmacro %}{{ f(19) }}",
    "recursive_loop": "{% for x in [1] recursive %}{{ loop([x]) }}{% endfor %}",
    "block_recursion": "{% block a %}{{ self.a() }}{% endblock %}",
    "set_growth": "{% set n = namespace(s='x' * 1000) %}{% for i in range(40) %}"
                  "{% set n.s = n.s ~ n.s %}{% endfor %}{{ n.s|length }}",
    "loop_cycle": "{% for i in range(10000) %}{% for j in range(10000) %}"
                  "{{ loop.cycle('a', 'b') }}{% endfor %}{% endfor %}",
    "dictsort_huge": "{% set d = dict.fromkeys(range(100000), 'x') %}{% for i in range(1000) %}"
                     "{{ d|dictsort|length }}{% endfor %}",
    "list_range": "{% for i in range(100000) %}{{ range(100000)|list|length }}{% endfor %}",
    "static_text_loop": "{% for i in range(10000) %}{% for j in range(100) %}" + "x" * 100
                        + "{% endfor %}{% endfor %}",
    "filter_block": "{% filter upper %}{% for i in range(100000) %}" + S + "{{ s }}"
                    "{% endfor %}{% endfilter %}",
    "string_methods_ljust": "{{ 'x'.ljust(1000000000) }}",
    "zfill": "{{ '1'.zfill(1000000000) }}",
    "expandtabs": "{{ ('\t' * 10000).expandtabs(100000)|length }}",
    "replace_empty": S + "{{ s.replace('', s)|length }}",
    "translate": S + "{{ s.translate({120: s})|length }}",
    "percent_star": "{{ '%*s' % (1000000000, 'x') }}",
    "percent_width": "{{ '%1000000000s' % 'x' }}",
    "format_filter": "{{ '%1000000000s'|format('x') }}",
    "format_width": "{{ '{:>1000000000}'.format('x') }}",
    "format_repeat": S + "{{ ('{0}' * 3333).format(s)|length }}",
    "string_of_shared_list": S + "{{ ([s] * 10000)|string|length }}",
    "literal_slices": S + "{% set s = s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s %}{% set l = ["
                      + ", ".join(["s[::-1]"] * 1000) + "] %}{{ l|length }}",
    "map_center": "{{ range(1000)|map('center', 1000000)|join|length }}",
    "round_ceil": "{{ 1.5|round(1000000000, 'ceil') }}",
    "power_tower": "{% set n = namespace(v=9) %}{% for i in range(30) %}"
                   "{% set n.v = n.v * n.v %}{% endfor %}{{ n.v > 1 }}",
    "batch_fill": "{{ [1]|batch(1000000000, 'x')|list|length }}",
    "sum_lists": "{{ ([[1] * 100] * 10000)|sum(start=[])|length }}",
    "to_bytes": "{{ (1).to_bytes(1000000000, 'big')|length }}",
    "max_in_loop": "{% set l = range(10000)|list %}{% for i in range(10000) %}{{ l|max }}"
                   "{% endfor %}",
    "lipsum": "{{ lipsum(100000) }}",
    "wordwrap_spaces": "{% set s = ' ' * 10000 %}{{ (s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ 'x')"
                       "|wordwrap(5) }}",
    # Templates Python itself cannot compile, or whose parsing recurses.
    "deep_nesting": "{% for i in [1] %}" * 25 + "{% endfor %}" * 25,
    "deep_parentheses": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "huge_source": "{{ 1 }}" * 300_000,
}

# What stops each one now, as the message says it ("the template was stopped: it ..."): a
# regular expression, as two limits can race (10,000 iterations of `loop.cycle` take about
# as long as the CPU limit).
STOPPED_BY: dict[str, str] = {
    "tidy_spaces": "",  # not stopped: 90,000 spaces are within the limits, tidied in linear time
    "center": "uses a width of 300,000,000",
    "join": "makes a value longer than",
    "indent": "uses an indent of 100,000",
    "nested_loops": "runs more than 10,000 loop iterations",
    "macro_recursion": "nests macro calls or recursive loops more than",
    "macro_exponential": "takes more than 0.5 s of CPU time",
    "recursive_loop": "nests macro calls or recursive loops more than",
    "block_recursion": "nests macro calls or recursive loops more than",
    "set_growth": "makes a value longer than",
    "loop_cycle": "runs more than 10,000 loop iterations|takes more than 0.5 s of CPU time",
    "dictsort_huge": "makes a range of more than 10,000 numbers",
    "list_range": "makes a range of more than 10,000 numbers",
    "static_text_loop": "writes more than 100,000 characters",
    "filter_block": "makes a range of more than 10,000 numbers",
    "string_methods_ljust": "uses a width of 1,000,000,000",
    "zfill": "uses a width of 1,000,000,000",
    "expandtabs": "uses a tab size of 100,000",
    "replace_empty": "makes a value longer than",
    "translate": "makes a value longer than",
    "percent_star": "uses '%\\*' formatting",
    "percent_width": "uses a width of 1,000,000,000",
    "format_filter": "uses a width of 1,000,000,000",
    "format_width": "uses a width of 1,000,000,000",
    "format_repeat": "makes a value longer than",
    "string_of_shared_list": "makes a value longer than",
    "literal_slices": "makes more than 1,000,000 characters of values in all",
    "map_center": "uses a width of 1,000,000",
    "round_ceil": "uses a precision of 1,000,000,000",
    "power_tower": "computes a number larger than 4,096 bits",
    "batch_fill": "uses a batch size of 1,000,000,000",
    "sum_lists": "makes a value longer than",
    "to_bytes": "uses a length of 1,000,000,000",
    "max_in_loop": "takes more than 0.5 s of CPU time",
    "lipsum": "the field 'lipsum' is missing",
    "wordwrap_spaces": "wraps more than 20,000 characters",
    "deep_nesting": "nests its blocks or expressions too deeply",
    "deep_parentheses": "nests its blocks or expressions too deeply",
    "huge_source": "is longer than 10,000 characters",
}
