"""Template bombs met where letters are rendered: the template editor's preview and save,
drafting and redrafting a letter, Today's call script, the API, and `pursuit letter pdf` in
its own process. Each stops within a fixed CPU budget, and the page shows the reason like any
other template error, naming the template.

The worker renders no user template (it sends what was rendered and approved here);
`test_only_the_renderer_compiles_templates` keeps it that way."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.api.services import token_create
from pursuit.core.proofread.spelling import MAX_MISSPELLINGS
from pursuit.letters.models import Letter, LetterTemplate
from pursuit.letters.services import letter_draft
from tests.letters.bombs import BOMBS, STOPPED_BY
from tests.letters.conftest import Panel, signed_in

ROOT = Path(__file__).resolve().parents[2]
CPU_BUDGET = 5.0  # seconds of this process's CPU per request: generous, never flaky
# One of each kind of limit: a huge filter argument (memory), CPU time, output, iterations.
PAGE_BOMBS = ["center", "macro_exponential", "static_text_loop", "nested_loops", "set_growth"]


class CpuBudget:
    used = 0.0

    def __enter__(self) -> CpuBudget:
        self.started = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.used = time.process_time() - self.started
        assert self.used < CPU_BUDGET, f"{self.used:.1f} s of CPU"


def stopped(name: str, text: str) -> bool:
    return bool(re.search(STOPPED_BY[name], text))


@pytest.fixture
def client(panel: Panel) -> Client:
    return signed_in(panel.owner)


@pytest.mark.parametrize("name", PAGE_BOMBS)
def test_the_preview_shows_the_bomb_stopped_like_any_template_error(client: Client,
                                                                    name: str) -> None:
    with CpuBudget():
        response = client.post(reverse("letter_template_preview", args=["follow_up_email"]),
                               {"subject": "Checking in", "body": BOMBS[name]},
                               HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    error = html.split('class="error-box" role="alert">')[1].split("</p>")[0]
    assert "template:line 1" in error and "the Follow-up e-mail template was stopped" in error
    assert stopped(name, error.replace("&#x27;", "'"))
    assert len(html) < 5_000


@pytest.mark.parametrize("name", ["center", "macro_exponential"])
def test_saving_a_bomb_is_refused_with_the_reason(client: Client, panel: Panel,
                                                  name: str) -> None:
    with CpuBudget():
        response = client.post(reverse("letter_template", args=["thank_you_email"]),
                               {"subject": "Thanks", "body": BOMBS[name]})
    assert response.status_code == 200
    assert "the Thank-you e-mail template was stopped" in response.content.decode()
    assert not LetterTemplate.objects.filter(owner=panel.owner).exists()


def test_a_template_longer_than_the_limit_is_refused_by_the_form(client: Client) -> None:
    response = client.post(reverse("letter_template", args=["thank_you_email"]),
                           {"subject": "Thanks", "body": BOMBS["huge_source"]})
    assert response.status_code == 200
    assert "at most 10000 characters" in response.content.decode()


def store(panel: Panel, kind: str, body: str) -> None:
    """A template saved before these limits existed (or one that explodes only on real data,
    which the sample data at saving time cannot catch)."""
    LetterTemplate.objects.update_or_create(owner=panel.owner, kind=kind,
                                            defaults={"subject": "Thanks", "body": body})


@pytest.mark.parametrize("name", PAGE_BOMBS)
def test_drafting_a_letter_from_a_bomb_stops_and_says_why(client: Client, panel: Panel,
                                                          name: str) -> None:
    store(panel, "thank_you_email", BOMBS[name])
    touch = panel.thank_you(panel.people[1])
    with CpuBudget():
        response = client.get(reverse("letter_for_touch", args=[touch.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("letter_templates")
    page = response.content.decode().replace("&#x27;", "'")
    assert "Could not draft this letter" in page and "the Thank-you e-mail template was stopped"\
        in page and stopped(name, page)
    assert not Letter.objects.filter(touch=touch).exists()


def test_redrafting_from_a_bomb_keeps_the_letter(client: Client, panel: Panel) -> None:
    letter = letter_draft(owner=panel.owner, touch_id=panel.thank_you(panel.people[1]).pk)
    store(panel, "thank_you_email", BOMBS["macro_exponential"])
    with CpuBudget():
        response = client.post(reverse("letter_redraft", args=[letter.pk]), follow=True)
    assert "Could not draft it again" in response.content.decode()
    assert "takes more than 0.5 s of CPU time" in response.content.decode()
    assert Letter.objects.get(pk=letter.pk).body == letter.body


def test_todays_call_script_from_a_bomb_is_refused(client: Client, panel: Panel) -> None:
    call = panel.touch("follow_up_call")
    store(panel, "call_script", BOMBS["static_text_loop"])
    with CpuBudget():
        response = client.get(reverse("call_script", args=[call.pk]), HTTP_HX_REQUEST="true")
    assert response.status_code == 404  # as for any template that does not render


def test_the_api_answers_400_naming_the_template(panel: Panel) -> None:
    _, token = token_create(owner=panel.owner, name="script", scope="read_write")
    store(panel, "thank_you_email", BOMBS["center"])
    touch = panel.thank_you(panel.people[0])
    with CpuBudget():
        response = Client().post(f"/api/touches/{touch.pk}/letter", "{}",
                                 content_type="application/json",
                                 headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    assert response.json() == {
        "detail": "the Thank-you e-mail template was stopped: it uses a width of 300,000,000 "
                  "(the most is 1,000)",
        "field": "template:line 1"}


@pytest.mark.parametrize("name", ["join", "macro_exponential"])
def test_the_command_line_stops_a_bomb_in_its_own_process(tmp_path: Path, pursuit_home: Path,
                                                          name: str) -> None:
    """`pursuit letter pdf` renders the postal letter outside the web: a real process, whose
    CPU time and peak memory are its own (wait4). The join made 100 MB before."""
    from tests.conftest import run_pursuit

    loaded = run_pursuit("demo", "--user", "jordan@example.com", "--password-stdin",
                         home=pursuit_home, stdin="correct horse battery 42\n")
    assert loaded.returncode == 0, loaded.stderr
    with sqlite3.connect(pursuit_home / "pursuit.sqlite3") as db:
        db.execute("INSERT INTO letters_lettertemplate (owner_id, kind, subject, body, "
                   "updated_at) SELECT id, 'postal_letter', '', ?, '2025-01-01' FROM "
                   "accounts_user", (BOMBS[name],))
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PURSUIT_HOME"] = str(pursuit_home)
    report = tmp_path / "peak"
    # The real command, run as `python -m pursuit.cli.main`, noting its peak memory at exit.
    launch = ("import atexit, runpy, sys; from tests.letters.test_template_limits import "
              f"peak_mb; atexit.register(lambda: open({str(report)!r}, 'w').write("
              "str(peak_mb()))); sys.argv[0] = 'pursuit'; "
              "runpy.run_module('pursuit.cli.main', run_name='__main__')")
    process = subprocess.Popen(
        [sys.executable, "-c", launch, "letter", "pdf", "1", "--output",
         str(tmp_path / "x.pdf")], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    stdout, stderr = process.stdout.read(), process.stderr.read()  # a line or two each
    _, status, usage = os.wait4(process.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2, stdout + stderr
    assert "the Postal letter template was stopped: it " in stderr and stopped(name, stderr)
    assert not (tmp_path / "x.pdf").exists()
    assert usage.ru_utime + usage.ru_stime < 3 * CPU_BUDGET  # Django's start-up included
    assert float(report.read_text()) < 250  # MB, Django and all


def test_only_the_renderer_compiles_templates() -> None:
    """Every user template goes through `core.letters.render` (and its limits): no other
    module of Pursuit imports Jinja, so nothing else (the worker included) can render one."""
    source = ROOT / "src" / "pursuit"
    importers = sorted(str(path.relative_to(source)) for path in source.rglob("*.py")
                       if re.search(r"^\s*(from|import) jinja2", path.read_text(), re.MULTILINE))
    assert importers == ["core/letters/limits.py", "core/letters/render.py"]


def test_the_page_lists_the_limits(client: Client) -> None:
    page = client.get(reverse("letter_template", args=["postal_letter"])).content.decode()
    assert "writes more than 100000 characters" in page


MADE_UP_WORDS = ('{% for a in "bcdfghjklmnprs" %}{% for b in "aeiou" %}'
                 '{% for c in "bcdfghjklmnprs" %}{% for d in "aeiou" %}'
                 'zq{{ a ~ b ~ c ~ d }}x {% endfor %}{% endfor %}{% endfor %}{% endfor %}')


def test_a_draft_of_thousands_of_made_up_words_opens_in_the_editor_quickly(
        client: Client, panel: Panel) -> None:
    """Within the limits, a template can still write 4,900 different made-up words: the
    proofreader stops after 100 misspellings (no letter a person wrote has as many) and looks
    up suggestions for the first 50 only: 10 s of CPU each time the editor opened before."""
    store(panel, "thank_you_email", MADE_UP_WORDS)
    touch = panel.thank_you(panel.people[1])
    with CpuBudget():
        response = client.get(reverse("letter_for_touch", args=[touch.pk]), follow=True)
    assert response.status_code == 200
    letter = Letter.objects.get(touch=touch)
    assert len(letter.findings) == MAX_MISSPELLINGS
    assert sum(1 for finding in letter.findings if finding["suggestion"]) <= 50
