"""Business days of a user's country: the holiday calendar handed to the pure planner."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays as holidays_lib

from pursuit.core.errors import BadInput


@lru_cache(maxsize=64)
def _holidays_for_years(country: str, subdivision: str, first_year: int,
                        last_year: int) -> frozenset[date]:
    try:
        calendar = holidays_lib.country_holidays(
            country, subdiv=subdivision or None, years=range(first_year, last_year + 1)
        )
    except NotImplementedError:
        raise BadInput(f"no holiday calendar for the country {country!r}",
                       where="country") from None
    # Keys are dates; a frozenset is what the planner looks up in O(1).
    return frozenset(calendar.keys())


def holidays_between(country: str, subdivision: str, start: date, end: date) -> frozenset[date]:
    """Public holidays of a country (and subdivision) in the years from start to end."""
    # Cached by whole years so that re-planning hundreds of applications builds it once.
    return _holidays_for_years(country.upper(), subdivision.upper(), start.year - 1, end.year + 1)
