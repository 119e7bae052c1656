"""Run ical.js (Thunderbird's iCalendar parser) under node on a calendar text.

The package is pinned in js/package.json with its lock file; `npm ci` installs it the first
time. Node runs in a zone far from everything in the tests (UTC+14), so a time that ical.js
read as floating, instead of in its TZID, comes out visibly wrong.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

JS = Path(__file__).resolve().parent / "js"


def _tools() -> tuple[str, str]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.fail("these tests run ical.js: install node and npm (Debian: nodejs npm)")
    return node, npm


def parse_with_icaljs(body: bytes) -> dict[str, Any]:
    node, npm = _tools()
    if not (JS / "node_modules" / "ical.js" / "package.json").is_file():
        done = subprocess.run([npm, "ci", "--prefix", str(JS), "--no-audit", "--no-fund"],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, f"npm ci failed:\n{done.stderr}"
    done = subprocess.run([node, str(JS / "parse.mjs")], input=body, capture_output=True,
                          timeout=60, check=False, env={**os.environ, "TZ": "Pacific/Kiritimati"})
    assert done.returncode == 0, f"ical.js could not read the calendar:\n{done.stderr.decode()}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result
