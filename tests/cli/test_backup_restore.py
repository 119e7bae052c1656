"""`pursuit backup` and `pursuit restore`, as an operator runs them: every table comes back as
it was, a bad file is refused before anything is replaced, and so is a restore under a
running Pursuit. On SQLite always; on PostgreSQL in the suite's PostgreSQL pass."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_pursuit
from tests.server import running_server

Snapshot = dict[str, list[tuple[Any, ...]]]
POSTGRES_URL = os.environ.get("DATABASE_URL", "")


def sqlite_snapshot(path: Path) -> Snapshot:
    """Every row of every table, sorted: the whole content of the database."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        # Table names come from the database itself, not from input.
        snapshot = {t: sorted(db.execute(f'SELECT * FROM "{t}"'), key=repr)  # noqa: S608
                    for t in tables}
    db.close()
    return snapshot


def pursuit(home: Path, *args: str, env: dict[str, str] | None = None,
            expect: int = 0) -> Any:
    result = run_pursuit(*args, home=home, extra_env=env)
    assert result.returncode == expect, result.stderr
    if expect:
        assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
        return result.stderr
    return json.loads(result.stdout) if "--json" in args else result.stdout


def createuser(home: Path, email: str, env: dict[str, str] | None = None) -> None:
    result = run_pursuit("createuser", email, "--password-stdin", home=home,
                         stdin="a long passphrase 93\n", extra_env=env)
    assert result.returncode == 0, result.stderr


def change_everything(home: Path, env: dict[str, str] | None = None) -> None:
    """After the backup: the demo data removed, and a new account."""
    pursuit(home, "demo", "--user", "demo@example.com", "--remove", "--json", env=env)
    createuser(home, "late@example.com", env)


def test_sqlite_backup_and_restore_round_trip(pursuit_home: Path) -> None:
    pursuit(pursuit_home, "demo", "--user", "demo@example.com", "--json")
    database = pursuit_home / "pursuit.sqlite3"
    before = sqlite_snapshot(database)
    assert len(before["cadence_touch"]) > 10 and len(before) > 20
    made = pursuit(pursuit_home, "backup", "--json")
    backup = Path(made["output"])
    assert made["database"] == "sqlite" and backup.parent == pursuit_home / "backups"
    assert backup.stat().st_mode & 0o777 == 0o600
    assert sqlite_snapshot(backup) == before
    change_everything(pursuit_home)
    changed = sqlite_snapshot(database)
    assert changed != before and len(changed["accounts_user"]) == 2

    restored = pursuit(pursuit_home, "restore", str(backup), "--json")
    assert sqlite_snapshot(database) == before  # every table, every row
    # The database as it was before the restore is kept, to undo it.
    assert sqlite_snapshot(Path(restored["previous"])) == changed
    today = pursuit(pursuit_home, "today", "--json")
    assert today["items"]


def test_backup_to_a_named_file_and_keeping_the_newest(pursuit_home: Path,
                                                        tmp_path: Path) -> None:
    createuser(pursuit_home, "a@example.com")
    named = pursuit(pursuit_home, "backup", "--output", str(tmp_path / "b.sqlite3"), "--json")
    assert Path(named["output"]).stat().st_size == named["bytes"] > 0
    backups = pursuit_home / "backups"
    backups.mkdir()
    for stamp in ("20250101T000000Z", "20250102T000000Z", "20250103T000000Z"):
        (backups / f"pursuit-{stamp}.sqlite3").write_bytes(b"")
    (backups / "before-restore-20250101T000000Z.sqlite3").write_bytes(b"")
    kept = pursuit(pursuit_home, "backup", "--keep", "2", "--json")
    assert sorted(Path(p).name for p in kept["removed"]) == [
        "pursuit-20250101T000000Z.sqlite3", "pursuit-20250102T000000Z.sqlite3"]
    assert sorted(p.name for p in backups.iterdir()) == [
        "before-restore-20250101T000000Z.sqlite3", "pursuit-20250103T000000Z.sqlite3",
        Path(kept["output"]).name]


def test_a_bad_backup_is_refused_before_anything_changes(pursuit_home: Path,
                                                         tmp_path: Path) -> None:
    pursuit(pursuit_home, "demo", "--user", "demo@example.com", "--json")
    database = pursuit_home / "pursuit.sqlite3"
    before = sqlite_snapshot(database)
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n")
    assert "not a Pursuit backup" in pursuit(pursuit_home, "restore", str(text), expect=2)
    assert "no such file" in pursuit(pursuit_home, "restore", str(tmp_path / "x"), expect=2)

    other = tmp_path / "other.sqlite3"  # a SQLite database, but not Pursuit's
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    assert "not a Pursuit database" in pursuit(pursuit_home, "restore", str(other), expect=2)

    newer = Path(pursuit(pursuit_home, "backup", "--json")["output"])
    with sqlite3.connect(newer) as db:
        db.execute("INSERT INTO django_migrations (app, name, applied) "
                   "VALUES ('accounts', '9999_from_the_future', '2030-01-01')")
    db.close()
    message = pursuit(pursuit_home, "restore", str(newer), expect=2)
    assert "newer Pursuit" in message and "accounts.9999_from_the_future" in message

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(Path(pursuit(pursuit_home, "backup", "--json")["output"]).read_bytes())
    data[4096 * 3:4096 * 6] = b"\xff" * (4096 * 3)  # three pages of garbage
    damaged.write_bytes(bytes(data))
    assert "damaged" in pursuit(pursuit_home, "restore", str(damaged), expect=2)
    assert sqlite_snapshot(database) == before
    assert not list((pursuit_home / "backups").glob("before-restore-*"))


def test_a_restore_under_a_running_instance_is_refused(pursuit_home: Path) -> None:
    createuser(pursuit_home, "a@example.com")
    backup = pursuit(pursuit_home, "backup", "--json")["output"]
    with running_server(pursuit_home):  # pursuit serve, with its worker
        message = pursuit(pursuit_home, "restore", backup, expect=2)
        assert "Pursuit is running on this database" in message
        assert "running.lock" in message
    # Stopped, the same restore goes through.
    assert pursuit(pursuit_home, "restore", backup, "--json")["database"] == "sqlite"


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL.startswith("postgres"),
                    reason="needs the PostgreSQL server of the suite's second pass")
def test_postgresql_backup_and_restore_round_trip(pursuit_home: Path) -> None:
    import psycopg

    env = {"DATABASE_URL": POSTGRES_URL}

    def snapshot() -> Snapshot:
        with psycopg.connect(POSTGRES_URL) as db:
            tables = [row[0] for row in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
            result: Snapshot = {
                t: sorted(db.execute(f'SELECT * FROM public."{t}"'), key=repr)  # type: ignore[call-overload]  # noqa: S608,E501
                for t in tables}
            result["(sequences)"] = sorted(db.execute(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"))
        return result

    pursuit(pursuit_home, "demo", "--user", "demo@example.com", "--json", env=env)
    before = snapshot()
    assert len(before["cadence_touch"]) > 10
    made = pursuit(pursuit_home, "backup", "--json", env=env)
    assert made["database"] == "postgresql" and made["output"].endswith(".dump")
    change_everything(pursuit_home, env)
    changed = snapshot()
    assert changed != before

    # Another client on the database (a web server on another machine, say): refused.
    with psycopg.connect(POSTGRES_URL, application_name="elsewhere"):
        message = pursuit(pursuit_home, "restore", made["output"], env=env, expect=2)
        assert "other client(s) are connected to this database (elsewhere)" in message
    assert snapshot() == changed

    restored = pursuit(pursuit_home, "restore", made["output"], "--json", env=env)
    assert snapshot() == before  # every table and sequence
    assert Path(restored["previous"]).name.startswith("before-restore-")
    # A SQLite backup cannot go into PostgreSQL: refused, naming the file.
    sqlite_home = pursuit_home.parent / "sqlite-home"
    sqlite_home.mkdir()
    createuser(sqlite_home, "a@example.com")
    sqlite_backup = pursuit(sqlite_home, "backup", "--json")["output"]
    message = pursuit(pursuit_home, "restore", sqlite_backup, env=env, expect=2)
    assert "sqlite backup cannot go into the configured postgresql database" in message
    assert snapshot() == before
