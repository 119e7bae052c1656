"""The layers of src/pursuit as docs/architecture.md writes them down, and every import of a
pursuit module found in the code (read with ast, nothing imported).

Shared by the import test (no Django) and the model-relation test (Django's app registry).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "pursuit"
DOC = ROOT / "docs" / "architecture.md"


def ranks() -> dict[str, int]:
    """Package (or top-level module) of src/pursuit -> its layer, lowest first.

    Read from the ```layers block of docs/architecture.md: one line per layer, the packages
    of a layer separated by spaces.
    """
    block = re.search(r"```layers\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert block, f"{DOC} has no ```layers block"
    table: dict[str, int] = {}
    for rank, line in enumerate(block.group(1).splitlines()):
        for name in line.split("#")[0].split():
            table[name] = rank
    return table


def package_of(module: str) -> str:
    """`pursuit.cadence.services` -> `cadence`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "pursuit"


@dataclass(frozen=True)
class Import:
    path: str  # relative to src/pursuit
    line: int
    source: str  # the importing package
    target: str  # the imported package
    module: str  # the imported module, in full
    in_function: bool


def _source_package(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imports() -> list[Import]:
    """Every import of another pursuit package, migrations left out (they are history)."""
    found: list[Import] = []
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts or path.name == "__init__.py" and path.parent == SRC:
            continue
        source = _source_package(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found.extend(_walk(tree, path, source, in_function=False))
    return found


def _walk(node: ast.AST, path: Path, source: str, *, in_function: bool) -> list[Import]:
    out: list[Import] = []
    for child in ast.iter_child_nodes(node):
        inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef
                                           | ast.Lambda)
        modules: list[str] = []
        if isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
            if child.module == "pursuit":
                modules = [f"pursuit.{alias.name}" for alias in child.names]
            elif child.module.startswith("pursuit."):
                modules = [child.module]
        elif isinstance(child, ast.Import):
            modules = [a.name for a in child.names if a.name.startswith("pursuit.")]
        for module in modules:
            target = package_of(module)
            if target != source:
                out.append(Import(str(path.relative_to(SRC)), child.lineno, source, target,
                                  module, in_function))
        out.extend(_walk(child, path, source, in_function=inside))
    return out
