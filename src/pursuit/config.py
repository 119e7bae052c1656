"""Settings read from the environment, with typed helpers.

Every value Pursuit reads from the environment goes through here, so that the list of knobs lives
in one place (documented in `.env.example`). `NAME_FILE` variants let secrets come from files
(systemd credentials, Docker secrets) instead of the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from pursuit.core.errors import BadInput


def env_str(name: str, default: str | None = None) -> str | None:
    """The value of NAME, or the content of the file named by NAME_FILE, or `default`."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            message = f"cannot read {file_name}: {exc.strerror}"
            raise BadInput(message, where=f"{name}_FILE") from exc
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise BadInput(f"expected true or false, got {value!r}", where=name)


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise BadInput(f"expected a whole number, got {value!r}", where=name) from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = env_str(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def data_dir() -> Path:
    """Where the SQLite file, secret key and uploads live: PURSUIT_HOME or the user's data dir."""
    home = env_str("PURSUIT_HOME")
    path = Path(home).expanduser() if home else Path(user_data_dir("pursuit", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key(directory: Path) -> str:
    """SECRET_KEY from the environment, else a random key kept in the data directory.

    A laptop install needs no configuration, and the key survives restarts so sessions do too.
    """
    key = env_str("SECRET_KEY")
    if key:
        return key
    key_file = directory / "secret_key"
    if key_file.exists():
        return key_file.read_text(encoding="utf-8").strip()
    import secrets

    key = secrets.token_urlsafe(50)
    # Created with 0600 so that another local user cannot read it.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    return key
