"""Is a worker still there? Each worker beats in the shared cache (every round of its loop and
every progress report of a job), and its id is `host:pid`. (The worker is `pursuit.worker`; its
liveness lives here, beside the jobs, because a running job beats for its busy worker.)

A worker on this machine whose process is gone is dead at once (the pid check), so a worker
that starts after a SIGKILL takes back what the dead one held without waiting for its lease.
A worker on another machine is dead when it has not beaten for STALE.
"""

from __future__ import annotations

import os
import socket
import time

from django.core.cache import cache

STALE_SECONDS = 120.0  # longer than one SMTP timeout (30 s by default) plus a job's progress gap
_KEEP_SECONDS = 3600


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _key(worker: str) -> str:
    return f"pursuit:worker:{worker}:beat"


def beat(worker: str) -> None:
    cache.set(_key(worker), time.time(), _KEEP_SECONDS)


def is_gone(worker: str, *, now: float | None = None, unseen_is_gone: bool = True) -> bool:
    """True when `worker` is surely not running any more.

    A worker of another machine that never beat here (its cache is not shared with this one)
    counts as gone unless `unseen_is_gone` is False: then only a heartbeat seen to stop says so.
    """
    if not worker:
        return False
    host, _, pid = worker.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # it exists (another user's process)
        else:
            return False
    last = cache.get(_key(worker))
    if last is None:
        return unseen_is_gone
    return (now or time.time()) - float(last) > STALE_SECONDS
