"""Desperate tone, with a confident rewording; ordinary politeness is left alone."""

from __future__ import annotations

import pytest

from tests.core.proofread_corpus.builders import check, of_type


@pytest.mark.parametrize(("text", "phrase"), [
    ("Honestly, I really need this job.", "I really need this job"),
    ("I desperately need this position so badly.", "I desperately need this position so badly"),
    ("I need this.", "I need this"),
    ("Please, I beg you to reconsider.", "Please, I beg you"),
    ("I'm begging you to call.", "I'm begging you"),
    ("I am pleading with you.", "pleading with you"),
    ("Please, please reply soon.", "Please, please"),
    ("Please hire me.", "Please hire me"),
    ("Just give me a chance.", "Just give me a chance"),
    ("I am desperate to hear back.", "desperate"),
    ("I'll do anything for this role.", "I'll do anything"),
    ("I would take any job you have.", "take any job"),
    ("You are my last hope.", "You are my last hope"),
    ("I'd work for free.", "work for free"),
    ("I really need\nthis job.", "I really need\nthis job"),
])
def test_desperate_phrases_are_found_with_a_confident_rewording(text: str, phrase: str) -> None:
    [finding] = of_type(check(text), "desperate_tone")
    assert (finding.text, finding.start) == (phrase, text.index(phrase))
    assert finding.suggestion and finding.suggestion.casefold() != phrase.casefold()
    assert finding.severity == "error"


@pytest.mark.parametrize("text", [
    "Please let me know if you need anything else.",
    "Please don't hesitate to reach out; please find attached my references.",
    "I need to check my calendar, and what I need this quarter is focus.",
    "I would welcome the chance to talk again.",
    "I'm available any time, and any day works.",
    "I began the project in 2019.",
])
def test_ordinary_politeness_passes(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


def test_pleas_one_after_the_other_are_one_finding() -> None:
    text = "Please, I am begging you, give me a chance to prove it."
    [finding] = check(text)
    assert finding.type == "desperate_tone"
    assert finding.text == "Please, I am begging you, give me a chance"


@pytest.mark.parametrize("text", [
    "I can't afford to lose another opportunity like this one.",
    "I will work for any salary you offer.",
])
def test_more_ways_of_sounding_desperate(text: str) -> None:
    assert [f.type for f in check(text)] == ["desperate_tone"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("I really, really need this job.", "I really, really need this job"),
    ("My family is depending on me.", "My family is depending on"),
    ("I'm running out of options.", "I'm running out of options"),
    ("I would be devastated if I didn't get this.", "devastated if"),
    ("This job is my only chance.", "job is my only chance"),
    ("I will be checking my email every hour.", "checking my email every hour"),
    ("I don't know what I'll do if I don't get it.", "don't know what I'll do if"),
    ("I'm happy to work unpaid for a month.", "work unpaid"),
])
def test_pleas_about_ones_circumstances(text: str, phrase: str) -> None:
    assert [f.text for f in of_type(check(text), "desperate_tone")] == [phrase]


@pytest.mark.parametrize("text", [
    "The project was running out of time, so we cut scope.",
    "Our customers depend on the data, and my team relies on the dashboards.",
    "I was devastated when the launch slipped, and we learned from it.",
])
def test_circumstances_that_are_not_pleas_pass(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize("text", [
    "Please pick me for this role.",
    "I have applied to 200 jobs since March.",
    "I really need the money.",
    "I'll take anything you have.",
    "I would welcome any chance at all.",
])
def test_more_pleas(text: str) -> None:
    assert len(of_type(check(text), "desperate_tone")) == 1


@pytest.mark.parametrize("text", [
    "We applied to two grants last year, and the model rejected so many bad records.",
    "Money is tight for the programme; I'll take any questions you have.",
])
def test_the_same_words_without_a_plea_pass(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize(("text", "phrase"), [
    # with the plea after it in the same sentence, one finding (fifth round)
    ("After two near misses this year I really can't face another rejection, so I hope "
     "you'll give me this chance.", "I really can't face another rejection, so I hope "
     "you'll give me this chance"),
    ("After two near misses this year I really can't face another rejection.",
     "I really can't face another rejection"),
    ("Honestly, another rejection would crush me.", "another rejection would crush me"),
    ("I don't think I can take one more knock-back.", "I don't think I can take one more "
                                                       "knock-back"),
])
def test_pleas_about_rejection(text: str, phrase: str) -> None:
    assert [f.text for f in of_type(check(text), "desperate_tone")] == [phrase]


@pytest.mark.parametrize("text", [
    "The schedule can't take another delay, so we cut scope.",
    "We handled each rejection of a claim with a written reason.",
    "I learned to take a rejection of my design as feedback.",
])
def test_rejection_in_the_work_is_not_a_plea(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("Please don't pass on me.", "Please don't pass on me"),
    ("I really need this to work out.", "I really need this to work out"),
    ("I've applied for over a hundred roles and this is my last shot.", "this is my last shot"),
    ("I've been out of work since March and I have bills to pay.", "I have bills to pay"),
    ("My savings are nearly gone.", "My savings are nearly gone"),
    ("Honestly, I'm at the end of my rope.", "at the end of my rope"),
])
def test_asking_not_to_be_turned_away_and_being_at_the_end_of_ones_means(
        text: str, phrase: str) -> None:
    assert [f.text for f in of_type(check(text), "desperate_tone")] == [phrase]


@pytest.mark.parametrize("text", [
    "Please don't hesitate to call me.",
    "We need this to work out for the client, so I tested it twice.",
    "It was our last shot at the launch window, and we made it.",
    "This is my only chance to say thanks in writing before you travel.",
])
def test_the_same_words_about_the_work_pass(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("I honestly can't afford to be turned down again.",
     "I honestly can't afford to be turned down"),
    ("After this year I can't bear to be passed over again.", "I can't bear to be passed over"),
    ("I really cannot afford another rejection.", "I really cannot afford another rejection"),
    ("Please don't pass me over.", "Please don't pass me over"),
    ("Please do not turn me down.", "Please do not turn me down"),
    ("I have nothing else lined up.", "I have nothing else lined up"),
    ("I've got no other offers on the table.", "I've got no other offers on the table"),
    ("I don't have any other options.", "I don't have any other options"),
    ("I'll honestly take anything you can offer me.", "I'll honestly take anything"),
    ("I would gladly accept anything at this point.", "I would gladly accept anything"),
])
def test_fear_of_being_turned_away_and_no_other_prospects(text: str, phrase: str) -> None:
    assert [f.text for f in of_type(check(text), "desperate_tone")] == [phrase]


@pytest.mark.parametrize("text", [
    "We can't afford to be turned down by the regulator, so the filing was checked twice.",
    "I have nothing else to add, and no other questions for now.",
    "I have no other commitments until June, so I can start early.",
    "The team had nothing else lined up for the sprint, so we paid down debt.",
    "I'd happily take anything off your plate during the migration.",
    "I can't stand to see a flaky test stay red.",
])
def test_the_same_words_without_a_plea_pass_too(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("I am ready to do anything to get this position, whether it is relocating or nights.",
     "I am ready to do anything to get this position"),
    ("I will do whatever it takes to earn this position.",
     "I will do whatever it takes to earn this position"),
    ("I'm willing to do whatever is needed to land the job.",
     "I'm willing to do whatever is needed to land the job"),
    ("Honestly I'd go to any lengths to join your team.",
     "I'd go to any lengths to join your team"),
])
def test_doing_anything_for_the_job_itself_is_a_plea(text: str, phrase: str) -> None:
    [finding] = of_type(check(text), "desperate_tone")
    assert finding.text == phrase


@pytest.mark.parametrize("text", [
    "I will do whatever it takes to ship the release on time.",
    "I'm ready to do anything the ward needs on a busy night.",
    "We did whatever it takes to get the plant running again.",
    "The crew will do anything to get the product out the door.",
])
def test_doing_what_the_work_takes_is_commitment(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize("text", [
    "I really, really want this job more than anything.",
    "This job would mean the world to me and my family.",
    "I have been unemployed for eight months and I am running out of time.",
    "I'm willing to start tomorrow for less pay if that helps.",
    "Please don't let my lack of experience stop you from hiring me.",
    "I will work nights, weekends, whatever you need, just please give me this job.",
    "I have applied to over 200 jobs and this is the one I want most.",
    "I can't sleep and I check my phone every few minutes.",
    "If I don't get this job I don't know what I will do.",
    "You won't regret taking a chance on me, I promise.",
    "I'll do literally anything you ask.",
    "I'm prepared to take a pay cut just to get my foot in the door.",
])
def test_more_pleas_as_candidates_write_them(text: str) -> None:
    assert len(of_type(check(text), "desperate_tone")) == 1


@pytest.mark.parametrize("text", [
    "I really want to help your team grow the clinic.",
    "I took a pay cut in 2019 to join a start-up, and it was worth it.",
    "The project was running out of time, so we re-planned the cut-over.",
    "I don't know what I would do differently, to be honest; the plan held.",
    "Please don't let the form put you off: the portal takes two minutes.",
    "The role would mean a move to Leeds, which suits us.",
])
def test_the_same_words_without_a_plea(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


def test_pleas_in_one_sentence_are_one_finding_and_a_semicolon_parts_them() -> None:
    text = ("After two near misses I really can't face another rejection, so I hope you'll "
            "give me this chance.")
    [finding] = of_type(check(text), "desperate_tone")
    assert finding.text == ("I really can't face another rejection, so I hope you'll give me "
                            "this chance")
    text = "I'm begging you to consider me for the role; please, please let me know."
    assert [f.text for f in of_type(check(text), "desperate_tone")] == [
        "I'm begging you", "please, please"]


@pytest.mark.parametrize("text", [
    "I have been searching for over a year and I am losing hope.",
    "I've almost given up hope of finding a ward like yours.",
    "I would be forever grateful if you gave me a chance.",
    "I'll take whatever salary you can offer.",
    "I am willing to do anything, even unpaid overtime, to prove myself.",
    "Getting this job would change my life.",
])
def test_hope_lost_and_favours_begged(text: str) -> None:
    assert len(of_type(check(text), "desperate_tone")) == 1


@pytest.mark.parametrize("text", [
    "I'm forever grateful to my first mentor.",
    "My manager gave me a chance to lead the audit.",
    "This role would change my career direction for the better.",
    "I'm ready to do anything the ward needs.",
    "We never lost hope during the outage.",
])
def test_gratitude_and_readiness_without_a_plea(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize("sentence", [
    "Honestly this job is everything to me and I cannot fail again.",
    "Hiring me would save my family.",
    "I can't afford to fail again, so please consider me.",
])
def test_the_job_as_everything_and_failure_feared_are_pleas(sentence: str) -> None:
    assert len([f for f in check(sentence) if f.type == "desperate_tone"]) == 1


@pytest.mark.parametrize("sentence", [
    "I need a role with some travel, and this one has it.",
    "I need a job closer to home since we moved to Leeds.",
    "Reliability is everything to me, and the role is everything I hoped for.",
    "The migration could not fail again after the fix.",
])
def test_a_need_of_the_job_and_everything_else_are_not_pleas(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "desperate_tone"] == []


def test_needing_this_job_at_a_place_is_still_a_plea() -> None:
    text = "I really need this job at Larchmont, and I need the role in Leeds."
    assert len([f for f in check(text) if f.type == "desperate_tone"]) >= 1


@pytest.mark.parametrize("sentence", [
    "I beg to inform you that I have completed the course.",
    "I beg your pardon for the late reply.",
    "I beg to differ on one small point about the rota.",
])
def test_the_formal_idioms_of_beg_are_not_pleas(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "desperate_tone"] == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("Since March my savings have run out.", "my savings have run out"),
    ("I was laid off and my savings are gone.", "my savings are gone"),  # no adverb needed
    ("I am in urgent need of a job before winter.", "I am in urgent need of a job"),
    ("Truthfully, I have no other option left.", "I have no other option left"),
])
def test_ninth_round_pleas_about_ones_means(text: str, phrase: str) -> None:
    [finding] = of_type(check(text), "desperate_tone")
    assert finding.text == phrase


@pytest.mark.parametrize("text", [
    "The clinic is in urgent need of a second sonographer.",  # the employer's need
    "I have no other questions for now.",
    "Our savings plan is gone over in the attached deck.",
])
def test_ninth_round_needs_of_others_pass(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("I'll take any nursing post you have, even nights.", "take any nursing post"),
    ("I would accept any short-term contract you can offer.",
     "accept any short-term contract"),
])
def test_taking_any_post_whatever_its_kind_is_a_plea(text: str, phrase: str) -> None:
    assert [f.text for f in of_type(check(text), "desperate_tone")] == [phrase]


@pytest.mark.parametrize("text", [
    "I did not take any active role in the audit.",
    "We never accept any late work from students.",
    "I can take any questions you still have about the offer.",
])
def test_any_after_a_negation_or_before_another_noun_is_no_plea(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


def test_needing_this_chance_is_a_plea_and_one_with_a_circumstance_beside_it() -> None:
    [finding] = of_type(check("Honestly, I need this chance so much."), "desperate_tone")
    assert finding.text == "I need this chance"
    # in one sentence with a circumstance: one finding over both
    text = "My kids are counting on me, and I need this chance badly."
    [finding] = of_type(check(text), "desperate_tone")
    assert "I need this chance" in (finding.text or "")


@pytest.mark.parametrize("sentence", ["I need the chance to review the draft first.",
                                      "To review it, I need this chart updated."])
def test_needing_the_chance_to_do_work_is_no_plea(sentence: str) -> None:
    assert of_type(check(sentence), "desperate_tone") == []


@pytest.mark.parametrize("sentence", [
    "I moved last year, and I need the role to be based in Leeds.",
    "With two children at school, I need the position based near Bristol.",
    "I need the job to include some remote days, as we discussed.",
])
def test_what_the_job_must_be_is_no_plea(sentence: str) -> None:
    assert of_type(check(sentence), "desperate_tone") == []


def test_please_give_me_any_chance_is_a_plea_and_a_question_is_not() -> None:
    assert [f.text for f in of_type(check("So please give me any chance, I will work hard."),
                                    "desperate_tone")] == ["please give me any chance"]
    assert of_type(check("Would the certificate give me any chance of a transfer?"),
                   "desperate_tone") == []
    assert of_type(check("Please give me any feedback you have."), "desperate_tone") == []



@pytest.mark.parametrize(("sentence", "word"), [("I am getting desparate for news.", "desparate"),
                                                ("I desprately want to hear back.", "desprately")])
def test_a_misspelt_desperate_is_still_desperate(sentence: str, word: str) -> None:
    found = of_type(check(sentence), "desperate_tone")
    assert found and all(word in (f.text or "") for f in found)


def test_words_that_only_start_like_desperate_are_no_plea() -> None:
    text = "Despite the rain, the despatch team kept a steady pace on the project."
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize("text", [
    "Honestly, I cannot lose this opportunity after the year I have had.",
    "I really can't miss another chance like this one.",
])
def test_not_losing_the_chance_without_afford_is_a_plea(text: str) -> None:
    assert [f.type for f in check(text)] == ["desperate_tone"]


@pytest.mark.parametrize("text", [
    "I can't miss this chance to thank you for the tour.",
    "We cannot lose this customer to a late shipment, so I called them.",
])
def test_a_chance_to_write_or_a_customer_kept_is_no_plea(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize("text", [
    "The harvest is over, I know. I can be there on Monday, any hours, any pay.",
    "I could drive the night route, weekends and any wage.",
    "It has been three weeks now and I am beginning to panic.",
    "I'm slowly losing hope after so long a silence.",
])
def test_any_pay_as_the_last_of_a_list_and_ones_own_panic_are_pleas(text: str) -> None:
    assert len(of_type(check(text), "desperate_tone")) == 1


@pytest.mark.parametrize("text", [
    "At any rate, the forklift course I pay for ends in May, so I can start then.",
    "Please tell me if you have any salary range in mind for the role.",
    "When the conveyor stopped, the new crew started to panic, but the foreman calmed them.",
    "The display showed the pay rates for every shift.",
])
def test_an_idiom_a_question_of_pay_and_others_panic_are_not_pleas(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


@pytest.mark.parametrize("text", [
    "Please, I beg you, don't say no to me this time.",
    "Please do not say no. I have waited months for this call.",
    "I hope you will give me the chance to show what I can do.",
    "Please give me the chance, I will not let you down.",
])
def test_asking_not_to_be_refused_and_the_reader_giving_the_chance_are_pleas(
        text: str) -> None:
    assert len(of_type(check(text), "desperate_tone")) == 1


@pytest.mark.parametrize("text", [
    "The new line would give me the chance to run the tests I described.",
    "The training could give me the opportunity to learn the lathe properly.",
    "The night shift on the new press would\ngive me the chance to learn the dies.",
    "Please don't say no to a second coffee when you visit the workshop.",
])
def test_what_a_job_would_give_and_an_offer_are_no_pleas(text: str) -> None:
    assert of_type(check(text), "desperate_tone") == []


def test_asking_not_to_be_let_down_is_a_plea_and_a_teams_word_is_not() -> None:
    assert len(of_type(check("It took me a year to get here. Please don't let me down."),
                       "desperate_tone")) == 1
    assert of_type(check("The game is on Sunday. Please don't let the team down."),
                   "desperate_tone") == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("I'll take whatever shifts you have.", 1),
    ("I would accept whatever contract you can offer.", 1),
    # what the reader has to say, and the work the job needs, are no terms taken
    ("I'll take whatever feedback you have on board.", 0),
    ("I can cover whatever shifts you have open in December.", 0),
])
def test_taking_whatever_share_of_the_work_there_is_is_a_plea(text: str, flagged: int) -> None:
    assert len(of_type(check(text), "desperate_tone")) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Honestly, I have nowhere else to turn.", 1),
    ("I'd be happy with any salary.", 1),
    ("I'll work any hours you give me.", 1),
    ("I can work any shift, weekends, nights, anything.", 1),
    ("Please ring me when you can, I am waiting by the phone.", 1),
    ("Please let me know soon, I'm checking my inbox every hour.", 1),
    # a thing with nowhere to go, a range agreed to, work on anything, a habit of work
    ("The spare pallets had nowhere else to go.", 0),
    ("I'd be happy with any salary in the advertised range.", 0),
    ("I like to work on anything with an engine.", 0),
    ("On the help desk I was checking the shared inbox every morning.", 0),
])
def test_nowhere_to_turn_any_salary_any_hours_and_waiting_by_the_phone(
        text: str, flagged: int) -> None:
    assert len(of_type(check(text), "desperate_tone")) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # round 36: the writer's own rent or bills falling behind, and the work taken the spoken
    # way ("whatever hours you've got")
    ("I'll be honest, I'm struggling to cover my rent since the summer.", 1),
    ("I have fallen behind on the bills this winter.", 1),
    ("I'll take whatever hours you've got, any day of the week.", 1),
    # a firm keeping up with demand, the rent of a shop spoken of, and what the reader has
    # to tell are no pleas
    ("The bakery was struggling to keep up with orders in December.", 0),
    ("We kept the rent of the stall low by sharing it.", 0),
    ("Let me know whatever news you've got after the board meets.", 0),
])
def test_rent_falling_behind_and_whatever_work_youve_got_are_pleas(
        text: str, flagged: int) -> None:
    assert len(of_type(check(text), "desperate_tone")) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # round 37: already out of options or money, not only running out
    ("I'm about out of options right now, to be honest.", 1),
    ("I'm all but out of money since the plant closed.", 1),
    # a venue or a team out of options is no plea of the writer's
    ("We're out of options for the venue this year.", 0),
    ("The printer is out of ink again.", 0),
])
def test_being_out_of_options_or_money_is_a_plea(text: str, flagged: int) -> None:
    assert len(of_type(check(text), "desperate_tone")) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # round 38: "without steady/regular work or income" is being without work
    ("I can't afford to spend another month without regular income.", 1),
    # said of others, and with no fear of one's own, it is a fact
    ("Our clients often go months without steady work.", 0),
])
def test_being_without_steady_work_counts_as_being_without_work(text: str,
                                                               flagged: int) -> None:
    assert len(of_type(check(text), "desperate_tone")) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # round 43: one's means told as a season one cannot last without work
    ("Honestly, I couldn't get through one more summer without a steady income.", 1),
    ("I can't go another month without a job after the mill closed.", 1),
    # a team or a machine that cannot go without something is a fact of the work
    ("The press can't go another month without a full service.", 0),
    ("I can't go another week without thanking you for the tour.", 0),
    # ... and the asking pressed with "please"
    ("So please, I am asking you to give me a chance at the depot.", 1),
    ("I'm asking you to please consider me for the night shift.", 1),
    ("I am asking you to consider my application for the night shift.", 0),
    ("Please, I'm asking you to send the rota by Friday.", 0),
])
def test_lasting_without_work_and_pressed_asking_are_pleas(text: str, flagged: int) -> None:
    assert len(of_type(check(text), "desperate_tone")) == flagged
