"""Wrong interviewer name: in the salutation, after a courtesy prefix, and in passing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pursuit.core.proofread.context import Interviewer, ProofreadContext
from tests.core.proofread_corpus.builders import check, make_context, of_type

NAME = "wrong_interviewer_name"


def names(text: str, **context: object) -> list[tuple[str | None, str | None, str]]:
    findings = of_type(check(text, make_context(**context)), NAME)  # type: ignore[arg-type]
    return [(f.text, f.suggestion, f.severity) for f in findings]


def test_a_misspelt_last_name_in_the_salutation_is_an_error_with_the_right_name() -> None:
    text = "Dear Ms. Okonko,\n\nThank you."
    findings = of_type(check(text), NAME)
    assert [(f.text, f.start, f.end) for f in findings] == [
        ("Ms.", 5, 8), ("Okonko", 9, 15)]
    assert [f.suggestion for f in findings] == ["Dr.", "Okonkwo"]
    assert all(f.severity == "error" for f in findings)


@pytest.mark.parametrize("salutation", [
    "Dear Dr. Okonkwo,", "Dear Adaeze,", "Hi Adaeze!", "Dear Adaeze Okonkwo,",
    "Dear Dr Okonkwo:", "Hello Dr. Okonkwo,", "Good morning Adaeze,", "Dear Doctor Okonkwo,",
    "Dear Hiring Manager,", "Dear Search Committee,", "Hello again, Adaeze,",
])
def test_right_or_generic_salutations_pass(salutation: str) -> None:
    assert check(f"{salutation}\n\nThank you for your time.") == []


def test_a_wrong_first_name_in_the_salutation_is_an_error_however_different() -> None:
    assert names("Dear Sarah,\nThanks.") == [("Sarah", "Adaeze", "error")]


def test_after_a_prefix_a_wrong_name_suggests_the_last_name() -> None:
    assert names("Dear Dr. Smith,\nThanks.") == [("Smith", "Okonkwo", "error")]


def test_a_missing_accent_is_minor() -> None:
    text = "Hi Chloe,\nThank you, Chloe."
    findings = of_type(check(text, make_context(interviewer="Chloé Nguyen", prefix="Ms.")), NAME)
    assert [(f.text, f.start, f.suggestion, f.severity) for f in findings] == [
        ("Chloe", 3, "Chloé", "minor"), ("Chloe", text.rindex("Chloe"), "Chloé", "minor")]


def test_an_added_accent_is_minor_too() -> None:
    assert names("Dear José,\nThanks.", interviewer="Jose Ramirez") == [
        ("José", "Jose", "minor")]


def test_a_missing_accent_in_a_hyphenated_surname_is_one_minor_finding() -> None:
    found = names("Dear Dr. Garcia-Lopez,\nThanks.", interviewer="María José García-López")
    assert found == [("Garcia-Lopez", "García-López", "minor")]


def test_a_wrong_capital_is_an_error() -> None:
    assert names("Dear Mr. Mcdonald,\nThanks.", interviewer="Ian McDonald", prefix="Mr.") == [
        ("Mcdonald", "McDonald", "error")]


def test_a_wrong_prefix_is_an_error_in_the_salutation_and_in_the_body() -> None:
    text = "Dear Adaeze,\nI enjoyed working through it with Mr. Okonkwo."
    [finding] = of_type(check(text), NAME)
    assert (finding.text, finding.suggestion) == ("Mr.", "Dr.")
    assert finding.start == text.index("Mr.")


def test_without_a_prefix_in_the_context_any_prefix_goes() -> None:
    assert names("Dear Ms. Okonkwo,\nThanks.", prefix=None) == []


def test_a_near_miss_after_a_prefix_in_the_body_is_found_with_its_possessive_left_out() -> None:
    text = "Dear Adaeze,\nI enjoyed Dr. Okonkow's overview."
    [finding] = of_type(check(text), NAME)
    assert (finding.text, finding.suggestion) == ("Okonkow", "Okonkwo")
    assert finding.end == text.index("'s overview")


def test_another_person_after_a_prefix_is_left_alone() -> None:
    assert check("Dear Adaeze,\nI also enjoyed meeting Dr. Patel and Ms. Chen.") == []


def test_an_unknown_word_close_to_the_name_is_a_wrong_name_not_a_typo() -> None:
    findings = check("Thanks again, Adaze, for your time.")
    assert [(f.type, f.text, f.suggestion) for f in findings] == [
        (NAME, "Adaze", "Adaeze")]


def test_a_stranger_first_name_beside_the_right_last_name_is_wrong() -> None:
    text = "It was a pleasure to meet Claire Nguyen and the team."
    assert names(text, interviewer="Chloé Nguyen") == [("Claire", "Chloé", "error")]


def test_a_dictionary_word_beside_the_last_name_is_prose() -> None:
    assert check("Thanks Okonkwo and team.") == []


def test_a_dictionary_name_near_the_interviewers_in_passing_is_not_flagged() -> None:
    # "Marc" is the interviewer; "Mark" in the body may be anyone (not after a prefix).
    assert names("Dear Marc,\nMark from sales said hello.", interviewer="Marc Dubois",
                 prefix=None) == []


def test_the_candidates_own_name_is_never_the_interviewers() -> None:
    text = "Dear Chloé,\nThank you.\n\nBest,\nChloe Martin"
    assert names(text, interviewer="Chloé Nguyen", candidate="Chloe Martin") == []


def test_irish_and_multi_part_names() -> None:
    assert check("Dear Ms. O'Sullivan,\nThanks to Siobhan O’Sullivan’s team.",
                 make_context(interviewer="Siobhan O'Sullivan", prefix="Ms.")) == []
    assert check("Dear Mr. Ó Briain,\nThanks, Tomás.",
                 make_context(interviewer="Tomás Ó Briain", prefix="Mr.")) == []
    assert check("Dear Dr. van der Berg,\nThanks.",
                 make_context(interviewer="Anke van der Berg")) == []


def test_a_wrong_part_beside_a_right_one_is_reported_once() -> None:
    assert names("I met Adaze Okonkwo today.") == [("Adaze", "Adaeze", "error")]


def test_initials_are_parts_of_the_name() -> None:
    assert check("Dear Adaeze N. Okonkwo,\nThanks, A. Okonkwo.",
                 make_context(interviewer="Adaeze N. Okonkwo")) == []


@pytest.mark.parametrize(("prefix", "salutation"), [
    ("Rev.", "Dear Father Okonkwo,"),
    ("Rev.", "Dear Pastor Okonkwo,"),
    ("Sister", "Dear Sister Adaeze,"),
    ("Capt.", "Dear Captain Okonkwo,"),
    ("Cllr", "Dear Councillor Okonkwo,"),
    ("Judge", "Dear Judge Okonkwo,"),
    ("Sgt", "Dear Sergeant Okonkwo,"),
    ("Dr.", "Dear Okonkwo-san,"),
])
def test_other_forms_of_address_of_the_same_kind_pass(prefix: str | None,
                                                      salutation: str) -> None:
    assert check(f"{salutation}\n\nThank you for Tuesday.",
                 make_context(prefix=prefix)) == []


def test_a_form_of_address_of_another_kind_is_a_wrong_prefix() -> None:
    assert names("Dear Father Okonkwo,\n\nThank you.") == [("Father", "Dr.", "error")]


def test_a_title_before_the_name_in_the_greeting_is_left_to_the_title_rule() -> None:
    findings = check("Dear Director Okonkwo,\n\nThank you.")
    assert [(f.type, f.text) for f in findings] == [("wrong_interviewer_title", "Director")]


@pytest.mark.parametrize("salutation", [
    "Dear Chef,", "Hi Coach!", "Dear Doctor,", "Dear Professor:", "Hello Captain,", "Dear Nurse",
])
def test_a_form_of_address_alone_in_the_greeting_is_not_a_name(salutation: str) -> None:
    assert names(f"{salutation}\n\nThank you for the trial shift.") == []


def test_a_wrong_name_after_a_form_of_address_is_still_caught() -> None:
    # (the card's prefix is "Dr.", so "Chef" is reported too)
    assert ("Smith", "Okonkwo", "error") in names("Dear Chef Smith,\nThanks.")


@pytest.mark.parametrize(("greeting", "name"), [
    ("Dear Rob,", "Roberta Klimt"), ("Hi Matt,", "Matthias Oyelaran"),
    ("Hello Jess,", "Jessamine Ortega"),
])
def test_a_first_name_cut_short_is_a_familiar_form_not_a_wrong_name(greeting: str,
                                                                     name: str) -> None:
    text = f"{greeting}\n\nThank you for the tour of the depot.\n\nBest,\nSiobhan"
    context = make_context(interviewer=name, title="Depot Manager", prefix=None)
    assert of_type(check(text, context), "wrong_interviewer_name") == []


@pytest.mark.parametrize("greeting", ["Dear Roberto,", "Dear Robert,", "Dear Rosa,"])
def test_a_name_missing_one_letter_or_longer_is_still_wrong(greeting: str) -> None:
    text = f"{greeting}\n\nThank you for the tour of the depot.\n\nBest,\nSiobhan"
    context = make_context(interviewer="Roberta Klimt", title="Depot Manager", prefix=None)
    assert len(of_type(check(text, context), "wrong_interviewer_name")) == 1


def test_a_wrong_surname_with_particles_is_reported_with_them() -> None:
    context = make_context(interviewer="Joost van den Heuvel", prefix="Mr.")
    findings = [(f.text, f.suggestion)
                for f in check("Dear Mr van den Hoeven,\n\nThank you.", context)
                if f.type == "wrong_interviewer_name"]
    assert findings == [("van den Hoeven", "van den Heuvel")]
    assert [f for f in check("Dear Mr van den Heuvel,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []


@pytest.mark.parametrize(("interviewer", "prefix", "greeting"), [
    ("Klaus Brenner", "Mr.", "Dear Herr Brenner,"),
    ("Lucía Ferrer", "Ms.", "Dear Sra. Ferrer,"),
    ("Hélène Roux", "Mrs.", "Dear Mme Roux,"),
    ("Pavel Dvořák", "Mr.", "Dear Ing. Dvořák,"),
    ("Emeka Obi", "Mr.", "Dear Engr. Obi,"),
    ("Luc Girard", "M.", "Dear Mr. Girard,"),
])
def test_courtesy_forms_of_other_languages_are_forms_of_address(interviewer: str, prefix: str,
                                                                greeting: str) -> None:
    context = make_context(interviewer=interviewer, prefix=prefix)
    assert [f for f in check(f"{greeting}\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []


def test_a_courtesy_form_of_the_other_sex_is_still_a_wrong_prefix() -> None:
    context = make_context(interviewer="Klaus Brenner", prefix="Mr.")
    assert [(f.text, f.suggestion) for f in check("Dear Frau Brenner,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == [("Frau", "Mr.")]


def test_a_word_of_respect_after_the_name_is_no_wrong_name() -> None:
    context = make_context(interviewer="Anil Mehta", prefix="Mr.")
    assert [f for f in check("Dear Anil Sir,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []


@pytest.mark.parametrize("salutation", ["Dear Ma'am,", "Dear Ma’am,", "Respected Sir,\n\nDear Sir,",
                                        "Dear Maam,", "Dear Sir or Madam,", "Dear Respected Madam,",
                                        "Dear Mam,", "Dear Sirs,"])
def test_a_word_of_respect_alone_in_the_greeting_names_no_one(salutation: str) -> None:
    # The words that may follow a name ("Dear Rajesh Sir") also stand alone for it.
    assert names(f"{salutation}\n\nThank you for the interview.") == []


@pytest.mark.parametrize("salutation", ["Dear Head of Design,", "Dear Director,",
                                        "Dear Director of Studies:"])
def test_a_greeting_to_a_title_alone_names_no_one(salutation: str) -> None:
    assert names(f"{salutation}\n\nThank you for the interview.") == []


def test_a_title_before_a_wrong_name_still_leaves_the_name_judged() -> None:
    assert [text for text, _, _ in names("Dear Director Smith,\n\nThank you.")] == ["Smith"]


@pytest.mark.parametrize(("interviewer", "prefix", "greeting"), [
    ("Birgit Haller", "Frau", "Dear Mrs Haller,"),
    ("Odile Fournier", "Mme", "Dear Ms. Fournier,"),
    ("Theresa Lindner", "Mag.", "Dear Ms Lindner,"),
    ("Tomasz Wrona", "Ing.", "Dear Mr. Wrona,"),
])
def test_the_english_courtesy_form_a_foreign_or_professional_prefix_answers_to_passes(
        interviewer: str, prefix: str, greeting: str) -> None:
    context = make_context(interviewer=interviewer, prefix=prefix)
    assert [f for f in check(f"{greeting}\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []


def test_a_doctors_card_still_wants_dr_not_a_plain_courtesy_form() -> None:
    context = make_context(interviewer="Ines Vogt", prefix="Dr.")
    assert [(f.text, f.suggestion) for f in check("Dear Ms Vogt,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == [("Ms", "Dr.")]


def test_the_cards_own_prefix_is_a_form_of_address_even_unlisted() -> None:
    context = make_context(interviewer="Bikash Thapa", prefix="Er.")
    assert [f for f in check("Dear Er. Thapa,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []
    # without the card saying so, the unknown word is still read as a wrong name
    context = make_context(interviewer="Bikash Thapa", prefix="Mr.")
    assert [f.text for f in check("Dear Er. Thapa,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == ["Er"]


@pytest.mark.parametrize(("interviewer", "greeting"), [
    ("Youssef El Idrissi", "Dear Mr El Idrissi,"),
    ("Faisal Al Harthy", "Dear Mr Al Harthy,"),
    ("Marieke De Wit", "Dear Ms De Wit,"),
])
def test_a_capitalised_particle_of_the_interviewers_name_is_their_name(
        interviewer: str, greeting: str) -> None:
    context = make_context(interviewer=interviewer, prefix=None)
    text = f"{greeting}\n\nThank you, and my regards to the team."
    assert [f for f in check(text, context) if f.type == "wrong_interviewer_name"] == []
    # a wrong surname after the particle is still found
    wrong = greeting.replace(greeting.split()[-1].rstrip(","), "Hassan")
    assert [f.text for f in check(f"{wrong}\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] != []


@pytest.mark.parametrize(("salutation", "title"), [
    ("Dear Chef Okonkwo,", "Chef-Patron"),
    ("Dear Coach Okonkwo,", "Head Coach, Under-18s"),
    ("Dear Principal Okonkwo,", "Principal"),
    ("Dear Superintendent Okonkwo,", "Deputy Superintendent of Schools"),
])
def test_a_form_of_address_that_is_the_interviewers_own_job_passes(salutation: str,
                                                                   title: str) -> None:
    # the card's courtesy prefix (Ms., Mr.) does not record the job the greeting names
    assert names(f"{salutation}\n\nThank you for Tuesday.", title=title, prefix="Ms.") == []


def test_a_job_form_of_address_is_still_wrong_for_a_doctor_or_another_job() -> None:
    assert names("Dear Chef Okonkwo,\n\nThanks.", title="Executive Chef") == [
        ("Chef", "Dr.", "error")]
    assert names("Dear Coach Okonkwo,\n\nThanks.", title="Head Chef", prefix="Ms.") == [
        ("Coach", "Ms.", "error")]


# -- round 12: forms of address the rules cannot judge -------------------------------------


@pytest.mark.parametrize("greeting", ["Dear Bwana Joseph,", "Dear Mwalimu Joseph,",
                                      "Hello Ndugu Joseph,"])
def test_a_word_before_the_interviewers_first_name_is_a_form_of_address(greeting: str) -> None:
    # no one's first name comes before another first name: the writer's language's courtesy
    assert names(f"{greeting}\n\nThank you for Tuesday.", interviewer="Joseph Mwangi",
                 prefix="Mr.") == []


def test_a_wrong_first_name_before_the_last_name_is_still_found() -> None:
    found = names("Dear Peter Mwangi,\n\nThank you.", interviewer="Joseph Mwangi", prefix="Mr.")
    assert [text for text, _, _ in found] == ["Peter"]
    # and a slip of the last name before the first name is a slip, not a courtesy
    found = names("Dear Mwangu Joseph,\n\nThank you.", interviewer="Joseph Mwangi", prefix="Mr.")
    assert [text for text, _, _ in found] == ["Mwangu"]


@pytest.mark.parametrize(("greeting", "prefix"), [
    ("Dear Dr. Okonkwo,", "Dra."),
    ("Dear Prof. Okonkwo,", "Profa."),
    ("Dear Sir Adaeze,", "Mr."),
])
def test_the_english_form_of_the_cards_prefix_passes(greeting: str, prefix: str) -> None:
    assert names(f"{greeting}\n\nThank you for Tuesday.", prefix=prefix) == []


def test_a_plain_courtesy_for_a_doctor_and_sir_for_a_woman_are_still_wrong() -> None:
    assert [text for text, _, _ in names("Dear Mr. Okonkwo,\n\nThanks.", prefix="Dra.")] == [
        "Mr."]
    assert [text for text, _, _ in names("Dear Sir Adaeze,\n\nThanks.", prefix="Ms.")] == ["Sir"]


@pytest.mark.parametrize("greeting", ["Dear Sensei Okonkwo,", "Dear Ustaz Okonkwo,",
                                      "Dear Meneer Okonkwo,"])
def test_a_word_no_list_knows_as_a_given_name_before_the_last_name_is_a_form_of_address(
        greeting: str) -> None:
    assert names(f"{greeting}\n\nThank you for Tuesday.", prefix="Mr.") == []


@pytest.mark.parametrize("greeting", ["Dear Claire Okonkwo,", "Dear Kendra Okonkwo,"])
def test_a_known_given_name_before_the_last_name_is_still_a_wrong_first_name(
        greeting: str) -> None:
    assert [text for text, _, _ in names(f"{greeting}\n\nThanks.", prefix="Mr.")] == [
        greeting.split()[1]]


def test_another_contacts_name_before_the_last_name_is_still_wrong() -> None:
    found = of_type(check("Dear Ngozi Okonkwo,\n\nThanks.", make_context(prefix="Mr."),
                          known_words=("Ngozi Eze",)), NAME)
    assert [f.text for f in found] == ["Ngozi"]


def test_the_cards_own_prefix_written_with_a_slash_is_a_form_of_address() -> None:
    context = make_context(interviewer="Hiwot Alemu", prefix="W/ro")
    assert [f for f in check("Dear W/ro Hiwot,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []
    # the prefix does not hide a wrong name after it
    assert [f.text for f in check("Dear W/ro Tigist,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == ["Tigist"]


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Dear Dr. Hua,", ["Hua"]),  # a title before the last given name
    ("Dear Dr. Tan,", []),  # before the family name
    ("Dear Dr. Tan Mei Hua,", []),  # the whole name after the title
    ("Dear Mei Hua,", []),  # the given name without a title
])
def test_a_title_before_a_given_name_of_a_family_first_card(greeting: str,
                                                             wrong: list[str]) -> None:
    context = replace(make_context(interviewer="Tan Mei Hua", prefix="Dr."),
                      interviewer=Interviewer(name="Tan Mei Hua", title="Head, Clinical",
                                              prefix="Dr.", email="meihua.tan@example.sg"))
    found = [f for f in check(f"{greeting}\n\nThank you.", context)
             if f.type == "wrong_interviewer_name"]
    assert [f.text for f in found] == wrong
    assert all(f.suggestion == "Tan" for f in found)


@pytest.mark.parametrize("email", ["ong.meihua@example.sg", "smith.john@example.com",
                                   "hua@example.sg", None])
def test_an_address_that_does_not_show_the_family_name_first_says_nothing(
        email: str | None) -> None:
    # (a family name outside the commonest ones of pinyin and Korean, so that the name's form
    # says nothing either: see test_a_family_name_first_is_known_by_its_form)
    context = replace(make_context(interviewer="Ong Mei Hua", prefix="Dr."),
                      interviewer=Interviewer(name="Ong Mei Hua", title="Head, Clinical",
                                              prefix="Dr.", email=email))
    assert [f for f in check("Dear Dr. Hua,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []
    # a surname-first address of a two-word name: "Dear Mr. Smith" stays right
    context = replace(make_context(interviewer="John Smith", prefix="Mr."),
                      interviewer=Interviewer(name="John Smith", title="CTO", prefix="Mr.",
                                              email="smith.john@example.com"))
    assert [f for f in check("Dear Mr. Smith,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == []


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Salam Rustam Aka,", []),  # a greeting of the writer's language, respect after the name
    ("Namaste Rustam Dai,", []),  # a greeting English has borrowed is still the writer's
    ("Thanks Rustam Nazarov,", ["Nazarov"]),  # an everyday English word opens the line
    ("Merhaba Rustam Bey,", []),
    ("Salam Rustam Karimovv,", ["Karimovv"]),  # a slip of the surname stays one
    ("Salam Rustam Diaz,", ["Diaz"]),  # a surname the lists know stays a wrong one
    ("Salam Rustam Okafor,", ["Okafor"]),  # so does a longer stranger
    # an English greeting: a short word no list knows, far from every name of the card, is
    # the writer's respect too (a wrong surname needs evidence: a listed name or a slip)
    ("Dear Rustam Aka,", []),
    ("Dear Rustam Diaz,", ["Diaz"]),
    ("Dear Rustam Karimv,", ["Karimv"]),
    ("Dear Rustam Okafor,", ["Okafor"]),
    ("Hello Rustam Nazarov,", ["Nazarov"]),
])
def test_a_word_after_the_first_name_in_a_greeting_of_another_language(
        greeting: str, wrong: list[str]) -> None:
    context = make_context(interviewer="Rustam Karimov", prefix="Mr.")
    assert [f.text for f in check(f"{greeting}\n\nThank you for Monday.", context)
            if f.type == "wrong_interviewer_name"] == wrong


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Dear Prof.ssa Ferri,", []),  # the card's own contracted prefix, read whole
    ("Dear Prof.ssa Ferro,", ["Ferro"]),  # the name after it is still compared
    ("Dear Dr. Ferri,", ["Dr."]),  # a prefix other than the card's is still reported
])
def test_a_cards_contracted_prefix_is_one_form_of_address(greeting: str,
                                                          wrong: list[str]) -> None:
    context = make_context(interviewer="Lucia Ferri", prefix="Prof.ssa")
    assert [f.text for f in check(f"{greeting}\n\nThank you for Monday.", context)
            if f.type == "wrong_interviewer_name"] == wrong


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Dear Encik Mohd Faizal,", []),  # a form of address before a two-word given name
    ("Dear Encik Mohd Faizul,", ["Encik", "Faizul"]),  # a slip of the given name stays one
    ("Dear Mohd Faizal,", []),
])
def test_a_form_of_address_before_a_given_name_of_two_words(greeting: str,
                                                            wrong: list[str]) -> None:
    context = make_context(interviewer="Mohd Faizal bin Rahman", prefix="Mr.")
    assert [f.text for f in check(f"{greeting}\n\nThank you for Monday.", context)
            if f.type == "wrong_interviewer_name"] == wrong


@pytest.mark.parametrize(("email", "wrong"), [
    ("hjlee@example.com", ["Jun"]),  # the given names' initials, then the family name
    ("hj.lee@example.com", ["Jun"]),
    ("lee.hyewon@example.com", []),  # the card's order: nothing said of which name is which
    (None, []),
])
def test_an_address_of_initials_and_family_name_shows_the_family_name_first(
        email: str | None, wrong: list[str]) -> None:
    context = replace(make_context(interviewer="Lee Hye Jun", prefix="Ms."),
                      interviewer=Interviewer(name="Lee Hye Jun", title="Head of QA",
                                              prefix="Ms.", email=email))
    assert [f.text for f in check("Dear Ms. Jun,\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == wrong


def _family_first_card(name: str, email: str | None = None) -> ProofreadContext:
    return replace(make_context(interviewer=name, prefix="Mr."),
                   interviewer=Interviewer(name=name, title="Plant Manager", prefix="Mr.",
                                           email=email))


@pytest.mark.parametrize(("name", "greeting", "wrong"), [
    # a common family name of a family-first language, then a given name of its syllables
    ("Guo Haoran", "Dear Mr. Haoran,", ["Haoran"]),
    ("Guo Haoran", "Dear Mr. Guo,", []),
    ("Choi Seungmin", "Dear Mr. Seungmin,", ["Seungmin"]),
    ("Guo Haoran", "Dear Haoran,", []),  # a given name without a title
])
def test_a_family_name_first_is_known_by_its_form(name: str, greeting: str,
                                                  wrong: list[str]) -> None:
    # the address keeps the card's order: only the name's form says which word is the family's
    context = _family_first_card(name, "guo.haoran@example.cn")
    assert [f.text for f in check(f"{greeting}\n\nThank you.", context)
            if f.type == "wrong_interviewer_name"] == wrong


@pytest.mark.parametrize(("name", "greeting"), [
    ("Kim Abernathy", "Dear Mr. Abernathy,"),  # a Western given name before a surname
    ("Kim Oduya", "Dear Mr. Oduya,"),  # ... before a surname of no syllables of Korean
    ("Li Wei", "Dear Mr. Wei,"),  # either word may be the family name
])
def test_a_name_whose_form_says_nothing_of_its_order_is_left_alone(name: str,
                                                                 greeting: str) -> None:
    assert [f for f in check(f"{greeting}\n\nThank you.", _family_first_card(name))
            if f.type == "wrong_interviewer_name"] == []


def test_a_plain_courtesy_form_to_a_card_whose_prefix_no_list_knows_goes() -> None:
    # the card keeps a degree's form of the interviewer's country ("Mgr.", "Ing.-Arch."); the
    # writer greets the English way, which nothing shows to be wrong
    assert names("Dear Mrs. Okonkwo,\nThanks.", prefix="Mgr.") == []
    assert names("Dear Mr. Okonkwo,\nThanks.", prefix="Bc.") == []
    # ... but a card that says Dr. or Mr. still wants that form
    assert [n[:2] for n in names("Dear Mrs. Okonkwo,\nThanks.", prefix="Dr.")] == \
        [("Mrs.", "Dr.")]
    assert [n[:2] for n in names("Dear Mrs. Okonkwo,\nThanks.", prefix="Mr.")] == \
        [("Mrs.", "Mr.")]


def test_a_capitalised_word_after_an_article_is_no_name_in_passing() -> None:
    # a product, a place, a variety of fruit: "the" or "a" before it says it is no person
    text = "Dear Dr. Okonkwo,\nThe buyers asked about the Okonkwa crop and a Adaezo sample."
    assert names(text) == []
    # ... while the same near miss standing alone is still the interviewer misnamed
    assert [n[0] for n in names("Dear Dr. Okonkwo,\nI enjoyed speaking with Okonkwa.")] == \
        ["Okonkwa"]


@pytest.mark.parametrize(("interviewer", "greeting", "wrong", "suggestion"), [
    ("Faisal Al Harthy", "Dear Mr. Al Hosani,", "Al Hosani", "Al Harthy"),
    ("Youssef El Idrissi", "Dear Mr El Hassan,", "El Hassan", "El Idrissi"),
    ("Marieke De Wit", "Dear Ms De Vries,", "De Vries", "De Wit"),
])
def test_a_wrong_surname_after_a_capitalised_particle_is_reported_with_it(
        interviewer: str, greeting: str, wrong: str, suggestion: str) -> None:
    context = make_context(interviewer=interviewer, prefix=None)
    findings = [(f.text, f.suggestion) for f in check(f"{greeting}\n\nThank you.", context)
                if f.type == "wrong_interviewer_name"]
    assert findings == [(wrong, suggestion)]


# -- round 24: the short form of the card's own prefix ---------------------------------------


@pytest.mark.parametrize(("greeting", "prefix"), [
    ("Dear Pak Budi,", "Bapak"),  # the end of the recorded form
    ("Dear Bu Sari,", "Ibu"),
    ("Dear Prof Sari,", "Professor"),  # the start of it
])
def test_a_short_form_of_the_cards_prefix_before_a_middle_name_is_a_form_of_address(
        greeting: str, prefix: str) -> None:
    interviewer = "I Budi Santoso" if "Budi" in greeting else "Ni Sari Dewi"
    assert names(f"{greeting}\n\nThank you for Tuesday.", interviewer=interviewer,
                 prefix=prefix) == []


def test_a_wrong_name_after_the_short_form_is_still_found() -> None:
    found = names("Dear Pak Agus,\n\nThank you.", interviewer="I Budi Santoso", prefix="Bapak")
    assert [text for text, _, _ in found] == ["Agus"]
    # and without such a card prefix the word is judged as a form of address of the writer's
    # language (round 36: before a given name after the first, as before the last name)
    found = names("Dear Pak Budi,\n\nThank you.", interviewer="I Budi Santoso", prefix="Mr.")
    assert found == []


def test_a_word_two_edits_from_the_name_after_a_preposition_of_place_is_a_place() -> None:
    text = ("Dear Ms. Haddad,\n\nThank you for the interview. The photos of the vineyards "
            "near Hadat did very well on our page.\n\nBest regards,\nLina")
    assert names(text, interviewer="Rania Haddad", prefix="Ms.") == []


@pytest.mark.parametrize("sentence", [
    "I hope Hadad liked the photos.",          # no preposition: the name misspelt
    "We met in Hadad's office on Monday.",     # a possessive is a person's
    "The plans you showed in Hadda were clear.",  # one edit from the name stays a slip
])
def test_near_misses_of_the_name_elsewhere_stay_findings(sentence: str) -> None:
    text = f"Dear Ms. Haddad,\n\nThank you for the interview. {sentence}\n\nBest,\nLina"
    assert [found for found, _, _ in names(text, interviewer="Rania Haddad", prefix="Ms.")]


@pytest.mark.parametrize("salutation", ["Dear Okonkwo-sensei,", "Dear Okonkwo-bucho,",
                                        "Dear Okonkwo-kyōju,"])
def test_a_lower_case_word_of_rank_after_the_family_name_is_not_part_of_it(
        salutation: str) -> None:
    assert names(f"{salutation}\n\nThank you for the tour.") == []


def test_a_lower_case_part_of_a_given_name_is_still_compared() -> None:
    # Korean given names are hyphenated in lower case: "Min-seo" is not "Min-jun"
    assert [text for text, _, _ in names("Dear Min-seo,\n\nThanks.",
                                         interviewer="Min-jun Park", prefix=None)] != []
    assert names("Dear Min-jun,\n\nThanks.", interviewer="Min-jun Park", prefix=None) == []


@pytest.mark.parametrize("greeting", ["Kia ora", "Hola", "Bonjour", "Salam"])
def test_a_greeting_english_does_not_know_still_opens_the_salutation(greeting: str) -> None:
    assert names(f"{greeting} Sarah,\n\nThank you for the call.") == [
        ("Sarah", "Adaeze", "error")]
    assert names(f"{greeting} Adaeze,\n\nThank you for the call.") == []


def test_an_english_opening_word_is_not_taken_for_a_greeting() -> None:
    # "Greatly" is English: an opening line of prose, not a greeting before a name
    assert names("Greatly Sarah,\n\nThank you.") == []


@pytest.mark.parametrize(("name", "email", "greeting", "wrong"), [
    ("Ana Lucía Ferrer", "analuci@example.es", "Dear Ana Luci,", []),  # joined in the address
    ("Thomas Berg", "tomas.berg@example.no", "Dear Tomas,", ["Tomas"]),  # no start of Thomas
    ("Hannah Lind", "hannah.lind@example.se", "Dear Hanna,", ["Hanna"]),  # a slip stays one
    ("Hannah Lind", None, "Dear Hanna,", ["Hanna"]),
    ("Joaquín Sala", "joaqui.sala@example.es", "Dear Joaqui,", []),  # the address says so
    ("Joaquín Sala", "jsala@example.es", "Dear Joaqui,", ["Joaqui"]),  # it does not
])
def test_a_short_form_the_interviewers_own_address_spells_is_theirs(
        name: str, email: str | None, greeting: str, wrong: list[str]) -> None:
    context = replace(make_context(interviewer=name, prefix=None),
                      interviewer=Interviewer(name=name, title="Head of Studio", email=email))
    found = [f.text for f in check(f"{greeting}\n\nThank you for the visit.", context)
             if f.type == "wrong_interviewer_name"]
    assert found == wrong


@pytest.mark.parametrize(("name", "greeting", "wrong"), [
    ("Giuseppina Caruso", "Dear Pina,", []),  # the end of the given name, as it is said
    ("Christina Berg", "Dear Tina,", []),
    ("Christina Berg", "Dear Rina,", ["Rina"]),  # no end of the name: a slip
    ("Daniel Berg", "Dear Aniel,", ["Aniel"]),  # the first letter lost is no familiar form
])
def test_the_end_of_a_long_first_name_is_a_familiar_form(name: str, greeting: str,
                                                         wrong: list[str]) -> None:
    context = replace(make_context(interviewer=name, prefix=None),
                      interviewer=Interviewer(name=name, title="Head of Studio", email=None))
    found = [f.text for f in check(f"{greeting}\n\nThank you for the visit.", context)
             if f.type == "wrong_interviewer_name"]
    assert found == wrong


def test_an_irish_particle_belongs_to_the_misspelt_surname() -> None:
    name = "Orla Nic Gabhann"
    context = replace(make_context(interviewer=name, prefix="Ms."),
                      interviewer=Interviewer(name=name, title="Head of Studio", email=None,
                                              prefix="Ms."))
    found = [(f.text, f.suggestion) for f in
             check("Dear Ms. Nic Gabhan,\n\nThank you for the visit.", context)
             if f.type == "wrong_interviewer_name"]
    assert found == [("Nic Gabhan", "Nic Gabhann")]
    right = check("Dear Ms. Nic Gabhann,\n\nThank you for the visit.", context)
    assert [f for f in right if f.type == "wrong_interviewer_name"] == []


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Dear Guptaji,", []),  # Hindi's "-ji" of respect, joined to the card's surname
    ("Dear Sunilji,", []),  # ... or to the given name
    ("Dear Guptji,", ["Guptji"]),  # a misspelt surname with the suffix stays wrong
    ("Dear Sharmaji,", ["Sharmaji"]),  # another person's name with it too
])
def test_the_joined_ji_of_respect_is_no_wrong_name(greeting: str, wrong: list[str]) -> None:
    context = make_context(interviewer="Sunil Gupta", prefix="Mr.")
    found = check(f"{greeting}\n\nThank you for the tour of the press on Friday.\n\n"
                  "Best,\nSiobhan", context)
    assert [f.text for f in found if f.type == "wrong_interviewer_name"] == wrong


def test_ma_standing_for_the_whole_greeting_is_ma_am_and_beside_a_name_is_a_name() -> None:
    # "Good evening Ma," is ma'am, as "Dear Ma'am," is; "Ma" before another name is read as
    # a name, and a wrong one is still found.
    assert names("Good evening Ma,\n\nThank you for the interview.") == []
    assert names("Dear Ma,\n\nThank you for the interview.") == []
    assert [text for text, _, _ in names("Dear Ma Smith,\n\nThank you for the interview.")] \
        == ["Ma", "Smith"]


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Respected Sunil Babu,", []),  # Bengali respect after the given name
    ("Respected Sunil Garu,", []),  # Telugu's
    ("Respected Sunil Bhai,", []),  # Hindi and Urdu's
    ("Respected Sunil Gupte,", ["Gupte"]),  # a misspelt surname there stays wrong
    ("Respected Sunil Sharma,", ["Sharma"]),  # and another person's
])
def test_a_south_asian_respect_after_the_given_name_is_no_surname(greeting: str,
                                                                  wrong: list[str]) -> None:
    context = make_context(interviewer="Sunil Gupta", prefix="Mr.")
    found = check(f"{greeting}\n\nThank you for the tour of the press on Friday.\n\n"
                  "Best,\nSiobhan", context)
    assert [f.text for f in found if f.type == "wrong_interviewer_name"] == wrong


def test_a_form_of_address_before_a_given_name_after_the_first_is_no_name() -> None:
    # round 36: "Dear Puan Aisyah" to "Nur Aisyah binti Jamil", written here for another card
    interviewer = "Siti Rohana binti Yusof"
    assert names("Dear Cik Rohana,\n\nThank you.", interviewer=interviewer, prefix="Ms.") == []
    # a wrong first name before it, and a slip of the name, are still found
    assert [text for text, _, _ in names("Dear Claire Rohana,\n\nThank you.",
                                         interviewer=interviewer, prefix="Ms.")] == ["Claire"]
    assert "Rohanna" in [text for text, _, _ in names("Dear Cik Rohanna,\n\nThank you.",
                                                      interviewer=interviewer, prefix="Ms.")]


@pytest.mark.parametrize(("greeting", "wrong"), [
    # round 42: a salutation that opens with a word of respect is read as "Dear" is
    ("Respected Mr. Anil Gupta Sir,", ["Anil"]),  # another given name after the prefix
    ("Respected Mr. Sunil Gupta Sir,", []),
    ("Esteemed Mr. Sunil Gupta,", []),
    ("Respected Sir,", []),
    # a long word of respect or office after the family name is no second surname
    ("Respected Sunil Gupta Vaidyar,", []),
    ("Respected Gupta Vaidyar,", []),
    ("Respected Sunil Sharma,", ["Sharma"]),  # after the given name it is still a surname
])
def test_a_salutation_opening_with_respect_is_read_as_a_greeting(greeting: str,
                                                                  wrong: list[str]) -> None:
    context = make_context(interviewer="Sunil Gupta", prefix="Mr.")
    found = check(f"{greeting}\n\nThank you for the tour of the press on Friday.\n\n"
                  "Best,\nSiobhan", context)
    assert [f.text for f in found if f.type == "wrong_interviewer_name"] == wrong


def test_a_line_of_prose_opening_with_respected_is_no_salutation() -> None:
    context = make_context(interviewer="Sunil Gupta", prefix="Mr.")
    # (no other greeting: the first line of respect would be the salutation if any were)
    found = check("Respected Anil Kapoor, your foreman, showed me\nthe folder on the tour.\n\n"
                  "Best,\nSiobhan", context)
    assert [f.text for f in found if f.type == "wrong_interviewer_name"] == []


def test_a_salutation_to_another_person_is_one_finding_not_two() -> None:
    # Round 44: "Dear Mrs. Halvorsen" to Mr. Pemberton greets someone else, whose courtesy
    # form the writer got right: the surname is the slip, the prefix is not a second one.
    assert names("Dear Mrs. Halvorsen,\nThank you for the visit.",
                 interviewer="Gareth Pemberton", prefix="Mr.") == [
        ("Halvorsen", "Pemberton", "error")]
    # ... but a near spelling of the interviewer's own surname after the wrong prefix is two
    # slips, each reported
    assert [text for text, _, _ in names("Dear Mrs. Pembertn,\nThank you for the visit.",
                                         interviewer="Gareth Pemberton", prefix="Mr.")] == [
        "Mrs.", "Pembertn"]
    # ... and the right surname after the wrong prefix still has its prefix reported
    assert names("Dear Mrs. Pemberton,\nThank you for the visit.",
                 interviewer="Gareth Pemberton", prefix="Mr.") == [("Mrs.", "Mr.", "error")]
