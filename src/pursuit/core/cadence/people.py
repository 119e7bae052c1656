"""Who gets the touches that are not thank-yous (R3-R6).

R3-R5 go to the hiring manager wherever they appear in the application; without one, to the
round's lead interviewer. Recruiters and coordinators get a thank-you like everyone met, but
they are not the lead: the lead is the first interviewer whose role is "interviewer", else the
first person listed.
"""

from __future__ import annotations

from collections.abc import Iterable

from pursuit.core.cadence.model import INTERVIEWER, Interviewer, Round


def hiring_manager(rounds: Iterable[Round]) -> Interviewer | None:
    """The first interviewer flagged `hiring_manager` in round order, or None."""
    for r in rounds:
        for person in r.interviewers:
            if person.hiring_manager:
                return person
    return None


def lead_interviewer(r: Round) -> Interviewer | None:
    """The round's first interviewer by role, else its first person; None for nobody."""
    for person in r.interviewers:
        if person.role == INTERVIEWER:
            return person
    return r.interviewers[0] if r.interviewers else None


def follow_up_recipient(manager: Interviewer | None, r: Round) -> Interviewer | None:
    """Who gets the round's call and weekly follow-ups (R4-R6); None when nobody is known."""
    return manager if manager is not None else lead_interviewer(r)


def letter_recipient(manager: Interviewer | None, rounds: Iterable[Round]) -> Interviewer | None:
    """Who gets the postal letter (R3): the hiring manager, else the first round's lead.

    When the first round lists nobody, the first round that lists someone stands in for it.
    """
    if manager is not None:
        return manager
    for r in rounds:
        lead = lead_interviewer(r)
        if lead is not None:
            return lead
    return None
