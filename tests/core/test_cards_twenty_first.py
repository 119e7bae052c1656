"""The twenty-first round of card rules (tuned on BATCH20): a state whose name ends with
another state's. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A state whose name ends with another state's name --------------------------------------

def test_a_colombian_department_of_several_words_is_the_region() -> None:
    assert address_parts(["Carrera 5 # 12-30, piso 4", "Tuluá, Valle del Cauca, Colombia"],
                         "CO") == ("Carrera 5 # 12-30, piso 4", "Tuluá", "VAC", None)
    assert address_parts(["Avenida 0 # 9-12", "Cúcuta, Norte de Santander"],
                         "CO") == ("Avenida 0 # 9-12", "Cúcuta", "NSA", None)


def test_the_shorter_department_alone_is_still_read() -> None:
    assert address_parts(["Calle 5 # 7-20", "Popayán, Cauca, Colombia"],
                         "CO") == ("Calle 5 # 7-20", "Popayán", "CAU", None)
