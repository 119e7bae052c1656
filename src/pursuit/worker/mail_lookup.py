"""Settings → Mail account, "Look up settings": the servers for an address, found on the
user's request. The provider table first (`core.mail_presets`, answered by the page at once),
then the domain's MX hosts (a Google Workspace or Microsoft 365 domain), its autoconfig file
(Mozilla's format, fetched by the posting fetcher's rules: https, public addresses only, small
and quick) and its SRV records (RFC 6186). Each look-up has a short timeout.

Run by the worker (`lookups_run`), never in a request: the page writes an
`outbox.MailLookup` row and polls it. It sits in `worker` because the safe fetcher belongs to
`postings`, which ranks above `outbox` (outbox must not import it), and the worker may use
both; the row's state stays `outbox.services`'.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Collection
from urllib.parse import quote

import dns.exception
import dns.resolver
from django.conf import settings

from pursuit.core.errors import BadInput
from pursuit.core.mail_presets import (
    Preset,
    domain_of,
    from_srv,
    parse_autoconfig,
    preset_for_domain,
    preset_for_mx,
)
from pursuit.outbox.services import mail_lookup_claim, mail_lookup_finish
from pursuit.postings.fetch import fetch_page

log = logging.getLogger(__name__)

TIMEOUT = 3.0  # seconds for each look-up: the user is waiting, and so is the worker
MAX_BYTES = 256 * 1024
# Seconds of look-ups a worker's turn starts (the one in hand is finished): each takes a few
# TIMEOUTs at worst, and deliveries wait for the turn.
BUDGET = 5.0

Lookup = Callable[[str, str], list[tuple[str, int, int]]]  # (name, type) -> (host, port, pref)


def _dns(name: str, kind: str) -> list[tuple[str, int, int]]:
    """(target, port, preference) answers for MX or SRV, best first; [] when there are none."""
    try:
        answer = dns.resolver.resolve(name, kind, lifetime=TIMEOUT)
    except (dns.exception.DNSException, OSError):
        return []
    rows: list[tuple[str, int, int]] = []
    for record in answer:
        if kind == "MX":
            rows.append((str(record.exchange), 0, int(record.preference)))
        else:
            rows.append((str(record.target), int(record.port),
                         int(record.priority)))
    return sorted(rows, key=lambda r: r[2])


def autoconfig_urls(domain: str, address: str) -> list[str]:
    query = "?emailaddress=" + quote(address, safe="@")
    return [f"https://autoconfig.{domain}/mail/config-v1.1.xml{query}",
            f"https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml"]


def look_up(address: str, *, dns_lookup: Lookup | None = None,
            urls: Callable[[str, str], list[str]] | None = None,
            allow_hosts: Collection[str] | None = None) -> Preset | None:
    """The settings for an address, or None when nothing was found. `dns_lookup`, `urls` and
    `allow_hosts` let the tests answer DNS and point the autoconfig fetch at their own server
    on loopback (the defaults are read when called, so the worker's own look-ups can be
    pointed there too); by default only public addresses are fetched
    (PURSUIT_FETCH_ALLOW_HOSTS, empty outside the tests)."""
    dns_lookup = dns_lookup or _dns
    urls = urls or autoconfig_urls
    domain = domain_of(address)
    if not domain or "." not in domain:
        return None
    known = preset_for_domain(domain)
    if known is not None:
        return known
    hosted = preset_for_mx([host for host, _, _ in dns_lookup(domain, "MX")])
    if hosted is not None:
        return hosted
    allowed = settings.PURSUIT_FETCH_ALLOW_HOSTS if allow_hosts is None else allow_hosts
    for url in urls(domain, address):
        try:
            page = fetch_page(url, allow_hosts=allowed, max_bytes=MAX_BYTES, timeout=TIMEOUT)
        except BadInput:  # FetchRefused (not a public address), FetchFailed (no such file)
            continue
        found = parse_autoconfig(page.html, address=address)
        if found is not None:
            return found

    def best(service: str) -> tuple[str, int] | None:
        rows = dns_lookup(f"{service}._tcp.{domain}", "SRV")
        return (rows[0][0], rows[0][1]) if rows else None

    return from_srv(domain, best("_submission"), best("_submissions"), best("_imaps"),
                    best("_imap"))


def lookups_run(*, worker: str, budget: float = BUDGET) -> int:
    """Do the look-ups users asked for, oldest first, and store what was found: each DNS
    query and fetch bounded by TIMEOUT, none inside a transaction, and no new one started
    once `budget` seconds went by this turn (the deliveries wait for this turn: one user's
    slow domains must not hold them up for long). Returns how many were done."""
    done = 0
    started = time.monotonic()
    while done == 0 or time.monotonic() - started < budget:
        row = mail_lookup_claim(worker=worker)
        if row is None:
            break
        try:
            found = look_up(row.address)
        except Exception:  # a bug: "nothing found", and the worker goes on
            log.exception("looking up the settings of %s failed", row.address)
            found = None
        mail_lookup_finish(row, worker=worker,
                           found=dataclasses.asdict(found) if found is not None else None)
        done += 1
    return done
