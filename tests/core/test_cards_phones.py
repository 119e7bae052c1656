"""Phone numbers: label, extension, E.164, and invalid numbers kept as printed."""

from __future__ import annotations

import pytest

from pursuit.core.cards.model import Phone
from pursuit.core.cards.phones import find_phones, label_type


def phones(text: str, region: str = "US") -> list[Phone]:
    return [phone for phone, _ in find_phones(text, region)]


@pytest.mark.parametrize(
    ("label", "kind"),
    [("T:", "work"), ("Tel", "work"), ("Office", "work"), ("Direct:", "work"), ("P.", "work"),
     ("M:", "mobile"), ("Mobile", "mobile"), ("Cell:", "mobile"), ("mob:", "mobile"),
     ("F:", "fax"), ("Fax", "fax"), ("Mobile Phone:", "mobile"), ("Cel1:", "mobile")],
)
def test_labels_name_the_type(label: str, kind: str) -> None:
    assert label_type(label + " ") == kind
    assert phones(f"{label} (503) 555-0147")[0].type == kind


def test_an_unlabelled_number_is_work() -> None:
    assert phones("(503) 555-0147") == [Phone("work", "+15035550147", None, "(503) 555-0147")]


@pytest.mark.parametrize("printed", ["503-555-0147 x12", "503.555.0147 ext. 12",
                                     "(503) 555-0147 Ext 12", "503 555 0147, ext 12",
                                     "+1 503 555 0147 ×12"])
def test_extensions(printed: str) -> None:
    [phone] = phones(printed)
    assert (phone.e164, phone.ext, phone.as_printed) == ("+15035550147", "12", printed)


def test_numbers_without_country_code_are_read_in_the_region() -> None:
    assert phones("020 7946 0958", "GB")[0].e164 == "+442079460958"
    assert phones("030 901820", "DE")[0].e164 == "+4930901820"


def test_international_numbers_with_a_trunk_zero_in_brackets() -> None:
    assert phones("mob: +44 (0) 7911 123456")[0].e164 == "+447911123456"
    assert phones("+49 (0)30 901820")[0].e164 == "+4930901820"


def test_an_invalid_number_is_kept_as_printed() -> None:
    assert phones("Cell: +1 (987) 123-4567") == [
        Phone("mobile", None, None, "+1 (987) 123-4567")]


def test_several_numbers_on_one_line() -> None:
    found = phones("T: 503.555.0147  M: 917-555-0123")
    assert [(p.type, p.e164) for p in found] == [("work", "+15035550147"),
                                                 ("mobile", "+19175550123")]


@pytest.mark.parametrize("text", ["Portland, OR 97205-1234", "4001 1st Ave NE Redmond, WA 98052",
                                  "PO Box 1187", "Founded 2024-05-01"])
def test_zip_codes_streets_and_dates_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_a_slash_after_a_german_area_code() -> None:
    def read(text: str) -> list[tuple[str, str | None, str]]:
        return [(phone.type, phone.e164, phone.as_printed)
                for phone, _ in find_phones(text, "DE")]

    assert read("030 / 123 456 78") == [("work", "+493012345678", "030 / 123 456 78")]
    assert read("Tel +49 (0)89 / 12 34 56") == [("work", "+4989123456",
                                                 "+49 (0)89 / 12 34 56")]
    assert read("Fax: 089/1234567") == [("fax", "+49891234567", "089/1234567")]
    # Two numbers on a line and a date keep their slash as a separator.
    assert [e164 for _, e164, _ in read("Tel. 0211 1234567 / 0211 1234568")] == [
        "+492111234567", "+492111234568"]
    assert read("12/05/2024") == []


def test_extensions_as_quebec_and_german_cards_print_them() -> None:
    (phone,) = phones("Tél. 514 555-0142 poste 204", "CA")
    assert (phone.e164, phone.ext, phone.as_printed) == ("+15145550142", "204",
                                                         "514 555-0142 poste 204")
    (phone,) = phones("+49 30 1234567 DW 12", "DE")
    assert (phone.e164, phone.ext) == ("+49301234567", "12")
