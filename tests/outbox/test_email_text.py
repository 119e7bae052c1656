"""The worker writes the text of a plain message itself (`email_text`): it must be, byte for
byte, what the email package writes for the same row (`build_email(...).as_string()`), which
the .eml export and the Sent-folder copy rebuilt after a restart use."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pursuit.outbox.models import Message
from pursuit.outbox.services import build_email, email_text

WHEN = datetime(2026, 12, 6, 9, 45, 40, tzinfo=UTC)
# Mostly the characters of real names and subjects, with what the folding and the quoting
# of the email package treat apart: commas, quotes, runs of spaces, tabs, non-ASCII.
TEXT = st.lists(st.sampled_from(list("abcXYZ019 ,.;:\"'()<>@=?-_é\t") + ["  ", "word "]),
                max_size=40).map("".join)
BODY = st.lists(st.sampled_from(list("ab .\n\r\t=-é") + ["From ", "\r\n"]),
                max_size=300).map("".join)
IDS = st.sampled_from(["", "<a1@example.com>", "<a1@example.com> <b2@example.com>",
                       " ".join(f"<{n:030d}@example.com>" for n in range(3))])


def row(**fields: object) -> Message:
    values: dict[str, object] = dict(
        from_name="Jordan Rivera", from_address="jordan@example.com", to_name="Person 1",
        to_address="person1@example.com", subject="Thank you, Person 1",
        body="Dear Person 1,\n\nThank you.\n", message_id="<4f1c@example.com>",
        in_reply_to="", references="", send_at=WHEN)
    values.update(fields)
    return Message(**values)


def test_the_benchmarks_letter_is_written_as_the_email_package_writes_it() -> None:
    message = row(in_reply_to="<a1@example.com>", references="<a1@example.com>")
    assert email_text(message, date=WHEN) == build_email(message, date=WHEN).as_string()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(from_name=TEXT, to_name=TEXT, subject=TEXT, body=BODY, earlier=IDS)
def test_any_message_is_written_as_the_email_package_writes_it(
        from_name: str, to_name: str, subject: str, body: str, earlier: str) -> None:
    message = row(from_name=from_name, to_name=to_name, subject=subject or "x", body=body,
                  in_reply_to=earlier.split(" ")[-1], references=earlier)
    assert email_text(message, date=WHEN) == build_email(message, date=WHEN).as_string()


def test_headers_near_the_folding_width_are_written_as_the_email_package_writes_them() -> None:
    # "Subject: " and 66 to 74 characters: lines of 75 to 83, either side of the 78 at which
    # the email package folds (the written text takes the email package's way past it).
    for length in range(66, 75):
        subject = ("Thank you for the interview " * 3)[:length].strip()
        for name in ("", "A Rather Long Name For The Interviewer Of Company 17"):
            message = row(subject=subject, to_name=name)
            assert email_text(message, date=WHEN) == build_email(message, date=WHEN).as_string()
