"""Issue 13, the smaller things: a password reset signs out the API tokens (a password change
too, when the user ticks the box); names that go into mail headers refuse line breaks at the
forms and the API; the API checks e-mail addresses as the forms do."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from pursuit.accounts.models import User
from pursuit.api.models import PersonalAccessToken
from pursuit.contacts.models import Contact
from tests.api.conftest import Api, World

NEW_PASSWORD = "another fine passphrase"
INJECTED = "Priya Raman\r\nBcc: everyone@example.com"


def works(token: str) -> bool:
    return Api(token).get("/api/contacts").status_code == 200


def reset_password(client: Client, email: str) -> None:
    client.post(reverse("password_reset"), {"email": email})
    link = next(w for w in mail.outbox[-1].body.split() if "/password/reset/" in w)
    form_page = client.get(link.split("testserver", 1)[1], follow=True)
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD,
                                                         "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done.url == reverse("password_reset_complete")


def test_a_password_reset_signs_out_every_api_token(world: World) -> None:
    assert works(world.token) and works(world.read_token)
    reset_password(Client(), world.owner.email)
    assert not works(world.token) and not works(world.read_token)
    assert Api(world.token).get("/api/contacts").status_code == 401
    assert not PersonalAccessToken.objects.filter(owner=world.owner, revoked_at=None).exists()
    assert works(world.outsider_token)  # someone else's are theirs


def change_password(world: World, **extra: str) -> Client:
    client = Client()
    client.force_login(world.owner)
    response = client.post(reverse("password_change"), {
        "old_password": "correct horse 42", "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD, **extra}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("password_change_done")
    world.owner.refresh_from_db()
    assert world.owner.check_password(NEW_PASSWORD)
    return response


def test_a_password_change_keeps_the_tokens_unless_asked(world: World) -> None:
    page = change_password(world).content.decode()
    assert "API tokens were signed out" not in page
    assert works(world.token) and works(world.read_token)


def test_a_password_change_signs_out_the_tokens_when_ticked(world: World) -> None:
    form = Client()
    form.force_login(world.owner)
    assert "Also sign out API tokens" in form.get(reverse("password_change")).content.decode()
    page = change_password(world, sign_out_tokens="on").content.decode()
    assert "Your API tokens were signed out." in page
    assert not works(world.token) and not works(world.read_token)
    assert works(world.outsider_token)


# --- Line breaks in names that go into mail headers -----------------------------------------

def test_the_profile_form_refuses_a_name_on_two_lines(world: World) -> None:
    client = Client()
    client.force_login(world.owner)
    page = client.post(reverse("profile"), {"full_name": "Jordan Rivera\r\nBcc: x@example.com",
                                            "email": world.owner.email}).content.decode()
    assert "Write it on one line: it goes into e-mail headers." in page
    world.owner.refresh_from_db()
    assert world.owner.full_name == "Jordan Rivera"


def test_the_contact_form_refuses_a_name_on_two_lines(world: World) -> None:
    client = Client()
    client.force_login(world.owner)
    page = client.post(reverse("contact_edit", args=[world.colleague.pk]),
                       {"full_name": INJECTED}).content.decode()
    assert "Write it on one line" in page
    assert Contact.objects.get(pk=world.colleague.pk).full_name == "Sam Chen"


@pytest.mark.parametrize("name", ["Ann\nBcc: x@example.com", "Ann\rB", "Ann\u2028B", "Ann\x0bB"])
def test_first_run_refuses_a_name_on_two_lines(client: Client, db: None, name: str) -> None:
    page = client.post(reverse("first_run"), {"full_name": name, "email": "ann@example.com",
                                              "password": "correct horse battery 42"})
    assert "Write it on one line" in page.content.decode()
    assert not User.objects.exists()


@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/api/contacts", {"full_name": INJECTED}),
    ("PATCH", "/api/contacts/{contact_id}", {"full_name": INJECTED}),
    ("POST", "/api/applications", {"employer": "Fabrikam", "role": "Engineer",
                                   "recruiter": INJECTED}),
    ("PATCH", "/api/applications/{application_id}", {"referred_by": "A\nB"}),
])
def test_the_api_refuses_a_name_on_two_lines(world: World, api: Api, method: str, path: str,
                                             body: dict[str, str]) -> None:
    before = Contact.objects.count()
    response = api.call(method, path.format(**world.ids), body)
    assert response.status_code == 422
    assert "write it on one line" in str(response.json()["detail"])
    assert Contact.objects.count() == before
    assert not Contact.objects.filter(full_name__contains="Bcc").exists()


@pytest.mark.parametrize("address", ["not an address", "a@b", "x@example.com\r\nBcc: y@z.com",
                                     "two@example.com, three@example.com", "a b@example.com"])
def test_the_api_checks_e_mail_addresses_as_the_form_does(world: World, api: Api,
                                                          address: str) -> None:
    created = api.post("/api/contacts", {"full_name": "Ann Lee", "emails": [address]})
    assert created.status_code == 422 and "is not an e-mail address" in str(created.json())
    changed = api.patch(f"/api/contacts/{world.colleague.pk}", {"email": address})
    assert changed.status_code == 422
    client = Client()
    client.force_login(world.owner)
    page = client.post(reverse("contact_edit", args=[world.colleague.pk]),
                       {"full_name": "Sam Chen", "email": address}).content.decode()
    assert "Enter a valid email address." in page  # the form's refusal, for comparison


def test_the_api_still_takes_good_addresses(world: World, api: Api) -> None:
    created = api.post("/api/contacts", {"full_name": "Ann Lee",
                                         "emails": [" ann.lee+jobs@fabrikam.example ", ""]})
    assert created.status_code == 201, created.json()
    assert created.json()["emails"] == ["ann.lee+jobs@fabrikam.example"]
    cleared = api.patch(f"/api/contacts/{world.colleague.pk}", {"email": ""})
    assert cleared.status_code == 200
