"""Helpers for the import tests: a data directory with one account, the real command, and a
look at what was stored through `pursuit export --format json` (the contract's own view)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TESTDATA, run_pursuit

REAL_VCARDS = TESTDATA / "real-vcards"
EMAIL = "owner@example.com"


@pytest.fixture(scope="session")
def _home_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("template") / "home"
    home.mkdir()
    done = run_pursuit("createuser", EMAIL, "--password-stdin", home=home,
                       stdin="correct horse battery 42")
    assert done.returncode == 0, done.stderr
    return home


@pytest.fixture
def home(_home_template: Path, tmp_path: Path) -> Path:
    """A fresh data directory holding one empty account (copied: createuser hashes slowly)."""
    target = tmp_path / "home"
    shutil.copytree(_home_template, target)
    return target


def pursuit_import(path: Path, home: Path, *extra: str) -> dict[str, Any]:
    done = run_pursuit("import", str(path), "--json", *extra, home=home)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def backup(home: Path) -> dict[str, Any]:
    done = run_pursuit("export", "--format", "json", home=home)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def stored(home: Path) -> list[dict[str, Any]]:
    return backup(home)["contacts"]  # type: ignore[no-any-return]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path
