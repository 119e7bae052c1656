"""Measure `pursuit import` on the evaluation set: the real command, each file on its own.

For every file in expected.json this runs, in a fresh data directory holding one empty
account, `pursuit import FILE --json` and then `pursuit export --format json` (the contract's
own view of what was stored), and compares with the expectation:

- exit status; for a refused file also: nothing on stdout, one line on stderr naming the file,
  no traceback, nothing stored;
- format, created, merged, skipped, the lines of the skipped rows (warnings that start with
  "skipped"), the delimiter the summary reports (CSV files);
- each expected contact, found among the stored ones (the stored contact that agrees on most
  fields, among those sharing a profile, an e-mail or a name with it), field by field:
  right, wrong (a different value) or missing (no value, or no such contact);
- for the files of `near_matches`, the pairs the near-match finder proposes (proposed / not
  proposed), and the pairs it must not propose.

Names are compared as the contact page shows them: the prefix, then the stored full name
(`{{ contact.prefix }} {{ contact.full_name }}`), then ", credentials" when there are any.

    PYTHONPATH=src .venv/bin/python tests/imports/eval/harness.py [--json OUT] [--jobs 2] [FILE...]

prints a table per file and the totals. This measures; it changes nothing in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected.json"
EMAIL = "owner@example.com"
RIGHT, WRONG, MISSING = "right", "wrong", "missing"


def load_expected() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def pursuit(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PURSUIT_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "pursuit.cli.main", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=600, check=False)


def make_home_template(root: Path) -> Path:
    home = root / "template"
    home.mkdir(parents=True)
    done = pursuit("createuser", EMAIL, "--password-stdin", home=home,
                   stdin="correct horse battery 42")
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return home


# --- comparing values --------------------------------------------------------------------

def shown_name(contact: dict[str, Any]) -> str:
    """The name as the contact page (web/contacts/detail.html) shows it."""
    name = f"{contact.get('prefix') or ''} {contact.get('full_name') or ''}".strip()
    if contact.get("credentials"):
        name += f", {contact['credentials']}"
    return name


def linkedin_normalised(url: str) -> str:
    """As contracts.md says: no scheme, no `www.`, lower case, no trailing slash, no query."""
    text = url.strip().lower()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^www\.", "", text)
    text = re.split(r"[?#]", text, maxsplit=1)[0]
    return text.rstrip("/")


def phone_key(text: str) -> str:
    """Digits and a leading +: how the eval set says numbers compare."""
    text = text.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    return ("+" if text.startswith("+") else "") + re.sub(r"\D", "", text)


def address_texts(contact: dict[str, Any]) -> list[str]:
    out = []
    for a in contact.get("addresses") or []:
        parts = [a.get(k) or "" for k in ("street", "city", "region", "postal_code", "country")]
        out.append("\n".join(p for p in parts if p))
        out.append(", ".join(p for p in parts if p))
        out.append(" ".join(p for p in parts if p))
    return out


def field_result(key: str, want: Any, got: dict[str, Any]) -> str:
    if key == "full_name":
        value = shown_name(got)
        return RIGHT if value == want else (WRONG if value else MISSING)
    if key == "full_name_contains":
        value = shown_name(got)
        if not value:
            return MISSING
        return RIGHT if value.count(want) == 1 else WRONG
    if key in ("first", "last", "company", "title"):
        value = got.get(key) or ""
        return RIGHT if value == want else (WRONG if value else MISSING)
    if key == "title_contains":
        value = got.get("title") or ""
        if not value:
            return MISSING
        return RIGHT if value.splitlines()[0].strip() == want or want in value else WRONG
    if key == "emails":
        have = {e["address"].strip().casefold() for e in got.get("emails") or []}
        if not have:
            return MISSING
        return RIGHT if have == {w.casefold() for w in want} else WRONG
    if key == "phones":
        wanted = {phone_key(w) for w in want}
        stored = [{phone_key(p.get("as_printed") or ""), p.get("e164") or ""}
                  for p in got.get("phones") or []]
        if not stored:
            return MISSING
        each_stored_wanted = all(keys & wanted for keys in stored)
        each_wanted_stored = all(any(w in keys for keys in stored) for w in wanted)
        return RIGHT if each_stored_wanted and each_wanted_stored else WRONG
    if key == "linkedin":
        value = got.get("linkedin") or ""
        return RIGHT if linkedin_normalised(value) == want else (WRONG if value else MISSING)
    if key == "linkedin_contains":
        value = got.get("linkedin") or ""
        return RIGHT if want in linkedin_normalised(value) else (WRONG if value else MISSING)
    if key == "notes_contains":
        value = got.get("notes") or ""
        return RIGHT if want in value else (WRONG if value else MISSING)
    if key == "address_contains":
        texts = address_texts(got)
        return RIGHT if any(want in t for t in texts) else (WRONG if texts else MISSING)
    if key == "connected_on":
        value = got.get("connected_on") or ""
        return RIGHT if value == want else (WRONG if value else MISSING)
    raise KeyError(key)


def _related(want: dict[str, Any], got: dict[str, Any]) -> bool:
    """The stored contact could be this person: shares a profile, an e-mail or a name."""
    if "linkedin" in want and linkedin_normalised(got.get("linkedin") or "") == want["linkedin"]:
        return True
    mails = {e["address"].casefold() for e in got.get("emails") or []}
    if mails & {m.casefold() for m in want.get("emails", [])}:
        return True
    names = {want.get("full_name"), want.get("first"), want.get("last")} - {None, ""}
    stored = {shown_name(got), got.get("full_name"), got.get("first"), got.get("last")}
    if names & stored:
        return True
    part = want.get("full_name_contains")
    return bool(part and part in shown_name(got))


def match_contacts(wanted: list[dict[str, Any]],
                   stored: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """For each expected contact the stored one that agrees on most fields (each used once)."""
    used: set[int] = set()
    found: list[dict[str, Any] | None] = []
    for want in wanted:
        best, best_score = None, -1
        for n, got in enumerate(stored):
            if n in used or not _related(want, got):
                continue
            score = sum(field_result(k, v, got) == RIGHT for k, v in want.items())
            if score > best_score:
                best, best_score = n, score
        if best is None:
            found.append(None)
        else:
            used.add(best)
            found.append(stored[best])
    return found


# --- one file ------------------------------------------------------------------------------

@dataclass
class FileResult:
    file: str
    checks: dict[str, bool] = field(default_factory=dict)  # exit, format, created, ...
    fields: Counter[str] = field(default_factory=Counter)  # right / wrong / missing
    field_problems: list[str] = field(default_factory=list)
    near: dict[str, list[str]] = field(default_factory=dict)  # proposed, missed, wrongly
    notes: list[str] = field(default_factory=list)
    summary: dict[str, Any] | None = None

    @property
    def problems(self) -> list[str]:
        out = [f"{name}: {'; '.join(self.notes_for(name))}" if self.notes_for(name) else name
               for name, ok in self.checks.items() if not ok]
        out += self.field_problems
        out += [f"near match not proposed: {p}" for p in self.near.get("missed", [])]
        out += [f"near match proposed wrongly: {p}" for p in self.near.get("wrongly", [])]
        return out

    def notes_for(self, check: str) -> list[str]:
        return [n.split(": ", 1)[1] for n in self.notes if n.startswith(check + ": ")]

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "checks": self.checks, "fields": dict(self.fields),
                "problems": self.problems, "near": self.near}


def evaluate_file(entry: dict[str, Any], template: Path, work: Path,
                  near_groups: dict[str, dict[str, Any]]) -> FileResult:
    name = entry["file"]
    result = FileResult(name)
    home = work / re.sub(r"\W", "_", name)
    shutil.copytree(template, home)
    path = HERE / name
    done = pursuit("import", str(path), "--json", home=home)
    exported = pursuit("export", "--format", "json", home=home)
    contacts = json.loads(exported.stdout)["contacts"] if exported.returncode == 0 else []

    result.checks["exit"] = done.returncode == entry["exit"]
    if done.returncode != entry["exit"]:
        result.notes.append(f"exit: got {done.returncode}, stderr {done.stderr.strip()[:300]!r}")
    if entry["exit"] == 2:
        lines = done.stderr.strip().splitlines()
        one_line = (done.stdout == "" and len(lines) == 1 and path.name in lines[0]
                    and "Traceback" not in done.stderr)
        result.checks["message"] = one_line
        if not one_line:
            result.notes.append(f"message: stderr {done.stderr.strip()[:300]!r}")
        result.checks["nothing stored"] = not contacts
        return result
    if done.returncode != 0:
        result.fields[MISSING] += sum(len(c) for c in entry["contacts"])
        return result
    summary = json.loads(done.stdout)
    result.summary = summary
    for key in ("format", "created", "merged", "skipped"):
        ok = summary.get(key) == entry[key]
        result.checks[key] = ok
        if not ok:
            result.notes.append(f"{key}: got {summary.get(key)!r}, expected {entry[key]!r}")
    skipped_lines = sorted(w["line"] for w in summary.get("warnings", [])
                           if w["message"].casefold().startswith("skipped"))
    ok = skipped_lines == sorted(entry["skipped_lines"])
    result.checks["skipped lines"] = ok
    if not ok:
        result.notes.append(f"skipped lines: got {skipped_lines}, expected "
                            f"{entry['skipped_lines']}")
    if "delimiter" in entry:
        ok = summary.get("delimiter") == entry["delimiter"]
        result.checks["delimiter"] = ok
        if not ok:
            result.notes.append(f"delimiter: got {summary.get('delimiter')!r}, expected "
                                f"{entry['delimiter']!r}")
    for want, got in zip(entry["contacts"], match_contacts(entry["contacts"], contacts),
                         strict=True):
        label = want.get("full_name") or want.get("full_name_contains") or (
            f"{want.get('first', '')} {want.get('last', '')}".strip())
        for key, value in want.items():
            outcome = MISSING if got is None else field_result(key, value, got)
            result.fields[outcome] += 1
            if outcome != RIGHT:
                have = "no such contact" if got is None else _shown_value(key, got)
                result.field_problems.append(f"{label}: {key} {outcome} (expected {value!r}, "
                                             f"stored {have})")
    group = near_groups.get(name)
    if group is not None:
        found = pursuit_near(home)
        proposed = {frozenset((p["first"], p["second"])): p["why"] for p in found}
        result.near = {"proposed": [], "missed": [], "kept apart": [], "wrongly": []}
        for a, b in group["pairs"]:
            key = frozenset((a, b))
            if key in proposed:
                result.near["proposed"].append(f"{a} / {b}: {proposed[key]}")
            else:
                result.near["missed"].append(f"{a} / {b}")
        for a, b in group["not_pairs"]:
            key = frozenset((a, b))
            if key in proposed:
                result.near["wrongly"].append(f"{a} / {b}: {proposed[key]}")
            else:
                result.near["kept apart"].append(f"{a} / {b}")
    return result


def _shown_value(key: str, got: dict[str, Any]) -> str:
    if key.startswith("full_name"):
        return repr(shown_name(got))
    if key == "title_contains":
        return repr(got.get("title"))
    if key == "emails":
        return repr(sorted(e["address"] for e in got.get("emails") or []))
    if key == "phones":
        return repr([p.get("as_printed") for p in got.get("phones") or []])
    if key == "notes_contains":
        return repr((got.get("notes") or "")[:200])
    if key == "address_contains":
        return repr(address_texts(got)[:1])
    if key == "linkedin_contains":
        return repr(got.get("linkedin"))
    return repr(got.get(key))


def pursuit_near(home: Path) -> list[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PURSUIT_HOME"] = str(home)
    done = subprocess.run([sys.executable, str(HERE / "near_pairs.py")], capture_output=True,
                          text=True, env=env, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def evaluate(files: list[str] | None = None, jobs: int = 2) -> list[FileResult]:
    expected = load_expected()
    entries = [e for e in expected["files"] if not files or e["file"] in files
               or Path(e["file"]).name in files]
    near_groups = {g["file"]: g for g in expected.get("near_matches", [])}
    work = Path(tempfile.mkdtemp(prefix="pursuit-eval-"))
    try:
        template = make_home_template(work)
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(lambda e: evaluate_file(e, template, work, near_groups),
                                 entries))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- the report ----------------------------------------------------------------------------

def report(results: list[FileResult]) -> str:
    lines = []
    totals: Counter[str] = Counter()
    checks: Counter[str] = Counter()
    checks_total: Counter[str] = Counter()
    near: Counter[str] = Counter()
    width = max(len(Path(r.file).name) for r in results)
    lines.append(f"{'file':<{width}}  checks  fields right/wrong/missing  near")
    for r in results:
        ok = sum(r.checks.values())
        totals.update(r.fields)
        for name, passed in r.checks.items():
            checks_total[name] += 1
            checks[name] += passed
        for kind, pairs in r.near.items():
            near[kind] += len(pairs)
        fields = (f"{r.fields[RIGHT]:>3}/{r.fields[WRONG]:>2}/{r.fields[MISSING]:>2}"
                  if r.fields else "       -")
        near_text = (f"{len(r.near['proposed'])}/{len(r.near['proposed']) + len(r.near['missed'])}"
                     f" proposed, {len(r.near['wrongly'])} wrongly" if r.near else "")
        lines.append(f"{Path(r.file).name:<{width}}  {ok:>2}/{len(r.checks):<2}   "
                     f"{fields:<26}  {near_text}")
        for problem in r.problems:
            lines.append(f"    - {problem}")
        for pair in r.near.get("proposed", []):
            lines.append(f"    + proposed {pair}")
    lines.append("")
    files_ok = sum(1 for r in results if not r.problems)
    lines.append(f"files with no problem: {files_ok}/{len(results)}")
    lines.append("checks: " + ", ".join(f"{name} {checks[name]}/{checks_total[name]}"
                                        for name in checks_total))
    total_fields = sum(totals.values())
    if total_fields:
        lines.append(f"contact fields: {totals[RIGHT]}/{total_fields} right "
                     f"({100 * totals[RIGHT] / total_fields:.1f}%), {totals[WRONG]} wrong, "
                     f"{totals[MISSING]} missing")
    if near:
        lines.append(f"near matches: {near['proposed']}/{near['proposed'] + near['missed']} "
                     f"pairs proposed, {near['wrongly']}/{near['wrongly'] + near['kept apart']} "
                     "not-pairs proposed wrongly")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="only these files (name or files/NAME)")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    results = evaluate(args.files or None, args.jobs)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps([r.to_json() for r in results], indent=1,
                                              ensure_ascii=False), encoding="utf-8")
    return 0 if all(not r.problems for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
