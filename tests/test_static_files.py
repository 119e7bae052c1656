"""Static files have hashed names, so a browser never runs an old `app.js` against new pages:
the pages link `app.<hash>.js`, served for ten years as immutable (and gzipped), and
`pursuit serve` collects them when it starts."""

from __future__ import annotations

import os
import re
import urllib.request
from pathlib import Path

import pytest
from django.templatetags.static import static
from django.test import Client

from tests.server import running_server

HASHED = re.compile(r"/static/pursuit/app\.[0-9a-f]{12}\.js")
TEN_YEARS = "max-age=315360000, public, immutable"


def test_pages_link_hashed_names() -> None:
    assert HASHED.fullmatch(static("pursuit/app.js"))
    assert re.fullmatch(r"/static/pursuit/app\.[0-9a-f]{12}\.css", static("pursuit/app.css"))


@pytest.mark.django_db
def test_a_page_links_them_and_they_are_cached_for_ten_years() -> None:
    client = Client()
    page = client.get("/login/", follow=True).content.decode()
    (script,) = HASHED.findall(page)
    hashed = client.get(script, HTTP_ACCEPT_ENCODING="gzip")
    assert hashed.status_code == 200
    assert hashed["Cache-Control"] == TEN_YEARS
    assert hashed["Content-Encoding"] == "gzip"
    # The name without its hash still answers, but may change: browsers ask again soon.
    plain = client.get("/static/pursuit/app.js")
    assert plain.status_code == 200 and "immutable" not in plain["Cache-Control"]


def test_serve_collects_them_into_a_fresh_data_directory(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in {"DATABASE_URL", "PURSUIT_STATIC_ROOT"}}  # its own, empty static root
    with running_server(home, env=env) as url:
        with urllib.request.urlopen(f"{url}/login/", timeout=30) as response:  # noqa: S310
            (script,) = HASHED.findall(response.read().decode())
        request = urllib.request.Request(  # noqa: S310 (our own server, on loopback)
            f"{url}{script}", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            assert response.headers["Cache-Control"] == TEN_YEARS
            assert response.headers["Content-Encoding"] == "gzip"
    assert (home / "static" / "staticfiles.json").is_file()
