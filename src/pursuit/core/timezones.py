"""IANA timezones: the one check of a zone name that every part of Pursuit uses."""

from __future__ import annotations

from functools import cache
from importlib import resources
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


# --- The zones a person picks from --------------------------------------------------------
# The zone database keeps hundreds of names only so old data still reads: "backward" links
# such as Africa/Timbuktu (Africa/Abidjan) or America/Atka (America/Adak). A person picks from
# the zones of zone.tab (each country's zones, the list `tzselect` offers, Europe/Amsterdam
# and Europe/Oslo included though the database now links them to another zone), plus UTC. Both
# files ship in the `tzdata` package, so the list is the same on every machine and follows
# the package's version rather than the system's.

_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal",
                        "Etc/Zulu", "Zulu", "GMT", "Etc/GMT", "GMT0", "GMT+0", "GMT-0",
                        "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Greenwich", "Etc/Greenwich"})


def zone_tab_names(text: str) -> list[str]:
    """The zone names of a zone.tab file (its third column), in the file's order."""
    names = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) >= 3:
            names.append(columns[2].strip())
    return names


def zone_links(text: str) -> dict[str, str]:
    """{alias: target} of the "L TARGET ALIAS" lines of a tzdata.zi file."""
    links = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "L":
            links[parts[2]] = parts[1]
    return links


def _read_tzdata(name: str) -> str:
    return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")


@cache
def canonical_zones() -> frozenset[str]:
    """Every zone a person is offered: zone.tab's and UTC."""
    return frozenset(zone_tab_names(_read_tzdata("zone.tab"))) | {"UTC"}


@cache
def _links() -> dict[str, str]:
    return zone_links(_read_tzdata("tzdata.zi"))


def canonical_zone(name: str) -> str:
    """The zone offered for `name`: itself when it is offered, UTC for its many aliases, else
    where the database's links lead ("America/Atka" -> "America/Adak", "Asia/Calcutta" ->
    "Asia/Kolkata"); a name that leads to none of them comes back as it is."""
    if name in _UTC_NAMES:
        return "UTC"
    offered, links = canonical_zones(), _links()
    seen = {name}
    current = name
    while current not in offered and current in links:
        current = links[current]
        if current in seen:  # a loop in the data: never, but never hang either
            break
        seen.add(current)
    return current if current in offered else name


def zone_label(name: str) -> str:
    """How a zone reads within its region: "America/Argentina/Buenos_Aires" -> "Argentina /
    Buenos Aires"."""
    _, _, place = name.partition("/")
    return (place or name).replace("_", " ").replace("/", " / ")


def zones_by_region() -> list[tuple[str, list[str]]]:
    """The offered zones grouped by their region (Africa, America, ..., Pacific), each sorted
    by its label; UTC on its own, last."""
    regions: dict[str, list[str]] = {}
    for name in canonical_zones() - {"UTC"}:
        regions.setdefault(name.partition("/")[0], []).append(name)
    grouped = [(region, sorted(names, key=zone_label)) for region, names in sorted(regions.items())]
    return [*grouped, ("UTC", ["UTC"])]
