"""`pursuit completion bash|zsh`: the script completes commands, options and their choices, as
the shell itself runs it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pursuit.cli.main import COMMANDS
from tests.conftest import run_pursuit

ASK = """
source {script}
complete_line() {{
  COMP_WORDS=("$@"); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))
  COMP_LINE="$*"; COMP_POINT=${{#COMP_LINE}}; COMPREPLY=()
  _shtab_pursuit
  printf '%s\\n' "${{COMPREPLY[@]}}"
}}
complete_line "$@"
"""


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("completion")
    result = run_pursuit("completion", "bash", home=folder)
    assert result.returncode == 0, result.stderr
    script = folder / "pursuit.bash"
    script.write_text(result.stdout, encoding="utf-8")
    return script


def complete(script: Path, *words: str) -> list[str]:
    done = subprocess.run(["bash", "-c", ASK.format(script=script), "bash", "pursuit", *words],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.split()


def test_bash_completes_commands_options_choices_and_files(bash_script: Path,
                                                          tmp_path: Path) -> None:
    assert set(complete(bash_script, "")) >= COMMANDS
    assert complete(bash_script, "se") == ["serve"]
    assert "--format" in complete(bash_script, "export", "--fo")
    assert complete(bash_script, "export", "--format", "") == [
        "csv", "ics", "json", "vcard", "vcard4"]
    (tmp_path / "backup-1.sqlite3").write_bytes(b"")
    assert complete(bash_script, "restore", str(tmp_path / "back")) == [
        str(tmp_path / "backup-1.sqlite3")]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh (scripts/test installs it)")
def test_zsh_script_is_valid_and_knows_every_command(tmp_path: Path) -> None:
    result = run_pursuit("completion", "zsh", home=tmp_path)
    assert result.returncode == 0, result.stderr
    script = tmp_path / "_pursuit"
    script.write_text(result.stdout, encoding="utf-8")
    assert result.stdout.startswith("#compdef pursuit")
    subprocess.run(["zsh", "-n", str(script)], check=True, timeout=60)
    for name in COMMANDS:
        assert f"    {name}:'" in result.stdout and f"        {name}) _arguments" in result.stdout


def test_an_unknown_shell_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run_pursuit("completion", "fish", home=tmp_path)
    assert result.returncode == 2 and "fish" in result.stderr
    assert result.stderr.strip().count("\n") == 0
