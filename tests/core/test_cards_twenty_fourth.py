"""The twenty-fourth round of card rules (tuned on BATCH23): a title printed in two languages,
a firm after a title's dash or after a logo's letter, French linking words in a firm's name,
Afrikaans phone labels. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import country_code
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A title printed in two languages across a slash ----------------------------------------

def test_two_non_english_halves_keep_the_first() -> None:
    card = _card("Lotte Claes", "Vennoot-architect / Architecte associée",
                 "Atelier Claes BV", "lotte@atelierclaes.be", region="BE")
    assert card.title == "Vennoot-architect"


def test_an_english_half_after_an_unknown_one_keeps_the_first() -> None:
    card = _card("Johan Botha", "Uitvoerende Hoof / Chief Executive", "Vlakte Boerdery",
                 "johan@vlakteboerdery.co.za", region="ZA")
    assert card.title == "Uitvoerende Hoof"


def test_two_english_roles_stay_together() -> None:
    card = _card("Dana Whitfield", "Founder / CEO", "Brightpath Analytics Inc.",
                 "dana@brightpath.io")
    assert card.title == "Founder / CEO"


# --- A firm after the title's dash ----------------------------------------------------------

def test_the_firm_the_domain_spells_after_a_titles_dash() -> None:
    card = _card("Nina Keller", "Fotografin BA - Studio Keller", "nina@studiokeller.ch",
                 "Seestrasse 8, 8002 Zürich", region="CH")
    assert (card.title, card.company) == ("Fotografin BA", "Studio Keller")


def test_a_firm_line_stays_the_company_beside_a_roles_field() -> None:
    card = _card("Mark Ellis", "Associate – Corporate Finance", "Halden Partners LLP",
                 "mark.ellis@haldenpartners.co.uk", region="GB")
    # Since the thirtieth round the role's field after the dash stays in the title, as every
    # tuning truth with such a title line types it; the firm's line is the company still.
    assert (card.title, card.company) == ("Associate – Corporate Finance",
                                          "Halden Partners LLP")


# --- A firm's name with French linking words, a logo's letter before the firm ---------------

def test_a_firm_named_with_des_is_spelled_by_its_domain() -> None:
    card = _card("Claire Dubois", "Responsable commerciale", "+32 81 55 12 34",
                 "c.dubois@ardennes.be", "Rue Haute 4", "5000 Namur", "Fromagerie des Ardennes",
                 region="BE")
    assert card.company == "Fromagerie des Ardennes"


def test_a_logos_letter_before_the_firm_is_dropped() -> None:
    card = _card("K Swartberg Wynkelder", "Anna Nel", "Wynmaker", "anna@swartberg.co.za",
                 region="ZA")
    assert card.company == "Swartberg Wynkelder"


# --- Afrikaans phone labels -----------------------------------------------------------------

def test_sel_labels_a_mobile_number() -> None:
    card = _card("Anna Nel", "Wynmaker", "Tel 021 555 0101", "Sel 083 555 0202",
                 "anna@swartberg.co.za", region="ZA")
    assert [phone.type for phone in card.phones] == ["work", "mobile"]


# --- A town's dash closed up on one side ------------------------------------------------------

def test_a_dash_glued_to_the_town_before_the_state() -> None:
    assert address_parts(["Av. Goiás, 250, Setor Central", "Anápolis– GO, 75020-010"],
                         "BR") == ("Av. Goiás, 250, Setor Central", "Anápolis", "GO",
                                   "75020-010")


# --- A nation of the country before the country ---------------------------------------------

def test_a_nation_then_its_country_names_the_country() -> None:
    assert country_code("Wales, UK") == "GB"
    assert country_code("Scotland, Ireland") is None


def test_a_brazilian_second_given_name_is_the_middle_name() -> None:
    card = _card("Bruno Augusto Lima", "Gerente de Vendas", "bruno.lima@limaagro.com.br",
                 region="BR")
    assert (card.first, card.middle, card.last) == ("Bruno", "Augusto", "Lima")
