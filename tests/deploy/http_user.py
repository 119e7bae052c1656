"""A signed-in user of a running server, over real HTTP (no Django test client)."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.parse
import urllib.request


class HttpUser:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def _csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def get(self, path: str) -> tuple[int, str]:
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.status, response.read().decode()

    def post(self, path: str, data: dict[str, str]) -> int:
        body = urllib.parse.urlencode(data).encode()
        # Only ever http://127.0.0.1:<port> of a server the test started.
        request = urllib.request.Request(self.base + path, data=body, headers={  # noqa: S310
            "X-CSRFToken": self._csrf(), "Referer": self.base + path})
        with self.opener.open(request, timeout=30) as response:
            return response.status

    def sign_in(self, email: str, password: str) -> None:
        _, page = self.get("/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token, "no CSRF token on the sign-in page"
        self.post("/login/", {"csrfmiddlewaretoken": token.group(1), "username": email,
                              "password": password})
        assert any(c.name == "sessionid" for c in self.jar), "sign-in failed"
