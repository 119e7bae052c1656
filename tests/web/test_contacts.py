"""Contacts: search as you type, the contact page, add, edit, pause, delete."""

from __future__ import annotations

from django.urls import reverse

from pursuit.contacts.models import Contact

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_search_names_companies_titles_emails(owner_client, world, make_contact, owner) -> None:  # type: ignore[no-untyped-def]
    make_contact(owner, "Renata Solberg", email="r.solberg@ferncliff.example",
                 title="Head of Applied Science", company="Ferncliff Labs")
    for query in ("solberg", "ferncliff labs", "applied science", "r.solberg@"):
        body = owner_client.get(reverse("contacts"), {"q": query}, **HTMX).content.decode()
        assert "Renata Solberg" in body and "Priya Raman" not in body, query
        assert body.lstrip().startswith('<div id="results"')
    assert "No one matches" in owner_client.get(reverse("contacts"), {"q": "zzz"}).content.decode()


def test_a_contact_page_shows_history_and_applications(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(reverse("contact", args=[world.hiring_manager.pk])).content.decode()
    assert "Data Platform Manager" in page and "met in round 1" in page
    assert "Thank-you e-mail" in page
    page = owner_client.get(reverse("contact", args=[world.reference.pk])).content.decode()
    assert "reference" in page


def test_add_edit_and_pause_a_contact(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(reverse("contact_new"), {
        "full_name": "Marcus Lee", "company": "Northwind Traders", "email": "marcus@nw.example",
        "phone": "+1 312 555 0180", "source": "alumni", "source_detail": "NIU 2015"})
    marcus = Contact.objects.get(owner=owner, full_name="Marcus Lee")
    assert response.url == reverse("contact", args=[marcus.pk])
    assert marcus.sources.get().kind == "alumni"
    owner_client.post(reverse("contact_edit", args=[marcus.pk]), {
        "full_name": "Marcus J. Lee", "title": "Product Manager", "company": "Northwind Traders",
        "email": "marcus.lee@nw.example", "phone": "+1 312 555 0181"})
    marcus.refresh_from_db()
    assert (marcus.full_name, marcus.primary_email) == ("Marcus J. Lee", "marcus.lee@nw.example")
    owner_client.post(reverse("contact_pause", args=[marcus.pk]), {"until": "2031-01-31"})
    marcus.refresh_from_db()
    assert str(marcus.paused_until) == "2031-01-31"
    owner_client.post(reverse("contact_pause", args=[marcus.pk]), {"until": ""})
    marcus.refresh_from_db()
    assert marcus.paused_until is None


def test_deleting_asks_first_and_keeps_interviewers(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    url = reverse("contact_delete", args=[world.hiring_manager.pk])
    assert "Delete the contact" in owner_client.get(url).content.decode()
    owner_client.post(url)
    assert Contact.objects.filter(pk=world.hiring_manager.pk).exists()  # met in a round
    other = Contact.objects.create(owner=world.owner, full_name="Just Someone")
    owner_client.post(reverse("contact_delete", args=[other.pk]))
    assert not Contact.objects.filter(pk=other.pk).exists()


def test_paused_people_are_held_on_today(owner_client, world) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("contact_pause", args=[world.hiring_manager.pk]),
                      {"until": "2099-01-01"})
    page = owner_client.get(reverse("today")).content.decode()
    assert "Held: you paused these people" in page


def test_a_website_and_phone_that_are_not_are_refused_naming_the_field(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(reverse("contact_new"), {
        "full_name": "Marcus Lee", "website": "not a site", "phone": "call me maybe"})
    assert response.status_code == 200 and not Contact.objects.filter(owner=owner).exists()
    page = response.content.decode()
    assert "Website: not a web address" in page and "Phone: not a phone number" in page
    assert 'value="not a site"' in page and 'value="call me maybe"' in page  # kept as typed
    owner.country = "GB"
    owner.save(update_fields=["country"])
    response = owner_client.post(reverse("contact_new"), {
        "full_name": "Marcus Lee", "website": "northwind.example", "phone": "020 7946 0018"})
    marcus = Contact.objects.get(owner=owner, full_name="Marcus Lee")
    assert response.url == reverse("contact", args=[marcus.pk])
    assert marcus.website == "https://northwind.example"
    assert str(marcus.phones.get()).startswith("020 7946 0018")
