"""New accounts after the first: the owner's invitations and open sign-up (contracts.md,
"Accounts and scripted setup")."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pursuit.accounts.models import AccountInvitation, User
from pursuit.core.errors import BadInput
from pursuit.invitations import account_invite, account_join
from tests.conftest import sent_mail
from tests.web.conftest import signed_in

PASSWORD = "a long enough passphrase"


def _link(message) -> str:  # type: ignore[no-untyped-def]
    return "/join/" + message.body.split("/join/")[1].split()[0]


def test_the_owner_invites_a_coach_who_opens_the_account_and_signs_in(owner) -> None:  # type: ignore[no-untyped-def]
    page = signed_in(owner).get(reverse("account_settings")).content.decode()
    assert "Invite someone" in page and "Jordan Rivera" in page
    response = signed_in(owner).post(reverse("account_settings"),
                                     {"email": "Casey@Example.com", "as_coach": "on"})
    assert response.status_code == 302
    assert mail.outbox == []  # queued, not sent inside the request
    [message] = sent_mail()
    assert message.to == ["casey@example.com"] and "Jordan Rivera" in message.subject
    link = _link(message)
    invitation = AccountInvitation.objects.get()
    assert link.split("/")[2] not in invitation.token_hash  # only a hash is stored
    assert "casey@example.com" in signed_in(owner).get(reverse("account_settings")).content.decode()

    visitor = Client()
    page = visitor.get(link).content.decode()
    assert "casey@example.com" in page and "as a career coach" in page
    response = visitor.post(link, {"full_name": "Casey Coach", "password": PASSWORD})
    assert response.status_code == 302 and response.url == reverse("coach_dashboard")
    casey = User.objects.get(email="casey@example.com")
    assert casey.is_coach and not casey.is_superuser and casey.full_name == "Casey Coach"
    assert visitor.get(reverse("coach_dashboard")).status_code == 200  # signed in
    assert Client().login(username="casey@example.com", password=PASSWORD)

    # One link, one account: used again, it is closed.
    again = Client().post(link, {"full_name": "Mallory", "password": PASSWORD})
    assert again.status_code == 404 and "no longer works" in again.content.decode()
    assert User.objects.filter(email="casey@example.com").count() == 1


def test_a_weak_password_keeps_the_invitation_open(owner) -> None:  # type: ignore[no-untyped-def]
    signed_in(owner).post(reverse("account_settings"), {"email": "sam@example.com"})
    link = _link(sent_mail()[0])
    response = Client().post(link, {"full_name": "Sam", "password": "1234567890"})
    assert response.status_code == 200 and "too common" in response.content.decode()
    assert not User.objects.filter(email="sam@example.com").exists()
    response = Client().post(link, {"full_name": "Sam", "password": PASSWORD})
    assert response.status_code == 302 and User.objects.filter(email="sam@example.com").exists()


def test_withdrawn_replaced_and_expired_links_do_not_work(owner) -> None:  # type: ignore[no-untyped-def]
    owner_client = signed_in(owner)
    owner_client.post(reverse("account_settings"), {"email": "ann@example.com"})
    first = _link(sent_mail()[0])
    owner_client.post(reverse("account_settings"), {"email": "ann@example.com"})
    second = _link(sent_mail()[1])
    assert Client().get(first).status_code == 404  # replaced by the second
    assert Client().get(second).status_code == 200
    waiting = AccountInvitation.objects.get(accepted_at=None, revoked_at=None)
    owner_client.post(reverse("account_invitation_withdraw", args=[waiting.pk]))
    assert Client().get(second).status_code == 404

    owner_client.post(reverse("account_settings"), {"email": "bob@example.com"})
    third = _link(sent_mail()[2])
    AccountInvitation.objects.filter(email="bob@example.com").update(
        expires_at=timezone.now() - timedelta(seconds=1))
    assert Client().post(third, {"full_name": "Bob", "password": PASSWORD}).status_code == 404
    assert not User.objects.filter(email__in=["ann@example.com", "bob@example.com"]).exists()


def test_only_the_instance_owner_invites(owner, make_user) -> None:  # type: ignore[no-untyped-def]
    someone = make_user("someone@example.com")
    client = signed_in(someone)
    assert client.get(reverse("account_settings")).status_code == 404
    assert client.post(reverse("account_settings"), {"email": "x@example.com"}).status_code == 404
    assert "Accounts</a>" not in client.get(reverse("settings")).content.decode()
    assert "Accounts</a>" in signed_in(owner).get(reverse("settings")).content.decode()
    with pytest.raises(BadInput):
        account_invite(by=someone, email="x@example.com", as_coach=False,
                       base_url="http://testserver/", now=timezone.now())
    waiting = AccountInvitation.objects.create(
        email="y@example.com", invited_by=owner, token_hash="1" * 64,
        expires_at=timezone.now() + timedelta(days=1))
    response = client.post(reverse("account_invitation_withdraw", args=[waiting.pk]))
    assert response.status_code == 404
    assert AccountInvitation.objects.get(pk=waiting.pk).revoked_at is None
    assert sent_mail() == []


def test_an_address_with_an_account_is_not_invited(owner, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user("taken@example.com")
    response = signed_in(owner).post(reverse("account_settings"), {"email": "TAKEN@example.com"})
    assert response.status_code == 200
    assert "taken@example.com already has an account" in response.content.decode()
    assert sent_mail() == [] and not AccountInvitation.objects.exists()


def test_a_link_submitted_twice_makes_one_account(owner) -> None:  # type: ignore[no-untyped-def]
    account_invite(by=owner, email="twice@example.com", as_coach=False,
                   base_url="http://testserver/", now=timezone.now())
    token = _link(sent_mail()[0]).split("/")[2]
    account_join(token=token, full_name="Twice", password=PASSWORD, now=timezone.now())
    with pytest.raises(BadInput):
        account_join(token=token, full_name="Twice", password=PASSWORD, now=timezone.now())
    assert User.objects.filter(email="twice@example.com").count() == 1


def test_open_signup_is_off_by_default_and_works_when_on(owner, settings) -> None:  # type: ignore[no-untyped-def]
    assert Client().get(reverse("signup")).status_code == 404
    response = Client().post(reverse("signup"), {"full_name": "Eve", "email": "eve@example.com",
                                                 "password": PASSWORD})
    assert response.status_code == 404 and not User.objects.filter(email="eve@example.com")
    assert "Create an account" not in Client().get(reverse("login")).content.decode()

    settings.PURSUIT_OPEN_SIGNUP = True
    assert "Create an account" in Client().get(reverse("login")).content.decode()
    visitor = Client()
    response = visitor.post(reverse("signup"), {"full_name": "Eve", "email": "eve@example.com",
                                                "password": PASSWORD})
    assert response.status_code == 302
    eve = User.objects.get(email="eve@example.com")
    assert not eve.is_superuser and not eve.is_coach
    taken = Client().post(reverse("signup"), {"full_name": "Eve", "email": "EVE@example.com",
                                              "password": PASSWORD})
    assert taken.status_code == 200 and "already exists" in taken.content.decode()
