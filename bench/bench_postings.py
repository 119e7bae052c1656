"""Saving a job posting from a local page (issue 17): under 300 ms of server time each, 20
pages in a row.

Twenty posting pages (the tests' pages, each title made distinct so none is a duplicate) are
served by a small HTTP server on 127.0.0.1 (let through by PURSUIT_FETCH_ALLOW_HOSTS, set for
this run only). For each page, the server's whole part of "Save a job" is timed, in process:
  1. POST /postings/new/ with the URL (the request queues the reading),
  2. the worker's job: fetch the page, read its JobPosting data, store the result,
  3. GET the review page (the form filled in, the duplicate check),
  4. POST the form: the application created and planned ("apply by" when it closes).
Baseline, in the same run: the same 20 applications typed into the plain "New application"
form (one POST each), so the ratio says what reading the posting adds.
A first page is read before timing: importing extruct (rdflib, mf2py) costs about 1.5 s once
per process, the worker's and the web server's alike; it is printed apart.
PASS when every one of the 20 pages takes under 300 ms.
Run: .venv/bin/python bench/bench_postings.py  (exit status 1 on FAIL)
"""

from __future__ import annotations

import functools
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="pursuit-bench-postings-"))
os.environ["PURSUIT_HOME"] = str(WORK / "home")
os.environ["PURSUIT_FETCH_ALLOW_HOSTS"] = "127.0.0.1"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from pursuit.accounts.models import User  # noqa: E402
from pursuit.cli.base import ensure_database  # noqa: E402
from pursuit.jobs.models import Job  # noqa: E402
from pursuit.postings.forms import PostingForm  # noqa: E402
from pursuit.postings.services import read_of  # noqa: E402
from pursuit.worker.loop import Worker  # noqa: E402

PAGES = ROOT / "tests" / "postings" / "pages"
COUNT = 20
LIMIT_MS = 300.0


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def make_pages(folder: Path) -> list[str]:
    """COUNT posting pages with distinct titles (one posting each), as files."""
    sources = [p for p in sorted(PAGES.glob("*.html")) if p.stem != "search-results"]
    names = []
    for n in range(COUNT):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        # Every title the page carries (JSON-LD, microdata, <title>, og:title) gets a number.
        text = re.sub(r'("title"\s*:\s*")([^"]+)', rf"\g<1>\g<2> {n}", text)
        text = re.sub(r'(itemprop="title">)([^<]+)', rf"\g<1>\g<2> {n}", text)
        name = f"job-{n:02d}.html"
        (folder / name).write_text(text, encoding="utf-8")
        names.append(name)
    return names


def save_from(client: Client, worker: Worker, url: str) -> tuple[float, float, int]:
    """The server's part of saving one posting: wall seconds, CPU seconds of this process
    (the web's and the worker's work, and the little job site's), and the application's id."""
    start, cpu = time.perf_counter(), time.process_time()
    queued = client.post(reverse("posting_new"), {"url": url})
    assert queued.status_code == 302, queued.status_code
    assert worker.run_jobs(once=True) == 1
    review = client.get(queued.url)
    assert review.status_code == 200 and b"Check and save the job" in review.content
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    # What the form shows, as the browser would send it back (built outside the timing:
    # the page's own rendering of it was timed above).
    job_id = int(queued.url.rstrip("/").rsplit("/", 1)[-1])
    shown = PostingForm.initial_for(read_of(Job.objects.get(pk=job_id)).best())
    data = {k: "" if v is None else v for k, v in shown.items()}
    start, cpu = time.perf_counter(), time.process_time()
    saved = client.post(reverse("posting_save", args=[job_id]), data)
    elapsed += time.perf_counter() - start
    used += time.process_time() - cpu
    assert saved.status_code == 302, (saved.status_code, url)
    return elapsed, used, int(saved.url.rstrip("/").rsplit("/", 1)[-1])


def main() -> int:
    ensure_database()
    user = User.objects.create_user("bench@example.com", "x" * 20, full_name="Bench User")
    client = Client(HTTP_HOST="127.0.0.1")  # a host the settings allow, as a browser's
    client.force_login(user)
    worker = Worker(worker_id="bench:1")
    folder = WORK / "site"
    folder.mkdir()
    names = make_pages(folder)
    (folder / "warm.html").write_text((PAGES / "lever.html").read_text(), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        warm, _, _ = save_from(client, worker, f"{base}/warm.html")
        times, cpus, saved = [], [], []
        for name in names:
            elapsed, used, app_id = save_from(client, worker, f"{base}/{name}")
            times.append(elapsed)
            cpus.append(used)
            saved.append(app_id)
    finally:
        server.shutdown()
    assert Job.objects.filter(kind="posting", state="done").count() == COUNT + 1

    # Baseline: the same applications typed into the plain form.
    from pursuit.pipeline.models import Application

    typed, typed_cpu = [], []
    for app in Application.objects.filter(pk__in=saved).select_related("employer"):
        start, cpu = time.perf_counter(), time.process_time()
        response = client.post(reverse("application_new"), {
            "employer": app.employer.name, "role": f"{app.role} (typed)", "stage": "interested",
            "preferred_channel": "no_preference", "posting_url": app.posting_url,
            "posting_text": app.posting_text, "salary_range": app.salary_range})
        typed.append(time.perf_counter() - start)
        typed_cpu.append(time.process_time() - cpu)
        assert response.status_code == 302, response.status_code

    ms = [t * 1000 for t in times]
    cpu_ms = [t * 1000 for t in cpus]
    base_ms = statistics.median(typed) * 1000
    base_cpu = statistics.median(typed_cpu) * 1000
    print(f"warm-up page (extruct's first import included): {warm * 1000:.0f} ms")
    print(f"saving a posting from a local page, {COUNT} pages in a row: wall median "
          f"{statistics.median(ms):.0f} ms, max {max(ms):.0f} ms (total {sum(ms):.0f} ms); "
          f"CPU median {statistics.median(cpu_ms):.0f} ms, max {max(cpu_ms):.0f} ms")
    print(f"baseline, the same application typed into the form: wall median {base_ms:.0f} ms, "
          f"CPU median {base_cpu:.0f} ms")
    print(f"ratio (median posting / median typed): wall {statistics.median(ms) / base_ms:.1f}, "
          f"CPU {statistics.median(cpu_ms) / base_cpu:.1f}")
    # Wall time is the figure; on a machine shared with other work it also counts the time
    # this process waited for a core, which CPU time does not. Both are printed; the verdict
    # is on the wall clock, as a user waits.
    ok = max(ms) < LIMIT_MS
    print(f"{'PASS' if ok else 'FAIL'}: every page under {LIMIT_MS:.0f} ms of server time")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
