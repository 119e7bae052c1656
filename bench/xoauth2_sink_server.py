"""The benchmarks' SMTP sink that logs in with SASL XOAUTH2 only, and the tests' local
authorization server (tests/outbox/oauth_server.py) that it asks about each token, in a
process of their own (so they do not share the worker's interpreter). Prints one JSON line:
the ports, the authorization server's address, and a token pair issued for USER; on SIGTERM,
writes how many messages it got to the file named on the command line."""

from __future__ import annotations

import json
import signal
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.outbox

from tests.outbox.oauth_server import AuthServer, XOAuth2Handler  # noqa: E402


class Counter(XOAuth2Handler):
    """Counts messages (keeping none, as the plain sink): only the login differs."""

    def __init__(self, auth: AuthServer) -> None:
        super().__init__(auth)
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 OK"


def main() -> None:
    # Login without TLS is what a sink on loopback does; aiosmtpd warns about it.
    warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
    warnings.filterwarnings("ignore", "Session.login_data is deprecated")
    port, out, user = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    with AuthServer(user) as auth:
        handler = Counter(auth)
        controller = Controller(handler, hostname="127.0.0.1", port=port, auth_required=True,
                                auth_require_tls=False,
                                auth_exclude_mechanism=["LOGIN", "PLAIN"])
        controller.start()
        done = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: done.set())
        tokens = auth.state.issue(user)
        print(json.dumps({"auth": auth.base, "access_token": tokens["access_token"],
                          "refresh_token": tokens["refresh_token"]}), flush=True)
        done.wait()
        controller.stop()
    with open(out, "w") as handle:
        json.dump({"count": handler.count, "logins": len(handler.logins)}, handle)


if __name__ == "__main__":
    main()
