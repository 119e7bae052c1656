"""The fields a letter template can use, as the template page lists them for users."""

from __future__ import annotations

FIELDS: tuple[tuple[str, str], ...] = (
    ("recipient.salutation", "“Dr. Okonkwo” with a courtesy prefix, else the first name"),
    ("recipient.name / first_name / last_name / full_name", "the person you write to"),
    ("recipient.title / company / email", "as on their contact card"),
    ("recipient.address_lines", "list: their mailing address (letters on paper)"),
    ("employer / role", "the application"),
    ("interview.day / weekday / format / round", "“March 11”, “Tuesday”, “panel”, 1"),
    ("topics", "list: what you discussed with this person (your debrief)"),
    ("topic_phrases", "list: the topics with their articles (“the feature store”, "
                      "“data quality checks”)"),
    ("topic_list", "the topics with their articles, in words: “a, b and c”"),
    ("cares_about", "what this person cares about (your debrief)"),
    ("strengths", "list of {phrase, evidence, topic}: your strengths that fit this person, "
                  "best first; topic is the one it answers"),
    ("lines.opening / closing / sign_off / subject", "a thank-you's sentences, worded "
     "differently for each person of a panel"),
    ("lines.topics", "list: one or two topics, each in its own sentence, the first followed "
                     "by the strength that answers it"),
    ("lines.cares / spare", "what this person cares about answered by one of your strengths; "
                            "else a strength to mention"),
    ("top_strengths", "list of {phrase, evidence}: your strongest points (postal letter)"),
    ("interviewers", "list of people met (reference alert: who may call)"),
    ("interviewer_list", "those people in words, with their titles"),
    ("relationship", "how the reference knows you"),
    ("candidate.name / first_name / email / phone / linkedin", "your profile"),
    ("candidate.phone_slowly", "your number grouped to be said slowly: “312, 555, 0100”"),
    ("candidate.signature", "your signature block (else name, phone and e-mail)"),
    ("candidate.address_lines", "list: your return address"),
    ("variant", "0, 1, 2…: this person's place in the round (a follow-up: its week), so "
                "letters to one panel differ"),
    ("week", "the follow-up's week number (0 for the first call)"),
    ("today", "“March 12, 2025”"),
)
