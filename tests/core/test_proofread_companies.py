"""Wrong company: another application's employer named in this letter."""

from __future__ import annotations

import pytest

from pursuit.core.proofread.context import without_legal_suffix
from tests.core.proofread_corpus.builders import check, make_context, of_type

COMPANY = "wrong_company"


def companies(text: str, **context: object) -> list[tuple[str | None, str | None]]:
    findings = of_type(check(text, make_context(**context)), COMPANY)  # type: ignore[arg-type]
    return [(f.text, f.suggestion) for f in findings]


def test_another_employer_is_an_error_suggesting_the_right_company() -> None:
    text = "I'm sure Bellweather Freight is the right place for me."
    [finding] = of_type(check(text), COMPANY)
    assert (finding.start, finding.end) == (9, 28)
    assert (finding.suggestion, finding.severity) == ("Larchmont Analytics", "error")


def test_short_forms_and_possessives_of_the_other_employer_are_found() -> None:
    assert companies("Bellweather's mission inspires me.") == [
        ("Bellweather", "Larchmont Analytics")]


def test_a_full_legal_name_is_answered_with_the_full_legal_name() -> None:
    assert companies("I want to join Pemberton & Lyle, Ltd. soon.",
                     others=("Pemberton & Lyle, Ltd.",)) == [
        ("Pemberton & Lyle, Ltd.", "Larchmont Analytics, Inc.")]


@pytest.mark.parametrize("mention", ["Ashgrove & Pike", "Ashgrove and Pike", "Ashgrove\nand Pike"])
def test_and_and_ampersand_are_the_same_company(mention: str) -> None:
    assert [text for text, _ in companies(f"Thanks, {mention} team.",
                                          others=("Ashgrove & Pike",))] == [mention]


def test_a_first_word_that_is_english_is_not_taken_for_the_company() -> None:
    # "Sterling" alone is an English word; only "Sterling Ledger" names the company.
    found = companies("Sterling work, and Sterling Ledger too.", others=("Sterling Ledger Co.",))
    assert found == [("Sterling Ledger", "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "Larchmont Analytics, Inc. and Larchmont Analytics and Larchmont's team.",
    "Brightwater Health and Science and Brightwater Health & Science and Brightwater.",
])
def test_the_right_company_by_any_alias_or_and_for_ampersand_passes(text: str) -> None:
    context = make_context(company="Brightwater Health & Science", aliases=("Brightwater",)) \
        if "Brightwater" in text else make_context()
    assert check(text, context) == []


def test_a_word_shared_with_the_right_company_is_not_a_wrong_company() -> None:
    assert companies("Larchmont is great.", others=("Larchmont Bank",)) == []
    assert companies("Larchmont Bank is not.", others=("Larchmont Bank",)) == [
        ("Larchmont Bank", "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "I am excited about joining Contoso.",
    "I'd love the Senior Data Engineer role at Contoso.",
    "I can see a future at Contoso.",
    "Contoso's mission is what drew me in.",
    "I can't wait to join the Contoso team.",
    "I'd be proud to work for Contoso.",
    "I'd love to help Contoso grow.",
    "Contoso is clearly a great place to work.",
])
def test_a_name_where_only_the_employer_fits_is_a_wrong_company(text: str) -> None:
    assert companies(text, others=()) == [("Contoso", "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "I am excited about joining Larchmont's research team.",
    "The role at Larchmont Analytics suits me.",
    "In my last role at Wayfair I led a migration, and I contributed to Airflow.",
    "I'd love to help the team with Airflow orchestration.",
    "I look forward to joining Dr. Okonkwo's team.",
    "I worked next to Quillfeather Park for years.",
    "I left Wayfair in 2021 to join Airbnb, and I worked with Contoso as a vendor.",
    "I left the call excited about joining Larchmont.",
    "I used to work at TK Maxx in Leeds.",
])
def test_other_names_in_other_places_are_not_companies(text: str) -> None:
    assert companies(text, others=("Quillfeather Health",)) == []


def test_a_generic_last_word_may_be_left_out() -> None:
    assert companies("Blue Heron's commitment to co-op play", others=("Blue Heron Studios",)) == [
        ("Blue Heron", "Larchmont Analytics")]


@pytest.mark.parametrize(("text", "name"), [
    ("I would be glad to bring the same approach to Polarline Cold Storage, and more.",
     "Polarline Cold Storage"),
    ("I'd love to bring my forecasting work to Contoso.", "Contoso"),
    ("I hope to bring that discipline to Fabrikam as your team grows.", "Fabrikam"),
])
def test_what_the_writer_would_bring_goes_to_the_employer(text: str, name: str) -> None:
    [finding] = of_type(check(text), "wrong_company")
    assert (finding.text, finding.suggestion) == (name, "Larchmont Analytics")


@pytest.mark.parametrize("text", [
    "I would be glad to bring the same approach to Larchmont.",
    "I'll bring the draft to Monday's review, and bring the notes to Dr. Okonkwo.",
    "I'll bring the write-up to Adaeze on Friday.",
    "We would bring the data to Tableau dashboards for the analysts.",
])
def test_bringing_to_the_employer_or_a_person_or_a_tool_passes(text: str) -> None:
    assert of_type(check(text), "wrong_company") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Working at Northwind would let me use my ICU experience every day.", "Northwind"),
    ("I am keen to contribute to Northwind's community nursing programme.", "Northwind"),
    ("I would be proud to contribute to Northwind.", "Northwind"),
])
def test_the_job_imagined_at_another_name_is_a_wrong_company(text: str, name: str) -> None:
    assert companies(text) == [(name, "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "Before this I worked at Bellweather Freight for four years.",
    "I spent three years at Bellweather Freight on the routing team.",
    "My time at Bellweather taught me to plan for peak season.",
    "Working at Larchmont would let me use my FHIR experience.",
    "Working at night in the ICU taught me to stay calm.",
])
def test_a_past_job_and_the_employer_itself_are_fine(text: str) -> None:
    assert companies(text) == []


@pytest.mark.parametrize("text", [
    "I am excited to grow with Tailspin.",
    "I look forward to contributing at Tailspin.",
    "It would be an honour to represent Tailspin.",
    "I can't wait to start at Tailspin.",
    "I'd be thrilled to be part of Tailspin.",
])
def test_the_writers_future_at_another_name_is_a_wrong_company(text: str) -> None:
    assert companies(text) == [("Tailspin", "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "I would like to contribute to Kubernetes.",  # a technology, not an employer
    "I want to grow with Larchmont and to be part of Larchmont's growth.",
    "I was proud to be part of Leeds United's academy.",  # the writer's past
    "I represented England at under-18 level.",
    "I start at the clinic on Monday.",
])
def test_technologies_the_employer_and_the_past_are_not_wrong_companies(text: str) -> None:
    assert companies(text) == []


def test_another_applications_employer_used_as_a_customer_is_not_a_slip() -> None:
    context = make_context(company="Northwind Traders", aliases=("Northwind",),
                           others=("Contoso", "Fabrikam Foods"))
    for text in ("I used Contoso's API at my last job, and I look forward to Northwind.",
                 "We migrated off Contoso last year, and Northwind's tooling impressed me."):
        assert of_type(check(text, context), "wrong_company") == []
    text = "I used the new dashboards, and I'm excited to join Contoso."
    assert [f.text for f in of_type(check(text, context), "wrong_company")] == ["Contoso"]


def test_the_first_word_of_another_employer_after_in_is_the_place_it_is_named_after() -> None:
    others = ("Tarragona Cold Chain",)
    assert companies("You plan to open two depots in Tarragona next year.", others=others) == []
    assert companies("Tarragona's mission inspires me.", others=others) == [
        ("Tarragona", "Larchmont Analytics")]
    # the preposition may open the sentence
    assert companies("In Tarragona we loaded the trucks by night, and I learned the cold chain.",
                     others=others) == []
    assert companies("I would love to bring this to Tarragona.", others=others) == [
        ("Tarragona", "Larchmont Analytics")]


def test_a_site_the_interview_notes_name_is_not_another_employer() -> None:
    text = "I'm checking in on the night shift role at Kellerby, as we discussed."
    assert companies(text, topics=("night shift staffing at Kellerby",)) == []
    assert companies(text) == [("Kellerby", "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "I'd love to join the Yard Operations team next month.",
    "I look forward to joining Clinical Research in the spring.",
])
def test_a_department_the_writer_would_join_is_not_another_employer(text: str) -> None:
    assert companies(text) == []


def test_a_firm_of_english_words_in_the_same_place_is_still_another_employer() -> None:
    assert companies("I look forward to joining Harbour Light Consulting.") == [
        ("Harbour Light Consulting", "Larchmont Analytics")]


@pytest.mark.parametrize("sentence", [
    "The prints use madder dyes from Sundara, as my portfolio shows.",
    "We sourced slate from Sundara for the library roof.",
    "My grandparents come from Sundara, in the hills.",
    "We hiked along the Sundara river every summer.",  # a feature of the land after it
    "I trained in the Sundara style of dry-stone walling.",
    "We walked the Sundara ranges every weekend.",  # a range, a forest, a town
    "The Sundara town centre was busy on market day.",
])
def test_the_first_word_of_another_employer_after_from_is_where_a_thing_comes_from(
        sentence: str) -> None:
    assert companies(sentence, others=("Sundara Stone Works",)) == []


@pytest.mark.parametrize("sentence", [
    "I had an offer from Sundara last week.",
    "I heard back from Sundara on Monday.",
    "A recruiter from Sundara called me.",
    "The Sundara team was welcoming.",
])
def test_a_message_or_a_person_from_another_employer_still_names_it(sentence: str) -> None:
    assert [text for text, _ in companies(
        sentence, others=("Sundara Stone Works",))] == ["Sundara"]


@pytest.mark.parametrize("legal", ["Ferrovie Lucane S.p.A.", "Brattholt Fiskur hf.",
                                   "Kuala Makmur Sdn Bhd", "Dravska Gradnja d.o.o.",
                                   "Nordvik Havbruk ASA"])
def test_another_employers_name_without_its_foreign_legal_form_is_found_whole(
        legal: str) -> None:
    short = " ".join(legal.split()[:2])
    found = companies(f"I would be glad to grow with {short}. Thank you.", others=(legal,))
    assert found == [(short, "Larchmont Analytics")]


def test_legal_forms_are_stripped_twice_at_most_and_never_to_nothing() -> None:
    assert without_legal_suffix("Pemberton & Lyle, Ltd.") == "Pemberton & Lyle"
    assert without_legal_suffix("Harbour Pty Ltd") == "Harbour"
    assert without_legal_suffix("Ltd") == "Ltd"


def test_another_employer_whose_legal_form_no_list_knows_is_found_as_far_as_written() -> None:
    found = companies("I'd love to grow with Stoneleigh Copper and its team.",
                      others=("Stoneleigh Copper Kabushiki",))
    assert found == [("Stoneleigh Copper", "Larchmont Analytics")]
    assert companies("I'd love to grow with Stoneleigh.", others=("Stoneleigh Copper Kabushiki",)) \
        == [("Stoneleigh", "Larchmont Analytics")]


@pytest.mark.parametrize("company", ["Fenwick Valley School District", "North Quay Health Trust",
                                     "Marrow County Library System"])
@pytest.mark.parametrize("site", ["Ashgrove Elementary", "Ashgrove Library", "Ashgrove Clinic"])
def test_a_site_of_a_many_sited_employer_is_not_another_employer(company: str,
                                                                 site: str) -> None:
    assert companies(f"Thank you for introducing me to the team at {site}.",
                     company=company, aliases=()) == []


def test_a_site_name_is_still_another_employer_when_the_employer_has_one_site() -> None:
    assert companies("I was glad to meet the team at Ashgrove Clinic.", company="Pell Dental",
                     aliases=()) == [("Ashgrove Clinic", "Pell Dental")]


@pytest.mark.parametrize("text", [
    "Please thank everyone at Northwind for the welcome.",
    "It was a pleasure meeting everyone at Northwind on Friday.",
    "I'd enjoy working alongside the people at Northwind.",
])
def test_the_people_thanked_or_met_at_the_interview_work_for_the_employer(text: str) -> None:
    assert companies(text) == [("Northwind", "Larchmont Analytics")]


@pytest.mark.parametrize("text", [
    "I still miss everyone at Northwind.",
    "Please thank everyone at Larchmont for the welcome.",
    "I met the Engeneering team after lunch.",  # a slip, which the spell check reports
])
def test_the_writers_past_the_employer_a_function_or_a_tool_are_not_another_employer(
        text: str) -> None:
    assert companies(text) == []


def test_an_employers_name_does_not_go_on_over_the_pronoun() -> None:
    text = "I am keen to join Brackenfield Mills and I hope to hear from you soon."
    found = companies(text)
    assert [mention for mention, _ in found] == ["Brackenfield Mills"]


def test_an_abbreviation_after_a_comma_ending_a_name_is_a_legal_form() -> None:
    assert without_legal_suffix("Vidros da Ribeira, Lda.") == "Vidros da Ribeira"
    assert without_legal_suffix("Ferro Nord, Srl.") == "Ferro Nord"
    # the whole other name is found, its particle and all
    found = companies("I would be glad to work at Vidros da Ribeira soon.",
                      others=("Vidros da Ribeira, Lda.",))
    assert found == [("Vidros da Ribeira", "Larchmont Analytics")]
    # no comma, or a longer word: part of the name
    assert without_legal_suffix("Saint Kitts Co-op St.") == "Saint Kitts Co-op St."
    assert without_legal_suffix("Harbour, Lighting.") == "Harbour, Lighting."


@pytest.mark.parametrize(("sentence", "found"), [
    # "the" before the first word alone and the clause ending after it: a region or a river
    ("The winters of the Bellweather, as you know, are long.", []),
    ("I grew up beside the Bellweather.", []),
    # "the" with a noun after it, or no "the": the firm
    ("I hope to help the Bellweather team grow.", ["Bellweather"]),
    ("I look forward to hearing from Bellweather.", ["Bellweather"]),
    ("I hope the Bellweather Freight offer works out.", ["Bellweather Freight"]),
])
def test_the_first_word_alone_after_the_at_a_clauses_end_is_a_place(
        sentence: str, found: list[str]) -> None:
    assert [text for text, _ in companies(sentence)] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I would plan the audit of Ngā Tahu's plant the same way.", ["Ngā Tahu"]),
    ("We visited Ngā Tahu Seafoods in May.", ["Ngā Tahu Seafoods"]),
])
def test_a_short_first_word_names_the_firm_with_the_next_one(sentence: str,
                                                             found: list[str]) -> None:
    assert [text for text, _ in companies(sentence, others=("Ngā Tahu Seafoods Ltd",))] == \
        found


def test_a_short_english_first_word_and_the_next_one_are_no_firm() -> None:
    assert companies("I like the New Era of printing.",
                     others=("New Era Print Works",)) == []


@pytest.mark.parametrize("kind", ["mill", "plant", "warehouse", "kitchen"])
def test_a_team_named_after_its_site_is_at_a_place_not_another_employer(kind: str) -> None:
    # "the plant team at Tilbury": the town the employer's site is in
    assert companies(f"It was good to meet the {kind} team at Kessingford on Friday.") == []


def test_the_team_at_another_name_is_still_another_employer() -> None:
    assert companies("It was good to meet the team at Kessingford on Friday.") == [
        ("Kessingford", "Larchmont Analytics")]


def test_a_production_company_is_named_without_its_kind_of_firm() -> None:
    # "Harbour Light" of "Harbour Light Productions": the name without its kind of firm
    assert companies("I would love to join the Harbour Light team.",
                     others=("Harbour Light Productions",)) == [
        ("Harbour Light", "Larchmont Analytics")]


def test_a_short_form_in_the_writers_past_names_the_place() -> None:
    # the first word of another application's firm, in a sentence about the writer's past
    # work: the district the firm is named after, not the firm
    text = ("For six years I was a buyer for the Alfama bakeries, so I know early orders.")
    assert companies(text, others=("Alfama Pastelaria Lda.",)) == []
    # the full name is the firm, in the past or not; the short form in the job to come too
    assert [t for t, _ in companies("I was glad to hear from Alfama Pastelaria last week.",
                                    others=("Alfama Pastelaria Lda.",))] == ["Alfama Pastelaria"]
    assert [t for t, _ in companies("I hope to join Alfama soon.",
                                    others=("Alfama Pastelaria Lda.",))] == ["Alfama"]


def test_the_writers_past_after_a_short_form_names_the_place_too() -> None:
    # "At Ardmore I ran ...": the past may follow the firm's first word in its sentence
    text = "At Ardmore I worked three winters on the packing floor, so cold rooms suit me."
    assert companies(text, others=("Ardmore Orchards Ltd.",)) == []
    # the job to come in the same place is still the other firm
    assert [t for t, _ in companies("I would love to join Ardmore next spring.",
                                    others=("Ardmore Orchards Ltd.",))] == ["Ardmore"]


@pytest.mark.parametrize("text", [
    "I have asked at every yard between Kilrush and Ennis for a start.",
    "Most of my work has been on barns round Kilrush and the coast.",
])
def test_between_and_round_name_the_place_of_a_short_form(text: str) -> None:
    assert companies(text, others=("Kilrush Joinery Ltd.",)) == []


def test_a_name_the_letter_also_writes_as_a_place_is_no_employer() -> None:
    text = ("Thanks for the day on the site near Ballyvaughan. The job at Ballyvaughan "
            "taught me a lot about lime mortar.")
    assert companies(text) == []
    # without the place, "the job at" names another employer
    assert [t for t, _ in companies("I'd love the job at Ballyvaughan.")] == [
        "Ballyvaughan"]
    # "in" is no sign of a place: "in Contoso's tools" names a firm
    assert [t for t, _ in companies(
        "I liked working in Ballyvaughan's tools. I'd love the job at Ballyvaughan.")] == [
        "Ballyvaughan"]


def test_a_short_form_paired_with_another_capitalised_word_after_the_is_a_place() -> None:
    others = ("Carpathian Timber Works",)
    assert companies("We hauled logs through the Carpathian and Sudeten forests for years.",
                     others=others) == []
    # the full name, or the word alone, still names the other firm
    assert [t for t, _ in companies("I hope to hear from Carpathian Timber Works soon.",
                                    others=others)] == ["Carpathian Timber Works"]
    # two firms of the card paired under one "the" are still firms
    assert [t for t, _ in companies("I compared the Carpathian and Larchmont offers.",
                                    others=others)] == ["Carpathian"]


def test_a_city_the_dictionary_knows_alone_is_the_place_not_the_firm() -> None:
    others = ("Lisbon Freight Exchange",)
    assert companies("I liked hearing how the Lisbon depot plans its night shifts.",
                     others=others) == []
    # the full name still names the other firm, and so does the city where only the
    # employer fits
    assert [t for t, _ in companies("I also wrote to Lisbon Freight Exchange last week.",
                                    others=others)] == ["Lisbon Freight Exchange"]
    assert [t for t, _ in companies("I would love to join Lisbon next spring.",
                                    others=others)] == ["Lisbon"]
    # a first word no dictionary knows is still the firm's short name
    assert [t for t, _ in companies("Bellweather's mission inspires me.")] == ["Bellweather"]


@pytest.mark.parametrize("text", [
    "I can also help with the reviews, which I managed for two years at Bellweather Freight.",
    "I guided for three seasons with Bellweather Freight before that.",
])
def test_a_length_of_time_of_the_writers_past_before_another_firm_is_their_past(
        text: str) -> None:
    assert companies(text) == []
    assert [t for t, _ in companies("I hope to spend many years at Bellweather Freight.")] == [
        "Bellweather Freight"]


def test_the_first_two_words_of_another_employer_are_found_when_the_second_is_no_word() -> None:
    text = "Thank you for the interview. I could also visit the kilns at Kestrel Vetrô soon."
    found = companies(text, others=("Kestrel Vetrô Tecnologie S.r.l.",))
    assert [name for name, _ in found] == ["Kestrel Vetrô"]


@pytest.mark.parametrize("other", [
    "Port Sudan Shipping Co.",      # a second word the lists know with its capital: a place
    "Summit Health Partners LLC",   # a second word of English: no name of its own
])
def test_the_first_two_words_are_no_short_form_when_they_say_where_or_what(other: str) -> None:
    text = "Thank you. I grew up near Port Sudan and worked in Summit Health clinics."
    assert companies(text, others=(other,)) == []


@pytest.mark.parametrize("mention", ["Ashgrove & Pike", "Ashgrove and Pike"])
def test_two_joined_names_without_what_the_firm_does_are_the_other_employer(
        mention: str) -> None:
    # the twenty-eighth round: "Ashgrove & Pike" of "Ashgrove & Pike Joinery Ltd.", whole
    assert companies(f"I admire {mention}'s furniture.",
                     others=("Ashgrove & Pike Joinery Ltd.",)) == [
        (mention, "Larchmont Analytics")]


def test_joined_words_in_lower_case_are_prose_not_the_other_employer() -> None:
    assert companies("I like salt and pepper on chips.",
                     others=("Salt & Pepper Catering",)) == []


@pytest.mark.parametrize(("sentence", "found"), [
    # a built place named after the place the firm is named after: the place, not the firm
    ("Your new warehouse sits in the Sundara industrial park.", []),
    ("The bus to the Sundara business park takes ten minutes.", []),
    ("My flat is in the Sundara neighbourhood, close to the station.", []),
    # a part of the firm after its first word still names it
    ("I toured the Sundara plant last week.", ["Sundara"]),
    ("The Sundara business unit was welcoming.", ["Sundara"]),
])
def test_a_built_place_after_another_employers_first_word_names_the_place(
        sentence: str, found: list[str]) -> None:
    assert [text for text, _ in companies(sentence, others=("Sundara Stone Works",))] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # the writer's own past work with another place's team: not the employer
    ("Last spring I helped the team at Harbour Row Clinic run two open days.", []),
    ("I trained the night team at Harbour Row Clinic on the new scanners.", []),
    # the team the writer would join or met is still the employer's, and a wrong one
    ("I would love to join the team at Harbour Row Clinic.", ["Harbour Row Clinic"]),
    ("I enjoyed meeting the team at Harbour Row Clinic.", ["Harbour Row Clinic"]),
])
def test_a_team_the_writer_worked_with_elsewhere_is_no_wrong_employer(
        sentence: str, found: list[str]) -> None:
    assert [text for text, _ in companies(f"Dear Dr. Okonkwo,\n\n{sentence}")] == found


@pytest.mark.parametrize("sentence", [
    "Greetings from Sundara, where the rain has finally stopped.",
    "Thank you again.\n\nHello from Sundara: the new quarry opened today.",
])
def test_greetings_from_a_place_open_the_sentence_and_name_no_firm(sentence: str) -> None:
    assert companies(sentence, others=("Sundara Stone Works",)) == []


def test_a_capitalised_person_from_another_employer_still_names_it() -> None:
    found = companies("I also spoke to Priya from Sundara about the quarry.",
                      others=("Sundara Stone Works",))
    assert [text for text, _ in found] == ["Sundara"]


def test_another_employers_first_word_before_a_topic_of_the_interview_is_a_place() -> None:
    sentence = "I enjoyed seeing the proofs of the new Sundara walking trail guide."
    assert companies(sentence, others=("Sundara Stone Works",),
                     topics=("walking trail guides",)) == []
    # without that topic, or before the firm's own team, it is the other employer
    assert [text for text, _ in companies(sentence, others=("Sundara Stone Works",))] == [
        "Sundara"]
    assert [text for text, _ in companies(
        "I think the Sundara team would enjoy the walking trail guides.",
        others=("Sundara Stone Works",), topics=("walking trail guides",))] == ["Sundara"]


def test_another_employers_first_word_paired_with_a_name_before_a_plural_is_a_kind() -> None:
    others = ("Sundara Stone Works", "Halden Quarries")
    assert companies("We sorted the Blue Lias and Sundara flags by size.", others=others) == []
    # paired with another firm of the card, it is a firm
    assert [text for text, _ in companies(
        "I compared the Halden and Sundara offers last night.", others=others)] == [
        "Halden", "Sundara"]


def test_a_buying_or_selling_kind_of_firm_is_left_out_as_a_generic_last_word() -> None:
    # round 36: "Kestrel Marine" of "Kestrel Marine Trading Ltd", as "Blue Heron" of "Blue
    # Heron Studios"
    others = ("Kestrel Marine Trading Ltd",)
    assert [text for text, _ in companies("At Kestrel Marine I would run the customs files.",
                                          others=others)] == ["Kestrel Marine"]
    # a two-word firm keeps its kind: "Marine" alone is an English word
    assert companies("I enjoyed the marine trading history of the port.", others=others) == []


def test_another_employers_word_inside_a_hyphened_place_name_is_the_place() -> None:
    # round 38: "Nova-Kivuto" is a town's name, not "Kivuto Freight"
    others = ("Kivuto Freight Ltd",)
    assert companies("I grew up in Nova-Kivuto and studied there.", others=others) == []
    # the short form alone still names the other firm
    assert [text for text, _ in companies("I also spoke to the Kivuto team last week.",
                                          others=others)] == ["Kivuto"]


def test_a_clause_with_its_own_subject_between_bring_and_to_is_the_writers_past() -> None:
    # Thirty-ninth round: "to" belongs to the inner clause's verb, a place the writer worked
    past = "I would bring the same drive I brought to Fabrikam, where I doubled our accounts."
    assert of_type(check(past), "wrong_company") == []
    future = "I would bring the same drive to Fabrikam, where I hope to double the accounts."
    assert [f.text for f in of_type(check(future), "wrong_company")] == ["Fabrikam"]


# Forty-first round
def test_another_firms_first_word_before_a_postcode_is_the_town_of_an_address() -> None:
    others = ("Dunmoor Canoe Hire",)
    heading = "Jo Pike\n3 Quarry Row\n{}\n\nDear Dr. Okonkwo,\n\nThank you for Tuesday."
    assert companies(heading.format("Dunmoor DN7 4QP"), others=others) == []
    # the first word alone elsewhere still names the other firm
    assert [text for text, _ in companies(
        "Dear Dr. Okonkwo,\n\nI also met the Dunmoor team last week.", others=others)] == [
        "Dunmoor"]


def test_another_firm_the_reader_works_with_is_the_employers_partner() -> None:
    others = ("Halden Orchard Trust",)
    partner = "I enjoyed hearing your thoughts on working with Halden Orchard Trust next spring."
    assert companies(partner, others=others) == []
    assert companies("It was good to hear how you work closely with Halden Orchard Trust.",
                     others=others) == []
    # the writer working with it is still a slip for the employer
    mine = "I look forward to working with Halden Orchard Trust next spring."
    assert [text for text, _ in companies(mine, others=others)] == ["Halden Orchard Trust"]


@pytest.mark.parametrize("text", [
    "Bellweather Freight has asked me for a start date, so I wanted to ask you first.",
    "Bellweather has already offered me a place, but your team is my first choice.",
    "Bellweather Freight wants my answer by Friday.",
])
def test_another_firm_acting_on_the_writer_is_a_competing_offer_told(text: str) -> None:
    # Round 44: the other firm is the subject of a verb whose object is the writer: the
    # writer tells the reader of a competing offer, openly, not a slip for the employer
    assert companies(text) == []


def test_the_writer_acting_towards_another_firm_is_still_a_wrong_company() -> None:
    assert companies("I would love to join Bellweather Freight and I hope you ask me back.") == [
        ("Bellweather Freight", "Larchmont Analytics")]
