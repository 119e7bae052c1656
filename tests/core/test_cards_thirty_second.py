"""The thirty-second round of card rules (tuned on BATCH31): a British postcode's inward
zero read as a capital O, a prefix run into the given name, a town in two languages whose
slash lost a space, a city printed before its Taiwanese county or Korean province, a
Japanese name printed family name first in capitals, a German specialism wrapped after its
adjective, Turkish and Welsh letters OCR misreads, a bar or a small l read as a capital I in
a firm's name, a Korean road's spaced suffix, a grid's label over its number. Made-up cards,
none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import find_address
from pursuit.core.cards.model import OcrLine
from pursuit.core.cards.title_company import continues_title


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Leeds LS1 OQT": a postcode's inward zero read as a capital O ----------------------------

def test_a_postcode_whose_inward_zero_ocr_read_as_o_is_read() -> None:
    found = find_address(["Suite 4, Wharf Approach, Leeds LS11 OQT"], "GB")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.postal_code) == (
        "Suite 4, Wharf Approach", "Leeds", "LS11 0QT")


def test_a_card_with_its_address_on_one_line_and_the_o_reads_it() -> None:
    card = _card("Priya Malhotra", "Operations Lead", "Kestrel Fabrication",
                 "T 0113 496 0731", "priya@kestrelfab.co.uk",
                 "Unit 3, Canal Wharf Estate, Leeds LS11 OQT", region="GB")
    assert (card.street, card.city, card.postal_code) == (
        "Unit 3, Canal Wharf Estate", "Leeds", "LS11 0QT")
    assert card.department is None


def test_an_o_before_letters_no_inward_part_has_is_not_touched() -> None:
    # "OAK" ends in K, which no inward part has: a word, not a postcode's zero.
    found = find_address(["12 Mill Lane", "Bristol BS1 4DJ"], "GB")
    assert found is not None and found[0].postal_code == "BS1 4DJ"
    card = _card("Tom Reed", "Carpenter", "Hollow Oak Joinery", "tom@hollowoak.co.uk",
                 "Yard 2, Hollow A1 OAK", "12 Mill Lane", "Bristol BS1 4DJ", region="GB")
    assert card.postal_code == "BS1 4DJ"


# --- "Dr.Maya Sela": a prefix run into the given name -----------------------------------------

def test_a_prefix_run_into_the_given_name_is_the_prefix() -> None:
    card = _card("Carmel Heart Institute", "Dr.Yonatan Peretz", "Consultant Cardiologist",
                 "Tel +972 4 855 3210", "yonatan@carmelheart.co.il", region="IL")
    assert (card.prefix, card.first, card.last) == ("Dr.", "Yonatan", "Peretz")
    card = _card("Mrs.Helen Darby", "Head Teacher", "Oakfield Primary School",
                 "helen.darby@oakfield.sch.uk", region="GB")
    assert (card.prefix, card.first, card.last) == ("Mrs.", "Helen", "Darby")


def test_a_chain_of_titles_run_into_the_given_name_is_split() -> None:
    card = _card("Seeklinik Zug AG", "Prof.Dr.Lena Roth", "Chefärztin Kardiologie",
                 "+41 41 555 20 30", "lena.roth@seeklinik-zug.ch", region="CH")
    assert (card.prefix, card.first, card.last) == ("Prof. Dr.", "Lena", "Roth")
    card = _card("Seeklinik Zug AG", "Dr.med.Jonas Keller", "Oberarzt",
                 "+41 41 555 20 31", "jonas.keller@seeklinik-zug.ch", region="CH")
    assert (card.prefix, card.first, card.last) == ("Dr. med.", "Jonas", "Keller")


def test_an_initial_run_into_a_surname_is_no_prefix() -> None:
    # "J.Morales": an initial, not a prefix; nothing is split off as one.
    card = _card("J.Morales Ortega", "Ingeniero de Proyectos", "Andes Montajes S.A.",
                 "jmorales@andesmontajes.cl", region="CL")
    assert card.prefix is None


# --- "2000 Antwerpen/ Anvers": a town in two languages, one space of the slash lost ----------

def test_a_town_in_two_languages_with_one_space_of_its_slash_lost() -> None:
    found = find_address(["Meir 52 / Meir 52", "2000 Antwerpen/ Anvers"], "BE")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.postal_code) == ("Meir 52", "Antwerpen",
                                                                   "2000")
    found = find_address(["Meir 52", "2000 Antwerpen /Anvers"], "BE")
    assert found is not None and found[0].city == "Antwerpen"


def test_a_turkish_district_slash_with_one_space_stays_the_districts() -> None:
    # Turkey's slash parts the district from the town: the town is not cut to the first.
    found = find_address(["Bağdat Cad. No: 41", "34728 Kadıköy/ İstanbul"], "TR")
    assert found is not None and found[0].city != "Kadıköy"


# --- "Toufen City," / "Miaoli County 351": a city its county runs ------------------------------

def test_a_taiwanese_city_before_its_county_is_the_town() -> None:
    found = find_address(["No. 21, Zhongzheng Rd., Toufen City,", "Miaoli County 351"], "TW")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.postal_code) == (
        "No. 21, Zhongzheng Rd.", "Toufen City", "351")


def test_a_township_before_its_county_stays_with_the_street() -> None:
    found = find_address(["No. 9, Minsheng Rd., Jiji Township", "Nantou County 552"], "TW")
    assert found is not None
    address = found[0]
    assert (address.street, address.city) == ("No. 9, Minsheng Rd., Jiji Township",
                                              "Nantou County")


def test_a_korean_city_over_its_province_line_is_the_town_with_its_suffix() -> None:
    found = find_address(["3F, 45 Jungang-ro, Paldal-gu, Suwon-si", "Gyeonggi-do 16455"],
                         "KR")
    assert found is not None
    address = found[0]
    assert (address.street, address.city, address.postal_code) == (
        "3F, 45 Jungang-ro, Paldal-gu", "Suwon-si", "16455")
    found = find_address(["8F, 12 Pangyo-ro, Bundang-gu", "Seongnam-si, Gyeonggi-do 13494"],
                         "KR")
    assert found is not None and found[0].city == "Seongnam-si"


def test_a_city_on_its_own_line_over_its_county_or_province_is_the_town() -> None:
    found = find_address(["No. 3, Sec. 1, Zhongshan Rd.", "Yuanlin City", "Changhua County 510"],
                         "TW")
    assert found is not None
    assert (found[0].street, found[0].city) == ("No. 3, Sec. 1, Zhongshan Rd.", "Yuanlin City")
    found = find_address(["22 Hyowon-ro, Gwonseon-gu", "Suwon-si", "Gyeonggi-do 16455"], "KR")
    assert found is not None
    assert (found[0].street, found[0].city) == ("22 Hyowon-ro, Gwonseon-gu", "Suwon-si")


def test_a_korean_city_without_its_province_loses_its_suffix() -> None:
    found = find_address(["8F, 12 Pangyo-ro", "Bundang-gu, Seongnam-si 13494"], "KR")
    assert found is not None and found[0].city == "Seongnam"


# --- "NAKAGAWA EMI": a Japanese family name first in capitals ----------------------------------

def test_a_japanese_family_name_first_in_capitals_is_the_last_name() -> None:
    card = _card("KINOSHITA MEGUMI", "Ceramic Artist", "Shigaraki Kiln Works",
                 "T 0748-55-4102", "megumi@shigaraki-kiln.jp", region="JP")
    assert (card.first, card.last, card.full_name) == ("Megumi", "Kinoshita",
                                                       "Megumi Kinoshita")
    card = _card("SUZUKI Daichi", "Sales Engineer", "Tohoku Fine Motors",
                 "d.suzuki@tohoku-fm.co.jp", region="JP")
    assert (card.first, card.last) == ("Daichi", "Suzuki")


def test_a_japanese_given_name_first_stays_first() -> None:
    # "Yuki" ends in no family name's element and is no common family name: printed order.
    card = _card("YUKI NISHIKAWA", "Designer", "Atelier Nishikawa",
                 "nishikawa@atelier-nishikawa.jp", region="JP")
    assert (card.first, card.last) == ("Yuki", "Nishikawa")
    card = _card("Misaki Tanabe", "Producer", "Kobe Sound Lab", "m.tanabe@kobesound.jp",
                 region="JP")
    assert (card.first, card.last) == ("Misaki", "Tanabe")


# --- "Fachärztin für Physikalische" / "Medizin": a specialism wrapped after its adjective ------

def test_a_german_specialism_wrapped_after_its_adjective_is_one_title() -> None:
    assert continues_title("Fachärztin für Physikalische", "Medizin")
    card = _card("Praxis am Rheinufer", "Dr. med. Andrea Vogt", "Fachärztin FMH für Innere",
                 "Medizin und Kardiologie", "Telefon +41 61 555 20 10",
                 "praxis@rheinufer-praxis.ch", "Rheinweg 12", "4058 Basel", region="CH")
    assert card.title == "Fachärztin FMH für Innere Medizin und Kardiologie"
    assert card.department is None


def test_a_specialism_closed_by_its_noun_does_not_wrap() -> None:
    # "Chirurgie" is a noun: the specialism is whole, the line under it is another field.
    assert not continues_title("Facharzt für Chirurgie", "Praxis Seefeld")
    assert not continues_title("Fachärztin für Allgemeine", "Hausärzte Seefeld AG")


# --- "Ortodonti Uzmani": a Turkish title's closing dotless ı -----------------------------------

def test_a_turkish_titles_closing_i_after_a_back_vowel_is_dotless() -> None:
    card = _card("Bora Yılmaz", "Muhasebe Uzmani", "Çınar Mali Müşavirlik",
                 "bora@cinarmusavirlik.com.tr", region="TR")
    assert card.title == "Muhasebe Uzmanı"


def test_a_turkish_closing_i_after_a_front_vowel_and_a_firms_sanayi_stay() -> None:
    card = _card("Ece Demir", "Kalite Mühendisi", "Marmara Kablo Sanayi A.Ş.",
                 "ece.demir@marmarakablo.com.tr", region="TR")
    assert card.title == "Kalite Mühendisi"
    assert card.company == "Marmara Kablo Sanayi A.Ş."


# --- "Emre Can Yilmaz": a Turkish name's dotless ı read dotted ---------------------------------

def test_a_common_turkish_name_read_with_a_dotted_i_gets_its_dotless_one() -> None:
    card = _card("Barış Yildiz", "Proje Müdürü", "Anadolu Yapı A.Ş.",
                 "baris.yildiz@anadoluyapi.com.tr", region="TR")
    assert (card.first, card.last, card.full_name) == ("Barış", "Yıldız", "Barış Yıldız")
    card = _card("Selin Kiliçoğlu", "Mimar", "Boğaziçi Mimarlık",
                 "selin@bogazicimimarlik.com.tr", region="TR")
    assert card.last == "Kılıçoğlu"


def test_other_names_and_other_countries_keep_their_dotted_i() -> None:
    # "Demir", "Kaya" have no dotless ı; "Aydin" off a Turkish card is left as printed.
    card = _card("Irfan Demir", "Satış Müdürü", "Kaya Lojistik A.Ş.",
                 "irfan@kayalojistik.com.tr", region="TR")
    assert (card.first, card.last) == ("Irfan", "Demir")
    card = _card("Leyla Aydin", "Product Manager", "Northgate Labs", "leyla@northgatelabs.com",
                 region="US")
    assert card.last == "Aydin"


# --- "Tý Derwen": the Welsh circumflex OCR read as an acute ------------------------------------

def test_a_welsh_circumflex_read_as_an_acute_is_put_back_on_a_british_card() -> None:
    card = _card("Tý Gwyn Estates", "Rhys Morgan", "Lettings Negotiator", "T 029 2049 6110",
                 "rhys@tygwyn.co.uk", "Tý Derwen, 8 Heol y Gamlas", "Cardiff CF10 5BT",
                 region="GB")
    assert (card.company, card.street) == ("Tŷ Gwyn Estates", "Tŷ Derwen, 8 Heol y Gamlas")


def test_a_ty_printed_without_a_mark_stays_so() -> None:
    card = _card("Rhys Morgan", "Lettings Negotiator", "Ty Coch Lettings", "T 029 2049 6110",
                 "rhys@tycoch.co.uk", "Ty Coch, 8 Heol y Gamlas", "Cardiff CF10 5BT",
                 region="GB")
    assert (card.company, card.street) == ("Ty Coch Lettings", "Ty Coch, 8 Heol y Gamlas")


# --- "IOderland Logistik": a bar before the firm's name read as a capital I --------------------

def test_a_bar_read_as_an_i_before_the_firms_name_is_dropped() -> None:
    card = _card("IOderland Logistik Beratung GmbH", "Telefon +49 335 555 24 10",
                 "E-Mail j.krueger@olb-frankfurt.de", "Lindenstraße 7 · 15230 Frankfurt (Oder)",
                 "Jana Krüger", "Senior Consultant", region="DE")
    assert card.company == "Oderland Logistik Beratung GmbH"


def test_a_firm_named_in_capitals_or_with_a_small_i_keeps_it() -> None:
    card = _card("IKEA Einrichtung GmbH", "Jana Krüger", "Disponentin", "+49 335 555 2410",
                 "jana.krueger@ikea-einrichtung.de", region="DE")
    assert card.company is not None and card.company.startswith("IKEA")
    card = _card("iRobotics Solutions Ltd", "Sam Price", "Engineer", "sam@irobotics.co.uk",
                 region="GB")
    assert card.company is not None and card.company.startswith("iRobotics")


# --- "Songdogwahak -ro": a Korean road's suffix spaced from its name ---------------------------

def test_a_korean_roads_suffix_spaced_from_its_name_is_joined() -> None:
    found = find_address(["3F, 18 Centum -ro, Haeundae- gu", "Busan 48058"], "KR")
    assert found is not None
    assert (found[0].street, found[0].city) == ("3F, 18 Centum-ro, Haeundae-gu", "Busan")


def test_a_dash_spaced_on_one_side_elsewhere_still_parts_two_parts() -> None:
    found = find_address(["Rua Augusta, 1500, sala 4- Consolação", "São Paulo - SP, 01304-001"],
                         "BR")
    assert found is not None and found[0].street == "Rua Augusta, 1500, sala 4, Consolação"


# --- "VItava Pohony": a company's small l read as a capital I ----------------------------------

def test_a_small_l_read_as_a_capital_i_after_a_firms_capital_is_put_back() -> None:
    card = _card("Jan Dvořák", "Obchodní ředitel", "BIanik Strojírny s.r.o.",
                 "jan.dvorak@bs-strojirny.cz", region="CZ")
    assert card.company == "Blanik Strojírny s.r.o."


def test_a_firm_in_capitals_keeps_its_capital_i() -> None:
    card = _card("Jan Dvořák", "Obchodní ředitel", "VIA Strojírny s.r.o.",
                 "jan.dvorak@via-strojirny.cz", region="CZ")
    assert card.company is not None and card.company.startswith("VIA")


# --- A grid of labelled cells on a tilted photo ------------------------------------------------

def _box(left: float, top: float, right: float, bottom: float, tilt: float = 0.0,
         ) -> tuple[tuple[float, float], ...]:
    # A photo taken a little askew: the right end of each line sits `tilt` higher.
    return ((left, top), (right, top - tilt), (right, bottom - tilt), (left, bottom))


def _grid_card(tilt: float) -> CardFields:
    # Two columns of cells, each a label over its value; on the tilted photo the left
    # column's label "Tel." comes level with the right column's number.
    lines = [
        OcrLine("Atelier Gerber AG", _box(60, 40, 260, 66, tilt)),
        OcrLine("Nina Gerber", _box(60, 90, 300, 124, tilt)),
        OcrLine("Leiterin Einkauf", _box(60, 140, 300, 172, tilt)),
        OcrLine("Mobile", _box(530, 318 + tilt, 590, 338 + tilt, tilt / 4)),
        OcrLine("Tel.", _box(62, 334, 96, 354, tilt / 4)),
        OcrLine("+41 79 555 31 20", _box(530, 340 + tilt, 675, 364 + tilt, tilt / 4)),
        OcrLine("+41 31 555 31 00", _box(62, 356, 207, 380, tilt / 4)),
        OcrLine("nina@gerber-atelier.ch", _box(62, 400, 300, 424, tilt)),
    ]
    return parse_card(lines, "CH")


def test_a_grid_cells_label_over_its_number_wins_over_a_label_far_off_on_its_line() -> None:
    for tilt in (0.0, -18.0):
        card = _grid_card(tilt)
        types = {phone.e164: phone.type for phone in card.phones}
        assert types == {"+41315553100": "work", "+41795553120": "mobile"}, tilt


def test_a_label_close_beside_its_number_still_wins_over_one_above() -> None:
    # "Fax" right before its number, under a "Tel." cell whose start it shares: the label
    # beside it is the number's.
    lines = [
        OcrLine("Nina Gerber", _box(60, 90, 300, 124)),
        OcrLine("Tel.", _box(62, 300, 96, 320)),
        OcrLine("Fax", _box(62, 322, 92, 342)),
        OcrLine("+41 31 555 31 09", _box(100, 322, 245, 342)),
        OcrLine("nina@gerber-atelier.ch", _box(62, 400, 300, 424)),
    ]
    card = parse_card(lines, "CH")
    assert [phone.type for phone in card.phones] == ["fax"]
