"""`pursuit export --format ics`: the same calendar as the feed, on stdout or in a file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from icalendar import Calendar

from tests.calendar_feed.conftest import World

pytestmark = pytest.mark.django_db


def test_export_ics_writes_the_calendar_to_a_file(world: World, tmp_path: Path) -> None:
    target = tmp_path / "pursuit.ics"
    out = io.StringIO()
    call_command("export", format="ics", output=str(target), user="owner@example.com",
                 json=True, stdout=out, stderr=io.StringIO())
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    calendar = Calendar.from_ical(data)
    assert {str(e["UID"]) for e in calendar.events} == {
        f"round-{world.first.pk}@pursuit", f"round-{world.second.pk}@pursuit"}
    assert f'"bytes": {len(data)}' in out.getvalue()


def test_export_ics_prints_the_calendar_on_stdout(world: World) -> None:
    out = io.StringIO()
    call_command("export", format="ics", stdout=out)
    assert "SUMMARY:Thank-you e-mail to Priya Raman" in out.getvalue()


def test_stdout_gets_the_bytes_with_their_crlf_line_ends(world: World) -> None:
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8")  # a console: text with a byte buffer
    call_command("export", format="ics", stdout=text)
    assert raw.getvalue().startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert b"\r\r" not in raw.getvalue()


def test_an_unwritable_output_exits_2_with_one_line(world: World, tmp_path: Path) -> None:
    err = io.StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("export", format="ics", output=str(tmp_path / "no" / "pursuit.ics"),
                     stdout=io.StringIO(), stderr=err)
    assert exited.value.code == 2
    assert err.getvalue().strip() == f"error: {tmp_path / 'no' / 'pursuit.ics'}: no such directory"
