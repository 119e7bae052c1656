"""The twenty-sixth round of card rules (tuned on BATCH25): German diplomas spelled as a
chain, an em dash closed up on one side, a second office's country. Made-up cards, none
from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.names import PREFIXES


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- A German diploma spelled as a chain is the name's prefix -------------------------------

def test_a_diploma_chain_is_a_prefix() -> None:
    assert "dipl-wirt-ing" in PREFIXES
    assert "dipl-inform" in PREFIXES
    assert "diplomat" not in PREFIXES
    assert "dipl-wirt-ing" in PREFIXES | {"dent"}


def test_a_diploma_chain_before_the_name() -> None:
    card = _card("Nordwerk Anlagenbau GmbH", "Dipl.-Wirt.-Inf. Lena K. Brandt",
                 "Projektleiterin", "Tel. +49 40 1234 5678", "l.brandt@nordwerk-anlagen.de",
                 "Hafenstraße 12, 20457 Hamburg", region="DE")
    assert card.prefix == "Dipl.-Wirt.-Inf."
    assert (card.first, card.last) == ("Lena", "Brandt")


# --- An em dash closed up on one side parts the title and the firm -------------------------

def test_an_em_dash_closed_up_parts_title_and_firm() -> None:
    card = _card("Oskar Lindqvist", "Head Brewer —Harbourside Brewing Co", "0412 345 678",
                 "oskar@harboursidebrewing.com.au", region="AU")
    assert card.title == "Head Brewer"
    assert card.company == "Harbourside Brewing Co"


# --- A second office's country is the card's -----------------------------------------------

def test_the_country_after_the_second_office_is_the_cards() -> None:
    card = _card("Mertens & Wouters", "Sofie Mertens", "Vennoot", "T +32 3 555 12 34",
                 "s.mertens@mertenswouters.be", "Kantoor Antwerpen: Meir 40, 2000 Antwerpen",
                 "Kantoor Leuven: Bondgenotenlaan 8, 3000 Leuven– België")
    assert card.city == "Antwerpen"
    assert card.country == "BE"


def test_no_country_without_one_printed() -> None:
    card = _card("Mertens & Wouters", "Sofie Mertens", "Vennoot", "T +32 3 555 12 34",
                 "s.mertens@mertenswouters.be", "Meir 40, 2000 Antwerpen")
    assert card.country is None


# --- Titles: a trade's master in two languages, a compound's shared half, a glued word -----

def test_a_trade_master_under_a_slash_keeps_the_first_language() -> None:
    from pursuit.core.cards.parse import _first_language
    assert _first_language("Brouwmeester / Brew Master") == "Brouwmeester"
    assert _first_language("Founder / CEO") == "Founder / CEO"
    assert _first_language("Nord / Sud") == "Nord / Sud"


def test_a_compounds_shared_half_keeps_its_hyphen() -> None:
    from pursuit.core.cards.parse import _title_marks
    assert _title_marks("Ein- und Verkaufsleiter") == "Ein- und Verkaufsleiter"
    assert _title_marks("Osto- ja logistiikkapäällikkö") == "Osto- ja logistiikkapäällikkö"
    assert _title_marks("Partner - Private Client") == "Partner – Private Client"


def test_a_three_letter_word_glued_to_a_role() -> None:
    from pursuit.core.cards.parse import _title_marks
    assert _title_marks("WebDeveloper") == "Web Developer"
    assert _title_marks("JavaScript") == "JavaScript"


# --- A Canadian code closed up; a hyphenated given name's small second syllable -------------

def test_a_canadian_code_closed_up_gets_its_space() -> None:
    from pursuit.core.cards.address import _postal_as_printed
    assert _postal_as_printed("k1p5g4", "CA") == "K1P 5G4"
    assert _postal_as_printed("K1P 5G4", "CA") == "K1P 5G4"


def test_a_small_l_after_a_hyphen_before_i_stays() -> None:
    from pursuit.core.cards.names import ocr_name
    assert ocr_name("CHEN Hsiao-lin") == "CHEN Hsiao-lin"
    assert ocr_name("Priya Sharma-lyer") == "Priya Sharma-Iyer"


# --- OCR's letters: a Turkish Ğ read as Č, a space after "www.", a German "-St." ------------

def test_a_caron_on_a_turkish_card_is_the_breve() -> None:
    card = _card("Emre DOČAN", "Satış Müdürü", "Ege Lojistik A.Ş.", "T +90 232 555 12 34",
                 "emre.dogan@egelojistik.com.tr", region="TR")
    assert card.last == "Doğan"


def test_a_space_after_www_is_closed() -> None:
    from pursuit.core.cards.web import repair_domains
    assert repair_domains("www.k oruwai.co.nz") == "www.koruwai.co.nz"
    assert repair_domains("www.koruwai.co.nz") == "www.koruwai.co.nz"


def test_a_german_persons_street_keeps_its_str() -> None:
    from pursuit.core.cards.address import tidy_street
    assert tidy_street("Anna-Seghers-St. 7") == "Anna-Seghers-Str. 7"
    assert tidy_street("St. Georgen 7") == "St. Georgen 7"


# --- "CHARTERED …" on a line of its own under the firm is no part of its name ---------------

def test_a_chartered_line_under_the_firm_is_not_its_name() -> None:
    card = _card("Isla Drummond", "Senior Associate", "MUIR & TAIT", "CHARTERED SURVEYORS",
                 "T 0131 496 0123", "isla.drummond@muirtait.co.uk",
                 "14 Queen Street, Edinburgh EH2 1JE", region="GB")
    assert card.company == "Muir & Tait"
