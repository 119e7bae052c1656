"""IANA timezones: the one check of a zone name that every part of Pursuit uses."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pursuit.core.errors import BadInput

#: Keys that ZoneInfo resolves to whatever the machine is set to: never a real answer here.
_MACHINE_DEPENDENT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


def zone(name: str, *, where: str) -> ZoneInfo:
    """The IANA zone called `name`; BadInput naming `where` when there is none.

    "America" (a directory of the zone database), a very long name (an OS error) and the
    machine-dependent keys are simply not timezones.
    """
    if name in _MACHINE_DEPENDENT_ZONES:
        raise BadInput(f"{name!r} is not an IANA timezone", where=where)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise BadInput(f"{name!r} is not a known timezone", where=where) from exc


def zone_name(name: str, *, where: str) -> str:
    """`name` when it is a timezone (BadInput naming `where` otherwise)."""
    zone(name, where=where)
    return name


def zone_or(name: str, fallback: str) -> str:
    """`name` when it is a timezone, else `fallback` (stored values read back, never guessed:
    the forms refuse unknown zones, so this only guards against rows written elsewhere)."""
    if name:
        try:
            zone(name, where="timezone")
            return name
        except BadInput:
            pass
    return fallback
