"""Misspellings: the English dictionary plus the user's own words (contracts.md)."""

from __future__ import annotations

import pytest

from pursuit.core.proofread import languages
from pursuit.core.proofread.lexicon import WordChecker, english_dictionary, key_slip
from pursuit.core.proofread.wordlists import scowl_lexicon
from tests.core.proofread_corpus.builders import check, make_context, of_type, texts


def test_a_misspelling_has_its_span_line_column_and_the_dictionarys_suggestion() -> None:
    text = "Subject: Thanks\n\nThank you for the oportunity to talk."
    [finding] = check(text)
    assert finding.type == "misspelling"
    assert (finding.start, finding.end) == (text.index("oportunity"), text.index(" to talk"))
    assert (finding.line, finding.col) == (3, 19)
    assert finding.suggestion == "opportunity"
    assert finding.severity == "error"


@pytest.mark.parametrize(("typo", "suggestion"), [
    ("Teh", "The"),  # the writer's capital is kept
    ("teh", "the"),
    ("adn", "and"),  # not the proper noun "Adan" that the dictionary ranks first
    ("im", "I'm"),
    ("recieved", "received"),
])
def test_suggestions_keep_the_case_the_writer_used(typo: str, suggestion: str) -> None:
    [finding] = check(f"We said {typo} once.")
    assert (finding.text, finding.suggestion) == (typo, suggestion)


@pytest.mark.parametrize(("sentence", "typo", "suggestion"), [
    ("I realy enjoyed the tour of the plant.", "realy", "really"),  # not "relay"
    ("The team is comitted to safety.", "comitted", "committed"),  # not "omitted"
    ("Your notes were usefull to me.", "usefull", "useful"),  # not "usefully"
    ("It was good to meet your collegues.", "collegues", "colleagues"),  # not "colleges"
    ("Everything that happend today was new.", "happend", "happened"),  # not "happen"
    ("It made a lot of sence to me.", "sence", "sense"),  # not "seance"
])
def test_the_suggestion_is_the_slip_a_writer_most_likely_made(sentence: str, typo: str,
                                                             suggestion: str) -> None:
    """A doubled letter undone or made, then a letter left out, before other slips: the
    suggestion a user clicks replaces the word, so a wrong one costs a second edit."""
    [finding] = check(sentence)
    assert (finding.text, finding.suggestion) == (typo, suggestion)


def test_a_near_miss_of_a_context_name_suggests_the_name() -> None:
    [finding] = check("I enjoyed my visit to Larchmount.")
    assert (finding.text, finding.suggestion) == ("Larchmount", "Larchmont")


def test_the_subject_line_is_checked_too() -> None:
    text = "Subject: Thnak you\n\nDear Dr. Okonkwo,\nThanks."
    [finding] = check(text)
    assert (finding.text, finding.line, finding.col) == ("Thnak", 1, 10)


def test_only_the_misspelt_part_of_a_hyphenated_word_is_reported() -> None:
    text = "Thanks for the well-recieved feedback and the follow-up."
    [finding] = check(text)
    assert finding.text == "recieved"
    assert finding.start == text.index("recieved")


CLEAN_SENTENCES = [
    # technical words, from the bundled list or the dictionary
    "We moved 40 services to Kubernetes with Terraform, Helm and Argo CD on EKS.",
    "PostgreSQL, FHIR, HL7, gRPC, GraphQL, eBPF, OpenTelemetry and dbt on Snowflake.",
    "The DAGs and VMs were rebuilt; the APIs' latency fell, and the SLOs held.",
    # names from the context, with possessives, hyphens, accents and apostrophes
    "Dr. Okonkwo's team and Siobhan O'Sullivan's notes; Larchmont's roadmap.",
    # possessives and contractions, straight and curly
    "The team's plan, the teams' goals, and the company’s mission; I’m sure we’d agree.",
    "I'd, we've, they're, shouldn't've, it's, isn't, won't.",
    # hyphenated words and prefixes
    "A cross-functional, long-term, self-serve, pre-merge, co-led, non-trivial follow-up.",
    # numbers, money, percentages, dates, versions, phone numbers
    "We cut costs by 30% ($1.2M) in Q3 2024, on v2.3.1, 24/7, p99 under 250 ms.",
    "Call me at +1 (617) 555-0134 or 617.555.0134 on March 11th at 10 a.m.",
    # e-mail addresses, URLs, domains and handles
    "Write to siobhan.osullivan@example.com, see https://github.com/siobhan-osx/repo-x "
    "or larchmont.com/blog, and ping @siobhan-os.",
    # acronyms and abbreviations
    "HIPAA, GDPR, SOC 2, AWS, GCP, e.g. this, i.e. that, Ph.D. students, U.S. customers, etc.",
    # British spellings and accented English words
    "My résumé shows a programme of work done with candour, colour and naïve optimism.",
    # Irish names the dictionary half knows
    "I enjoyed O'Reilly's book.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_correct_english_of_this_kind_gets_no_finding(sentence: str) -> None:
    assert check(sentence) == []


def test_capitalised_words_are_still_checked() -> None:
    # Skipping capitalised words would hide these typos.
    found = texts(check("Thank you. Goolge and Amazom were mentioned. Intrested?"))
    # "Amazom" inside a sentence reads as a name no list knows (a known limit: SCOWL's
    # "Amazon" is not common enough to outweigh the Wayfairs and Chippenhams of real letters).
    assert found == ["Goolge", "Intrested"]


def test_long_words_in_capitals_are_still_checked() -> None:
    assert texts(check("It was AMAZZING to meet you.")) == ["AMAZZING"]


def test_a_capitalised_word_inside_a_sentence_that_no_list_knows_is_a_name() -> None:
    # Former employers, places and people a letter names are mostly in no list: a capital
    # inside a sentence marks them as names...
    assert check("I also enjoyed meeting Niamh Breathnach at Cranleigh Marine.") == []
    # ...unless the word is one slip from a common word or from one of the user's names.
    found = check("I met Niamh Breathnah on Thrusday.", known_words=["Niamh Breathnach"])
    assert [(f.text, f.suggestion) for f in found] == [
        ("Breathnah", "Breathnach"), ("Thrusday", "Thursday")]
    # At the start of a sentence a capital says nothing: the word is checked as usual.
    assert texts(check("Thanks again. Wierd question, but...")) == ["Wierd"]


def test_every_context_field_with_names_makes_its_words_known() -> None:
    context = make_context(
        interviewer="Nguyen Thi Lan", candidate="Wojciech Kowalczyk",
        topics=("the Zeebe workflow engine",), strengths=("Pulsar",),
        others=("Quillfeather Health",), company="Fjordline Systems GmbH",
        aliases=("Fjordline",), title="Staff Engineer", prefix=None,
    )
    text = ("Dear Lan, thanks from Wojciech Kowalczyk about Zeebe and Pulsar at Fjordline "
            "Systems GmbH.")
    assert check(text, context) == []


def test_words_inside_a_wrong_name_are_not_also_reported_as_typos() -> None:
    findings = check("Dear Dr. Okonko,\nThanks.")
    assert [f.type for f in findings] == ["wrong_interviewer_name"]


class FakeSpeller:
    """A dictionary of a handful of words, to pin down WordChecker's own rules."""

    words = {"hello", "world", "I'm"}

    def check(self, word: str) -> bool:
        return word in self.words

    suggestions = {"adn": ["Adan", "Aden", "and"], "im": ["IMO", "I'm", "om"], "Wrold": ["world"]}

    def suggest(self, word: str) -> list[str]:
        return self.suggestions.get(word, [])


def test_word_checker_rules_without_the_real_dictionary() -> None:
    checker = WordChecker(FakeSpeller(), {"kubernetes"})
    assert checker.is_correct("hello")
    assert checker.is_correct("Kubernetes") and checker.is_correct("KUBERNETES's")
    assert checker.is_correct("AWS") and checker.is_correct("SLOs")  # acronyms
    assert checker.is_correct("GraphQL")  # camelCase product names
    assert not checker.is_correct("Helo")
    assert not checker.is_correct("WORLDWIDE")  # seven capitals: a word, checked
    # A lower-case typo gets a lower-case word or the pronoun I, not a proper noun...
    assert checker.suggestion("adn") == "and"
    assert checker.suggestion("im") == "I'm"
    # ...a capitalised one keeps its capital; no suggestion at all is None.
    assert checker.suggestion("Wrold") == "World"
    assert checker.suggestion("zzxq") is None


def test_every_form_of_a_context_word_is_known() -> None:
    context = make_context(topics=("dashboards for county epidemiologists",
                                   "wastewater benchmarks"))
    text = "An epidemiologist's dashboard, benchmarking and a benchmark."
    assert check(text, context) == []


@pytest.mark.parametrize("sentence", [
    "The autoscaler, playtesting, geofencing and frametime work went well.",
    "We recalibrated the rig, resequencing the frames; the profiler and comparator helped.",
    "Gracias, Danke, Merci and Cheers.",
    "The organisation's programme was optimising colour and centre favourites; I learnt a lot.",
    "The extrinsics and the sixth formers, and a few tradeoffs.",
])
def test_words_right_but_not_in_a_small_dictionary(sentence: str) -> None:
    assert check(sentence) == []


@pytest.mark.parametrize(("typo", "suggestion"), [
    ("alot", "a lot"),
    ("thankyou", "thank you"),
    ("firends", "friends"),  # a compound of "fir" and "ends", but one slip from "friends"
    ("untill", "until"),
])
def test_compounds_that_are_slips_are_still_misspellings(typo: str, suggestion: str) -> None:
    [finding] = check(f"We said {typo} once.")
    assert (finding.text, finding.suggestion) == (typo, suggestion)


def test_two_words_run_together_around_a_function_word_are_a_slip() -> None:
    assert texts(check("I worked withthe team.")) == ["withthe"]


def test_a_slip_in_a_known_term_is_not_taken_for_a_name() -> None:
    [finding] = check("We talked about Kubernetez and Terraform.")
    assert (finding.text, finding.suggestion) == ("Kubernetez", "Kubernetes")


@pytest.mark.parametrize(("slip", "right"), [
    ("wether", "whether"), ("publically", "publicly"), ("accidently", "accidentally"),
    ("irregardless", "regardless"), ("calender", "calendar"), ("eventhough", "even though"),
])
def test_rare_forms_a_letter_never_means_are_slips(slip: str, right: str) -> None:
    [finding] = check(f"I checked {slip} it was set.")
    assert (finding.type, finding.text, finding.suggestion) == ("misspelling", slip, right)


def test_the_honorific_suffix_of_a_name_is_not_a_slip() -> None:
    assert check("Thank you, Okonkwo-san, for the time.") == []


def test_a_name_at_the_start_of_a_sentence_is_a_name() -> None:
    text = "Thank you. Oluwaseun showed me the rigs. Nkechi's demo was great. Recieved it."
    assert texts(check(text)) == ["Recieved"]


@pytest.mark.parametrize("sentence", [
    "Thanks for the chat, and for geeking out with me about rule tuning.",  # geek + -ing
    "It would clean up the finish without losing that soft, bready malt.",  # bread + -y
    "I brought the CANalyzer logs as evidence for each requirement.",  # acronym-led product
    "At Marlow & Quince I put together a catalogue of our suppliers.",  # names joined by &
    "Thank you for the samples. Diolch yn fawr, it was a pleasure.",  # Welsh courtesy phrase
    "Mòran taing leibh, and I hope to hear from you soon.",  # Scottish Gaelic
    "I'd be glad to brew a pilot batch whenever suits you. Prost, and thanks again!",
    "The balises feed the interlocking, and the brite tank was cold.",  # field jargon
])
def test_words_of_the_writers_world_are_not_misspellings(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("typo", ["comming", "occuring", "begining", "finaly", "realy",
                                  "runing", "hopeing", "stoping"])
def test_wrongly_joined_endings_are_still_slips(typo: str) -> None:
    # a common word and an ending, joined the wrong way: a doubled letter missing or extra,
    # an e kept, -ly cut short
    [finding] = check(f"I am {typo} soon.")
    assert (finding.type, finding.text) == ("misspelling", typo)


def test_a_slip_in_the_employers_name_beside_an_ampersand_is_still_caught() -> None:
    findings = check("I would love to work with the Harow & Vane team.",
                     make_context(company="Harrow & Vane Capital LLP"))
    assert [(f.text, f.suggestion) for f in findings if f.type == "misspelling"] == [
        ("Harow", "Harrow")]


def test_yn_alone_is_not_known() -> None:
    assert [f.text for f in check("I am interested yn the role.")] == ["yn"]


@pytest.mark.parametrize("sentence", [
    "We virtualised the test rigs and pseudonymised the records.",  # -ise verbs of words
    "I templatised the reports and productionised the model.",
    "The teams were siloed before the merger.",  # silo + -ed
])
def test_british_and_derived_verbs_of_known_words(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("typo", ["priortise", "orgnaise", "recgonise"])
def test_slips_in_ise_verbs_are_still_caught(typo: str) -> None:
    assert [f.text for f in check(f"We will {typo} the backlog.")] == [typo]


@pytest.mark.parametrize("text", [
    "Walking past the pōhutukawa trees on the coast reminded me of your biome work.",
    "I have admired Dún Laoghaire's harbour since I was a child.",
    "Subject: Merci pour mardi",
    "My address is 14 Ard na Gréine, Galway.",
    "Our fifty contactors were replaced during the shutdown.",
])
def test_words_of_other_languages_and_plurals_of_plain_words_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("Danke for teh call on Monday.", "teh"),
    ("Merci, and I look forward to recieving your news.", "recieving"),
    ("I enjoyed the tour of the caf\u00e9 and teh kitchen.", "teh"),
    ("We shiped the contactors on time.", "shiped"),
])
def test_slips_beside_foreign_words_are_still_caught(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


@pytest.mark.parametrize("text", [
    "I led an IV to PO program for linezolid and cut fluoroquinolone use.",
    "Patients on adalimumab and rosuvastatin were reviewed weekly.",
    "I handled claims for the agtech and proptech clients.",
])
def test_drug_names_and_sector_words_are_jargon(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("We shipped the fintehc module.", "fintehc"),
    ("Patients were on antibiotcs.", "antibiotcs"),
])
def test_slips_that_look_like_jargon_are_still_caught(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


@pytest.mark.parametrize("text", [
    "We recorded teaching videos on the new Stryker tower for the theatre nurses.",
    "I joined the Fabrik design studio in 2019.",
])
def test_a_brand_respelling_mid_sentence_is_a_name(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("I met the Engeneering team on Monday.", "Engeneering"),
    ("We spoke on Thrusday about the rollout.", "Thrusday"),
    ("Stryker was the vendor.", "Stryker"),  # a sentence's first word: a slip as likely
])
def test_other_near_misses_of_common_words_are_still_slips(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


@pytest.mark.parametrize("text", [
    # SCOWL's rarest size (95) where no listed word is close
    "I ran the anaesthetic from induction to extubation on my own.",
    "We cut the time to intubation and extubation by a third.",
    # the British "ae"/"oe" of medicine, whose American form only the rarest list holds
    "I would correct the hypovolaemia before treating the arrhythmia.",
    "She audited the management of oesophageal varices and paediatric sepsis.",
    # compounds of medicine and science on their Greek and Latin endings
    "The theatre had capnography at every anaesthetic station.",
    "I ran the spirometry clinic and assisted with laparoscopy lists.",
])
def test_rare_words_of_medicine_and_science_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("I will be there untill Friday.", "untill"),  # in size 95, one edit from "until"
    ("I led the maintainance team.", "maintainance"),  # two vowel slips from "maintenance"
    ("I will call tommorow about the offer.", "tommorow"),
    ("My degree is in psycology.", "psycology"),  # an "-ology" slip of a common word
    ("I moved into techology sales.", "techology"),
    ("I would correct the hypovolaemai first.", "hypovolaemai"),
])
def test_slips_among_rare_words_are_still_caught(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


@pytest.mark.parametrize("text", [
    # a name before the last word of a place's or an organisation's name
    "Pritchard Lamb Architects LLP\nUnit 4, Wapping Wharf\nBristol BS1 6WP",
    "I work in memoQ and Trados Studio and keep my own termbase.",
    "Our office moved to Cranleigh Road last spring.",
    # sign-offs of other languages
    "Thank you again for Thursday.\n\nAu plaisir,\n\u00c9lodie Marchand",
    "Thanks again.\n\nMit freundlichen Gr\u00fc\u00dfen,\nAnna Weber",
    "Thanks again.\n\nMet vriendelijke groet,\nJoost",
    "Thanks again for the tour.\n\nSaludos cordiales,\nLuis",
    # field jargon: kitchens, film sound, building, livestock
    "A lighter mille-feuille with yuzu and brown butter, and a ganache on the side.",
    "I'd also love to record some foley for the ice cracking.",
    "The window head and cill details went through inspection without comment.",
    "Preg-checking two hundred head before lunch was a good way to see the job.",
])
def test_names_before_place_words_sign_offs_and_field_jargon_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("We met at the Mian Street office.", "Mian"),  # one slip from one of the commonest
    ("I trained at Universty Hospital in Leeds.", "Universty"),
    ("Thank you for teh tour.\n\nAu plaisir,\n\u00c9lodie", "teh"),
])
def test_slips_in_names_and_beside_sign_offs_are_still_caught(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


@pytest.mark.parametrize("text", [
    "I built the tutoring rota and the Kumon-style worksheets for the club.",
    "We ran a Toyota-style kaizen board and lockout-tagout audits.",
    "I manage the autoclave logs and the cryo store.",
])
def test_a_name_before_a_hyphen_and_safety_jargon_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("Thanks for Tuesday. Tommorow works for the call.", "Tommorow"),
    ("Proffesional standards matter to me.", "Proffesional"),
    ("Schedual permitting, I can visit the site.", "Schedual"),
    ("I value our Proffesional standards.", "Proffesional"),
])
def test_slips_by_sound_with_a_capital_are_not_names(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


@pytest.mark.parametrize("text", [
    "Oluwaseun showed me the new rig.",
    "Nkechinyere and Bartholomew ran the handover.",
    "I met Wolverhampton's planners and Thorvald at the site.",
])
def test_long_names_are_still_names(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize("text", [
    "I was a barista and then a shift supervisor at a roastery.",
    "I ran the cathlab inventory and the stent consignment stock.",
])
def test_trade_nouns_in_ery_and_cath_lab_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize("text", [
    "I met Dr. Rao and Ms. Vo on the ward.",
    "I met Priya Rao and Sean Ng at the depot.",
])
def test_short_surnames_after_a_form_of_address_or_a_given_name_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("The Teh team was great.", "Teh"),  # after a common word: still a slip
    ("Thanks Teh.", "Teh"),
])
def test_a_slip_after_a_common_capitalised_word_is_still_caught(text: str, typo: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [typo]


def test_a_name_at_the_start_of_a_sentence_is_the_name_written_elsewhere() -> None:
    text = "I grew up in Harrogate. Harrogate taught me to drive in snow."
    assert of_type(check(text), "misspelling") == []
    # alone at the start of a sentence, one letter from a listed word, it is still read as a slip
    assert [f.text for f in of_type(check("Harrogate taught me a lot."), "misspelling")] == [
        "Harrogate"]


@pytest.mark.parametrize("sentence", [
    # -ee nouns of a common verb, which the word list holds only at its rarest sizes
    "I prepared the Rule 30(b)(6) designee and briefed the assignee on the contract.",
    # a capital after a prefix or a single letter: a symbol or a name, not a slip
    "We cut missed anti-Xa draws by half, and the scooters lose signal in the U-Bahn.",
    "The post-Brexit rules and the non-EU drivers were covered in my induction.",
    # Latin phrases of law, and sign-offs of Irish and te reo Maori
    "I drafted the motions in limine and argued the point de novo.",
    "Thanks again for the tour.\n\nLe gach dea-ghuí,\nSiobhan",
    "Thanks again for the tour.\n\nNgā mihi nui,\nAroha",
    # te reo Maori words in a New Zealand letter that writes its macrons
    "I loved the morning with the tamariki, and how the stories reach each whānau.",
    # clipped jargon of hospitals, haulage and game graphics
    "The tacho records were clean, we moved staff out of resus, and I fixed the texel density.",
])
def test_sixth_round_words_that_are_right(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "typo"), [
    # the same mechanisms still let a slip through to the finding
    ("I ran the wrok with the tamariki, then the handover.", "wrok"),  # no macron: no Maori
    ("We moved the anti-Xa draws to 0200 and reviwed them daily.", "reviwed"),
    ("The mentor and mentee met weekly for the commitee.", "commitee"),
    ("I loved the morning with the tamariki and their whānau, and the tesm.", "tesm"),
])
def test_sixth_round_mechanisms_still_catch_slips(sentence: str, typo: str) -> None:
    assert typo in texts(check(sentence), "misspelling")


@pytest.mark.parametrize("sentence", [
    # clipped forms the word list knows, of long words said every day at work
    "I'm comfortable with four-handed dentistry and decon, and the tacho checks.",
    "I walked the devs through remediation after the pentest.",
    # haulage jargon, and te reo Maori in a letter that greets in it without macrons
    "I drove artics on tramping runs and kept my digi card current.",
    "Kia ora Mere, thanks for having me at the kura on Friday.",
])
def test_clipped_forms_and_greeted_te_reo_are_right(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("typo", [
    "managment", "experiance", "recieve", "untill", "comming", "adress", "progam", "teh",
])
def test_a_slip_that_drops_or_swaps_letters_is_no_clipping(typo: str) -> None:
    assert typo in texts(check(f"I wrote {typo} in the handover note."), "misspelling")


@pytest.mark.parametrize("sentence", [
    "I learned to make croissants, kouign-amann and pain au chocolat, and the coq au vin.",
    "I shadowed the anaesthetist during the lap choles and the ERCP list.",
])
def test_french_bakes_and_theatre_lists_are_right(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


def test_a_slip_beside_a_french_phrase_is_still_a_slip() -> None:
    found = texts(check("I baked the pain au chocolat and the crossaints every mornign."),
                  "misspelling")
    assert "mornign" in found and "au" not in found and "chocolat" not in found


@pytest.mark.parametrize(("sentence", "typo", "suggestion"), [
    ("I've attached my resume and a coverletter for your review.", "coverletter",
     "cover letter"),
    ("I read the jobdescription twice before the call.", "jobdescription", "job description"),
])
def test_the_words_of_job_hunting_run_together_are_slips(sentence: str, typo: str,
                                                         suggestion: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (typo, suggestion)]


def test_clipped_school_subjects_are_right() -> None:
    text = "I taught AP Calc and precalc, and coached JV soccer."
    assert [f for f in check(text) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "The infection preventionists on each ward met weekly.",
    "Two restorationists repaired the plaster.",
])
def test_the_one_who_practises_a_common_ion_noun_is_a_word(sentence: str) -> None:
    assert check(sentence) == []


def test_a_slip_in_such_a_word_is_still_a_misspelling() -> None:
    assert [f.text for f in check("We hired two preventionsts.")] == ["preventionsts"]


@pytest.mark.parametrize("sentence", [
    "Last spring we retiled the lobby and reroofed the depot.",  # prefix + a common word
    "The crew retiled two bathrooms.",  # a listed form of the listed "retile"
])
def test_rare_listed_forms_and_prefixed_words_are_not_slips_of_a_neighbour(
        sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "Thank you again. Muchas gracias por la oportunidad.",  # the phrase runs on past gracias
    "Baie dankie vir die geleentheid, and I hope to hear from you.",
])
def test_a_courtesy_phrase_of_another_language_is_not_checked_word_by_word(
        sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


def test_a_slip_right_after_a_courtesy_word_is_still_a_slip() -> None:
    assert [f.text for f in check("Gracias teh call went well.")] == ["teh"]


def test_a_unit_after_a_number_is_not_a_word() -> None:
    text = "The line ran at 120 bpm, the forklifts at 8 kph, the nitrate at 40 ppm."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []
    assert [f.text for f in check("We met teh 12 suppliers.")] == ["teh"]


def test_a_name_before_road_may_sit_two_slips_from_a_word() -> None:
    text = "Dear Dr. Okonkwo,\n\nJo Baker\n14 Elderley Road\nLeeds\n\nThank you."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


def test_a_name_rhyming_on_a_word_with_a_far_first_letter_is_a_name() -> None:
    assert [f.text for f in check("We moved the drivers to Zello radios last spring.")
            if f.type == "misspelling"] == []
    # a neighbouring key is a slip
    assert [f.text for f in check("We met on Rhursday.")] == ["Rhursday"]


def test_two_slips_from_a_name_of_ours_with_another_first_letter_make_another_name() -> None:
    context = make_context(aliases=("Larchmont Analytics", "Larchmont"),
                           topics=("our Pickett dialler",))
    found = [(f.text, f.suggestion) for f in check(
        "Our leads came from Lockett and Pickit.", context) if f.type == "misspelling"]
    assert ("Lockett", "Pickett") not in found
    assert ("Pickit", "Pickett") in found  # the same first letter: a slip of our name


def test_less_on_a_common_noun_is_a_word_of_the_trade() -> None:
    assert [f.text for f in check("We sell tubeless tyres and brushless motors, and boltless "
                                  "shelving.") if f.type == "misspelling"] == []
    assert [f.text for f in check("It was a hopless case.")] == ["hopless"]  # hope + -less


def test_a_writer_who_writes_another_language_may_use_its_words_far_from_english() -> None:
    body = "We shared the harvest schedule with the vecinos and recieved their notes."
    close = "\n\nMuchas gracias por la oportunidad."
    assert [f.text for f in check(body + close) if f.type == "misspelling"] == ["recieved"]
    # without the phrase of that language the word is still no slip of a common English word
    # (round 12: a finding needs a likely intended word), so it is not reported either
    assert [f.text for f in check(body + "\n\nGracias.") if f.type == "misspelling"] == [
        "recieved"]


@pytest.mark.parametrize("closing", ["Kind regards,", "Yours faithfully,", "Respectfully yours,",
                                     "Best,", "With best wishes,"])
def test_the_name_under_the_closing_is_the_writers_own(closing: str) -> None:
    text = f"Thank you for your time.\n\n{closing}\nMoussa Bogdanovic"
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


def test_a_slip_in_the_closing_paragraph_is_still_a_slip() -> None:
    text = "Thank you for your time.\n\nKind regards,\nLooking forwrd to it"
    assert [f.text for f in check(text) if f.type == "misspelling"] == ["forwrd"]


def test_an_unknown_last_word_after_an_accented_one_does_not_crash() -> None:
    # the foreign-phrase test looked one word past the end of the letter
    # (taken for a word of the same foreign phrase, as the rule means)
    assert [f.text for f in check("We met at the café zzyzx")] == []


def test_a_capitalised_word_before_an_acronym_inside_a_sentence_is_a_name() -> None:
    text = "We moved the plant to Vexa DAQ and scored it on the Brill FEM index."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []
    # at the start of a sentence a capital says nothing: a slip there is still found
    assert [f.text for f in check("We met. Thsi API is new.")] == ["Thsi"]


def test_closed_e_words_and_medical_combining_forms_are_words() -> None:
    text = "We ran the esports league, the elearning modules and the otoacoustic screens."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []
    assert [f.text for f in check("We sold it online via ecomerce.")] == ["ecomerce"]


@pytest.mark.parametrize("name", ["Kofi", "Ravi", "Esi", "Yuki"])
def test_a_short_name_opening_a_sentence_is_a_name_unless_near_the_commonest_words(
        name: str) -> None:
    assert [f.text for f in check(f"Thanks again. {name} said the plan is good.")
            if f.type == "misspelling"] == []


def test_a_short_slip_opening_a_sentence_is_still_a_slip() -> None:
    assert [f.text for f in check("Thanks again. Thsi plan is good.")] == ["Thsi"]


@pytest.mark.parametrize("sentence", [
    "I spoke with Tunde on Monday about the plan.",
    "We opened a depot in Tema last year.",
])
def test_a_lone_capitalised_word_near_only_lower_case_words_is_a_name(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


def test_a_word_in_title_case_or_near_a_capitalised_word_is_still_a_slip() -> None:
    found = [f.text for f in check("We met on Mondy with the Senior Enginer Manager.")]
    assert found == ["Mondy", "Enginer"]


def test_latin_adjectives_and_closed_en_phrases_are_words() -> None:
    text = "The tibial and cranial scans were clear, and the crew was enroute by noon."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []
    # ... but a slip beside a common word is still one
    assert [f.text for f in check("I had enought time.")] == ["enought"]


def test_a_reduplicated_hyphenated_word_is_a_word() -> None:
    text = "We moved stock by tuk-tuk and served mahi-mahi at the launch."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "Our vineyard sits just outside Bora Bora, where I grew up.",  # a doubled place name
    "I ran trials with growers in Kisumu and Homabayo last season.",  # joined to a name
    "The older Vestas Movado turbines need more blade work.",  # after a brand
    "We shipped to Mombasa, Nyeriko and Eldoret.",
    "Vestas Movado turbines need more blade work.",  # the brand opening the sentence
])
def test_an_unknown_word_beside_a_proper_name_is_a_name_of_the_same_kind(sentence: str) -> None:
    assert of_type(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "slip"), [
    ("We use Microsoft Excell every day.", "Excell"),  # a doubled letter is a slip
    ("I met the Siemens Enginering team.", "Enginering"),  # the dropped letter of a word
    ("The Enginering team met us.", "Enginering"),  # no proper name beside it
])
def test_a_slip_beside_a_name_or_a_word_is_still_caught(sentence: str, slip: str) -> None:
    assert slip in texts(of_type(check(sentence), "misspelling"))


@pytest.mark.parametrize("sentence", [
    "Terima kasih banyak for your time.",  # a phrase of another language, no courtesy list
    "Obrigadissimo mesmo, and see you soon.",  # opens its sentence, goes on in that language
    "We tested the serum with bakuchiol ferulate extract.",  # a chemical name of two words
])
def test_a_run_of_unknown_words_with_one_far_from_english_is_not_a_slip(sentence: str) -> None:
    assert texts(check(f"Dear Adaeze,\n\nThank you.\n\n{sentence}"), "misspelling") == []


def test_a_slip_of_english_beside_an_unknown_word_is_still_a_slip() -> None:
    found = texts(check("Dear Adaeze,\n\nThe comunidades recieved teh plan."), "misspelling")
    assert found == ["recieved", "teh"]
    # a capitalised name inside a sentence does not make its neighbour foreign
    assert texts(check("Dear Adaeze,\n\nI met Oluwaseun yesturday."),
                 "misspelling") == ["yesturday"]


@pytest.mark.parametrize("street", ["3 chemin des Vignes", "12b rue du Four",
                                    "Calle de la Sierra 14"])
def test_the_street_line_of_the_heading_is_the_writers_address(street: str) -> None:
    text = f"Sam Reed\n{street}\n1260 Nyon\n\nDear Adaeze,\n\nThank you."
    assert texts(check(text), "misspelling") == []


def test_a_line_with_a_number_in_the_body_is_still_spell_checked() -> None:
    text = "Sam Reed\n\nDear Adaeze,\n\n3 things stood out: teh plan, the team and the site."
    assert texts(check(text), "misspelling") == ["teh"]


@pytest.mark.parametrize("sentence", [
    "We swapped the preservative for benzyloxyethanol last year.",
    "The cream pairs a glycosylceramide with niacinamide.",
    "Our lab measured the dimethylcyclohexane in the samples.",
])
def test_a_compound_named_the_way_chemistry_names_them_is_not_a_slip(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "typo"), [
    ("We will seperate the two batches.", "seperate"),  # one slip from an English word
    ("We ordered ourvaccine stock early.", "ourvaccine"),  # two words run together
])
def test_slips_with_a_compounds_ending_are_still_slips(sentence: str, typo: str) -> None:
    assert texts(check(sentence), "misspelling") == [typo]


def test_a_text_of_made_up_words_of_unknown_kinds_stops_being_checked() -> None:
    # made-up compounds pass as jargon one by one; thousands of them are no letter, and the
    # check stops at its cap of unknown words rather than weigh each
    import time

    from pursuit.core.proofread.spelling import MAX_UNKNOWN
    words = ". ".join(f"zq{a}{b}{c}ethanol" for a in "bcdfghjklmnprs" for b in "aeiou"
                      for c in "bcdfghjklmnprs")
    assert len(words.split()) > 2 * MAX_UNKNOWN
    started = time.process_time()
    check(words)
    assert time.process_time() - started < 3.0


@pytest.mark.parametrize("greeting", [
    "Dear Siobhan,\n\nThank you for Monday.\n\nCheers,\nSio",
    "Dear Siobhan,\n\nThank you for Monday.\n\nBest,\nSiob O'Sullivan",
])
def test_the_short_form_of_the_users_own_name_is_not_a_slip_of_it(greeting: str) -> None:
    assert texts(check(greeting.replace("Siobhan,", "Dr. Okonkwo,")), "misspelling") == []


def test_a_name_with_one_letter_dropped_or_changed_is_still_a_slip() -> None:
    text = "Dear Dr. Okonkwo,\n\nThank you for Monday.\n\nBest,\nSiobhn O'Sulivan"
    assert texts(check(text), "misspelling") == ["Siobhn", "O'Sulivan"]


@pytest.mark.parametrize("sentence", [
    "Hvala lepa for your time on Wednesday.",
    "Thank you again. Danke vielmals!",
])
def test_a_courtesy_word_and_the_word_after_it_said_whole_are_a_phrase(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


def test_a_slip_of_a_function_word_after_a_courtesy_word_is_still_a_slip() -> None:
    assert texts(check("Gracias teh call was useful."), "misspelling") == ["teh"]
    assert texts(check("Gracias hte."), "misspelling") == ["hte"]


def test_a_word_in_a_list_of_names_no_list_knows_is_a_name_too() -> None:
    assert texts(check("We walked the hamlets, Cabinot, Kwekwe and Gweru, in a day."),
                 "misspelling") == []
    # alone, one letter from "cabinet", it is still a slip
    assert texts(check("We walked past the Cabinot in a day."), "misspelling") == ["Cabinot"]


@pytest.mark.parametrize(("sentence", "slip"), [
    ("We met on Mondey, Tuesday and Wednesday.", "Mondey"),  # the others are listed
    ("We drove through Kwekwe, Frence and Gweru.", "Frence"),  # an everyday name's slip
    ("We drove through Kwekwe, Gweruu and Mutare.", None),  # (a doubled letter of no word)
])
def test_a_slip_in_a_list_of_names_is_still_a_slip(sentence: str, slip: str | None) -> None:
    assert texts(check(sentence), "misspelling") == ([slip] if slip else [])


@pytest.mark.parametrize(("sentence", "topics"), [
    ("I could take the ortho list on Fridays.", ("orthodontic referrals",)),
    ("The perio clinic runs on Tuesdays.", ("periodontal care",)),
    ("We met the periodontal lead, and the perio nurses too.", ("recall lists",)),
])
def test_a_clipped_form_of_a_term_the_user_or_the_letter_names_is_not_a_slip(
        sentence: str, topics: tuple[str, ...]) -> None:
    assert texts(check(sentence, make_context(topics=topics)), "misspelling") == []


def test_a_clipping_of_no_term_named_or_of_an_everyday_word_is_still_checked() -> None:
    assert texts(check("The perio clinic runs on Tuesdays."), "misspelling") == ["perio"]
    # "importnt" is no clipping; "impor" cut from an everyday word is a slip
    assert texts(check("It is impor to me, and important to the team."), "misspelling") == [
        "impor"]


@pytest.mark.parametrize("thanks", ["Asante sana for the tour.",
                                    "Ngiyabonga kakhulu for your time."])
def test_thanks_in_another_language_opening_a_sentence_is_not_a_slip(thanks: str) -> None:
    text = f"Hello Dr. Okonkwo,\n\nThe tour was useful. {thanks}\n\nBest,\nSiobhan"
    assert texts(check(text), "misspelling") == []


@pytest.mark.parametrize(("thanks", "slips"), [
    ("Thnak yuo for your time.", ["Thnak", "yuo"]),
    ("Thnk yu for your time.", ["Thnk", "yu"]),
    ("Thnaks agian for the tour.", ["Thnaks", "agian"]),
])
def test_english_thanks_mistyped_is_still_a_slip(thanks: str, slips: list[str]) -> None:
    text = f"Hello Dr. Okonkwo,\n\nThe tour was useful. {thanks}\n\nBest,\nSiobhan"
    assert texts(check(text), "misspelling") == slips


@pytest.mark.parametrize("sentence", [
    "We walked down the Passeig de Sant Joan at noon.",
    "We stayed on Rua do Carmo for a week.",
])
def test_a_word_beside_a_name_particle_is_part_of_a_name(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "slip"), [
    ("We walked to Sant Joan.", "Sant"),  # no particle: one letter from "sent", still judged
    ("I worked on the Engeneering de Facto team.", "Engeneering"),  # a long slip stays one
])
def test_without_a_particle_or_when_long_a_slip_is_still_a_slip(sentence: str,
                                                                slip: str) -> None:
    assert texts(check(sentence), "misspelling") == [slip]


# -- round 12: a finding needs positive evidence -------------------------------------------


@pytest.mark.parametrize("sentence", [
    "We served the baklava with kaymak and a glass of ayran.",
    "The weavers showed us ikat and songket on the old looms.",
    "I grew up pressing tajine lids and folding msemen at my aunt's stall.",
    "The menu paired lardo with guanciale and a little nduja.",
])
def test_words_with_no_likely_intended_word_are_not_guessed_at(sentence: str) -> None:
    # each unknown word is only near rare words, or far from any, or one letter from a less
    # common word by keys that do not touch: a word of a trade or a kitchen, not a slip
    assert of_type(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "typo"), [
    ("I would recieve the parts on Monday.", "recieve"),  # swapped
    ("We need to priortise the backlog.", "priortise"),  # a letter left out of a rarer word
    ("Please send the docuemnts.", "docuemnts"),
    ("I will be there untill Friday.", "untill"),
    ("The tarrif rose in March.", "tarrif"),  # doubled letters moved
    ("We cut the maintainance budget.", "maintainance"),  # vowels by sound, a long word
    ("I can start on teh first.", "teh"),
])
def test_slips_with_a_likely_intended_word_are_still_found(sentence: str, typo: str) -> None:
    assert [f.text for f in of_type(check(sentence), "misspelling")] == [typo]


def test_the_evidence_rule_itself() -> None:
    checker = WordChecker(english_dictionary(), set(), (), scowl_lexicon())
    assert checker.has_likely_intended_word("recieve", "receive")
    assert checker.has_likely_intended_word("alot", "a lot")  # a run-on: two words
    assert not checker.has_likely_intended_word("guanciale", "guacamole")


@pytest.mark.parametrize("text", [
    "Ciao Joseph,\n\nThanks for the call.\n",
    "Dear Bwana Joseph,\n\nThanks for the call.\n",
    "Moien Joseph,\n\nThanks for the call.\n",
    "Thanks again.\n\nMet vriendelijke groet,\nSiobhan O'Sullivan\n",
    "Thanks again.\n\nSrdečan pozdrav,\nSiobhan O'Sullivan\n",
    "Thanks again.\n\nHormati kami,\nSiobhan O'Sullivan\n",
])
def test_greetings_and_closings_of_other_languages_around_the_cards_names_pass(
        text: str) -> None:
    context = make_context(interviewer="Joseph Mwangi", prefix="Mr.")
    assert of_type(check(text, context), "misspelling") == []


@pytest.mark.parametrize(("text", "typo"), [
    ("Dera Joseph,\n\nThanks for the call.\n", "Dera"),
    ("Helo Joseph,\n\nThanks for the call.\n", "Helo"),
    ("Thanks again.\n\nBest regrads,\nSiobhan O'Sullivan\n", "regrads"),
    ("Thanks again.\n\nSincerly,\nSiobhan O'Sullivan\n", "Sincerly"),
    ("Thanks again.\n\nKind regadrs,\nSiobhan O'Sullivan\n", "regadrs"),
])
def test_slips_of_english_greetings_and_closings_are_still_found(text: str, typo: str) -> None:
    context = make_context(interviewer="Joseph Mwangi", prefix="Mr.")
    assert [f.text for f in of_type(check(text, context), "misspelling")] == [typo]


def test_a_courtesy_clause_of_another_language_passes_whole() -> None:
    text = "Danke nochmals für das Gespräch, and I look forward to hearing from you."
    assert of_type(check(text), "misspelling") == []
    text = "Merci encore pour votre temps, and I hope to hear from you."
    assert of_type(check(text), "misspelling") == []
    # English going on after the courtesy word, with a slip of a function word, is English
    assert [f.text for f in of_type(check("Merci for teh call."), "misspelling")] == ["teh"]
    # a clause that a courtesy word does not open is not one
    assert [f.text for f in of_type(check("I said merci and votre twice."), "misspelling")] \
        != []


@pytest.mark.parametrize("sentence", [
    "I would rather work for a cooperative than for a plc.",
    "The show at the Museo del Arte opened on Friday.",
    "We walked through the Trastevere markets after lunch.",
])
def test_legal_forms_names_with_particles_and_lone_long_names_pass(sentence: str) -> None:
    assert of_type(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "typo"), [
    ("I led the Enginering team for two years.", "Enginering"),  # a letter left out
    ("I value our Proffesional standards.", "Proffesional"),  # slips by sound
    ("We met on Wednesdey at noon.", "Wednesdey"),  # a word written with a capital
])
def test_lone_capitalised_slips_are_still_found(sentence: str, typo: str) -> None:
    assert [f.text for f in of_type(check(sentence), "misspelling")] == [typo]


@pytest.mark.parametrize(("word", "target", "slip"), [
    ("dera", "dear", True),  # swapped
    ("helo", "hello", True),  # undoubled
    ("bedt", "best", True),  # d beside s
    ("bedst", "best", True),  # d pressed with s, its neighbour
    ("bext", "best", True),  # x sits below s and d
    ("hoi", "hi", True),  # o pressed with i, its neighbour
    ("hei", "hi", False),  # an e between h and i: no key near them explains it
    ("bwst", "best", True),
    ("bast", "best", False),  # a for e: keys apart (a slip by sound, weighed elsewhere)
])
def test_key_slips(word: str, target: str, slip: bool) -> None:
    assert key_slip(word, target) is slip


@pytest.mark.parametrize("greeting", ["Salam Dr. Okonkwo,", "Xin chào Adaeze,",
                                      "Dobry den Adaeze,"])
def test_a_greeting_of_another_language_before_a_form_of_address_or_a_second_word_passes(
        greeting: str) -> None:
    assert of_type(check(f"{greeting}\n\nThank you for Tuesday.\n"), "misspelling") == []


def test_a_slip_of_a_greeting_before_a_form_of_address_is_still_one() -> None:
    found = of_type(check("Dera Dr. Okonkwo,\n\nThank you for Tuesday.\n"), "misspelling")
    assert [f.text for f in found] == ["Dera"]


@pytest.mark.parametrize("typo", ["truely", "tounge", "knowlegable", "arguement", "wierd",
                                  "neccessary", "sucessful"])
def test_common_misspellings_keep_their_evidence(typo: str) -> None:
    # a vowel added by sound, a letter moved, letters left out of a long word
    assert [f.text for f in of_type(check(f"I saw the {typo} today."), "misspelling")] == [
        typo]


def test_a_consonant_added_that_no_key_explains_is_a_word_of_a_trade() -> None:
    assert of_type(check("We pinned the colcon builds in a devcontainer."), "misspelling") == []


@pytest.mark.parametrize("sentence", [
    "I planned routes between Belo Horizonte and the coast.",
    "We shipped to Porto Alegre twice a week.",
    "The Posidonia oceanica meadows were thinning.",
    "We sampled Cymodocea nodosa in the bay.",
])
def test_two_word_names_and_latin_names_of_species_pass(sentence: str) -> None:
    assert of_type(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "typo"), [
    ("I met the Enginering Manager there.", "Enginering"),  # before a word of the language
    ("The Posidonia recieved less light.", "recieved"),  # no Latin ending
])
def test_slips_beside_names_are_still_found(sentence: str, typo: str) -> None:
    assert [f.text for f in of_type(check(sentence), "misspelling")] == [typo]


def test_a_sentence_mostly_in_another_language_passes_whole() -> None:
    text = "Thank you for Monday.\n\nJe vous remercie encore pour votre accueil.\n"
    assert of_type(check(text), "misspelling") == []
    # three unknown words are an English sentence with slips beside a foreign word
    found = texts(check("Dear Adaeze,\n\nThe comunidades recieved teh plan."), "misspelling")
    assert found == ["recieved", "teh"]


def test_a_hyphenated_name_with_capitals_throughout_is_a_place() -> None:
    assert of_type(check("We met in the Croix-Rousse on Friday."), "misspelling") == []


@pytest.mark.parametrize("sentence", [
    "We rehearsed in the Sankt-Marien-Dom on Friday.",
    "The choir sang at the Nuestra-Señora-Basilica last year.",
])
def test_every_part_of_a_capitalised_chain_with_an_unknown_part_is_a_name(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


def test_a_capitalised_chain_of_known_words_still_has_its_slips() -> None:
    # no other part fails: nothing says the chain is a name of another language
    assert texts(check("We met at the Recieving-Dock gate."), "misspelling") == ["Recieving"]


@pytest.mark.parametrize("sentence", [
    "We thanked them with a warm kiitos paljon before leaving.",
    "The cooks said mahalo nui for the help.",
])
def test_a_short_word_beside_a_word_of_another_language_is_of_it(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


def test_a_swapped_short_common_word_beside_a_foreign_word_stays_a_slip() -> None:
    found = texts(check("We met the comunidades adn the mayors."), "misspelling")
    assert found == ["adn"]


@pytest.mark.parametrize("thanks", ["Kiitos paljon teille, and I hope we speak soon.",
                                    "Tack ska ni ha, but I will call on Monday anyway."])
def test_thanks_in_another_language_closed_by_a_comma_is_not_a_slip(thanks: str) -> None:
    text = f"Hello Dr. Okonkwo,\n\nThe tour was useful.\n\n{thanks}\n\nBest,\nSiobhan"
    assert texts(check(text), "misspelling") == []


def test_english_thanks_mistyped_before_a_comma_stays_a_slip() -> None:
    text = "Hello Dr. Okonkwo,\n\nThe tour was useful.\n\nThnak yuo, and I hope we speak soon."
    assert texts(check(text), "misspelling") == ["Thnak", "yuo"]


@pytest.mark.parametrize("sentence", [
    "The inventario of the warehouse was finished on Friday.",
    "We read the contexto of the ruling together.",
    "I kept the documento for the audit.",
])
def test_a_listed_word_with_a_romance_ending_is_the_writers_own_word(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "typo"), [
    ("I will call on Mondayy.", "Mondayy"),  # the last letter doubled
    ("We met the teaml there.", "teaml"),  # a key beside the last one
    ("The reportt was late.", "reportt"),
])
def test_a_letter_added_after_a_word_by_a_key_slip_stays_a_slip(sentence: str, typo: str) -> None:
    assert texts(check(sentence), "misspelling") == [typo]


def test_a_greeting_of_another_language_before_the_name_and_a_respect_word() -> None:
    assert texts(check("Salam Adaeze Aka,\n\nThank you for Monday."), "misspelling") == []
    # a slip of an English greeting stays one
    assert texts(check("Dera Adaeze Aka,\n\nThank you for Monday."), "misspelling") == ["Dera"]


@pytest.mark.parametrize("sentence", [
    "We stayed two nights in St. Blasien before the interview.",
    "The office is near San Gimignano, as you said.",
])
def test_a_saints_name_after_st_names_a_place(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


def test_a_word_after_a_streets_st_is_still_checked() -> None:
    assert texts(check("Our office is on Harbour St. Tusday works for me."),
                 "misspelling") == ["Tusday"]


def test_a_particle_between_two_capitalised_words_is_part_of_a_name() -> None:
    assert texts(check("My aunt had a shop on the Calle dei Fabbri for years."),
                 "misspelling") == []
    # a slip of a particle is no particle (the name beside it then loses its cover too)
    assert "dle" in texts(check("My aunt had a shop on the Calle dle Fabbri for years."),
                          "misspelling")


@pytest.mark.parametrize("sentence", [
    "We ate grilled sardines on the praia da Rocha after the fair.",
    "Our stand was in the mercado do Bolhão for a week.",
])
def test_a_particle_after_a_lower_case_word_of_its_language_is_part_of_a_name(
        sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


def test_a_particle_after_an_english_word_is_still_checked() -> None:
    # "in" is English: nothing of another language stands before the slip
    assert "dle" in texts(check("My aunt had a shop in dle Fabbri for years."), "misspelling")


def test_a_short_word_beside_a_letter_english_never_writes_is_of_that_language() -> None:
    assert texts(check("I said mulțumesc mult to everyone at the door."), "misspelling") == []
    # a swapped letter of a common word stays a slip, whatever stands beside it
    assert texts(check("I said dziękuję adn left."), "misspelling") == ["adn"]


@pytest.mark.parametrize(("opening", "typos"), [
    ("Moikka, and thank you for the visit.", []),  # a greeting of the writer's language
    ("Hwllo, and thank you for the visit.", ["Hwllo"]),  # an English greeting mistyped
    ("Howver, and more to the point, I agree.", ["Howver"]),  # no thanks after it
])
def test_one_word_of_greeting_before_english_thanks(opening: str, typos: list[str]) -> None:
    assert texts(check(f"Dear Adaeze,\n\n{opening}"), "misspelling") == typos


@pytest.mark.parametrize("sentence", [
    "The contract was written in dense spreadsheetese.",
    "Half the brief was marketingese, the rest was clear.",
])
def test_the_jargon_of_a_common_thing_in_ese_is_a_word(sentence: str) -> None:
    assert texts(check(sentence), "misspelling") == []


def test_a_slip_ending_in_ese_stays_a_slip() -> None:
    assert texts(check("We served a plate of cheeese at the end."), "misspelling") == ["cheeese"]


# Round 15: findings that need positive evidence of a slip.
_CANDIDE = make_context(company="Candide Biotech Ltd", aliases=("Candide Biotech", "Candide"))


@pytest.mark.parametrize("sentence", [
    "We isolated Candida glabrata from the samples.",
    "We grew Candida tropicalis cultures.",
])
def test_a_listed_genus_near_a_word_of_the_card_still_names_its_species(sentence: str) -> None:
    # "Candida" is one letter from the firm's "Candide", but a listed word is no slip: the
    # Latin word after it is its species, even one letter from an English word
    assert texts(check(sentence, _CANDIDE), "misspelling") == []


def test_a_slip_after_a_listed_genus_of_no_latin_form_stays_a_slip() -> None:
    assert texts(check("The Candida enginering team grew.", _CANDIDE),
                 "misspelling") == ["enginering"]


def test_a_name_of_several_words_is_no_slip_of_a_jargon_acronym() -> None:
    # one letter from an acronym of the jargon list (written in capitals), before another
    # capitalised word: the first word of a firm's name
    assert texts(check("The Finsa Group called."), "misspelling") == []


@pytest.mark.parametrize(("sentence", "typo"), [
    ("Our Managment Team meets on Fridays.", "Managment"),  # a commonest word mistyped
    ("We met at the Engeneering Hall.", "Engeneering"),
    ("We met at Larchmount Labs.", "Larchmount"),  # the user's own name misspelt
])
def test_a_slip_opening_a_name_stays_a_slip(sentence: str, typo: str) -> None:
    assert typo in texts(check(sentence), "misspelling")


@pytest.mark.parametrize("sentence", [
    "We met the tikanga ni whakapapa with the carvers.",  # between two far words
    "The story turns on the hyung/maknae bond.",  # paired by a slash with a far word
    "We had lunch at the Bab ul-Medina.",  # an article joined to a name, the name too
    "The museum is on Triq il-Kbira now.",
    "We had tea near Riad dar-Jamai.",
    "Malo 'aupito, and Fa'afetai for the welcome.",  # a glottal stop between vowels
    "I hope to visit Hawai'i again next spring.",
])
def test_words_of_another_language_set_off_by_their_own_shape_are_not_slips(
        sentence: str) -> None:
    assert texts(check(f"Dear Adaeze,\n\nThank you.\n\n{sentence}"), "misspelling") == []


@pytest.mark.parametrize(("sentence", "slip"), [
    ("The comunidades recieved teh plan.", "recieved"),  # a near miss beside: English
    ("We fixed the send/recieve queue.", "recieve"),  # paired with an English word
    ("We fixed the recieve/hoobae queue.", "recieve"),  # a slip of a common word, not paired
    ("The teh-Manager role is open.", "teh"),  # lower case before a capital, but "the"
    ("It was built by the teh-Medici family.", "teh"),
])
def test_a_slip_of_english_stays_one_beside_these_shapes(sentence: str, slip: str) -> None:
    assert slip in texts(of_type(check(f"Dear Adaeze,\n\nThank you.\n\n{sentence}"),
                                 "misspelling"))


@pytest.mark.parametrize(("greeting", "found"), [
    ("Dear Adaeze apa,", []),  # a respect of the writer's language after the card's name
    ("Dear Adaeze san,", []),
    ("Dear Adaeze Okonkwoo,", ["Okonkwoo"]),  # a slip of the card's surname stays one
    ("Dear Adaeze teh,", ["teh"]),  # ... and a slip of a greeting's English word
])
def test_a_short_word_after_the_name_closing_the_greeting_is_a_respect(
        greeting: str, found: list[str]) -> None:
    findings = check(f"{greeting}\n\nThank you for Monday.")
    assert texts(of_type(findings, "misspelling")) + \
        texts(of_type(findings, "wrong_interviewer_name")) == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("We use lime, as we do in Noka with the local stone.", []),  # a town after "in"
    ("The clay comes from Onot each spring.", []),  # one letter from "not", "onto": a place
    ("We met in Teh office.", ["Teh"]),  # a slip of a word that follows "in" stays one
    ("We met in Thsi office.", ["Thsi"]),
])
def test_a_capital_after_a_preposition_of_place_is_no_slip_of_a_function_word(
        sentence: str, found: list[str]) -> None:
    assert texts(check(f"Dear Adaeze,\n\nThank you.\n\n{sentence}"), "misspelling") == found


def test_a_lower_case_word_is_no_slip_of_a_name_whose_opening_it_lacks() -> None:
    # a writer misspelling a name keeps its capital and its first letter: "hangwena" is no
    # slip of the card's "Ohangwena", a word in another language one letter from it is not
    # either; the name mistyped with its capital, and a term of the card's, still are
    checker = WordChecker(english_dictionary(), {"ohangwena", "kubernetes"},
                          ("Ohangwena", "kubernetes"), scowl_lexicon())
    assert not checker.is_near_own_word("hangwena")
    assert checker.is_near_own_word("Ohangwna")
    assert checker.is_near_own_word("ohangwenaa")
    assert checker.is_near_own_word("kubernetse") or checker.is_near_own_word("kubernete")


@pytest.mark.parametrize(("sentence", "found"), [
    # a sentence opened by thanks in the writer's language keeps its short words
    ("Ngiyabonga for the tour and the tasty vetkoek and lafa.", []),
    ("Ngiyabonga for the tour and teh day.", ["teh"]),  # a swapped letter of "the"
    ("Ngiyabonga for the tour and the gret day.", ["gret"]),  # "great" with a letter left out
    ("Ngiyabonga for the tour, it was a lafa day.", ["lafa"]),  # a comma: English again
    ("We thank you for the tour and the lafa.", ["lafa"]),  # an English sentence
])
def test_a_short_word_in_a_clause_opened_in_another_language_is_of_that_language(
        sentence: str, found: list[str]) -> None:
    assert texts(check(f"Dear Adaeze,\n\nThank you.\n\n{sentence}"), "misspelling") == found


def _other_languages_installed() -> bool:
    return bool(languages.other_dictionaries())


@pytest.mark.skipif(not _other_languages_installed(),
                    reason="no Hunspell dictionary of another language installed")
def test_a_word_another_language_knows_and_no_slip_of_english_passes() -> None:
    checker = WordChecker(english_dictionary(), set(), (), scowl_lexicon())
    # an instrument, a family, a product: words of German, French, Polish dictionaries,
    # no swap, dropped, added or moved letter of a common English word
    assert checker.is_word_of_another_language("Trompete")
    assert checker.is_word_of_another_language("famille")
    texts_ = ["My grandmother still plays the Trompete in a village band.",
              "We sat down to a long famille dinner after the shift."]
    for text in texts_:
        assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize("slip", [
    "projet",  # French, but project with a letter left out
    "tounge",  # Danish, but tongue with a letter moved
    "Mondy",  # Monday with a letter left out (a word English writes with a capital)
    "coverletter",  # Dutch has it whole; two English words run together
    "teh",  # too short to judge: short words of every language sit a slip from ours
])
def test_a_slip_of_english_stays_one_even_when_another_language_has_the_word(slip: str) -> None:
    checker = WordChecker(english_dictionary(), set(), (), scowl_lexicon())
    assert not checker.is_word_of_another_language(slip)


def test_without_other_dictionaries_nothing_is_known_elsewhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages, "other_dictionaries", lambda: ())
    languages.languages_of.cache_clear()
    try:
        assert not languages.known_in_another_language("famille")
    finally:
        languages.languages_of.cache_clear()  # the real dictionaries again for later tests


@pytest.mark.skipif(not _other_languages_installed(),
                    reason="no Hunspell dictionary of another language installed")
def test_a_short_sentence_of_another_language_is_said_whole() -> None:
    # a blessing closing the letter: its first word a word of Spanish, the next far from English
    assert of_type(check("Thank you again. Dios mabalos po!"), "misspelling") == []
    # a swapped "the" opening an English sentence stays a slip, and so does one opening a
    # short exclamation
    assert texts(check("I loved it. Teh meeting was great."), "misspelling") == ["Teh"]
    assert texts(check("Teh mabalos po!"), "misspelling") == ["Teh"]


@pytest.mark.skipif(not _other_languages_installed(),
                    reason="no Hunspell dictionary of another language installed")
def test_a_word_of_a_language_the_letter_writes_elsewhere_is_that_language() -> None:
    # "tarte" alone is a letter added to "tart": a slip for all the proofreader can tell
    assert texts(check("Thank you for the dinner; the tarte was lovely."),
                 "misspelling") == ["tarte"]
    # beside another word French knows and English does not, it is French
    text = "Thank you for the dinner; the tarte was lovely and the pommes were crisp."
    assert of_type(check(text), "misspelling") == []
    # slips of common English words in the same letter stay slips
    text += " But teh wine was sour and the resturant loud."
    assert texts(check(text), "misspelling") == ["teh", "resturant"]


def test_a_sentence_half_in_another_language_passes_whole() -> None:
    # ten words, five of which no list knows (the accented ones pass as names): the closing
    # formula of another language, said whole
    text = ("Thank you for Monday.\n\nJe vous remercie et vous prie d'agréer mes "
            "salutations distinguées,\nMarie Lefèvre\n")
    assert of_type(check(text), "misspelling") == []
    # an English sentence with two slips is still read as English
    found = texts(check("Dear Adaeze,\n\nThe plan we made recieved teh support."), "misspelling")
    assert found == ["recieved", "teh"]


def test_a_three_word_sentence_no_english_knows_passes_whole() -> None:
    text = "Thank you for your time on Monday. Moran taing oirbh.\n\nKind regards,\nIsla"
    assert of_type(check(text), "misspelling") == []
    # three key slips of common words stay three slips
    found = texts(check("It was a pleasure. Thnak yuo agian.\n\nBest,\nIsla"), "misspelling")
    assert found == ["Thnak", "yuo", "agian"]


def test_a_hyphenated_word_of_another_language_passes_whole() -> None:
    assert of_type(check("We met near the Shinjuku-eki exit on Friday."), "misspelling") == []
    # a slip on one part of an English compound is still a slip
    assert texts(check("Thanks for the follw-up call."), "misspelling") == ["follw"]


def test_a_finding_needs_a_near_and_common_word_to_mend_to() -> None:
    checker = WordChecker(english_dictionary(), set(), (), scowl_lexicon())
    # one or two edits from a word every writer uses; one from a common one; a run-on
    assert checker.is_near_its_suggestion("recieve", "receive")
    assert checker.is_near_its_suggestion("maintainance", "maintenance")
    assert checker.is_near_its_suggestion("lanyarde", "lanyard")
    assert checker.is_near_its_suggestion("alot", "a lot")
    # a name no list holds: one letter from it is a slip of it, two are another name
    assert checker.is_near_its_suggestion("Kowalsky", "Kowalski")
    assert not checker.is_near_its_suggestion("Marwandi", "Maranda")
    # a word of a trade or of another language, near only a rare word or none
    assert not checker.is_near_its_suggestion("bouzouka", "bouzouki")
    assert not checker.is_near_its_suggestion("sfumatura", "armature")
    # without the graded list nothing is known of commonness: the finding stays
    assert WordChecker(FakeSpeller(), set()).is_near_its_suggestion("bouzouka", "bouzouki")


def test_slips_of_rarer_words_one_edit_away_are_still_found() -> None:
    found = texts(check("I learnt about the lanyarde clips and the chiaroscure."), "misspelling")
    assert found == ["lanyarde", "chiaroscure"]


@pytest.mark.parametrize(("respect", "found"), [
    ("Didi", []),  # the greeting's respect word, addressed again in the body
    ("Sai", []),
    ("Teh", ["Teh"]),  # a slip of a function word stays one in the body
])
def test_the_greetings_respect_word_again_in_the_body_is_no_slip(
        respect: str, found: list[str]) -> None:
    text = (f"Dear Adaeze Okonkwo {respect},\n\nThank you for Monday. "
            f"{respect}, I hope to hear from you soon.")
    assert texts(of_type(check(text), "misspelling")) == found


def test_a_respect_word_not_in_the_greeting_gets_no_pass() -> None:
    text = "Dear Adaeze Okonkwo,\n\nThank you for Monday. Didi, I hope to hear from you."
    assert texts(of_type(check(text), "misspelling")) == ["Didi"]


def test_a_word_one_first_letter_from_a_common_one_is_no_evidence_of_a_slip() -> None:
    checker = WordChecker(english_dictionary(), set(), (), scowl_lexicon())
    # slips fall inside a word: a short word of a trade or a language is one first letter
    # from an English word more often than a writer drops or changes a first letter
    assert not checker.is_near_its_suggestion("ombat", "combat")
    assert texts(check("We tied the ombat cords before the firing."), "misspelling") == []
    # a long word is a slip all the same, and so is a slip inside a short one
    assert checker.is_near_its_suggestion("nterview", "interview")
    assert texts(check("Thanks for the nterview and the advcie."), "misspelling") == \
        ["nterview", "advcie"]


def test_a_short_word_one_changed_or_added_letter_from_a_word_is_no_evidence() -> None:
    checker = WordChecker(english_dictionary(), set(), (), scowl_lexicon())
    # a short word of a trade: a vowel changed, a letter added that doubles none
    assert texts(check("We sorted the suri fleece and the bidos packs."), "misspelling") == []
    # short slips: a key that touches the right one, a function word, a swap, a letter left
    # out, a doubling undone
    for sentence, slip in [("I wirk hard on every order.", "wirk"),
                           ("Thank you amd your team.", "amd"),
                           ("I look forward to the nxet step.", "nxet"),
                           ("I will call you wich day suits.", "wich"),
                           ("It was realy good to meet you.", "realy")]:
        assert texts(check(sentence), "misspelling") == [slip]
    assert checker.is_near_its_suggestion("thier", "their")


@pytest.mark.parametrize("closing", [
    "Un cordial saludo y mil gracias,",  # six words of the writer's language (flagged "Un")
    "Un beso grande a todos ustedes,",
])
def test_a_longer_closing_of_another_language_passes(closing: str) -> None:
    text = f"Thank you for the tasting.\n\n{closing}\nSiobhan O'Sullivan"
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


def test_a_longer_english_closing_with_a_slip_stays_a_slip() -> None:
    text = "Thank you for the tasting.\n\nThanks so much for evrything today,\nSiobhan O'Sullivan"
    assert [f.text for f in check(text) if f.type == "misspelling"] == ["evrything"]


def test_a_root_written_inside_a_longer_term_is_that_terms_root() -> None:
    text = "Her lab measures crocetin and dihydrocrocetin in each lot."
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


def test_a_slip_inside_a_longer_slip_stays_a_slip() -> None:
    text = "Our enviroment team wrote the enviromentally sound plan."
    assert [f.text for f in check(text) if f.type == "misspelling"] == [
        "enviroment", "enviromentally"]


def test_a_term_the_letter_writes_twice_the_same_way_is_meant() -> None:
    once = "I watched the pottas shape the tiles by hand."
    twice = "I watched the pottas shape the tiles, and later the pottas glazed them."
    assert [f.text for f in check(once) if f.type == "misspelling"] == ["pottas"]
    assert [f.text for f in check(twice) if f.type == "misspelling"] == []


@pytest.mark.parametrize("text", [
    "I hope to recieve your news and to recieve the plan.",  # two letters swapped
    "The goverment grant and the goverment rules.",  # one left out of an everyday word
])
def test_an_everyday_word_misspelt_twice_stays_a_slip_twice(text: str) -> None:
    assert len([f for f in check(text) if f.type == "misspelling"]) == 2


@pytest.mark.parametrize("text", [
    "I wrote to the Chambre des Métiers in March.",  # chamber, two letters swapped
    "I wrote to the Ministre des Armées in March.",
])
def test_a_name_of_one_language_across_its_particle_passes(text: str) -> None:
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("text", "slip"), [
    ("I read about the Literture du Monde prize.", "Literture"),  # only Danish knows it
    ("I met the Engeneering de Mexico team.", "Engeneering"),  # a word of no language
])
def test_a_slip_before_a_particle_stays_a_slip(text: str, slip: str) -> None:
    assert [f.text for f in check(text) if f.type == "misspelling"] == [slip]


def test_a_word_of_another_language_written_twice_passes_even_near_an_everyday_one() -> None:
    once = "I liked how the sorte is kept in the old barn."
    twice = "I liked how the sorte is kept in the old barn, and how the sorte is sold."
    assert [f.text for f in check(once) if f.type == "misspelling"] == ["sorte"]
    assert [f.text for f in check(twice) if f.type == "misspelling"] == []


def test_the_first_word_of_a_closing_of_another_language_may_sit_near_a_card_name() -> None:
    context = make_context(company="Hvala Boats", aliases=("Hvala",))
    text = ("Dear Dr. Okonkwo,\n\nThank you for the visit to the yard.\n\n"
            "Hvola vam puno,\nSiobhan O'Sullivan")
    assert [f.text for f in check(text, context) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("closing", "slip"), [
    ("All the best, Hvola,", "Hvola"),  # the name misspelt, not opening the line
    ("Kidn regards always,", "Kidn"),  # an English closing word mistyped
])
def test_a_name_or_closing_word_misspelt_on_the_closing_line_stays_a_slip(
        closing: str, slip: str) -> None:
    context = make_context(company="Hvala Boats", aliases=("Hvala",))
    text = (f"Dear Dr. Okonkwo,\n\nThank you for the visit to the yard.\n\n{closing}\n"
            "Siobhan O'Sullivan")
    assert [f.text for f in check(text, context) if f.type == "misspelling"] == [slip]


@pytest.mark.parametrize("sentence", [
    "I enjoyed seeing the slate quarry with you. Diolch again for the long walk up the hill.",
    "I would be glad to join the crew for the winter. Diolch again.",
])
def test_a_word_in_the_place_of_thanks_before_again_is_the_writers_thanks(sentence: str) -> None:
    assert of_type(check(sentence), "misspelling") == []


@pytest.mark.parametrize(("sentence", "slip"), [
    ("I enjoyed seeing the slate quarry with you. Thnaks again for the long walk.", "Thnaks"),
    ("I would be glad to join the crew for the winter. Thansk again.", "Thansk"),
])
def test_a_slip_of_thanks_before_again_stays_a_slip(
        sentence: str, slip: str) -> None:
    assert texts(of_type(check(sentence), "misspelling")) == [slip]


@pytest.mark.parametrize("sentence", [
    "We test every lot for sulphite and sulphur dioxide before bottling.",
    "The sulphates in the water changed the beer, and the sulphides the smell.",
])
def test_the_british_ph_of_the_sulphur_family_is_a_spelling(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("typo", ["sulpher", "sulphte", "sulphade"])
def test_a_slip_in_a_sulphur_word_is_still_caught(typo: str) -> None:
    assert [f.text for f in check(f"We test every lot for {typo} before bottling.")
            if f.type == "misspelling"] == [typo]


@pytest.mark.parametrize("sentence", [
    "The marina is always full during the Copa América season.",
    "We met for coffee on the Plaza Colón after the tour.",
])
def test_a_word_beside_an_accented_name_of_its_language_is_part_of_the_name(
        sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "slip"), [
    ("I loved the Cofee Café near the port.", "Cofee"),
    ("The Libary Pública was closed on Monday.", "Libary"),
    ("Our Managment Société meets every month.", "Managment"),
])
def test_a_slip_beside_an_accented_name_stays_a_slip(sentence: str, slip: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == [slip]


@pytest.mark.parametrize("sentence", [
    "A short video lets Pak Wiryo judge whether the frame must come back.",
    "I met Ibu Sari and Pak Wiryo at the workshop on Friday.",
])
def test_a_short_courtesy_title_before_a_contacts_name_is_no_slip(sentence: str) -> None:
    assert [f.text for f in check(sentence, known_words=("Wiryo Santoso", "Sari"))
            if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "slip"), [
    ("I spoke with Teh Wiryo about the frames.", "Teh"),  # a swap of "The"
    ("The Tecnical Wiryo team was kind.", "Tecnical"),  # a long word: no title
])
def test_a_slip_before_a_contacts_name_stays_a_slip(sentence: str, slip: str) -> None:
    assert [f.text for f in check(sentence, known_words=("Wiryo Santoso",))
            if f.type == "misspelling"] == [slip]


@pytest.mark.parametrize("closing", [
    "Khob khun ka and best regards,",
    "Khob khun ka and all the best,",
])
def test_thanks_in_another_language_joined_to_an_english_closing_is_no_slip(
        closing: str) -> None:
    text = f"Dear Dr. Okonkwo,\n\nThank you for the tour.\n\n{closing}\nSiobhan O'Sullivan"
    assert [f.text for f in check(text) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("closing", "slips"), [
    ("Thnaks verry much and best regards,", ["Thnaks", "verry"]),
    ("Mnay thnaks and kind regards,", ["Mnay", "thnaks"]),
])
def test_english_thanks_mistyped_before_a_closing_stay_slips(
        closing: str, slips: list[str]) -> None:
    text = f"Dear Dr. Okonkwo,\n\nThank you for the tour.\n\n{closing}\nSiobhan O'Sullivan"
    assert [f.text for f in check(text) if f.type == "misspelling"] == slips


def test_a_rarer_words_doubling_on_the_wrong_consonant_is_a_slip() -> None:
    # "saccharin" is no common word, so only the moved doubling says what was meant
    assert [(f.text, f.suggestion) for f in check(
        "We sweetened the syrup with sacharrin for the trial.") if f.type == "misspelling"] \
        == [("sacharrin", "saccharin")]
    # the word itself, and another language's word doubled where its own word is, stay
    assert [f.text for f in check("We sweetened the syrup with saccharin for the trial.")
            if f.type == "misspelling"] == []
    assert [f.text for f in check("We ate at a small trattoria near the carrozzeria.")
            if f.type == "misspelling"] == []


def test_a_word_paired_with_a_term_in_a_sentence_of_terms_is_a_term() -> None:
    # "djembefola" is far from every English word: the sentence speaks a field's terms, and
    # "tama", a word of another language's dictionary, is named beside "balafon"
    assert [f.text for f in check("We tuned the tama and the balafon before the djembefola "
                                  "arrived.") if f.type == "misspelling"] == []
    # without such a term the short word stays a slip of an English word
    assert [f.text for f in check("We tuned the tama and the balafon before the drummers "
                                  "arrived.") if f.type == "misspelling"] == ["tama"]
    # key slips of function words stay slips, whatever the sentence holds
    assert [f.text for f in check("Thank you for the tour. We checked teh and adn twice "
                                  "near the djembefola circle.") if f.type == "misspelling"] \
        == ["teh", "adn"]


def test_a_closing_of_another_language_above_a_short_signed_first_name() -> None:
    context = make_context(candidate="Eva Lindqvist")
    text = "Dear Dr. Okonkwo,\n\nThank you for the tour.\n\nKop khun,\nEva\n"
    assert [f.text for f in check(text, context) if f.type == "misspelling"] == []
    # slips of an English closing stay slips above the same name
    text = "Dear Dr. Okonkwo,\n\nThank you for the tour.\n\nBset regrads,\nEva\n"
    assert [f.text for f in check(text, context) if f.type == "misspelling"] == [
        "Bset", "regrads"]
    # a short name that is not the writer's is no signature
    text = "Dear Dr. Okonkwo,\n\nThank you for the tour.\n\nKop khun,\nIan\n"
    assert [f.text for f in check(text, context) if f.type == "misspelling"] != []


@pytest.mark.parametrize("text", [
    "The plan pays the members from the agro-tourism income each season.",
    "We looked at the petro-chemical plants along the estuary.",
])
def test_a_combining_form_before_a_whole_word_is_no_slip(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


def test_a_slip_in_a_hyphened_word_that_is_no_combining_form_stays_a_slip() -> None:
    # the second part is no English word (the form is then read as before, on its own), or
    # the first is no consonant and "o"
    assert [f.text for f in of_type(check("a rigorous agro-tourizm plan"), "misspelling")] == [
        "agro", "tourizm"]
    assert [f.text for f in of_type(check("a well-recieved talk"), "misspelling")] == [
        "recieved"]


def test_a_land_named_where_the_card_writes_its_adjective_is_no_slip_of_it() -> None:
    context = make_context(strengths=("six years guiding in Tanzanian parks",))
    text = "The parks I know in Tanzania are very different."
    assert of_type(check(text, context), "misspelling") == []
    # a slip of the card's word stays one
    slip = "The Tanzainan parks I know are very different."
    assert [f.text for f in of_type(check(slip, context), "misspelling")] == ["Tanzainan"]


@pytest.mark.parametrize("text, slip", [
    # (main passed "sustainabilty": "sustainability" is rarer on the graded list than
    # "sustainable")
    ("I enjoyed reading the sustainabilty report you sent.", "sustainabilty"),
    ("We measured the team's readyness for the launch.", "readyness"),
])
def test_a_letter_slipped_in_a_regular_word_of_a_common_one_is_a_slip(text: str,
                                                                       slip: str) -> None:
    assert [f.text for f in of_type(check(text), "misspelling")] == [slip]


@pytest.mark.parametrize("text", [
    # a short place one letter from a given name the graded list holds (Leo, Ian)
    "I ran the packing line for a dairy in Leh before moving south.",
    "We bought the first looms from a workshop near Lan, two hours north.",
])
def test_a_short_place_after_a_preposition_of_place_is_no_slip_of_a_given_name(
        text: str) -> None:
    assert of_type(check(text), "misspelling") == []


def test_after_a_preposition_of_place_a_slip_of_a_month_stays_one() -> None:
    text = "We could start the trial in Jume, once the harvest is in."
    assert [f.text for f in of_type(check(text), "misspelling")] == ["Jume"]


def test_a_word_paired_with_a_term_far_from_english_is_a_term_too() -> None:
    # "iolin" paired with "xorvathim", far from every English word: the field's two terms
    text = "I also teach the young players of iolin and xorvathim from the valley."
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize("text, slip", [
    ("We checked the recieve and xorvathim logs.", "recieve"),  # an everyday word misspelt
])
def test_a_pair_without_a_far_partner_or_with_a_common_slip_stays_a_slip(
        text: str, slip: str) -> None:
    assert slip in [f.text for f in of_type(check(text), "misspelling")]


def test_a_short_capitalised_name_one_letter_from_a_common_known_term_is_a_name() -> None:
    # "region" is on the technical list and an everyday word: a slip of it keeps no capital
    assert of_type(check("We applied for the Regio grant last spring."), "misspelling") == []


def test_a_short_capitalised_slip_of_the_users_own_name_stays_one() -> None:
    context = make_context(others=("Kestrel Glaze Works Ltd",))
    found = of_type(check("I also spoke with the Kestel team.", context), "misspelling")
    assert [f.text for f in found] == ["Kestel"]


@pytest.mark.parametrize(("sentence", "misspelt"), [
    ("We fired a few bowls in a sumi-style glaze last spring.", []),
    ("The bakery still uses a tandoor-type oven for its flatbread.", []),
    ("I built a modren-style cabinet for the hall.", ["modren"]),  # a key slip stays one
    ("I built a modren cabinet for the hall.", ["modren"]),
])
def test_a_word_before_style_or_type_names_a_kind(sentence: str, misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.skipif(not _other_languages_installed(),
                    reason="no dictionary of another language installed")
@pytest.mark.parametrize(("farewell", "misspelt"), [
    ("Alles liebe!", []),  # every word German: a wish said whole in the writer's language
    ("Take kare!", ["kare"]),  # English around a slip of one of the commonest words
    ("Best wihses!", ["wihses"]),  # two letters swapped stays a slip
])
def test_a_short_farewell_of_one_language_is_said_whole(farewell: str,
                                                         misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\nThank you for showing me the kilns on Monday. "
                  f"{farewell}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.parametrize(("sentence", "misspelt"), [
    # a short first word before a name far from English is a word of that name's language
    ("We walked past the spice stalls near Bab Ghoufrana every evening.", []),
    ("The boat left the harbour for Ras Tanoumrah before dawn.", []),
    # a swapped letter of a common word stays a slip there
    ("We met at Teh Ghoufrana gate before dawn.", ["Teh"]),
    # and before a name near English, the stricter test of a short slip holds
    ("We walked past the spice stalls near Bab Street every evening.", ["Bab"]),
])
def test_a_short_word_before_a_foreign_name_is_part_of_it(sentence: str,
                                                          misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.parametrize(("sentence", "misspelt"), [
    # a Latin set phrase written whole, spaced or hyphenated, keeps its Latin words
    ("The supplier sent a pro forma quote on Monday.", []),
    ("We asked for pro-forma terms before the first order.", []),
    ("There was prima facie proof the seal had failed.", []),
    ("The scheme was dropped in toto last year.", []),
    # the same word alone, out of its phrase, is still judged as a word
    ("Please send the forma before Friday.", ["forma"]),
    ("We looked at the facie of the old building.", ["facie"]),
])
def test_a_latin_set_phrase_keeps_its_latin_words(sentence: str, misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.parametrize(("sentence", "misspelt"), [
    # "un" before a past participle of a trade's verb: a thing that has not had it done
    ("We keep the unsanded boards in the back shed.", []),
    ("The unlathed spindles go to the second bench.", []),
    # one undoubled or swapped letter from a listed word stays a slip, even if it reads as
    # "un" and a participle (unplaned: unplanned)
    ("It was an unplaned stop on the route.", ["unplaned"]),
    ("The boards were unfinsihed when they came.", ["unfinsihed"]),
])
def test_un_before_a_known_participle_is_a_word(sentence: str, misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.parametrize(("sentence", "misspelt"), [
    # a division of a country names its place as a street or a county does
    ("I grew up in Oyo and worked two years in Ekiti State.", []),
    ("Our depot was in Gauteng Province until last spring.", []),
    # a word one added first letter from a common word, before a name's head, is a name
    ("I managed the yard in Ogun State for three years.", []),
    # and before a feature of the land named the same way
    ("We led the school walks through Osun Grove each spring.", []),
    ("The crew trained off Ekiti Coast in the dry months.", []),
    # a swapped letter of a common word stays a slip there
    ("I managed the yard in Teh State for three years.", ["Teh"]),
])
def test_a_word_before_a_division_of_a_country_is_a_name(sentence: str,
                                                         misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.parametrize(("sentence", "misspelt"), [
    # a short capitalised word after "the", ending its phrase, is a river's or a hill's name,
    # though one letter from a month: no month stands there ("off the May.")
    ("The mist came in off the Tay. We still cut the greens.", []),
    # a slip of a function word there, or the same word before a noun, is still judged
    ("I enjoyed the Teh. The greens were fine.", ["Teh"]),
    ("We met in the Tay office on Friday.", ["Tay"]),
])
def test_a_short_name_after_the_ending_its_phrase(sentence: str, misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


@pytest.mark.skipif(not _other_languages_installed(),
                    reason="no dictionary of another language installed")
@pytest.mark.parametrize(("sentence", "misspelt"), [
    # beside a word no everyday English word that a language knows with it: its phrase
    ("For the fish course we made a beurre blanc every night.", []),
    ("The rigatoni has to come out al dente for the bake.", []),
    # beside everyday English words a slip stays a slip
    ("The fish came with a white sause every night.", ["sause"]),
    ("The sauce was blanc and thin every night.", ["blanc"]),
])
def test_a_word_beside_a_loanword_of_its_language_is_that_phrase(
        sentence: str, misspelt: list[str]) -> None:
    found = check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan")
    assert [f.text for f in found if f.type == "misspelling"] == misspelt


def test_the_doubled_past_of_a_common_short_word_is_a_word() -> None:
    # "gapped": "gap" + "ped", as English doubles it; "writting" is no word and stays a slip
    letter = ("Dear Dr. Okonkwo,\n\nWe rebuilt the gapped walls and {} the estimate.\n\n"
              "Best,\nSiobhan")
    assert of_type(check(letter.format("sent")), "misspelling") == []
    assert texts(of_type(check(letter.format("writting")), "misspelling")) == ["writting"]


def test_a_plural_article_after_a_particle_inside_a_name_is_a_word_of_that_name() -> None:
    # round 36: "de las", "de los" inside a place's name of another language
    letter = "Dear Dr. Okonkwo,\n\nWe hiked the {} last spring.\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("Sierra de los Cuchumatanes")), "misspelling") == []
    assert of_type(check(letter.format("Playa de las Americas")), "misspelling") == []
    # alone in lower case, or a slip of the article, it is judged as any word
    assert texts(of_type(check(letter.format("las trails")), "misspelling")) == ["las"]
    assert "lsa" in texts(of_type(check(letter.format("Playa de lsa Americas")), "misspelling"))


def test_a_courtesy_of_another_language_before_english_thanks_is_no_slip() -> None:
    # round 36: the writer thanks or takes leave in their language, then in English
    letter = "Dear Dr. Okonkwo,\n\nThe visit was a joy. {}\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("Asante sana, and thank you again.")),
                   "misspelling") == []
    assert of_type(check(letter.format("Obrigadu, and see you in March.")),
                   "misspelling") == []
    # a slip of an English courtesy there stays a slip, and so does such a word elsewhere
    assert texts(of_type(check(letter.format("Thnaks, and see you in March.")),
                         "misspelling")) == ["Thnaks"]
    assert texts(of_type(check(letter.format("Obrigadu to the whole crew.")),
                         "misspelling")) == ["Obrigadu"]


def test_a_french_contraction_inside_a_name_is_a_word_of_that_name() -> None:
    # round 37: "au" and "aux" between two capitalised words, as "du" and "des" already were
    letter = "Dear Dr. Okonkwo,\n\nWe grew the {} roses last spring.\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("Café au Lait")), "misspelling") == []
    # not between two capitalised words, a stray "au" is judged as any word
    assert texts(of_type(check(letter.format("pink au white")), "misspelling")) == ["au"]


def test_a_courtesy_of_another_language_before_what_thanks_are_for_is_no_slip() -> None:
    # round 37: thanks as the sentence's verb, then "for the ..." in English
    letter = "Dear Dr. Okonkwo,\n\nThe visit was a joy. {}\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("Ke a leboha for the tour.")), "misspelling") == []
    # with no word of the run far from English, a slip before "for the" stays a slip
    assert texts(of_type(check(letter.format("Thnaks for the tour.")),
                         "misspelling")) == ["Thnaks"]
    assert texts(of_type(check(letter.format("Ke for the tour.")), "misspelling")) == ["Ke"]


def test_the_noun_of_a_phrasal_verb_closed_up_is_no_slip() -> None:
    # round 38: an everyday verb run onto an adverb particle, where a noun stands
    letter = "Dear Dr. Okonkwo,\n\n{}\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("The handback of the keys went well.")),
                   "misspelling") == []
    assert of_type(check(letter.format("Both handbacks went well.")), "misspelling") == []
    # after a modal the same run is the verb with its space lost: a slip
    assert texts(of_type(check(letter.format("We will handback the keys.")),
                         "misspelling")) == ["handback"]


def test_a_place_of_a_trade_in_ery_is_no_slip() -> None:
    # round 38: an everyday word and "-ery" after a determiner, as "bakery" and "brewery"
    letter = "Dear Dr. Okonkwo,\n\nWe toured the {} after lunch.\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("candlery")), "misspelling") == []
    assert of_type(check(letter.format("picklery")), "misspelling") == []
    # a swapped or doubled letter, or a place of a trade misspelt, stays a slip
    assert texts(of_type(check(letter.format("jewelery")), "misspelling")) == ["jewelery"]
    assert texts(of_type(check(letter.format("brewry")), "misspelling")) == ["brewry"]


def test_a_slip_shape_right_after_its_own_function_word_opens_a_foreign_phrase() -> None:
    # round 38: "the teh ..." cannot be "the the"; with a word of the same language after
    letter = "Dear Dr. Okonkwo,\n\nWe ordered {} twice.\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("the teh hijau")), "misspelling") == []
    # without "the" before it, or with an English word after it, it stays a slip of "the"
    assert texts(of_type(check(letter.format("teh hijau")), "misspelling")) == ["teh"]
    assert texts(of_type(check(letter.format("the teh team")), "misspelling")) == ["teh"]


def test_a_greeting_of_another_language_sent_from_a_place_in_the_closing_is_no_slip() -> None:
    # round 38: "... and <greeting> from <Place>," as "and greetings from <Place>,"
    letter = "Dear Dr. Okonkwo,\n\nThe visit was a joy.\n\n{}\nSiobhan"
    assert of_type(check(letter.format("Thank you again and salut from Lyon,")),
                   "misspelling") == []
    # a key slip of an English closing word there stays a slip
    assert texts(of_type(check(letter.format("Thank you again and greeitngs from Kiel,")),
                         "misspelling")) == ["greeitngs"]


# Thirty-ninth round: names and nouns of correct prose that earlier rounds took for slips.
def test_a_name_built_on_a_word_and_an_ending_is_a_name_inside_a_sentence() -> None:
    assert texts(check("I sold timber at the yard in Rattlesey for six years."),
                 "misspelling") == []
    # a by-sound slip of an everyday word in the same place stays one
    assert texts(check("I sold timber at the yard and I am a Proffesional driver."),
                 "misspelling") == ["Proffesional"]


def test_a_word_with_a_letter_put_before_it_is_a_name_inside_a_sentence() -> None:
    assert texts(check("The market closes for Lorange and the autumn fairs."),
                 "misspelling") == []
    # a doubled letter inside stays a key's slip
    assert texts(check("The market closes for Orangge and the autumn fairs."),
                 "misspelling") == ["Orangge"]


def test_the_short_form_of_the_card_name_is_no_slip() -> None:
    context = make_context(interviewer="Vivienne Ashe")
    assert check("Hi Viv,\n\nThank you for the tour of the yard.", context) == []
    # one letter dropped from the name is no short form
    assert check("Hi Vivienn,\n\nThank you for the tour of the yard.", context) != []


def test_a_closed_compound_of_two_plain_nouns_after_a_determiner_is_a_noun() -> None:
    assert texts(check("We painted the shopboard before the market opened."),
                 "misspelling") == []
    # run onto a suffix, or a run of function words, stays a slip
    assert texts(check("It was a helpfull note and we thanked eachother."),
                 "misspelling") == ["helpfull", "eachother"]


def test_a_capitalised_word_between_an_article_and_its_noun_is_a_makers_name() -> None:
    assert texts(check("I picked up an old Plantic storage box to practise on."),
                 "misspelling") == []
    # before a department's noun, or with no article, it stays a slip
    assert texts(check("I met the Plantic team."), "misspelling") == ["Plantic"]
    assert texts(check("I sold Plantic boxes."), "misspelling") == ["Plantic"]


# Fortieth round
def test_the_town_line_of_the_heading_address_is_the_writers_own() -> None:
    heading = "Sam Reed\n14 Mill Lane\n{}\nWX4 2RT\n\nDear Adaeze,\n\nThank you."
    assert texts(check(heading.format("Watchin")), "misspelling") == []
    # a lone line with no street above it nor postcode below it is still checked
    assert texts(check("Sam Reed\nWatchin\n\nDear Adaeze,\n\nThank you."),
                 "misspelling") == ["Watchin"]
    # and so is a sentence on the line over a postcode
    assert texts(check("Sam Reed\n14 Mill Lane\nWatchin the rain\nWX4 2RT\n\nDear Adaeze,"
                       "\n\nThank you."), "misspelling") == ["Watchin"]


# Forty-first round
def test_a_two_letter_word_before_an_unknown_name_is_a_particle_of_that_name() -> None:
    assert texts(check("We drove past the Ol Sarou weighbridge on the way."),
                 "misspelling") == []
    # a swap that lands on a word of two letters ("to") is still a slip
    assert texts(check("We drove past the Ot Sarou weighbridge on the way."),
                 "misspelling") == ["Ot"]
