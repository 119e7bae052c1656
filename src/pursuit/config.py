"""Settings read from the environment and from `.env` files, with typed helpers.

Every value Pursuit reads from the environment goes through here, so that the list of knobs lives
in one place (`SETTINGS` below, documented in `.env.example`). `NAME_FILE` variants let secrets
come from files (systemd credentials, Docker secrets) instead of the environment.

At start-up (`load_env_files`, called by the settings module) two files may add values: the one
named by PURSUIT_ENV_FILE, then `$PURSUIT_HOME/.env`. The environment wins over both, and
PURSUIT_ENV_FILE over the data directory's file. They are read by python-dotenv's parser, taken
literally (no `${VAR}` expansion, so a secret with a `$` stays whole), and put into `os.environ`
so that the processes Pursuit starts (the worker beside `pursuit serve`) see the same values.
A line that is not `NAME=value` stops the start with the file and line named.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from pursuit.core.errors import BadInput


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # what applies when it is not set, in words
    secret: bool = False  # never shown; may also come from NAME_FILE


# Every setting Pursuit reads. A PURSUIT_* key outside this list, in the environment or in a
# .env file (or any other key in a .env file), is reported as unknown: usually a typo.
SETTINGS: tuple[Setting, ...] = (
    Setting("PURSUIT_HOME", "your data directory (e.g. ~/.local/share/pursuit)"),
    Setting("PURSUIT_ENV_FILE", "none: only $PURSUIT_HOME/.env is read"),
    Setting("DATABASE_URL", "SQLite in PURSUIT_HOME", secret=True),
    Setting("SECRET_KEY", "a random key kept in PURSUIT_HOME", secret=True),
    Setting("PURSUIT_ENCRYPTION_KEY", "a random key kept in PURSUIT_HOME", secret=True),
    Setting("DEBUG", "false"),
    Setting("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]"),
    Setting("CSRF_TRUSTED_ORIGINS", "none"),
    Setting("PURSUIT_HTTPS", "false"),
    Setting("PURSUIT_HSTS_SECONDS", "31536000 (with PURSUIT_HTTPS)"),
    Setting("PURSUIT_HSTS_INCLUDE_SUBDOMAINS", "true"),
    Setting("PURSUIT_HSTS_PRELOAD", "true"),
    Setting("PURSUIT_OPEN_SIGNUP", "false"),
    Setting("PURSUIT_MAX_UPLOAD_MB", "25"),
    Setting("PURSUIT_BASE_URL", "the address `pursuit serve` listens on"),
    Setting("PURSUIT_PLAN_HORIZON_DAYS", "120"),
    Setting("PURSUIT_STATIC_ROOT", "$PURSUIT_HOME/static"),
    Setting("PURSUIT_FETCH_MAX_BYTES", "5242880 (5 MB)"),
    Setting("PURSUIT_FETCH_TIMEOUT_SECONDS", "10"),
    Setting("PURSUIT_FETCH_ALLOW_HOSTS", "none (tests only: private hosts let through)"),
    Setting("EMAIL_HOST", "none: account mail is printed on the console"),
    Setting("EMAIL_PORT", "587"),
    Setting("EMAIL_HOST_USER", "none"),
    Setting("EMAIL_HOST_PASSWORD", "none", secret=True),
    Setting("EMAIL_USE_TLS", "true"),
    Setting("EMAIL_BACKEND", "the console (without EMAIL_HOST)"),
    Setting("DEFAULT_FROM_EMAIL", "pursuit@localhost"),
    Setting("PURSUIT_OAUTH_MICROSOFT_CLIENT_ID", "none: no \"Sign in with Microsoft\" button"),
    Setting("PURSUIT_OAUTH_MICROSOFT_CLIENT_SECRET", "none (a public client)", secret=True),
    Setting("PURSUIT_OAUTH_MICROSOFT_AUTHORIZE_URL", "Microsoft's own (docs/mail-oauth.md)"),
    Setting("PURSUIT_OAUTH_MICROSOFT_TOKEN_URL", "Microsoft's own (docs/mail-oauth.md)"),
    Setting("PURSUIT_OAUTH_GOOGLE_CLIENT_ID", "none: no \"Sign in with Google\" button"),
    Setting("PURSUIT_OAUTH_GOOGLE_CLIENT_SECRET", "none (a public client)", secret=True),
    Setting("PURSUIT_OAUTH_GOOGLE_AUTHORIZE_URL", "Google's own (docs/mail-oauth.md)"),
    Setting("PURSUIT_OAUTH_GOOGLE_TOKEN_URL", "Google's own (docs/mail-oauth.md)"),
    Setting("PURSUIT_OAUTH_MICROSOFT_DEVICE_URL", "Microsoft's own (docs/mail-oauth.md)"),
    Setting("PURSUIT_OAUTH_GOOGLE_USERINFO_URL", "Google's own (docs/mail-oauth.md)"),
    Setting("PURSUIT_OAUTH_GOOGLE_REVOKE_URL", "Google's own (docs/mail-oauth.md)"),
    Setting("LOG_LEVEL", "WARNING"),
    Setting("PURSUIT_CHROMIUM", "/usr/bin/chromium (the browser tests only)"),
)
KNOWN = {s.name for s in SETTINGS} | {f"{s.name}_FILE" for s in SETTINGS}
ENVIRONMENT = "environment"
DEFAULT = "default"


@dataclass(frozen=True)
class EnvFile:
    path: Path
    values: dict[str, str]
    lines: dict[str, int]  # the line each key was set on, for messages


# Filled once per process by load_env_files(): the files read (highest precedence first), and
# the keys the environment itself held before any file was read.
ENV_FILES: list[EnvFile] = []
_ENVIRONMENT_KEYS: set[str] = set()
_LOADED = False


def read_env_file(path: Path) -> EnvFile:
    """The NAME=value pairs of a .env file; BadInput naming file:line for a line that is not one."""
    # python-dotenv's own parser (quotes, `export`, comments); imported here, not at the top,
    # so that `pursuit.config` stays cheap for the code that only needs the typed helpers.
    from dotenv.parser import parse_stream

    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    try:
        with path.open(encoding="utf-8-sig") as stream:
            for binding in parse_stream(stream):
                line = binding.original.line
                if binding.error:
                    # The parser's span may start with blank lines: name the offending one.
                    text_lines = binding.original.string.split("\n")
                    line += next((n for n, text in enumerate(text_lines) if text.strip()), 0)
                    raise BadInput("expected NAME=value, a comment or an empty line",
                                   where=f"{path}:{line}")
                if binding.key is None:  # a comment or an empty line
                    continue
                if binding.value is None:
                    raise BadInput(f"{binding.key} has no value (expected {binding.key}=value)",
                                   where=f"{path}:{line}")
                values[binding.key] = binding.value
                lines[binding.key] = line
    except UnicodeDecodeError:
        raise BadInput("is not UTF-8 text", where=str(path)) from None
    except IsADirectoryError:
        raise BadInput("is a directory, not a file", where=str(path)) from None
    except PermissionError:
        raise BadInput("cannot read: permission denied", where=str(path)) from None
    return EnvFile(path, values, lines)


def _home_path() -> Path:
    home = os.environ.get("PURSUIT_HOME")
    return Path(home).expanduser() if home else Path(user_data_dir("pursuit", appauthor=False))


def load_env_files() -> None:
    """Read PURSUIT_ENV_FILE, then $PURSUIT_HOME/.env, into os.environ without overriding it.

    Runs once per process (the settings module calls it); later calls do nothing."""
    global _LOADED
    if _LOADED:
        return
    # An empty variable counts as unset, as everywhere in this module: a file may fill it.
    _ENVIRONMENT_KEYS.update(key for key, value in os.environ.items() if value != "")
    named = os.environ.get("PURSUIT_ENV_FILE")
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise BadInput(f"no such file: {path}", where="PURSUIT_ENV_FILE")
        _add(read_env_file(path))
    # PURSUIT_HOME may come from the named file: the data directory's own .env is read after.
    in_home = _home_path() / ".env"
    if in_home.is_file() and (not named or in_home.resolve() != Path(named).resolve()):
        _add(read_env_file(in_home))
    _LOADED = True


def _add(env_file: EnvFile) -> None:
    ENV_FILES.append(env_file)
    for key, value in env_file.values.items():
        if os.environ.get(key, "") == "":
            os.environ[key] = value


def source_of(name: str) -> str:
    """Where NAME's value comes from: "environment", a .env file's path, or "default"."""
    if name in _ENVIRONMENT_KEYS:
        return ENVIRONMENT
    for env_file in ENV_FILES:
        if env_file.values.get(name, "") != "":
            return str(env_file.path)
    if name in os.environ and os.environ[name] != "":  # set by the program itself
        return ENVIRONMENT
    return DEFAULT


@dataclass(frozen=True)
class Unknown:
    name: str
    where: str  # "environment" or "FILE:LINE"
    suggestion: str | None

    def __str__(self) -> str:
        hint = f" (did you mean {self.suggestion}?)" if self.suggestion else ""
        return f"{self.where}: unknown setting {self.name}{hint}"


def unknown_settings(environ: Mapping[str, str] | None = None,
                     env_files: Iterable[EnvFile] | None = None) -> list[Unknown]:
    """Keys that Pursuit does not read: PURSUIT_* ones in the environment, any in a .env file."""
    environ = os.environ if environ is None else environ
    env_files = ENV_FILES if env_files is None else env_files
    found = []
    from_files = set()
    for env_file in env_files:
        for key in env_file.values:
            from_files.add(key)
            if key not in KNOWN:
                found.append(Unknown(key, f"{env_file.path}:{env_file.lines[key]}",
                                     _closest(key)))
    for key in sorted(environ):
        if key.startswith("PURSUIT_") and key not in KNOWN and (
                key not in from_files or key in _ENVIRONMENT_KEYS):
            found.append(Unknown(key, ENVIRONMENT, _closest(key)))
    return found


def _closest(name: str) -> str | None:
    """The known setting `name` is probably a typo of. The shared PURSUIT_ prefix is left out of
    the comparison, or every PURSUIT_ name would look like every other."""
    prefix = "PURSUIT_" if name.startswith("PURSUIT_") else ""
    candidates = {known[len(prefix):]: known for known in sorted(KNOWN)
                  if known.startswith(prefix)}
    matches = difflib.get_close_matches(name[len(prefix):], list(candidates), n=1, cutoff=0.75)
    return candidates[matches[0]] if matches else None


_URL_PASSWORD = re.compile(r"(?<=://)([^:/@]*):[^@/]*@")


def shown_value(setting: Setting) -> str | None:
    """The value as `pursuit check` shows it (None when unset): secrets hidden (a database URL
    keeps all but its password), a value from NAME_FILE named by its file."""
    file_name = os.environ.get(f"{setting.name}_FILE")
    if file_name:
        return f"read from {file_name}"
    value = os.environ.get(setting.name, "")
    if value == "":
        return None
    if setting.name == "DATABASE_URL":
        return _URL_PASSWORD.sub(r"\1:***@", value)
    return "(hidden)" if setting.secret else value


def settings_report() -> list[dict[str, str | None]]:
    """Each setting: its source ("environment", a .env file's path or "default"), its value as
    shown (None when unset) and what applies by default, for `pursuit check`."""
    rows = []
    for setting in SETTINGS:
        source = source_of(setting.name)
        if source == DEFAULT and source_of(f"{setting.name}_FILE") != DEFAULT:
            source = source_of(f"{setting.name}_FILE")
        rows.append({"name": setting.name, "source": source, "value": shown_value(setting),
                     "default": setting.default})
    return rows


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
