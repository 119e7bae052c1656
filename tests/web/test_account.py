"""The account: first run, sign-in, passwords, settings, profile, demo, export, deletion."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from pursuit.accounts.models import Strength, User
from pursuit.accounts.selectors import account_for_command
from pursuit.accounts.services import strength_add
from pursuit.archive.services import account_delete
from pursuit.cadence.services import user_update
from pursuit.contacts.models import Contact
from pursuit.demo import STRENGTHS
from pursuit.letters.services import template_save
from pursuit.pipeline.models import Application
from pursuit.pipeline.services import application_create
from tests.web.conftest import signed_in


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
    assert "The password is too weak: it is too common and entirely numeric." in page
    assert "This password" not in page


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


def _owned_rows(user: User) -> dict[str, list[dict[str, Any]]]:
    """Every row of every model that belongs to `user`, and the user's own fields: what the
    demo must leave exactly as it found it."""
    rows: dict[str, list[dict[str, Any]]] = {
        "user": list(User.objects.filter(pk=user.pk).values(
            *[f.name for f in User._meta.concrete_fields if f.name != "last_login"]))}
    for model in apps.get_models():
        if any(f.name == "owner" and f.is_relation for f in model._meta.concrete_fields):
            rows[model._meta.label] = list(model.objects.filter(owner=user)
                                           .order_by("pk").values())
    return rows


def _own_account(user: User) -> None:
    """A real profile: strengths, a template of its own, settings, a real application."""
    user_update(user=user, phone="+49 30 5550 1234", return_address="Torstr. 1\n10119 Berlin",
                linkedin="in/jordan", timezone="Europe/Berlin", country="DE")
    strength_add(user=user, phrase="shipped a billing system", evidence="Stripe, 3 countries")
    template_save(owner=user, kind="follow_up_email", subject="Hello again",
                  body="Dear {{ recipient.salutation }},\n\nStill keen.\n\n"
                       "{{ candidate.signature }}")
    application_create(owner=user, employer="Contoso Pharmaceuticals", role="Data Lead")


def test_the_demo_leaves_a_real_account_as_it_was(owner) -> None:  # type: ignore[no-untyped-def]
    """`pursuit demo --user` into a real account: the demo's applications and contacts come
    and go; the profile, strengths, templates and settings never change, and removing the
    demo takes away all it added and nothing else (even an employer both share)."""
    _own_account(owner)
    before = _owned_rows(owner)
    call_command("demo", "--user", owner.email, stdout=StringIO(), stderr=StringIO())
    owner.refresh_from_db()
    assert Application.objects.filter(owner=owner, is_demo=True).count() >= 10
    during = _owned_rows(owner)
    for label in ("user", "accounts.Strength", "letters.LetterTemplate"):
        assert during[label] == before[label], label
    client = signed_in(owner)
    client.post(reverse("demo"), {"action": "remove"})
    assert _owned_rows(owner) == before


def test_an_earlier_demo_in_ones_own_profile_is_removed(owner) -> None:  # type: ignore[no-untyped-def]
    """An earlier version put the demo's strengths into the profile: removal takes them,
    word for word, and leaves the user's own."""
    _own_account(owner)
    mine = list(owner.strengths.values_list("phrase", flat=True))
    for phrase, evidence, keywords in STRENGTHS:
        Strength.objects.create(owner=owner, phrase=phrase, evidence=evidence, keywords=keywords)
    Strength.objects.create(owner=owner, phrase=STRENGTHS[0][0])  # the user's own, same words
    signed_in(owner).post(reverse("demo"), {"action": "remove"})
    assert list(owner.strengths.values_list("phrase", flat=True)) == [*mine, STRENGTHS[0][0]]


def test_open_the_demo_is_an_account_of_its_own_and_back(owner) -> None:  # type: ignore[no-untyped-def]
    _own_account(owner)
    before = _owned_rows(owner)
    client = signed_in(owner)
    response = client.post(reverse("demo"), {"action": "open"})
    assert response.url == reverse("today")
    demo = User.objects.get(demo_of=owner)
    assert int(client.session["_auth_user_id"]) == demo.pk
    assert not demo.has_usable_password() and demo.email.endswith(".invalid")
    assert demo.timezone == "Europe/Berlin" and demo.strengths.count() == len(STRENGTHS)
    assert Application.objects.filter(owner=demo, is_demo=True).count() >= 10
    page = client.get(reverse("today")).content.decode()
    assert "This is the demo" in page and reverse("demo_leave") in page
    # A letter written in the demo draws on the demo's profile, never the user's.
    client.post(reverse("demo"), {"action": "open"})  # inside the demo: nothing happens
    assert User.objects.filter(demo_of=owner).count() == 1
    assert client.post(reverse("demo_leave")).url == reverse("settings")
    assert int(client.session["_auth_user_id"]) == owner.pk
    assert _owned_rows(owner) == before
    # Opened again: the same account, afresh; deleted from Settings with all it held.
    client.post(reverse("demo"), {"action": "open"})
    assert User.objects.filter(demo_of=owner).get().pk == demo.pk
    client.post(reverse("demo_leave"))
    client.post(reverse("demo"), {"action": "close"})
    assert not User.objects.filter(demo_of=owner).exists()
    assert not Application.objects.filter(owner_id=demo.pk).exists()
    assert _owned_rows(owner) == before


def test_each_account_has_its_own_demo_and_the_way_back_is_guarded(  # type: ignore[no-untyped-def]
        owner, outsider) -> None:
    mine, theirs = signed_in(owner), signed_in(outsider)
    mine.post(reverse("demo"), {"action": "open"})
    theirs.post(reverse("demo"), {"action": "open"})
    assert User.objects.filter(demo_of__isnull=False).count() == 2
    assert User.objects.get(demo_of=outsider).pk == int(theirs.session["_auth_user_id"])
    # The owner changes their password elsewhere: the way back from the demo is closed too.
    owner.set_password("a brand new passphrase 9")
    owner.save()
    response = mine.post(reverse("demo_leave"))
    assert response.url == reverse("login") and "_auth_user_id" not in mine.session
    # Not in a demo: there is no way "back".
    assert theirs.post(reverse("demo_leave")).status_code == 302
    assert signed_in(outsider).post(reverse("demo_leave")).status_code == 404


def test_demo_accounts_are_no_accounts_of_the_instance(owner, owner_client) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(reverse("demo"), {"action": "open"})
    assert account_for_command(None) == owner  # still "the only account"
    page = signed_in(owner).get(reverse("account_settings")).content.decode()
    assert ".invalid" not in page


def test_deleting_an_account_deletes_its_demo(owner) -> None:  # type: ignore[no-untyped-def]
    signed_in(owner).post(reverse("demo"), {"action": "open"})
    account_delete(user=owner)
    assert not User.objects.exists() and not Application.objects.exists()


def test_first_run_asks_for_what_the_letters_need(client, db) -> None:  # type: ignore[no-untyped-def]
    page = client.get(reverse("first_run")).content.decode()
    assert "data-browser-timezone" in page and 'name="phone"' in page
    assert 'name="return_address"' in page and "<script>" not in page
    response = client.post(reverse("first_run"), {
        "full_name": "Jordan Rivera", "email": "jordan@example.com",
        "password": "a long enough passphrase", "phone": "+1 312 555 0100",
        "return_address": "1520 N Damen Ave\nChicago, IL 60622",
        "timezone": "Europe/Lisbon", "then": "demo"})
    user = User.objects.get(email="jordan@example.com")
    assert (user.phone, user.timezone) == ("+1 312 555 0100", "Europe/Lisbon")
    assert user.return_address == "1520 N Damen Ave\nChicago, IL 60622"
    # "Create it and open the demo first": straight into the demo, the way back kept.
    assert response.url == reverse("today")
    assert int(client.session["_auth_user_id"]) == User.objects.get(demo_of=user).pk
    assert client.post(reverse("demo_leave")).url == reverse("settings")


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
