"""`pursuit proofread` end to end: the real console script in a fresh process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_pursuit

CONTEXT = {
    "candidate": {"name": "Siobhan O'Sullivan", "email": "s@example.com", "phone": "+1 617"},
    "company": "Larchmont Analytics, Inc.",
    "company_aliases": ["Larchmont Analytics", "Larchmont"],
    "role": "Senior Data Engineer",
    "interview": {"start": "2025-03-11T10:00:00-04:00", "timezone": "America/New_York",
                  "format": "video"},
    "interviewer": {"name": "Adaeze Okonkwo", "title": "VP, Research", "prefix": "Dr."},
    "topics_discussed": ["migrating the FHIR pipeline to Kubernetes"],
    "candidate_strengths": ["PostgreSQL performance tuning"],
    "other_applications": ["Bellweather Freight"],
}
CLEAN = """Subject: Thank you for Tuesday

Dear Dr. Okonkwo,

Thank you for our conversation about migrating the FHIR pipeline to Kubernetes. As VP of
Research, you know how much Larchmont's analysts rely on PostgreSQL; I'd love to help.

Best regards,
Siobhan O'Sullivan
"""
# CRLF line ends and a curly apostrophe: offsets must still index the decoded text.
FLAWED = ("Subject: Thank you\r\n\r\nDear Ms. Okonko,\r\n\r\nThank you for the oportunity. "
          "I really need this job at Bellweather Freight, and [Company]’s team is great.\r\n")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "context": tmp_path / "context.json",
        "clean": tmp_path / "clean.txt",
        "flawed": tmp_path / "flawed.txt",
        "sibling": tmp_path / "to-tomas.txt",
    }
    paths["context"].write_text(json.dumps(CONTEXT), encoding="utf-8")
    paths["clean"].write_text(CLEAN, encoding="utf-8")
    paths["flawed"].write_bytes(FLAWED.encode("utf-8"))
    paths["sibling"].write_text(CLEAN.replace("Dear Dr. Okonkwo,", "Dear Tomás,"),
                                encoding="utf-8")
    return paths


def proofread_json(pursuit_home: Path, *args: str) -> dict[str, Any]:
    result = run_pursuit("proofread", *args, "--json", home=pursuit_home)
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_a_clean_letter_is_ready_to_send(files: dict[str, Path], pursuit_home: Path) -> None:
    document = proofread_json(pursuit_home, str(files["clean"]), "--context",
                              str(files["context"]))
    assert document == {"verdict": "ready_to_send", "findings": []}


def test_findings_index_the_decoded_text(files: dict[str, Path], pursuit_home: Path) -> None:
    document = proofread_json(pursuit_home, str(files["flawed"]), "--context",
                              str(files["context"]))
    assert document["verdict"] == "needs_revision"
    content = files["flawed"].read_bytes().decode("utf-8")
    found = [(f["type"], f["text"]) for f in document["findings"]]
    assert found == [
        ("wrong_interviewer_name", "Ms."), ("wrong_interviewer_name", "Okonko"),
        ("misspelling", "oportunity"), ("desperate_tone", "I really need this job"),
        ("wrong_company", "Bellweather Freight"), ("placeholder", "[Company]"),
    ]
    for finding in document["findings"]:
        assert finding["text"] == content[finding["start"]:finding["end"]]
        assert set(finding) == {"type", "text", "start", "end", "line", "col", "message",
                                "suggestion", "severity"}
    first = document["findings"][0]
    assert (first["line"], first["col"], first["suggestion"]) == (3, 6, "Dr.")


def test_a_near_duplicate_sibling_is_named_by_the_path_given(
    files: dict[str, Path], pursuit_home: Path
) -> None:
    sibling = str(files["sibling"])
    document = proofread_json(pursuit_home, str(files["clean"]), "--context",
                              str(files["context"]), "--sibling", sibling)
    [finding] = document["findings"]
    assert finding["type"] == "near_duplicate_sibling"
    assert finding["sibling"] == sibling and finding["similarity"] == 1.0
    assert finding["text"] is finding["start"] is finding["end"] is None


def test_without_json_a_readable_list(files: dict[str, Path], pursuit_home: Path) -> None:
    result = run_pursuit("proofread", str(files["flawed"]), "--context", str(files["context"]),
                         home=pursuit_home)
    assert result.returncode == 0
    assert "needs revision, 6 findings" in result.stdout
    assert "3:10 'Okonko'" in result.stdout and "-> Okonkwo" in result.stdout


@pytest.mark.parametrize(("setup", "expected"), [
    ("missing sibling", "gone.txt: no such file"),
    ("binary letter", "not UTF-8"),
    ("bad json", "context.json:1:"),
    ("no interviewer name", "context.json: interviewer.name"),
])
def test_bad_input_is_one_line_and_exit_2(
    setup: str, expected: str, files: dict[str, Path], pursuit_home: Path, tmp_path: Path
) -> None:
    letter, context, extra = str(files["clean"]), str(files["context"]), []
    if setup == "binary letter":
        files["clean"].write_bytes(b"Dear \xff\xfe Okonkwo")
    elif setup == "bad json":
        files["context"].write_text("{'company': 1}", encoding="utf-8")
    elif setup == "no interviewer name":
        files["context"].write_text(json.dumps({"company": "A", "interviewer": {}}),
                                    encoding="utf-8")
    else:  # letters and siblings are read alike: a missing one stands for both
        extra = ["--sibling", str(tmp_path / "gone.txt")]
    result = run_pursuit("proofread", letter, "--context", context, *extra, "--json",
                         home=pursuit_home)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
