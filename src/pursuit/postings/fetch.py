"""Fetching a posting page safely on the user's behalf.

The server fetches a URL the user typed (or a bookmarklet sent), so it must not become a way
to reach what only the server can reach:

- http and https only, to the ports the URL names;
- the host name is resolved here, every address it resolves to must be public (not private,
  loopback, link-local, multicast, reserved, unspecified, shared or documentation; IPv6
  included, and IPv4 addresses inside IPv6 ones), and the connection goes to that checked
  address (so a second DNS answer cannot swap it for another);
- redirects are followed by hand, at most MAX_REDIRECTS, each one checked the same way;
- the body is capped (`max_bytes`, 5 MB by default, compressed or not) and the whole fetch
  has one deadline (`timeout`, 10 s): a page that drips bytes stops with it;
- no cookies, no credentials, no proxy from the environment.

`allow_hosts` (PURSUIT_FETCH_ALLOW_HOSTS, empty by default) names hosts or addresses let
through although private: the tests' own server on 127.0.0.1. Nothing else is exempt.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
import zlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from w3lib.encoding import html_to_unicode

from pursuit.core.errors import BadInput

MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 10.0
USER_AGENT = "Pursuit/0.1 (self-hosted job-search assistant; reads one posting for its user)"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Resolver = Callable[[str, int], list[str]]


class FetchRefused(BadInput):
    """The URL is one Pursuit will not fetch (a scheme, an address): nothing was sent."""


class FetchFailed(BadInput):
    """The page could not be read (down, too slow, too large, not a web page)."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    status: int
    content_type: str
    html: str
    size: int  # bytes read


def resolve(host: str, port: int) -> list[str]:
    """Every address the name resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailed(f"the name {host} does not resolve ({exc})", where="url") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def public_address(address: str) -> bool:
    """True when `address` is on the public internet (and so safe to fetch from)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and not public_address(str(embedded)):
            return False
    return ip.is_global and not (ip.is_private or ip.is_loopback or ip.is_link_local
                                 or ip.is_multicast or ip.is_reserved or ip.is_unspecified)


@dataclass(frozen=True, slots=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str  # with the query

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


def check_url(url: str) -> _Target:
    """The URL's parts, or FetchRefused naming what is wrong with it (no network here)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchRefused(f"{url[:200]!r} is not a web address", where="url") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}: links" if scheme else "an address without http:// or https://"
        raise FetchRefused(f"only http:// and https:// pages are fetched, not {shown}",
                           where="url")
    if not parts.hostname:
        raise FetchRefused("the address names no host", where="url")
    if parts.username or parts.password:
        raise FetchRefused("an address with a user name or password is not fetched",
                           where="url")
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    return _Target(scheme, parts.hostname.lower().rstrip("."),
                   port or (443 if scheme == "https" else 80), path)


def _vetted(target: _Target, allow_hosts: Collection[str], resolver: Resolver) -> str:
    """The address to connect to, once every address of the name is known to be public."""
    addresses = resolver(target.host, target.port)
    if not addresses:
        raise FetchFailed(f"the name {target.host} does not resolve", where="url")
    allowed = {h.strip().lower() for h in allow_hosts if h.strip()}
    for address in addresses:
        if target.host in allowed or address in allowed \
                or f"{address}:{target.port}" in allowed:
            continue
        if not public_address(address):
            where = address if address == target.host else f"{target.host} is at {address},"
            raise FetchRefused(
                f"{where} a private, loopback, link-local or reserved address: Pursuit "
                "fetches only pages on the public internet", where="url")
    return addresses[0]


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchFailed("the page took too long to arrive", where="url")
        return left


def _open(target: _Target, address: str, deadline: _Deadline) -> urllib3.BaseHTTPResponse:
    timeout = urllib3.Timeout(connect=min(5.0, deadline.left()), read=min(5.0, deadline.left()))
    headers = {"Host": target.host_header, "User-Agent": USER_AGENT,
               "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
               "Accept-Encoding": "gzip, deflate", "Accept-Language": "en"}
    pool: urllib3.HTTPConnectionPool
    if target.scheme == "https":
        # Connect to the checked address, but check the certificate (and send SNI) for
        # the name: the address is only where the name pointed a moment ago.
        pool = urllib3.HTTPSConnectionPool(
            address, target.port, timeout=timeout, retries=False, maxsize=1,
            server_hostname=target.host, assert_hostname=target.host, cert_reqs="CERT_REQUIRED")
    else:
        pool = urllib3.HTTPConnectionPool(address, target.port, timeout=timeout,
                                          retries=False, maxsize=1)
    try:
        return pool.urlopen("GET", target.path, headers=headers, redirect=False,
                            preload_content=False, decode_content=False,
                            assert_same_host=False, release_conn=False)
    except urllib3.exceptions.HTTPError as exc:
        reason = getattr(exc, "reason", None) or exc
        raise FetchFailed(f"{target.host} did not answer ({reason})", where="url") from None


def _read(response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: _Deadline) -> bytes:
    """The body, decompressed, at most max_bytes (else FetchFailed)."""
    too_large = FetchFailed(f"the page is larger than {max_bytes // (1024 * 1024)} MB",
                            where="url")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise too_large
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding in ("gzip", "deflate") \
        else None
    chunks: list[bytes] = []
    size = 0
    while True:
        deadline.left()
        try:
            chunk = response.read1(64 * 1024)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchFailed(f"the page stopped arriving ({exc})", where="url") from None
        if not chunk:
            break
        if inflate is not None:
            # max_length: a small compressed body must not unfold into gigabytes.
            chunk = inflate.decompress(chunk, max_bytes - size + 1)
            if inflate.unconsumed_tail:
                raise too_large
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_page(url: str, *, allow_hosts: Collection[str] = (),
               max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
               resolver: Resolver = resolve) -> Page:
    """GET one web page by the rules above; FetchRefused or FetchFailed say why not."""
    deadline = _Deadline(timeout)
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        target = check_url(current)
        address = _vetted(target, allow_hosts, resolver)
        response = _open(target, address, deadline)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location", "")
                if not location:
                    raise FetchFailed(f"{target.host} redirected nowhere", where="url")
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                hint = " (sign-in needed?)" if response.status in (401, 403) else ""
                raise FetchFailed(f"{target.host} answered {response.status}{hint}",
                                  where="url")
            content_type = response.headers.get("Content-Type", "")
            media = content_type.split(";", 1)[0].strip().lower()
            if media and media not in _HTML_TYPES:
                raise FetchFailed(f"the link is not a web page but {media}", where="url")
            body = _read(response, max_bytes, deadline)
        finally:
            response.release_conn()
            response.close()
        _, text = html_to_unicode(content_type, body)
        return Page(url=current, status=response.status, content_type=media, html=text,
                    size=len(body))
    raise FetchFailed(f"more than {MAX_REDIRECTS} redirects", where="url")


_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def as_url(text: str) -> str:
    """What the user typed, as a URL: "jobs.example/123" gets its https:// (only when it has
    no scheme at all; a `file:` or `javascript:` one stays, to be refused by name)."""
    text = text.strip()
    if text and not _SCHEME_RE.match(text) and not text.startswith("//"):
        return f"https://{text}"
    return text
