"""Settings → Mail account, "Look up settings": the provider table through the real page, and
a domain's autoconfig served by a local HTTP server on loopback. Loopback is refused unless
the test lets it through explicitly (allow_hosts), as the posting fetcher's tests do."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client
from django.urls import reverse

from pursuit.worker.mail_lookup import look_up
from tests.core.test_mail_presets import AUTOCONFIG


class _Autoconfig(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
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
    from pursuit.outbox.models import MailAccount

    assert not MailAccount.objects.exists()  # looking up saves nothing
