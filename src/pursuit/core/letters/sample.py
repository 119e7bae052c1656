"""Sample data for the template editor's live preview: a realistic interview, so a user sees
what each field gives before any real letter uses their template."""

from __future__ import annotations

from datetime import date

from pursuit.core.letters.drafting import Candidate, LetterInput, Person, Strength

SAMPLE_STRENGTHS = (
    Strength("cut cloud costs 30% at Acme",
             "Moved batch jobs to spot instances and right-sized clusters",
             "cloud cost aws kubernetes terraform"),
    Strength("built a real-time data platform",
             "Kafka and PostgreSQL pipeline serving 2,000 dashboards",
             "data pipeline kafka postgresql streaming analytics"),
    Strength("led a team of five engineers", "Hired and mentored five engineers over two years",
             "leadership mentoring hiring team"),
)


def sample_input(*, variant: int = 0, candidate: Candidate | None = None) -> LetterInput:
    """One interviewer of a panel at Larchmont Analytics; `candidate` may be the real user."""
    return LetterInput(
        candidate=candidate or Candidate(
            "Jordan Rivera", "jordan@example.com", "+1 312 555 0100",
            address="1520 N Damen Ave\nChicago, IL 60622"),
        recipient=Person("Adaeze Okonkwo", prefix="Dr.", title="VP, Research",
                         company="Larchmont Analytics",
                         address="200 W Madison St, Suite 1400\nChicago, IL 60606"),
        employer="Larchmont Analytics", role="Senior Data Engineer", today=date(2025, 3, 12),
        interview_day=date(2025, 3, 11), interview_format="panel", round_number=1,
        topics=("real-time analytics roadmap", "team growth"),
        cares_about="mentoring new hires", strengths=SAMPLE_STRENGTHS,
        interviewers=(Person("Adaeze Okonkwo", prefix="Dr.", title="VP, Research"),
                      Person("Minh Nguyen", title="Engineering Manager")),
        relationship="Former manager", variant=variant, week=1,
        extra={"career": SAMPLE_CAREER},
    )


# What the letters of career mode (after an accepted offer) draw on, as `career.*`.
SAMPLE_CAREER = {
    "new_role": "Senior Data Engineer", "new_employer": "Larchmont Analytics",
    "relation": "reference",
    "their_applications": [
        {"employer": "Larchmont Analytics", "role": "Senior Data Engineer",
         "outcome": "offered me the job, and I have accepted"},
        {"employer": "Bellweather Freight", "role": "Platform Engineer",
         "outcome": "went ahead with another candidate"},
    ],
    "start_day": "",
}
