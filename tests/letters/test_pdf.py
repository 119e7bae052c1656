"""The postal letter on paper: a US business letter and a #10 envelope, read back with
poppler's pdfinfo and pdftotext; and `pursuit letter pdf`."""

from __future__ import annotations

import re
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from pursuit.letters import selectors, services
from pursuit.letters.pdf import render_pdf
from pursuit.pipeline.services import application_create
from tests.letters.conftest import Panel

RECIPIENT = ["Dr. Adaeze Okonkwo", "VP, Research", "Larchmont Analytics",
             "200 W Madison St, Suite 1400", "Chicago, IL 60606"]
RETURN_ADDRESS = ["Jordan Rivera", "1520 N Damen Ave", "Chicago, IL 60622"]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "2", str(path)], capture_output=True,
                         text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def page_text(path: Path, page: int) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path),
                          "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in out.splitlines() if line.strip()]


@pytest.fixture
def letter_pdf(panel: Panel, tmp_path: Path) -> Path:
    letter = services.application_postal_letter(owner=panel.owner,
                                                application_id=panel.application.pk)
    printed = selectors.printed_letter(selectors.letter_for(panel.owner, letter.pk),
                                       day=panel.round.start.date())
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_pdf(printed))
    return path


def test_the_pdf_has_a_letter_page_and_an_envelope_page(letter_pdf: Path) -> None:
    info = pdf_info(letter_pdf)
    assert info["Pages"].strip() == "2"
    sizes = [value.strip() for key, value in info.items() if key.startswith("Page") and
             key.endswith("size")]
    assert sizes[0].startswith("612 x 792 pts")  # US Letter
    assert sizes[1].startswith("684 x 297 pts")  # #10 envelope: 9.5 x 4.125 in


def test_the_letter_holds_both_addresses_and_the_text(letter_pdf: Path) -> None:
    lines = page_text(letter_pdf, 1)
    for expected in RETURN_ADDRESS + RECIPIENT + ["Dear Dr. Okonkwo,", "Sincerely,"]:
        assert expected in lines, expected
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", line) for line in lines)  # the date
    assert lines.index("Sincerely,") < lines.index("Jordan Rivera", 3)


def test_the_envelope_has_the_return_address_and_the_recipient(letter_pdf: Path) -> None:
    text = "\n".join(page_text(letter_pdf, 2))
    for line in RETURN_ADDRESS + RECIPIENT:
        assert line in text
    assert "Dear" not in text


def test_the_command_writes_the_pdf(panel: Panel, tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    stdout = StringIO()
    call_command("letter", "pdf", str(panel.application.pk), "--output", str(output),
                 "--user", panel.owner.email, stdout=stdout, stderr=StringIO())
    assert stdout.getvalue().strip() == str(output)
    assert pdf_info(output)["Pages"].strip() == "2"
    assert "200 W Madison St, Suite 1400" in page_text(output, 1)


@pytest.mark.parametrize(("application", "named"), [
    ("missing", "APPLICATION_ID"),
    ("without_address", "mailing_address"),
])
def test_the_command_exits_2_naming_the_problem(panel: Panel, tmp_path: Path,
                                                application: str, named: str) -> None:
    if application == "missing":
        application_id = 999_999
    else:  # applied, no round, no address: no postal letter is planned
        application_id = application_create(owner=panel.owner, employer="Fabrikam",
                                            role="Staff Engineer").pk
    stderr = StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("letter", "pdf", str(application_id), "--output",
                     str(tmp_path / "x.pdf"), "--user", panel.owner.email,
                     stdout=StringIO(), stderr=stderr)
    assert exited.value.code == 2
    message = stderr.getvalue().strip()
    assert message.count("\n") == 0 and named in message and "Traceback" not in message
    assert not (tmp_path / "x.pdf").exists()


def test_the_real_command_prints_the_demo_letter(tmp_path: Path, pursuit_home: Path) -> None:
    """The console script in a fresh process: demo data, then the first application's letter."""
    from tests.conftest import run_pursuit

    loaded = run_pursuit("demo", "--user", "jordan@example.com", "--password-stdin",
                         home=pursuit_home, stdin="correct horse battery 42\n")
    assert loaded.returncode == 0, loaded.stderr
    output = tmp_path / "larchmont.pdf"
    done = run_pursuit("letter", "pdf", "1", "--output", str(output), home=pursuit_home)
    assert done.returncode == 0, done.stderr
    assert pdf_info(output)["Pages"].strip() == "2"
    page = page_text(output, 1)
    assert "Larchmont Analytics" in page and "200 W Madison St, Suite 1400" in page
    assert "1520 N Damen Ave" in page
