"""`pursuit scan`, run as a user runs it: a fresh process and data directory."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.conftest import run_pursuit
from tests.scanning.cardgen import make_card

CONTRACT_KEYS = [
    "full_name", "first", "middle", "last", "prefix", "suffix", "credentials", "title",
    "company", "emails", "phones", "website", "linkedin", "twitter", "street", "city",
    "region", "postal_code", "country", "lines",
]


def test_scan_prints_the_contract_json(tmp_path: Path, pursuit_home: Path) -> None:
    card = make_card(0, seed=3)
    path = tmp_path / "card.png"
    card.image.save(path)
    result = run_pursuit("scan", str(path), "--json", home=pursuit_home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out) == CONTRACT_KEYS
    assert out["full_name"] == card.expected["full_name"]
    assert out["emails"] == card.expected["emails"]
    assert all(set(phone) == {"type", "e164", "ext", "as_printed"} for phone in out["phones"])
    assert out["lines"] and all(isinstance(line, str) for line in out["lines"])


def test_scan_without_json_prints_a_summary(tmp_path: Path, pursuit_home: Path) -> None:
    card = make_card(1, seed=3)
    path = tmp_path / "card.jpg"
    card.image.save(path, quality=92)
    result = run_pursuit("scan", str(path), home=pursuit_home)
    assert result.returncode == 0, result.stderr
    assert "Name:" in result.stdout and card.expected["full_name"] in result.stdout
    assert "E-mail:" in result.stdout


def assert_bad_input(result, where: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert where in line
    assert result.stdout == ""


def test_a_text_file_exits_2(tmp_path: Path, pursuit_home: Path) -> None:
    path = tmp_path / "card.png"
    path.write_text("Renata Solberg\n", encoding="utf-8")
    result = run_pursuit("scan", str(path), "--json", home=pursuit_home)
    assert_bad_input(result, str(path))
    assert "not an image" in result.stderr


def test_an_empty_image_file_exits_2(tmp_path: Path, pursuit_home: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert_bad_input(run_pursuit("scan", str(path), "--json", home=pursuit_home), str(path))


def test_a_blank_white_image_exits_2(tmp_path: Path, pursuit_home: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("RGB", (1050, 600), "white").save(path)
    result = run_pursuit("scan", str(path), "--json", home=pursuit_home)
    assert_bad_input(result, str(path))
    assert "no readable text" in result.stderr


def test_a_missing_file_and_an_unknown_region_exit_2(tmp_path: Path,
                                                     pursuit_home: Path) -> None:
    missing = str(tmp_path / "nope.png")
    assert_bad_input(run_pursuit("scan", missing, "--json", home=pursuit_home), missing)
    assert_bad_input(run_pursuit("scan", missing, "--region", "XX", home=pursuit_home),
                     "--region")
