"""The thirtieth round of card rules (tuned on BATCH29): the kind of school after a German
diploma, a firm's sites counted under one label, a town in two languages before its country,
a Turkish second given name the e-mail writes into the first. Made-up cards, none from the
set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.names import parse_name


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Dipl.-Ing. (FH)": the school after a diploma is part of the prefix --------------------

def test_the_school_after_a_diploma_is_part_of_the_prefix() -> None:
    name = parse_name("Dipl.-Ing. (FH) Katrin Vogelsang")
    assert (name.prefix, name.first, name.last) == ("Dipl.-Ing. (FH)", "Katrin", "Vogelsang")
    name = parse_name("Dipl.-Kfm. (Univ.) Tobias Reuter")
    assert (name.prefix, name.first, name.last) == ("Dipl.-Kfm. (Univ.)", "Tobias", "Reuter")


def test_brackets_without_a_diploma_before_them_are_no_prefix() -> None:
    # A bracketed word after a name, or after a prefix that is no diploma, is no school.
    assert parse_name("Katrin Vogelsang (FH)").prefix is None
    assert parse_name("Dr. (FH) Katrin Vogelsang").prefix != "Dr. (FH)"


def test_the_diploma_card_reads_its_name_under_the_company() -> None:
    card = _card("Vogelsang Fördertechnik GmbH", "Dipl.-Ing. (FH) Katrin Vogelsang",
                 "Leiterin Vertrieb", "Tel. +49 711 555 3020",
                 "k.vogelsang@vogelsang-foerdertechnik.de", region="DE")
    assert (card.prefix, card.first, card.last) == ("Dipl.-Ing. (FH)", "Katrin", "Vogelsang")
    assert card.company == "Vogelsang Fördertechnik GmbH"
    assert card.credentials is None


# --- "Werk 1:" / "Werk 2:": a firm's counted sites ------------------------------------------

def test_the_first_counted_site_is_the_contacts_address() -> None:
    card = _card("Katrin Vogelsang", "Vogelsang Fördertechnik GmbH", "Tel. +49 711 555 3020",
                 "Werk 1: Industriestraße 22, 70565 Stuttgart",
                 "Werk 2: Lindenweg 5, 73728 Esslingen", region="DE")
    assert (card.street, card.city, card.postal_code) == ("Industriestraße 22", "Stuttgart",
                                                          "70565")


def test_one_counted_site_or_sites_of_two_kinds_are_left_to_the_other_labels() -> None:
    from pursuit.core.cards.address import _numbered_sites
    assert _numbered_sites(["Werk 2: Lindenweg 5, 73728 Esslingen"]) == []
    assert _numbered_sites(["Werk 1: Industriestraße 22, 70565 Stuttgart",
                            "Lager 2: Lindenweg 5, 73728 Esslingen"]) == []
    assert _numbered_sites(["Plant 1: 40 Mill Road, Leeds LS1 4AB",
                            "Plant 2: 12 Quay Street, Hull HU1 1AA"]) == [0, 1]


# --- "1000 Bruxelles / Brussel – Belgique / België" ----------------------------------------

def test_a_town_in_two_languages_before_its_country_is_its_first_name() -> None:
    card = _card("Sophie Dufrane", "Notaire", "Tél. +32 2 555 80 80", "s.dufrane@dufrane.be",
                 "Rue Royale 71", "1000 Bruxelles / Brussel – Belgique / België", region="BE")
    assert (card.street, card.city, card.postal_code) == ("Rue Royale 71", "Bruxelles", "1000")


def test_a_turkish_district_slash_before_the_country_is_left_to_its_rule() -> None:
    from pursuit.core.cards.address import _first_language
    text = "06680 Çankaya / Ankara – Türkiye"
    assert _first_language(text, "TR") == text
    # Without a country after it, a town in two languages was read so already.
    assert _first_language("2000 Antwerpen / Anvers", "BE") == "2000 Antwerpen"


# --- "Elif Nur Demirtaş" with elifnur@: one given name in two words, in Turkey -------------

def test_a_turkish_given_pair_the_email_writes_as_one_is_the_given_name() -> None:
    card = _card("Zeynep Su Karaca", "Satış Müdürü", "Tel +90 212 555 40 40",
                 "zeynepsu@marmaraboya.com.tr", region="TR")
    assert (card.first, card.middle, card.last) == ("Zeynep Su", None, "Karaca")


def test_a_turkish_second_given_name_the_email_leaves_out_stays_the_middle_name() -> None:
    card = _card("Zeynep Su Karaca", "Satış Müdürü", "Tel +90 212 555 40 40",
                 "zeynep.karaca@marmaraboya.com.tr", region="TR")
    assert (card.first, card.middle, card.last) == ("Zeynep", "Su", "Karaca")


def test_a_spanish_given_pair_so_written_keeps_its_middle_name() -> None:
    card = _card("Pedro Ángel Serrano", "Arquitecto", "T +34 915 555 100",
                 "pedroangel@serrano.es", region="ES")
    assert (card.first, card.middle, card.last) == ("Pedro", "Ángel", "Serrano")


# --- "Büro Bremen: …" after the unlabelled address: another office --------------------------

def test_an_office_named_by_its_town_after_the_first_address_is_left_out() -> None:
    card = _card("Dr. Henrike Lampe", "Beraterin", "Nordlicht Hafenconsult GmbH",
                 "Telefon +49 431 555 20 10", "h.lampe@nordlicht-hafen.de",
                 "Kaistraße 12 · 24103 Kiel", "Büro Lübeck: Hafenstraße 9 · 23568 Lübeck",
                 region="DE")
    assert (card.street, card.city, card.postal_code) == ("Kaistraße 12", "Kiel", "24103")


def test_an_office_named_by_its_town_as_the_only_address_is_kept() -> None:
    from pursuit.core.cards.address import _town_offices_after
    only = ["Henrike Lampe", "Büro Lübeck: Hafenstraße 9 · 23568 Lübeck"]
    assert _town_offices_after(only) == []
    # After a first address that is labelled itself, the labels decide as before.
    labelled = ["Postanschrift: Postfach 1120 · 24103 Kiel",
                "Büro Lübeck: Hafenstraße 9 · 23568 Lübeck"]
    assert _town_offices_after(labelled) == []
    first = ["Kaistraße 12 · 24103 Kiel", "Büro Lübeck: Hafenstraße 9 · 23568 Lübeck"]
    assert _town_offices_after(first) == [1]


# --- "Senior Associate – Tax Advisory": a practice's field in trade words ------------------

def test_a_roles_field_in_trade_words_stays_in_the_title() -> None:
    card = _card("Dana Whitcombe", "Senior Associate – Tax Advisory", "Kestrel & Vane LLP",
                 "T +44 20 7946 0321", "dana.whitcombe@kestrelvane.co.uk", region="GB")
    assert (card.title, card.department) == ("Senior Associate – Tax Advisory", None)
    assert card.company == "Kestrel & Vane LLP"
    card = _card("Dana Whitcombe", "Principal – Coastal Engineering", "Tern Marine Ltd",
                 "dana@ternmarine.co.uk", region="GB")
    assert (card.title, card.department) == ("Principal – Coastal Engineering", None)


def test_a_firm_after_the_roles_dash_is_still_the_company() -> None:
    # A legal form closes it: the firm, not the role's field.
    card = _card("Dana Whitcombe", "Senior Associate – Kestrel Advisory Ltd",
                 "T +44 20 7946 0321", "dana.whitcombe@kv-mail.co.uk", region="GB")
    assert card.title == "Senior Associate"
    assert card.company == "Kestrel Advisory Ltd"
