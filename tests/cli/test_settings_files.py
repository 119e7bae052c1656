"""Settings from files: `$PURSUIT_HOME/.env` and PURSUIT_ENV_FILE are read at start-up, the
environment wins, and `pursuit check` says where each value came from and warns about keys
that Pursuit does not read (a typo)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pursuit.config import KNOWN, SETTINGS, EnvFile, read_env_file, unknown_settings
from tests.conftest import ROOT, run_pursuit


def check_json(home: Path, **env: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`pursuit check --json`: (the whole answer, the settings by name)."""
    result = run_pursuit("check", "--json", home=home, extra_env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    return answer, {row["name"]: row for row in answer["settings"]}


def django_setting(home: Path, name: str, **env: str) -> str:
    """The value Django's settings hold, as `diffsettings` prints it."""
    result = run_pursuit("django-admin", "diffsettings", home=home, extra_env=env)
    assert result.returncode == 0, result.stderr
    match = re.search(rf"^{name} = (.*?)(  ###)?$", result.stdout, flags=re.MULTILINE)
    assert match, result.stdout
    return match[1]


def test_a_value_in_the_data_directorys_env_file_is_read(pursuit_home: Path) -> None:
    (pursuit_home / ".env").write_text(
        "# the career center's server\n"
        "PURSUIT_PLAN_HORIZON_DAYS=45\n"
        'export PURSUIT_BASE_URL="https://pursuit.example.org/"\n', encoding="utf-8")
    answer, settings = check_json(pursuit_home)
    assert answer["env_files"] == [str(pursuit_home / ".env")]
    assert settings["PURSUIT_PLAN_HORIZON_DAYS"] == {
        "name": "PURSUIT_PLAN_HORIZON_DAYS", "source": str(pursuit_home / ".env"),
        "value": "45", "default": "120"}
    assert settings["PURSUIT_BASE_URL"]["value"] == "https://pursuit.example.org/"
    assert settings["PURSUIT_HOME"]["source"] == "environment"
    assert settings["PURSUIT_HTTPS"]["source"] == "default"
    assert settings["PURSUIT_HTTPS"]["value"] is None
    assert django_setting(pursuit_home, "PURSUIT_PLAN_HORIZON_DAYS") == "45"
    assert answer["issues"] == [] and answer["passed"]


def test_the_environment_wins_over_the_files(pursuit_home: Path, tmp_path: Path) -> None:
    (pursuit_home / ".env").write_text("PURSUIT_PLAN_HORIZON_DAYS=45\nLOG_LEVEL=INFO\n"
                                       "EMAIL_PORT=2525\n")
    named = tmp_path / "pursuit.env"
    named.write_text("PURSUIT_PLAN_HORIZON_DAYS=50\nLOG_LEVEL=ERROR\n")
    _, settings = check_json(pursuit_home, PURSUIT_PLAN_HORIZON_DAYS="60",
                             PURSUIT_ENV_FILE=str(named))
    assert (settings["PURSUIT_PLAN_HORIZON_DAYS"]["value"],
            settings["PURSUIT_PLAN_HORIZON_DAYS"]["source"]) == ("60", "environment")
    # PURSUIT_ENV_FILE wins over the data directory's .env, which still adds what it alone has.
    assert (settings["LOG_LEVEL"]["value"], settings["LOG_LEVEL"]["source"]) == (
        "ERROR", str(named))
    assert (settings["EMAIL_PORT"]["value"], settings["EMAIL_PORT"]["source"]) == (
        "2525", str(pursuit_home / ".env"))
    assert django_setting(pursuit_home, "PURSUIT_PLAN_HORIZON_DAYS",
                          PURSUIT_PLAN_HORIZON_DAYS="60") == "60"


def test_the_named_file_may_say_where_the_data_lives(tmp_path: Path) -> None:
    home = tmp_path / "data"
    named = tmp_path / "pursuit.env"
    named.write_text(f"PURSUIT_HOME={home}\n")
    result = run_pursuit("check", "--json", home=tmp_path / "unused",
                         extra_env={"PURSUIT_ENV_FILE": str(named), "PURSUIT_HOME": ""})
    assert result.returncode == 0, result.stderr
    settings = {row["name"]: row for row in json.loads(result.stdout)["settings"]}
    assert settings["PURSUIT_HOME"] == {"name": "PURSUIT_HOME", "source": str(named),
                                        "value": str(home), "default": settings[
                                            "PURSUIT_HOME"]["default"]}
    assert (home / "secret_key").exists()  # the data directory is the one the file names


def test_secrets_are_never_shown(pursuit_home: Path) -> None:
    (pursuit_home / ".env").write_text("SECRET_KEY=do-not-print-me-0123456789\n"
                                       "EMAIL_HOST_PASSWORD=hunter2hunter2\n")
    result = run_pursuit("check", home=pursuit_home)
    assert result.returncode == 0, result.stderr
    assert "do-not-print-me" not in result.stdout and "hunter2" not in result.stdout
    assert re.search(r"SECRET_KEY +\(hidden\) +\[.*\.env\]", result.stdout)


def test_an_unknown_key_is_warned_about(pursuit_home: Path) -> None:
    (pursuit_home / ".env").write_text("PURSUIT_BASE_URL=https://a.example/\n"
                                       "PURSUIT_BASE_ULR=https://b.example/\n")
    result = run_pursuit("check", home=pursuit_home,
                         extra_env={"PURSUIT_OPEN_SIGNIP": "true"})
    assert result.returncode == 0, result.stderr  # a warning, not an error...
    assert f"PURSUIT_BASE_ULR in {pursuit_home / '.env'}:2" in result.stderr
    assert "did you mean PURSUIT_BASE_URL?" in result.stderr
    assert "PURSUIT_OPEN_SIGNIP in environment" in result.stderr
    assert "did you mean PURSUIT_OPEN_SIGNUP?" in result.stderr
    strict = run_pursuit("check", "--json", "--fail-level", "WARNING", home=pursuit_home)
    assert strict.returncode == 1  # ...unless warnings fail the check
    issues = json.loads(strict.stdout)["issues"]
    assert [(i["id"], i["object"]) for i in issues] == [("pursuit.W001", "PURSUIT_BASE_ULR")]
    # Every other command names it on stderr too, and still works.
    plan = run_pursuit("today", "--json", home=pursuit_home)
    assert "warning: " in plan.stderr and "PURSUIT_BASE_ULR" in plan.stderr


def test_a_broken_env_file_is_one_line_naming_file_and_line(pursuit_home: Path) -> None:
    (pursuit_home / ".env").write_text("PURSUIT_HTTPS=false\n\nthis is not a setting\n")
    result = run_pursuit("today", "--json", home=pursuit_home)
    assert result.returncode == 2 and result.stdout == ""
    assert f"{pursuit_home / '.env'}:3" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_a_missing_named_file_is_bad_input(pursuit_home: Path, tmp_path: Path) -> None:
    result = run_pursuit("check", home=pursuit_home,
                         extra_env={"PURSUIT_ENV_FILE": str(tmp_path / "nope.env")})
    assert result.returncode == 2 and "PURSUIT_ENV_FILE" in result.stderr
    assert "nope.env" in result.stderr and "Traceback" not in result.stderr


def test_the_parser_takes_values_literally(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text("SECRET_KEY='a$b${HOME}c'\nEMAIL_HOST = smtp.example.org  # ours\n"
                    "export DEBUG=false\n")
    env_file = read_env_file(path)
    assert env_file.values == {"SECRET_KEY": "a$b${HOME}c", "EMAIL_HOST": "smtp.example.org",
                               "DEBUG": "false"}
    assert env_file.lines == {"SECRET_KEY": 1, "EMAIL_HOST": 2, "DEBUG": 3}


def test_unknown_keys_in_files_and_the_environment() -> None:
    env_file = EnvFile(Path("/srv/.env"), {"DEBUG": "1", "SECRETKEY": "x", "PURSUIT_HOEM": "/"},
                       {"DEBUG": 1, "SECRETKEY": 2, "PURSUIT_HOEM": 3})
    found = unknown_settings(environ={"PATH": "/bin", "PURSUIT_HTTPS": "true",
                                      "PURSUIT_HTTP": "true", "SECRET_KEY_FILE": "/k",
                                      "PURSUIT_FOO": "1"},
                             env_files=[env_file])
    assert [str(u) for u in found] == [
        "/srv/.env:2: unknown setting SECRETKEY (did you mean SECRET_KEY?)",
        "/srv/.env:3: unknown setting PURSUIT_HOEM (did you mean PURSUIT_HOME?)",
        "environment: unknown setting PURSUIT_FOO",  # like no setting: no guess
        "environment: unknown setting PURSUIT_HTTP (did you mean PURSUIT_HTTPS?)",
    ]


def test_env_example_lists_every_setting() -> None:
    """.env.example is the documentation of the settings: it names each one, and no other."""
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    named = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    assert named <= KNOWN
    documented = named | {name.removesuffix("_FILE") for name in named}
    assert {s.name for s in SETTINGS} - {"PURSUIT_CHROMIUM"} <= documented
