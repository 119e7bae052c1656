"""PDF letter speed (issue 4: "a PDF letter with envelope: at most 300 ms").

Prints, measured in one run, warm (fonts loaded, one PDF of each made before timing):
- the median time to make the postal letter's PDF: the Django print template rendered, then
  WeasyPrint lays out the one-page US business letter and the #10 envelope page;
- the median time WeasyPrint takes for a bare page with one paragraph (the baseline: what any
  PDF costs on this machine);
- their ratio; then PASS or FAIL against the 300 ms target (exit status 1 on FAIL).

Run: .venv/bin/python bench/bench_letters.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date

os.environ.setdefault("PURSUIT_HOME", tempfile.mkdtemp(prefix="pursuit-bench-letters-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from weasyprint import HTML  # noqa: E402

from pursuit.core.letters import default_template, render_text, sample_input  # noqa: E402
from pursuit.core.letters import template_context as context_of  # noqa: E402
from pursuit.letters.pdf import PrintedLetter, paragraphs_of, render_pdf  # noqa: E402

TARGET_MS = 300.0
RUNS = 25


def postal_letter() -> PrintedLetter:
    body = render_text(default_template("postal_letter").body, context_of(sample_input()))
    paragraphs, closing = paragraphs_of(body)
    return PrintedLetter(
        sender_lines=("Jordan Rivera", "1520 N Damen Ave", "Chicago, IL 60622"),
        recipient_lines=("Dr. Adaeze Okonkwo", "VP, Research", "Larchmont Analytics",
                         "200 W Madison St, Suite 1400", "Chicago, IL 60606"),
        day=date(2025, 3, 12), paragraphs=paragraphs, closing=closing)


def bare_page() -> bytes:
    pdf = HTML(string="<!doctype html><p>Thank you for meeting with me on Tuesday about the "
                      "Senior Data Engineer position.</p>").write_pdf()
    assert pdf is not None
    return pdf


def median_ms(make: Callable[[], bytes]) -> float:
    make()  # warm: fonts, the template cache
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        make()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    letter = postal_letter()
    pdf = render_pdf(letter)
    assert pdf.startswith(b"%PDF")
    letter_ms = median_ms(lambda: render_pdf(letter))
    baseline_ms = median_ms(bare_page)
    ok = letter_ms <= TARGET_MS
    print(f"PDF letter + #10 envelope (2 pages): median {letter_ms:6.1f} ms over {RUNS} runs")
    print(f"baseline, WeasyPrint bare 1-paragraph page: median {baseline_ms:6.1f} ms")
    print(f"ratio letter/baseline: {letter_ms / baseline_ms:.2f}x")
    print(f"{'PASS' if ok else 'FAIL'}: letter <= {TARGET_MS:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
