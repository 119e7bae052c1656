#!/usr/bin/env python3
"""Sanity check of expected.json against the files (not of the importer).

Checks that every listed file exists and every file is listed, that each entry has its keys,
that the counts add up, and, reading the files with Python's own csv module and a small
vCard reader, that the number of rows or cards equals created + merged + skipped, that every
skipped line is the first line of a row or card without a name, and that every expected
value (names, company, title, e-mails, phones, notes, address) occurs in the file.
Prints the counts. Exit status 1 when something is wrong.

    python tests/imports/eval/check_expected.py
"""

from __future__ import annotations

import csv
import io
import json
import quopri
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FORMATS = {"linkedin", "google", "vcard"}
DELIMITERS = {",", ";", "\t"}
ENCODINGS = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "utf-16-le-bom": "utf-16",
             "windows-1252": "cp1252", "ascii": "ascii"}
CONTACT_KEYS = {"full_name", "full_name_contains", "first", "last", "company", "title",
                "title_contains", "emails", "phones", "linkedin", "linkedin_contains",
                "notes_contains", "address_contains", "connected_on"}
NAME_COLUMNS = ("First Name", "Last Name", "Name", "Given Name", "Family Name")

problems: list[str] = []


def problem(entry: str, text: str) -> None:
    problems.append(f"{entry}: {text}")


def csv_records(text: str, delim: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and [(first physical line, row)] after the header line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    before = 0
    for values in reader:
        start = before + 1
        before = reader.line_num
        if header is None:
            if values and values[0] in ("First Name", "Name"):
                header = values
            continue
        if len(values) != len(header):
            raise ValueError(f"line {start}: {len(values)} fields, header has {len(header)}")
        rows.append((start, dict(zip(header, values, strict=True))))
    if header is None:
        raise ValueError("no header line")
    return header, rows


def vcard_text(text: str, charset: str) -> tuple[list[int], list[str], str]:
    """BEGIN:VCARD lines, each card's names (FN and N) and a searchable text of values."""
    lines = text.splitlines(keepends=False)
    begins = [i + 1 for i, line in enumerate(lines) if line.strip().upper() == "BEGIN:VCARD"]
    # join quoted-printable soft line breaks, then RFC folding
    joined = re.sub(r"=\r?\n", "", text) if "QUOTED-PRINTABLE" in text.upper() else text
    unfolded = re.sub(r"\r?\n[ \t]", "", joined.replace("\r\n", "\n"))
    values: list[str] = []
    names: list[str] = []
    for line in unfolded.split("\n"):
        if ":" not in line:
            continue
        head, value = line.split(":", 1)
        params = head.upper().split(";")
        if "ENCODING=QUOTED-PRINTABLE" in params:
            raw = value.encode("latin-1") if charset == "cp1252" else value.encode("ascii")
            cs = "cp1252" if "CHARSET=WINDOWS-1252" in params else "utf-8"
            value = quopri.decodestring(raw).decode(cs)
        value = (value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
                 .replace("\\;", ";").replace("\\:", ":").replace("\\\\", "\\"))
        prop = params[0].split(".")[-1]
        if prop == "BEGIN":
            names.append("")
        if prop in ("FN", "N"):
            names[-1] += value.replace(";", "")
        values.append(value)
    return begins, names, "\n".join(values)


def check_entry(entry: dict[str, Any], seen: Counter[str]) -> None:
    name = entry.get("file", "?")
    seen[name] += 1
    path = HERE / name
    if not path.is_file():
        problem(name, "file missing")
        return
    if entry.get("exit") == 2:
        if not entry.get("reason"):
            problem(name, "exit 2 without a reason")
        if entry.get("contacts"):
            problem(name, "exit 2 with contacts")
        return
    if entry.get("exit") != 0:
        problem(name, f"exit is {entry.get('exit')!r}")
        return
    for key in ("format", "created", "merged", "skipped", "skipped_lines", "contacts",
                "encoding"):
        if key not in entry:
            problem(name, f"missing key {key}")
            return
    fmt = entry["format"]
    if fmt not in FORMATS:
        problem(name, f"unknown format {fmt}")
    if len(entry["skipped_lines"]) != entry["skipped"]:
        problem(name, "skipped_lines and skipped disagree")
    if len(entry["contacts"]) != entry["created"]:
        problem(name, f"{len(entry['contacts'])} contacts listed, created is {entry['created']}")
    total = entry["created"] + entry["merged"] + entry["skipped"]
    text = path.read_bytes().decode(ENCODINGS[entry["encoding"]])

    if fmt == "vcard":
        begins, names, searchable = vcard_text(text, ENCODINGS[entry["encoding"]])
        if len(begins) != total:
            problem(name, f"{len(begins)} cards, expected rows add up to {total}")
        for line in entry["skipped_lines"]:
            if line not in begins:
                problem(name, f"skipped line {line} is not a BEGIN:VCARD line")
            elif names[begins.index(line)].strip():
                problem(name, f"skipped card at line {line} has a name")
        for line, card_name in zip(begins, names, strict=True):
            if line not in entry["skipped_lines"] and not card_name.strip():
                problem(name, f"card at line {line} has no name but is not skipped")
    else:
        delim = entry.get("delimiter")
        if delim not in DELIMITERS:
            problem(name, f"delimiter {delim!r}")
            return
        try:
            _, rows = csv_records(text, delim)
        except ValueError as exc:
            problem(name, str(exc))
            return
        if len(rows) != total:
            problem(name, f"{len(rows)} data rows, expected rows add up to {total}")
        starts = {line: row for line, row in rows}
        for line in entry["skipped_lines"]:
            if line not in starts:
                problem(name, f"skipped line {line} does not start a row")
            elif any(starts[line].get(col) for col in NAME_COLUMNS):
                problem(name, f"skipped row at line {line} has a name")
        for line, row in rows:
            if line not in entry["skipped_lines"] and not any(row.get(c) for c in NAME_COLUMNS):
                problem(name, f"row at line {line} has no name but is not skipped")
        searchable = "\n".join(v for _, row in rows for v in row.values())

    lowered = searchable.lower()
    for contact in entry["contacts"]:
        extra = set(contact) - CONTACT_KEYS
        if extra:
            problem(name, f"unknown contact keys {sorted(extra)}")
        if not {"full_name", "full_name_contains", "first", "last"} & set(contact):
            problem(name, f"contact without a name: {contact}")
        strings = [contact.get(k) for k in ("first", "last", "company", "title",
                                             "title_contains", "notes_contains",
                                             "address_contains")]
        strings += contact.get("full_name_contains", "").split()
        strings += contact.get("phones", [])
        for value in filter(None, strings):
            if value not in searchable:
                problem(name, f"{value!r} does not occur in the file")
        for mail in contact.get("emails", []):
            if mail.lower() not in lowered:
                problem(name, f"e-mail {mail!r} does not occur in the file")
        for key in ("linkedin", "linkedin_contains"):
            if key in contact:
                slug = contact[key].rsplit("/", 1)[-1]
                if not contact[key].startswith(("linkedin.com/in/", "linkedin.com/in")) \
                        or slug not in lowered:
                    problem(name, f"linkedin {contact[key]!r} not found or not normalised")
        if "connected_on" in contact and not re.fullmatch(r"\d{4}-\d\d-\d\d",
                                                          contact["connected_on"]):
            problem(name, f"connected_on {contact['connected_on']!r} is not ISO")


def main() -> int:
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    seen: Counter[str] = Counter()
    for entry in expected["files"]:
        check_entry(entry, seen)
    on_disk = {f"files/{p.name}" for p in (HERE / "files").iterdir()}
    for name in sorted(on_disk - set(seen)):
        problem(name, "not listed in expected.json")
    for name, count in seen.items():
        if count > 1:
            problem(name, f"listed {count} times")

    by_file = {e["file"]: e for e in expected["files"]}
    for group in expected.get("near_matches", []):
        entry = by_file.get(group["file"])
        if entry is None:
            problem(group["file"], "near_matches file not in files")
            continue
        names = {c.get("full_name") for c in entry["contacts"]}
        for pair in group["pairs"] + group["not_pairs"]:
            for person in pair:
                if person not in names:
                    problem(group["file"], f"near-match name {person!r} is not a contact")

    ok = [e for e in expected["files"] if e.get("exit") == 0]
    bad = [e for e in expected["files"] if e.get("exit") == 2]
    formats = Counter(e["format"] for e in ok)
    print(f"files: {len(expected['files'])} ({len(ok)} importable, {len(bad)} exit 2)")
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))
    print("delimiters: " + ", ".join(
        f"{k!r} {v}" for k, v in sorted(Counter(e["delimiter"] for e in ok
                                                if "delimiter" in e).items())))
    print("encodings: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(e["encoding"] for e in ok).items())))
    print(f"created {sum(e['created'] for e in ok)}, merged {sum(e['merged'] for e in ok)}, "
          f"skipped {sum(e['skipped'] for e in ok)}, "
          f"contacts described {sum(len(e['contacts']) for e in ok)}")
    near = expected.get("near_matches", [])
    print(f"near matches: {sum(len(g['pairs']) for g in near)} pairs, "
          f"{sum(len(g['not_pairs']) for g in near)} not-pairs in {len(near)} files")
    for line in problems:
        print("PROBLEM", line)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
