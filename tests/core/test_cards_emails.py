"""E-mail addresses on a card: found, validated offline, tidied after OCR."""

from __future__ import annotations

from pursuit.core.cards.emails import find_emails, fit_to_name, tidy


def addresses(text: str) -> list[str]:
    return [address for address, _ in find_emails(tidy(text))]


def test_a_plain_address_is_found() -> None:
    assert addresses("avery.smith@contoso.com") == ["avery.smith@contoso.com"]


def test_a_label_is_part_of_the_span_but_not_the_address() -> None:
    [(address, span)] = find_emails("Email: r.solberg@ferncliff.example")
    assert address == "r.solberg@ferncliff.example"
    assert span == (0, len("Email: r.solberg@ferncliff.example"))


def test_capitals_are_lowered() -> None:
    assert addresses("MARCUS@FERNCLIFF.EXAMPLE") == ["marcus@ferncliff.example"]


def test_spaces_ocr_puts_around_the_at_sign_are_closed() -> None:
    assert addresses("chris.smith @ contoso.com") == ["chris.smith@contoso.com"]


def test_a_dropped_dot_before_the_top_level_domain_is_put_back() -> None:
    assert addresses("wobrien@ferncliffexample") == ["wobrien@ferncliff.example"]
    assert addresses("jv@harrowgatecouk") == ["jv@harrowgate.co.uk"]


def test_no_dns_is_needed_and_a_domain_without_dot_is_not_an_address() -> None:
    assert addresses("someone@localhost") == []
    assert addresses("twitter @handle") == []


def test_ocr_letter_confusions_are_undone_when_the_name_shows_the_spelling() -> None:
    assert fit_to_name("isolberg@copperleaf.com", "Lukas", "Solberg") == "lsolberg@copperleaf.com"
    assert fit_to_name("lukas.soiberg@x.com", "Lukas", "Solberg") == "lukas.solberg@x.com"


def test_an_address_unlike_the_name_is_left_alone() -> None:
    assert fit_to_name("sales@copperleaf.com", "Lukas", "Solberg") == "sales@copperleaf.com"
