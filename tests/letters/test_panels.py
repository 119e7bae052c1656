"""Drafts for panels of two to seven people with realistic debriefs, written by the real
drafting code: each letter names one or two of that person's topics in sentences of their own
(with their articles), answers what the person cares about with one of the candidate's
strengths, and no two letters of a panel read as near-duplicates (the proofreader's own
measure); the drafts of a five- and a seven-person panel have no finding at all."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from itertools import combinations

import pytest
from django.utils import timezone

from pursuit.accounts.models import Strength, User
from pursuit.cadence.models import Touch
from pursuit.cadence.services import PersonIn, round_log
from pursuit.core.letters import (
    default_template,
    render_text,
    sample_input,
    template_context,
    topic_phrase,
)
from pursuit.core.proofread import THRESHOLD, similarity
from pursuit.letters import services
from pursuit.letters.models import Letter
from pursuit.pipeline.models import Interviewer
from pursuit.pipeline.services import application_create
from tests.letters.conftest import person

STRENGTHS = [
    ("cut cloud costs 30% at Acme", "Moved batch jobs to spot instances",
     "cloud cost aws kubernetes terraform budget"),
    ("built a real-time data platform", "Kafka and PostgreSQL pipeline serving 2,000 dashboards",
     "data pipeline kafka postgresql streaming analytics dashboards"),
    ("led a team of five engineers", "Hired and mentored five engineers over two years",
     "leadership mentoring hiring team onboarding"),
    ("ran the on-call rotation for 40 services", "Halved pages in six months",
     "on-call incidents reliability slo alerting"),
    ("introduced data quality checks", "Caught 90% of bad loads before they reached reports",
     "data quality testing governance"),
]
# name, title, topics, what they care about: a debrief as a candidate writes it.
PEOPLE = [
    ("Adaeze Okonkwo", "VP, Research", ["real-time analytics roadmap", "team growth"],
     "mentoring new hires"),
    ("Siobhan O'Sullivan", "Staff Data Engineer",
     ["Kafka to PostgreSQL pipeline", "data quality checks"], "catching bad data early"),
    ("Minh Nguyen", "Engineering Manager", ["on-call practices", "incident reviews"],
     "sustainable on-call"),
    ("Priya Raman", "Data Platform Manager", ["cost of the warehouse", "migrating to Snowflake"],
     "keeping cloud spend predictable"),
    ("Tomasz Kowalski", "Analytics Lead", ["dashboards for the sales team", "forecasting"],
     "analysts trusting the numbers"),
    ("Grace Whitfield", "Director of Engineering", ["team of six analysts", "hiring plan"],
     "people who own their work"),
    ("Rahul Iyer", "Senior SRE", ["SLOs for the tracking API", "alerting"],
     "fewer pages at night"),
]
SPACE_GAP_RE = re.compile(r"\w  \w| [.,;:]")


def make_panel(owner: User, size: int) -> list[Letter]:
    """A panel interview held yesterday, its debrief filled in, and each person's draft."""
    app = application_create(owner=owner, employer="Larchmont Analytics",
                             role="Senior Data Engineer")
    people = [person(owner, name, title=title) for name, title, _, _ in PEOPLE[:size]]
    start = timezone.now() - timedelta(days=1)
    round_ = round_log(
        owner=owner, application_id=app.pk, start=start, end=start + timedelta(hours=3),
        timezone="America/Chicago", format="panel",
        people=[PersonIn(contact_id=c.pk, hiring_manager=n == 0, topics=PEOPLE[n][2])
                for n, c in enumerate(people)])
    for n, contact in enumerate(people):
        Interviewer.objects.filter(round=round_, contact=contact).update(
            cares_about=PEOPLE[n][3])
    touches = Touch.objects.filter(round=round_, type="thank_you_email").order_by("id")
    return [services.letter_draft(owner=owner, touch_id=t.pk) for t in touches]


@pytest.fixture
def candidate(make_user) -> User:  # type: ignore[no-untyped-def]
    owner = make_user("jordan@example.com", full_name="Jordan Rivera",
                      timezone="America/Chicago", phone="+1 312 555 0100",
                      return_address="1520 N Damen Ave\nChicago, IL 60622")
    for phrase, evidence, keywords in STRENGTHS:
        Strength.objects.create(owner=owner, phrase=phrase, evidence=evidence, keywords=keywords)
    return owner


def _names() -> list[str]:
    return [word for name, *_ in PEOPLE for word in name.split()]


@pytest.mark.parametrize("size", [2, 3, 4, 5, 6, 7])
def test_no_two_letters_of_a_panel_read_alike(candidate: User, size: int) -> None:
    letters = make_panel(candidate, size)
    assert len(letters) == size
    scores = [similarity(services.compose(a), services.compose(b), _names())
              for a, b in combinations(letters, 2)]
    assert max(scores) < THRESHOLD, scores
    # The proofreader's own check, with every sibling: no near-duplicate finding.
    for letter in letters:
        findings = services.letter_proofread(owner=candidate, letter_id=letter.pk).findings
        assert not [f for f in findings if f.type == "near_duplicate_sibling"], findings
    # Openings, closings and sign-offs all differ across the panel.
    bodies = [letter.body.split("\n\n") for letter in letters]
    for part in (1, -2, -1):
        texts = [paragraphs[part].split("\n")[0] for paragraphs in bodies]
        assert len(set(texts)) == size, texts


@pytest.mark.parametrize("size", [5, 7])
def test_the_drafts_of_a_big_panel_have_no_finding_at_all(candidate: User, size: int) -> None:
    for letter in make_panel(candidate, size):
        proofing = services.letter_proofread(owner=candidate, letter_id=letter.pk)
        assert proofing.findings == [], (services.compose(letter), proofing.findings)
        assert not SPACE_GAP_RE.search(letter.body)


def test_topics_are_sentences_of_their_own_with_their_articles(candidate: User) -> None:
    letters = make_panel(candidate, 7)
    for letter, (_, _, topics, cares) in zip(letters, PEOPLE, strict=True):
        sentences = re.split(r"(?<=[.!?])\s+", letter.body)
        mentioned = [t for t in topics if topic_phrase(t) in letter.body]
        assert 1 <= len(mentioned) <= 2, (topics, letter.body)
        for topic in mentioned:
            # One topic to a sentence: never "a, b and c" run into one clause.
            holding = [s for s in sentences if topic_phrase(topic) in s]
            assert holding and all(not any(topic_phrase(other) in s for other in topics
                                           if other != topic) for s in holding)
        # "cares about" is answered by one of the candidate's strengths, in one sentence.
        answer = next(s for s in sentences if cares in s)
        assert any(f"I {phrase}" in answer for phrase, _, _ in STRENGTHS), answer
    assert "the team of six analysts" in letters[5].body  # not "of team of six analysts"


def test_the_article_goes_where_english_puts_one() -> None:
    assert topic_phrase("real-time analytics roadmap") == "the real-time analytics roadmap"
    assert topic_phrase("team of six analysts") == "the team of six analysts"
    assert topic_phrase("Kafka to PostgreSQL pipeline") == "the Kafka to PostgreSQL pipeline"
    assert topic_phrase("cost of the CI fleet") == "the cost of the CI fleet"
    assert topic_phrase("search for a new CTO") == "the search for a new CTO"
    for bare in ("migrating the warehouse to Snowflake", "forecasting", "team growth",
                 "data quality checks", "SLOs for the tracking API", "Kafka", "the budget",
                 "your hiring plan", "data governance", "model monitoring",
                 "speech recognition for call centres", "fraud detection", "content moderation"):
        assert topic_phrase(bare) == bare


@pytest.mark.parametrize("cares", ["", "mentoring new hires"])
def test_variation_holds_far_beyond_seven(cares: str) -> None:
    """Pure: sixteen letters from the shipped template, one topic pair each (the same strength
    answers every one), still pairwise below the threshold."""
    template = default_template("thank_you_email")
    pairs = [tuple(topics) for _, _, topics, _ in PEOPLE] * 3
    letters = [render_text(template.body, template_context(replace(
        sample_input(), variant=v, topics=pairs[v], cares_about=cares))) for v in range(16)]
    assert max(similarity(a, b) for a, b in combinations(letters, 2)) < THRESHOLD
