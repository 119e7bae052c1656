"""The address block as postal services want it: no line twice, the destination's own line
order, the country only on mail abroad; in the letter and on the #10 envelope of the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from pursuit.contacts.models import ContactAddress
from pursuit.core.letters import address_block, postal_lines, sender_block
from pursuit.letters import selectors, services
from pursuit.letters.pdf import render_pdf
from pursuit.pipeline.models import Application
from tests.letters.conftest import Panel
from tests.letters.test_pdf import page_text


def test_an_address_that_starts_with_the_company_does_not_print_it_twice() -> None:
    assert address_block(name="Marcus Lee", title="Product Manager",
                         company="Northwind Traders",
                         address="Northwind Traders\n500 Market St\nSan Francisco, CA 94105") \
        == ["Marcus Lee", "Product Manager", "Northwind Traders", "500 Market St",
            "San Francisco, CA 94105"]


def test_the_fuller_form_of_the_company_wins_and_attn_lines_go() -> None:
    assert address_block(name="Marcus Lee", company="Northwind Traders",
                         address="NORTHWIND TRADERS, INC.\nAttn: Marcus Lee\n"
                                 "500 Market St, San Francisco, CA 94105\nUSA") \
        == ["Marcus Lee", "NORTHWIND TRADERS, INC.", "500 Market St", "San Francisco, CA 94105"]


def test_mail_abroad_ends_with_the_country_in_capitals() -> None:
    block = address_block(name="Anna Schmidt", title="CTO", company="Fabrikam GmbH",
                          address="Fabrikam GmbH\nFriedrichstr. 10\n10117 Berlin\nGermany")
    assert block == ["Anna Schmidt", "CTO", "Fabrikam GmbH", "Friedrichstr. 10",
                     "10117 Berlin", "GERMANY"]
    assert sender_block(name="Jordan Rivera", address="1520 N Damen Ave\nChicago, IL 60622",
                        abroad=True)[-1] == "UNITED STATES"


@pytest.mark.parametrize(("country", "lines"), [
    ("", ["200 W Madison St, Suite 1400", "Chicago, IL 60606"]),
    ("DE", ["Friedrichstr. 10", "10117 Berlin", "GERMANY"]),
    ("United Kingdom", ["10 Downing St", "London", "SW1A 2AA", "UNITED KINGDOM"]),
    ("France", ["1 Rue de Rivoli", "75001 Paris", "FRANCE"]),
    ("AU", ["1 George St", "Sydney NSW 2000", "AUSTRALIA"]),
])
def test_a_card_address_takes_its_countrys_order(country: str, lines: list[str]) -> None:
    parts = {
        "": ("200 W Madison St, Suite 1400", "Chicago", "IL", "60606"),
        "DE": ("Friedrichstr. 10", "Berlin", "", "10117"),
        "United Kingdom": ("10 Downing St", "London", "", "SW1A 2AA"),
        "France": ("1 Rue de Rivoli", "Paris", "", "75001"),
        "AU": ("1 George St", "Sydney", "NSW", "2000"),
    }[country]
    street, city, region, code = parts
    assert postal_lines(street=street, city=city, region=region, postal_code=code,
                        country=country, home_country="US") == lines


def _pdf(panel: Panel, tmp_path: Path) -> Path:
    letter = services.application_postal_letter(owner=panel.owner,
                                                application_id=panel.application.pk)
    printed = selectors.printed_letter(selectors.letter_for(panel.owner, letter.pk),
                                       day=panel.round.start.date())
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_pdf(printed))
    return path


def test_the_pdf_prints_the_employer_once_in_the_letter_and_on_the_envelope(
        panel: Panel, tmp_path: Path) -> None:
    Application.objects.filter(pk=panel.application.pk).update(
        mailing_address="Larchmont Analytics\n200 W Madison St, Suite 1400\n"
                        "Chicago, IL 60606\nUnited States")
    panel.application.touches.filter(type="postal_letter").update(
        address="Larchmont Analytics\n200 W Madison St, Suite 1400\nChicago, IL 60606\n"
                "United States")
    path = _pdf(panel, tmp_path)
    expected = ["Dr. Adaeze Okonkwo", "VP, Research", "Larchmont Analytics",
                "200 W Madison St, Suite 1400", "Chicago, IL 60606"]
    for page in (1, 2):
        lines = page_text(path, page)
        assert lines.count("Larchmont Analytics") == 1, (page, lines)
        start = lines.index(expected[0])
        assert lines[start:start + len(expected)] == expected, (page, lines)
        assert "United States" not in lines and "UNITED STATES" not in lines  # domestic


def test_the_pdf_of_a_letter_abroad_follows_the_destination(panel: Panel,
                                                            tmp_path: Path) -> None:
    ContactAddress.objects.filter(contact=panel.people[0]).update(
        street="Friedrichstr. 10", city="Berlin", region="", postal_code="10117", country="DE")
    panel.application.touches.filter(type="postal_letter").update(address="")
    envelope = page_text(_pdf(panel, tmp_path), 2)
    start = envelope.index("Friedrichstr. 10")
    assert envelope[start:start + 3] == ["Friedrichstr. 10", "10117 Berlin", "GERMANY"]
    assert "UNITED STATES" in envelope  # the return address, for mail abroad
