"""`pursuit.settings` with the password hasher that counts checks (tests/web/counting_hasher.py),
for a real `pursuit serve` started by a test."""

from pursuit.settings import *  # noqa: F403

PASSWORD_HASHERS = ["tests.web.counting_hasher.CountingHasher"]
