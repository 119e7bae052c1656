"""What Today and `pursuit today` say to do: actions in words, never a code (issue 16)."""

from __future__ import annotations

from datetime import date

from pursuit.core.agenda import AgendaTouch, headline


def _touch(type_: str, channel: str, to: str = "Dana Reyes") -> AgendaTouch:
    return AgendaTouch(id=1, type=type_, channel=channel, to=to, application="Acme",
                       due_on=date(2026, 3, 2))


def test_a_task_for_oneself_names_nobody() -> None:
    assert headline(_touch("interview_preparation", "task", to="self")) == \
        "Prepare for the interview"


def test_a_call_made_an_email_says_why() -> None:
    assert headline(_touch("follow_up_call", "email")) == (
        "Follow up by e-mail with Dana Reyes (instead of a call: the employer prefers e-mail)")
    assert headline(_touch("follow_up_call", "phone")) == "Call Dana Reyes"


def test_the_channel_is_said_in_words() -> None:
    assert headline(_touch("weekly_follow_up", "email")) == \
        "Follow up with Dana Reyes (by e-mail)"
    assert headline(_touch("weekly_follow_up", "phone")) == "Call Dana Reyes"


def test_the_name_is_joined_by_the_word_a_person_would_use() -> None:
    assert headline(_touch("thank_you_email", "email")) == "Send a thank-you e-mail to Dana Reyes"
    assert headline(_touch("postal_letter", "post")) == "Mail a letter to Dana Reyes"
    assert headline(_touch("follow_up_after_reply", "email")) == \
        "Follow up with Dana Reyes after their reply (by e-mail)"
    assert headline(_touch("thanks_after_offer", "email")) == "Thank Dana Reyes (by e-mail)"
    assert headline(_touch("withdrawal_note", "email")) == \
        "Send your withdrawal note to Dana Reyes (by e-mail)"
