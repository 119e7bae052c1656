"""The repository stands alone: a clone anywhere has what the tests read, and says its licence."""

from __future__ import annotations

import hashlib
import re
import subprocess

from tests.conftest import ROOT, TESTDATA

# The FSF's text of https://www.gnu.org/licenses/agpl-3.0.txt, byte for byte.
AGPL_3_SHA256 = "0d96a4ff68ad6d4b6f1f30f713b18d5184912ba8dd389f86aa7710db079abcb0"


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:  # a copy, not a clone (.ci/run): every file but what runs make
        made = {".venv", "__pycache__", "node_modules", ".mypy_cache", ".ruff_cache",
                ".hypothesis", "artifacts"}
        return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                if p.is_file() and made.isdisjoint(p.relative_to(ROOT).parts)]
    return out.stdout.splitlines()


def test_nothing_reads_beside_the_repository() -> None:
    """No test, benchmark, script or module reaches for the shared folder beside the
    repository (CI's machine has it, a clone elsewhere has not)."""
    # The folder's name is put together here so that this file, which is checked too, does
    # not name the path itself.
    folder = "sha" + "red"
    outside = re.compile(rf"""\.\./{folder}|parent\s*/\s*["']{folder}["']|\.parent\.parent\b""")
    offenders = [
        path for path in tracked_files()
        if path.split("/")[0] in {"tests", "bench", "scripts", ".ci", "src"}
        and path.endswith((".py", ".sh", ".md", "run", "test", "start", "lib.sh"))
        and outside.search((ROOT / path).read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_the_real_test_files_are_in_the_repository_with_their_licences() -> None:
    assert sorted(p.name for p in (TESTDATA / "real-vcards").glob("*.vcf"))
    assert sorted(p.name for p in (TESTDATA / "real-cards").glob("*.jpg")) == [
        "real_001.jpg", "real_002.jpg"]
    assert (TESTDATA / "real-vcards" / "LICENSE-ez-vcard.txt").is_file()
    assert (TESTDATA / "real-cards" / "LICENSE-Azure-Samples.txt").is_file()
    readme = (TESTDATA / "README.md").read_text(encoding="utf-8")
    assert "BSD-2-Clause" in readme and "MIT" in readme


def test_the_licence_is_the_full_agpl_text() -> None:
    data = (ROOT / "LICENSE").read_bytes()
    assert hashlib.sha256(data).hexdigest() == AGPL_3_SHA256
    assert 'license = "AGPL-3.0-or-later"' in (ROOT / "pyproject.toml").read_text()
