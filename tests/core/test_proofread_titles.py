"""Wrong interviewer title, and which writings of a title count as the same."""

from __future__ import annotations

import pytest

from pursuit.core.proofread.titles import canonical_title
from tests.core.proofread_corpus.builders import check, make_context, of_type

TITLE = "wrong_interviewer_title"


def titles(text: str, **context: object) -> list[str | None]:
    findings = of_type(check(text, make_context(**context)), TITLE)  # type: ignore[arg-type]
    return [f.text for f in findings]


def test_a_clearly_different_title_is_an_error_with_the_right_one() -> None:
    text = "Thank you. In your role as Director of Research, you see it all."
    [finding] = of_type(check(text), TITLE)
    assert (finding.start, finding.end) == (text.index("Director"), text.index(", you"))
    assert (finding.suggestion, finding.severity) == ("VP, Research", "error")


@pytest.mark.parametrize("title", [
    "VP, Research", "VP of Research", "Vice President of Research", "Vice-President, Research",
    "Research VP", "VP",
])
def test_equivalent_or_shorter_writings_pass(title: str) -> None:
    assert titles(f"I valued your perspective as {title}.") == []


@pytest.mark.parametrize(("mention", "right"), [
    ("Senior VP of Research", "VP, Research"),  # a word the real title lacks
    ("Vice President of Clinical Informatics", "Senior Vice President, Clinical Informatics"),
    ("Head of Engineering", "Head of Infrastructure"),
    ("CTO", "Chief Operating Officer"),
])
def test_inflated_demoted_or_different_titles_are_errors(mention: str, right: str) -> None:
    assert titles(f"In your role as {mention}, you lead many people.", title=right) == [mention]


def test_abbreviations_are_the_words_they_stand_for() -> None:
    assert canonical_title("Sr. Mgr, R&D") == canonical_title("Senior Manager of Research and "
                                                              "Development")
    assert canonical_title("CTO") == canonical_title("Chief Technology Officer")
    assert canonical_title("SVP, Sales") == canonical_title("Senior Vice President of Sales")


@pytest.mark.parametrize("text", [
    "As Director of Research at Larchmont, you see the whole pipeline.",
    "I hope you, as Director of Research, see the value.",
    "I enjoyed meeting Director of Research Adaeze Okonkwo.",
    "Dr. Okonkwo, Director of Research, asked good questions.",
    "Adaeze Okonkwo (Director of Research) asked good questions.",
    "Dr. Adaeze Okonkwo\nDirector of Research\nLarchmont Analytics, Inc.\n\nDear Dr. Okonkwo,",
])
def test_titles_tied_to_the_interviewer_are_read_in_each_place(text: str) -> None:
    assert titles(text) == ["Director of Research"]


@pytest.mark.parametrize("text", [
    "As Staff Engineer at Foo, I learned what you described.",  # the writer's own past title
    "As Head of Data at my last company, I grew a team.",
    "I'd love to join as Senior Data Engineer; you would rely on me.",  # the role applied for
    "Your team as well as Director Smith was kind.",
    "Thank you, Dr. Okonkwo, for your time.",
    "As of Monday, you will have my notes.",
])
def test_other_titles_are_not_the_interviewers(text: str) -> None:
    assert titles(text) == []


def test_without_a_title_in_the_context_nothing_is_checked() -> None:
    assert titles("In your role as Director of Research, you see it.", title=None) == []


@pytest.mark.parametrize(("text", "mention"), [
    ("It was good hearing from a Director of Research about cohorts.", "Director of Research"),
    ("Seeing it from a Senior VP's point of view helped.", "Senior VP"),
    ("It is rare for a CTO to be so open.", "CTO"),
    ("I enjoyed discussing FHIR with Larchmont's Chief Scientist, and your questions helped.",
     "Chief Scientist"),
    ("As Director of Research on a team that size, you must juggle a lot.",
     "Director of Research"),
    ("Your perspective as Chief Medical Officer was useful.", "Chief Medical Officer"),
])
def test_titles_that_speak_of_the_reader_away_from_the_name(text: str, mention: str) -> None:
    assert titles(text, title="VP, Research") == [mention]


def test_a_shorter_title_must_keep_the_head_of_the_real_one() -> None:
    title = "Chief Medical Information Officer"
    assert titles("As Chief Medical Officer, you see it all.", title=title) == [
        "Chief Medical Officer"]
    assert titles("It was great to hear from an Engineering Manager about it.",
                  title="Engineering Manager, Data Platform") == []
    assert titles("As Director, you see it all.", title="Director of Perception") == []


@pytest.mark.parametrize("text", [
    "I also met your CTO, Ravi Menon, who asked about costs.",
    "Dr. Zhou, your Director of Perception, asked about it.",
    "I enjoyed meeting a Director, Ravi Menon, at the lunch.",
    "The Nurse Managers I worked with would agree.",
    "Dear Professor Okonkwo,\nThank you.",
    "Working with a Chief Medical Officer at Northshore Medical Group taught me a lot.",
])
def test_titles_of_other_people_plurals_and_courtesy_words_are_left_alone(text: str) -> None:
    assert titles(text, prefix="Prof.", others=("Northshore Medical Group",)) == []


@pytest.mark.parametrize(("text", "mention"), [
    ("It was a privilege to hear a Director of Research describe the roadmap.",
     "Director of Research"),
    ("Hearing the Director of Research explain the cohorts was the highlight.",
     "Director of Research"),
    ("It is not every day that a Director of Research spends an hour with a candidate.",
     "Director of Research"),
    ("Thank you, Dr. Okonkwo, for taking time as Director of Research to meet me.",
     "Director of Research"),
    ("Thank you for sharing the Director of Research's view of the data.",
     "Director of Research"),
    ("I enjoyed the perspective of a Research Director on the cohorts.", "Research Director"),
])
def test_a_title_of_the_interviewers_field_anywhere_is_the_readers(text: str,
                                                                     mention: str) -> None:
    assert titles(text) == [mention]


@pytest.mark.parametrize("text", [
    "I would love to grow into a Director of Research one day.",
    "I reported to a Director of Research at Cranleigh Marine.",
    "My manager, the Director of Research at Cranleigh, taught me this.",
    "As a Director of Research at Cranleigh, I ran the cohort studies.",
    "Few Directors of Research would give an hour to a candidate.",
    "I met the Director of Engineering, who showed me the lab.",
    "The Director of Research, Ravi Menon, joined us for lunch.",
])
def test_titles_of_the_field_that_are_not_the_reader_are_left_alone(text: str) -> None:
    assert titles(text) == []


@pytest.mark.parametrize(("text", "mention"), [
    ("In your role as director of research, you see every cohort.", "director of research"),
    ("As director of research, you clearly care about the data.", "director of research"),
    ("It was great to hear from a director of research about the cohorts.",
     "director of research"),
    ("Your insight as Larchmont's Director of Research was valuable.", "Director of Research"),
])
def test_titles_in_lower_case_or_after_the_employers_name(text: str, mention: str) -> None:
    assert titles(text) == [mention]


@pytest.mark.parametrize("text", [
    "I learned a lot from a senior engineer at my last job.",
    "Your experience as an engineer before management showed.",
    "I valued your view as vp of research, and you were right.",
])
def test_lower_case_titles_of_anyone_or_right_ones_are_left_alone(text: str) -> None:
    assert titles(text) == []


def test_a_title_after_the_name_and_the_employers_possessive() -> None:
    text = "I enjoyed meeting Dr. Okonkwo, Larchmont's Director of Research, on Tuesday."
    assert titles(text) == ["Director of Research"]


def test_a_lower_case_title_after_the_name() -> None:
    assert titles("Thank you, Dr. Okonkwo, director of research, for the time.") == [
        "director of research"]
    assert titles("Thank you, Dr. Okonkwo, and the team; I met Adaeze, who leads research.") == []


def test_the_hiring_manager_is_a_part_in_the_hiring_not_a_title() -> None:
    assert titles("As the Hiring Manager, you know the team best.") == []
    assert titles("It was great to hear from a Hiring Manager about the team.") == []


@pytest.mark.parametrize(("text", "mention"), [
    ("It was valuable to hear a Managing Partner's view of how litigation support fits in.",
     "Managing Partner"),
    ("Hearing a Library Director talk so knowledgeably about Dublin Core was a treat.",
     "Library Director"),
    ("Seeing a Chief Scientist take notes on my answers was encouraging.", "Chief Scientist"),
])
def test_the_reader_heard_or_seen_by_a_title(text: str, mention: str) -> None:
    assert titles(text, title="Director of Legal Operations") == [mention]


def test_a_title_shortened_by_its_field_keeps_its_rank_and_head() -> None:
    title = "Principal Signalling Engineer"
    text = "It was good to meet a Principal Engineer who still checks the interlocking data."
    assert titles(text, title=title) == []
    # dropping the rank, or changing the head, is still wrong
    assert titles("It was good to meet a Signalling Engineer who checks the data.",
                  title=title) == ["Signalling Engineer"]
    assert titles("It was good to meet a Principal Signalling Manager who checks it.",
                  title=title) == ["Principal Signalling Manager"]
    # a C-title names an office: each word counts
    assert titles("As Chief Medical Officer, you see it all.",
                  title="Chief Medical Information Officer") == ["Chief Medical Officer"]


def test_a_titles_perspective_the_writer_got_is_the_readers() -> None:
    title = "Director of Legal Operations"
    assert titles("I appreciated getting a Managing Partner's perspective on the budget.",
                  title=title) == ["Managing Partner"]
    assert titles("It helped to get a Director of Legal Operations' perspective.",
                  title=title) == []
    assert titles("My mentor gave me a CFO's perspective years ago.", title=title) == []


def test_two_people_joined_by_and_are_two_titles() -> None:
    text = "I enjoyed meeting the Head of Digital Services and the Library Director."
    assert titles(text, title="Head of Digital Services") == []


@pytest.mark.parametrize("text", [
    "I learned a lot from a Chief Nursing Officer I worked with at St Mary's.",
    "Advice from a Director of Nursing I once shadowed still guides me.",
])
def test_a_title_of_someone_the_writer_knew_is_not_the_readers(text: str) -> None:
    assert titles(text, title="Director of Nursing", interviewer="Maria Lindqvist") == []


def test_the_readers_title_heard_from_them_is_still_checked() -> None:
    text = "I enjoyed hearing from a Deputy Director of Nursing about the rota changes."
    assert titles(text, title="Director of Nursing", interviewer="Maria Lindqvist") == [
        "Deputy Director of Nursing"]


@pytest.mark.parametrize("text", [
    "My former manager, a VP of Engineering, taught me a lot.",
    "My mentor, a Director of Engineering at Monzo, told me to apply.",
])
def test_a_title_in_apposition_to_someone_of_the_writers_is_theirs(text: str) -> None:
    assert titles(text, title="Engineering Manager, Payments", interviewer="Tomás Herrera",
                  prefix=None) == []


def test_a_rank_added_to_a_school_heads_title_in_the_address_block_is_an_error() -> None:
    context = make_context(interviewer="Joanna Threlfall", title="Headteacher", prefix="Mrs",
                           company="St Aidan's Primary School", aliases=("St Aidan's",))
    letter = ("Mrs Joanna Threlfall\nDeputy Headteacher\nSt Aidan's Primary School\n\n"
              "Dear Mrs Threlfall,\n\nThank you for Tuesday.\n")
    found = of_type(check(letter, context), "wrong_interviewer_title")
    assert [(f.text, f.suggestion) for f in found] == [("Deputy Headteacher", "Headteacher")]
    right = letter.replace("Deputy Headteacher", "Headteacher")
    assert of_type(check(right, context), "wrong_interviewer_title") == []


def test_a_post_on_the_floor_in_lower_case_is_whoever_holds_it() -> None:
    title = "Floor Manager, Night Operations"
    assert titles("New pickers spend an hour a day with the floor supervisor on rounds.",
                  title=title) == []
    assert titles("Thank you. As the floor supervisor, you see every handover.",
                  title=title) == ["floor supervisor"]


def test_a_trade_named_as_the_readers_title_is_read_as_a_title() -> None:
    title = "Claims Manager"
    assert titles("As a Claims Adjuster, you see every file we close.", title=title) == [
        "Claims Adjuster"]
    assert titles("As a Claims Adjuster at Harbour Mutual, I closed 400 files.",
                  title=title) == []  # the writer's own past


def test_the_title_of_the_readers_deputy_or_colleague_is_theirs() -> None:
    title = "Head of Planning"
    assert titles("Your deputy, the Planning Manager, walked me through the rota.",
                  title=title) == []
    assert titles("It was good to hear the Planning Manager view from you.",
                  title=title) == ["Planning Manager"]


@pytest.mark.parametrize("text", [
    "As Director of Research, I'm sure you have a busy month ahead.",
    "As Chief Scientist at Larchmont, I imagine you get many of these letters.",
    "As Director of Research, no doubt you have seen this before.",
])
def test_a_guess_about_the_reader_after_a_title_is_about_the_reader(text: str) -> None:
    assert titles(text, title="VP, Research") == [text[3:text.index(",")].split(" at ")[0]]


@pytest.mark.parametrize("text", [
    "As a Staff Engineer at Foo, I know you value careful migrations.",  # the writer's own
    "As Staff Engineer, I led the migration you asked about.",
])
def test_the_writers_own_title_before_what_they_did_is_left_alone(text: str) -> None:
    assert titles(text, title="VP, Research") == []


@pytest.mark.parametrize("name_line", ["Frau Greta Lindqvist", "Attn: Greta Lindqvist",
                                       "Sra. Greta Lindqvist", "Greta Lindqvist",
                                       # the last name alone, or after initials
                                       "Ms G. Lindqvist", "Dr. G. H. Lindqvist",
                                       "Ms Lindqvist",
                                       # forms of address cut inside the word
                                       "Sig.ra Greta Lindqvist", "Prof.ssa G. Lindqvist",
                                       "Univ.-Prof. Dr. Greta Lindqvist"])
def test_the_line_under_the_name_is_read_whatever_form_of_address_opens_it(
        name_line: str) -> None:
    text = (f"Sam Reed\n\n{name_line}\nOperations Director\nKestrel Mills\n\n"
            "Dear Ms Lindqvist,\n\nThank you for Tuesday.")
    assert titles(text, interviewer="Greta Lindqvist", prefix=None,
                  title="Head of Operations") == ["Operations Director"]
    right = text.replace("Operations Director", "Head of Operations")
    assert titles(right, interviewer="Greta Lindqvist", prefix=None,
                  title="Head of Operations") == []


def test_the_officers_of_a_board_are_titles() -> None:
    # the address line gives the club's secretary the chair's title
    text = "Attn. Mr. A. Okonkwo, Chairman\n\nDear Mr. Okonkwo,\n\nThank you for Monday.\n"
    assert titles(text, title="Secretary", prefix="Mr.") == ["Chairman"]
    assert titles(text.replace("Chairman", "Secretary"), title="Secretary", prefix="Mr.") == []


def test_a_line_that_only_ends_with_the_last_name_is_not_an_address() -> None:
    text = ("Dear Ms Lindqvist,\n\nI enjoyed the talk with you and with Ms Lindqvist\n"
            "Operations Director of the mill next door was there too.")
    assert titles(text, interviewer="Greta Lindqvist", prefix=None,
                  title="Head of Operations") == []


@pytest.mark.parametrize(("text", "found"), [
    ("It was an honour to be interviewed by the Plant Director himself.", ["Plant Director"]),
    ("Thank you. I was interviewed by the Head of Operations on Monday.", []),  # right
    # a panel: another person beside the title; a name after it makes it that person's
    ("I was interviewed by the Plant Director and the HR Lead.", []),
    ("I was interviewed by the Plant Director, Tom Hale, on Monday.", []),
    ("I was interviewed by a Plant Director at Foxby Mills last year.", []),
])
def test_whoever_interviewed_the_writer_is_the_reader(text: str, found: list[str]) -> None:
    assert titles(text, interviewer="Greta Lindqvist", prefix=None,
                  title="Head of Operations") == found


@pytest.mark.parametrize(("text", "found"), [
    ("It's not often that a Plant Director walks a candidate round the line.",
     ["Plant Director"]),
    ("It is rare for a Plant\nDirector to give an applicant a whole morning.",
     ["Plant Director"]),  # a hard-wrapped body line
    ("It's not often that a Head of Operations spends an hour with me.", []),  # right
    # not a rank: in lower case, or a person named after it, or two people
    ("It's rare that a plant director has time for this.", []),
    ("It's not often that a Plant Director, Tom Hale, calls back.", []),
    ("It is rare that a Plant Director and a Chef agree.", []),
])
def test_the_rank_complimented_for_its_rare_kindness_is_the_readers(
        text: str, found: list[str]) -> None:
    assert [" ".join(t.split()) for t in titles(
        text, interviewer="Greta Lindqvist", prefix=None, title="Head of Operations")
        if t] == found


def test_a_title_broken_by_a_hard_wrapped_line_before_you_is_still_read_whole() -> None:
    title = "Harbour Pilot"
    assert titles("Thank you for the launch ride. As Chief Harbour\nPilot you know every "
                  "buoy of the channel.", title=title) == ["Chief Harbour\nPilot"]
    assert titles("Thank you for the launch ride. As Harbour\nPilot you know every buoy.",
                  title=title) == []
    # no "you" after it: a line of its own, never joined to the next
    assert titles("I trained as Deck Officer\nPilot boats were my first posting.",
                  title=title) == []


def test_the_post_applied_for_given_to_the_reader_in_the_present_is_a_wrong_title() -> None:
    context = {"title": "Technical Director", "role": "Senior Stage Manager"}
    assert titles("Thanks for the tour. As Stage Manager you know every venue of the "
                  "circuit.", **context) == ["Stage Manager"]
    assert titles("As Stage Manager, you've seen how fast a get-in can go wrong.",
                  **context) == ["Stage Manager"]
    # the writer in the post to come, or the post itself: theirs, left alone
    assert titles("As Stage Manager you would get someone who never misses a cue.",
                  **context) == []
    assert titles("As Stage Manager you can count on me for the early calls.",
                  **context) == []
    assert titles("I am excited about the Stage Manager role and the new season.",
                  **context) == []


def test_proprietor_is_a_title_and_the_same_office_as_owner() -> None:
    # "Proprietor" after the name is a title like any other: wrong for a managing partner,
    # right for the owner the card names
    text = "Dear Mr. Okonkwo, Proprietor, Okonkwo Tailoring,\n\nThank you for the fitting."
    assert titles(text, title="Managing Partner") == ["Proprietor"]
    assert titles(text, title="Owner") == []
    assert canonical_title("Proprietor") == canonical_title("Owner")


def test_a_title_whose_field_is_joined_by_a_slash_is_read_whole() -> None:
    # round 36: "CAD/CAM", "UX/UI": a slash without spaces joins two words of one field
    title = "Production Manager"
    assert titles("As Head of UX/UI, you must see a lot of portfolios.", title=title) == [
        "Head of UX/UI"]
    assert titles("As Production Manager, you must see a lot of portfolios.",
                  title=title) == []
    assert titles("As UX/UI Production Manager, you must see a lot of portfolios.",
                  title="UX/UI Production Manager") == []


def _postal(post: str, firm: str) -> str:
    return (f"Ama Mensah\n4 Harbour Road\nTema\n\n2 March 2026\n\nThe {post}\n{firm}\n"
            "Plot 9, Industrial Area\nTema\n\nDear Sir,\n\nThank you for the interview on "
            "Monday and for the walk round the mill.\n\nYours faithfully,\nAma Mensah\n")


def test_an_inside_address_to_a_post_above_the_employer_names_the_readers_title() -> None:
    # Thirty-ninth round: "The <post>" on the line above the employer's name, no name given
    context = make_context(title="Mill Manager")
    found = of_type(check(_postal("Production Manager", "Larchmont Analytics"), context),
                    "wrong_interviewer_title")
    assert [(f.text, f.suggestion) for f in found] == [("Production Manager", "Mill Manager")]
    assert of_type(check(_postal("Mill Manager", "Larchmont Analytics"), context),
                   "wrong_interviewer_title") == []
    # above another firm's name the post is someone else's
    assert of_type(check(_postal("Production Manager", "Bellweather Freight"), context),
                   "wrong_interviewer_title") == []


# Forty-first round
def test_a_title_of_two_offices_joined_by_and_may_be_written_as_either() -> None:
    title = "Founder and Chief Engineer"
    assert titles("As the founder of a small brewery, you know how thin the margins are.",
                  title=title) == []
    assert titles("As Chief Engineer, you know how thin the margins are.", title=title) == []
    # an office the card does not hold is still an error, and a rank still may not be dropped
    assert titles("As Brewery Manager, you know how thin the margins are.",
                  title=title) == ["Brewery Manager"]
    assert titles("As Engineer, you know how thin the margins are.", title=title) == [
        "Engineer"]
    # a field shared by one office ("Sales and Marketing Director") is no pair of offices
    assert titles("As Marketing Director, you know how thin the margins are.",
                  title="Sales and Marketing Director") == []


@pytest.mark.parametrize(("text", "card"), [
    ("As Chief Ranger you must see every permit.", "Ranger"),
    ("As Bosun, you could easily have taken the rigging on alone.", "Deck Supervisor"),
])
def test_an_office_addressed_after_as_needs_no_listed_head_word(text: str, card: str) -> None:
    # Round 44: "As <office>, you <do now>" is the reader's office, whatever its head word
    found = of_type(check(text, make_context(title=card)), TITLE)
    assert [f.suggestion for f in found] == [card]


@pytest.mark.parametrize("text", [
    "As Ranger you must see every permit.",  # the card's own office
    "As Londoners, you know the river well.",  # a people, not an office
    "As Ranger you could take me on for the summer.",  # the writer in the post, to come
])
def test_the_right_office_a_people_or_the_post_to_come_pass(text: str) -> None:
    assert of_type(check(text, make_context(title="Ranger")), TITLE) == []
