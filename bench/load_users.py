"""Simulated people for bench_load.py: one thread and one keep-alive connection per user.

wrk opened all fifty connections in the same instant and sent every first request at once, so
its p99 described that burst (even the bare health view showed 600 ms) rather than people using
the app. Here each user starts at a random moment of the ramp, reads a page, thinks 0.5-1.5 s,
and goes on; only requests started after the warm-up are counted. Fifty threads that mostly
sleep cost the server's two cores next to nothing.
"""

from __future__ import annotations

import http.client
import random
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

READS = ("/", "/board/", "/contacts/?q=a", "/network/", "/applications/", "/")
WRITE = ("/network/session/", "minutes=1")  # one request in four logs a networking minute


@dataclass
class Session:
    sessionid: str
    csrftoken: str


@dataclass
class Result:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0  # no response: refused, reset, timed out
    bad_status: int = 0  # 4xx or 5xx
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, latency_ms: float | None, status: int | None) -> None:
        with self.lock:
            if latency_ms is None:
                self.errors += 1
                return
            self.latencies_ms.append(latency_ms)
            if status is None or status >= 400:
                self.bad_status += 1

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _user(base: str, session: Session, paths: tuple[str, ...], writes: bool, start: float,
          counted_from: float, stop: float, seed: int, result: Result) -> None:
    rng = random.Random(seed)
    host = urlsplit(base)
    connection = http.client.HTTPConnection(host.hostname or "127.0.0.1", host.port, timeout=10)
    cookie = f"sessionid={session.sessionid}; csrftoken={session.csrftoken}"
    time.sleep(max(0.0, start - time.monotonic()))
    n = rng.randrange(len(paths))
    while time.monotonic() < stop:
        n += 1
        headers = {"Cookie": cookie}
        if writes and n % 4 == 0:
            path, body = WRITE
            headers |= {"X-CSRFToken": session.csrftoken, "Referer": base + "/network/",
                        "Content-Type": "application/x-www-form-urlencoded"}
            method: str = "POST"
        else:
            path, body, method = paths[n % len(paths)], "", "GET"
        began = time.monotonic()
        status: int | None
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            latency: float | None = (time.monotonic() - began) * 1000
        except (OSError, http.client.HTTPException):
            connection.close()  # reconnects on the next request
            latency, status = None, None
        if began >= counted_from:
            result.add(latency, status)
        time.sleep(rng.uniform(0.5, 1.5))  # reading the page before the next click
    connection.close()


def simulate(base: str, sessions: list[Session], *, seconds: float, warmup: float = 5.0,
             ramp: float = 2.0, paths: tuple[str, ...] = READS, writes: bool = True,
             seed: int = 1) -> Result:
    """Every session as one person for `warmup + seconds`; the counted requests' figures."""
    result = Result()
    now = time.monotonic()
    counted_from, stop = now + warmup, now + warmup + seconds
    rng = random.Random(seed)
    threads = [threading.Thread(target=_user, daemon=True, args=(
        base, s, paths, writes, now + rng.uniform(0, ramp), counted_from, stop,
        seed * 1000 + k, result)) for k, s in enumerate(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(stop - time.monotonic() + 30)
    return result
