"""Rules of issue 14's thirteenth round (tuned on batch 12 of the evaluation cards, the other
tuning groups kept from regressing): each test gives lines as a card of that kind prints them
and checks the field the rule is for. The cards are written here, not copied from the
evaluation set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.names import title_credentials


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- credentials on the title's line -------------------------------------------------------

def test_a_known_licence_after_the_titles_comma_is_a_credential() -> None:
    assert title_credentials("Structural Engineer, PE") == ("Structural Engineer", "PE")
    assert title_credentials("Physical Therapist, DPT") == ("Physical Therapist", "DPT")
    # A known licence with its qualifier after a slash.
    assert title_credentials("Speech Therapist, OTR/L") == ("Speech Therapist", "OTR/L")


def test_a_region_or_team_after_the_titles_comma_stays_in_the_title() -> None:
    assert title_credentials("Director, EMEA") == ("Director, EMEA", None)
    assert title_credentials("Manager, Key Accounts") == ("Manager, Key Accounts", None)
    assert title_credentials("Engineer") == ("Engineer", None)


def test_a_card_with_the_licence_on_the_titles_line() -> None:
    card = _card("Dana K. Whitfield", "Civil Engineer, PE", "Larchmont Bridge Works",
                 "412 Alder Street", "Eugene, OR 97401", "dwhitfield@larchmontbw.com",
                 "(541) 555-0142")
    assert (card.title, card.credentials) == ("Civil Engineer", "PE")
