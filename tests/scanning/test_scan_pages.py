"""The card scanner's pages and `pursuit scan --save`: upload, review, save into a round or an
event, discard, and nobody else's card. Real OCR on the real card photo in
tests/data/real-cards/ (about a second an image), so the reads are counted: one upload,
one module fixture, one CLI run."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pursuit.cards.models import CardScan
from pursuit.cards.services import scan_store
from pursuit.contacts.models import Contact
from pursuit.jobs.models import Job
from pursuit.worker.loop import Worker
from tests.conftest import TESTDATA, run_pursuit

REAL_CARDS = TESTDATA / "real-cards"
AVERY = REAL_CARDS / "real_001.jpg"
AVERY_EMAIL = "avery.smith@contoso.com"
# The smallest valid PNG (1x1): for pages that only show a stored photo, never read it.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DATA_DIR = tmp_path


@pytest.fixture(scope="module")
def avery() -> dict[str, Any]:
    from pursuit.scanning import scan_card

    return scan_card(AVERY).to_json()


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _review_data(page: Any) -> dict[str, str]:
    """What the review form posts when the user changes nothing: every prefilled value."""
    context = page.context
    data: dict[str, str] = {}
    for field in context["form"]:
        data[field.html_name] = field.value() or ""
    for formset in (context["emails"], context["phones"]):
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = str(value)
        for form in formset.forms:
            for field in form:
                data[field.html_name] = field.value() or ""
    return data


def _save(client: Client, scan: CardScan) -> Any:
    url = reverse("card_scan_review", args=[scan.pk])
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, _review_data(page))


def test_upload_is_read_by_the_worker_and_names_the_bad_file(owner: Any) -> None:
    client = _client(owner)
    response = client.post(reverse("card_scan"), {"images": [
        SimpleUploadedFile("avery.jpg", AVERY.read_bytes(), content_type="image/jpeg"),
        SimpleUploadedFile("notes.jpg", b"Avery Smith\nnot a photo\n", content_type="image/jpeg"),
    ]})
    errors = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    assert len(errors) == 1 and "notes.jpg" in errors[0] and "not a PNG, JPEG or WebP" in errors[0]
    job = Job.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("card_scan_job", args=[job.pk])
    assert not CardScan.objects.exists()  # no OCR inside the request
    waiting = client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert "Waiting for the scanner" in waiting and "hx-get" in waiting
    Worker(idle_sleep=0).run(once=True)
    [scan] = CardScan.objects.filter(owner=owner)
    response = client.get(reverse("card_scan_job", args=[job.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("card_scan_review", args=[scan.pk])
    assert scan.status == CardScan.Status.PENDING and scan.fields["full_name"] == "Avery Smith"
    stored = str(scan.image.name)
    assert stored.startswith("cards/") and "avery" not in stored

    page = client.get(response["Location"])
    html = page.content.decode()
    assert 'value="Avery Smith"' in html and f'value="{AVERY_EMAIL}"' in html
    assert reverse("card_scan_image", args=[scan.pk]) in html
    image = client.get(reverse("card_scan_image", args=[scan.pk]))
    assert image.status_code == 200 and image["Content-Type"] == "image/jpeg"
    assert image.content == AVERY.read_bytes()


def test_the_upload_page_offers_the_camera_and_lists_waiting_cards(owner: Any) -> None:
    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="card.png",
                      fields={"full_name": "Avery <b>Smith</b>"})
    html = _client(owner).get(reverse("card_scan")).content.decode()
    assert 'capture="environment"' in html and "multiple" in html
    assert 'accept="image/png,image/jpeg,image/webp"' in html
    assert reverse("card_scan_review", args=[scan.pk]) in html
    assert "Avery &lt;b&gt;Smith&lt;/b&gt;" in html and "<b>Smith" not in html
    assert "<script>" not in html.split("</head>", 1)[1]  # CSP: scripts from files only
    # The drop zone: the file input itself spans the zone (a click and a drop work without
    # script); the camera input takes any image from the back camera.
    zone = html[html.index("data-dropzone>"):]
    assert zone.index('<input type="file" id="id_files" name="images"') < zone.index("</div>")
    assert "Drop photos of cards here" in zone and '<label for="id_files"' in zone
    assert re.search(r'<input type="file" id="id_camera" name="images" accept="image/\*"\s+'
                     r'capture="environment"', html)
    assert re.search(r'<script src="/static/cards/scan\.[0-9a-f]{12}\.js" defer>', html)


def test_save_creates_the_contact_as_read(owner: Any, avery: dict[str, Any]) -> None:
    client = _client(owner)
    scan = scan_store(owner=owner, data=AVERY.read_bytes(), kind="JPEG", filename="a.jpg",
                      fields=avery)
    response = _save(client, scan)
    contact = Contact.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("contact", args=[contact.pk])
    assert contact.full_name == "Avery Smith" and contact.prefix == "Dr."
    assert contact.company == "Contoso" and contact.title == "Senior Researcher"
    assert [e.address for e in contact.emails.all()] == [AVERY_EMAIL]
    assert [(p.type, p.e164, p.as_printed) for p in contact.phones.all()][0] == (
        "mobile", "+447911123456", "+44 (0) 7911 123456")
    assert contact.addresses.get().city == "London"
    assert [s.kind for s in contact.sources.all()] == ["business_card"]
    scan.refresh_from_db()
    assert scan.status == CardScan.Status.SAVED and scan.contact == contact
    # A second Save (a double click, the back button) makes no second contact.
    client.post(reverse("card_scan_review", args=[scan.pk]), {"full_name": "Again"})
    assert Contact.objects.filter(owner=owner).count() == 1


def test_corrections_are_saved_and_bad_numbers_refused(owner: Any) -> None:
    client = _client(owner)
    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="c.png",
                      fields={"full_name": "Avry Smith", "emails": [], "phones": []})
    url = reverse("card_scan_review", args=[scan.pk])
    data = _review_data(client.get(url))
    data.update({"full_name": "Avery Smith", "emails-0-address": "avery@example.com",
                 "phones-0-as_printed": "555 0100", "phones-0-e164": "+1 555"})
    refused = client.post(url, data)
    assert refused.status_code == 200 and "Not a valid international number" in (
        refused.content.decode())
    data["phones-0-e164"] = "+1 (503) 555-0147"
    assert client.post(url, data).status_code == 302
    contact = Contact.objects.get(owner=owner)
    assert contact.full_name == "Avery Smith"
    assert contact.primary_email == "avery@example.com"
    assert contact.phones.get().e164 == "+15035550147"


def test_a_card_from_a_round_becomes_an_interviewer_with_a_thank_you(
        owner: Any, make_contact: Any, make_application: Any, log_round: Any,
        avery: dict[str, Any]) -> None:
    from pursuit.cadence.models import Touch
    from pursuit.pipeline.models import Interviewer

    application = make_application(owner)
    priya = make_contact(owner, "Priya Raman")
    round_ = log_round(application, timezone.now() - timedelta(hours=3), [priya])
    client = _client(owner)
    page = client.get(reverse("card_scan") + f"?round={round_.pk}")
    assert f'name="round" value="{round_.pk}"' in page.content.decode()
    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="a.png", fields=avery,
                      round_=round_)
    response = _save(client, scan)
    assert response["Location"] == reverse("application", args=[application.pk])
    contact = Contact.objects.get(owner=owner, full_name="Avery Smith")
    interviewer = Interviewer.objects.get(round=round_, contact=contact)
    assert interviewer.position == 1
    assert Touch.objects.filter(application=application, contact=contact,
                                type__startswith="thank_you",
                                status=Touch.Status.PLANNED).exists()
    assert {s.kind for s in contact.sources.all()} == {"business_card", "interview"}


def test_a_card_from_an_event_is_filed_under_it(owner: Any, avery: dict[str, Any]) -> None:
    from datetime import date

    from pursuit.networking.models import EventContact
    from pursuit.networking.services import event_create

    event = event_create(owner=owner, name="Alumni evening", date=date(2030, 1, 10))
    client = _client(owner)
    assert "Alumni evening" in client.get(
        reverse("card_scan") + f"?event={event.pk}").content.decode()
    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="a.png", fields=avery,
                      event=event)
    response = _save(client, scan)
    assert response["Location"] == reverse("network_event", args=[event.pk])
    link = EventContact.objects.get(event=event)
    assert link.card_gathered and link.contact.primary_email == AVERY_EMAIL


def test_next_card_and_discard(owner: Any, django_capture_on_commit_callbacks: Any) -> None:
    client = _client(owner)
    first, second = (scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename=f"{n}.png",
                                fields={"full_name": name})
                     for n, name in enumerate(("Ann Lee", "Bo Chan")))
    page = client.get(reverse("card_scan_review", args=[first.pk])).content.decode()
    assert "Card 1 of 2 waiting" in page
    assert reverse("card_scan_review", args=[second.pk]) in page
    path = Path(first.image.path)
    with django_capture_on_commit_callbacks(execute=True):  # the photo goes on commit
        response = client.post(reverse("card_scan_discard", args=[first.pk]))
    assert response["Location"] == reverse("card_scan_review", args=[second.pk])
    first.refresh_from_db()
    assert first.status == CardScan.Status.DISCARDED and not first.image and not path.exists()
    assert client.get(reverse("card_scan_image", args=[first.pk])).status_code == 404
    assert not Contact.objects.filter(owner=owner).exists()


def test_nobody_else_reaches_a_card(owner: Any, make_user: Any, make_application: Any,
                                    make_contact: Any, log_round: Any) -> None:
    from datetime import date

    from pursuit.networking.services import event_create

    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="a.png",
                      fields={"full_name": "Avery Smith"})
    round_ = log_round(make_application(owner), timezone.now() - timedelta(hours=3),
                       [make_contact(owner, "Priya Raman")])
    event = event_create(owner=owner, name="Alumni evening", date=date(2030, 1, 10))
    other = _client(make_user("mallory@example.com"))
    assert other.get(reverse("card_scan_review", args=[scan.pk])).status_code == 404
    assert other.get(reverse("card_scan_image", args=[scan.pk])).status_code == 404
    assert other.post(reverse("card_scan_review", args=[scan.pk]),
                      {"full_name": "Mallory"}).status_code == 404
    assert other.post(reverse("card_scan_discard", args=[scan.pk])).status_code == 404
    for query in (f"round={round_.pk}", f"event={event.pk}", "round=x"):
        assert other.get(reverse("card_scan") + f"?{query}").status_code == 404
    upload = SimpleUploadedFile("a.png", TINY_PNG, content_type="image/png")
    assert other.post(reverse("card_scan"), {"round": round_.pk, "images": [upload]}
                      ).status_code == 404
    scan.refresh_from_db()
    assert scan.status == CardScan.Status.PENDING and scan.image
    assert Contact.objects.filter(full_name="Mallory").count() == 0
    assert CardScan.objects.count() == 1


def test_cli_save_makes_the_card_a_contact(pursuit_home: Path) -> None:
    made = run_pursuit("createuser", "ann@example.com", "--password-stdin", home=pursuit_home,
                       stdin="a long passphrase 93\n")
    assert made.returncode == 0, made.stderr
    result = run_pursuit("scan", str(AVERY), "--save", "--user", "ann@example.com", "--json",
                         home=pursuit_home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out)[-1] == "contact_id" and out["full_name"] == "Avery Smith"
    with sqlite3.connect(pursuit_home / "pursuit.sqlite3") as db:
        row = db.execute(
            "SELECT c.full_name, e.address FROM contacts_contact c JOIN contacts_contactemail e"
            " ON e.contact_id = c.id WHERE c.id = ?", (out["contact_id"],)).fetchone()
        kinds = db.execute("SELECT kind FROM contacts_contactsource WHERE contact_id = ?",
                           (out["contact_id"],)).fetchall()
    assert row == ("Avery Smith", AVERY_EMAIL) and kinds == [("business_card",)]


UK_CARD = {
    "full_name": "Charlotte Davies-Evans", "first": "Charlotte", "last": "Davies-Evans",
    "title": "Head of People", "company": "Marlow Quay Partners",
    "emails": ["c.davies-evans@marlowquay.co.uk"],
    "phones": [{"type": "work", "e164": None, "ext": None, "as_printed": "020 7946 099"}],
    "street": "3rd Floor, 25 Farringdon Street", "city": "London", "region": None,
    "postal_code": "EC4A 4AB", "country": None, "lines": ["Marlow Quay Partners", "…"],
    "department": "People & Culture Department", "card_region": "GB",
    "doubtful": ["company", "phones"],
}


def test_the_review_form_of_a_uk_card(owner: Any) -> None:
    """Point 5 of issue 14: what was read beside the photo, the doubtful fields marked, a UK
    example number (not a US one) as the placeholder, the department and the country kept."""
    client = _client(owner)
    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="uk.png",
                      fields=UK_CARD)
    page = client.get(reverse("card_scan_review", args=[scan.pk]))
    html = page.content.decode()
    assert "<details open>" in html and "What was read from the card" in html
    assert "<li>Marlow Quay Partners</li>" in html
    phone = page.context["phones"].forms[0]
    assert phone.fields["e164"].widget.attrs["placeholder"].startswith("+44")
    assert "+1503" not in html and "+15035550147" not in html
    assert page.context["form"]["department"].value() == "People & Culture Department"
    assert page.context["form"]["country"].value() == "GB"  # shown by its postcode
    assert 'class="doubtful"' in html and "check them against the photo" in html
    assert page.context["form"].fields["company"].widget.attrs.get("class") == "doubtful"
    assert "class" not in page.context["form"].fields["title"].widget.attrs

    response = client.post(reverse("card_scan_review", args=[scan.pk]), _review_data(page))
    assert response.status_code == 302
    contact = Contact.objects.get(owner=owner, full_name="Charlotte Davies-Evans")
    assert contact.department == "People & Culture Department"
    assert contact.addresses.get().country == "GB"


def test_only_the_doubtful_number_is_marked_not_the_whole_list(owner: Any) -> None:
    """A card with a checked mobile and a number that failed validation: the page marks the
    second row only, never the checked one nor the spare empty row, so the colour still says
    where to look. A scan saved before rows were named marks every number it read."""
    card = dict(UK_CARD, phones=[
        {"type": "mobile", "e164": "+447700900123", "ext": None, "as_printed": "07700 900123"},
        {"type": "work", "e164": None, "ext": None, "as_printed": "020 7946 099"}],
        doubtful=["phones", "phones.1"])
    client = _client(owner)
    scan = scan_store(owner=owner, data=TINY_PNG, kind="PNG", filename="uk.png", fields=card)
    page = client.get(reverse("card_scan_review", args=[scan.pk]))
    rows = re.findall(r'<div class="form-grid scan-phone( doubtful)?">', page.content.decode())
    assert rows == ["", " doubtful", ""]  # the mobile, the unchecked number, the spare row

    old = client.get(reverse("card_scan_review", args=[scan_store(
        owner=owner, data=TINY_PNG, kind="PNG", filename="old.png",
        fields=dict(card, doubtful=["phones"])).pk]))
    rows = re.findall(r'<div class="form-grid scan-phone( doubtful)?">', old.content.decode())
    assert rows == [" doubtful", " doubtful", ""]
