"""Readers for decoded JSON that name the exact field they refuse.

Each takes the value (or the object and key) and the path of the field, such as
`interviews[0].end`, and raises `BadInput(message, where=path)` when the value is not what the
scenario contract asks for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from pursuit.core.errors import BadInput
from pursuit.core.timezones import zone

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MISSING = object()


def field_path(parent: str, key: str) -> str:
    """`parent.key`, or `key` at the top level."""
    return f"{parent}.{key}" if parent else key


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }
    return names.get(type(value), type(value).__name__)


def required(obj: Mapping[str, object], key: str, parent: str) -> object:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        raise BadInput("is missing", where=field_path(parent, key))
    return value


def as_object(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise BadInput(f"must be an object, got {_type_name(value)}", where=where)
    return value


def optional_object(
    obj: Mapping[str, object], key: str, parent: str
) -> Mapping[str, object] | None:
    value = obj.get(key)
    return None if value is None else as_object(value, field_path(parent, key))


def as_list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise BadInput(f"must be a list, got {_type_name(value)}", where=where)
    return value


def optional_list(obj: Mapping[str, object], key: str) -> list[object]:
    value = obj.get(key)
    return [] if value is None else as_list(value, key)


def text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise BadInput(f"must be a string, got {_type_name(value)}", where=where)
    if not value.strip():
        raise BadInput("must not be empty", where=where)
    return value.strip()


def optional_text(obj: Mapping[str, object], key: str, parent: str) -> str | None:
    """A string field that may be absent or null; blank counts as absent."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(
            f"must be a string or null, got {_type_name(value)}", where=field_path(parent, key)
        )
    return value.strip() or None


def optional_email(obj: Mapping[str, object], parent: str) -> str | None:
    email = optional_text(obj, "email", parent)
    if email is not None and ("@" not in email or any(c.isspace() for c in email)):
        raise BadInput(f"{email!r} is not an e-mail address", where=field_path(parent, "email"))
    return email


def flag(obj: Mapping[str, object], key: str, parent: str) -> bool:
    value = obj.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadInput(
            f"must be true or false, got {_type_name(value)}", where=field_path(parent, key)
        )
    return value


def whole_number(value: object, where: str) -> int:
    # bool is an int in Python, but `"round": true` is not a round number.
    if type(value) is not int or value < 1:
        raise BadInput(f"must be a whole number from 1, got {value!r}", where=where)
    return value


def calendar_date(value: object, where: str) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise BadInput(f"must be a date like 2025-05-26, got {value!r}", where=where)
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise BadInput(f"{value!r} is not a calendar date", where=where) from exc


def aware_time(value: object, where: str) -> dt.datetime:
    """An ISO 8601 time with its UTC offset."""
    example = "like 2025-05-02T15:00:00-05:00"
    if not isinstance(value, str):
        raise BadInput(f"must be a date and time {example}, got {value!r}", where=where)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise BadInput(f"must be a date and time {example}, got {value!r}", where=where) from exc
    if moment.tzinfo is None:
        raise BadInput(f"needs a UTC offset, {example}; got {value!r}", where=where)
    return moment


def local_time(value: object, tz_name: str, where: str) -> dt.datetime:
    """A round's time: its offset must be the one its zone has at that instant."""
    moment = aware_time(value, where)
    local = moment.astimezone(zone(tz_name, where=where))
    if local.utcoffset() != moment.utcoffset():
        raise BadInput(
            f"offset {_offset(moment)} disagrees with the round's timezone {tz_name}, "
            f"which is at {_offset(local)} then",
            where=where,
        )
    return local


def _offset(moment: dt.datetime) -> str:
    """The offset as text, "-05:00" for minus five hours."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_name(value: object, where: str) -> str:
    name = text(value, where)
    zone(name, where=where)
    return name


def optional_zone(obj: Mapping[str, object], key: str, parent: str) -> str | None:
    value = obj.get(key)
    return None if value is None else zone_name(value, field_path(parent, key))
