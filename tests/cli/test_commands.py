"""The `pursuit` commands, run as a user runs them: a fresh process and data directory."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_pursuit

EXAMPLE = {
    "id": "cadence-md-example",
    "candidate": {"name": "Jordan Rivera", "timezone": "America/Denver"},
    "employer": {"name": "Larchmont Analytics", "preferred_channel": "no_preference",
                 "mailing_address": "200 W Madison St, Chicago, IL 60606"},
    "interviews": [{"round": 1, "start": "2025-10-17T15:00:00-06:00",
                    "end": "2025-10-17T16:00:00-06:00", "timezone": "America/Denver",
                    "format": "onsite",
                    "interviewers": [{"name": "Priya Raman", "title": "Data Platform Manager",
                                      "email": "priya@larchmont.example",
                                      "hiring_manager": True}]}],
    "references": [{"name": "Tom Alvarez", "email": "tom@acme.example",
                    "relationship": "former manager", "alerted_on": None}],
    "holidays": [],
    "events": [],
    "horizon_end": "2025-11-05",
}


def write(tmp_path: Path, data: object, name: str = "scenario.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_plan_prints_the_cadence_md_example(tmp_path: Path, pursuit_home: Path) -> None:
    result = run_pursuit("plan", str(write(tmp_path, EXAMPLE)), "--json", home=pursuit_home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    rows = [(p["type"], p["to"], p["channel"], p.get("date"), p.get("not_before"),
             p.get("deadline"), p.get("week")) for p in out["plan"]]
    assert rows == [
        ("reference_alert", "Tom Alvarez", "email", "2025-10-17", None, None, None),
        ("thank_you_email", "Priya Raman", "email", None, "2025-10-17T16:00:00-06:00",
         "2025-10-20T09:00:00-06:00", None),
        ("postal_letter", "Priya Raman", "post", "2025-10-20", None, None, None),
        ("follow_up_call", "Priya Raman", "phone", "2025-10-22", None, None, None),
        ("weekly_follow_up", "Priya Raman", "email", "2025-10-29", None, None, 1),
        ("weekly_follow_up", "Priya Raman", "phone", "2025-11-05", None, None, 2),
    ]
    assert out["cancelled"] == [] and out["warnings"] == []


def test_plan_without_json_flag_prints_the_same(tmp_path: Path, pursuit_home: Path) -> None:
    path = str(write(tmp_path, EXAMPLE))
    with_flag = run_pursuit("plan", path, "--json", home=pursuit_home)
    without = run_pursuit("plan", path, home=pursuit_home)
    assert json.loads(with_flag.stdout) == json.loads(without.stdout)


def test_plan_names_the_bad_field(tmp_path: Path, pursuit_home: Path) -> None:
    bad = json.loads(json.dumps(EXAMPLE))
    bad["interviews"][0]["end"] = "2025-10-17T14:00:00-06:00"
    result = run_pursuit("plan", str(write(tmp_path, bad)), "--json", home=pursuit_home)
    assert result.returncode == 2
    assert "interviews[0].end" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_plan_names_the_line_of_broken_json(tmp_path: Path, pursuit_home: Path) -> None:
    path = write(tmp_path, '{"id": "x",\n "interviews": [\n}')
    result = run_pursuit("plan", str(path), home=pursuit_home)
    assert result.returncode == 2
    assert f"{path}:3" in result.stderr and "Traceback" not in result.stderr


def test_plan_of_a_missing_file(tmp_path: Path, pursuit_home: Path) -> None:
    result = run_pursuit("plan", str(tmp_path / "nope.json"), home=pursuit_home)
    assert result.returncode == 2 and "nope.json" in result.stderr


def test_createuser_and_its_refusals(pursuit_home: Path) -> None:
    ok = run_pursuit("createuser", "ann@example.com", "--password-stdin", "--json",
                     home=pursuit_home, stdin="a long passphrase 93\n")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["email"] == "ann@example.com"
    again = run_pursuit("createuser", "ann@example.com", "--password-stdin",
                        home=pursuit_home, stdin="another passphrase 93\n")
    assert again.returncode == 2 and "already exists" in again.stderr
    weak = run_pursuit("createuser", "bob@example.com", "--password-stdin",
                       home=pursuit_home, stdin="password\n")
    assert weak.returncode == 2 and "too weak" in weak.stderr
    # One sentence of ours, not ours followed by Django's ("...: This password is too common.").
    assert ("the password is too weak: it is too short (it must contain at least 10 "
            "characters) and too common\n") in weak.stderr
    assert "This password" not in weak.stderr
    assert "Traceback" not in weak.stderr + again.stderr


def test_demo_twice_replaces_instead_of_duplicating(pursuit_home: Path) -> None:
    first = run_pursuit("demo", "--user", "demo@example.com", "--json", home=pursuit_home)
    assert first.returncode == 0, first.stderr
    loaded = json.loads(first.stdout)
    assert loaded["applications"] >= 12 and "password" in loaded
    second = run_pursuit("demo", "--user", "demo@example.com", "--json", home=pursuit_home)
    assert second.returncode == 0, second.stderr
    assert "password" not in json.loads(second.stdout)  # the account existed: no new password
    today = run_pursuit("today", "--json", home=pursuit_home)
    assert today.returncode == 0, today.stderr
    agenda = json.loads(today.stdout)
    assert agenda["timezone"] == "America/Chicago" and len(agenda["date"]) == 10
    assert agenda["items"], "the demo always has something due"
    for item in agenda["items"]:
        assert {"type", "to", "channel", "due", "overdue", "application", "why"} <= item.keys()
    # Loaded twice, every touch appears once.
    keys = [(i["type"], i["to"], i["application"], i["due"]) for i in agenda["items"]]
    assert len(keys) == len(set(keys))


def test_demo_remove_says_how_much_it_removed(pursuit_home: Path) -> None:
    loaded = json.loads(run_pursuit("demo", "--user", "demo@example.com", "--json",
                                    home=pursuit_home).stdout)
    removed = run_pursuit("demo", "--user", "demo@example.com", "--remove", home=pursuit_home)
    assert removed.returncode == 0, removed.stderr
    assert (f"Removed the demo data of demo@example.com: {loaded['applications']} applications, "
            f"{loaded['contacts']} contacts.") in removed.stdout
    again = run_pursuit("demo", "--user", "demo@example.com", "--remove", "--json",
                        home=pursuit_home)
    assert json.loads(again.stdout)["applications"] == 0  # nothing left to remove


def test_today_needs_an_account(pursuit_home: Path) -> None:
    result = run_pursuit("today", "--json", home=pursuit_home)
    assert result.returncode == 2 and "createuser" in result.stderr


def test_today_with_several_accounts_needs_user(pursuit_home: Path) -> None:
    for email in ("a@example.com", "b@example.com"):
        run_pursuit("createuser", email, "--password-stdin", home=pursuit_home,
                    stdin="a long passphrase 93\n")
    result = run_pursuit("today", "--json", home=pursuit_home)
    assert result.returncode == 2 and "--user" in result.stderr
    named = run_pursuit("today", "--json", "--user", "b@example.com", home=pursuit_home)
    assert named.returncode == 0 and json.loads(named.stdout)["items"] == []
