"""Mail server settings for an address: the common providers as data, and the rules that read
a domain's own published settings (Mozilla's autoconfig XML, SRV records). Pure: the look-ups
themselves (DNS, HTTP) are done by `pursuit.outbox.discover`, which hands their answers here.

The servers, ports and security below are those each provider documents for mail apps
(checked against the providers' help pages, linked in `help_url`). `app_password` says whether
the provider refuses the account's ordinary password to a mail app (an app password, or the
Bridge's own password, is needed); `files_sent` whether the provider itself files what is
submitted over SMTP in the Sent folder (so Pursuit must not append a second copy).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

STARTTLS, TLS, NONE = "starttls", "tls", "none"


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = TLS
    app_password: bool = False
    help_url: str = ""
    files_sent: bool = False
    note: str = ""
    source: str = "preset"  # "preset", "autoconfig" or "srv": where the settings came from


GMAIL = Preset(
    "Gmail", "smtp.gmail.com", 587, STARTTLS, "imap.gmail.com", 993, TLS, app_password=True,
    help_url="https://support.google.com/accounts/answer/185833", files_sent=True,
    note="Google accepts an app password only with 2-step verification turned on.")
GOOGLE_WORKSPACE = replace(GMAIL, name="Google Workspace",
                           note="Your organisation's Google mail. An app password needs 2-step "
                                "verification, and your administrator may have turned app "
                                "passwords off.")
OUTLOOK = Preset(
    "Outlook.com", "smtp-mail.outlook.com", 587, STARTTLS, "outlook.office365.com", 993, TLS,
    app_password=True, help_url="https://support.microsoft.com/en-us/office/"
    "pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040",
    files_sent=True,
    note="Microsoft now asks mail apps to sign in with OAuth (\"modern authentication\"); a "
         "password or app password may be refused.")
MICROSOFT_365 = Preset(
    "Microsoft 365", "smtp.office365.com", 587, STARTTLS, "outlook.office365.com", 993, TLS,
    app_password=True, help_url="https://learn.microsoft.com/en-us/exchange/"
    "clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
    files_sent=True,
    note="Your organisation must allow authenticated SMTP for your mailbox, and Microsoft "
         "asks mail apps to sign in with OAuth; a password may be refused.")
ICLOUD = Preset(
    "iCloud Mail", "smtp.mail.me.com", 587, STARTTLS, "imap.mail.me.com", 993, TLS,
    app_password=True, help_url="https://support.apple.com/en-us/102654",
    note="Use an app-specific password; the user name is the part of your iCloud address "
         "before the @.")
YAHOO = Preset(
    "Yahoo Mail", "smtp.mail.yahoo.com", 465, TLS, "imap.mail.yahoo.com", 993, TLS,
    app_password=True, help_url="https://help.yahoo.com/kb/SLN15241.html")
AOL = Preset(
    "AOL Mail", "smtp.aol.com", 465, TLS, "imap.aol.com", 993, TLS, app_password=True,
    help_url="https://help.aol.com/articles/Create-and-manage-app-password")
FASTMAIL = Preset(
    "Fastmail", "smtp.fastmail.com", 465, TLS, "imap.fastmail.com", 993, TLS,
    app_password=True, help_url="https://www.fastmail.help/hc/en-us/articles/360058752854")
PROTON_BRIDGE = Preset(
    "Proton Mail (through Proton Mail Bridge)", "127.0.0.1", 1025, STARTTLS, "127.0.0.1", 1143,
    STARTTLS, app_password=True,
    help_url="https://proton.me/support/protonmail-bridge-clients",
    note="Proton Mail works only through Proton Mail Bridge running on the same computer as "
         "Pursuit, with the password Bridge shows (not your Proton password). Bridge uses a "
         "self-signed certificate that Pursuit does not trust by itself: the test names the "
         "certificate as the step that failed until it is trusted (see docs/mail-account.md).")
ZOHO = Preset(
    "Zoho Mail", "smtp.zoho.com", 465, TLS, "imap.zoho.com", 993, TLS, app_password=True,
    help_url="https://www.zoho.com/mail/help/zoho-smtp.html",
    note="Accounts hosted in Zoho's EU or India data centres use smtp.zoho.eu / imap.zoho.eu "
         "or smtp.zoho.in / imap.zoho.in. With two-factor sign-in, use an application-specific "
         "password.")
GMX = Preset(
    "GMX", "mail.gmx.net", 587, STARTTLS, "imap.gmx.net", 993, TLS,
    help_url="https://support.gmx.com/pop-imap/imap/imap.html",
    note="Turn on POP3/IMAP access in GMX's settings first.")
GMX_COM = replace(GMX, smtp_host="mail.gmx.com", imap_host="imap.gmx.com")
MAIL_RU = Preset(
    "Mail.ru", "smtp.mail.ru", 465, TLS, "imap.mail.ru", 993, TLS, app_password=True,
    help_url="https://help.mail.ru/mail/security/protection/external")
YANDEX = Preset(
    "Yandex Mail", "smtp.yandex.com", 465, TLS, "imap.yandex.com", 993, TLS,
    app_password=True, help_url="https://yandex.com/support/id/authorization/app-passwords.html")

# The provider's own domains (the part after the @), lower case.
DOMAINS: dict[str, Preset] = {
    **dict.fromkeys(("gmail.com", "googlemail.com"), GMAIL),
    **dict.fromkeys(("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.fr",
                     "outlook.de", "hotmail.co.uk", "hotmail.fr", "live.co.uk", "live.fr"),
                    OUTLOOK),
    **dict.fromkeys(("icloud.com", "me.com", "mac.com"), ICLOUD),
    **dict.fromkeys(("yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com",
                     "rocketmail.com"), YAHOO),
    **dict.fromkeys(("aol.com", "aim.com"), AOL),
    **dict.fromkeys(("fastmail.com", "fastmail.fm"), FASTMAIL),
    **dict.fromkeys(("proton.me", "protonmail.com", "protonmail.ch", "pm.me"), PROTON_BRIDGE),
    **dict.fromkeys(("zoho.com", "zohomail.com"), ZOHO),
    **dict.fromkeys(("gmx.net", "gmx.de", "gmx.at", "gmx.ch"), GMX),
    **dict.fromkeys(("gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr"), GMX_COM),
    **dict.fromkeys(("mail.ru", "inbox.ru", "list.ru", "bk.ru"), MAIL_RU),
    **dict.fromkeys(("yandex.com", "yandex.ru", "ya.ru"), YANDEX),
}

# A domain of one's own whose mail is hosted by a big provider is recognised by its MX hosts.
MX_SUFFIXES: tuple[tuple[str, Preset], ...] = (
    (".google.com", GOOGLE_WORKSPACE), (".googlemail.com", GOOGLE_WORKSPACE),
    (".mail.protection.outlook.com", MICROSOFT_365),
    (".messagingengine.com", FASTMAIL), (".zoho.com", ZOHO), (".zoho.eu", ZOHO),
    (".yandex.net", YANDEX), (".mail.icloud.com", ICLOUD),
)


def domain_of(address: str) -> str:
    """The domain of an address, lower case, without a trailing dot ("" when there is none)."""
    _, at, domain = address.strip().rpartition("@")
    return domain.strip().rstrip(".").lower() if at else ""


def preset_for_domain(domain: str) -> Preset | None:
    return DOMAINS.get(domain.lower().rstrip("."))


def preset_for_mx(mx_hosts: list[str]) -> Preset | None:
    """The provider hosting a domain's mail, known from its MX hosts (most preferred first)."""
    for host in mx_hosts:
        host = "." + host.lower().rstrip(".")
        for suffix, preset in MX_SUFFIXES:
            if host.endswith(suffix):
                return preset
    return None


def files_sent_itself(smtp_host: str) -> bool:
    """Does the provider behind this SMTP server put SMTP submissions into Sent by itself?"""
    host = smtp_host.lower().rstrip(".")
    return any(p.files_sent and host == p.smtp_host for p in (GMAIL, OUTLOOK, MICROSOFT_365))


# -- a domain's own published settings ------------------------------------------------------
_SOCKET = {"SSL": TLS, "STARTTLS": STARTTLS, "plain": NONE}


def parse_autoconfig(xml_text: str, *, address: str) -> Preset | None:
    """Mozilla's ISPDB / autoconfig format (clientConfig version 1.1): the first IMAP incoming
    server and the first SMTP outgoing server. None when it names neither usable server."""
    try:
        root = ET.fromstring(xml_text)  # noqa: S314 - no entities are expanded by ElementTree
    except ET.ParseError:
        return None
    provider = root.find("emailProvider")
    if provider is None:
        return None
    local, _, domain = address.partition("@")

    def server(tag: str, kind: str) -> tuple[str, int, str] | None:
        for node in provider.findall(tag):
            if node.get("type") != kind:
                continue
            host = (node.findtext("hostname") or "").strip()
            host = host.replace("%EMAILDOMAIN%", domain)
            try:
                port = int((node.findtext("port") or "").strip())
            except ValueError:
                continue
            security = _SOCKET.get((node.findtext("socketType") or "").strip())
            if host and 0 < port < 65536 and security:
                return host, port, security
        return None

    smtp = server("outgoingServer", "smtp")
    if smtp is None:
        return None
    imap = server("incomingServer", "imap") or ("", 993, TLS)
    name = (provider.findtext("displayName") or "").strip() or domain
    return Preset(name[:100], smtp[0], smtp[1], smtp[2], imap[0], imap[1], imap[2],
                  source="autoconfig")


def from_srv(domain: str, submission: tuple[str, int] | None, submissions: tuple[str, int] | None,
             imaps: tuple[str, int] | None, imap: tuple[str, int] | None) -> Preset | None:
    """RFC 6186 SRV answers (the best of each, "." meaning "not offered") as settings:
    `_submissions._tcp` (TLS) before `_submission._tcp` (STARTTLS), `_imaps._tcp` before
    `_imap._tcp`."""
    def usable(answer: tuple[str, int] | None) -> tuple[str, int] | None:
        if answer is None or answer[0].rstrip(".") == "":
            return None
        return answer[0].rstrip("."), answer[1]

    smtp = usable(submissions)
    smtp_security = TLS
    if smtp is None:
        smtp, smtp_security = usable(submission), STARTTLS
    if smtp is None:
        return None
    incoming, imap_security = usable(imaps), TLS
    if incoming is None:
        incoming, imap_security = usable(imap), STARTTLS
    host, port = incoming or ("", 993)
    return Preset(domain, smtp[0], smtp[1], smtp_security, host, port,
                  imap_security if incoming else TLS, source="srv")
