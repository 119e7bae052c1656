"""The packages of src/pursuit have a direction (docs/architecture.md, "Layers"): each imports
only packages below its own layer, and no import of another package hides inside a function
to dodge a cycle. Read from the source with ast: no Django needed."""

from __future__ import annotations

from tests.architecture.layers import SRC, imports, ranks


def test_every_package_has_a_layer() -> None:
    table = ranks()
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in SRC.glob("*.py") if p.name != "__init__.py"}
    missing = sorted((packages | modules) - set(table))
    assert not missing, f"not in the layers of docs/architecture.md: {missing}"


def test_no_import_goes_up_or_sideways() -> None:
    table = ranks()
    wrong = [i for i in imports() if table[i.target] >= table[i.source]]
    print(f"upward or circular imports between packages: {len(wrong)}")
    assert not wrong, "\n".join(
        f"{i.path}:{i.line} {i.source} imports {i.module} ({i.target} is not below it)"
        for i in wrong)


def test_no_import_of_another_package_inside_a_function() -> None:
    hidden = [i for i in imports() if i.in_function]
    print(f"imports inside functions that cross a package boundary: {len(hidden)}")
    assert not hidden, "\n".join(f"{i.path}:{i.line} imports {i.module}" for i in hidden)


def test_the_check_sees_the_imports_it_should() -> None:
    # A check that found nothing would pass for the wrong reason.
    found = imports()
    assert len(found) > 200
    assert any(i.source == "web" and i.target == "cadence" for i in found)
