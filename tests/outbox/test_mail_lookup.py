"""Settings → Mail account, "Look up settings": the provider table through the real page, and
a domain's autoconfig served by a local HTTP server on loopback, fetched by the worker (never
by the request: the page polls). Loopback is refused unless the test lets it through
explicitly (allow_hosts), as the posting fetcher's tests do."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.outbox.models import MailAccount, MailLookup
from pursuit.outbox.services import mail_lookup_request
from pursuit.worker import mail_lookup
from pursuit.worker.loop import Worker
from pursuit.worker.mail_lookup import look_up
from tests.core.test_mail_presets import AUTOCONFIG


class _Autoconfig(BaseHTTPRequestHandler):
    hits: list[str] = []  # the paths asked for, by anyone

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        self.hits.append(self.path)
        if self.path.startswith("/mail/config-v1.1.xml"):
            body = AUTOCONFIG.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
        else:
            body = b"not here"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def autoconfig_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Autoconfig)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def no_dns(name: str, kind: str) -> list[tuple[str, int, int]]:
    return []


def test_autoconfig_from_a_local_server(autoconfig_site: str, settings) -> None:  # type: ignore[no-untyped-def]
    def urls(domain: str, address: str) -> list[str]:
        return [f"{autoconfig_site}/.well-known/missing", f"{autoconfig_site}/mail/config-v1.1.xml"]

    found = look_up("me@example.org", dns_lookup=no_dns, urls=urls, allow_hosts=["127.0.0.1"])
    assert found is not None and found.source == "autoconfig"
    assert (found.smtp_host, found.smtp_port, found.smtp_security) == \
        ("smtp.example.org", 587, "starttls")
    assert found.imap_host == "imap.example.org"
    # Without the explicit exemption, loopback is not fetched: nothing is found.
    assert look_up("me@example.org", dns_lookup=no_dns, urls=urls, allow_hosts=[]) is None


def test_srv_records_when_there_is_no_autoconfig() -> None:
    answers = {("_submission._tcp.example.net", "SRV"): [("mail.example.net.", 587, 0)],
               ("_imaps._tcp.example.net", "SRV"): [("mail.example.net.", 993, 0)]}
    found = look_up("me@example.net", dns_lookup=lambda n, k: answers.get((n, k), []),
                    urls=lambda d, a: [], allow_hosts=[])
    assert found is not None and found.source == "srv"
    assert (found.smtp_host, found.imap_host, found.imap_security) == \
        ("mail.example.net", "mail.example.net", "tls")


def test_google_workspace_by_its_mx() -> None:
    found = look_up("me@acme.example", dns_lookup=lambda n, k: [("aspmx.l.google.com.", 0, 1)]
                    if k == "MX" else [], urls=lambda d, a: [], allow_hosts=[])
    assert found is not None and found.name == "Google Workspace"


@pytest.mark.django_db
def test_the_page_fills_gmail_and_links_to_its_app_password_page(owner) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(owner)
    page = client.post(reverse("mail_settings"), {"from_address": "jordan.rivera@gmail.com",
                                                  "lookup": "1", "smtp_host": "",
                                                  "rate_per_minute": "20"})
    assert page.status_code == 200
    text = page.content.decode()
    assert 'value="smtp.gmail.com"' in text and 'value="imap.gmail.com"' in text
    assert "app password" in text and "https://support.google.com/accounts/answer/185833" in text
    assert 'value="jordan.rivera@gmail.com"' in text  # the user name filled from the address
    assert not MailAccount.objects.exists()  # looking up saves nothing
    assert not MailLookup.objects.exists()  # the provider table: answered at once


@pytest.mark.django_db
def test_a_domain_of_its_own_is_looked_up_by_the_worker_while_the_page_polls(  # type: ignore[no-untyped-def]
        owner, make_user, autoconfig_site: str, settings, monkeypatch) -> None:
    # The worker's look-ups go to the local site (DNS answers nothing here).
    settings.PURSUIT_FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    monkeypatch.setattr(mail_lookup, "_dns", no_dns)
    monkeypatch.setattr(mail_lookup, "autoconfig_urls", lambda domain, address: [
        f"{autoconfig_site}/mail/config-v1.1.xml"])
    _Autoconfig.hits.clear()
    client = Client()
    client.force_login(owner)
    asked = client.post(reverse("mail_settings"), {
        "from_address": "me@example.org", "from_name": "Me Myself", "lookup": "1",
        "smtp_password": "typed before looking up", "rate_per_minute": "20"})
    row = MailLookup.objects.get(owner=owner)
    assert asked.status_code == 302
    assert asked["Location"] == f"{reverse('mail_settings')}?lookup={row.pk}"
    assert _Autoconfig.hits == []  # the request fetched nothing
    assert "password" not in str(row.form) and row.form["from_name"] == "Me Myself"

    page = client.get(asked["Location"]).content.decode()
    assert "Looking up the settings for me@example.org…" in page
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in page
    assert 'value="Me Myself"' in page  # what was typed stays on the page
    polled = client.get(reverse("mail_lookup_status", args=[row.pk]), HTTP_HX_REQUEST="true")
    assert b"Looking up the settings" in polled.content

    Worker(lease_seconds=300, idle_sleep=0).run_mail_settings()
    assert _Autoconfig.hits and _Autoconfig.hits[0].startswith("/mail/config-v1.1.xml")
    done = client.get(reverse("mail_lookup_status", args=[row.pk]), HTTP_HX_REQUEST="true")
    assert done["HX-Refresh"] == "true"
    page = client.get(asked["Location"]).content.decode()
    assert 'value="smtp.example.org"' in page and 'value="imap.example.org"' in page
    assert "from your domain's published settings" in page
    assert "Looking up" not in page and not MailAccount.objects.exists()

    # Another user sees neither the row nor what was typed.
    mallory = Client()
    mallory.force_login(make_user("mallory@example.com"))
    theirs = mallory.get(asked["Location"]).content.decode()
    assert "me@example.org" not in theirs and "smtp.example.org" not in theirs
    assert mallory.get(reverse("mail_lookup_status", args=[row.pk])).status_code == 404

    # One at a time: a new look-up replaces the last.
    client.post(reverse("mail_settings"), {"from_address": "me@example.net", "lookup": "1"})
    assert list(MailLookup.objects.values_list("address", flat=True)) == ["me@example.net"]


@pytest.mark.django_db
def test_a_turn_starts_no_new_look_up_once_its_budget_is_spent(make_user, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(mail_lookup, "_dns", no_dns)
    monkeypatch.setattr(mail_lookup, "autoconfig_urls", lambda domain, address: [])
    for n in range(3):
        mail_lookup_request(owner=make_user(f"user{n}@example.com"),
                            address=f"me@domain{n}.example", form={})
    assert mail_lookup.lookups_run(worker="w", budget=0) == 1  # the one in hand, no more
    assert MailLookup.objects.filter(finished_at__isnull=True).count() == 2
    assert mail_lookup.lookups_run(worker="w") == 2
    assert MailLookup.objects.filter(found__isnull=True, finished_at__isnull=False).count() == 3
