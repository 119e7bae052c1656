"""Domains on cards: every ending of the Public Suffix List, one table for every rule."""

from __future__ import annotations

from pursuit.core.cards import parse_card
from pursuit.core.cards.domains import country_of, is_domain, own_name, put_back_dot
from pursuit.core.cards.emails import find_emails, tidy
from pursuit.core.cards.title_company import domain_stems
from pursuit.core.cards.web import find_website


def test_any_current_top_level_domain_is_a_website() -> None:
    for host in ("tallpines.tv", "brightline.io", "nebuleuse.app", "harbourside.legal",
                 "krueger.design", "marlowquay.co.uk", "kauricoast.org.nz", "pennine.nhs.uk",
                 "scxlogistics.com.au", "studio.studio", "ferncliff.example"):
        found = find_website(f"W {host}")
        assert found is not None and found[0] == host, host


def test_dotted_words_are_not_websites() -> None:
    for text in ("M.Sc", "Ph.D", "Pvt.Ltd", "Dipl.-Ing.", "foo.notatld"):
        assert find_website(text) is None, text


def test_registrable_names_and_countries() -> None:
    assert own_name("mail.harrowgate.co.uk") == "harrowgate"
    assert domain_stems(["ashbybell.com.au", "gmail.com", "x.studio"]) == ["ashbybell"]
    assert country_of("ferncliff.co.uk") == "GB" and country_of("x.com.au") == "AU"
    assert country_of("tallpines.tv") is None and country_of("brightline.io") is None
    assert not is_domain("m.sc") and is_domain("ab.co.uk")


def test_the_dot_ocr_dropped_before_the_ending_is_put_back() -> None:
    assert put_back_dot("ferncliffcouk") == "ferncliff.co.uk"
    assert put_back_dot("pixelwerkdesign") == "pixelwerk.design"
    assert tidy("r.solberg@ferncliffexample") == "r.solberg@ferncliff.example"
    assert [a for a, _ in find_emails("r.solberg@ferncliff.example")] == [
        "r.solberg@ferncliff.example"]


def test_a_uk_domain_makes_national_numbers_uk_numbers() -> None:
    fields = parse_card(["Alexander Pryce", "Illustrator",
                         "alex@alexanderpryce.co.uk · 020 7946 0321"])
    assert fields.card_region == "GB" and fields.country is None  # shown, not printed
    assert fields.phones[0].e164 == "+442079460321"
    assert (fields.full_name, fields.title, fields.company) == (
        "Alexander Pryce", "Illustrator", None)
