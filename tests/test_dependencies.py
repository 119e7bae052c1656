"""Every package the code imports is declared in pyproject.toml, and the lock files pin them.

The imports are read with `ast` (every `import`, also those inside functions), and each
top-level third-party module is mapped to the distributions that provide it
(`importlib.metadata.packages_distributions()`): a module provided only by a package that
came in as someone else's dependency fails, since that package may leave with its parent.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# name[extras]==version ; markers (only exact pins are read as versions)
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][\w.-]*)\s*(?:\[[^\]]*\])?\s*(?:==\s*([^;\s]+))?")
# Our own packages: the app, and the test and benchmark helpers imported as packages.
OWN = {"pursuit", "tests", "bench", "__future__"}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(requirements: list[str]) -> dict[str, str | None]:
    """{normalised name: pinned version or None} of requirement strings."""
    found = {}
    for line in requirements:
        match = REQUIREMENT.match(line)
        assert match, f"cannot read the requirement {line!r}"
        found[normalise(match[1])] = match[2]
    return found


DECLARED = pins(PYPROJECT["project"]["dependencies"])
DECLARED_FOR_TESTS = DECLARED | pins(PYPROJECT["project"]["optional-dependencies"]["test"])


def imported_modules(folder: Path) -> dict[str, str]:
    """{top-level module: first file importing it} of every absolute import under `folder`
    (inside functions too), less the standard library and our own packages."""
    modules: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                modules.setdefault(name.split(".")[0], str(path.relative_to(folder)))
    return {module: where for module, where in modules.items()
            if module not in sys.stdlib_module_names and module not in OWN}


def undeclared(folder: Path, declared: dict[str, str | None]) -> list[str]:
    providers = packages_distributions()
    return [
        f"{module} (imported in {where}; "
        f"provided by {providers.get(module) or 'nothing installed'})"
        for module, where in sorted(imported_modules(folder).items())
        if not any(normalise(dist) in declared for dist in providers.get(module, []))
    ]


def test_the_app_imports_only_declared_packages() -> None:
    assert undeclared(ROOT / "src" / "pursuit", DECLARED) == []


def test_tests_and_benchmarks_import_only_declared_packages() -> None:
    assert undeclared(ROOT / "tests", DECLARED_FOR_TESTS) == []
    assert undeclared(ROOT / "bench", DECLARED_FOR_TESTS) == []


def test_the_check_sees_an_undeclared_import(tmp_path: Path) -> None:
    """The check itself: a module importing an installed but undeclared package fails it."""
    # pluggy is installed as pytest's own dependency and declared nowhere.
    (tmp_path / "module.py").write_text(
        "import json\nimport django\n\ndef f():\n    from pluggy import HookimplMarker\n")
    assert undeclared(tmp_path, DECLARED_FOR_TESTS) == [
        "pluggy (imported in module.py; provided by ['pluggy'])"]


def locked(name: str) -> dict[str, str | None]:
    lines = (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines()
    return pins([line for line in lines if line and not line.startswith((" ", "#", "-"))])


def test_the_lock_files_pin_every_declared_package_at_its_declared_version() -> None:
    app, test = locked("app.txt"), locked("test.txt")
    assert all(version for version in app.values()) and all(v for v in test.values())
    for name, version in DECLARED.items():
        assert app.get(name) == version, f"requirements/app.txt: {name}"
    for name, version in DECLARED_FOR_TESTS.items():
        assert test.get(name) == version, f"requirements/test.txt: {name}"
    # The app's tree is part of the test tree, at the same versions.
    assert {name: test.get(name) for name in app} == app
