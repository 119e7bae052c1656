"""Django's password hasher, noting every password check it makes in a file: what the test
of fifty simultaneous guesses counts. Used by `tests.web.counting_settings`."""

from __future__ import annotations

import os

from django.contrib.auth.hashers import PBKDF2PasswordHasher

LOG = "PURSUIT_TEST_HASHER_LOG"


class CountingHasher(PBKDF2PasswordHasher):
    """The real PBKDF2 (same algorithm name, so existing hashes verify through it)."""

    def verify(self, password: str, encoded: str) -> bool:
        path = os.environ.get(LOG)
        if path:
            # O_APPEND: each line lands whole, whichever web process or thread writes it.
            descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(descriptor, f"{os.getpid()}\n".encode())
            finally:
                os.close(descriptor)
        return super().verify(password, encoded)
