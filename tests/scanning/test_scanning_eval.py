"""Issue 14's figures on the evaluation cards (tests/scanning/eval/, made by someone who never
saw the parser): field accuracy of the real scanner on the HELD-OUT half, the cards nobody
tuned the parser on. The floors are the figures reached when they were set, so that a
regression fails; where they are under the issue's targets (97% of fields on flat scans,
90% on photos, 90% for each field) the gap is real and stays visible here.

Real OCR on 88 images (a minute or two); when tests/scanning/eval/.ocr-cache.json exists (a
developer ran eval/report.py) its lines are used, which gives the same figures as long as the
OCR modules are unchanged (the cache is keyed by their source)."""

from __future__ import annotations

import json

import pytest

from tests.scanning.eval.report import (
    CACHE,
    CONTRACT_FIELDS,
    REGISTERED_UP_TO,
    TRUTH,
    TUNING,
    Result,
    Tally,
    load_truth,
    scan_all,
    split_of,
    summary,
    table,
    totals,
)

# Reached on HELD-OUT (issue 14): flat 96.2% when this was written, 96.8% (512/529, still
# under the 97% target) after the second round of rules, 97.2% (514/529) after the third
# (tuned on BATCH2), 97.5% (516/529) after the fourth (tuned on BATCH3); photos 96.98%,
# then 97.5% (516/529).
FLAT_FLOOR = 0.975
PHOTO_FLOOR = 0.975
TARGETS = {"flat": 0.97, "photo": 0.90}
# Each contract field over flat scans and photos together, where the set has enough of it
# to say something (twitter: 4 values, all read since the second round).
FIELD_FLOORS = {
    "full_name": 0.97, "first": 0.97, "last": 0.97, "prefix": 1.0, "credentials": 1.0,
    "title": 0.95, "company": 0.93, "website": 0.95, "linkedin": 1.0, "twitter": 1.0,
    "street": 1.0, "city": 0.97, "region": 1.0, "postal_code": 1.0, "country": 1.0,
    "emails": 0.97,
    "phones": 0.97,
}


@pytest.fixture(scope="module")
def held_out() -> list[Result]:
    records = [card for card in load_truth() if split_of(card["id"]) == "held-out"]
    return scan_all(records, cache=CACHE if CACHE.exists() else None, keep=False)


def test_held_out_floors(held_out: list[Result]) -> None:
    print("\n" + table(held_out, "held-out"))  # shown with -s; figures only, no card
    for kind, floor in (("flat", FLAT_FLOOR), ("photo", PHOTO_FLOOR)):
        reached = totals(r for r in held_out if r.kind == kind)["all"].share
        assert reached is not None and reached >= floor, (kind, reached, floor)
    both = totals(held_out)
    for field in CONTRACT_FIELDS:
        if field in FIELD_FLOORS:
            share = both[field].share
            assert share is not None and share >= FIELD_FLOORS[field], (field, share)


def test_the_split_is_half_and_half_and_fixed() -> None:
    ids = [card["id"] for card in load_truth() if card["batch"] == 1]
    held = [card_id for card_id in ids if split_of(card_id) == "held-out"]
    assert len(ids) == 88
    assert len(held) == len(ids) // 2
    assert split_of("001") == "dev"  # by the card's id alone: never moves


def test_the_second_batch_is_its_own_group() -> None:
    """Batch 2 (ids after 088) never enters DEV or HELD-OUT: it is held out whole."""
    cards = load_truth()
    second = [card["id"] for card in cards if card["batch"] == 2]
    assert len(second) >= 40
    assert all(split_of(card_id) == "batch2" for card_id in second)
    assert all(split_of(card["id"]) in ("dev", "held-out") for card in cards
               if card["batch"] == 1)


def test_the_report_shows_batch2_as_its_own_group() -> None:
    """Figures for BATCH2 count only batch-2 cards, and DEV/HELD-OUT none of them (no OCR:
    the tallies are given, the grouping and the sums are what is checked)."""
    cards = {card["id"]: card for card in load_truth()}
    results = [
        Result(cards["001"], "flat", {"city": Tally(1, 1)}, []),
        Result(cards["089"], "flat", {"city": Tally(0, 1), "title": Tally(1, 1)}, []),
        Result(cards["089"], "photo", {"city": Tally(1, 1)}, []),
    ]
    assert [r.split for r in results] == ["dev", "batch2", "batch2"]
    shown = table(results, "batch2")
    assert shown.startswith("### BATCH2 (1 cards, 2 images)")
    assert "| **all fields** | 50.0 (2) | 100.0 (1) | 66.7 (3) |" in shown
    figures = summary(results)
    assert figures["batch2"]["both"]["all"] == [2, 3]
    assert figures["dev"]["both"]["all"] == [1, 1]
    assert figures["held-out"]["both"] == {}
    assert figures["all"]["both"]["all"] == [3, 4]


def test_the_last_registered_batch_is_held_out_and_every_earlier_one_is_tuned_on() -> None:
    """Cards 089-137 are BATCH2, 138-187 BATCH3, 188-217 BATCH4, then forty cards a batch from
    218 (BATCH5) on; every batch but the last registered one is a tuning group since it was
    measured once; the last, up to REGISTERED_UP_TO, is held out whole; an empty group prints
    that it has no cards."""
    assert REGISTERED_UP_TO >= 1257  # the thirtieth round's held-out batch ends there
    ranges = [(89, 137), (138, 187), (188, 217)] + [
        (n, n + 39) for n in range(218, REGISTERED_UP_TO, 40)]
    assert ranges[-1][1] == REGISTERED_UP_TO and (1218, 1257) in ranges
    last = len(ranges) + 1  # the held-out batch's number (the first batch is DEV and HELD-OUT)
    held_out = f"batch{last}"
    bounds = ["088", *(f"{n:03d}" for pair in ranges for n in pair)]
    assert [split_of(card_id) for card_id in bounds] == [split_of("088")] + [
        f"batch{n}" for n in range(2, last + 1) for _ in (0, 1)]
    assert set(TUNING) == {"dev", *(f"batch{n}" for n in range(2, last))}
    assert "held-out" not in TUNING and held_out not in TUNING
    cards = {card["id"]: card for card in load_truth()}
    results = [Result(cards["089"], "flat", {"city": Tally(1, 1)}, [])]
    assert table(results, held_out) == f"### {held_out.upper()}: no cards yet"
    assert summary(results)[held_out] == {"flat": {}, "photo": {}, "both": {},
                                          "countries": {}}
    card = {**cards["089"], "id": str(REGISTERED_UP_TO)}
    results.append(Result(card, "photo", {"city": Tally(0, 1)}, []))
    assert table(results, held_out).startswith(f"### {held_out.upper()} (1 cards, 1 images)")
    assert table(results, f"batch{last - 1}") == f"### BATCH{last - 1}: no cards yet"
    assert summary(results)["batch2"]["both"]["all"] == [1, 1]


def test_batches_written_ahead_are_read_by_nothing() -> None:
    """Authors write batches ahead of their rounds: until a round registers one, no group, no
    figure and no --only sees its cards (each batch is measured once, as the held-out group)."""
    written = json.loads(TRUTH.read_text(encoding="utf-8"))
    read = load_truth()
    assert max(int(card["id"]) for card in read) == REGISTERED_UP_TO
    assert len(written) > len(read)  # batch 42 waits (drop this when none does)
    assert {card["id"] for card in read} == {card["id"] for card in written
                                             if int(card["id"]) <= REGISTERED_UP_TO}
