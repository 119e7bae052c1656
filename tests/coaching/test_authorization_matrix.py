"""Who gets what, for every page of the web app and every persona, generated from Django's URL
resolver: a URL added tomorrow is in the matrix tomorrow, and a URL taking a new kind of id
fails `test_every_url_argument_has_a_factory` until someone says which object it names.

Personas (one fixture, `personas`): the owner candidate, their coach (active link, letters
shared), another coach (with a candidate of their own), another candidate, anonymous.

- The owner opens every page that takes one of their objects (200, a redirect, or 405 for a
  POST-only action).
- Another candidate and another coach get 404 for those, on GET and on POST, and the database
  does not change.
- Their coach gets the same 404 everywhere a candidate's object is named: coaching gives no
  access to the candidate's own pages, only to the coach pages, which are read-only (GET 200,
  POST 405).
- Anonymous visitors are sent to sign in (the calendar feed is public by its token: a made-up
  token is a 404 for everybody).

/api/... is left out on purpose: the REST API has its own matrix (tests/api/), with tokens
instead of sessions. tests/web/test_access.py keeps its narrower checks of pursuit.web.urls.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.coaching.models import CoachLink
from tests.coaching.conftest import (
    ANONYMOUS,
    COACH,
    OTHER_COACH,
    OWNER,
    PERSONAS,
    Personas,
)
from tests.web.test_access import PUBLIC, invitation

# --- The URL list ----------------------------------------------------------------------------


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern) and p.name:
            yield prefix + str(p.pattern), p


def _kwargs_of(pattern: URLPattern) -> list[str]:
    converters = getattr(pattern.pattern, "converters", None)
    if converters:
        return list(converters)
    return list(pattern.pattern.regex.groupindex)


ALL = [(route, p) for route, p in _walk(get_resolver().url_patterns)
       if not route.lstrip("^").startswith("api/")]  # the API has its own matrix
# Signed-out pages (sign-in, password reset): not about anybody's data.
SKIPPED = PUBLIC | {"logout"}
# The coach's read-only view of one candidate: their coach only.
COACH_PAGES = {"coach_candidate", "coach_candidate_letters"}
# Only the instance's owner (the account made on first run) manages accounts.
INSTANCE_OWNER_PAGES = {"account_settings"}
# Public by a secret token (calendar apps do not sign in).
TOKEN_PUBLIC = {"calendar_feed"}
# Each user gets their own thing at the same URL: there is no one else's object to reach.
SELF_SCOPED_KWARGS = {"kind", "provider"}

PAGES = [p for _, p in ALL if p.name not in SKIPPED]
WITH_OBJECT = [p for p in PAGES if p.name not in TOKEN_PUBLIC
               and set(_kwargs_of(p)) - SELF_SCOPED_KWARGS]
WITHOUT_OBJECT = [p for p in PAGES if p not in WITH_OBJECT and p.name not in TOKEN_PUBLIC]


# --- One object of the owner for each kind of URL argument ----------------------------------

def _touch(p: Personas) -> int:
    return Touch.objects.filter(application=p.world.application).order_by("pk").first().pk  # type: ignore[union-attr]


def _letter(p: Personas) -> int:
    from pursuit.letters.models import Letter

    # A postal letter: it has every page a letter can have, its PDF included.
    touch = p.world.touch("postal_letter")
    return Letter.objects.create(owner=p.owner, touch=touch, kind="postal_letter",
                                 body="Dear Priya, thank you.").pk


def _message(p: Personas) -> int:
    from pursuit.outbox.models import Message

    now = timezone.now()
    return Message.objects.create(
        owner=p.owner, message_id="<matrix@example.com>", from_address="owner@example.com",
        to_address="priya.raman@example.com", subject="Thank you", body="Thanks.",
        send_at=now, next_attempt_at=now).pk


def _mail_check(p: Personas) -> int:
    from pursuit.outbox.models import MailCheck

    return MailCheck.objects.create(owner=p.owner).pk


def _sign_in(p: Personas) -> int:
    """A device-grant sign-in of the owner waiting for its code (made directly)."""
    from datetime import timedelta

    from pursuit.outbox.models import OAuthSignIn

    now = timezone.now()
    return OAuthSignIn.objects.update_or_create(owner=p.owner, defaults={
        "provider": "microsoft", "grant": "device", "state": "waiting", "user_code": "AB12",
        "started_at": now, "expires_at": now + timedelta(minutes=15)})[0].pk


def _mail_lookup(p: Personas) -> int:
    from pursuit.outbox.services import mail_lookup_request

    return mail_lookup_request(owner=p.owner, address="me@example.org", form={}).pk


def _event(p: Personas) -> int:
    from pursuit.networking.services import event_create

    return event_create(owner=p.owner, name="Alumni evening", date=date(2030, 1, 10)).pk


def _reference(p: Personas) -> int:
    from pursuit.pipeline.models import Reference

    return Reference.objects.get(owner=p.owner, contact=p.world.reference).pk


def _reference_link(p: Personas) -> int:
    from pursuit.pipeline.models import ApplicationReference

    return ApplicationReference.objects.get(owner=p.owner, application=p.world.application).pk


def _api_token(p: Personas) -> int:
    from pursuit.api.services import token_create

    return token_create(owner=p.owner, name="script", scope="read")[0].pk


def _card_scan(p: Personas) -> int:
    """A card of the owner waiting for review (a 1x1 PNG: the pages never re-read it)."""
    from pursuit.cards.services import scan_store
    from tests.scanning.test_scan_pages import TINY_PNG

    return scan_store(owner=p.owner, data=TINY_PNG, kind="PNG", filename="card.png",
                      fields={"full_name": "Avery Smith", "emails": [], "phones": []}).pk


def _import_token(p: Personas) -> str:
    """The owner uploads a one-card vCard through the import page; the preview names it."""
    upload = io.BytesIO(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
                        b"EMAIL:ada@example.com\r\nEND:VCARD\r\n")
    upload.name = "ada.vcf"
    response = p.client(OWNER).post(reverse("contact_import"), {"file": upload})
    assert response.status_code == 200 and "token" in response.context, response.status_code
    return str(response.context["token"])


def _invitation_token(p: Personas) -> str:
    """An invitation from the owner to someone who is none of the personas: the plain token
    is only in the queued e-mail."""
    from pursuit.coaching.services import coach_invite
    from pursuit.outbox.models import Message

    coach_invite(candidate=p.owner, email="future.coach@example.com",
                 base_url="http://testserver/")
    body = Message.objects.filter(owner=p.owner, to_address="future.coach@example.com").get().body
    return body.split("/coach/invitation/")[1].split("/")[0]


Factory = Callable[[Personas], Any]
# Keyed by the argument's name; where two URLs use one name for different things (`token`,
# `link_id`), by "url name:argument".
FACTORIES: dict[str, Factory] = {
    "application_id": lambda p: p.world.application.pk,
    "round_id": lambda p: p.world.round.pk,
    "contact_id": lambda p: p.world.colleague.pk,
    "keep_id": lambda p: p.world.hiring_manager.pk,
    "other_id": lambda p: p.world.colleague.pk,
    "touch_id": _touch,
    "call_id": lambda p: Touch.objects.get(application=p.world.application,
                                           type="follow_up_call").pk,
    "strength_id": lambda p: p.world.strength.pk,
    "message_id": _message,
    "check_id": _mail_check,
    "sign_in_id": _sign_in,
    "lookup_id": _mail_lookup,
    "event_id": _event,
    "reference_id": _reference,
    "link_id": _reference_link,  # an ApplicationReference (network_reference_alerted)
    "letter_id": _letter,
    "token_id": _api_token,
    "coach_link_id": lambda p: p.link.pk,
    "invitation_id": lambda p: invitation(p.owner).pk,
    "scan_id": _card_scan,
    "invitation_token": _invitation_token,
    "kind": lambda p: "thank_you_email",
    "provider": lambda p: "microsoft",  # a sign-in with a mail provider: one's own mailbox
    "contact_import_start:token": _import_token,
    "contact_import_status:token": _import_token,
    "calendar_feed:token": lambda p: "made-up-token-made-up-token",
    # A job of the kind each job page shows.
    "contact_import_status:job_id": lambda p: _job(p, "import"),
    "card_scan_job:job_id": lambda p: _job(p, "card_scans"),
    "posting_job:job_id": lambda p: _job(p, "posting"),
    "posting_save:job_id": lambda p: _job(p, "posting"),
}


def _job(p: Personas, kind: str) -> int:
    from pursuit.jobs.models import Job

    job = Job.objects.filter(owner=p.owner, kind=kind).first() or Job.objects.create(
        owner=p.owner, kind=kind, state="done", params={"url": "https://jobs.example/1"},
        result={})
    return job.pk


def _factory(pattern: URLPattern, kwarg: str) -> Factory | None:
    return FACTORIES.get(f"{pattern.name}:{kwarg}") or FACTORIES.get(kwarg)


def _url(p: Personas, pattern: URLPattern) -> str:
    kwargs = {}
    for k in _kwargs_of(pattern):
        factory = _factory(pattern, k)
        assert factory is not None, f"{pattern.name}: no factory for {k}"
        kwargs[k] = factory(p)
    return reverse(pattern.name, kwargs=kwargs)


def test_every_url_argument_has_a_factory() -> None:
    missing = [(p.name, k) for p in PAGES for k in _kwargs_of(p) if _factory(p, k) is None]
    assert not missing, f"add a factory to FACTORIES for {missing}"
    assert len(WITH_OBJECT) >= 50 and {p.name for p in WITH_OBJECT} >= COACH_PAGES


# --- What must not change --------------------------------------------------------------------

def _snapshot() -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table but the sessions (signing in writes one): a 404 or a 405
    must leave the database exactly as it was."""
    rows = []
    for model in apps.get_models():
        if model is Session:
            continue
        rows.append((model._meta.label, list(model.objects.order_by("pk").values_list())))
    return rows


POST_DATA = {"stage": "rejected", "outcome": "reached", "reason": "x", "until": "2031-01-01",
             "status": "cancelled", "type": "rejected", "at": "2030-01-01T10:00",
             "name": "Mallory", "days": 30, "full_name": "Mallory", "share": "on",
             "answer": "accept", "body": "pwned", "subject": "pwned", "on": "2030-01-01",
             "minutes": 30, "goal": 5, "email": "mallory@example.com"}


def _answers(client: Any, url: str) -> dict[str, int]:
    return {"GET": client.get(url).status_code,
            "POST": client.post(url, POST_DATA).status_code}


# --- The matrix ------------------------------------------------------------------------------

def _expected(pattern: URLPattern, persona: str) -> str:
    """What a persona gets from a URL naming one of the owner's objects."""
    if persona == ANONYMOUS:
        return "sign_in"
    if pattern.name in COACH_PAGES:
        return "read_only" if persona == COACH else "not_found"
    if pattern.name == "coach_invitation":
        return "not_found"  # only the invitee sees it, and none of the personas is
    return "owner" if persona == OWNER else "not_found"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("pattern", WITH_OBJECT, ids=lambda p: p.name)
def test_objects_of_the_owner(personas, pattern, persona) -> None:  # type: ignore[no-untyped-def]
    url = _url(personas, pattern)
    client = personas.client(persona)
    expected = _expected(pattern, persona)
    if expected == "owner":
        status = client.get(url).status_code
        assert status in (200, 302, 405), (pattern.name, status)
        return
    before = _snapshot()
    answers = _answers(client, url)
    if expected == "sign_in":
        for method in ("GET", "POST"):
            response = client.get(url) if method == "GET" else client.post(url, POST_DATA)
            assert response.status_code in (302, 405), (method, response.status_code)
            if response.status_code == 302:
                assert response.url.startswith(reverse("login")), response.url
    elif expected == "read_only":
        assert answers == {"GET": 200, "POST": 405}, answers
    else:
        # A view takes GET, POST or both; the method it does not take may say 405, never 200.
        assert set(answers.values()) <= {404, 405} and 404 in answers.values(), answers
    assert _snapshot() == before


# Names only the owner has (the app's own samples use the world's names, so not those).
MARKERS = ("Quuxworth",)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("pattern", WITHOUT_OBJECT, ids=lambda p: p.name)
def test_pages_of_ones_own(personas, pattern, persona) -> None:  # type: ignore[no-untyped-def]
    """Pages without an object show each signed-in user their own: none of the owner's data
    reaches anyone else (their coach included), and anonymous visitors sign in first."""
    kwargs = {k: _factory(pattern, k)(personas) for k in _kwargs_of(pattern)}  # type: ignore[misc]
    url = reverse(pattern.name, kwargs=kwargs)
    response = personas.client(persona).get(url)
    if persona == ANONYMOUS:
        assert response.status_code in (302, 405), response.status_code
        if response.status_code == 302:
            assert response.url.startswith(reverse("login")), response.url
        return
    if pattern.name in INSTANCE_OWNER_PAGES and persona != OWNER:
        assert response.status_code == 404, response.status_code
        return
    assert response.status_code in (200, 302, 405), response.status_code
    if persona != OWNER and response.status_code == 200:
        body = response.content.decode(errors="replace")
        assert not [m for m in MARKERS if m in body], pattern.name


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_made_up_calendar_token_is_a_404_for_everybody(personas, persona) -> None:  # type: ignore[no-untyped-def]
    url = reverse("calendar_feed", kwargs={"token": "made-up-token-made-up-token"})
    assert personas.client(persona).get(url).status_code == 404


def test_the_coach_dashboard_lists_ones_own_candidates_only(personas) -> None:  # type: ignore[no-untyped-def]
    mine = personas.client(COACH).get(reverse("coach_dashboard")).content.decode()
    theirs = personas.client(OTHER_COACH).get(reverse("coach_dashboard")).content.decode()
    assert "Jordan Rivera" in mine and "Olive Candidate" not in mine
    assert "Olive Candidate" in theirs and "Jordan Rivera" not in theirs


def test_revoking_ends_the_coachs_access_at_once(personas) -> None:  # type: ignore[no-untyped-def]
    coach = personas.client(COACH)
    url = reverse("coach_candidate", kwargs={"coach_link_id": personas.link.pk})
    assert coach.get(url).status_code == 200
    response = personas.client(OWNER).post(
        reverse("coach_revoke", kwargs={"coach_link_id": personas.link.pk}))
    assert response.status_code == 302
    assert CoachLink.objects.get(pk=personas.link.pk).status == "revoked"
    assert coach.get(url).status_code == 404
    assert coach.get(reverse("coach_candidate_letters",
                             kwargs={"coach_link_id": personas.link.pk})).status_code == 404
    assert "Jordan Rivera" not in coach.get(reverse("coach_dashboard")).content.decode()


def test_letters_only_when_shared(personas) -> None:  # type: ignore[no-untyped-def]
    _letter(personas)
    coach = personas.client(COACH)
    url = reverse("coach_candidate_letters", kwargs={"coach_link_id": personas.link.pk})
    assert "Dear Priya, thank you." in coach.get(url).content.decode()
    personas.client(OWNER).post(
        reverse("coach_share_letters", kwargs={"coach_link_id": personas.link.pk}), {})
    assert coach.get(url).status_code == 404
    page = coach.get(reverse("coach_candidate", kwargs={"coach_link_id": personas.link.pk}))
    assert page.status_code == 200 and url not in page.content.decode()
