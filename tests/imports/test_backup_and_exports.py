"""`pursuit export` then `pursuit import` into a fresh data directory loses nothing: the JSON
backup of the demo account (every table), and the vCard 3.0 and 4.0 exports of contacts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_pursuit
from tests.imports.conftest import EMAIL, REAL_VCARDS, backup, pursuit_import, stored

# Stamped by the clock of the run, not data the user owns.
_VOLATILE = {"exported_at"}


def canonical(data: dict[str, Any]) -> dict[str, Any]:
    """The backup with ids replaced by positions, so two databases can be compared."""
    schema: dict[str, dict[str, str]] = data["schema"]
    position = {table: {row["id"]: n for n, row in enumerate(data[table])}
                for table in schema if isinstance(data.get(table), list)}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _VOLATILE:
            continue
        if key in schema:
            rows = []
            for row in value:
                row = dict(row)
                row.pop("id", None)
                for column, target in schema[key].items():
                    if row.get(column) is not None:
                        row[column] = position[target][row[column]]
                if row.get("photo"):
                    row["photo"] = row["photo"]["base64"]  # the name may gain a suffix
                rows.append(row)
            out[key] = rows
        else:
            out[key] = value
    return out


def demo_home(home: Path) -> None:
    # A photo too: the demo has none, and photos are part of the backup.
    pursuit_import(REAL_VCARDS / "John_Doe_IPHONE.vcf", home)
    done = run_pursuit("demo", "--user", EMAIL, home=home)
    assert done.returncode == 0, done.stderr


def test_json_backup_round_trip_of_the_demo_account(home: Path, tmp_path: Path,
                                                    _home_template: Path) -> None:
    import shutil

    demo_home(home)
    before = backup(home)
    assert before["format"] == "pursuit-backup" and before["version"] == 1
    assert len(before["applications"]) >= 12 and before["touches"] and before["rounds"]
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(before), encoding="utf-8")

    fresh = tmp_path / "fresh"
    shutil.copytree(_home_template, fresh)
    summary = pursuit_import(path, fresh)
    assert summary == {"format": "backup", "created": len(before["contacts"]), "merged": 0,
                       "skipped": 0, "warnings": [], "errors": [], "delimiter": None}
    after = backup(fresh)
    assert canonical(after) == canonical(before)


def test_a_backup_from_before_done_on_gets_each_done_touchs_local_day(
        home: Path, tmp_path: Path, _home_template: Path) -> None:
    import shutil

    demo_home(home)
    before = backup(home)
    done = [t for t in before["touches"] if t["done_at"]]
    assert done and all(t["done_on"] for t in done)
    for touch in before["touches"]:
        del touch["done_on"]  # the backups of earlier versions have no such column
    path = tmp_path / "old-backup.json"
    path.write_text(json.dumps(before), encoding="utf-8")
    fresh = tmp_path / "fresh"
    shutil.copytree(_home_template, fresh)
    pursuit_import(path, fresh)
    restored = {(t["key"], t["done_at"]): t["done_on"] for t in backup(fresh)["touches"]}
    assert all(restored[(t["key"], t["done_at"])] for t in done)
    assert restored == {(t["key"], t["done_at"]): t["done_on"] for t in backup(home)["touches"]}


def test_a_backup_restores_only_into_an_empty_account(home: Path, tmp_path: Path) -> None:
    demo_home(home)
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(backup(home)), encoding="utf-8")
    done = run_pursuit("import", str(path), "--json", home=home)
    assert done.returncode == 2
    assert "restored into an empty account" in done.stderr


def test_dry_run_of_a_backup_stores_nothing(home: Path, tmp_path: Path,
                                            _home_template: Path) -> None:
    import shutil

    demo_home(home)
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(backup(home)), encoding="utf-8")
    fresh = tmp_path / "fresh"
    shutil.copytree(_home_template, fresh)
    summary = pursuit_import(path, fresh, "--dry-run")
    assert summary["created"] == len(backup(home)["contacts"])
    after = backup(fresh)
    assert after["contacts"] == [] and after["applications"] == []


def _people(contacts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted((c["full_name"], c["first"], c["middle"], c["last"], c["prefix"], c["suffix"],
                   c["credentials"], c["title"], c["company"], c["department"],
                   sorted((e["address"], e["type"]) for e in c["emails"]),
                   sorted((p["type"], p["e164"] or "", p["ext"], p["as_printed"])
                          for p in c["phones"]),
                   sorted(tuple(sorted(a.items())) for a in c["addresses"]),
                   sorted(c["urls"]), c["linkedin"], c["twitter"], c["notes"],
                   c["connected_on"], c["has_photo"], c["photo"] and c["photo"]["base64"])
                  for c in contacts)


@pytest.mark.parametrize("format", ["vcard", "vcard4"])
def test_vcard_exports_re_import_without_loss(format: str, home: Path, tmp_path: Path,
                                              _home_template: Path) -> None:
    import shutil

    for name in ("John_Doe_IPHONE.vcf", "rfc6350-example.vcf", "John_Doe_ANDROID.vcf",
                 "thunderbird-MoreFunctionsForAddressBook-extension.vcf"):
        pursuit_import(REAL_VCARDS / name, home)
    done = run_pursuit("demo", "--user", EMAIL, home=home)
    assert done.returncode == 0, done.stderr
    exported = tmp_path / "all.vcf"
    done = run_pursuit("export", "--format", format, "--output", str(exported), home=home)
    assert done.returncode == 0, done.stderr
    text = exported.read_bytes().decode("utf-8")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.count("BEGIN:VCARD") == len(stored(home))

    fresh = tmp_path / "fresh"
    shutil.copytree(_home_template, fresh)
    summary = pursuit_import(exported, fresh)
    assert summary["format"] == "vcard"
    assert _people(stored(fresh)) == _people(stored(home))
    if format == "vcard":  # a standard reader takes our 3.0 as well
        import vobject

        cards = list(vobject.readComponents(text))
        assert len(cards) == len(stored(home))
        names = {card.fn.value for card in cards}
        assert "Simon Perreault" in names and "Mr. John Richter James Doe Sr." in names


def _confirm_zone(home: Path, zone: str) -> None:
    """The user confirms a zone, as the timezone question on Today does (its service)."""
    script = ("from pursuit.accounts.models import User\n"
              "from pursuit.cadence.services.account import timezone_confirm\n"
              f"timezone_confirm(user=User.objects.get(email={EMAIL!r}), zone={zone!r})\n")
    done = run_pursuit("django-admin", "shell", "-c", script, home=home)
    assert done.returncode == 0, done.stderr


def test_the_confirmed_time_zone_survives_a_backup_and_restore(
        home: Path, tmp_path: Path, _home_template: Path) -> None:
    import shutil

    demo_home(home)
    _confirm_zone(home, "Europe/Berlin")
    before = backup(home)
    assert before["account"]["timezone"] == "Europe/Berlin"
    assert before["account"]["timezone_confirmed"] is True
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(before), encoding="utf-8")
    fresh = tmp_path / "fresh"
    shutil.copytree(_home_template, fresh)
    assert backup(fresh)["account"]["timezone_confirmed"] is False  # a new account's
    pursuit_import(path, fresh)
    after = backup(fresh)["account"]
    assert (after["timezone"], after["timezone_confirmed"]) == ("Europe/Berlin", True)


@pytest.mark.parametrize(("zone", "confirmed"), [("Europe/Berlin", True),
                                                 ("America/Chicago", False)])
def test_a_backup_from_before_the_confirmation_counts_a_chosen_zone_as_confirmed(
        zone: str, confirmed: bool, home: Path, tmp_path: Path, _home_template: Path) -> None:
    import shutil

    old = backup(home)
    del old["account"]["timezone_confirmed"]  # backups of earlier versions have no such field
    old["account"]["timezone"] = zone
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    fresh = tmp_path / "fresh"
    shutil.copytree(_home_template, fresh)
    pursuit_import(path, fresh)
    assert backup(fresh)["account"]["timezone_confirmed"] is confirmed


def test_a_bad_confirmation_value_is_refused_naming_the_field(home: Path, tmp_path: Path,
                                                              _home_template: Path) -> None:
    data = backup(home)
    data["account"]["timezone_confirmed"] = "maybe"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    done = run_pursuit("import", str(path), "--json", home=home)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert '"timezone_confirmed" is not a valid value' in done.stderr
