"""A plain draft built from a touch, shown until the letters feature (templates, proofreading)
replaces it. Plain text only: the page prints it escaped."""

from __future__ import annotations

from dataclasses import dataclass

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.pipeline.models import Interviewer


@dataclass(frozen=True, slots=True)
class Draft:
    subject: str
    body: str


def placeholder_draft(*, touch: Touch, interviewer: Interviewer | None, user: User) -> Draft:
    application = touch.application
    first = touch.recipient_name.split()[0] if touch.recipient_name.split() else ""
    topics = list(interviewer.topics) if interviewer else []
    talked = (f"I especially enjoyed our conversation about {', '.join(topics[:-1])}"
              f"{' and ' if len(topics) > 1 else ''}{topics[-1]}." if topics else
              "[Mention one topic you discussed and how your experience meets their needs.]")
    role, employer = application.role, application.employer.name
    sign = user.signature.strip() or user.full_name or "[your name]"
    if touch.type == "reference_alert":
        subject = f"A heads-up: {employer} may call you"
        body = (f"Dear {first},\n\nI am interviewing for the {role} position at {employer}, "
                "and I gave your name as a reference. They may get in touch with you soon.\n\n"
                f"Thank you again for your support.\n\n{sign}")
    elif touch.type in ("thank_you_email", "thank_you_letter"):
        subject = f"Thank you: {role}"
        body = (f"Dear {first},\n\nThank you for taking the time to meet with me about the "
                f"{role} position at {employer}. {talked}\n\nI am very interested in the role "
                f"and confident I can contribute.\n\nBest regards,\n{sign}")
    else:
        subject = f"Following up: {role}"
        body = (f"Dear {first},\n\nI wanted to follow up on the {role} position at {employer}. "
                f"I remain very interested, and I am happy to send any further information "
                f"you need.\n\nBest regards,\n{sign}")
    return Draft(subject, body)
