"""The outside evaluation set (tests/imports/eval/): every file through the real command.

The set was written by an author who never saw the importer; `eval/harness.py` runs each file
in a fresh data directory and compares the summary, the stored contacts field by field and the
near matches with `eval/expected.json`. Where we think a label of the set is wrong, the reason
is in `eval/DISAGREEMENTS.md` and the problem is listed in ACCEPTED below; the label stays.
Report with figures: `PYTHONPATH=src .venv/bin/python tests/imports/eval/harness.py`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.imports.eval.harness import FileResult, evaluate, load_expected

# file -> problems (as harness.FileResult.problems words them) that DISAGREEMENTS.md explains.
ACCEPTED: dict[str, set[str]] = {}

FILES = [entry["file"] for entry in load_expected()["files"]]


@pytest.fixture(scope="module")
def results() -> dict[str, FileResult]:
    return {r.file: r for r in evaluate()}


@pytest.mark.parametrize("name", FILES)
def test_eval_file(name: str, results: dict[str, FileResult]) -> None:
    result = results[name]
    unexplained = [p for p in result.problems if p not in ACCEPTED.get(name, set())]
    assert not unexplained, "\n".join(unexplained)


def test_accepted_problems_still_happen(results: dict[str, Any]) -> None:
    # A disagreement that no longer occurs should leave ACCEPTED and DISAGREEMENTS.md.
    stale = [(name, p) for name, problems in ACCEPTED.items() for p in problems
             if p not in results[name].problems]
    assert not stale
