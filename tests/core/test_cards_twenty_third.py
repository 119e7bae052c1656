"""The twenty-third round of card rules (tuned on BATCH22): a middle name that an e-mail
spells with every other word of the name. Made-up cards, none from the set."""

from __future__ import annotations

from pursuit.core.cards import CardFields, parse_card
from pursuit.core.cards.address import find_address
from tests.core.cards_helpers import address_parts


def _card(*lines: str, region: str = "US") -> CardFields:
    return parse_card(list(lines), region)


# --- An e-mail that spells every word of the name -------------------------------------------

def test_an_address_spelling_all_three_words_keeps_the_middle_name() -> None:
    card = _card("Ingrid Marie Holm", "Avdelingsleder", "Fjordkraft Teknikk AS",
                 "ingrid.marie.holm@fjordteknikk.no", "Storgata 12, 0155 Oslo", region="NO")
    assert (card.first, card.middle, card.last) == ("Ingrid", "Marie", "Holm")


def test_an_address_spelling_the_middle_word_as_the_surname_still_joins_it() -> None:
    # The older rule: "first.middle@" (the last word left out) makes the middle word the
    # first of two surnames.
    card = _card("Pieter Janse Rensburg", "Director", "Karoo Logistics (Pty) Ltd",
                 "pieter.janse@karoolog.co.za", region="ZA")
    assert (card.first, card.middle, card.last) == ("Pieter", None, "Janse Rensburg")


# --- A suite named by its word before the civic number --------------------------------------

def test_a_suite_by_its_word_keeps_its_dash_before_the_civic_number() -> None:
    assert address_parts(["Suite 820 – 333 Seymour Street", "Vancouver, BC V6B 5A6"],
                         "CA") == ("Suite 820 – 333 Seymour Street", "Vancouver", "BC",
                                   "V6B 5A6")


def test_a_dash_before_a_floor_still_parts_the_street() -> None:
    street = address_parts(["Rua Augusta 1200 - 5º andar", "01304-001 São Paulo - SP"], "BR")[0]
    assert street == "Rua Augusta 1200, 5º andar"


# --- An office named by a word before "Office", a mill's or a fab's address ------------------

def test_a_head_office_label_is_taken_off_and_the_mills_left_out() -> None:
    found = find_address(["Head Office: 7-C, Canal View Road, Johar Town",
                          "Lahore-54782, Pakistan", "Mills: 22 Km, Multan Road, Kasur"], "PK")
    assert found is not None
    assert (found[0].street, found[0].city) == ("7-C, Canal View Road, Johar Town", "Lahore")


def test_a_towns_office_before_a_fab_with_its_town_line() -> None:
    found = find_address(["Tainan Office: 5F, No. 21, Sec. 1, Minsheng Rd.",
                          "West Central Dist, Tainan 700", "Fab: No. 8, Nanke 3rd Rd.",
                          "Southern Science Park, Xinshi 741, Taiwan"], "TW")
    assert found is not None
    assert (found[0].city, found[0].postal_code) == ("Tainan", "700")
    assert found[0].street is not None and not found[0].street.startswith("Tainan Office")


def test_a_registered_office_is_not_read_as_an_office_label() -> None:
    found = find_address(["Registered Office: 1 Quay Street, Bristol BS1 4DJ",
                          "Office: Unit 3, Mill Lane, Bath BA1 2AB"], "GB")
    assert found is not None
    assert found[0].city == "Bath"


# --- A box's number closed by a full stop ---------------------------------------------------

def test_a_full_stop_after_a_box_number_is_taken_off() -> None:
    assert address_parts(["PO Box 2204. Fremantle WA 6959"], "AU")[0] == "PO Box 2204"


def test_a_hungarian_house_number_keeps_its_stop() -> None:
    assert address_parts(["Andrássy út 61.", "1062 Budapest"], "HU")[:2] == ("Andrássy út 61.",
                                                                            "Budapest")


# --- A practice's line labelled "Surgery" ---------------------------------------------------

def test_a_surgery_line_is_the_work_number() -> None:
    card = _card("Dr Hamish Pryce MRCGP", "General Practitioner", "Tweedside Medical Practice",
                 "Surgery 01632 960 311", "Mob 07700 900 844", "hamish@tweedsidemp.co.uk",
                 region="GB")
    assert [phone.type for phone in card.phones] == ["work", "mobile"]
