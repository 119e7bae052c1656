"""Collect the static files (hashed names, gzipped copies) when the installed ones changed."""

from __future__ import annotations

import fcntl
import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command

STAMP = ".collected"


def sources_digest() -> str:
    """A digest of every static file the apps ship (name, size, time) and of the storage used:
    it changes with an upgrade that changes any of them."""
    digest = hashlib.sha256(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    for finder in get_finders():
        for path, storage in sorted(finder.list([]), key=lambda pair: pair[0]):
            stat = Path(storage.path(path)).stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def ensure_collected() -> bool:
    """Run collectstatic into STATIC_ROOT unless it already holds these sources' files; True
    when it ran. Processes starting at once (two web servers, parallel tests) take turns on a
    lock file, so one collects and the others find the work done."""
    root = Path(settings.STATIC_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        digest = sources_digest()
        stamp = root / STAMP
        if (root / "staticfiles.json").exists() and stamp.exists() and (
                stamp.read_text(encoding="ascii") == digest):
            return False
        # Old hashed files stay (no --clear): a page a browser loaded before an upgrade can
        # still fetch the files it names.
        call_command("collectstatic", interactive=False, verbosity=0)
        stamp.write_text(digest, encoding="ascii")
        return True
