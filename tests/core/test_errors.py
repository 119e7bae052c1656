"""A service's error read on a page: its clause becomes a sentence, names left as written."""

from pursuit.core.errors import BadInput


def test_a_clause_becomes_a_sentence_and_names_keep_their_capitals() -> None:
    error = BadInput("the letter to Dana Whitfield at IBM was already sent", where="letter")
    assert error.sentence() == "The letter to Dana Whitfield at IBM was already sent."
    assert str(error) == "letter: the letter to Dana Whitfield at IBM was already sent"


def test_a_message_that_is_a_sentence_already_is_left_as_it_is() -> None:
    assert BadInput("Pick a day.").sentence() == "Pick a day."
    assert BadInput("Is this your card?").sentence() == "Is this your card?"


def test_an_address_or_a_file_name_first_is_left_as_written() -> None:
    assert BadInput("taken@example.com already has an account").sentence() == \
        "taken@example.com already has an account."
    assert BadInput("cards.csv: line 3 has no name").sentence() == "cards.csv: line 3 has no name."
    assert BadInput("eBay is not a reference").sentence() == "eBay is not a reference."
