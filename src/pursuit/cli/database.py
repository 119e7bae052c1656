"""Whole-database backups (`pursuit backup`) and their restore (`pursuit restore`).

SQLite: the sqlite3 backup API, which copies a consistent snapshot page by page while the web
app and the worker keep writing (WAL), both to make a backup and to put one back (writing
through SQLite, so a `-wal` file beside the database can never be replayed over the restored
pages). PostgreSQL: `pg_dump --format=custom`; a restore turns it into SQL with `pg_restore`
and runs that with `psql` in ONE transaction that first drops every table: it lands whole or
not at all.

A backup is checked before anything is replaced: the file is readable (SQLite's integrity
check, or `pg_restore --list`), it is a Pursuit database (it has Pursuit's tables and
migrations), and it has no migration this version of Pursuit does not know. The database as it
was is first copied to `$PURSUIT_HOME/backups/`, so a restore can be undone.

A restore is refused while Pursuit runs on the database: `pursuit serve` and `pursuit worker`
hold a shared lock on `$PURSUIT_HOME/running.lock` for as long as they run (the kernel lets go
of it when a process ends, even killed, so a crash leaves nothing stale) and a restore needs it
exclusively. On PostgreSQL the restore also refuses while another client is connected to the
database, which covers servers on other machines.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.loader import MigrationLoader

from pursuit.core.errors import BadInput

LOCK_NAME = "running.lock"
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
# Tables that only a Pursuit database has (besides django_migrations).
PURSUIT_TABLES = ("accounts_user", "contacts_contact", "cadence_touch")
AUTOMATIC = re.compile(r"^pursuit-\d{8}T\d{6}Z\.(sqlite3|dump)$")

_held_lock: int | None = None  # the running lock of this process, held until it exits


# --- the running lock -----------------------------------------------------------------------
def _lock_path() -> Path:
    return Path(settings.DATA_DIR) / LOCK_NAME


def _open_lock() -> int:
    # Read-only is enough for flock, so any account that can read the data directory can ask.
    return os.open(_lock_path(), os.O_RDONLY | os.O_CREAT, 0o644)


def hold_running_lock(what: str) -> None:
    """Mark this process as running on the database until it exits (serve, worker)."""
    global _held_lock
    if _held_lock is not None:
        return
    fd = _open_lock()
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise BadInput(f"a restore is replacing the database; start {what} when it is done",
                       where=str(_lock_path())) from None
    _held_lock = fd


@contextmanager
def exclusive_lock() -> Iterator[None]:
    """Held by a restore: nothing may run on the database meanwhile, nor start."""
    fd = _open_lock()
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BadInput(
                "Pursuit is running on this database (pursuit serve or pursuit worker holds "
                f"{_lock_path()}); stop it first, e.g. systemctl stop pursuit-web "
                "'pursuit-worker@*'", where="restore") from None
        yield
    finally:
        os.close(fd)


# --- where and what ---------------------------------------------------------------------------
def engine() -> str:
    """"sqlite" or "postgresql": the database Pursuit is configured with."""
    name = settings.DATABASES[DEFAULT_DB_ALIAS]["ENGINE"]
    if name.endswith("sqlite3"):
        return "sqlite"
    if name.endswith("postgresql"):
        return "postgresql"
    raise BadInput(f"cannot back up a {name} database", where="DATABASE_URL")


def sqlite_path() -> Path:
    return Path(settings.DATABASES[DEFAULT_DB_ALIAS]["NAME"])


def backups_dir() -> Path:
    return Path(settings.DATA_DIR) / "backups"


def default_output(kind: str, prefix: str = "pursuit") -> Path:
    suffix = "sqlite3" if kind == "sqlite" else "dump"
    return backups_dir() / f"{prefix}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.{suffix}"


def _pg_env() -> dict[str, str]:
    """libpq's variables for the configured database: no password on a command line."""
    db = settings.DATABASES[DEFAULT_DB_ALIAS]
    env = dict(os.environ)
    for key, value in (("PGHOST", db.get("HOST")), ("PGPORT", db.get("PORT")),
                       ("PGUSER", db.get("USER")), ("PGPASSWORD", db.get("PASSWORD")),
                       ("PGDATABASE", db.get("NAME"))):
        if value:
            env[key] = str(value)
    return env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BadInput(f"{name} is not installed (Debian: apt-get install postgresql-client)",
                       where=name)
    return found


def _run(command: list[str], what: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(command, env=_pg_env(), capture_output=True, check=False, **kwargs)
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BadInput(f"{what} failed: {lines[-1] if lines else 'exit ' + str(done.returncode)}",
                       where=Path(command[0]).name)
    return done


def _replace_atomically(write: Any, target: Path) -> None:
    """Call write(temporary_path), then rename it over `target`: a backup is whole or absent."""
    if target.is_dir():
        raise BadInput("is a directory, not a file", where=str(target))
    if not target.parent.is_dir():
        raise BadInput("no such directory", where=str(target))
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, 0o600)  # everyone's contacts and letters: the owner only
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- backup -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Backup:
    database: str  # "sqlite" or "postgresql"
    path: Path
    bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"database": self.database, "output": str(self.path), "bytes": self.bytes}


def backup_database(output: Path | None = None) -> Backup:
    """A consistent copy of the whole database, at `output` or in $PURSUIT_HOME/backups/."""
    kind = engine()
    target = output or default_output(kind)
    if output is None:
        backups_dir().mkdir(mode=0o700, exist_ok=True)
    if kind == "sqlite":
        source = sqlite_path()
        if not source.exists() or source.stat().st_size == 0:
            raise BadInput("there is no database yet: nothing to back up", where=str(source))

        def copy(temporary: Path) -> None:
            # One step: the whole snapshot is read in one read transaction, consistent even
            # while the web app and the worker write (WAL lets them go on meanwhile).
            with (sqlite3.connect(f"file:{source}?mode=ro", uri=True) as live,
                  sqlite3.connect(temporary) as out):
                live.backup(out)
            out.close()
            live.close()
    else:
        pg_dump = _tool("pg_dump")

        def copy(temporary: Path) -> None:
            _run([pg_dump, "--format=custom", "--no-owner", "--no-privileges",
                  f"--file={temporary}"], "pg_dump")

    _replace_atomically(copy, target)
    return Backup(kind, target, target.stat().st_size)


def prune_backups(keep: int) -> list[Path]:
    """Delete the oldest automatic backups (named by the default pattern) beyond `keep`."""
    if not backups_dir().is_dir():
        return []
    automatic = sorted(p for p in backups_dir().iterdir() if AUTOMATIC.match(p.name))
    removed = automatic[:-keep] if keep > 0 else automatic
    for path in removed:
        path.unlink()
    return removed


# --- checking a backup ------------------------------------------------------------------------
def known_migrations() -> set[tuple[str, str]]:
    """(app, name) of every migration this version of Pursuit ships, read from disk."""
    return set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


def _check_migrations(path: Path, applied: set[tuple[str, str]]) -> None:
    unknown = sorted(applied - known_migrations())
    if unknown:
        names = ", ".join(f"{app}.{name}" for app, name in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        raise BadInput(f"made by a newer Pursuit: its migrations {names}{more} are unknown to "
                       "this version; upgrade Pursuit, then restore", where=str(path))


def backup_kind(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise BadInput("no such file", where=str(path)) from None
    except IsADirectoryError:
        raise BadInput("is a directory, not a file", where=str(path)) from None
    except PermissionError:
        raise BadInput("cannot read: permission denied", where=str(path)) from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PGDUMP_MAGIC):
        return "postgresql"
    raise BadInput("not a Pursuit backup (neither a SQLite database nor a pg_dump archive)",
                   where=str(path))


def check_sqlite_backup(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BadInput(f"damaged: {problems[0]}", where=str(path))
            tables = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in ("django_migrations", *PURSUIT_TABLES) if t not in tables]
            if missing:
                raise BadInput(f"not a Pursuit database (no table {missing[0]})", where=str(path))
            applied = {(app, name) for app, name in db.execute(
                "SELECT app, name FROM django_migrations")}
        db.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput(f"damaged: {exc}", where=str(path)) from None
    _check_migrations(path, applied)


def check_pg_backup(path: Path) -> None:
    pg_restore = _tool("pg_restore")
    listing = _run([pg_restore, "--list", str(path)], "reading the archive").stdout.decode()
    tables = set(re.findall(r"^\d+; \d+ \d+ TABLE public (\S+) ", listing, flags=re.MULTILINE))
    missing = [t for t in ("django_migrations", *PURSUIT_TABLES) if t not in tables]
    if missing:
        raise BadInput(f"not a Pursuit database (no table {missing[0]})", where=str(path))
    data = _run([pg_restore, "--data-only", "--table=django_migrations", "--file=-", str(path)],
                "reading the archive's migrations").stdout.decode()
    block = re.search(r"^COPY public\.django_migrations \((.*?)\) FROM stdin;\n(.*?)^\\\.$",
                      data, flags=re.MULTILINE | re.DOTALL)
    if not block:
        raise BadInput("not a Pursuit database (no migrations recorded)", where=str(path))
    columns = [c.strip() for c in block[1].split(",")]
    app_at, name_at = columns.index("app"), columns.index("name")
    applied = set()
    for line in block[2].splitlines():
        fields = line.split("\t")
        applied.add((fields[app_at], fields[name_at]))
    _check_migrations(path, applied)


# --- restore ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Restore:
    database: str
    path: Path
    previous: Path | None  # the copy of the database as it was, to undo the restore

    def to_json(self) -> dict[str, Any]:
        return {"database": self.database, "restored": str(self.path),
                "previous": str(self.previous) if self.previous else None}


def restore_database(path: Path) -> Restore:
    """Check `path`, copy the current database aside, and put the backup in its place."""
    kind = engine()
    found = backup_kind(path)
    if found != kind:
        raise BadInput(f"a {found} backup cannot go into the configured {kind} database "
                       "(to move between them, use pursuit export --format json and "
                       "pursuit import)", where=str(path))
    if kind == "sqlite":
        check_sqlite_backup(path)
    else:
        check_pg_backup(path)
    with exclusive_lock():
        if kind == "postgresql":
            _refuse_other_clients()
        previous = _copy_current(kind)
        connections.close_all()
        if kind == "sqlite":
            _restore_sqlite(path)
        else:
            _restore_pg(path)
    return Restore(kind, path, previous)


def _copy_current(kind: str) -> Path | None:
    if kind == "sqlite" and not (sqlite_path().exists() and sqlite_path().stat().st_size):
        return None
    backups_dir().mkdir(mode=0o700, exist_ok=True)
    return backup_database(default_output(kind, prefix="before-restore")).path


def _restore_sqlite(path: Path) -> None:
    target = sqlite_path()
    with (sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source,
          sqlite3.connect(target, timeout=20) as live):
        source.backup(live)
        (problem,) = live.execute("PRAGMA quick_check").fetchone()
    source.close()
    live.close()
    if problem != "ok":
        raise BadInput(f"the restored database fails its check: {problem}", where=str(target))


def _refuse_other_clients() -> None:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(
            "SELECT count(*), string_agg(DISTINCT coalesce(nullif(application_name, ''), "
            "client_addr::text, 'local'), ', ') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'")
        count, who = cursor.fetchone()
    connections.close_all()
    if count:
        raise BadInput(f"{count} other client(s) are connected to this database ({who}): stop "
                       "Pursuit's web and workers everywhere first", where="restore")


def _restore_pg(path: Path) -> None:
    pg_restore, psql = _tool("pg_restore"), _tool("psql")
    with tempfile.TemporaryDirectory(prefix="pursuit-restore-") as work:
        script = Path(work) / "restore.sql"
        _run([pg_restore, "--no-owner", "--no-privileges", f"--file={script}", str(path)],
             "pg_restore")
        drop = Path(work) / "drop.sql"
        # Every table of the schema goes first, those of later migrations too, in the same
        # transaction as the restore itself (psql --single-transaction around both files).
        drop.write_text(
            "DO $$ DECLARE t record; BEGIN\n"
            "  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP\n"
            "    EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', t.tablename);\n"
            "  END LOOP;\n"
            "END $$;\n", encoding="utf-8")
        _run([psql, "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1",
              f"--file={drop}", f"--file={script}"], "psql")
