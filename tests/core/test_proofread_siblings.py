"""Near-duplicate sibling letters: the same letter with only the name changed."""

from __future__ import annotations

from pursuit.core.proofread import THRESHOLD, Sibling, similarity
from tests.core.proofread_corpus.builders import check

BODY = """Thank you for taking the time to meet with me on Tuesday about the Senior Data Engineer
role at Larchmont Analytics. I enjoyed our conversation and came away even more excited about
the team and the problems it is solving. My experience with PostgreSQL and Kubernetes lines up
well with what the team needs. I look forward to hearing about the next steps.

Best regards,
Siobhan O'Sullivan
"""


def letter(salutation: str, body: str = BODY) -> str:
    return f"Subject: Thank you\n\n{salutation}\n\n{body}"


def test_a_copy_with_only_the_name_changed_is_a_set_level_finding() -> None:
    ours = letter("Dear Dr. Okonkwo,").replace("the team needs", "Adaeze's team needs")
    theirs = letter("Dear Tomás,").replace("the team needs", "Tomás's team needs")
    [finding] = check(ours, siblings=[Sibling("panel/tomas.txt", theirs)])
    assert finding.type == "near_duplicate_sibling"
    assert (finding.sibling, finding.similarity) == ("panel/tomas.txt", 1.0)
    assert finding.text is finding.start is finding.end is finding.line is finding.col is None
    assert finding.to_dict()["sibling"] == "panel/tomas.txt"


def test_letters_that_each_tell_their_own_story_pass() -> None:
    theirs = letter("Dear Tomás,", """Thank you for the systems design session on Tuesday.
Your question about consumer lag on the claims topic stayed with me; static group membership in
Kafka would remove most of the rebalances you described. I would be glad to sketch the change
before our next conversation, and to hear how the on-call rotation handles it today.

Best regards,
Siobhan O'Sullivan
""")
    score = similarity(letter("Dear Dr. Okonkwo,"), theirs, ["Adaeze", "Okonkwo"])
    assert score < THRESHOLD
    assert check(letter("Dear Dr. Okonkwo,"), siblings=[Sibling("b.txt", theirs)]) == []


def test_one_template_with_one_sentence_changed_is_still_the_same_letter() -> None:
    theirs = letter("Dear Tomás,", BODY.replace(
        "My experience with PostgreSQL and Kubernetes lines up\nwell with what the team needs.",
        "Your question about consumer lag on the claims topic stayed with me.",
    ))
    assert similarity(letter("Dear Dr. Okonkwo,"), theirs, ["Adaeze", "Okonkwo"]) >= THRESHOLD


SHORT_TEMPLATE = """Dear Priya,

Thank you for meeting me on Thursday and for our talk about the cold-chain audit at the Reno
warehouse and how the night shift logs temperatures.

I spent four years running receiving at a produce distributor, where I rebuilt the dock
schedule around carrier arrival data. That schedule cut unloading delays by a third, and it was
the most useful thing I did there. I would be glad to bring the same habits to the Reno site.

Thanks again for your time, and I look forward to hearing about next steps.

Best,
Jordan Ellis
"""


def test_a_short_template_with_two_of_five_sentences_changed_is_the_same_letter() -> None:
    # The first sentence keeps its frame and changes its topic; the fourth is replaced. A
    # reader comparing the two sees one letter (0.56: under the old threshold of 0.6).
    theirs = SHORT_TEMPLATE.replace("Dear Priya", "Dear Marcus").replace(
        "the cold-chain audit at the Reno\nwarehouse and how the night shift logs temperatures",
        "the inbound volume forecast for\nthe holiday peak and the seasonal hiring plan",
    ).replace(
        "I would be glad to bring the same habits to the Reno site.",
        "As the site's General Manager, you will know how much a plan\nlike that depends on "
        "accurate carrier data.",
    )
    score = similarity(SHORT_TEMPLATE, theirs, ["Priya", "Marcus"])
    assert THRESHOLD <= score < 0.6
    findings = check(SHORT_TEMPLATE, siblings=[Sibling("marcus.txt", theirs)])
    assert [f.sibling for f in findings if f.type == "near_duplicate_sibling"] == ["marcus.txt"]


def test_similarity_is_rounded_to_two_decimals_and_siblings_come_after_span_findings() -> None:
    ours = letter("Dear Dr. Okonkwo,").replace("Tuesday", "Tuesday afternoon")
    findings = check(ours + "\nTeh end.", siblings=[Sibling("b.txt", letter("Dear Tomás,"))])
    assert [f.type for f in findings] == ["misspelling", "near_duplicate_sibling"]
    similarity_ = findings[-1].similarity
    assert similarity_ is not None and THRESHOLD <= similarity_ < 1.0
    assert similarity_ == round(similarity_, 2)


def test_each_sibling_is_judged_on_its_own() -> None:
    copy = Sibling("copy.txt", letter("Dear Tomás,"))
    other = Sibling("other.txt", "Subject: Hi\n\nDear Lars,\n\nA very different letter indeed.")
    findings = check(letter("Dear Dr. Okonkwo,"), siblings=[other, copy])
    assert [f.sibling for f in findings] == ["copy.txt"]
