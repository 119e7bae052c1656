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


# --- "hali@" for Hasan Ali: a Turkish given name in two, spelled by initial and name -------

def _turkish(name: str, email: str) -> CardFields:
    return _card(name, "Satış Müdürü", "Kuzey Ambalaj San. ve Tic. A.Ş.",
                 "Tel +90 232 555 18 40", f"E-posta {email}@kuzeyambalaj.com.tr",
                 "Atatürk Cad. No: 112", "35220 Konak / İzmir", region="TR")


def test_turkish_initial_and_second_given_name_make_one_given_name() -> None:
    card = _turkish("Hasan Ali Demirtaş", "hali")
    assert (card.first, card.middle, card.last) == ("Hasan Ali", None, "Demirtaş")


def test_turkish_initial_and_surname_keep_the_middle_name() -> None:
    # The near neighbour: "hdemirtas@" spells the surname, so Ali stays the middle name.
    card = _turkish("Hasan Ali Demirtaş", "hdemirtas")
    assert (card.first, card.middle, card.last) == ("Hasan", "Ali", "Demirtaş")


# --- Czech: the háček read as a macron, and "tř." read as "t." -----------------------------

def _czech(street: str, town: str) -> CardFields:
    return _card("Ing. Lenka Horáková", "Obchodní ředitelka", "Vltavské armatury s.r.o.",
                 "Tel. +420 386 555 402", "horakova@vltavskearmatury.cz", street,
                 f"370 04 {town}", region="CZ")


def test_czech_macron_e_is_the_hacek_and_t_dot_after_an_adjective_is_trida() -> None:
    card = _czech("Husova t. 41", "České Budējovice")
    assert card.street == "Husova tř. 41"
    assert card.city == "České Budějovice"


def test_czech_street_without_trida_is_left_as_printed() -> None:
    # A street name ending in "-á" with no "t." after it keeps its words.
    card = _czech("Dlouhá 17", "České Budějovice")
    assert card.street == "Dlouhá 17"
    assert card.city == "České Budějovice"


# --- Korea: a numbered road's hyphen lost by OCR ("2ro") -----------------------------------

def _korean(street: str) -> CardFields:
    return _card("Hanbit Sensor Co., Ltd.", "T +82 31 555 4021", "jiwoo.kang@hanbitsensor.co.kr",
                 street, "Seongnam-si, Gyeonggi-do 13487, Korea", "KANG Ji-woo",
                 "Senior Researcher", region="KR")


def test_korean_numbered_road_gets_its_hyphen_back() -> None:
    assert _korean("7F, 22, Pangyoyeok 3ro, Bundang-gu").street == (
        "7F, 22, Pangyoyeok 3-ro, Bundang-gu")


def test_korean_road_printed_with_its_hyphen_is_unchanged() -> None:
    assert _korean("7F, 22, Pangyoyeok 3-ro, Bundang-gu").street == (
        "7F, 22, Pangyoyeok 3-ro, Bundang-gu")
