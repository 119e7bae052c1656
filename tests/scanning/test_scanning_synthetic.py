"""Cards rendered from known fields (cardgen.py), read back through the real OCR.

A small subset, one card of each layout clean and photographed, keeps this to about half a
minute; bench/bench_scan.py runs the full set and reports the figures."""

from __future__ import annotations

import io
import random

import pytest

from pursuit.scanning import scan_card
from tests.scanning.cardgen import (
    LAYOUTS,
    available_families,
    make_card,
    make_text,
    photograph,
    render,
    score_fields,
)

SEED = 7


def _accuracy(photographed: bool) -> tuple[float, list[str]]:
    right = total = 0
    misses: list[str] = []
    for index in range(len(LAYOUTS)):
        card = make_card(index, seed=SEED, photographed=photographed)
        data = card.jpeg_bytes() if photographed else card.png_bytes()
        got = scan_card(data, where=card.label).to_json()
        card_right, card_total, card_misses = score_fields(card.expected, got)
        right, total = right + card_right, total + card_total
        misses += [f"{card.label}: {miss}" for miss in card_misses]
    return right / total, misses


def test_clean_renders_of_every_layout() -> None:
    accuracy, misses = _accuracy(photographed=False)
    assert accuracy >= 0.95, misses


def test_photographed_cards_of_every_layout() -> None:
    accuracy, misses = _accuracy(photographed=True)
    assert accuracy >= 0.85, misses


@pytest.mark.parametrize("turn", [90, 180])
def test_a_card_photographed_turned_reads_top_to_bottom(turn: int) -> None:
    rng = random.Random(f"turned:{turn}")
    text = make_text(rng)
    image = photograph(render(text, "classic", available_families()[0], rng), rng, turn=turn)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    fields = scan_card(buffer.getvalue())
    assert fields.full_name == text.expected["full_name"]
    assert fields.company == text.expected["company"]
    # Top to bottom in the card's own frame: the company, printed first, comes first.
    assert fields.lines[0] == text.company


def test_the_card_set_is_the_same_for_the_same_seed() -> None:
    first, again = make_card(3, seed=SEED, photographed=True), make_card(3, seed=SEED,
                                                                          photographed=True)
    assert first.png_bytes() == again.png_bytes() and first.expected == again.expected
    assert make_card(3, seed=SEED + 1).expected != first.expected
