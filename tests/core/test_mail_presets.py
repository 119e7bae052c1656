"""The provider table and the readers of a domain's published settings (no network)."""

from __future__ import annotations

import pytest

from pursuit.core import mail_presets as mp

# (domain, SMTP host, port, security, IMAP host, port, security, needs an app password)
EXPECTED = [
    ("gmail.com", "smtp.gmail.com", 587, "starttls", "imap.gmail.com", 993, "tls", True),
    ("hotmail.com", "smtp-mail.outlook.com", 587, "starttls", "outlook.office365.com", 993,
     "tls", True),
    ("live.com", "smtp-mail.outlook.com", 587, "starttls", "outlook.office365.com", 993, "tls",
     True),
    ("icloud.com", "smtp.mail.me.com", 587, "starttls", "imap.mail.me.com", 993, "tls", True),
    ("yahoo.com", "smtp.mail.yahoo.com", 465, "tls", "imap.mail.yahoo.com", 993, "tls", True),
    ("aol.com", "smtp.aol.com", 465, "tls", "imap.aol.com", 993, "tls", True),
    ("fastmail.com", "smtp.fastmail.com", 465, "tls", "imap.fastmail.com", 993, "tls", True),
    ("proton.me", "127.0.0.1", 1025, "starttls", "127.0.0.1", 1143, "starttls", True),
    ("zoho.com", "smtp.zoho.com", 465, "tls", "imap.zoho.com", 993, "tls", True),
    ("gmx.de", "mail.gmx.net", 587, "starttls", "imap.gmx.net", 993, "tls", False),
    ("gmx.com", "mail.gmx.com", 587, "starttls", "imap.gmx.com", 993, "tls", False),
    ("mail.ru", "smtp.mail.ru", 465, "tls", "imap.mail.ru", 993, "tls", True),
    ("yandex.ru", "smtp.yandex.com", 465, "tls", "imap.yandex.com", 993, "tls", True),
]


@pytest.mark.parametrize("row", EXPECTED, ids=[r[0] for r in EXPECTED])
def test_each_provider(row: tuple) -> None:
    domain, smtp, sport, ssec, imap, iport, isec, app = row
    preset = mp.preset_for_domain(mp.domain_of(f"Jane.Doe@{domain.upper()}."))
    assert preset is not None
    assert (preset.smtp_host, preset.smtp_port, preset.smtp_security) == (smtp, sport, ssec)
    assert (preset.imap_host, preset.imap_port, preset.imap_security) == (imap, iport, isec)
    assert preset.app_password is app
    assert preset.help_url.startswith("https://")


def test_every_preset_links_to_its_provider() -> None:
    for preset in set(mp.DOMAINS.values()) | {p for _, p in mp.MX_SUFFIXES}:
        assert preset.help_url.startswith("https://"), preset.name


def test_proton_bridge_says_its_certificate_is_self_signed() -> None:
    assert "self-signed" in mp.PROTON_BRIDGE.note


def test_workspace_and_microsoft_365_by_mx() -> None:
    assert mp.preset_for_mx(["aspmx.l.google.com."]) is mp.GOOGLE_WORKSPACE
    assert mp.preset_for_mx(["contoso-com.mail.protection.outlook.com"]) is mp.MICROSOFT_365
    assert mp.preset_for_mx(["mx.example.org"]) is None
    assert mp.preset_for_mx(["evilgoogle.com"]) is None  # a suffix, not a substring


def test_providers_that_file_smtp_submissions() -> None:
    assert mp.files_sent_itself("smtp.gmail.com")
    assert mp.files_sent_itself("SMTP.office365.com.")
    assert not mp.files_sent_itself("smtp.fastmail.com")
    assert not mp.files_sent_itself("127.0.0.1")


AUTOCONFIG = """<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="pop3"><hostname>pop.example.org</hostname><port>995</port>
      <socketType>SSL</socketType></incomingServer>
    <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>
      <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
    <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>587</port>
      <socketType>STARTTLS</socketType></outgoingServer>
  </emailProvider>
</clientConfig>"""


def test_autoconfig_is_read() -> None:
    preset = mp.parse_autoconfig(AUTOCONFIG, address="me@example.org")
    assert preset is not None
    assert (preset.name, preset.source) == ("Example Mail", "autoconfig")
    assert (preset.smtp_host, preset.smtp_port, preset.smtp_security) == \
        ("smtp.example.org", 587, "starttls")
    assert (preset.imap_host, preset.imap_port, preset.imap_security) == \
        ("imap.example.org", 993, "tls")


@pytest.mark.parametrize("text", ["", "<html>not it</html>", "<clientConfig/>",
                                  "<clientConfig><emailProvider/></clientConfig>"])
def test_autoconfig_without_servers_gives_nothing(text: str) -> None:
    assert mp.parse_autoconfig(text, address="me@example.org") is None


def test_srv_records() -> None:
    preset = mp.from_srv("example.org", ("smtp.example.org.", 587), None,
                         ("imap.example.org.", 993), None)
    assert preset is not None
    assert (preset.smtp_host, preset.smtp_port, preset.smtp_security) == \
        ("smtp.example.org", 587, "starttls")
    assert (preset.imap_host, preset.imap_security) == ("imap.example.org", "tls")
    assert mp.from_srv("example.org", (".", 0), None, None, None) is None
