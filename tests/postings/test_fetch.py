"""The safe fetcher against a real HTTP server on 127.0.0.1 (let through by name, as the
setting PURSUIT_FETCH_ALLOW_HOSTS does for the tests), and the addresses it must refuse."""

from __future__ import annotations

import pytest

from pursuit.postings.fetch import (
    FetchFailed,
    FetchRefused,
    as_url,
    fetch_page,
    public_address,
)
from tests.postings.site import Site

ALLOW = ("127.0.0.1",)


def test_a_posting_page_is_fetched_and_decoded(site: Site) -> None:
    page = fetch_page(site.url("greenhouse"), allow_hosts=ALLOW)
    assert page.status == 200 and "Senior Data Engineer" in page.html
    assert page.content_type == "text/html"


def test_no_cookie_is_ever_sent_back(site: Site) -> None:
    for _ in range(2):  # the site sets a cookie each time; a cookie jar would send it back
        fetch_page(site.url("lever"), allow_hosts=ALLOW)
    assert site.cookies == []


def test_loopback_is_refused_without_the_test_setting(site: Site) -> None:
    with pytest.raises(FetchRefused, match="127.0.0.1 a private, loopback"):
        fetch_page(site.url("greenhouse"))
    with pytest.raises(FetchRefused, match="localhost is at 127.0.0.1"):
        fetch_page(site.url("greenhouse").replace("127.0.0.1", "localhost"))


def test_nothing_reaches_the_server_when_it_is_refused(site: Site) -> None:
    before = len(site.seen)
    with pytest.raises(FetchRefused):
        fetch_page(f"{site.base}/jobs/lever")
    assert len(site.seen) == before


def test_a_redirect_to_a_private_address_is_refused(site: Site) -> None:
    # The first hop is allowed (the test server); the second, 10.0.0.1, is checked before
    # any connection is made, so no packet goes there.
    with pytest.raises(FetchRefused, match="10.0.0.1 a private"):
        fetch_page(f"{site.base}/redirect?to=http://10.0.0.1/jobs/1", allow_hosts=ALLOW)


def test_a_redirect_to_a_name_of_a_private_address_is_refused(site: Site) -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"127.0.0.1": ["127.0.0.1"], "intranet.example": ["192.168.1.20"]}[host]

    with pytest.raises(FetchRefused, match="intranet.example is at 192.168.1.20"):
        fetch_page(f"{site.base}/redirect?to=http://intranet.example/", allow_hosts=ALLOW,
                   resolver=resolver)


def test_a_name_with_one_private_address_among_public_ones_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.1.2.3"]

    with pytest.raises(FetchRefused, match="10.1.2.3"):
        fetch_page("https://jobs.example/1", resolver=resolver)


def test_a_redirect_is_followed_and_checked(site: Site) -> None:
    page = fetch_page(f"{site.base}/redirect?to=/jobs/ashby", allow_hosts=ALLOW)
    assert page.url.endswith("/jobs/ashby") and "Quillstone" in page.html


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://jobs.example/1",
                                 "javascript:alert(1)", "gopher://x/", "http://user:pw@jobs.example/"])
def test_other_schemes_and_credentials_are_refused(url: str) -> None:
    with pytest.raises(FetchRefused):
        fetch_page(url)


def test_a_50_mb_page_is_cut_short(site: Site) -> None:
    with pytest.raises(FetchFailed, match="larger than 5 MB"):
        fetch_page(f"{site.base}/big", allow_hosts=ALLOW)


def test_a_50_mb_page_announced_as_such_is_not_read(site: Site) -> None:
    with pytest.raises(FetchFailed, match="larger than 5 MB"):
        fetch_page(f"{site.base}/big-declared", allow_hosts=ALLOW)


def test_a_compressed_page_that_unfolds_to_50_mb_is_cut_short(site: Site) -> None:
    with pytest.raises(FetchFailed, match="larger than 5 MB"):
        fetch_page(f"{site.base}/bomb", allow_hosts=ALLOW)


def test_a_gzipped_page_is_read(site: Site) -> None:
    assert "Bellweather Freight" in fetch_page(f"{site.base}/gzipped", allow_hosts=ALLOW).html


def test_the_page_charset_is_honoured(site: Site) -> None:
    assert "Café manager at Brûlée" in fetch_page(f"{site.base}/latin1", allow_hosts=ALLOW).html


@pytest.mark.parametrize(("path", "words"), [("/loop", "redirects"), ("/pdf", "application/pdf"),
                                             ("/gone", "answered 410")])
def test_pages_that_cannot_be_read_say_why(site: Site, path: str, words: str) -> None:
    with pytest.raises(FetchFailed, match=words):
        fetch_page(f"{site.base}{path}", allow_hosts=ALLOW)


@pytest.mark.parametrize(("address", "public"), [
    ("93.184.215.14", True), ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
    ("127.0.0.1", False), ("10.0.0.1", False), ("172.16.5.4", False), ("192.168.0.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("224.0.0.1", False),
    ("0.0.0.0", False),  # noqa: S104 (an address checked, not one bound to)
    ("240.0.0.1", False), ("255.255.255.255", False), ("::1", False), ("::", False),
    ("fe80::1", False), ("fc00::1", False), ("ff02::1", False), ("::ffff:127.0.0.1", False),
    ("::ffff:10.0.0.1", False), ("64:ff9b::a00:1", False), ("2002:a00:1::", False),
    ("192.0.2.1", False), ("198.18.0.1", False), ("not an address", False),
])
def test_which_addresses_are_public(address: str, public: bool) -> None:
    assert public_address(address) is public


def test_what_the_user_typed_becomes_a_url() -> None:
    assert as_url(" jobs.example/123 ") == "https://jobs.example/123"
    assert as_url("file:///etc/passwd") == "file:///etc/passwd"
