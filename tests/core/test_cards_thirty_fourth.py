"""The thirty-fourth round of card rules (tuned on BATCH33): a Hong Kong name whose Chinese
given name is hyphenated after the family name in capitals, a Korean or Taiwanese name printed
family name first by its hyphenated given name, an initial printed in capitals, a family name
left in capitals, one street printed in two languages on two lines, Germany's "e.V." and a
firm's initials read without its legal form, Turkish business words with the dotless ı, and
Ghana's digital address. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.names import parse_name


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- "Gloria LAM Wing-sze": the Chinese given name hyphenated ------------------------------------

def test_a_hyphenated_chinese_given_name_after_the_family_name_in_capitals() -> None:
    card = _card("Lantau Ferry Holdings Limited", "Gloria LAM Wing-sze, CPA",
                 "Finance Manager", "T +852 2555 6019", "gloria.lam@lantauferry.com.hk",
                 "12/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong", region="HK")
    assert (card.first, card.middle, card.last) == ("Gloria", "Wing-sze", "Lam")
    assert card.credentials == "CPA"


def test_a_name_in_capitals_with_a_hyphenated_word_is_not_turned() -> None:
    # A double-barrelled English surname in capitals after the given names is no family name
    # before a Chinese given name.
    name = parse_name("Emma Louise HART-DAVIES")
    assert (name.first, name.last) == ("Emma", "Hart-Davies")
    # A given name closing with a hyphen is no Chinese given name.
    assert parse_name("Gloria LAM Wing-").full_name != "Gloria Wing- Lam"


# --- "Byun Ji-ho": a Korean family name not on the list ------------------------------------------

def test_a_korean_name_family_name_first_by_its_hyphenated_given_name() -> None:
    card = _card("Hanul Robotics Co., Ltd.", "Byun Ji-ho", "Senior Researcher",
                 "T +82 31 555 2840", "jiho.byun@hanulrobotics.co.kr",
                 "27, Pangyo-ro 255beon-gil, Bundang-gu,", "Seongnam-si, Gyeonggi-do 13486",
                 region="KR")
    assert (card.first, card.last, card.full_name) == ("Ji-ho", "Byun", "Ji-ho Byun")


def test_a_korean_name_printed_given_name_first_stays() -> None:
    card = _card("Hanul Robotics Co., Ltd.", "Ji-ho Byun", "Senior Researcher",
                 "T +82 31 555 2840", "info@hanulrobotics.co.kr",
                 "27, Pangyo-ro 255beon-gil, Bundang-gu,", "Seongnam-si, Gyeonggi-do 13486",
                 region="KR")
    assert (card.first, card.last) == ("Ji-ho", "Byun")


def test_a_hyphenated_surname_last_elsewhere_is_not_turned() -> None:
    card = _card("Marlow Design Ltd", "Anna Smith-Jones", "Designer", "T 020 7946 0101",
                 "anna@marlowdesign.co.uk", "4 Canal Street", "London N1 9AA", region="GB")
    assert (card.first, card.last) == ("Anna", "Smith-Jones")


# --- "DAVID R. OKONJO": an initial in capitals -------------------------------------------------

def test_an_initial_in_a_name_printed_in_capitals_stays_a_capital() -> None:
    # "E", "Y" and "I" alone are particles between two surnames; with a full stop, initials.
    for printed, middle in (("DAVID E. OKONJO", "E."), ("LUCIA Y. MARTIN", "Y.")):
        assert parse_name(printed).middle == middle
    # The particle itself is still written small.
    assert parse_name("JORDI PUIG I SOLER").last == "Puig i Soler"


# --- "GOH Mei Xin": a family name left in capitals ----------------------------------------------

def test_a_family_name_printed_first_in_capitals_is_cased() -> None:
    card = _card("Straits Marine Supplies Pte Ltd", "GOH Mei Xin", "Operations Executive",
                 "T +65 6555 2190", "meixin.goh@straitsmarine.com.sg",
                 "15 Tuas Avenue 8", "Singapore 639234", region="SG")
    assert card.last == "Goh"
    assert card.full_name is not None and "GOH" not in card.full_name


def test_a_suffix_in_capitals_is_not_cased_as_a_name() -> None:
    card = _card("Harlan & Pike LLP", "Robert J. Harlan III", "Partner",
                 "T (617) 555-0143", "rharlan@harlanpike.com", "200 State St",
                 "Boston, MA 02109")
    assert card.suffix == "III"
    assert card.full_name == "Robert J. Harlan III"


# --- "Kunstlaan 14 bus 3" / "Avenue des Arts 14 bte 3": one street in two languages ----------

def test_one_street_printed_in_two_languages_keeps_the_first() -> None:
    card = _card("Maes & Lambert CV", "Sofie Maes", "Notaris", "T +32 2 555 18 20",
                 "sofie.maes@maeslambert.be", "Kunstlaan 14 bus 3",
                 "Avenue des Arts 14 bte 3", "1210 Brussel / Bruxelles", region="BE")
    assert (card.street, card.city, card.postal_code) == ("Kunstlaan 14 bus 3", "Brussel",
                                                          "1210")
    # The second language's line is read as nothing else.
    assert card.title == "Notaris"


def test_a_unit_line_under_its_street_stays_in_the_street() -> None:
    # The same number, but no shared name: a unit, not a translation.
    card = _card("Maes & Lambert CV", "Sofie Maes", "Notaris", "T +32 2 555 18 20",
                 "sofie.maes@maeslambert.be", "Rue Haute 14", "Bloc 14",
                 "1000 Bruxelles", region="BE")
    assert card.street == "Rue Haute 14, Bloc 14"


# --- "Verband für Gewässerschutz Oberrhein e.V.": the association's legal form ---------------

def test_a_german_association_closed_by_e_v_is_the_company() -> None:
    card = _card("Verband für Gewässerschutz Oberrhein e.V.", "Tel. +49 721 555 4410",
                 "m.kessler@vgo-ev.de", "Rheinhafenstraße 18", "76189 Karlsruhe",
                 "Dr. Martin Kessler", "Geschäftsführer", region="DE")
    assert card.company == "Verband für Gewässerschutz Oberrhein e.V."
    assert (card.first, card.last, card.title) == ("Martin", "Kessler", "Geschäftsführer")


def test_a_logo_letter_before_a_firm_its_domain_spells_by_initials_is_dropped() -> None:
    card = _card("KPodlaskie Zakłady Drzewne sp. z o.o.", "tel. +48 85 555 20 40",
                 "a.nowak@pzd.com.pl", "ul. Lipowa 12", "15-424 Białystok",
                 "Anna Nowak", "Kierownik Zakupów", region="PL")
    assert card.company == "Podlaskie Zakłady Drzewne sp. z o.o."
    # A firm whose first letter the domain spells keeps it.
    card = _card("KPodlaskie Zakłady Drzewne sp. z o.o.", "tel. +48 85 555 20 40",
                 "a.nowak@kpzd.com.pl", "ul. Lipowa 12", "15-424 Białystok",
                 "Anna Nowak", "Kierownik Zakupów", region="PL")
    assert card.company == "KPodlaskie Zakłady Drzewne sp. z o.o."


# --- "Kidemli Yazilim Uzmanı": Turkish words with the dotless ı ----------------------------------

def test_turkish_business_words_read_dotted_are_put_back() -> None:
    card = _card("Marmara Gida Dağıtım A.Ş.", "Selin Aksoy", "Diş Ticaret Sorumlusu",
                 "Tel +90 216 555 41 20", "selin.aksoy@marmaragida.com.tr",
                 "Atatürk Cad. No: 12", "34750 Ataşehir / İstanbul", region="TR")
    assert card.company == "Marmara Gıda Dağıtım A.Ş."
    assert card.title == "Dış Ticaret Sorumlusu"
    card = _card("Selin Aksoy", "Kidemli Yazilim Uzmanı", "Boğaz Bilişim A.Ş.",
                 "Tel +90 216 555 41 20", "selin.aksoy@bogazbilisim.com.tr", region="TR")
    assert card.title == "Kıdemli Yazılım Uzmanı"


def test_a_dentist_keeps_the_dotted_word_and_other_countries_are_left() -> None:
    card = _card("Selin Aksoy", "Diş Hekimi", "Moda Diş Kliniği", "Tel +90 216 555 41 20",
                 "selin@modadis.com.tr", region="TR")
    assert card.title == "Diş Hekimi"
    card = _card("Ana Gida", "Yazilim Consultant", "Gida Systems Ltd", "T 020 7946 0102",
                 "ana@gidasystems.co.uk", region="GB")
    assert card.title == "Yazilim Consultant"


# --- "GT-045-1123, Accra": Ghana's digital address --------------------------------------------

def test_a_ghanaian_digital_address_is_the_postal_code() -> None:
    card = _card("Kente Data Services Ltd", "Kwame Asante", "Systems Analyst",
                 "Tel +233 30 255 7710", "kwame.asante@kentedata.com.gh",
                 "7 Spintex Road, Baatsona", "GT-045-1123, Accra", region="GH")
    assert (card.street, card.city, card.postal_code) == (
        "7 Spintex Road, Baatsona", "Accra", "GT-045-1123")


def test_a_ghanaian_address_without_one_has_no_postal_code() -> None:
    card = _card("Kente Data Services Ltd", "Kwame Asante", "Systems Analyst",
                 "Tel +233 30 255 7710", "kwame.asante@kentedata.com.gh",
                 "7 Spintex Road, Baatsona", "Accra", region="GH")
    assert (card.street, card.city, card.postal_code) == (
        "7 Spintex Road, Baatsona", "Accra", None)


# --- "41136 Göteborg": a Swedish code closed up --------------------------------------------------

def test_a_swedish_postal_code_closed_up_is_written_with_its_space() -> None:
    card = _card("Kattegatt Marin AB", "Elin Berg", "Inköpschef", "Tel. +46 31 555 20 40",
                 "elin.berg@kattegattmarin.se", "Kungsportsavenyen 21", "41136 Göteborg",
                 region="SE")
    assert (card.postal_code, card.city) == ("411 36", "Göteborg")
    card = _card("Vltava Data s.r.o.", "Petr Novák", "Obchodní ředitel", "Tel. +420 222 555 204",
                 "petr.novak@vltavadata.cz", "Národní 12", "11000 Praha 1", region="CZ")
    assert card.postal_code == "110 00"


def test_a_five_digit_code_elsewhere_stays_closed_up() -> None:
    card = _card("Havel Holz GmbH", "Jana Havel", "Einkauf", "Tel. +49 30 555 2040",
                 "jana@havelholz.de", "Holzweg 4", "10115 Berlin", region="DE")
    assert card.postal_code == "10115"


# --- "Nadia Okoro, CPA, CFE Harbourline Audit Ltd.": name, post-nominals and firm on one line --

def test_a_name_with_post_nominals_run_into_the_company_is_read_apart() -> None:
    card = _card("Nadia Okoro, CPA, CFE Harbourline Audit Ltd.", "Senior Auditor",
                 "T 416-555-0162", "nokoro@harbourlineaudit.ca",
                 "200 Bay St, Suite 900, Toronto, ON M5J 2J2", region="CA")
    assert (card.first, card.last, card.credentials) == ("Nadia", "Okoro", "CPA, CFE")
    assert card.company == "Harbourline Audit Ltd."
    assert card.title == "Senior Auditor"


def test_a_name_with_post_nominals_alone_on_its_line_stays_whole() -> None:
    card = _card("Harbourline Audit Ltd.", "Nadia Okoro, CPA, CFE", "Senior Auditor",
                 "T 416-555-0162", "nokoro@harbourlineaudit.ca",
                 "200 Bay St, Suite 900, Toronto, ON M5J 2J2", region="CA")
    assert (card.first, card.last, card.credentials) == ("Nadia", "Okoro", "CPA, CFE")
    assert (card.company, card.title) == ("Harbourline Audit Ltd.", "Senior Auditor")


# --- "DĐ 0912 555 318": Vietnam's mobile label ----------------------------------------------------

def test_vietnams_mobile_label_read_with_or_without_its_crossed_d() -> None:
    for label in ("DĐ", "DD", "Di động:"):
        card = _card("Hai Phong Cargo Co., Ltd.", "Vu Minh Khoa", "Giám đốc",
                     "ĐT +84 225 355 4180", f"{label} +84 912 555 318",
                     "khoa.vu@haiphongcargo.vn", region="VN")
        assert [(phone.type, phone.e164) for phone in card.phones] == [
            ("work", "+842253554180"), ("mobile", "+84912555318")]


def test_a_direct_dial_elsewhere_stays_work() -> None:
    card = _card("Marlow Design Ltd", "Anna Smith", "Designer", "DD 020 7946 0101",
                 "anna@marlowdesign.co.uk", "4 Canal Street", "London N1 9AA", region="GB")
    assert [phone.type for phone in card.phones] == ["work"]


# --- "Natal-RN.59078-600": the comma before the CEP read as a full stop ---------------------------

def test_a_brazilian_state_and_cep_parted_by_a_full_stop() -> None:
    card = _card("Potiguar Têxtil Ltda.", "Lívia Moura", "Gerente Comercial",
                 "Tel. (84) 3555-2040", "livia.moura@potiguartextil.com.br",
                 "Rua Apodi, 410, sala 12", "Natal-RN.59020-130", region="BR")
    assert (card.city, card.region, card.postal_code) == ("Natal", "RN", "59020-130")
    assert card.street == "Rua Apodi, 410, sala 12"


def test_an_abbreviation_before_a_number_keeps_its_full_stop() -> None:
    # "Av." before its number is no state: the street reads as printed.
    card = _card("Potiguar Têxtil Ltda.", "Lívia Moura", "Gerente Comercial",
                 "livia.moura@potiguartextil.com.br", "Av.Salgado Filho, 1559",
                 "59056-000 Natal - RN", region="BR")
    assert (card.city, card.region, card.postal_code) == ("Natal", "RN", "59056-000")
    assert card.street is not None and card.street.startswith("Av.")


# --- "721 80 Puebla": a five-digit code cut in two -----------------------------------------------

def test_a_mexican_code_cut_in_two_before_its_town_is_joined() -> None:
    card = _card("Talavera Contadores, S.C.", "Marisol Pérez", "Socia",
                 "Tel. +52 222 555 4172", "mperez@talaveracont.com.mx",
                 "Av. Juárez 2915, Piso 3,", "Col. La Paz, 724 10 Puebla, Pue.", region="MX")
    assert (card.postal_code, card.city) == ("72410", "Puebla")
    assert card.street == "Av. Juárez 2915, Piso 3, Col. La Paz"


def test_a_code_in_two_groups_where_the_country_writes_it_so_stays() -> None:
    card = _card("Kattegatt Marin AB", "Elin Berg", "Inköpschef", "Tel. +46 31 555 20 40",
                 "elin.berg@kattegattmarin.se", "Kungsportsavenyen 21", "411 36 Göteborg",
                 region="SE")
    assert card.postal_code == "411 36"
    # A street number and a unit are no code: only before a town after a comma or alone.
    card = _card("Talavera Contadores, S.C.", "Marisol Pérez", "Socia",
                 "mperez@talaveracont.com.mx", "Calle 5 Sur 104 12 Int. B",
                 "Col. Centro, 72000 Puebla, Pue.", region="MX")
    assert card.postal_code == "72000"


# --- "MACKINNON BAIRD": a Scottish "Mac" name in a firm printed in capitals -----------------------

def test_a_mac_name_in_a_firm_in_capitals_is_written_as_a_name() -> None:
    card = _card("MACKINNON BAIRD", "Fiona Baird", "Partner", "T 0131 496 0123",
                 "fiona@mackinnonbaird.co.uk", "12 Queen Street", "Edinburgh EH2 1JE",
                 region="GB")
    assert card.company == "MacKinnon Baird"


def test_a_word_starting_with_mac_is_not_a_mac_name() -> None:
    card = _card("MACHINE WORKS LTD", "Fiona Baird", "Director", "T 0131 496 0123",
                 "fiona@machineworks.co.uk", "12 Queen Street", "Edinburgh EH2 1JE",
                 region="GB")
    assert card.company == "Machine Works Ltd"


# --- "HOLLIS & TRENT CPAs, PLLC": an acronym's plural in a firm in capitals --------------------

def test_a_firm_in_capitals_with_an_acronyms_plural_is_cased() -> None:
    card = _card("HOLLIS & TRENT CPAs, PLLC", "Dana Hollis", "Managing Partner",
                 "T (503) 555-0171", "dhollis@hollistrent.com", "800 SW Main St",
                 "Portland, OR 97205")
    assert card.company == "Hollis & Trent CPAs, PLLC"


def test_a_firm_in_mixed_case_is_left_as_printed() -> None:
    card = _card("Hollis & Trent CPAs, PLLC", "Dana Hollis", "Managing Partner",
                 "T (503) 555-0171", "dhollis@hollistrent.com", "800 SW Main St",
                 "Portland, OR 97205")
    assert card.company == "Hollis & Trent CPAs, PLLC"
    card = _card("Hollis & TRENT Advisory", "Dana Hollis", "Managing Partner",
                 "T (503) 555-0171", "dhollis@hollistrent.com", "800 SW Main St",
                 "Portland, OR 97205")
    assert card.company == "Hollis & TRENT Advisory"


# --- "Einkauf / Achats": a unit printed in two languages ----------------------------------------

def test_a_swiss_unit_in_two_languages_keeps_the_first() -> None:
    for printed in ("Einkauf / Achats", "Einkauf/Achats"):
        card = _card("Sarine Mechanik AG", "Lukas Meyer", "Leiter", printed,
                     "Tel. +41 26 555 20 40", "lukas.meyer@sarine-mechanik.ch",
                     "Route du Jura 12", "1700 Fribourg", region="CH")
        assert card.department == "Einkauf"


def test_a_german_unit_with_a_slash_stays_whole() -> None:
    card = _card("Nordwerk Anlagen GmbH", "Lukas Meyer", "Teamleiter",
                 "Service Süd / Kundendienst", "Tel. +49 89 555 2040",
                 "lukas.meyer@nordwerk.de", "Hauptstraße 12", "80331 München", region="DE")
    assert card.department == "Service Süd / Kundendienst"


# --- "TP. Hải Phòng": Vietnam's word for a city before its name ----------------------------------

def test_a_vietnamese_city_loses_its_tp() -> None:
    card = _card("Hai Phong Cargo Co., Ltd.", "Vu Minh Khoa", "Giám đốc",
                 "ĐT +84 225 355 4180", "khoa.vu@haiphongcargo.vn",
                 "Số 12 Lê Hồng Phong, Q. Ngô Quyền, TP. Hải Phòng", region="VN")
    assert card.city == "Hải Phòng"


def test_a_vietnamese_city_in_english_keeps_its_name() -> None:
    card = _card("Hai Phong Cargo Co., Ltd.", "Vu Minh Khoa", "Director",
                 "T +84 225 355 4180", "khoa.vu@haiphongcargo.vn",
                 "Ward 13, District 4, Ho Chi Minh City", region="VN")
    assert card.city == "Ho Chi Minh City"


def test_an_english_given_name_before_a_double_surname_is_not_turned() -> None:
    card = _card("Kowloon Trade Finance Limited", "Kelly Tse-Wong", "Director",
                 "T +852 2555 6019", "info@kltf.com.hk", "Hong Kong", region="HK")
    assert (card.first, card.last) == ("Kelly", "Tse-Wong")
    # A Taiwanese given name in capitals after a one-syllable family name is turned.
    card = _card("Hsinchu Opto Corp.", "Gan Chia-Hao", "Engineer", "T +886 3 555 2040",
                 "info@hsinchuopto.com.tw", region="TW")
    assert (card.first, card.last) == ("Chia-Hao", "Gan")


def test_turkish_words_that_are_other_words_are_put_back_only_in_their_phrases() -> None:
    card = _card("Selin Aksoy", "Satin Alma Uzmanı", "Alim Tekstil A.Ş.",
                 "Tel +90 216 555 41 20", "selin.aksoy@alimtekstil.com.tr", region="TR")
    assert card.title == "Satın Alma Uzmanı"
    # "Alim" is a name, no word to put back.
    assert card.company == "Alim Tekstil A.Ş."
