"""A local OAuth 2.0 authorization server for the tests, speaking the real protocol on
loopback (a threaded http.server), and an SMTP server that logs in with SASL XOAUTH2 by
asking it about the token.

- GET /authorize: a page with an "Allow" button (RFC 6749 4.1, PKCE RFC 7636: only S256);
  POST /authorize redirects back with the code and the state.
- POST /token: authorization_code (checks the code, the client, the redirect URI and the
  PKCE verifier; a code works once), refresh_token (a revoked one gets `invalid_grant`),
  and urn:ietf:params:oauth:grant-type:device_code (RFC 8628: `authorization_pending`
  until approved; `slow_down` for the next `slow_down` polls when set).
- POST /devicecode, and GET/POST /device where the user enters the code and allows.
- POST /introspect (RFC 7662; dovecot's oauth2 passdb asks it), GET /userinfo.
- POST /revoke (RFC 7009): the token's whole grant (its refresh and access tokens) stops
  working; an unknown token is answered 200, as the RFC says.
- `rotate = True`: strict refresh-token rotation, as Microsoft's and many others do: each
  renewal gives a new refresh token and spends the old one; a spent one presented again is
  a reuse (recorded in `reused`), refused, and ends its whole grant.
- `revoke(user)`: the user's refresh tokens are refused from then on, and their access
  tokens are no longer active; `expire_access_tokens()`: the access tokens are past their
  lifetime (what an hour's wait does to them).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import json
import secrets
import threading
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from pursuit.core.oauth import parse_xoauth2
from tests.outbox.smtp_sink import SinkHandler, free_port

CLIENT_ID = "pursuit-test-client"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def id_token(email: str) -> str:
    """A JWT naming the address (signed with a key of the tests'; Pursuit reads it from the
    token endpoint's answer, as OpenID Connect allows, without checking it)."""
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"iss": "http://127.0.0.1", "sub": email, "aud": CLIENT_ID,
                                  "email": email}).encode())
    signature = _b64url(hashlib.sha256(f"{header}.{payload}".encode()).digest())
    return f"{header}.{payload}.{signature}"


@dataclass
class AuthState:
    user: str  # the one account this provider knows (the e-mail address)
    lock: threading.Lock = field(default_factory=threading.Lock)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    access: dict[str, str] = field(default_factory=dict)  # active access token -> user
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)  # device code -> ...
    log: list[str] = field(default_factory=list)  # "grant_type" of each token request
    id_tokens: bool = True  # False: no ID token (the address only from /userinfo)
    rotate: bool = False  # strict refresh-token rotation (see the module's docstring)
    spent: set[str] = field(default_factory=set)  # refresh tokens used once (rotate)
    reused: list[str] = field(default_factory=list)  # spent ones presented again
    revoked: list[str] = field(default_factory=list)  # tokens posted to /revoke
    grant: dict[str, str] = field(default_factory=dict)  # any token -> its grant's id
    # Seconds a renewal takes to be answered (a provider far away): two workers renewing at
    # once overlap for certain.
    refresh_delay: float = 0.0
    slow_down: int = 0  # the next device-code polls answered `slow_down` (RFC 8628 3.5)

    def end_grant(self, grant: str) -> None:
        tokens = {t for t, g in self.grant.items() if g == grant}
        self.refresh = {k: v for k, v in self.refresh.items() if k not in tokens}
        self.access = {k: v for k, v in self.access.items() if k not in tokens}

    def issue(self, user: str, *, refresh: bool = True,
              grant: str | None = None) -> dict[str, Any]:
        grant = grant or secrets.token_hex(8)
        access = "at-" + secrets.token_urlsafe(24)
        self.access[access] = user
        self.grant[access] = grant
        answer: dict[str, Any] = {"access_token": access, "token_type": "Bearer",
                                  "expires_in": 3600, "scope": "mail"}
        if self.id_tokens:
            answer["id_token"] = id_token(user)
        if refresh:
            token = "rt-" + secrets.token_urlsafe(24)
            self.refresh[token] = user
            self.grant[token] = grant
            answer["refresh_token"] = token
        return answer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return None

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _html(self, text: str) -> None:
        data = f"<!doctype html><html><body>{text}</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        return dict(urllib.parse.parse_qsl(raw))

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        state = self.server.state
        if url.path == "/authorize":
            problems = []
            if query.get("client_id") != CLIENT_ID:
                problems.append("unknown client")
            if query.get("response_type") != "code":
                problems.append("response_type must be code")
            if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
                problems.append("PKCE with S256 is required")
            if "https://mail" not in query.get("scope", "") and \
                    "outlook.office.com" not in query.get("scope", ""):
                problems.append("no mail scope asked for")
            if problems:
                self._html("<h1>Bad request</h1><p>" + html.escape(", ".join(problems)))
                return
            hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" '
                             f'value="{html.escape(v)}">' for k, v in query.items())
            self._html(f"<h1>Test provider</h1><p>Allow Pursuit to send and read mail as "
                       f"{html.escape(state.user)}?</p><form method=post action=/authorize>"
                       f"{hidden}<button type=submit>Allow</button></form>")
        elif url.path == "/device":
            self._html("<h1>Test provider</h1><form method=post action=/device>"
                       "<label>Code <input name=user_code></label>"
                       "<button type=submit>Allow</button></form>")
        elif url.path == "/userinfo":
            token = self.headers.get("Authorization", "").removeprefix("Bearer ")
            with state.lock:
                user = state.access.get(token)
            if user:
                self._json(200, {"email": user, "sub": user})
            else:
                self._json(401, {"error": "invalid_token"})
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        form = self._form()
        state = self.server.state
        if path == "/authorize":
            code = secrets.token_urlsafe(16)
            with state.lock:
                state.codes[code] = {"challenge": form["code_challenge"],
                                     "redirect_uri": form["redirect_uri"],
                                     "client_id": form["client_id"], "user": state.user}
            target = form["redirect_uri"] + "?" + urllib.parse.urlencode(
                {"code": code, "state": form.get("state", "")})
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/token":
            self._token(form)
        elif path == "/devicecode":
            if form.get("client_id") != CLIENT_ID:
                self._json(400, {"error": "invalid_client"})
                return
            device, user_code = secrets.token_urlsafe(24), secrets.token_hex(4).upper()
            with state.lock:
                state.devices[device] = {"user_code": user_code, "approved": False}
            self._json(200, {"device_code": device, "user_code": user_code,
                             "verification_uri": f"{self.server.base}/device",
                             "expires_in": 900, "interval": 1})
        elif path == "/device":
            with state.lock:
                for entry in state.devices.values():
                    if entry["user_code"] == form.get("user_code", "").strip().upper():
                        entry["approved"] = True
            self._html("<p>Done: go back to your device.</p>")
        elif path == "/revoke":
            token = form.get("token", "")
            with state.lock:
                state.revoked.append(token)
                if token in state.grant:
                    state.end_grant(state.grant[token])
            self._json(200, {})  # RFC 7009 2.2: also for a token it does not know
        elif path == "/introspect":
            with state.lock:
                user = state.access.get(form.get("token", ""))
            if user:
                self._json(200, {"active": True, "username": user, "email": user,
                                 "client_id": CLIENT_ID})
            else:
                self._json(200, {"active": False})
        else:
            self._json(404, {"error": "not_found"})

    def _token(self, form: dict[str, str]) -> None:
        state = self.server.state
        grant = form.get("grant_type", "")
        with state.lock:
            state.log.append(grant)
        if form.get("client_id") != CLIENT_ID:
            self._json(401, {"error": "invalid_client"})
            return
        with state.lock:
            if grant == "authorization_code":
                entry = state.codes.pop(form.get("code", ""), None)  # once only
                verifier = form.get("code_verifier", "")
                challenge = _b64url(hashlib.sha256(verifier.encode()).digest())
                if entry is None or entry["redirect_uri"] != form.get("redirect_uri"):
                    self._json(400, {"error": "invalid_grant",
                                     "error_description": "unknown code or redirect URI"})
                elif not secrets.compare_digest(challenge, entry["challenge"]):
                    self._json(400, {"error": "invalid_grant",
                                     "error_description": "PKCE verification failed"})
                else:
                    self._json(200, state.issue(entry["user"]))
            elif grant == "refresh_token":
                self._refresh(form.get("refresh_token", ""))
            elif grant == DEVICE_GRANT:
                device = state.devices.get(form.get("device_code", ""))
                if device is None:
                    self._json(400, {"error": "expired_token"})
                elif state.slow_down:
                    state.slow_down -= 1
                    self._json(400, {"error": "slow_down"})
                elif not device["approved"]:
                    self._json(400, {"error": "authorization_pending"})
                else:
                    del state.devices[form["device_code"]]
                    self._json(200, state.issue(state.user))
            else:
                self._json(400, {"error": "unsupported_grant_type"})


    def _refresh(self, token: str) -> None:
        """Called with the state's lock held."""
        state = self.server.state
        if state.refresh_delay:
            state.lock.release()  # other requests go on meanwhile, as at a real provider
            try:
                threading.Event().wait(state.refresh_delay)
            finally:
                state.lock.acquire()
        user = state.refresh.get(token)
        if token in state.spent:
            state.reused.append(token)
            state.end_grant(state.grant[token])  # reuse detection: the grant is ended
            self._json(400, {"error": "invalid_grant", "error_description":
                             "AADSTS70000: the refresh token was already used"})
        elif user is None:
            self._json(400, {"error": "invalid_grant", "error_description":
                             "AADSTS70000: the refresh token was revoked"})
        elif state.rotate:
            state.spent.add(token)
            del state.refresh[token]
            self._json(200, state.issue(user, grant=state.grant[token]))
        else:
            self._json(200, state.issue(user, refresh=False, grant=state.grant[token]))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: AuthState
    base: str


class AuthServer:
    """`with AuthServer("ada@example.test") as provider:` then provider.base, .settings()."""

    def __init__(self, user: str) -> None:
        self.state = AuthState(user=user)
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.state = self.state
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.httpd.base = self.base
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> AuthServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def settings(self, provider: str = "microsoft") -> dict[str, str]:
        """The environment that points Pursuit's provider at this server."""
        prefix = f"PURSUIT_OAUTH_{provider.upper()}_"
        values = {prefix + "CLIENT_ID": CLIENT_ID,
                  prefix + "AUTHORIZE_URL": f"{self.base}/authorize",
                  prefix + "TOKEN_URL": f"{self.base}/token"}
        if provider == "microsoft":
            values[prefix + "DEVICE_URL"] = f"{self.base}/devicecode"
        else:
            values[prefix + "USERINFO_URL"] = f"{self.base}/userinfo"
            values[prefix + "REVOKE_URL"] = f"{self.base}/revoke"
        return values

    def revoke(self, user: str) -> None:
        """What "remove access" at the provider does: the user's refresh and access tokens
        issued so far stop working (a new sign-in gets new ones)."""
        with self.state.lock:
            self.state.refresh = {k: v for k, v in self.state.refresh.items() if v != user}
            self.state.access = {k: v for k, v in self.state.access.items() if v != user}

    def refresh_works(self, token: str) -> bool:
        """Whether the token endpoint would renew with this refresh token (asked without
        spending it)."""
        with self.state.lock:
            return token in self.state.refresh

    def expire_access_tokens(self) -> None:
        with self.state.lock:
            self.state.access.clear()

    def active(self, token: str) -> str | None:
        """Ask the introspection endpoint, as the mail servers do."""
        data = urllib.parse.urlencode({"token": token}).encode()
        with urllib.request.urlopen(f"{self.base}/introspect", data,  # noqa: S310 - loopback
                                    timeout=5) as answer:
            body = json.loads(answer.read())
        return str(body["username"]) if body.get("active") else None


class XOAuth2Handler(SinkHandler):
    """The SMTP sink, which also logs in with SASL XOAUTH2 (the token checked at the
    authorization server's introspection endpoint, for the user it names)."""

    def __init__(self, auth: AuthServer) -> None:
        super().__init__()
        self.auth = auth
        self.logins: list[str] = []

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        if len(args) == 2:
            blob = args[1].encode()
        else:
            answer = await server.challenge_auth("", encode_to_b64=False)
            blob = answer if isinstance(answer, bytes) else b""
        try:
            parsed = parse_xoauth2(base64.b64decode(blob, validate=True))
        except ValueError:
            parsed = None
        user = await asyncio.to_thread(self.auth.active, parsed[1]) if parsed else None
        if parsed is None or user is None or user != parsed[0]:
            # As Google and Microsoft do: a JSON error in a challenge, the client's empty
            # answer, then 535.
            await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))
            return AuthResult(success=False, handled=False,
                              message="535 5.7.8 Username and Password not "
                                      "accepted (XOAUTH2)")
        self.logins.append(user)
        return AuthResult(success=True)


class XOAuth2Smtp:
    """aiosmtpd on loopback that requires AUTH XOAUTH2 before MAIL FROM."""

    def __init__(self, auth: AuthServer) -> None:
        self.handler = XOAuth2Handler(auth)
        self.port = free_port()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, auth_required=True,
            auth_require_tls=False, auth_exclude_mechanism=["LOGIN", "PLAIN"])

    def __enter__(self) -> XOAuth2Smtp:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def dovecot_oauth_config(auth_base: str, directory: str) -> str:
    """Settings for tests.outbox.imap_server.ImapServer: XOAUTH2 logins checked by dovecot's
    OAuth 2.0 passdb against the server's introspection endpoint (the password file stays for
    the tests' own deliveries)."""
    path = f"{directory}/dovecot-oauth2.conf.ext"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"introspection_mode = post\n"
                     f"introspection_url = {auth_base}/introspect\n"
                     f"username_attribute = username\n"
                     f"active_attribute = active\n"
                     f"active_value = true\n"
                     f"force_introspection = yes\n")
    return (f"auth_mechanisms = plain login xoauth2 oauthbearer\n"
            f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {path}\n}}\n")


def pursuit_oauth(auth: AuthServer) -> dict[str, dict[str, str]]:
    """settings.PURSUIT_OAUTH with both providers pointed at the local server (what the
    environment of `AuthServer.settings()` gives a server process)."""
    return {key: {"client_id": CLIENT_ID, "client_secret": "",
                  "authorize_url": f"{auth.base}/authorize", "token_url": f"{auth.base}/token",
                  "device_url": f"{auth.base}/devicecode" if key == "microsoft" else "",
                  "userinfo_url": f"{auth.base}/userinfo" if key == "google" else "",
                  "revoke_url": f"{auth.base}/revoke" if key == "google" else ""}
            for key in ("microsoft", "google")}
