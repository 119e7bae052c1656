"""Relations between models follow the same direction as imports: a model points only at
models of its own package or of a package below it (a foreign key given as a string is still a
dependency: its migration needs the other app)."""

from __future__ import annotations

from django.apps import apps

from tests.architecture.layers import ranks


def _package(model: type) -> str:
    return model.__module__.split(".")[1]


def test_no_model_points_up_or_sideways() -> None:
    table = ranks()
    wrong = []
    checked = 0
    for model in apps.get_models():
        if not model.__module__.startswith("pursuit."):
            continue
        source = _package(model)
        for field in model._meta.get_fields(include_hidden=True):
            if not field.is_relation or field.auto_created or field.related_model is None:
                continue
            target_model = field.related_model
            if not target_model.__module__.startswith("pursuit."):
                continue
            checked += 1
            target = _package(target_model)
            if target != source and table[target] >= table[source]:
                wrong.append(f"{model.__name__}.{field.name} -> {target_model.__name__}")
    print(f"relations checked: {checked}, pointing up or sideways: {len(wrong)}")
    assert checked > 30
    assert not wrong, "\n".join(wrong)
