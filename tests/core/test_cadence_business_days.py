"""Business days (cadence.md, "Words"): Monday to Friday and not a holiday."""

from __future__ import annotations

from datetime import date

import pytest

from pursuit.core.business_days import is_business_day, next_bd, on_or_after, prev_bd

FRI, SAT, SUN, MON, TUE = (date(2025, 10, d) for d in (17, 18, 19, 20, 21))


def test_weekdays_are_business_days_and_weekends_are_not() -> None:
    assert is_business_day(FRI, ())
    assert not is_business_day(SAT, ())
    assert not is_business_day(SUN, ())


def test_a_holiday_is_not_a_business_day() -> None:
    assert not is_business_day(MON, {MON})


@pytest.mark.parametrize(
    "d, holidays, expected",
    [
        (FRI, (), MON),  # over the weekend
        (SAT, (), MON),
        (FRI, (MON,), TUE),  # over a long weekend
        (MON, (), TUE),
    ],
)
def test_next_bd_is_the_first_business_day_strictly_after(d, holidays, expected) -> None:  # type: ignore[no-untyped-def]
    assert next_bd(d, holidays) == expected


def test_on_or_after_keeps_a_business_day_and_moves_anything_else() -> None:
    assert on_or_after(FRI, ()) == FRI
    assert on_or_after(SAT, ()) == MON
    assert on_or_after(MON, {MON}) == TUE


def test_prev_bd_is_the_last_business_day_strictly_before() -> None:
    assert prev_bd(MON, ()) == FRI
    assert prev_bd(TUE, {MON}) == FRI
    assert prev_bd(SAT, ()) == FRI
