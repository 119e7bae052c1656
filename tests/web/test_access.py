"""Who may open what, generated from the URL list: a new URL is covered the day it is added.

- an anonymous visitor is sent to sign in from every page but the public ones;
- every URL that takes an id answers 404 to another user, whatever the method, and changes
  nothing;
- the owner can open every page that takes an id (so the 404s above are not bad ids).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import URLPattern, reverse
from django.utils import timezone

from pursuit.cadence.models import Touch
from pursuit.career.urls import urlpatterns as career_urls
from pursuit.postings.urls import urlpatterns as posting_urls
from pursuit.web.urls import urlpatterns

PUBLIC = {"login", "first_run", "healthz", "password_reset", "password_reset_done",
          "password_reset_confirm", "password_reset_complete", "account_join", "signup",
          "favicon", "web_manifest",
          # The zone offered for a browser's: reads nothing stored; the first-run form asks it.
          "timezone_guess"}


def _named(patterns: list) -> list[URLPattern]:  # type: ignore[type-arg]
    return [p for p in patterns if isinstance(p, URLPattern) and p.name]


# Feature apps whose pages are covered here too (issue 17: saving a job, career mode).
PATTERNS = _named(urlpatterns) + _named(posting_urls) + _named(career_urls)
WITH_ID = [p for p in PATTERNS if p.pattern.converters
           and all(k.endswith("_id") for k in p.pattern.converters)]
WITHOUT_ARGS = [p for p in PATTERNS if not p.pattern.converters]


def _ids(world) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One object of the owner for each kind of id a URL takes."""
    from pursuit.jobs.models import Job
    from pursuit.outbox.models import MailCheck
    from pursuit.outbox.services import mail_lookup_request, message_enqueue

    touch = Touch.objects.filter(application=world.application).first()
    message = message_enqueue(owner=world.owner, to_address="priya@example.com",
                              subject="Thank you", body="Dear Priya, thank you.")
    return {"application_id": world.application.pk, "round_id": world.round.pk,
            "contact_id": world.colleague.pk, "touch_id": touch.pk,  # type: ignore[union-attr]
            "strength_id": world.strength.pk, "invitation_id": invitation(world.owner).pk,
            "call_id": Touch.objects.get(application=world.application,
                                         type="follow_up_call").pk,
            "message_id": message.pk,
            "check_id": MailCheck.objects.create(owner=world.owner).pk,
            "job_id": Job.objects.create(owner=world.owner, kind=Job.Kind.IMPORT,
                                         params={"name": "Connections.csv"}).pk,
            "sign_in_id": _sign_in(world.owner).pk,
            "lookup_id": mail_lookup_request(owner=world.owner, address="me@example.org",
                                             form={}).pk}


def _sign_in(owner):  # type: ignore[no-untyped-def]
    """A device-grant sign-in waiting for its code (made directly; signing in is tested in
    tests/outbox/test_oauth*.py)."""
    from pursuit.outbox.models import OAuthSignIn

    now = timezone.now()
    return OAuthSignIn.objects.update_or_create(owner=owner, defaults={
        "provider": "microsoft", "grant": "device", "state": "waiting", "user_code": "AB12",
        "started_at": now, "expires_at": now + timedelta(minutes=15)})[0]


def _kwargs(world, pattern) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The ids `pattern` takes; a job is of the kind its page shows (an import, a posting)."""
    ids = _ids(world)
    if pattern.name.startswith("posting"):
        ids["job_id"] = posting_job(world.owner).pk
    return {k: v for k, v in ids.items() if k in pattern.pattern.converters}


def posting_job(owner):  # type: ignore[no-untyped-def]
    """A posting read from pasted HTML (made directly; the reading is tested on its own)."""
    from pursuit.jobs.models import Job

    job = Job.objects.filter(owner=owner, kind="posting").first()
    return job or Job.objects.create(owner=owner, kind="posting", state="done",
                                     params={"url": "https://jobs.example/1"}, result={})


def invitation(by):  # type: ignore[no-untyped-def]
    """An open invitation from `by` (made directly; sending it is tested on its own)."""
    from pursuit.accounts.models import AccountInvitation

    return AccountInvitation.objects.create(
        email=f"invited-{AccountInvitation.objects.count()}@example.com", invited_by=by,
        token_hash=f"{AccountInvitation.objects.count():064d}",
        expires_at=timezone.now() + timedelta(days=14))


def test_every_id_in_the_url_list_is_known(world) -> None:  # type: ignore[no-untyped-def]
    known = _ids(world)
    for pattern in WITH_ID:
        assert set(pattern.pattern.converters) <= known.keys(), pattern.name
    assert len(WITH_ID) >= 15


@pytest.mark.parametrize("pattern", [p for p in WITHOUT_ARGS if p.name not in PUBLIC]
                         + WITH_ID, ids=lambda p: p.name)
def test_anonymous_visitors_are_sent_to_sign_in(client, world, pattern) -> None:  # type: ignore[no-untyped-def]
    url = reverse(pattern.name, kwargs=_kwargs(world, pattern))
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code in (302, 405), (pattern.name, response.status_code)
        if response.status_code == 302:
            assert response.url.startswith(reverse("login")), pattern.name


def _snapshot(world) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    from pursuit.accounts.models import Strength
    from pursuit.contacts.models import Contact
    from pursuit.pipeline.models import Application, Event, Interviewer, Round

    rows: list[tuple] = []  # type: ignore[type-arg]
    from pursuit.jobs.models import Job
    from pursuit.outbox.models import MailAccount, MailCheck, MailLookup, Message, OAuthSignIn
    from pursuit.pipeline.models import Placement

    for model in (Application, Round, Interviewer, Contact, Touch, Event, Strength, Message,
                  MailCheck, MailAccount, Job, Placement, OAuthSignIn, MailLookup):
        rows.extend(model.objects.filter(owner=world.owner).order_by("pk").values_list())
    return rows


@pytest.mark.parametrize("pattern", WITH_ID, ids=lambda p: p.name)
def test_another_users_object_is_a_404(outsider_client, world, pattern) -> None:  # type: ignore[no-untyped-def]
    url = reverse(pattern.name, kwargs=_kwargs(world, pattern))
    before = _snapshot(world)
    answers = {}
    for name, method in (("GET", outsider_client.get), ("POST", outsider_client.post)):
        data = {"stage": "rejected", "outcome": "reached", "reason": "x", "until": "2031-01-01",
                "status": "cancelled", "type": "rejected", "at": "2030-01-01T10:00",
                "name": "Mallory", "contacts": [world.colleague.pk], "days": 30,
                "full_name": "Mallory"} if name == "POST" else None
        answers[name] = method(url, data).status_code
    # A view takes GET, POST or both; the method it does not take may say 405, never 200.
    assert set(answers.values()) <= {404, 405} and 404 in answers.values(), answers
    assert _snapshot(world) == before


@pytest.mark.parametrize("pattern", [p for p in WITH_ID], ids=lambda p: p.name)
def test_the_owner_opens_every_page_with_an_id(owner_client, world, pattern) -> None:  # type: ignore[no-untyped-def]
    url = reverse(pattern.name, kwargs=_kwargs(world, pattern))
    response = owner_client.get(url)
    # POST-only actions answer 405 to GET; every page answers 200.
    assert response.status_code in (200, 405), (pattern.name, response.status_code)


@pytest.mark.parametrize("pattern", [p for p in WITHOUT_ARGS
                                     if p.name not in {"logout", "favicon"}],
                         ids=lambda p: p.name)
def test_every_page_without_an_id_renders(owner_client, world, pattern, settings) -> None:  # type: ignore[no-untyped-def]
    settings.PURSUIT_OPEN_SIGNUP = True  # else the sign-up page is a 404 (tested on its own)
    response = owner_client.get(reverse(pattern.name))
    # Signed-in visitors of first run and sign-in are sent on; POST-only actions say 405.
    assert response.status_code in (200, 302, 405), (pattern.name, response.status_code)
    # POST-only actions (no page of their own) may answer 405 to a GET; the OAuth callback
    # and the device-code page send back to Settings when no sign-in was started.
    if pattern.name not in {"first_run", "login", "demo", "demo_leave", "strength_add",
                            "mail_check", "mail_account_delete", "contact_import_start",
                            "career_thanks", "career_announce", "career_rhythm",
                            "career_restart", "timezone_confirm", "mail_oauth_callback",
                            "mail_oauth_device", "mail_oauth_wait", "mail_oauth_cancel",
                            "mail_oauth_forget"}:
        assert response.status_code == 200, pattern.name


def test_the_favicon_is_there_for_anyone(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response.url.endswith(".svg")
