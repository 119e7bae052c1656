"""An import started from the web is a row the worker runs, not a thread of a web process: it
survives a restart of the server, and another process reads its progress and its result.
Real `pursuit serve` processes, real HTTP (multipart upload), the real worker."""

from __future__ import annotations

import re
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from tests.conftest import run_pursuit
from tests.deploy.http_user import HttpUser
from tests.server import running_server

EMAIL, PASSWORD = "jordan@example.com", "correct horse battery 42"
CSV = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
       + "".join(f"Person,Number {n},https://www.linkedin.com/in/p{n},,Acme,Engineer,"
                 "04 Mar 2024\n" for n in range(300)))


def _upload(user: HttpUser, name: str, data: bytes) -> str:
    """Post the import form as a browser does (multipart); returns the preview page."""
    _, page = user.get("/contacts/import/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"'
             f"\r\n\r\n{token.group(1)}\r\n".encode(),
             f'--{boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\nauto\r\n'
             .encode(),
             f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"'
             "\r\nContent-Type: text/csv\r\n\r\n".encode() + data + b"\r\n",
             f"--{boundary}--\r\n".encode()]
    # Only ever http://127.0.0.1:<port> of a server the test started.
    request = urllib.request.Request(  # noqa: S310
        user.base + "/contacts/import/", data=b"".join(parts), headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Referer": user.base + "/contacts/import/"})
    with user.opener.open(request, timeout=60) as response:
        return response.read().decode()


def test_an_import_queued_on_one_server_is_finished_and_shown_by_the_next(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    made = run_pursuit("createuser", EMAIL, "--password-stdin", home=home, stdin=PASSWORD)
    assert made.returncode == 0, made.stderr
    # The first server has no worker: the import waits, queued, when the server goes away.
    with running_server(home, "--no-worker") as base:
        user = HttpUser(base)
        user.sign_in(EMAIL, PASSWORD)
        preview = _upload(user, "Connections.csv", CSV.encode())
        token = re.search(r'name="token" value="([^"]+)"', preview)
        assert token, preview
        request = urllib.request.Request(  # noqa: S310
            base + "/contacts/import/start/",
            data=urllib.parse.urlencode({"token": token.group(1)}).encode(),
            headers={"X-CSRFToken": user._csrf(), "Referer": base + "/contacts/import/"})
        with user.opener.open(request, timeout=30) as response:
            status_path = urllib.parse.urlparse(response.url).path
            assert "Waiting to start" in response.read().decode()
    # A new server process (with its worker) finishes it; the page is read from it.
    with running_server(home) as base:
        user = HttpUser(base)
        user.sign_in(EMAIL, PASSWORD)
        deadline = time.monotonic() + 120
        while True:
            _, page = user.get(status_path)
            if "Imported Connections.csv" in page or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert "Imported Connections.csv (comma-separated): 300 new" in page
