"""A small job site for the tests, on 127.0.0.1: the saved posting pages, and the pages a safe
fetcher must refuse or cut short (a redirect to a private address, a 50 MB page, a PDF...).

    with job_site() as site:
        site.url("greenhouse")          # http://127.0.0.1:PORT/jobs/greenhouse
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PAGES = Path(__file__).with_name("pages")
FIFTY_MB = 50 * 1024 * 1024


def page_names() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("*.html"))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        if "Cookie" in self.headers:
            self.server.cookies.append(self.headers["Cookie"])  # type: ignore[attr-defined]
        if parts.path.startswith("/jobs/"):
            page = PAGES / f"{parts.path.removeprefix('/jobs/')}.html"
            if not page.is_file():
                self._send(404, b"<h1>No such job</h1>")
                return
            self._send(200, page.read_bytes(), Set_Cookie="session=abc; Path=/")
        elif parts.path == "/redirect":
            self._send(302, b"", Location=query["to"][0])
        elif parts.path == "/loop":
            self._send(302, b"", Location="/loop")
        elif parts.path == "/big":
            # 50 MB, chunked, no length announced: the fetcher must stop reading by itself.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            block = b"<p>" + b"x" * 65_530 + b"</p>"
            try:
                for _ in range(FIFTY_MB // len(block) + 1):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
        elif parts.path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(FIFTY_MB))
            self.end_headers()
            self.close_connection = True
        elif parts.path == "/bomb":
            body = gzip.compress(b"<p>" + b" " * FIFTY_MB)  # 50 KB that unfold to 50 MB
            self._send(200, body, Content_Encoding="gzip")
        elif parts.path == "/gzipped":
            body = gzip.compress((PAGES / "lever.html").read_bytes())
            self._send(200, body, Content_Encoding="gzip")
        elif parts.path == "/latin1":
            body = ("<html><head><meta charset='iso-8859-1'><title>Caf\u00e9 manager at "
                    "Br\u00fbl\u00e9e</title></head></html>").encode("latin-1")
            self._send(200, body, content_type="text/html")
        elif parts.path == "/pdf":
            self._send(200, b"%PDF-1.4", content_type="application/pdf")
        elif parts.path == "/gone":
            self._send(410, b"<h1>This job is no longer available</h1>")
        else:
            self._send(404, b"<h1>Not found</h1>")


@dataclass
class Site:
    host: str
    port: int
    seen: list[str]
    cookies: list[str]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, name: str) -> str:
        return f"{self.base}/jobs/{name}"


@contextmanager
def job_site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.seen = []  # type: ignore[attr-defined]
    server.cookies = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site("127.0.0.1", server.server_address[1], server.seen,  # type: ignore[attr-defined]
                   server.cookies)  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
