"""What to say on a follow-up call, and the voicemail to leave (pure: no Django, no clock).

The advice: state your continued interest, ask if they need anything further from you, and
when they are not available leave that basic message on their voicemail.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CallScript:
    opening: str
    points: tuple[str, ...]
    voicemail: str


def call_script(*, candidate: str, candidate_phone: str, recipient: str, application: str,
                interview_day: str | None) -> CallScript:
    """A short script for a call to `recipient` about `application` ("Role at Employer")."""
    first = recipient.split()[0] if recipient.split() else recipient
    me = candidate or "your candidate"
    role = application.split(" at ")[0] if " at " in application else application
    met = f" on {interview_day}" if interview_day else ""
    opening = (f"Hello {first}, this is {me}. We spoke{met} about the {role} position, "
               "and I wanted to follow up.")
    points = (
        f"I remain very interested in the {role} role.",
        "Is there any further information I can give you?",
        "Is there an update on the timeline for your decision?",
    )
    callback = f" You can reach me at {candidate_phone}." if candidate_phone else ""
    voicemail = (f"Hello {first}, this is {me}, following up on our conversation{met} about "
                 f"the {role} position. I remain very interested, and I'm happy to send any "
                 f"further information you need.{callback} Thank you, and have a good day.")
    return CallScript(opening, points, voicemail)
