"""Uploads to a real `pursuit serve`, over real HTTP: the size limit (refused before the body is
read; a chunked body refused as soon as it runs over), a 100 MB import previewed in bounded
memory (the web process's peak RSS, read from /proc), and an import whose worker is killed
(SIGKILL) shown as failed with nothing stored."""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT, run_pursuit
from tests.deploy.http_user import HttpUser
from tests.server import running_server

EMAIL, PASSWORD = "jordan@example.com", "correct horse battery 42"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
MB = 1024 * 1024


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    made = run_pursuit("createuser", EMAIL, "--password-stdin", home=path, stdin=PASSWORD)
    assert made.returncode == 0, made.stderr
    return path


def linkedin_csv(path: Path, size: int) -> int:
    """A LinkedIn export of about `size` bytes; returns its number of rows."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        written = len(HEADER)
        while written < size:
            block = "".join(f"Person,Number {n},https://www.linkedin.com/in/p{n},,Acme {n % 97},"
                            "Engineer,04 Mar 2024\n" for n in range(rows, rows + 10_000))
            out.write(block)
            written += len(block)
            rows += 10_000
    return rows


def port_of(base: str) -> int:
    return int(urlparse(base).port or 80)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> list[str]:
    try:
        return (Path(f"/proc/{pid}") / "cmdline").read_bytes().decode().split("\0")
    except OSError:
        return []


def server_processes(port: int) -> tuple[list[int], list[int]]:
    """(web processes, outbox workers) of the `pursuit serve` listening on `port`."""
    serving = set()
    for entry in Path("/proc").iterdir():
        args = _cmdline(int(entry.name)) if entry.name.isdigit() else []
        if "serve" in args and str(port) in args and "pursuit.cli.main" in args:
            serving.add(int(entry.name))
    for pid in serving:  # gunicorn's web processes are forks of it: the same command line
        children = _children(pid)
        if set(children) & serving or not serving - {pid}:
            workers = [c for c in children if "worker" in _cmdline(c)]
            return [c for c in children if c not in workers], workers
    raise AssertionError(f"no pursuit serve on port {port}")


def peak_rss(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM), in bytes."""
    status = (Path(f"/proc/{pid}") / "status").read_text()
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    assert match, status
    return int(match.group(1)) * 1024


def cookies(user: HttpUser) -> str:
    return "; ".join(f"{c.name}={c.value}" for c in user.jar)


def multipart(path_or_bytes: Path | bytes, name: str) -> tuple[str, int, Iterator[bytes]]:
    """(content type, length, body parts) of an import form posting the file."""
    boundary = uuid.uuid4().hex
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\nauto\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"'
            "\r\nContent-Type: text/csv\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = len(path_or_bytes) if isinstance(path_or_bytes, bytes) else \
        path_or_bytes.stat().st_size

    def parts() -> Iterator[bytes]:
        yield head
        if isinstance(path_or_bytes, bytes):
            yield path_or_bytes
        else:
            with path_or_bytes.open("rb") as source:
                while block := source.read(MB):
                    yield block
        yield tail

    return f"multipart/form-data; boundary={boundary}", len(head) + size + len(tail), parts()


def post(user: HttpUser, path: str, file: Path | bytes, name: str, *,
         chunked: bool = False) -> tuple[int, str]:
    content_type, length, parts = multipart(file, name)
    headers = {"Content-Type": content_type, "Cookie": cookies(user),
               "X-CSRFToken": user._csrf(), "Referer": user.base + path}
    if not chunked:
        headers["Content-Length"] = str(length)
    connection = http.client.HTTPConnection("127.0.0.1", port_of(user.base), timeout=300)
    try:
        connection.request("POST", path, body=parts, headers=headers, encode_chunked=chunked)
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def raw(port: int, head: str, body: bytes = b"") -> str:
    """Send a request's head (and maybe part of a body) and read what the server answers,
    without sending the rest: an answer proves the server did not wait for the body."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(head.encode() + body)
        answer = b""
        while True:
            end = answer.find(b"\r\n\r\n")
            length = re.search(rb"(?im)^content-length:\s*(\d+)", answer[:end]) if end >= 0 \
                else None
            if length and len(answer) >= end + 4 + int(length.group(1)):
                break
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer.decode("utf-8", "replace")


def test_uploads_over_the_limit_are_refused_before_the_body_is_read(home: Path) -> None:
    with running_server(home, "--no-worker", env=dict(
            {k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            PURSUIT_MAX_UPLOAD_MB="1")) as base:
        port = port_of(base)
        # Content-Length says 100 MB and not one byte of it is sent: the answer comes anyway.
        for path in ("/contacts/import/", "/contacts/scan/", "/api/contacts"):
            answer = raw(port, f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                               "Content-Type: multipart/form-data; boundary=x\r\n"
                               f"Content-Length: {100 * MB}\r\n\r\n")
            assert answer.startswith("HTTP/1.1 413"), answer[:200]
            assert "at most 1 MB" in answer and "this one is 100 MB" in answer
            assert "PURSUIT_MAX_UPLOAD_MB" in answer
        assert '{"detail": "This upload is too large' in answer  # the API answers in JSON
        # A chunked body with no length: refused once it runs over, before it ends.
        chunk = b"x" * 65536
        body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(17))  # 1.06 MB
        answer = raw(port, f"POST /contacts/import/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                           "Content-Type: multipart/form-data; boundary=x\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n", body)
        assert answer.startswith("HTTP/1.1 413"), answer[:200]
        assert "at most 1 MB" in answer and "this one is larger than that" in answer
        # Under the limit, a chunked upload is read like any other.
        user = HttpUser(base)
        user.sign_in(EMAIL, PASSWORD)
        csv = (HEADER + "Adaeze,Okonkwo,https://www.linkedin.com/in/adaeze,,Larchmont,CTO,"
               "04 Mar 2024\n").encode()
        status, page = post(user, "/contacts/import/", csv, "Connections.csv", chunked=True)
        assert status == 200 and "Adaeze Okonkwo" in page, page[:2000]


def test_a_100_mb_import_is_previewed_in_bounded_memory(home: Path, tmp_path: Path) -> None:
    csv = tmp_path / "Connections.csv"
    rows = linkedin_csv(csv, 100 * MB)
    with running_server(home, "--no-worker", "--workers", "1", env=dict(
            {k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            PURSUIT_MAX_UPLOAD_MB="150")) as base:
        user = HttpUser(base)
        user.sign_in(EMAIL, PASSWORD)
        [web], _ = server_processes(port_of(base))
        before = peak_rss(web)
        status, page = post(user, "/contacts/import/", csv, "Connections.csv")
        after = peak_rss(web)
    assert status == 200, page[:2000]
    assert "LinkedIn connections" in page and "Person Number 0" in page
    staged = list((home / "jobs").iterdir())
    assert [p.stat().st_size for p in staged] == [csv.stat().st_size]  # kept whole, on disk
    assert not list((home / "uploads").iterdir())  # Django's temporary file is gone
    print(f"\npreview of a {csv.stat().st_size / MB:.0f} MB CSV ({rows:,} rows): peak RSS of "
          f"the web process {after / MB:.0f} MB (before the upload {before / MB:.0f} MB)")
    assert after < 200 * MB


def test_an_import_whose_worker_is_killed_shows_as_failed(home: Path, tmp_path: Path) -> None:
    csv = tmp_path / "Connections.csv"
    linkedin_csv(csv, 10 * MB)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    with running_server(home, env=env) as base:
        user = HttpUser(base)
        user.sign_in(EMAIL, PASSWORD)
        status, page = post(user, "/contacts/import/", csv, "Connections.csv")
        assert status == 200, page[:2000]
        token = re.search(r'name="token" value="([^"]+)"', page)
        assert token
        connection = http.client.HTTPConnection("127.0.0.1", port_of(base), timeout=60)
        connection.request("POST", "/contacts/import/start/",
                           body=f"token={token.group(1)}",
                           headers={"Content-Type": "application/x-www-form-urlencoded",
                                    "Cookie": cookies(user), "X-CSRFToken": user._csrf(),
                                    "Referer": base + "/contacts/import/"})
        started = connection.getresponse()
        assert started.status == 302
        status_path = urlparse(started.getheader("Location")).path
        connection.close()
        _, [worker] = server_processes(port_of(base))
        deadline = time.monotonic() + 300
        while "<p>Importing Connections.csv" not in (page := user.get(status_path)[1]):
            assert "Imported" not in page and time.monotonic() < deadline, page
            time.sleep(0.05)
        os.kill(worker, signal.SIGKILL)  # mid-import: its transaction never commits
        # Another worker starts: it sees the first one's process is gone and says so at once.
        after = subprocess.run([sys.executable, "-m", "pursuit.cli.main", "worker", "--once"],
                               cwd=ROOT, env=dict(env, PURSUIT_HOME=str(home)),
                               capture_output=True, text=True, timeout=300)
        assert after.returncode == 0, after.stderr
        page = user.get(status_path)[1]
        contacts = user.get("/contacts/")[1]
    assert "Import failed" in page and "nothing was stored" in page, page
    assert "Person Number" not in contacts
