"""Secrets at rest (mail passwords): Fernet, with the key kept outside the database.

The key comes from PURSUIT_ENCRYPTION_KEY (or PURSUIT_ENCRYPTION_KEY_FILE), several keys
separated by commas to rotate (the first encrypts, all decrypt); else from a key file in the
data directory, created with mode 0600 on first use. A database dump alone reveals nothing.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from pursuit.config import env_str
from pursuit.core.errors import PursuitError


class SecretUnreadable(PursuitError):
    """A stored secret cannot be decrypted with the keys at hand (the key was lost or changed)."""


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    configured = env_str("PURSUIT_ENCRYPTION_KEY")
    if configured:
        keys = [k.strip() for k in configured.split(",") if k.strip()]
    else:
        path = settings.DATA_DIR / "encryption.key"
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(Fernet.generate_key())
        keys = [path.read_text(encoding="ascii").strip()]
    return MultiFernet([Fernet(k.encode("ascii")) for k in keys])


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode("utf-8")).decode("ascii") if plain else ""


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise SecretUnreadable(
            "a stored password cannot be decrypted: the encryption key changed; "
            "enter the password again") from None


def hash_token(token: str) -> str:
    """What is stored of a secret token (invitations, calendar links, API tokens): its
    SHA-256, so a copy of the database cannot be used. A plain hash is enough: the token is
    random, not a password, so there is nothing for a slow hash to protect against."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
