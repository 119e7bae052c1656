"""The account: first run, sign-in, passwords, settings, profile, demo, export, deletion."""

from __future__ import annotations

import json

from django.core import mail
from django.urls import reverse

from pursuit.accounts.models import User
from pursuit.contacts.models import Contact
from pursuit.pipeline.models import Application


def test_first_run_creates_the_owner_then_closes(client, db) -> None:  # type: ignore[no-untyped-def]
    assert client.get(reverse("today")).url.startswith(reverse("login"))
    assert client.get(reverse("login")).url == reverse("first_run")
    response = client.post(reverse("first_run"), {
        "full_name": "Jordan Rivera", "email": "jordan@example.com",
        "password": "a long enough passphrase"})
    assert response.url == reverse("today")
    assert User.objects.get().is_superuser
    client.logout()
    assert client.get(reverse("first_run")).url == reverse("login")
    assert client.get(reverse("login")).status_code == 200


def test_a_weak_password_is_refused_on_first_run(client, db) -> None:  # type: ignore[no-untyped-def]
    page = client.post(reverse("first_run"), {"full_name": "J", "email": "j@example.com",
                                              "password": "1234567890"}).content.decode()
    assert "too weak" in page and not User.objects.exists()


def test_sign_in_and_password_reset_by_email(client, owner) -> None:  # type: ignore[no-untyped-def]
    response = client.post(reverse("login"), {"username": "owner@example.com",
                                              "password": "correct horse 42"})
    assert response.url == reverse("today")
    client.logout()
    client.post(reverse("password_reset"), {"email": "owner@example.com"})
    assert len(mail.outbox) == 1 and "/password/reset/" in mail.outbox[0].body
    link = next(w for w in mail.outbox[0].body.split() if "/password/reset/" in w)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    client.post(form_page.redirect_chain[-1][0], {"new_password1": "another fine passphrase",
                                                  "new_password2": "another fine passphrase"})
    owner.refresh_from_db()
    assert owner.check_password("another fine passphrase")


def test_password_change(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(reverse("password_change"), {
        "old_password": "correct horse 42", "new_password1": "brand new passphrase 7",
        "new_password2": "brand new passphrase 7"})
    assert response.url == reverse("password_change_done")
    owner.refresh_from_db()
    assert owner.check_password("brand new passphrase 7")


def test_settings_and_profile_are_saved(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(reverse("settings"), {
        "timezone": "Europe/Berlin", "country": "DE", "subdivision": "by",
        "workday_start": "08:30", "workday_end": "17:00", "pipeline_target": "8"})
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.timezone, owner.country, owner.subdivision, owner.pipeline_target) == \
        ("Europe/Berlin", "DE", "BY", 8)
    page = owner_client.post(reverse("settings"), {
        "timezone": "Europe/Berlin", "country": "DE", "subdivision": "ZZ",
        "workday_start": "08:30", "workday_end": "17:00", "pipeline_target": "8"}).content.decode()
    assert "has no region ZZ" in page
    owner_client.post(reverse("profile"), {
        "full_name": "Jordan Rivera", "email": "owner@example.com", "phone": "+1 312 555 0100",
        "return_address": "1520 N Damen Ave\nChicago, IL 60622", "linkedin": "in/jordan",
        "signature": "Jordan", "target_roles": "Data Engineer"})
    owner.refresh_from_db()
    assert owner.linkedin == "in/jordan"
    owner_client.post(reverse("strength_add"), {"phrase": "built a data platform",
                                                "evidence": "2,000 dashboards"})
    strength = owner.strengths.get()
    owner_client.post(reverse("strength_delete", args=[strength.pk]))
    assert not owner.strengths.exists()


def test_demo_data_loads_and_goes_in_one_click(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("demo"), {"action": "load"})
    assert Application.objects.filter(owner=owner, is_demo=True).count() >= 10
    owner_client.post(reverse("demo"), {"action": "remove"})
    assert not Application.objects.filter(owner=owner).exists()


def test_export_holds_the_users_data_only(owner_client, world, outsider, make_contact) -> None:  # type: ignore[no-untyped-def]
    make_contact(outsider, "Secret Person")
    response = owner_client.get(reverse("export"))
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    names = {c["full_name"] for c in data["contacts"]}
    assert "Priya Raman" in names and "Secret Person" not in names
    assert data["format"] == "pursuit-backup" and data["account"]["email"] == "owner@example.com"
    assert data["touches"] and data["applications"]


def test_delete_account_takes_all_it_owns(owner_client, world, outsider, make_contact) -> None:  # type: ignore[no-untyped-def]
    kept = make_contact(outsider, "Outsider's friend")
    page = owner_client.post(reverse("delete_account"), {"password": "wrong"}).content.decode()
    assert "not your password" in page
    response = owner_client.post(reverse("delete_account"), {"password": "correct horse 42"})
    assert response.url == reverse("login")
    assert not User.objects.filter(email="owner@example.com").exists()
    assert not Application.objects.exists()
    assert list(Contact.objects.all()) == [kept]
