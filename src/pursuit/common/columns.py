"""Text cut to the width of its column: the one place that reads a column's max_length.

PostgreSQL refuses a value longer than its column where SQLite quietly keeps it, so anything
that stores text read from outside (a card's OCR, an imported file) fits it first."""

from __future__ import annotations

from typing import Any

from django.db import models


def column_width(model: type[models.Model], name: str) -> int | None:
    """The max_length of a text column, or None when it has none (a TextField)."""
    return getattr(model._meta.get_field(name), "max_length", None)


def clip(model: type[models.Model], name: str, value: Any) -> str:
    """`value` as stripped text, cut to the width of `model.name`."""
    text = str(value or "").strip()
    width = column_width(model, name)
    return text[:width] if width else text
