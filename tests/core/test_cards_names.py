"""Names: which line is one, its parts, post-nominals and capitals."""

from __future__ import annotations

import pytest

from pursuit.core.cards.names import looks_like_name, parse_name


@pytest.mark.parametrize(
    ("printed", "full_name", "last"),
    [("RENATA SOLBERG", "Renata Solberg", "Solberg"),
     ("SEAN MCDONALD", "Sean McDonald", "McDonald"),
     ("MARY O'BRIEN", "Mary O'Brien", "O'Brien"),
     ("PIETER VAN DER BERG", "Pieter van der Berg", "van der Berg"),
     ("ANNE-MARIE MACLEOD", "Anne-Marie MacLeod", "MacLeod"),
     ("KATE MACIEJEWSKI", "Kate Maciejewski", "Maciejewski"),
     ("Jonas van der Berg", "Jonas van der Berg", "van der Berg"),
     ("DeShawn McAllister", "DeShawn McAllister", "McAllister")],
)
def test_names_in_capitals_come_back_in_proper_case(printed: str, full_name: str,
                                                    last: str) -> None:
    name = parse_name(printed)
    assert (name.full_name, name.last) == (full_name, last)


def test_prefix_credentials_and_suffix_are_apart() -> None:
    name = parse_name("DR. JOHN Q. SMITH JR., MBA, CPA")
    assert (name.prefix, name.first, name.middle, name.last) == ("Dr.", "John", "Q.", "Smith")
    assert (name.suffix, name.credentials) == ("Jr.", "MBA, CPA")
    assert name.full_name == "John Q. Smith Jr."


def test_credentials_without_a_comma() -> None:
    name = parse_name("Renata Solberg PhD")
    assert (name.full_name, name.credentials) == ("Renata Solberg", "PhD")


def test_credentials_in_capitals_are_written_as_usual() -> None:
    assert parse_name("RENATA SOLBERG, PHD").credentials == "PhD"


@pytest.mark.parametrize("text", ["Dr. Avery Smith", "Chris Smith", "MARCUS J. WHITAKER",
                                  "Helena McDonald III, MBA"])
def test_name_lines(text: str) -> None:
    assert looks_like_name(text)


@pytest.mark.parametrize("text", ["avery@contoso.com", "Cloud & AI Department", "Contoso",
                                  "410 Quarry Lane", "a lower case line"])
def test_lines_that_are_not_names(text: str) -> None:
    assert not looks_like_name(text)
