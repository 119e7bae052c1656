"""Whole cards from OCR lines: the contract's fields, title and company by our rules."""

from __future__ import annotations

import json
import subprocess
import sys

from pursuit.core.cards import CardFields, OcrLine, Phone, parse_card
from pursuit.core.cards.layout import blocks, reading_order

CONTRACT_KEYS = [
    "full_name", "first", "middle", "last", "prefix", "suffix", "credentials", "title",
    "company", "emails", "phones", "website", "linkedin", "twitter", "street", "city",
    "region", "postal_code", "country", "lines",
]

FERNCLIFF = [
    "Ferncliff Labs",
    "Dr. Renata Solberg, PhD",
    "Head of Applied Science",
    "T: (503) 555-0147 x12",
    "M: 971.555.0123",
    "r.solberg@ferncliff.example",
    "www.ferncliff.example",
    "linkedin.com/in/renatasolberg",
    "@rsolberg",
    "410 Quarry Lane, Suite 2",
    "Portland, OR 97205",
    "USA",
]


def test_the_contract_example_card() -> None:
    fields = parse_card(FERNCLIFF)
    assert fields.to_json() == {
        "full_name": "Renata Solberg", "first": "Renata", "middle": None, "last": "Solberg",
        "prefix": "Dr.", "suffix": None, "credentials": "PhD",
        "title": "Head of Applied Science", "company": "Ferncliff Labs",
        "emails": ["r.solberg@ferncliff.example"],
        "phones": [
            {"type": "work", "e164": "+15035550147", "ext": "12",
             "as_printed": "(503) 555-0147 x12"},
            {"type": "mobile", "e164": "+19715550123", "ext": None,
             "as_printed": "971.555.0123"},
        ],
        "website": "ferncliff.example", "linkedin": "linkedin.com/in/renatasolberg",
        "twitter": "@rsolberg", "street": "410 Quarry Lane, Suite 2", "city": "Portland",
        "region": "OR", "postal_code": "97205", "country": "US", "lines": FERNCLIFF,
    }


def test_json_has_exactly_the_contract_keys_in_order() -> None:
    data = parse_card(FERNCLIFF).to_json()
    assert list(data) == CONTRACT_KEYS
    json.dumps(data)  # plain JSON types only


def test_an_empty_card_has_nulls_and_empty_lists() -> None:
    data = parse_card([]).to_json()
    assert data["emails"] == [] and data["phones"] == [] and data["lines"] == []
    assert all(data[key] is None for key in CONTRACT_KEYS
               if key not in {"emails", "phones", "lines"})


def test_country_is_null_unless_printed() -> None:
    assert parse_card(FERNCLIFF[:-1]).country is None


def test_company_in_capitals_matching_the_email_domain() -> None:
    fields = parse_card(["CONTOSO", "Chris Smith", "Senior Researcher", "Cloud & AI Department",
                         "chris.smith@contoso.com"])
    assert (fields.full_name, fields.title, fields.company) == (
        "Chris Smith", "Senior Researcher", "Contoso")


def test_the_department_line_is_neither_title_nor_company() -> None:
    fields = parse_card(["Dr. Avery Smith", "Senior Researcher", "Cloud & AI Department",
                         "Contoso", "avery.smith@contoso.com"])
    assert (fields.title, fields.company) == ("Senior Researcher", "Contoso")


def test_a_legal_form_wrapped_onto_its_own_line_joins_the_company() -> None:
    fields = parse_card(["LARCHMONT ANALYTICS,", "INC.", "DR. INGRID FISCHER",
                         "Director of Partnerships", "ifischer@larchmont.com"])
    assert fields.company == "Larchmont Analytics, Inc."
    assert (fields.prefix, fields.full_name) == ("Dr.", "Ingrid Fischer")


def test_a_title_that_wraps_is_joined() -> None:
    fields = parse_card(["Jane Doe", "Vice President,", "Global Partnerships", "Acme Corp."])
    assert fields.title == "Vice President, Global Partnerships"
    assert fields.company == "Acme Corp."


def test_the_name_is_the_one_the_email_spells() -> None:
    fields = parse_card(["Northwind Robotics", "Grace Lindqvist", "Kwame Brennan",
                         "Account Executive", "kbrennan@northwind.io"])
    assert fields.full_name == "Kwame Brennan"
    assert fields.title == "Account Executive"


def test_invalid_number_is_kept() -> None:
    fields = parse_card(["Chris Smith", "Cell: +1 (987) 123-4567"])
    assert fields.phones == (Phone("mobile", None, None, "+1 (987) 123-4567"),)


def test_region_reads_national_numbers() -> None:
    fields = parse_card(["Jonas van der Berg", "Tel: 020 7946 0958"], region="gb")
    assert fields.phones[0].e164 == "+442079460958"


def test_parse_card_returns_a_frozen_value() -> None:
    fields = parse_card(FERNCLIFF)
    assert isinstance(fields, CardFields)
    assert fields == parse_card(FERNCLIFF)


def _line(text: str, left: float, top: float, width: float, height: float = 40) -> OcrLine:
    box = ((left, top), (left + width, top), (left + width, top + height),
           (left, top + height))
    return OcrLine(text, box)


def _upside_down(line: OcrLine, size: tuple[float, float] = (1000, 600)) -> OcrLine:
    assert line.box is not None
    w, h = size
    return OcrLine(line.text, tuple((w - x, h - y) for x, y in line.box))  # type: ignore[arg-type]


TWO_COLUMNS = [
    _line("T: (503) 555-0147", 560, 60, 300, 30),
    _line("Dr. Avery Smith", 60, 70, 380, 50),
    _line("avery@ferncliff.example", 560, 100, 330, 30),
    _line("Senior Researcher", 60, 125, 300, 34),
    _line("Ferncliff Labs", 60, 230, 300, 40),
]


def test_two_columns_read_column_by_column() -> None:
    assert [[line.text for line in block] for block in blocks(TWO_COLUMNS)] == [
        ["Dr. Avery Smith", "Senior Researcher"],
        ["T: (503) 555-0147", "avery@ferncliff.example"],
        ["Ferncliff Labs"],
    ]
    fields = parse_card(TWO_COLUMNS)
    assert (fields.full_name, fields.title, fields.company) == (
        "Avery Smith", "Senior Researcher", "Ferncliff Labs")


def test_an_upside_down_card_reads_top_to_bottom() -> None:
    turned = [_upside_down(line) for line in TWO_COLUMNS]
    assert [line.text for line in reading_order(turned)] == [
        line.text for line in reading_order(TWO_COLUMNS)]


def test_pieces_of_one_printed_line_are_joined() -> None:
    pieces = [_line("LARCHMONT ANALYTICS,", 60, 50, 500), _line("INC.", 550, 50, 100),
              _line("Jane Doe", 60, 140, 300)]
    assert [line.text for line in reading_order(pieces)][0] == "LARCHMONT ANALYTICS, INC."


def test_card_parsing_needs_no_django_no_images_no_ocr() -> None:
    code = ("import sys, pursuit.core.cards; "
            "bad = {'django', 'PIL', 'numpy', 'rapidocr', 'onnxruntime'} & set(sys.modules); "
            "print(sorted(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_digits_ocr_reads_for_letters_in_a_name_are_put_back() -> None:
    fields = parse_card(["Northwind Robotics", "Dr. Marcus 0'Brien Jr.", "Research Scientist",
                         "marcus@northwind.io"])
    assert (fields.full_name, fields.last, fields.suffix) == ("Marcus O'Brien Jr.", "O'Brien",
                                                              "Jr.")
    assert parse_card(["J0HN SMITH", "Engineer"]).full_name == "John Smith"


# --- issue 14: companies as printed, the card's country, the review page's extras ---------------

def test_a_monogram_tile_is_not_part_of_the_company() -> None:
    fields = parse_card(["AB", "Ashby Bell Lawyers", "Georgia Bell", "Senior Associate",
                         "gbell@ashbybell.com.au"])
    assert fields.company == "Ashby Bell Lawyers"
    assert (fields.full_name, fields.title) == ("Georgia Bell", "Senior Associate")


def test_a_company_printed_over_two_lines_is_joined() -> None:
    fields = parse_card(["Southern Cross", "Logistics Pty Ltd", "Tom Papadopoulos",
                         "Sales Director", "tom@scxlogistics.com.au"])
    assert fields.company == "Southern Cross Logistics Pty Ltd"
    fields = parse_card(["Boulangerie", "Saint-Laurent", "Isabelle Gagnon-Roy",
                         "Directrice des finances", "isabelle@boulangeriestlaurent.ca"])
    assert fields.company == "Boulangerie Saint-Laurent"


def test_words_ocr_ran_together_are_split_where_the_domain_shows() -> None:
    fields = parse_card(["PixelwerkStudio GmbH", "Lukas Brandt", "Senior UX Designer",
                         "lukas.brandt@pixelwerk.design"])
    assert fields.company == "Pixelwerk Studio GmbH"
    fields = parse_card(["HamishMacLeod", "Estate Manager", "Glenbrae Trust",
                         "hamish@glenbraetrust.org.uk"])
    assert (fields.first, fields.last, fields.company) == ("Hamish", "MacLeod", "Glenbrae Trust")
    assert parse_card(["Ethan MacAulay, CPA", "Partner", "emacaulay@dunmorefraser.ca"]
                      ).last == "MacAulay"


def test_a_generational_suffix_stays_with_the_name() -> None:
    fields = parse_card(["Lakeshore Media Group", "Marcus Greene Jr.",
                         "Senior Account Executive", "mgreene@lakeshoremedia.com"])
    assert (fields.full_name, fields.suffix, fields.company) == (
        "Marcus Greene Jr.", "Jr.", "Lakeshore Media Group")


def test_credentials_on_their_own_line_and_a_department_line() -> None:
    fields = parse_card(["Pennine Hospitals", "NHS Foundation Trust", "Professor Helen Ashworth",
                         "MBChB PhD FRCP", "Consultant Rheumatologist and", "Clinical Director",
                         "Musculoskeletal Research Unit", "helen.ashworth@pennine.nhs.uk"])
    assert (fields.prefix, fields.full_name, fields.credentials) == (
        "Professor", "Helen Ashworth", "MBChB PhD FRCP")
    assert fields.title == "Consultant Rheumatologist and Clinical Director"
    assert fields.company == "Pennine Hospitals NHS Foundation Trust"
    assert fields.department == "Musculoskeletal Research Unit"
    assert "department" not in fields.to_json()  # the contract's JSON keeps its shape
    assert fields.review_json()["department"] == "Musculoskeletal Research Unit"


def test_a_name_printed_a_word_a_line_on_a_vertical_card() -> None:
    fields = parse_card(["Kauri Coast Tourism", "Sophie", "Tamihana", "Marketing Manager",
                         "sophie@kauricoast.org.nz"])
    assert (fields.full_name, fields.company) == ("Sophie Tamihana", "Kauri Coast Tourism")


def test_titles_and_companies_in_capitals_in_ordinary_case() -> None:
    fields = parse_card(["TALL PINES FILMS", "JAMES O'REILLY", "CREATIVE DIRECTOR",
                         "james@tallpines.tv"])
    assert (fields.full_name, fields.title, fields.company) == (
        "James O'Reilly", "Creative Director", "Tall Pines Films")


def test_the_printed_country_decides_the_phone_region() -> None:
    fields = parse_card(["Charlotte Davies-Evans", "Head of People", "T 020 7946 0958",
                         "3rd Floor, 25 Farringdon Street", "London EC4A 4AB", "United Kingdom"],
                        region="US")
    assert fields.phones[0].e164 == "+442079460958"
    assert (fields.country, fields.card_region) == ("GB", "GB")


def test_a_uk_postcode_makes_national_numbers_uk_numbers() -> None:
    fields = parse_card(["Sinéad O'Neill", "Associate Solicitor", "T 020 7946 0321",
                         "14 Bevis Marks", "London EC3A 7JB"], region="US")
    assert fields.phones[0].e164 == "+442079460321" and fields.country is None


def test_the_users_region_is_the_last_fallback() -> None:
    fields = parse_card(["Jonas van der Berg", "Tel: 020 7946 0958"], region="GB")
    assert fields.card_region is None and fields.phones[0].e164 == "+442079460958"


def test_fields_read_with_little_confidence_are_marked() -> None:
    lines = [OcrLine("Ferncliff Labs", None, 0.99), OcrLine("Renata Solberg", None, 0.6),
             OcrLine("Head of Applied Science", None, 0.98),
             OcrLine("r.solberg@ferncliff.example", None, 0.99),
             OcrLine("Cell: +1 (987) 123-4567", None, 0.99)]
    fields = parse_card(lines)
    assert {"full_name", "phones"} <= set(fields.doubtful)
    assert "title" not in fields.doubtful and "emails" not in fields.doubtful


def test_a_doubtful_number_is_named_by_its_row() -> None:
    """The review page marks the rows to check: the number read from a blurred line and the
    one that fails validation, not the clean mobile between them."""
    lines = [OcrLine("Renata Solberg", None, 0.99), OcrLine("Head of Applied Science", None, 0.98),
             OcrLine("Tel: +1 (415) 555-0142", None, 0.55),
             OcrLine("Cell: +1 (212) 555-0199", None, 0.99),
             OcrLine("Fax: +44 20 9876 5432", None, 0.99)]
    fields = parse_card(lines)
    assert [phone.type for phone in fields.phones] == ["work", "mobile", "fax"]
    assert fields.phones[2].e164 is None
    assert {"phones", "phones.0", "phones.2"} <= set(fields.doubtful)
    assert "phones.1" not in fields.doubtful


def test_a_street_number_is_not_a_phone_number() -> None:
    fields = parse_card(["Olivia Chen", "604-555-0112", "210-1085 Homer Street",
                         "Vancouver, BC V6B 1J4"])
    assert [phone.e164 for phone in fields.phones] == ["+16045550112"]
    assert fields.street == "210-1085 Homer Street"


def test_german_and_quebec_prefixes_and_french_labels() -> None:
    fields = parse_card(["Praxis am Markt", "Dr. med. Anna Weber",
                         "Fachärztin für Allgemeinmedizin", "Tel. 0221 123456", "Marktplatz 3",
                         "50667 Köln", "a.weber@praxis-am-markt.de"])
    assert (fields.prefix, fields.full_name, fields.company) == (
        "Dr. med.", "Anna Weber", "Praxis am Markt")
    assert (fields.street, fields.city, fields.postal_code) == ("Marktplatz 3", "Köln", "50667")
    assert fields.phones[0].e164 == "+49221123456"
    fields = parse_card(["Me Sophie Tremblay", "Notaire", "Tremblay Notaires inc.",
                         "Tél. 418 555-0133", "Téléc. 418 555-0134",
                         "sophie@tremblaynotaires.ca", "320, rue Saint-Joseph Est, bureau 200",
                         "Québec (Québec) G1K 8G5"])
    assert (fields.prefix, fields.full_name, fields.title) == ("Me", "Sophie Tremblay", "Notaire")
    assert [phone.type for phone in fields.phones] == ["work", "fax"]
    assert (fields.street, fields.city, fields.region) == (
        "320, rue Saint-Joseph Est, bureau 200", "Québec", "QC")


def test_a_town_with_a_street_word_in_its_name() -> None:
    fields = parse_card(["Grace Liu", "Design Director", "grace@studiohalo.studio",
                         "Level 3, 12 Kent Street", "Millers Point NSW 2000", "Australia"])
    assert (fields.street, fields.city, fields.region, fields.country) == (
        "Level 3, 12 Kent Street", "Millers Point", "NSW", "AU")


def test_a_school_of_a_university_is_its_department() -> None:
    fields = parse_card(["Owen Davies", "Senior Lecturer", "School of Computer Science",
                         "Cardiff University", "owen.davies@cardiff.ac.uk"])
    assert (fields.company, fields.department) == ("Cardiff University",
                                                   "School of Computer Science")


def test_a_surname_that_is_also_a_trade() -> None:
    fields = parse_card(["Tom Baker", "tom@bakerbuilds.co.nz", "021 555 0123"])
    assert (fields.full_name, fields.title) == ("Tom Baker", None)
    assert fields.phones[0].e164 == "+64215550123"


def test_a_twitter_handle_beside_other_details_is_no_email() -> None:
    # A label or a profile printed before " @handle" used to be glued to it as an address
    # ("ravi@ravi.codes"), and a handle alone had a dot put into it ("@ravi.codes").
    for printed in ("@ravicodes", "Twitter @ravicodes", "Tw @ravicodes", "X: @ravicodes",
                    "linkedin.com/in/ravic  @ravicodes", "(613) 555-0176 @ravicodes",
                    "ravi.example.ca  @ravicodes", "y@ravicodes", "@ ravicodes",
                    "@ravicodes."):
        fields = parse_card(["Ravi Chandran", "Software Developer", printed], "CA")
        assert fields.twitter == "@ravicodes", printed
        assert fields.emails == (), printed
    fields = parse_card(["Ravi Chandran", "ravi @ ravicodes.dev", "@ravicodes"])
    assert (fields.emails, fields.twitter) == (("ravi@ravicodes.dev",), "@ravicodes")


def test_firms_named_after_their_partners() -> None:
    fields = parse_card(["Jonas Weber", "Senior Consultant", "Brandt & Partner",
                         "Königsallee 92a, 40212 Düsseldorf", "j.weber@brandt-partner.de"])
    assert (fields.title, fields.company) == ("Senior Consultant", "Brandt & Partner")
    fields = parse_card(["Olivia Brooks", "Partner", "Kestrel and Partners"])
    assert (fields.title, fields.company) == ("Partner", "Kestrel and Partners")


def test_a_line_under_the_company_that_spells_nothing_new_of_its_domain() -> None:
    fields = parse_card(["Lena Hoffmann", "Projektleiterin", "Nordlicht Architekten",
                         "Speicherstadt", "Am Sandtorkai 5", "20457 Hamburg",
                         "lena.hoffmann@nordlicht.de"])
    assert fields.company == "Nordlicht Architekten"


def test_a_descriptor_in_capitals_under_a_company_in_mixed_case() -> None:
    fields = parse_card(["Harbour & Finch", "SOLICITORS", "Emma Clarke", "Associate Solicitor",
                         "12 Quay Street", "Bristol", "BS1 4DJ",
                         "emma.clarke@harbourfinch.co.uk"])
    assert (fields.company, fields.street, fields.city) == ("Harbour & Finch",
                                                           "12 Quay Street", "Bristol")


def test_a_chair_of_a_university_is_the_department_not_the_title() -> None:
    fields = parse_card(["Prof. Dr. Klaus Wagner", "Lehrstuhl für Informatik",
                         "Technische Universität Rheinfeld", "Am Campus 3", "52062 Aachen",
                         "wagner@tu-rheinfeld.de"])
    assert (fields.title, fields.company, fields.department) == (
        None, "Technische Universität Rheinfeld", "Lehrstuhl für Informatik")


def test_a_dublin_postal_district_is_the_town() -> None:
    fields = parse_card(["Liam O'Connor", "Emerald Freight Ltd",
                         "Unit 4, Ballymount Business Park", "Dublin 12, D12 X2Y3",
                         "liam@emeraldfreight.ie"])
    assert (fields.street, fields.city, fields.postal_code) == (
        "Unit 4, Ballymount Business Park", "Dublin 12", "D12 X2Y3")


def test_a_function_under_the_name_over_the_company_is_the_title() -> None:
    fields = parse_card(["Mia Chen", "Sales & Marketing", "Bluewave", "mia@bluewave.co"])
    assert (fields.title, fields.company) == ("Sales & Marketing", "Bluewave")
    fields = parse_card(["Julia Schneider", "Vertrieb & Marketing", "Alpenblick Hotels GmbH",
                         "j.schneider@alpenblick.de"])
    assert (fields.title, fields.company) == ("Vertrieb & Marketing", "Alpenblick Hotels GmbH")
    # Without a surer company further down, a trade's name under the name is the company.
    fields = parse_card(["Daniel Okafor", "Greenleaf Consulting", "Founder",
                         "daniel@okafor.example"])
    assert (fields.title, fields.company) == ("Founder", "Greenleaf Consulting")


def test_a_space_or_comma_ocr_put_into_a_domain() -> None:
    for printed in ("www.ferrouslabs .ca", "wwwferrouslabs.ca", "www ferrouslabs.ca",
                    "ferrouslabs,ca", "ferrouslabs. ca", "Web: ferrouslabs .ca"):
        assert parse_card(["Noah Fitzgerald", printed]).website == "ferrouslabs.ca", printed
    assert parse_card(["www.bencarter.com. au"]).website == "bencarter.com.au"
    assert parse_card(["noah@ferrouslabs. ca"]).emails == ("noah@ferrouslabs.ca",)
    # Words with a full stop and a short word after them stay words.
    fields = parse_card(["Noah Fitzgerald", "design. build. live.", "Portland, OR 97205"])
    assert (fields.website, fields.city, fields.region) == (None, "Portland", "OR")
    assert "design. build. live." in fields.lines


def test_an_acronym_title_under_the_name_is_no_monogram() -> None:
    fields = parse_card(["Venkata Ramana Reddy", "CTO", "vr.reddy@abc.example"])
    assert (fields.full_name, fields.title) == ("Venkata Ramana Reddy", "CTO")


def test_a_name_that_is_also_the_domain_when_no_other_line_is_a_name() -> None:
    fields = parse_card(["Sam Lee", "CEO", "hello@samlee.com"])
    assert (fields.full_name, fields.title) == ("Sam Lee", "CEO")


def test_a_german_habilitation_is_part_of_the_prefix() -> None:
    fields = parse_card(["Prof. Dr.-Ing. habil. Karl Weiß", "Institutsleiter", "weiss@uni.de"])
    assert (fields.prefix, fields.full_name, fields.title) == (
        "Prof. Dr.-Ing. habil.", "Karl Weiß", "Institutsleiter")


def test_german_firms_that_name_their_trade_in_one_compound_word() -> None:
    fields = parse_card(["Bäckerei Schulze", "Peter Schulze", "Bäckermeister", "Hauptstr. 5",
                         "01067 Dresden", "0351 123456"])
    assert (fields.full_name, fields.company) == ("Peter Schulze", "Bäckerei Schulze")
    fields = parse_card(["Rechtsanwaltskanzlei Vogel", "Tobias Vogel", "Rechtsanwalt",
                         "vogel@kanzlei-vogel.de"])
    assert (fields.full_name, fields.title, fields.company) == (
        "Tobias Vogel", "Rechtsanwalt", "Rechtsanwaltskanzlei Vogel")
    fields = parse_card(["Klinikum Süd", "Dr. med. Eva Lang", "Oberärztin",
                         "Klinik für Kardiologie", "eva.lang@klinikum-sued.de"])
    assert (fields.title, fields.company, fields.department) == (
        "Oberärztin", "Klinikum Süd", "Klinik für Kardiologie")
    # A discipline is no trade: the institute stays the university's department.
    fields = parse_card(["Prof. Dr. Anna Roth", "Institut für Werkstofftechnik",
                         "Hochschule Rheinfeld", "roth@hs-rheinfeld.de"])
    assert (fields.company, fields.department) == ("Hochschule Rheinfeld",
                                                   "Institut für Werkstofftechnik")


def test_the_second_line_of_a_title_is_no_part_of_the_company() -> None:
    fields = parse_card(["Sarah Mitchell", "Director of Strategy", "& Business Development",
                         "Acme Corp", "sarah@acme.com"])
    assert (fields.title, fields.company) == ("Director of Strategy & Business Development",
                                              "Acme Corp")
    fields = parse_card(["Sarah Mitchell", "Senior Vice President", "Global Operations",
                         "Acme Corp", "sarah@acme.com"])
    assert fields.company == "Acme Corp"


def test_an_article_the_domain_leaves_out() -> None:
    fields = parse_card(["Sarah Mitchell", "Barista & Owner", "The Daily Grind",
                         "sarah@dailygrind.co.uk"])
    assert fields.company == "The Daily Grind"
    # "La" at the start of a word is no article.
    fields = parse_card(["Lakeview Regional", "Health Centre", "Dr. Jordan Blackwood, MD",
                         "jblackwood@lakeviewhealth.ca"])
    assert fields.company == "Lakeview Regional Health Centre"


def test_units_named_by_what_they_do_are_departments_of_any_company() -> None:
    for printed in ("School of Law", "Centre for Climate Research", "Geschäftsbereich Energie",
                    "Direction des ressources humaines"):
        fields = parse_card(["Jane Doe", "Senior Analyst", printed, "Acme Corp",
                             "jane@acme.com"])
        assert (fields.department, fields.company) == (printed, "Acme Corp"), printed
    # The unit that employs the person is the company, not its own department.
    fields = parse_card(["Jane Doe", "Research Fellow", "Centre for Climate Research",
                         "jane@ccr.org"])
    assert (fields.company, fields.department) == ("Centre for Climate Research", None)
