"""The thirty-fifth round of card rules (tuned on BATCH34): a Malay given name of two words
without "bin" or "binti", the bar of a one-line address that OCR ran into a full stop, a
Japanese city ("-shi") closing the street line, a road named by the two towns it joins, a Roman
numeral in a street with OCR's small l, a Taiwanese short form's stop lost closing a line,
a comma read as a full stop after a whole word of the street, ".nl" read as ".ni" on a card
with a Dutch postcode, a Singapore building named with an at sign, and an Irish place closing
with "Rua". Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Siti Hajar Osman": a Malay given name of two words -----------------------------------------

def test_a_malay_given_name_of_two_words_without_bin_or_binti() -> None:
    card = _card("Kenari Logistik Sdn. Bhd.", "Siti Hajar Osman", "Operations Executive",
                 "+60 3 5555 2041", "sitihajar@kenarilogistik.com.my", region="MY")
    assert (card.first, card.middle, card.last) == ("Siti Hajar", None, "Osman")
    card = _card("Kenari Logistik Sdn. Bhd.", "Muhammad Haziq Roslan", "Driver Supervisor",
                 "+60 3 5555 2042", "haziq@kenarilogistik.com.my", region="MY")
    assert (card.first, card.middle, card.last) == ("Muhammad Haziq", None, "Roslan")


def test_other_malaysian_names_keep_their_middle_name() -> None:
    # An Indian name in Malaysia opens with no Malay lead: its second word stays the middle.
    card = _card("Kenari Logistik Sdn. Bhd.", "Lakshmi Devi Ramasamy", "Accountant",
                 "+60 3 5555 2043", "lakshmi@kenarilogistik.com.my", region="MY")
    assert (card.first, card.middle, card.last) == ("Lakshmi", "Devi", "Ramasamy")
    # Elsewhere the lead word is no rule: an Indonesian card keeps its middle name.
    card = _card("PT Sinar Kencana", "Siti Rahma Wulandari", "Marketing Manager",
                 "+62 21 5555 1234", "siti@sinarkencana.co.id", region="ID")
    assert card.first == "Siti"


# --- "2. th.I 5000 Odense C": the bar run into the full stop -------------------------------------

def test_a_bar_read_as_a_letter_after_an_abbreviations_full_stop() -> None:
    for line in ("Vindegade 12, 2. th.I 5000 Odense C", "Vindegade 12, 2. th.1 5000 Odense C",
                 "Vindegade 12, 2. th.l 5000 Odense C"):
        card = _card("Mette Holm", "Arkitekt", "Holm Tegnestue ApS", "mette@holmtegnestue.dk",
                     line, region="DK")
        assert (card.street, card.postal_code, card.city) == (
            "Vindegade 12, 2. th.", "5000", "Odense C"), line


def test_a_house_number_after_a_full_stop_is_kept() -> None:
    # "No.7": a number after an abbreviation that takes one is the house's, not the bar.
    card = _card("Hafiz Rahman", "Manager", "Cahaya Teknik Sdn. Bhd.",
                 "hafiz@cahayateknik.com.my", "Jalan Tun Razak No.7 50400 Kuala Lumpur",
                 region="MY")
    assert card.street is not None and card.street.endswith("7")
    assert (card.postal_code, card.city) == ("50400", "Kuala Lumpur")


# --- "Kanazawa-shi": the city closing the street line --------------------------------------------

def test_a_japanese_city_closing_the_street_line_is_the_town() -> None:
    card = _card("Hakusan Valve Works Co., Ltd.", "MORI Kenta", "Sales Manager",
                 "k.mori@hakusan-valve.co.jp", "5-12-3 Korinbo, Kanazawa-shi,",
                 "Ishikawa 920-0961, Japan", region="JP")
    assert (card.street, card.city, card.postal_code) == ("5-12-3 Korinbo", "Kanazawa",
                                                          "920-0961")


def test_a_japanese_ward_stays_in_the_street() -> None:
    card = _card("Hakusan Valve Works Co., Ltd.", "MORI Kenta", "Sales Manager",
                 "k.mori@hakusan-valve.co.jp", "2-4-6 Sakae, Naka-ku,", "Nagoya 460-0008",
                 region="JP")
    assert (card.street, card.city) == ("2-4-6 Sakae, Naka-ku", "Nagoya")


# --- "Km 2 Vía Cali – Jamundí": a road named by the two towns it joins ---------------------------

def test_a_road_named_by_two_towns_keeps_its_dash() -> None:
    card = _card("Andrés Pérez", "Gerente de Planta", "Empaques del Valle S.A.S.",
                 "aperez@empaquesvalle.co", "Km 2 Vía Cali – Jamundí, Bodega 12",
                 "Jamundí, Valle del Cauca", region="CO")
    assert card.street == "Km 2 Vía Cali – Jamundí, Bodega 12"


def test_a_dash_before_a_unit_is_still_a_comma() -> None:
    # A dash after a street's number and before its unit parts them, as before.
    card = _card("Marco Rossi", "Direttore Tecnico", "Officine Rossi S.r.l.",
                 "m.rossi@officinerossi.it", "Via Roma 12 – Scala B", "20121 Milano",
                 region="IT")
    assert (card.street, card.city) == ("Via Roma 12, Scala B", "Milano")


# --- "Kong Olav Vs gate", "tér 4. Ill/5.": a Roman numeral with OCR's small l -------------------

def test_a_roman_numeral_with_a_small_l_is_put_back_in_capitals() -> None:
    card = _card("Sigrid Lunde", "Daglig leder", "Lunde Arkitekter AS", "sigrid@lundeark.no",
                 "Christian IVs gate 3", "0162 Oslo", region="NO")
    assert card.street == "Christian IVs gate 3"
    card = _card("Sigrid Lunde", "Daglig leder", "Lunde Arkitekter AS", "sigrid@lundeark.no",
                 "Kong Olav Vlls gate 3", "0162 Oslo", region="NO")
    assert card.street == "Kong Olav VIIs gate 3"
    card = _card("Kovács Eszter", "Ügyvezető", "Kovács és Társa Kft.", "eszter@kovacstarsa.hu",
                 "Kossuth tér 4. Ill/5.", "1055 Budapest", region="HU")
    assert card.street == "Kossuth tér 4. III/5."


def test_a_word_of_those_letters_is_left() -> None:
    # The river after its apostrophe, and a word that only opens with a V and an l.
    card = _card("Claire Meyer", "Gérante", "Atelier Meyer SARL", "claire@ateliermeyer.fr",
                 "3 Quai de l'Ill", "67000 Strasbourg", region="FR")
    assert card.street == "3 Quai de l'Ill"
    card = _card("Ana Ionescu", "Director", "Ionescu Design SRL", "ana@ionescudesign.ro",
                 "Strada Vlaicu 12", "400000 Cluj-Napoca", region="RO")
    assert card.street == "Strada Vlaicu 12"


# --- "Xitun Dist" over "Taichung Industrial Park": the stop lost closing a line ----------------

def test_a_taiwanese_short_form_gets_its_stop_before_the_next_lines_comma() -> None:
    card = _card("Formosa Widgets Corp.", "CHEN Mei-ling", "Deputy Manager", "ml@fwidgets.com.tw",
                 "No. 5, Keji Rd., Xitun Dist", "Taichung Industrial Park",
                 "Taichung City 407, Taiwan", region="TW")
    assert card.street == "No. 5, Keji Rd., Xitun Dist., Taichung Industrial Park"


def test_a_district_short_form_elsewhere_is_left() -> None:
    # China's cards and their tuning truths write "Dist" without a stop mid-street.
    card = _card("Huaxin Precision Co., Ltd.", "Wang Lei", "Sales Manager", "wanglei@huaxin.cn",
                 "88 Zhangjiang Rd, Pudong New Dist", "Zhangjiang Hi-Tech Park",
                 "Shanghai 201203, China", region="CN")
    assert card.street == "88 Zhangjiang Rd, Pudong New Dist, Zhangjiang Hi-Tech Park"


# --- "Harbour Commercial Building." over its road: the comma read as a stop ---------------------

def test_a_stop_closing_a_whole_word_of_the_street_is_the_comma() -> None:
    card = _card("Kowloon Widget Trading Limited", "Kelly Ng", "Sales Manager",
                 "kelly.ng@kwidget.com.hk", "Flat 12, 9/F, Harbour Commercial Building.",
                 "88 Des Voeux Road Central, Central, Hong Kong", region="HK")
    assert card.street is not None and card.street.startswith(
        "Flat 12, 9/F, Harbour Commercial Building, 88 Des Voeux Road Central")


def test_a_short_forms_stop_is_kept() -> None:
    card = _card("Kowloon Widget Trading Limited", "Kelly Ng", "Sales Manager",
                 "kelly.ng@kwidget.com.hk", "Flat 12, 9/F, Harbour Comm. Bldg.",
                 "88 Des Voeux Road Central, Central, Hong Kong", region="HK")
    assert card.street is not None and "Bldg.," in card.street


# --- "s.dewit@brabantmetaal.ni": ".nl" with its l read as an i -----------------------------------

def test_a_nicaraguan_domain_on_a_card_with_a_dutch_postcode_is_dutch() -> None:
    card = _card("ir. Sanne de Wit", "Hoofd Inkoop", "Brabant Metaal B.V.", "T 040 5559876",
                 "M 06 5555 4321", "E s.dewit@brabantmetaal.ni", "Kastanjelaan 12",
                 "5616 LZ Eindhoven")
    assert card.emails == ("s.dewit@brabantmetaal.nl",)
    assert [(phone.type, phone.e164) for phone in card.phones] == [
        ("work", "+31405559876"), ("mobile", "+31655554321")]


def test_a_card_from_nicaragua_keeps_its_domain() -> None:
    card = _card("María López", "Gerente General", "Café Managua S.A.", "T +505 2255 1234",
                 "maria@cafemanagua.com.ni", "Km 4 Carretera a Masaya", "Managua, Nicaragua")
    assert card.emails == ("maria@cafemanagua.com.ni",)


# --- "Tech@Ubi": a Singapore building named with an at sign --------------------------------------

def test_a_building_named_with_an_at_sign_is_the_streets() -> None:
    card = _card("Merlion Controls Pte. Ltd.", "Tan Hui Ling", "Sales Director",
                 "huiling@merlioncontrols.com.sg", "No. 12 Ubi Road 4, #07-21", "Tech@Ubi",
                 "Singapore 408612", region="SG")
    assert card.street == "No. 12 Ubi Road 4, #07-21, Tech@Ubi"
    assert (card.city, card.postal_code) == ("Singapore", "408612")


def test_an_e_mail_under_the_street_is_no_building() -> None:
    card = _card("Merlion Controls Pte. Ltd.", "Tan Hui Ling", "Sales Director",
                 "No. 12 Ubi Road 4, #07-21", "huiling@merlioncontrols.com.sg",
                 "Singapore 408612", region="SG")
    assert card.emails == ("huiling@merlioncontrols.com.sg",)
    assert card.street is None or "@" not in card.street


# --- "Cill Rua" over "Co. an Chláir": an Irish place's "rua" (red) ------------------------------

def test_an_irish_place_closing_with_rua_is_the_town() -> None:
    card = _card("Siobhán Nic Mhathúna", "Bainisteoir", "Comharchumann an Chláir Teo.",
                 "siobhan@comharchlair.ie", "Páirc na Trá, Cill Rua,", "Co. an Chláir V15 K2T4",
                 region="IE")
    assert (card.street, card.city) == ("Páirc na Trá", "Cill Rua")


def test_a_portuguese_rua_still_opens_a_street() -> None:
    card = _card("Joana Martins", "Diretora Comercial", "Tecidos Martins, Lda.",
                 "joana@tecidosmartins.pt", "Rua das Flores 45", "4050-265 Porto", region="PT")
    assert (card.street, card.city) == ("Rua das Flores 45", "Porto")
