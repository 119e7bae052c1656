"""The fortieth round of card rules (tuned on BATCH39): the Dutch particle "ten" that
starts a surname ("ten Hagen"). Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


def test_dutch_ten_starts_the_surname() -> None:
    # The particle "ten" belongs to the surname as "ter" and "van" do; it is no middle name.
    card = _card(
        "Wouter ten Hagen",
        "Projectleider",
        "Oostveld Installatietechniek B.V.",
        "074 555 2190",
        "wouter@oostveldinstallatie.nl",
        "Marktstraat 8",
        "7551 DS Hengelo", region="NL")
    assert (card.first, card.middle, card.last) == ("Wouter", None, "ten Hagen")


def test_a_real_middle_name_before_a_dutch_surname_stays_a_middle_name() -> None:
    # A near neighbour: an English three-word name keeps its middle name.
    card = _card(
        "Henry Thomas Barlow",
        "Operations Manager",
        "Barlow Freight Ltd",
        "0161 496 0733",
        "henry@barlowfreight.co.uk",
        "12 Canal Street",
        "Manchester M1 3HE", region="GB")
    assert (card.first, card.middle, card.last) == ("Henry", "Thomas", "Barlow")
