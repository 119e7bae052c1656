"""`pursuit.core` is pure Python: importing every module of it loads no Django."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Run in a fresh interpreter: this test process has pytest-django, so Django is loaded here.
_PROBE = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import pursuit.core as core
    names = [m.name for m in pkgutil.walk_packages(core.__path__, "pursuit.core.")]
    for name in names:
        importlib.import_module(name)
    loaded = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
    print(len(names))
    print(",".join(loaded))
    """
)


def test_importing_every_core_module_loads_no_django() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    count, loaded = done.stdout.splitlines()
    assert int(count) >= 9  # the walk did find the cadence modules
    assert loaded == "", f"pursuit.core imported {loaded}"


def test_the_cadence_modules_are_among_those_checked() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import pkgutil, pursuit.core as c;"
            "print('\\n'.join(m.name for m in pkgutil.walk_packages(c.__path__, 'pursuit.core.')))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    names = set(done.stdout.split())
    assert {
        "pursuit.core.business_days",
        "pursuit.core.cadence",
        "pursuit.core.cadence.planner",
        "pursuit.core.cadence.scenario",
    } <= names
