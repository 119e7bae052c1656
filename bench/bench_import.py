"""Import speed and memory (issue 6).

1. A 30,000-row LinkedIn Connections.csv (with its Notes: preamble) through the whole import
   (decode, detect, parse, match duplicates, write contacts, e-mails, sources in one
   transaction), against a bare sqlite3 `executemany` of the same rows, in the same run:
   - the baseline judged: the rows the import stores (30,000 contacts, their e-mails and
     sources, values built beforehand) inserted with executemany into a fresh file holding
     Pursuit's schema (its indexes and all), in one transaction, same pragmas;
   - shown for reference: the 30,000 CSV rows into a 7-column table with no index. Inserting
     into the real contacts table alone costs about 5 times that (25 columns, 4 indexes), so
     this one measures SQLite's schema more than the importer.
   PASS when the import takes at most 10 times the judged baseline.
2. A 20 MiB file (about 220,000 rows: short profile slugs, few e-mails, as in real exports)
   through the real `pursuit import` command in a child
   process: wall time and peak RSS (resource.getrusage of the child), PASS within 120 s and
   1 GiB.

The files are generated here, in a temporary directory, never in the repository.
Run: .venv/bin/python bench/bench_import.py  (exit status 1 on FAIL)
"""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORK = Path(tempfile.mkdtemp(prefix="pursuit-bench-import-"))
os.environ["PURSUIT_HOME"] = str(WORK / "home")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")

import django  # noqa: E402

django.setup()

from pursuit.accounts.models import User  # noqa: E402
from pursuit.archive.services import import_file  # noqa: E402
from pursuit.cli.base import ensure_database  # noqa: E402

RATIO_TARGET = 10.0
BIG_BYTES = 20 * 1024 * 1024
BIG_SECONDS, BIG_RSS = 120.0, 1024 * 1024 * 1024
PREAMBLE = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
            'addresses are missing. You will only see email addresses for connections who have '
            'allowed their connections to see or download their email address using this '
            'setting https://www.linkedin.com/psettings/privacy/email."\n\n')
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
FIRST = ["Ada", "Grace", "Minh", "Chloé", "Rahul", "Renata", "Tomasz", "Oliver", "Priya",
         "Dmitri", "Aisha", "Marcus", "Siobhan", "José", "Mei", "Kwame", "Ingrid", "Omar"]
LAST = ["Okonkwo", "Hopper", "Nguyen", "Martin", "Iyer", "Solberg", "Kowalski", "Bennett",
        "Raman", "Volkov", "Khan", "Lee", "O'Sullivan", "García", "Chen", "Mensah", "Larsen"]
COMPANIES = ["Larchmont Analytics", "Bellweather Freight", "Ferncliff Labs", "Contoso, Inc.",
             "Tailspin Toys", "Northwind Traders", "Alpine Ski House", "Quarry & Pine Health"]
TITLES = ["Data Engineer", "Engineering Manager", "Recruiter", "Head of Platform", "VP, Research",
          "Senior SRE", "Product Manager", "Staff Software Engineer"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rows(count: int, seed: int) -> list[tuple[str, ...]]:
    rnd = random.Random(seed)
    out = []
    for n in range(count):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        slug = f"{first}-{last}-{n:x}".lower().replace("'", "")
        email = f"{slug}@example.com" if rnd.random() < 0.03 else ""
        out.append((first, last, f"https://www.linkedin.com/in/{slug}", email,
                    rnd.choice(COMPANIES), rnd.choice(TITLES),
                    f"{rnd.randint(1, 28):02d} {rnd.choice(MONTHS)} {rnd.randint(2008, 2025)}"))
    return out


def csv_text(data: list[tuple[str, ...]]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(data)
    return PREAMBLE + HEADER + out.getvalue()


def bare_executemany(data: list[tuple[str, ...]]) -> float:
    path = WORK / "bare.sqlite3"
    for leftover in WORK.glob("bare.sqlite3*"):
        leftover.unlink()
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    db.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, first TEXT, last TEXT, url TEXT, "
               "email TEXT, company TEXT, position TEXT, connected_on TEXT)")
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    db.executemany("INSERT INTO person (first, last, url, email, company, position, "
                   "connected_on) VALUES (?, ?, ?, ?, ?, ?, ?)", data)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def same_schema_executemany(data: list[tuple[str, ...]]) -> float:
    """The stored rows into a fresh file with Pursuit's own schema, by bare sqlite3."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE "
                       "'sqlite_%'")
        schema = ";\n".join(row[0] for row in cursor.fetchall())
    path = WORK / "schema.sqlite3"
    for leftover in WORK.glob("schema.sqlite3*"):
        leftover.unlink()
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + schema)
    db.execute("INSERT INTO accounts_user (id, password, is_superuser, email, is_staff, "
               "is_active, date_joined, full_name, is_coach, timezone, country, subdivision, "
               "workday_start, workday_end, pipeline_target, phone, return_address, linkedin, "
               "signature, target_roles, first_name, last_name) VALUES (1, '', 0, 'b@e.x', 0, "
               "1, '2025-01-01', '', 0, 'UTC', 'US', '', '09:00', '17:00', 5, '', '', '', '', "
               "'', '', '')")
    now = "2025-01-01 00:00:00"
    contacts, emails, sources = [], [], []
    for n, (first, last, url, email, company, position, connected) in enumerate(data, 1):
        contacts.append((n, 1, f"{first} {last}", "", first, "", last, "", "", position, None,
                         company, "", "", url, "", "", "", connected, "", None, None, 0, now,
                         now))
        if email:
            emails.append((1, n, email, "other"))
        sources.append((1, n, "linkedin", "Connections.csv", now))
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    db.executemany("INSERT INTO contacts_contact (id, owner_id, full_name, prefix, first, middle, "
                   "last, suffix, credentials, title, organization_id, company, department, "
                   "website, linkedin, twitter, timezone, notes, connected_on, photo, "
                   "paused_until, keep_in_touch_days, is_demo, created_at, updated_at) VALUES "
                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   contacts)
    db.executemany("INSERT INTO contacts_contactemail (owner_id, contact_id, address, type) "
                   "VALUES (?, ?, ?, ?)", emails)
    db.executemany("INSERT INTO contacts_contactsource (owner_id, contact_id, kind, detail, "
                   "added_at) VALUES (?, ?, ?, ?, ?)", sources)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def part_one() -> bool:
    ensure_database()
    data = rows(30_000, seed=1)
    raw = csv_text(data).encode("utf-8")
    user = User.objects.create_user("bench@example.com", "correct horse 42")
    bare = min(bare_executemany(data) for _ in range(3))
    baseline = min(same_schema_executemany(data) for _ in range(3))
    start = time.perf_counter()
    summary = import_file(owner=user, data=raw, filename="Connections.csv")
    elapsed = time.perf_counter() - start
    assert summary.created == 30_000, summary.to_json()
    ratio = elapsed / baseline
    ok = ratio <= RATIO_TARGET
    print(f"30,000-row Connections.csv: pursuit import {elapsed * 1000:.0f} ms; bare sqlite3 "
          f"executemany of the stored rows into Pursuit's schema {baseline * 1000:.0f} ms; "
          f"ratio {ratio:.1f}x (target <= {RATIO_TARGET:.0f}x): {'PASS' if ok else 'FAIL'}")
    print(f"  for reference: the CSV rows into a 7-column table without indexes {bare * 1000:.0f}"
          f" ms, ratio {elapsed / bare:.1f}x")
    return ok


def part_two() -> bool:
    per_row = len(csv_text(rows(1000, seed=2)).encode()) / 1000
    count = int((BIG_BYTES - len(PREAMBLE) - len(HEADER)) / per_row)
    path = WORK / "Connections-big.csv"
    path.write_text(csv_text(rows(count, seed=3)), encoding="utf-8")
    size = path.stat().st_size
    home = WORK / "home-big"
    env = {**os.environ, "PURSUIT_HOME": str(home)}
    command = [sys.executable, "-m", "pursuit.cli.main"]
    subprocess.run([*command, "createuser", "big@example.com", "--password-stdin"],
                   input="correct horse 42", text=True, env=env, check=True, capture_output=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([*command, "import", str(path), "--json"], env=env,
                          capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        print(done.stderr)
        return False
    # ru_maxrss of children is the largest child so far; createuser is far smaller.
    peak = max(peak_kib, before) * 1024
    ok = elapsed <= BIG_SECONDS and peak <= BIG_RSS
    print(f"{size / 2**20:.1f} MiB file, {count:,} rows: {elapsed:.1f} s, peak RSS "
          f"{peak / 2**20:.0f} MiB (targets <= {BIG_SECONDS:.0f} s, <= 1024 MiB): "
          f"{'PASS' if ok else 'FAIL'}")
    return ok


if __name__ == "__main__":
    import shutil

    try:
        results = [part_one(), part_two()]
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(0 if all(results) else 1)
