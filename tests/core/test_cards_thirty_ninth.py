"""The thirty-ninth round of card rules (tuned on BATCH38): a dotted legal form run into the
firm's last word ("ManagementL.L.C."), a Hungarian legal form whose stop OCR lost ("Kft"), any
marked letter of the owner's name read bare in the firm's name ("Lomeli" for Lomelí), a
middle dot read as a full stop between the house number and a split postcode ("9. 903 28"),
and a stop lost inside a dotted legal form ("W.LL.").
Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Harbour Logistics ServicesL.L.C.": a dotted legal form run into the last word ----------

def _gulf(firm: str) -> CardFields:
    return _card(firm, "Omar Al Khatib", "Fleet Manager", "T +971 4 555 3921",
                 "omar.khatib@harbourlogistics.ae", "Warehouse 12, Jebel Ali Free Zone",
                 "P.O. Box 50231, Dubai, UAE", region="AE")


def test_a_dotted_legal_form_run_into_the_last_word_is_parted() -> None:
    assert _gulf("Harbour Logistics ServicesL.L.C.").company == (
        "Harbour Logistics Services L.L.C.")


def test_a_legal_form_already_apart_or_a_word_in_capitals_is_left_as_printed() -> None:
    assert _gulf("Harbour Logistics Services L.L.C.").company == (
        "Harbour Logistics Services L.L.C.")
    # Capitals with stops after a capital are no small letters run into a form.
    assert _gulf("Harbour Logistics U.A.E.").company == "Harbour Logistics U.A.E."


# --- "Duna Gépgyártó Kft": the Hungarian legal form's stop lost at the line's end ----------

def _hungarian(firm: str, region: str = "HU") -> CardFields:
    return _card(firm, "Kovács Péter", "Műszaki igazgató", "Tel. +36 1 555 2840",
                 "kovacs.peter@dunagep.hu", "1097 Budapest,", "Gubacsi út 6.", region=region)


def test_a_hungarian_legal_form_gets_back_its_stop() -> None:
    assert _hungarian("Duna Gépgyártó Kft").company == "Duna Gépgyártó Kft."
    assert _hungarian("Duna Gépgyártó Zrt").company == "Duna Gépgyártó Zrt."


def test_a_form_with_its_stop_or_a_word_ending_in_the_letters_stays() -> None:
    assert _hungarian("Duna Gépgyártó Kft.").company == "Duna Gépgyártó Kft."
    # "Kft" only as a word of its own: a name ending in the same letters is no form.
    assert _hungarian("Duna Gépgyártó Krafft").company == "Duna Gépgyártó Krafft"


# --- "Ibáñez Sotelo Arquitectos" read "Ibanez": the owner's marked letters ----------------

def _owner(firm: str, name: str = "Arq. Daniela Ibáñez Sotelo") -> CardFields:
    return _card(name, "Socia Fundadora", firm, "Tel. +52 55 5555 3120",
                 "dibanez@ibanezsotelo.com.mx", "Calle Durango 214, Piso 2",
                 "Col. Roma Norte, 06700 Ciudad de México, CDMX", region="MX")


def test_an_acute_or_tilde_of_the_owner_read_bare_in_the_firm_takes_the_name_line() -> None:
    assert _owner("Ibáñez Sotelo Arquitectos, S.C.").company == "Ibáñez Sotelo Arquitectos, S.C."
    card = _owner("Ibañez Sotelo Arquitectos, S.C.", "Arq. Daniela Ibáñez Sotelo")
    assert card.company == "Ibáñez Sotelo Arquitectos, S.C."
    card = _owner("Monteón Ruíz Arquitectos, S.C.", "Arq. Daniela Monteón Ruíz")
    assert _owner("Monteon Ruíz Arquitectos, S.C.", "Arq. Daniela Monteón Ruíz").company == (
        card.company)


def test_a_firm_word_differing_by_another_letter_is_not_respelled() -> None:
    # "Montero" is another word than "Monteón": more than a lost mark apart.
    card = _owner("Montero Ruíz Arquitectos, S.C.", "Arq. Daniela Monteón Ruíz")
    assert card.company is not None and card.company.startswith("Montero ")


# --- "Storgatan 14. 972 38 Luleå": a middle dot read as a full stop -----------------------

def _swedish(address: str) -> CardFields:
    return _card("Maja Lindqvist", "Projektledare · Norrsken Bygg AB", "+46 920 555 318",
                 "maja@norrskenbygg.se", address, region="SE")


def test_a_stop_between_the_house_number_and_a_split_postcode_is_a_separator() -> None:
    card = _swedish("Storgatan 14. 972 38 Luleå")
    assert (card.street, card.postal_code, card.city) == ("Storgatan 14", "972 38", "Luleå")


def test_a_stop_before_another_number_stays_in_the_street() -> None:
    # A Hungarian house number keeps its stop: the town comes first, the floor follows.
    card = _hungarian("Duna Gépgyártó Kft.")
    assert card.street == "Gubacsi út 6."
    card = _swedish("Storgatan 14 · 972 38 Luleå")
    assert (card.street, card.postal_code) == ("Storgatan 14", "972 38")


# --- "Sidra Catering W.LL.": a stop lost inside a dotted legal form --------------------------

def _qatari(firm: str) -> CardFields:
    return _card(firm, "Khalid Al Mannai", "Operations Manager", "T +974 4455 2817",
                 "khalid@sidracatering.qa", "Building 27, Street 230, Zone 41", "Doha, Qatar",
                 region="QA")


def test_a_dotted_legal_form_gets_back_the_stop_ocr_lost() -> None:
    assert _qatari("Sidra Catering W.LL.").company == "Sidra Catering W.L.L."
    assert _qatari("Sidra Catering L.LC.").company == "Sidra Catering L.L.C."


def test_a_form_printed_without_stops_or_unknown_initials_stay_as_printed() -> None:
    assert _qatari("Sidra Catering WLL").company == "Sidra Catering WLL"
    assert _qatari("Sidra Catering W.L.L.").company == "Sidra Catering W.L.L."
    # Initials that are no legal form (a firm's own letters) keep their stops as read.
    assert _qatari("Sidra Catering K.MG.").company == "Sidra Catering K.MG."
