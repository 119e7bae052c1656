"""Real-word errors: right words in the wrong place, found by the contexts that decide them."""

from __future__ import annotations

import pytest

from tests.core.proofread_corpus.builders import check, of_type

SLIPS = [
    ("I look forward to hearing form you.", "form", "from"),
    ("Reliability matters more to us then raw speed.", "then", "than"),
    ("We could loose a day of data.", "loose", "lose"),
    ("Their is a lot to learn from the pilot.", "Their", "There"),
    ("My background would compliment the team's skills.", "compliment", "complement"),
    ("We plan to role out the change next month.", "role", "roll"),
    ("The team is on a role this quarter.", "role", "roll"),
    ("We measured the affect on retention.", "affect", "effect"),
    ("I worked as a principle engineer for four years.", "principle", "principal"),
    ("Thank you for the advise about the portfolio.", "advise", "advice"),
    ("We found a week spot in the pipeline.", "week", "weak"),
    ("Your right that the budget is tight.", "Your", "You're"),
    ("If your still looking for help, I am available.", "your", "you're"),
    ("I think its clear that we agree.", "its", "it's"),
    ("I would be glad to here more about the team.", "here", "hear"),
    ("You asked weather I had used Airflow.", "weather", "whether"),
    ("The new fans are so quite that nobody noticed.", "quite", "quiet"),
    ("Since then I past the FE exam.", "past", "passed"),
    ("I would be delighted to except the offer.", "except", "accept"),
    ("The talk really peaked my interest.", "peaked", "piqued"),
    ("I met the analysts who's dashboards we discussed.", "who's", "whose"),
    ("We shared good practise across the schools.", "practise", "practice"),
    ("We handled a data breech last spring.", "breech", "breach"),
    ("I have lead three migrations.", "lead", "led"),
    ("I could of joined sooner.", "of", "have"),
    ("We tracked the side affects of the change.", "affects", "effects"),
    ("The analysts value there own dashboards.", "there", "their"),
    ("I lead the migration and cut costs by a third.", "lead", "led"),
    # a letter dropped or swapped that leaves another word
    ("Thank you for you time on Tuesday.", "you", "your"),
    ("I learned a lot form your team.", "form", "from"),
    ("I was exited to see the demo.", "exited", "excited"),
    ("It is an exiting opportunity.", "exiting", "exciting"),
    ("Please let me no if you need more.", "no", "know"),
    ("I now you are busy this week.", "now", "know"),
    ("I would be a great fit four this role.", "four", "for"),
    ("I hope to meat the rest of the team.", "meat", "meet"),
    ("I wrote a through review of the design.", "through", "thorough"),
    ("Team moral was low when I joined.", "moral", "morale"),
    ("We where able to cut the latency.", "where", "were"),
    ("Did you here about the launch?", "here", "hear"),
    ("I have all ready sent the slides.", "all ready", "already"),
    ("I am eager to lean more about the team.", "lean", "learn"),
    ("I would defiantly enjoy the work.", "defiantly", "definitely"),
    ("I raised costumer satisfaction by a fifth.", "costumer", "customer"),
    ("I spent five years in the pubic sector.", "pubic", "public"),
    ("As a project manger I ran three teams.", "manger", "manager"),
    ("I have led teams of to or three engineers.", "to", "two"),
    ("I was to excited to sleep.", "to", "too"),
    ("I am excited about the roll.", "roll", "role"),
    ("It will effect how we ship.", "effect", "affect"),
    ("Thank you for the kind complement.", "complement", "compliment"),
    ("We must insure that the data is right.", "insure", "ensure"),
    ("I would like to work along side you.", "along side", "alongside"),
    ("My background compliments the skills already on your team.", "compliments",
     "complements"),
    ("I admired how the nurses shared there knowledge.", "there", "their"),
    ("The team plans to double it's capacity.", "it's", "its"),
    ("Last year I lead a migration of 40 services.", "lead", "led"),
    ("I was quiet surprised by the size of the team.", "quiet", "quite"),
    ("We will role the change out next week.", "role", "roll"),
    ("I hope your well.", "your", "you're"),
    ("I received an email form your colleague.", "form", "from"),
    ("I cant wait to hear more.", "cant", "can't"),
    ("I wont let the team down.", "wont", "won't"),
    ("It dose not matter much.", "dose", "does"),
    ("We meet everyday at nine.", "everyday", "every day"),
    ("I have no background other then robotics.", "then", "than"),
    ("We followed the principals of good design.", "principals", "principles"),
    ("I advice clients on calibration.", "advice", "advise"),
    ("We met twice a weak.", "weak", "week"),
    ("We left a few lose ends.", "lose", "loose"),
    ("I'm hear to help.", "hear", "here"),
    ("In the passed, I worked on cranes.", "passed", "past"),
    ("It lead to a drop in errors.", "lead", "led"),
    ("Everyone accept me had left.", "accept", "except"),
    ("I filled in the application from.", "from", "form"),
    ("I think there going to hire two.", "there", "they're"),
    ("Is their going to be a second round?", "their", "there"),
    ("It gives our clients piece of mind.", "piece", "peace"),
    ("I poured over the logs for days.", "poured", "pored"),
    ("The talk wet my appetite for more.", "wet", "whet"),
    ("Please bare with me.", "bare", "bear"),
    ("If I can help in anyway, let me know.", "anyway", "any way"),
    ("I learned allot from the panel.", "allot", "a lot"),
    ("I think I maybe a good fit.", "maybe", "may be"),
    ("I took a brake from work in 2020.", "brake", "break"),
]


@pytest.mark.parametrize(("sentence", "wrong", "right"), SLIPS)
def test_a_word_that_does_not_fit_its_place_is_a_misspelling(sentence: str, wrong: str,
                                                              right: str) -> None:
    findings = check(sentence)
    assert [(f.type, f.text, f.suggestion) for f in findings] == [("misspelling", wrong, right)]


FITTING = [
    "First in the ICU and then in the step-down unit, I learned to triage.",
    "We measured the effect on reported EBITDA.",
    "We apply the principle of least privilege everywhere.",
    "Your offer was a real compliment to our work.",
    "I would like to compliment your team on the launch.",
    "We will roll out the change, and the rollout starts in May.",
    "I'd welcome your advice, and I can advise on the data model.",
    "I spent a week on the migration, and the weak spot was the cache.",
    "You're right, and your team's notes helped; it's clear its own tests pass.",
    "I'm glad to hear it, and I'll be here all week.",
    "The weather was fine, and we asked whether to ship.",
    "It was quite a quiet week.",
    "I led the migration; lead time fell, and I lead the platform team today.",
    "In the past year I passed the exam; past performance is no guide.",
    "I accept the terms, except the notice period.",
    "Our feedback form you can fill in online is short.",
    "There is more to do than time allows, and their team knows it.",
    "Please send me the form you mentioned.",
    "We had had a long day, and the data team's principal concern was cost.",
    "Adding tests will affect the timeline, and the effect was small.",
    "I lead the platform team and enjoy the on-call work.",
    "The change affects our users, and its effects are small.",
    "I can send you feedback and ask you questions about the roadmap.",
    "We filled in the feedback form the team shared.",
    "The new process will effect change, and it is a good complement to our tooling.",
    "We will roll the change back if needed, and payroll signed off.",
    "Our firm helps insure the homes of our members, and we are all ready to start.",
    "We lean on data, and we were exiting the old data centre.",
    "I now lead a team of six, we now have four engineers, and four of us shipped it.",
    "I walked through the plan; the moral of the story is to test early.",
    "I keep my personal data separate, and team morale was high.",
    "I look forward to it, and I spoke to the people you introduced me to.",
    "I can show you where the logs are kept and support you where needed.",
    "We worked side by side, and one or two people asked about it.",
    "It is too early to tell, and we moved from simple to complex systems.",
    "Thank you for meeting me and your team; I was project manager for three years.",
    "Is there knowledge we can reuse? I met people there, and there are findings to share.",
    "I was quiet for a moment; the office was quiet and calm.",
    "I lead the team and we deployed twice a week.",
    "Last year I joined the team, and now I lead it.",
    "Her skills complement the team, and your well-being matters.",
    "I enjoyed your welcome to the team, and I filled in the form your office sent.",
    "It was an everyday problem, and the everyday work of the nurses is hard.",
    "He is wont to arrive early; we cut the dose by half.",
    "The principal of the school took my advice; it was a weak signal.",
    "We lose time each week; I passed the exam and the years passed quickly.",
    "Leads lead to sales, I accept the offer, and I heard from the team.",
    "Is there going to be a second round? Was their approach right? Is their team hiring?",
    "It was a piece of work; we pour concrete over the rebar; the paint was wet.",
    "Anyway, the bare minimum is fine; maybe we can meet; we allot two hours to it.",
    "The brake pads were worn, and the reign of the old system ended.",
]


@pytest.mark.parametrize("sentence", FITTING)
def test_confusable_words_in_their_right_place_are_left_alone(sentence: str) -> None:
    assert check(sentence) == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I admire Larchmonts approach to data.", "Larchmonts", "Larchmont's"),
    ("Thanks for sharing Okonkwos notes.", "Okonkwos", "Okonkwo's"),
])
def test_one_of_the_letters_own_names_without_its_apostrophe(sentence: str, wrong: str,
                                                              right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


def test_the_names_with_an_apostrophe_or_alone_pass() -> None:
    assert check("I admire Larchmont's approach, and Larchmont is growing.") == []


# Third round (issue 19): wider contexts for the same pairs, each beside its correct uses.
@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The way the paralegal group logs privilege effects every matter the firm takes on.",
     "effects", "affects"),
    ("I could tell how much the agents care about there guests.", "there", "their"),
    ("I would welcome the chance to take on the roll of mentor for newer investigators.",
     "roll", "role"),
    ("I would enjoy stepping into the roll once the audit closes.", "roll", "role"),
    ("You'll see we conceded most goals form second balls rather than the first contact.",
     "form", "from"),
    ("I rebuilt the dashboard form scratch in a week.", "form", "from"),
    ("I know your editors are swamped, so if their still short on someone, I can help.",
     "their", "they're"),
    ("It works when the forecast is stable enough to insure the line never starves.",
     "insure", "ensure"),
    ("The checks insure data quality stays high.", "insure", "ensure"),
    ("How the new rota effects morale was clear.", "effects", "affects"),
    ("The policy could effect hiring in the spring.", "effect", "affect"),
    ("I think their right about the budget.", "their", "they're"),
    ("I hope their proud of the launch.", "their", "they're"),
    ("I herd about the opening from Sam.", "herd", "heard"),
    ("Please advice on next steps.", "advice", "advise"),
    ("We had to role back the release twice.", "role", "roll"),
])
def test_wider_contexts_of_the_same_pairs(sentence: str, wrong: str, right: str) -> None:
    found = [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"]
    assert found == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "We tracked the side effects every patient reported in the first week.",
    "From there customers can book online, and there remains plenty to do.",
    "I stayed there afterwards and went back there twice.",
    "I shot a roll of film on the tour and we took a roll call at nine.",
    "We insure the building against fire and flood every year.",
    "Their still-growing team and their already strong pipeline impressed me.",
    "The committees form second-line teams. Please fill in the form here.",
    "Habits form within weeks, and teams form around a shared goal.",
    "I think their busy season starts in May, and I know their right to appeal matters.",
    "The role back then was smaller, and we want to effect change.",
    "The side effects morale can have are real; lighting effects the designers built won.",
    "Insure the van with the fleet policy. A herd of cattle crossed the road.",
])
def test_the_same_words_in_their_right_place_pass(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("Returns went form six to one the following year.", "form", "from"),
    ("The backlog dropped form 40 to 12 in a quarter.", "form", "from"),
    ("I could ride along with one of you're crews.", "you're", "your"),
    ("I look forward to you're reply.", "you're", "your"),
    ("We planned the work in two discreet blocks.", "discreet", "discrete"),
    ("The course covered discreet mathematics.", "discreet", "discrete"),
    ("I loved the idea for the new desert menu.", "desert", "dessert"),
    ("I worked the pastry and desert station on weekends.", "desert", "dessert"),
    ("It is easier to help her breath through the contractions.", "breath", "breathe"),
    ("I teach patients to breath slowly before the scan.", "breath", "breathe"),
])
def test_more_confusions_in_a_place_only_the_other_word_fits(sentence: str, wrong: str,
                                                             right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The onboarding form was two pages long, and the form asks for the same data.",
    "We filled in the form and signed it.",
    "I think of you're going to love the demo, and I'm glad for you're welcome to join.",
    "It's good to know where you're headed, and what you're building.",
    "I was discreet about the client's name, and we handled it discreetly.",
    "We drove across the desert to the site, and the desert heat was brutal.",
    "I took a deep breath through the interview, then a breath in and a breath out.",
    "Let me know whatever you're planning.",
])
def test_the_same_words_where_they_fit_are_left_alone(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    # "your" before a participle said of the reader, or before a verb of intent
    ("I know your swamped this week, so I'll keep this short.", "your", "you're"),
    ("I understand your based in Leeds most of the week.", "your", "you're"),
    ("Kavita mentioned your stretched thin with the audit.", "your", "you're"),
    ("I hear your planning to open a second site.", "your", "you're"),
    # personnel: a noun in a place an adjective cannot fill
    ("I should have said more about the personal involved.", "personal", "personnel"),
    ("All personal on site had to re-gown after the alarm.", "personal", "personnel"),
    ("We trained the security personal.", "personal", "personnel"),
    # it's before an adverb, a determiner or a clause
    ("Its usually a sign that the procedure doesn't match the room.", "Its", "It's"),
    ("I think its the same gap we saw on the night shift.", "its", "it's"),
    ("Its what drew me to community nursing.", "Its", "It's"),
    # whose before a noun and its verb, or a noun of a person's household
    ("The grandmother who's home had failed the safety check.", "who's", "whose"),
    ("I helped a tenant who's deposit was withheld.", "who's", "whose"),
    ("We placed the boy with an aunt who's family lived nearby.", "who's", "whose"),
    # except after a preposition and a quantifier, where no verb can stand
    ("I have worked across all RIBA stages accept Stage 0.", "accept", "except"),
    ("I covered every ward accept maternity last winter.", "accept", "except"),
])
def test_fifth_round_confusions_where_only_the_other_word_fits(sentence: str, wrong: str,
                                                               right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "Thank you for your detailed notes and your continued support.",
    "I appreciated your candid answers and your added context on the audit.",
    "I am glad your team is based in Leeds.",
    "I wrote a personal note, and the personal and professional growth mattered to me.",
    "On the personal side, the move suits my family.",
    "The unit kept its usual routine and its own budget.",
    "The nurse who's leading the audit, and anyone who's new, has a mentor.",
    "The engineer who's on call was paged twice.",
    "In all cases the clinics accept walk-ins, and of all the clinics, most accept Medicaid.",
    "With all the changes we accept new risks.",
])
def test_fifth_round_words_where_they_fit_are_left_alone(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The reorg will effect every team in the building.", "effect", "affect"),
    ("The data shows a clear affect of the new policy.", "affect", "effect"),
    ("The rota change had an affect on morale.", "affect", "effect"),
    ("I know my Spanish is a little week, but I am working on it.", "week", "weak"),
    ("The team shares it's knowledge in weekly clinics.", "it's", "its"),
    ("I dealt with a difficult costumer every day.", "costumer", "customer"),
    ("I'm use to working under pressure.", "use", "used"),
    ("We were not use to such short deadlines.", "use", "used"),
    ("I am suppose to hear back by Friday.", "suppose", "supposed"),
])
def test_more_confusions_of_the_issues_pairs(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The change will affect every team, and its effect on morale was clear.",
    "I will effect change in the ward, and the new policy will effect real change.",
    "We met in week two, and the first week of the rota was hard.",
    "The data shows it's working, and I think it's time to scale it.",
    "I designed costumes and worked as a costumer for the theatre.",
    "I use the same checklist, and we used to run it by hand; I suppose that is fine.",
    "I led the garde manger station and the pass.",
])
def test_the_issues_pairs_where_they_fit_pass(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I could see how much their committed to the residents.", "their", "they're"),
    ("I hear their looking for a charge nurse.", "their", "they're"),
    ("I spent a weak shadowing the community team.", "weak", "week"),
    ("I think I would be a great asset too your team.", "too", "to"),
    ("I can bare the pressure of a busy ward.", "bare", "bear"),
    ("Please bare in mind that I start in March.", "bare", "bear"),
    ("Your the kind of manager I want to learn from.", "Your", "You're"),
    ("The meeting went passed the hour, which I enjoyed.", "passed", "past"),
])
def test_the_issues_pairs_in_still_more_places(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "Their detailed notes helped, and their shared drive is tidy.",
    "The team had a weak link in the rota and a weak opening.",
    "Your A-level results came up, and thanks too, Maria.",
    "The bill passed through committee, and we got passed over for funding.",
    "I went past the site and could bear the noise.",
])
def test_those_words_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("We finished the audit, and than we moved to the next ward.", "than", "then"),
    ("The bolts were lose after the storm.", "lose", "loose"),
    ("Their's a lot to like about the role.", "Their's", "There's"),
    ("The final call is their's.", "their's", "theirs"),
    ("I took his advise and applied.", "advise", "advice"),
    ("I have a week background in finance but I learn fast.", "week", "weak"),
    ("I'll send it over latter today.", "latter", "later"),
    ("I am available any time accept Friday.", "accept", "except"),
    ("It is important to breath between sets.", "breath", "breathe"),
])
def test_a_third_battery_of_the_issues_pairs(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "I'd rather lead than follow; we did not lose any data after the move.",
    "Of the two options, I prefer the latter in this case.",
    "I accept that Fridays are busy, and the choice was theirs.",
    "We listened to breath sounds and ran breath tests.",
    "A week course in Leeds helped, and I learn fast.",
])
def test_the_third_batterys_words_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I was formally a staff nurse at St James's.", "formally", "formerly"),
    ("I ordered the office stationary for the whole floor.", "stationary", "stationery"),
    ("I would proceed the meeting with a short summary.", "proceed", "precede"),
    ("Please site the relevant guidance in the report.", "site", "cite"),
    ("I am not adverse to travel.", "adverse", "averse"),
    ("The deadline is eminent, so we moved fast.", "eminent", "imminent"),
    ("We could not illicit a response from the vendor.", "illicit", "elicit"),
    ("I sought council from my mentor.", "council", "counsel"),
    ("I worked there for a hole year.", "hole", "whole"),
    ("Thank you for your patients while I gathered the references.", "patients", "patience"),
    ("I will be their on Monday at nine.", "their", "there"),
    ("We where short-staffed every weekend.", "where", "were"),
    ("Everyday I learn something new on the ward.", "Everyday", "Every day"),
    ("I want to make sure my resume compliments the role.", "compliments", "complements"),
])
def test_pairs_of_the_usual_confusable_lists(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "I was formally appointed in May, and the patient was stationary for an hour.",
    "We can proceed with the plan and will site the new depot near Leeds.",
    "The drug had adverse effects; she was an eminent surgeon.",
    "The city council met on Monday after we fought illicit trade.",
    "We dug a hole in the wall; sales peak at noon in peak season.",
    "I care for my patients and their families, and I will be there on Monday.",
    "I know where we stand, and it is an everyday task.",
])
def test_those_pairs_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("If the driver runs out of hours we'd loose the slot at the hub.", "loose", "lose"),
    ("Without the handover notes you'll loose track of the obs.", "loose", "lose"),
    ("Every time I switch tools I loose my place in the queue.", "loose", "lose"),
    ("In my last matter, opposing council served 3,000 pages the night before.", "council",
     "counsel"),
    ("I sat second chair beside trial council for the whole hearing.", "council", "counsel"),
    ("I drafted the notes for council for the defendant.", "council", "counsel"),
    ("I agree that the principal of proportionality is underused in disclosure.", "principal",
     "principle"),
    ("That is the same principal of fairness we apply to rota swaps.", "principal", "principle"),
    ("You described your first year as principle with real candour.", "principle", "principal"),
    ("I shadowed our assistant principle during exam week.", "principle", "principal"),
])
def test_sixth_round_confusions_where_only_the_other_word_fits(sentence: str, wrong: str,
                                                               right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The strap was loose and the load shifted, so we stopped to tie up loose ends.",
    "I presented to the city council and the parish council for the new depot.",
    "As a member of the student council I ran the food bank.",
    "I met the Principal of Alder Middle School and the principal of the sixth form.",
    "She was appointed principal of the college in 2019.",
    "I hold to the principle that notes are written at the bedside, as a principle of care.",
])
def test_sixth_rounds_words_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I'm happy to send references if you'd like, just let me no.", "no", "know"),
    ("It was great to meat the whole team on Thursday.", "meat", "meet"),
    ("I really enjoyed are conversation about the new ward.", "are", "our"),
    ("We're team is small but we punch above our weight.", "We're", "Our"),
    ("I worked their for six years before moving to Leeds.", "their", "there"),
    ("We brought the cost per drop down buy 20 percent.", "buy", "by"),
    ("I'm available straight away, and I'm happy to work weekends to.", "to", "too"),
    ("Please find my portfolio attached, witch includes three case studies.", "witch", "which"),
    ("I look forward to the next stage off the process.", "off", "of"),
    ("We had to brake the project into smaller phases.", "brake", "break"),
    ("I'm a fast learner and I adapt quickly to knew systems.", "knew", "new"),
    ("Christmas was a fare challenge for the pickers.", "fare", "fair"),
    ("I love working with animals, weather it's dogs or horses.", "weather", "whether"),
])
def test_a_probe_of_other_writers_slips(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "Let me know by Friday; there's no rush, and no means no.",
    "We sourced the meat locally and I'd love to meet the whole team.",
    "The questions in our interview are still on my mind; we're team players.",
    "They brought their own kit, and we worked there for a year.",
    "I'd buy 20 of them again; we cut costs by a third.",
    "I'm happy to work weekends, and nights too. I look forward to it.",
    "The costume for the witch was my favourite build, and the set, which was huge.",
    "I ticked one off the list and took the side off the machine.",
    "I had to brake hard on the ice, and brake down the hill with a full load.",
    "I knew the new systems, and the team knew me.",
    "The bus fare was cheap, and the fare to Leeds went up; that's fair.",
    "In any weather, it runs; whether it's rain or snow, the depot opens.",
])
def test_a_probes_words_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("Me and my team lead the pilot last year and it went well.", "lead", "led"),
    ("I've lead the night shift for two years.", "lead", "led"),
    ("I'm confidant that I can make an impact quickly.", "confidant", "confident"),
    ("It was nice to finally meat you in person.", "meat", "meet"),
    ("I have no doubt that we could of delivered sooner.", "of", "have"),
    ("Having worked in both sectors, I can except feedback from many angles.", "except",
     "accept"),
    ("The kids where so engaged during the lesson.", "where", "were"),
    ("Thanks again for showing me threw the warehouse.", "threw", "through"),
    ("I'm flexible and can work there shifts if needed.", "there", "their"),
])
def test_a_second_probe_of_other_writers_slips(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "I lead the team today, and I will lead the pilot next year.",
    "My oldest friend is my confidant, and I am confident in the plan.",
    "We served the meat you sourced, and I'd love to meet you again.",
    "I could, of course, start sooner; it would of course depend on notice.",
    "Everyone except the manager came, and I accept the offer.",
    "I worked in a school where the kids were so engaged, on a ward where staff felt heard.",
    "The storm threw the schedule off and he threw the ball through the hoop.",
    "We worked there for years, and I covered there in August; I can work their shifts.",
])
def test_the_second_probes_words_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I met the drivers, and the team seemed really descent.", "descent", "decent"),
    ("I couldn't weight to start after the site visit.", "weight", "wait"),
    ("Queueing at the gate was a complete waist of time for the drivers.", "waist", "waste"),
    ("Please feel free to right to me at any time.", "right", "write"),
    ("I was able to sight three recent studies in my presentation.", "sight", "cite"),
    ("I'm a discrete person and I handle confidential files daily.", "discrete", "discreet"),
    ("I wondered around the site for an hour before the interview.", "wondered", "wandered"),
    ("I'd like to peace together the data from the three depots.", "peace", "piece"),
    ("We had to break the news to the staff and keep moral up.", "moral", "morale"),
    ("I can hit the ground running, weather in Leeds or in Bradford.", "weather", "whether"),
    ("It was nice to see the whole team in there element.", "there", "their"),
    ("I've always been good at problem solving, its one of my strengths.", "its", "it's"),
    ("I'm hoping to hear back soon, but I no you're busy.", "no", "know"),
    ("This role would be the perfect compliment to my degree.", "compliment", "complement"),
])
def test_a_third_probe_of_other_writers_slips(sentence: str, wrong: str, right: str) -> None:
    assert [(f.type, f.text, f.suggestion) for f in check(sentence)] == [
        ("misspelling", wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The descent into the valley was steep, and the pay was decent.",
    "I weight the scores by region, and I can't wait to start.",
    "The apron ties at the waist, and we cut waste by a third.",
    "I want to right a wrong, and I will write to you on Monday.",
    "The site was in sight of the depot, and I cite the guidance often.",
    "We modelled discrete events and discrete time steps, and I am always discreet.",
    "I wondered about the rota, and we wandered around the site.",
    "I found peace of mind in the work, and a piece of kit I loved.",
    "I have a strong moral compass, and team morale was high.",
    "The weather in Leeds was grim, or so they said.",
    "I went in there for years, and I know the team in their element.",
    "The plan and its one weakness were clear; it's one of my strengths.",
    "I no longer drive, and you know the area.",
    "She paid me a compliment, and the role would complement my degree.",
])
def test_the_third_probes_words_where_they_fit(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "I signed the consent form last week.",
    "Our tax form last year ran to six pages.",
])
def test_the_noun_form_before_a_time_gone_by_is_right(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


def test_form_before_a_time_gone_by_after_a_plural_is_still_from() -> None:
    assert [(f.text, f.suggestion) for f in check("I compared the figures form last year.")
            if f.type == "misspelling"] == [("form", "from")]


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("We fixed the scanners first and than the routes.", "than", "then"),
    ("First we cleaned the data, than we built the model.", "than", "then"),
    ("I judged each model by it's error rate.", "it's", "its"),
    ("The shop is busy before the quite months of spring.", "quite", "quiet"),
    ("I've past my exam.", "past", "passed"),
    ("I can site two examples of this.", "site", "cite"),
    ("The offer was a fare one.", "fare", "fair"),
    ("My goal is to insure every driver signs the log.", "insure", "ensure"),
])
def test_grammar_that_settles_the_pair(sentence: str, wrong: str, right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (wrong, right)]


@pytest.mark.parametrize("sentence", [
    "It was faster than the old one, and first in its class.",
    "We insure every driver against theft and insure the truck fleets with one broker.",
    "I can site the new plant near the river.",
    "The bus fare one way is four pounds.",
    "Our team was quite proud of it.",
    "The past month was busy.",
])
def test_the_same_words_where_they_are_right(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The meeting was to long for me.", "to", "too"),
    ("I would be happy to meet you to.", "to", "too"),
    ("I took a deep breathe before presenting.", "breathe", "breath"),
    ("I will send you the file, than we can talk.", "than", "then"),
    ("I'm eager to sea the plant.", "sea", "see"),
    ("I was very happy to met you yesterday.", "met", "meet"),
    ("We need to chose a vendor soon.", "chose", "choose"),
    ("I would like to discus the next steps.", "discus", "discuss"),
])
def test_the_infinitive_too_and_then_that_grammar_settles(sentence: str, wrong: str,
                                                           right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (wrong, right)]


@pytest.mark.parametrize("sentence", [
    "I used to go to sea every summer.",
    "It was more work, than I expected.",
    "The aim is to slow the churn, and I want to talk to you.",
    "We met the team and chose a vendor. Take a breath, then breathe out.",
])
def test_those_words_where_they_are_right(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The new process lead to fewer errors last year.", "lead", "led"),
    ("The team had a high moral after the launch.", "moral", "morale"),
    ("I new the team would like the dashboard.", "new", "knew"),
    ("We brought the costs down buy renegotiating contracts.", "buy", "by"),
    ("The data was to noisy to use.", "to", "too"),
    ("I am applying for the roll of warehouse supervisor.", "roll", "role"),
    ("The last quarter was are best quarter ever.", "are", "our"),
])
def test_more_pairs_that_grammar_settles(sentence: str, wrong: str, right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The new tool will lead to savings in 2026.",
    "We hold high moral standards.",
    "We buy cleaning products in bulk.",
    "The aim was to simplify the forms, to empty the tanks and to embed the checks.",
    "It's a roll of tape for the supervisor.",
])
def test_more_of_those_words_where_they_are_right(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The change didn't effect our delivery dates.", "effect", "affect"),
    ("I can start in too weeks.", "too", "two"),
    ("I excepted the offer from my current employer last year.", "excepted", "accepted"),
    ("The new rota will affect a big change in morale.", "affect", "effect"),
    ("I'm a hard worker who enjoys a fast-passed environment.", "fast-passed", "fast-paced"),
    ("Please feel free to contact me weather by phone or email.", "weather", "whether"),
    ("I have already payed the registration fee.", "payed", "paid"),
    ("Lets schedule a call next week.", "Lets", "Let's"),
    ("We ran low on stationary supplies.", "stationary", "stationery"),
])
def test_pairs_settled_by_what_stands_around_them(sentence: str, wrong: str,
                                                  right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The tool lets us track it, and I hope to effect change.",
    "I accept, except for one point; everyone except me agreed.",
    "The weather in Aberdeen or Oslo is bad, and we won't affect the change window.",
    "The crew payed out the line. Two teams worked too many weeks.",
])
def test_and_where_they_are_right(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I coordinated the A-checks with the hanger team every night.", "hanger", "hangar"),
    ("The elevator breaks were replaced during the modernisation.", "breaks", "brakes"),
    ("We had to wave the late fee for two clients.", "wave", "waive"),
    ("The hotel's sweet upgrades drove most of the revenue.", "sweet", "suite"),
    ("We had to sew the winter wheat late this year.", "sew", "sow"),
    ("I can work weekends, accept during the harvest.", "accept", "except"),
    ("I am looking for a roll with more responsibility.", "roll", "role"),
])
def test_pairs_of_the_trades(sentence: str, wrong: str, right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (wrong, right)]


@pytest.mark.parametrize("sentence", [
    "I packed a coat hanger and we waved to the crew.",
    "If the hoist breaks down, the lift stops.",
    "The sweets were lovely, and we sew the banners by hand.",
    "I accept, for now, and I'd love a roll of tape.",
])
def test_those_trade_words_where_they_are_right(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("I would value your council on how the teams are split.", "council", "counsel"),
    ("Thank you for your council and support over the years.", "council", "counsel"),
    ("We screened high-risk costumer files every week.", "costumer", "customer"),
    ("Our corporate costumers expect monthly reports.", "costumers", "customers"),
    ("I spent the summer learning to pour over quarterly claims tables.", "pour", "pore"),
    ("We poured over old survey maps for days.", "poured", "pored"),
    ("The coat uses complimentary blue and orange panels.", "complimentary",
     "complementary"),
])
def test_ninth_round_confusions_where_only_the_other_word_fits(sentence: str, wrong: str,
                                                                right: str) -> None:
    findings = [f for f in check(sentence) if f.type == "misspelling"]
    assert [(f.text, f.suggestion) for f in findings] == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The city council on Tuesday approved the plan.",
    "I presented to the council during the budget round.",
    "She is a costumer for the local theatre.",
    "I love to pour over ice on a hot day.",
    "We offer complimentary tea, coffee and pastries.",
    "Guests get a complimentary red and white wine tasting.",
    "The hotel offered complimentary parking.",
])
def test_ninth_round_words_where_they_fit_are_left_alone(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "I was formally Head of Logistics at a depot in Hull.",
    "She was formally the senior nurse on the night ward.",
    "I was formally a lead engineer at a shipyard.",
])
def test_formally_before_a_past_post_is_formerly(sentence: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        ("formally", "formerly")]


@pytest.mark.parametrize("sentence", [
    "He was formally appointed head of the unit in May.",
    "I was formally offered the lead role on Friday.",
    "She was formally recognised as the best manager in the region.",
    "I was formally trained as an engineer in Pune.",
])
def test_formally_before_an_act_done_formally_is_right(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "Ten years of tastings refined my pallet.",
    "I am still training my pallet, so I keep tasting notes.",
    "Crackers make a good palette cleanser between wines.",
])
def test_a_trained_or_cleansed_pallet_is_a_palate(sentence: str) -> None:
    found = [(f.suggestion) for f in check(sentence) if f.type == "misspelling"]
    assert found == ["palate"]


@pytest.mark.parametrize("sentence", [
    "We trained the new pallet team on the wrapping machine.",
    "We developed a pallet racking plan for the warehouse.",
    "I refined my palette of greys for the mural.",
    "Each pallet was wrapped and labelled before noon.",
])
def test_pallets_of_the_warehouse_and_the_painters_palette_stay(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "Colleagues say I have a real flare for mentoring new starters.",
    "Your flare for detail showed in the site plans.",
    "She has a natural flare for numbers and for people.",
])
def test_a_knack_one_has_is_a_flair(sentence: str) -> None:
    found = [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"]
    assert found == [("flare", "flair")]


@pytest.mark.parametrize("sentence", [
    "The crew sent up a flare for the rescue boat.",
    "I had a flare for two weeks last spring, so I missed the course.",
    "We keep a flare gun and a flare for each dinghy.",
])
def test_a_signal_or_a_flare_up_stays_a_flare(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("My last job was fitting bicycle peddle sensors for a rental fleet.", "peddle", "pedal"),
    ("The peddle force readings were off by ten percent.", "peddle", "pedal"),
    ("As stage manager I called all the queues for the touring show.", "queues", "cues"),
    ("I rewrote the sound queues before the second night.", "queues", "cues"),
])
def test_a_pedal_and_a_shows_cues(sentence: str, wrong: str, right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (wrong, right)]


@pytest.mark.parametrize("sentence", [
    "Street vendors peddle snacks outside the station.",
    "Our call queues were shorter after the new menu went live.",
    "I called the queue manager about the backlog.",
    "We stood in the queues at the border for an hour.",
])
def test_selling_and_waiting_in_line_are_left_alone(sentence: str) -> None:
    assert [f for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("You asked me weather I could lead the night shift.", "weather", "whether"),
    ("The lamp was to bright for the small room.", "to", "too"),
    ("A courier told me about trouble with her breaks on the hill road.", "breaks", "brakes"),
    ("I lived their for two years before the move.", "their", "there"),
    ("We were their when the storm came.", "their", "there"),
    ("I would gladly help with there spring campaign.", "there", "their"),
    ("I am quiet nervous about the second round.", "quiet", "quite"),
    ("It was quiet stressful at first.", "quiet", "quite"),
    ("The same principal applies to the stores in the north.", "principal", "principle"),
    ("We learnt cotton dying with local bark.", "dying", "dyeing"),
    ("The course on dying with walnut hulls gave the yarn a brown tone.", "dying", "dyeing"),
    ("I think the principle risk is the review load.", "principle", "principal"),
    ("The office keeps running out of printer stationary.", "stationary", "stationery"),
    ("A sage base with complimentary plum and ochre trims.", "complimentary",
     "complementary"),
    ("The assay shows discreet gold-rich veins in the quartz.", "discreet", "discrete"),
])
def test_the_seventeenth_rounds_confusions_are_found(sentence: str, wrong: str,
                                                    right: str) -> None:
    found = [(f.text, f.suggestion) for f in check(f"Dear Adaeze,\n\n{sentence}")
             if f.type == "misspelling"]
    assert found == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "I asked her about the weather in Porto.",
    "The plan was to brighten the lobby.",
    "Two of the staff had problems with their breaks last month.",
    "The drivers take their breaks at the depot.",
    "Their at-home kits sold well, and their in-house team grew.",
    "With there being no budget, we waited.",
    "We moved from there to Leeds.",
    "The office was quiet and calm, and quiet during lunch.",
    "It was quiet early in the morning.",
    "The same principal who hired me has retired.",
    "Weaving is a dying craft in the valley.",
    "The plant dying back each winter needs care.",
    "The principle of least privilege applies.",
    "Keep the printer stationary while it prints.",
    "Guests get complimentary plum and ginger tea.",
    "She was discreet about the layers of the deal.",
])
def test_the_seventeenth_rounds_words_in_their_right_place_are_left_alone(
        sentence: str) -> None:
    assert [f for f in check(f"Dear Adaeze,\n\n{sentence}") if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("She cut each peace of slate to fit the gable.", "peace", "piece"),
    ("Thanks for a peace of advice I will keep.", "peace", "piece"),
    ("The valves where noticeably quieter after the service.", "where", "were"),
    ("Our ovens where evenly hot by six.", "where", "were"),
    ("Last year I reduced the packaging waist by a third.", "waist", "waste"),
    ("We cut our kitchen waist in half over the summer.", "waist", "waste"),
    ("By noon the hole shift was on the line.", "hole", "whole"),
    ("I hope the hole crew gets a rest.", "hole", "whole"),
    ("A week of tastings will train your pallet in no time.", "pallet", "palate"),
])
def test_the_twenty_first_rounds_confusions_are_found(sentence: str, wrong: str,
                                                      right: str) -> None:
    found = [(f.text, f.suggestion) for f in check(f"Dear Adaeze,\n\n{sentence}")
             if f.type == "misspelling"]
    assert found == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "The treaty brought a peace of sorts to the valley.",
    "The audit gave me peace of mind.",
    "We visited the towns where usually we buy wool.",
    "I liked the rooms where only the night staff work.",
    "She showed me the process where clearly each step is logged.",
    "The trainer reduced my waist size by two inches.",
    "The hole saw was blunt, so we swapped it.",
    "The hole in the roof was patched by noon.",
    "The warehouse team stacks the pallet in the bay.",
])
def test_the_twenty_first_rounds_words_in_their_right_place_are_left_alone(
        sentence: str) -> None:
    assert [f for f in check(f"Dear Adaeze,\n\n{sentence}") if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "I will make sure the crews get there wages every Friday.",
    "The growers received there invoices a week late last year.",
])
def test_the_twenty_second_rounds_there_before_what_is_received_is_found(
        sentence: str) -> None:
    found = [(f.text, f.suggestion) for f in check(f"Dear Adaeze,\n\n{sentence}")
             if f.type == "misspelling"]
    assert found == [("there", "their")]


@pytest.mark.parametrize("sentence", [
    "The drivers get there hours before the gates open.",
    "We got there sometimes by bus and sometimes by train.",
    "Most pickers get there nowadays by shuttle.",
    "The parcels get there faster, and the crews get their wages on time.",
])
def test_the_twenty_second_rounds_get_there_as_arriving_is_left_alone(sentence: str) -> None:
    assert [f for f in check(f"Dear Adaeze,\n\n{sentence}") if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "It was a real complement to your team that the orders keep coming back.",
    "It's a great complement to the whole crew that every delivery left on time.",
    "It is a complement to you that the volunteers stayed all season.",
])
def test_praise_said_with_it_and_that_is_a_compliment(sentence: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        ("complement", "compliment")]


@pytest.mark.parametrize("sentence", [
    "It is a fine complement to the wine that you poured.",
    "It was a real complement to the menu that the kitchen serves.",
    "The new press was a real complement to your team that summer.",
    "It was a real compliment to your team that the orders keep coming back.",
])
def test_a_complement_that_goes_with_a_thing_stays_correct(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "slip", "right"), [
    ("The fish keep better in the cellar then on the quay in summer.", "then", "than"),
    ("It is exactly what the buyers want to here, and we can show it.", "here", "hear"),
    ("I was hoping to here back before the holidays.", "here", "hear"),
])
def test_then_before_a_second_place_and_here_after_wanting_are_slips(
        sentence: str, slip: str, right: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        (slip, right)]


@pytest.mark.parametrize("sentence", [
    "The orders grew faster from then on the new site.",
    "We packed more crates, then on Friday the truck came.",
    "It went much better then on.",
    "They want to come here again next spring.",
])
def test_then_on_and_here_in_their_own_places_stay_correct(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


@pytest.mark.parametrize("sentence", [
    "I haven't herd back from the site office yet.",
    "We hadn't herd about the new kiln until Monday.",
    "I've herd good things about the night shift.",
    "They have not herd from the supplier since May.",
])
def test_herd_after_a_negated_or_contracted_have_is_heard(sentence: str) -> None:
    assert [(f.text, f.suggestion) for f in check(sentence) if f.type == "misspelling"] == [
        ("herd", "heard")]


@pytest.mark.parametrize("sentence", [
    "We haven't a herd of our own, so we rent the grazing.",
    "I've kept a herd of goats since school.",
    "They did not herd the sheep back until dark.",
])
def test_a_herd_of_animals_stays_correct(sentence: str) -> None:
    assert [f.text for f in check(sentence) if f.type == "misspelling"] == []


def test_there_after_of_before_a_noun_phrase_is_their() -> None:
    text = "I liked the clips of there pressing game from the last match."
    assert [(f.text, f.suggestion) for f in of_type(check(text), "misspelling")] == [
        ("there", "their")]


@pytest.mark.parametrize("text", [
    "We got out of there quickly and drove home.",
    "The campsite just north of there was quieter.",
    "Most of there is farmland now.",
])
def test_there_after_of_as_a_place_passes(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize("text", [
    "A short brochure with the principle dishes and their origins would help.",
    "Rail is still the principle means of moving grain here.",
])
def test_principle_before_a_plural_that_ends_a_pair_is_principal(text: str) -> None:
    assert [(f.text, f.suggestion) for f in of_type(check(text), "misspelling")] == [
        ("principle", "principal")]


@pytest.mark.parametrize("text", [
    "The principle holds and we apply it to every order.",
    "The principle applies to every shift.",
    "I agree with the principle of least privilege.",
])
def test_principle_before_a_verb_or_of_stays_principle(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize("text, slip, right", [
    ("I would like to see the brewery sight before we agree on the plan.", "sight", "site"),
    ("Safety checks on a construction sight took most of my mornings.", "sight", "site"),
    ("The new owners want to breathe fresh live into the old mill.", "live", "life"),
    ("Your plan could bring live back to the harbour town.", "live", "life"),
])
def test_sight_after_a_place_of_work_and_live_after_bring_are_slips(
        text: str, slip: str, right: str) -> None:
    assert [(f.text, f.suggestion) for f in of_type(check(text), "misspelling")] == [
        (slip, right)]


@pytest.mark.parametrize("text", [
    "The harbour at dawn was a welcome sight after the long drive.",
    "We lost sight of the schedule once the rain started.",
    "They bring live music to the square every Friday.",
    "Fans could watch it live on the festival stream.",
])
def test_sight_and_live_in_their_own_sense_pass(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The buyers loved there bright labels from the first week.", "there", "their"),
    ("I admired the breath of your collection of kites.", "breath", "breadth"),
    ("The breath and depth of the menu surprised me.", "breath", "breadth"),
])
def test_there_after_liking_and_breath_of_a_range(sentence: str, wrong: str,
                                                   right: str) -> None:
    found = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in found] == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "We liked it there very much.",
    "We enjoyed there a long lunch by the river.",
    "The walkers loved there because of the view.",
    "I took a deep breath of their mountain air.",
    "She held the breath of her life for the final note.",
])
def test_a_place_after_liking_and_a_breath_taken_pass(sentence: str) -> None:
    found = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert found == []


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("With tracking we only loose a parcel when the label is torn.", "loose", "lose"),
    ("They often loose the receipts after a busy weekend.", "loose", "lose"),
    ("The riders should know there route before the first stop.", "there", "their"),
    ("The parents knew there children were safe in the group.", "there", "their"),
    ("In the dry months the hives loose weight fast.", "loose", "lose"),
    ("I will not order anything knew until the old stock is sold.", "knew", "new"),
])
def test_loose_after_a_subject_and_there_after_knowing(sentence: str, wrong: str,
                                                       right: str) -> None:
    found = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in found] == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "We cut the dogs loose a mile from the farm.",
    "The handle came loose the second week.",
    "I knew there would be questions about the budget.",
    "We know there is a queue, so we book early.",
    "The riders know there already, from last summer.",
    "I know there, in the valley, the signal is weak.",
    "The loose weight plates rolled across the gym floor.",
    "She asked about anything I knew of the old mill.",
])
def test_loose_as_an_adjective_and_there_of_being_pass(sentence: str) -> None:
    found = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert found == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("I liked how quite the library was at night.", [("quite", "quiet")]),
    ("It surprised me how quite it was on the shop floor.", [("quite", "quiet")]),
    # the degree word before its own phrase, and the right word, are left alone
    ("It is striking how quite a few people still write by hand.", []),
    ("I saw how quite the opposite was true.", []),
    ("I know how quiet the room must be.", []),
])
def test_quite_after_how_before_what_is_described_is_quiet(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I understand that there budget for new kilns is tight.", [("there", "their")]),
    ("I learned that the kilns are old and that there budget for new ones is tight.",
     [("there", "their")]),
    # "there" as the clause's subject, before a verb, a modal, an adverb or a comma
    ("I heard that there will be a second round.", []),
    ("I read that there often is a queue at the gate.", []),
    ("I understand that there, unlike here, the kilns run on gas.", []),
    ("We discussed this and that there in the yard.", []),
])
def test_there_opening_a_that_clause_before_a_noun_is_their(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I admired the breath of the catalogue you stock, from rope to rigging.",
     [("breath", "breadth")]),
    ("The breath of the gap sets how much light gets in.", [("breath", "breadth")]),
    # a breath that is breathed, and the right word, are left alone
    ("I could smell the coffee on the breath of the driver.", []),
    ("The walk by the harbour was a breath of fresh air.", []),
    ("I admired the breadth of the catalogue you stock.", []),
])
def test_breath_of_a_range_or_an_opening_is_breadth(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The lathe has to stay perfectly stationery while the glue sets.",
     [("stationery", "stationary")]),
    ("I trained on a stationery bike all winter.", [("stationery", "stationary")]),
    ("Our shop took the stationary orders for the whole school.",
     [("stationary", "stationery")]),
    # the writing paper, and the right word, are left alone
    ("I ordered the stationery for the office every month.", []),
    ("The stationery was delivered on Friday.", []),
    ("The lathe has to stay perfectly stationary while the glue sets.", []),
])
def test_stationery_that_stays_still_is_stationary(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Late invoices have to be raised in a discrete way with long-standing tenants.",
     [("discrete", "discreet")]),
    ("With patients' records I am always discrete.", [("discrete", "discreet")]),
    ("The front desk needs someone polite and discrete.", [("discrete", "discreet")]),
    ("I will be discrete about the move until it is announced.", [("discrete", "discreet")]),
    # separate things, and the right word, are left alone
    ("The survey is split into discrete steps that each take a week.", []),
    ("The readings are discrete, one every ten minutes.", []),
    ("I will be discreet about the move until it is announced.", []),
])
def test_discrete_of_a_person_or_a_manner_is_discreet(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The finish on that cabinet is a real complement to your patience.",
     [("complement", "compliment")]),
    # what goes well with a gift, and the right word, are left alone
    ("My bookkeeping would be a real complement to your skill in sales.", []),
    ("A night course would be a real complement to your skill set.", []),
    ("The finish on that cabinet is a real compliment to your patience.", []),
])
def test_a_complement_to_a_persons_gift_is_a_compliment(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I keep wondering how the damp basement effects the old prints.", [("effects", "affects")]),
    ("We talked about how the new dust limits effect the whole sanding line.",
     [("effect", "affect")]),
    # the noun with its own modifier, and the right word, are left alone
    ("I asked how the side effects the nurses logged were followed up.", []),
    ("I keep wondering how the damp basement affects the old prints.", []),
])
def test_effect_as_the_verb_of_a_how_clause_is_affect(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The grooms learn to spot the early sings of colic.", [("sings", "signs")]),
    ("The hull showed sings of rust along the keel.", [("sings", "signs")]),
    ("I can come in on Thursday if it suites you.", [("suites", "suits")]),
    ("I liked hearing about the dying of the linen before it is woven.",
     [("dying", "dyeing")]),
    ("The leek test on every valve takes ten minutes.", [("leek", "leak")]),
    ("In the village the week internet made video calls hard.", [("week", "weak")]),
    ("A flight of three whiskies does more for their pallet than any leaflet.",
     [("pallet", "palate")]),
    # each word in its own sense is left alone
    ("The choir sings at the harvest fair.", []),
    ("The suites you booked for the trainers face the sea.", []),
    ("The book is about the dying of the wool trade in the valley.", []),
    ("The leek soup was the best thing on the menu.", []),
    ("We shipped the wine cases stacked on their pallet.", []),
    ("The wine cases went for their pallet count at noon.", []),
])
def test_signs_suits_dyeing_leak_weak_and_palate_in_their_contexts(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("We checked the emergency breaks on the hoist every morning.", [("breaks", "brakes")]),
    ("Our ewes are bread to graze the high pasture.", [("bread", "bred")]),
    ("The pups were selectively bread for temperament.", [("bread", "bred")]),
    # a pause in service and the food are left alone
    ("There were two service breaks on the network last winter.", []),
    ("Lunch was bread for everyone who stayed late.", []),
    ("The bread was baked before dawn.", []),
])
def test_a_brake_on_a_machine_and_an_animal_bred_to_a_purpose(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Both our trailers past the roadworthiness inspection on the first try.",
     [("past", "passed")]),
    ("We past the hygiene audit without a single note.", [("past", "passed")]),
    # going past a place, a time past it, and the right word are left alone
    ("We walked past the inspection bay on the way in.", []),
    ("It was two hours past the audit, and nobody had called.", []),
    ("The road goes past the test track.", []),
    ("We passed the hygiene audit without a single note.", []),
])
def test_past_after_the_subject_of_a_test_gone_through_is_passed(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("At the depot he lead the night crew for two years.", [("lead", "led")]),
    ("The launch was postponed do to the storm.", [("do", "due")]),
    ("Whether we rent or buy is a mute point until the grant comes.", [("mute", "moot")]),
    # the bare form after a verb of asking or in a question, "do to" as a verb, and the
    # present tense are left alone
    ("I suggested she lead the handover meeting.", []),
    ("Did he lead the night crew?", []),
    ("I know what the frost can do to the young vines.", []),
    ("We lead the region in on-time deliveries.", []),
    ("The launch was postponed due to the storm.", []),
])
def test_led_after_he_or_she_due_to_a_cause_and_a_moot_point(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The apprenticeship fits my carrier goals in joinery.", [("carrier", "career")]),
    ("I will fallow up with the sample boards on Friday.", [("fallow", "follow")]),
    ("I am a quick leaner on any new till system.", [("leaner", "learner")]),
    ("I look forward to meting you again at the open day.", [("meting", "meeting")]),
    ("The lose of the bakery contract was hard on the crew.", [("lose", "loss")]),
    ("I liked the care taken in you're kitchen.", [("you're", "your")]),
    # the right words, and the same spellings in their own sense, are left alone
    ("My carrier switched the phone plan last month.", []),
    ("The north field lies fallow this year.", []),
    ("We ran a leaner kitchen after the refit.", []),
    ("The court was meting out fines all morning.", []),
    ("We did not want to lose the bakery contract.", []),
    ("I look forward to meeting you again at the open day.", []),
])
def test_one_letter_slips_in_the_set_phrases_of_a_job_search(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("We chatted over tea in the brake between the two interviews.", [("brake", "break")]),
    ("In my last post I was often board by the quiet afternoons.", [("board", "bored")]),
    ("Thank you for excepting my late application.", [("excepting", "accepting")]),
    ("The whole visit past so quickly.", [("past", "passed")]),
    ("The long drive north was worth the weight.", [("weight", "wait")]),
    ("I wood love to see the kilns again.", [("wood", "would")]),
    ("Thank you for the complementary lunch after the tour.",
     [("complementary", "complimentary")]),
    ("I look forward to hearing weather the panel has decided.", [("weather", "whether")]),
    ("The old foreman liked me, he new my work better than anyone.", [("new", "knew")]),
    ("The new foreman knew my work better than anyone.", []),
    # the same words in their own sense are left alone
    ("The brake between the two wheels needed new pads.", []),
    ("I was board secretary for two years.", []),
    ("Everyone came, excepting the night crew.", []),
    ("We drove past the depot on the way.", []),
    ("The crate was worth the weight of the postage.", []),
    ("The oak wood was dried for a year.", []),
    ("Our skills are complementary, which suits a small team.", []),
])
def test_the_thirty_second_rounds_one_word_slips_in_their_frames(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Nothing from the bakery run goes to waist.", [("waist", "waste")]),
    ("Last spring I took a coarse in food hygiene.", [("coarse", "course")]),
    ("The apprentices learned a hole lot on the night shift.", [("hole", "whole")]),
    ("On the ward I was always conscience of the time.", [("conscience", "conscious")]),
    ("We went back and fourth on the layout.", [("fourth", "forth")]),
    ("The old depot will seize to exist next year.", [("seize", "cease")]),
    ("The open day was a grate opportunity to meet the crew.", [("grate", "great")]),
    ("Your notes on the layout were very inciteful.", [("inciteful", "insightful")]),
    # the same words in their own sense are left alone
    ("The trousers were taken in at the waist.", []),
    ("The sand is coarse in places along the shore.", []),
    ("We dug a hole for the new post.", []),
    ("She said it weighed on her conscience for weeks.", []),
    ("Our relay team came fourth in the league.", []),
    ("The police may seize the goods at the border.", []),
    ("We cleaned the grate in the old fireplace.", []),
])
def test_the_thirty_second_rounds_fourth_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Thank you for the hour out of you busy week.", [("you", "your")]),
    ("My years on the tills make me a natural much for the shop.", [("much", "match")]),
    ("I enjoyed meeting the rest of the teem at lunch.", [("teem", "team")]),
    # the same words in their own sense are left alone
    ("I know you busy people have little time.", []),
    ("We did not have much for the stall this week.", []),
    ("In spring the rock pools teem with life.", []),
])
def test_your_busy_week_a_good_match_and_the_team(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Buyers from the north order other models then the ones we stock.", [("then", "than")]),
    ("Our shifts run longer in other plants then in ours.", [("then", "than")]),
    ("She keeps a 2nd Class stationery engineer ticket.", [("stationery", "stationary")]),
    ("He worked on the stationery boilers for ten years.", [("stationery", "stationary")]),
    # the same words in their own sense are left alone
    ("We toured the other plants, then the offices.", []),
    ("We checked the other crates then went home.", []),
    ("The engineers ordered new stationery for the site office.", []),
])
def test_the_thirty_third_rounds_comparison_and_stationary_engineer(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The morale of the story is to check the valves first.", [("morale", "moral")]),
    ("We could not of finished the refit without the riggers.", [("of", "have")]),
    ("I am ready for the nest step of the process.", [("nest", "next")]),
    ("I am loathe to leave my crew mid-season.", [("loathe", "loath")]),
    ("I can already sea myself on the night crew.", [("sea", "see")]),
    ("I red the safety manual on the train.", [("red", "read")]),
    ("After the move I through myself into the new rota.", [("through", "threw")]),
    ("Thank you for the tour of the sight on Tuesday.", [("sight", "site")]),
    ("The varnish came out slightly to dark on the first panel.", [("to", "too")]),
    ("We kept the kiln firing threw the whole winter.", [("threw", "through")]),
    ("After ten years on the tills I no the stock by heart.", [("no", "know")]),
    ("I will post the signed forms buy Friday.", [("buy", "by")]),
    ("The apprenticeship thought me a lot about patience.", [("thought", "taught")]),
    ("I preformed the weekly checks on both lifts.", [("preformed", "performed")]),
    ("Thank you again, and have a good weak.", [("weak", "week")]),
    ("The day gave me a good since of the work.", [("since", "sense")]),
    ("The early shift suites me well.", [("suites", "suits")]),
    ("I was struck by the moral of your crew.", [("moral", "morale")]),
    # the same words in their own sense are left alone
    ("The morale of the crew rose after the refit.", []),
    ("A bird had built its nest above the loading bay.", []),
    ("We loathe the paperwork, as every crew does.", []),
    ("The label sat slightly to the left of the seal.", []),
    ("He threw the rope to the deckhand.", []),
    ("I no longer work nights.", []),
    ("We buy Friday's catch straight off the boat.", []),
    ("They thought me a fool for asking.", []),
    ("The preformed tubes came on Monday.", []),
    ("The suites you booked for the panel were lovely.", []),
    ("The moral of the story was clear to all.", []),
])
def test_the_thirty_third_rounds_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Thank you for showing me around the sight on Monday.", [("sight", "site")]),
    ("I would give my best from day won.", [("won", "one")]),
    ("I was lead to believe the post was part-time.", [("lead", "led")]),
    ("The tour was cut short buy the rain.", [("buy", "by")]),
    ("The whole crew made me feel at easy.", [("easy", "ease")]),
    ("Last year I completed the forklift coarse.", [("coarse", "course")]),
    ("I loved the feel of the workshop the moment I got their.", [("their", "there")]),
    ("We talked through the principals behind the new rota.", [("principals", "principles")]),
    # the same words in their own sense are left alone
    ("We walked around the sight of the old cranes.", []),
    ("We won on day two of the contest.", []),
    ("The lead was sent to the scrap bin.", []),
    ("We were able to buy the tools in bulk.", []),
    ("We took the coarse sand to the yard.", []),
    ("I asked them about their plans.", []),
    ("The principals behind the desk smiled at us.", []),
])
def test_the_thirty_third_rounds_second_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Thank you and your crew for your hospitably on Friday.", [("hospitably", "hospitality")]),
    ("The first shift was quit long but I enjoyed it.", [("quit", "quite")]),
    ("I adopt quickly to new machines and rotas.", [("adopt", "adapt")]),
    ("The night crew was very well lead.", [("lead", "led")]),
    ("My uncle has been working their since the mill opened.", [("their", "there")]),
    ("I am curious about weather the post includes nights.", [("weather", "whether")]),
    ("I am excepting a call from my referee this week.", [("excepting", "expecting")]),
    ("Please fine attached my forklift licence.", [("fine", "find")]),
    ("I can come in at your earliest convince.", [("convince", "convenience")]),
    ("It was a treat to get a sneak peak behind the counter.", [("peak", "peek")]),
    # the same words in their own sense are left alone
    ("The family received us hospitably.", []),
    ("He quit his job at the docks last year.", []),
    ("We adopted the new rota in June.", []),
    ("The old lead pipes were replaced.", []),
    ("We visited their new depot.", []),
    ("I was always interested in weather forecasting.", []),
    ("Everyone came, excepting the night crew.", []),
    ("It is hard to convince people to change.", []),
    ("Our orders peak in July and we expect them to peak at forty.", []),
])
def test_the_thirty_third_rounds_third_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I am sorry for any inconvenience cause.", [("cause", "caused")]),
    ("I held a similar roll at a bakery in Leeds.", [("roll", "role")]),
    ("I could feel the good moral on the shop floor.", [("moral", "morale")]),
    ("I am eager too start on the night crew.", [("too", "to")]),
    ("The new starters need to be thought the basics first.", [("thought", "taught")]),
    ("Thank you for making the time to meat me.", [("meat", "meet")]),
    # the same words in their own sense are left alone
    ("We bought a new roll of tape for the boxes.", []),
    ("The moral on the last page was clear.", []),
    ("I'm happy too, to be honest.", []),
    ("It was thought the plan would fail.", []),
    ("The storm will cause delays on the coast road.", []),
])
def test_the_thirty_third_rounds_fourth_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # practise after "a"/"an"/"each"/"every" and one more word is the noun
    ("We could start with a simple practise for logging each return.",
     [("practise", "practice")]),
    ("It became an agreed practise on the night shift.", [("practise", "practice")]),
    # the breadth of a caseload, of conditions, of sectors
    ("The breath of conditions your clinic treats surprised me.", [("breath", "breadth")]),
    ("I liked the breath of sectors your firm advises.", [("breath", "breadth")]),
    # their before an adjective of size, newness or season and its noun
    ("I saw how the growers bring in there huge autumn harvests.", [("there", "their")]),
    ("The stockists sent us there latest price lists.", [("there", "their")]),
    # the same words in their own sense are left alone
    ("Every day practise your scales before the shop opens.", []),
    ("A few practise on the range after work.", []),
    ("A nurse can practise in any ward of the hospital.", []),
    ("The breath of the runner was ragged at the finish.", []),
    ("Are there big changes planned for the warehouse?", []),
    ("Out there large firms are hiring again.", []),
    ("I went there weekly for two years.", []),
    ("Is there regular overtime in the summer months?", []),
])
def test_the_thirty_fourth_rounds_practice_breadth_and_their(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I saw the new sorter witch we had only read about.", [("witch", "which")]),
    ("The crew made me welcome and I settled in write away.", [("write", "right")]),
    ("I am used too lifting heavy crates.", [("too", "to")]),
    ("My last manager praised my work ethnic.", [("ethnic", "ethic")]),
    ("I should of mentioned my forklift ticket.", [("of", "have")]),
    ("I have never scene a cold store run so smoothly.", [("scene", "seen")]),
    ("I am following up on are conversation from Monday.", [("are", "our")]),
    ("I would love to peruse a career in conservation.", [("peruse", "pursue")]),
    ("Thank you for giving me the change to show my welding.", [("change", "chance")]),
    ("I am still very keen on the warehouse supervisor roll.", [("roll", "role")]),
    ("Then you for showing me round the depot.", [("Then", "Thank")]),
    ("I am looking foreword to your decision.", [("foreword", "forward")]),
    ("I can send my references bye Thursday.", [("bye", "by")]),
    ("I could cover the shifts weather at weekends or nights.", [("weather", "whether")]),
    ("Joining your kitchen would be a dream come through.", [("through", "true")]),
    ("I stay calm when service gets really though.", [("though", "tough")]),
    # the same words in their own sense are left alone
    ("The wicked witch I played at school had a green face.", []),
    ("I will write away for the safety manual.", []),
    ("We served the ethnic minority communities of the borough.", []),
    ("I would of course bring my boots.", []),
    ("The scene was set for a busy Christmas.", []),
    ("I would like to peruse the staff handbook first.", []),
    ("We talked about the change to the night rota.", []),
    ("The bakery sells a sausage roll and a bread roll.", []),
    ("I finished the pallets, then you for a while.", []),
    ("The foreword to the manual was short.", []),
    ("I said bye Friday afternoon to the crew.", []),
    ("The weather in March or April can turn quickly.", []),
    ("It got busy though.", []),
])
def test_the_thirty_fourth_rounds_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I was struck by how calm the hole kitchen stayed.", [("hole", "whole")]),
    ("The packing crew are a close nit group.", [("nit", "knit")]),
    ("I enjoy a fast paste shop floor.", [("paste", "paced")]),
    ("You explained clearly what the roll entails.", [("roll", "role")]),
    ("Please thank you and your colleges for the welcome.", [("colleges", "colleagues")]),
    ("I know I could build a career hear.", [("hear", "here")]),
    # the same words in their own sense are left alone
    ("The hole in the kitchen wall was patched.", []),
    ("Nobody likes to nit-pick a rota.", []),
    ("I fast paste the labels into the sheet.", []),
    ("The roll of tape ran out.", []),
    ("I studied at two of your colleges in the city.", []),
    ("It was so loud I could not hear.", []),
])
def test_the_thirty_fourth_rounds_second_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The new scanners could led to faster picking.", [("led", "lead")]),
    ("Thank you for the through induction on Monday.", [("through", "thorough")]),
    ("My supervisors say I am always through with paperwork.", [("through", "thorough")]),
    ("It would be great to join such a friendly teem.", [("teem", "team")]),
    ("I think I would be a natural feet for the bakery.", [("feet", "fit")]),
    ("I hope we can work together in the near feature.", [("feature", "future")]),
    ("I enjoyed the conservation with you about rotas.", [("conservation", "conversation")]),
    ("The new labelling looked very affective.", [("affective", "effective")]),
    ("The spare keys are kept in the top draw of the desk.", [("draw", "drawer")]),
    ("I like to brake down the tasks before a shift.", [("brake", "break")]),
    ("I can sent you the certificates tonight.", [("sent", "send")]),
    ("The bus was late and I nearly lost my weigh.", [("weigh", "way")]),
    # the same words in their own sense are left alone
    ("The scanners will be LED lit.", []),
    ("The through train stops at the depot.", []),
    ("The streams teem with trout in spring.", []),
    ("Dancers need good feet for the long shows.", []),
    ("The near feature on the chart is a reef.", []),
    ("Our conservation work on the marsh grew.", []),
    ("The cup final ended in a draw.", []),
    ("Drivers must brake down the steep hill.", []),
    ("The forms will be sent tonight.", []),
    ("I lost my weigh-in slip at the gym.", []),
])
def test_the_thirty_fourth_rounds_third_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I was so please to hear the bakery is expanding.", [("please", "pleased")]),
    ("I am ready to full fill the duties of a shift lead.", [("fill", "fulfil")]),
    ("New tills never worry me, I adopt quickly.", [("adopt", "adapt")]),
    ("The new canteen looked really grate.", [("grate", "great")]),
    ("I am planing to enrol on the HGV course.", [("planing", "planning")]),
    ("Thanks for the feedback, its greatly appreciated.", [("its", "it's")]),
    ("The rota seemed very fare to me.", [("fare", "fair")]),
    ("I was wandering whether you had reached a decision.", [("wandering", "wondering")]),
    ("It was generous off you to stay late.", [("off", "of")]),
    # the same words in their own sense are left alone
    ("We order a full fill each month.", []),
    ("We plan to adopt the new scanners soon.", []),
    ("The grate in the old bakery still works.", []),
    ("We spent the day planing to width.", []),
    ("The charity and its much loved shop.", []),
    ("The train fare was high.", []),
    ("We were wandering around the market.", []),
])
def test_the_thirty_fourth_rounds_fourth_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("I kept the tills balanced wile training two new starters.", [("wile", "while")]),
    ("The level of moral on the night crew was high.", [("moral", "morale")]),
    ("Let me know if you need anything else form me.", [("form", "from")]),
    ("I can be at the depot buy 6am on Monday.", [("buy", "by")]),
    ("I hope you all have a grate week.", [("grate", "great")]),
    ("The drivers are a tightly nit group.", [("nit", "knit")]),
    # the same words in their own sense are left alone
    ("We used to wile away the evenings by the river.", []),
    ("The level of moral courage it took was remarkable.", []),
    ("The trainers will form you into pairs.", []),
    ("We buy 6 crates of milk a day.", []),
    ("A grate fire heated the old office.", []),
])
def test_the_thirty_fourth_rounds_fifth_probe_of_common_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("As the principle pharmacist she signs off every batch.", [("principle", "principal")]),
    ("Our principle librarian showed me the archive.", [("principle", "principal")]),
    ("The lift has hydraulic breaks on both cars.", [("breaks", "brakes")]),
    ("The driver slammed on the breaks at the junction.", [("breaks", "brakes")]),
    ("I was deeply effected by the news from the site.", [("effected", "affected")]),
    ("The story of the rescue really effected me.", [("effected", "affected")]),
    ("The new manager effected a change in the rota.", []),
    ("It was a lovely complement to hear that the garden looked tidy.",
     [("complement", "compliment")]),
    ("I shadowed the engineer who lead the audit of the boilers.", [("lead", "led")]),
    ("Each driver has there routes planned a day ahead.", [("there", "their")]),
    ("We hosted a school group form Dunedin.", [("form", "from")]),
    ("Thanks for the visit of the drilling sight last week.", [("sight", "site")]),
    ("The tour of the stunning sight took an hour.", []),
    # the same words in their own sense are left alone
    ("The principle behind the design is simple.", []),
    ("The staff take two short breaks on every shift.", []),
    ("The merger was quickly effected by the new board.", []),
    ("The sauce is a fine complement to hearty dishes.", []),
    ("The nurses who lead the ward meet every morning.", []),
    ("Has there been any news about the rota?", []),
    ("Please sign the consent form Jane sent you.", []),
    ("I was used to busy weekends at the bar.", []),
    ("I was too busy to call.", []),
])
def test_the_thirty_fifth_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


def test_to_before_an_adjective_and_its_noun_is_the_preposition() -> None:
    letter = "Dear Dr. Okonkwo,\n\n{}\n\nBest,\nSiobhan"
    assert of_type(check(letter.format("I am used to busy weekends.")), "misspelling") == []
    [finding] = of_type(check(letter.format("I was to busy to reply.")), "misspelling")
    assert (finding.text, finding.suggestion) == ("to", "too")


# -- round 36 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "found"), [
    # their after a subordinating word, before a person or a group
    ("I will not start until there foreman signs the sheet.", [("there", "their")]),
    ("We can swap shifts if there own staff are short.", [("there", "their")]),
    ("Call me unless there is a problem with the van.", []),
    ("It was quiet because there were no deliveries.", []),
    # bridal: a wedding's, not a horse's
    ("The shop was busy with the bridle shower orders.", [("bridle", "bridal")]),
    ("We rode the bridle path behind the stables.", []),
    ("She hung the leather bridle on its hook.", []),
    # route: the way along which one goes
    ("The drivers learnt every stop on the northern coastal rout quickly.",
     [("rout", "route")]),
    ("We mapped a new delivery rout for the van.", [("rout", "route")]),
    ("The home side suffered a rout in the final.", []),
    ("The rout of the visitors was complete.", []),
    # loose: after a determiner, no verb
    ("I found a lose bolt on the guard rail.", [("lose", "loose")]),
    ("Tie up every lose end before the audit.", [("lose", "loose")]),
    ("Clients never want to lose money on a late order.", []),
    ("It was a lose-lose situation for the crew.", []),
    ("Nobody wanted to let her lose heart.", []),
])
def test_the_thirty_sixth_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


# -- round 37 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "found"), [
    # their: after a subordinating word, "there" before a noun and its verb
    ("We lose orders when there invoice is late.", [("there", "their")]),
    ("It helps because there workshop has a hoist.", [("there", "their")]),
    ("We lose orders when there is a late invoice.", []),
    ("We lose orders if there really is a delay.", []),
    ("If there ever was a busy week, it was this one.", []),
    # you're: "your" before a participle after a wish about the reader
    ("I hope your doing well.", [("your", "you're")]),
    ("I trust your keeping well after the move.", [("your", "you're")]),
    ("It was your doing that the launch went well.", []),
    # compliment: a remark meant or taken as praise
    ("I meant it as a complement when I praised the bar.", [("complement", "compliment")]),
    ("The wine works as a complement to the cheese.", []),
    ("We hired the new cook as a complement to the team.", []),
])
def test_the_thirty_seventh_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # breathe after a modal at a clause's end: the verb, not the noun
    ("I hope the new plaster can breath.", [("breath", "breathe")]),
    ("A breath of fresh air helps.", []),
    ("Can breath tests be trusted?", []),
    # whether, with a time said between the asking and the question
    ("We decide every morning weather the ferry sails.", [("weather", "whether")]),
    ("We weather every storm together.", []),
    # led, after "in my last/previous/former ..."
    ("In my previous job I lead the night crew.", [("lead", "led")]),
    ("In my new job I lead the night crew.", []),
])
def test_the_thirty_eighth_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


# Thirty-ninth round
def test_the_breath_of_an_abstract_noun_is_its_breadth() -> None:
    found = of_type(check("I admire the breath of electrical regulations your team covers."),
                    "misspelling")
    assert [(f.text, f.suggestion) for f in found] == [("breath", "breadth")]
    assert of_type(check("I needed the breath of spring air after the shift."),
                   "misspelling") == []


def test_lead_with_a_length_of_time_later_in_the_clause_is_led() -> None:
    found = of_type(check("I lead the packing line at a dairy for four years."), "misspelling")
    assert [(f.text, f.suggestion) for f in found] == [("lead", "led")]
    assert of_type(check("If I lead the packing line for four years, I will learn it all."),
                   "misspelling") == []
    assert of_type(check("I lead the packing line now."), "misspelling") == []


def test_there_after_a_verb_of_giving_and_its_receiver_before_a_noun_is_their() -> None:
    found = of_type(check("We send each guest there room key before dinner."), "misspelling")
    assert [(f.text, f.suggestion) for f in found] == [("there", "their")]
    # a place there, before an article or a time, is English
    assert of_type(check("We gave the crew there a lift home."), "misspelling") == []
    assert of_type(check("I sent the samples there last week for testing."), "misspelling") == []


# Fortieth round
@pytest.mark.parametrize(("sentence", "found"), [
    # "would rather" compares however long its first half is
    ("I would rather spend a whole extra hour with the old gauges on the bench then ship a "
     "faulty batch.", [("then", "than")]),
    ("I would rather spend a whole extra hour with the old gauges on the bench, and then ship "
     "the batch.", []),
    # breathe after a modal, before what is breathed or how
    ("Every welder should breath fresh air in the booth.", [("breath", "breathe")]),
    ("The police can breath test every driver.", []),
    # the principal of a field or an idea named by its ending is its principle
    ("We talked about the principal of modular robotics at length.",
     [("principal", "principle")]),
    ("I met the principal of Ridgeway Academy and the principal of the college.", []),
    # led, with "last season" or "last week" in the clause
    ("I lead the pruning crew on the estate last season.", [("lead", "led")]),
    ("I lead the pruning crew on the estate every season.", []),
    # their, after a past verb done to a thing and before a plural noun ending the clause
    ("The apprentices had sanded and varnished there benches.", [("there", "their")]),
    ("The apprentices had worked there years.", []),
    ("The apprentices had sanded the benches there.", []),
])
def test_the_fortieth_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


# Forty-first round
@pytest.mark.parametrize(("sentence", "found"), [
    # lose after a modal contracted onto its subject
    ("If the sign-off takes too long, they'll simply loose heart.", [("loose", "lose")]),
    ("If the bolts are not torqued, they'll soon come loose.", []),
    # their after a verb of seeing, before a plural noun
    ("Growers stay keen when they see there yields improve.", [("there", "their")]),
    ("Growers stay keen when they see there are yields to improve.", []),
    # interested ending a clause of the reader's wish
    ("I can send the full sketches if you are interesting.", [("interesting", "interested")]),
    ("I can send the full sketches if you find them interesting.", []),
    # stationery owned, ending its phrase
    ("I printed the summary on the museum's stationary, as you suggested.",
     [("stationary", "stationery")]),
    ("The museum's stationary cases keep the humidity steady.", []),
    ("Once the lift stops, it's stationary.", []),
])
def test_the_forty_first_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


# Forty-second round
@pytest.mark.parametrize(("sentence", "found"), [
    # effected before a question word: what is changed is affected
    ("The rota change really effected how often the night staff could rest.",
     [("effected", "affected")]),
    ("The rota change effected a shift in how often the night staff could rest.", []),
    ("Nothing changed in effect, how we rested stayed the same.", []),
    # ... after an adverb of degree, or before "the way"
    ("The longer rota hugely effected the morale of the night staff.",
     [("effected", "affected")]),
    ("The new rota effected the way the night staff rested.", [("effected", "affected")]),
    ("The new manager quickly effected the transfer of the night staff.", []),
    # the principal of a gerund in lower case is a principle
    ("I hold to the principal of never loading a pallet past its rating.",
     [("principal", "principle")]),
    ("I once met the principal of Reading School at a careers fair.", []),
    # there after a verb of seeing, before a singular noun that a preposition follows
    ("I would value a chance to watch there handover before the night shift.",
     [("there", "their")]),
    ("I would value a chance to see there were handovers before the night shift.", []),
    ("I went to the depot to see there myself before the night shift.", []),
    # weather after an asking verb and a clock time
    ("Every picker should know by 6:45 a.m. weather the orchard is open.",
     [("weather", "whether")]),
    ("We check at 6:45 a.m. weather reports for the orchard.", []),
    # it's after a verb of halving or trimming an amount
    ("The new press trimmed it's setup time by a third.", [("it's", "its")]),
    ("The new press trimmed, it's true, the setup time by a third.", []),
])
def test_the_forty_second_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # whether after a formal verb of asking: enquire, inquire, ascertain
    ("I am writing to enquire weather the apprenticeship has been filled.",
     [("weather", "whether")]),
    ("Could you ascertain weather the site visit is still on?", [("weather", "whether")]),
    ("I wanted to enquire about weather conditions on the ridge route.", []),
    ("The crew will inquire weather reports before every climb.", []),
    # breathe before an adverb of manner, after a modal or "to"
    ("The divers must breath slowly on the way up.", [("breath", "breathe")]),
    ("It was hard to breath normally in the old suits.", [("breath", "breathe")]),
    ("The divers must hold their breath slowly counting to ten.", []),
    ("A test could breath supply lines be checked weekly?", []),
    # brakes listed with another part of a vehicle's running gear
    ("Each morning I check the breaks and the steering on every van.",
     [("breaks", "brakes")]),
    ("I replaced the tyres and the breaks before the rally.", [("breaks", "brakes")]),
    ("Each morning I check the breaks and the rota for every crew.", []),
    # brake worked by hand or foot: applied, pumped, released, or used at a clause's end
    ("On the steep track, riders should pump the breaks and lean back.",
     [("breaks", "brakes")]),
    ("New cyclists must learn to use the break before they ride in traffic.",
     [("break", "brake")]),
    ("New staff should use the break before lunch to walk the floor.", []),
    ("We applied the break time rules to every shift.", []),
    ("I use the break and the quiet hour for reading.", []),
    # their after a verb of recording, before what the people do or own
    ("The nurses log there observations on the ward tablet.", [("there", "their")]),
    ("We recorded there every evening for a month.", []),
    ("Please check there are spare masks before you log there.", []),
    ("The team tracked there daily from the hide.", []),
])
def test_the_forty_third_rounds_classes_of_real_word_slips(
        sentence: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(f"Dear Dr. Okonkwo,\n\n{sentence}\n\nBest,\nSiobhan"), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found


@pytest.mark.parametrize("text", [
    "I could see your very proud of the new ward.",
    "It was obvious your so passionate about the archive.",
])
def test_your_before_a_degree_adverb_and_an_adjective_with_of_or_about(text: str) -> None:
    # Round 44: the reader described ("you're very proud of"), not something they own
    assert [(f.text, f.suggestion) for f in of_type(check(text), "misspelling")] == [
        ("your", "you're")]


@pytest.mark.parametrize("text", [
    "I enjoyed hearing your very own account of the move.",
    "Thank you for your very best wishes about the move.",
    "That was your very idea of a good handover.",
])
def test_your_very_before_what_the_reader_owns_passes(text: str) -> None:
    assert of_type(check(text), "misspelling") == []


@pytest.mark.parametrize(("text", "found"), [
    # "your very kind" before a noun is the possessive; a thank-you letter writes it often
    ("Thank you for your very kind words about my work.", []),
    ("I was touched by your so kind offer of a second visit.", []),
    ("Thank you for your very welcome advice on the portfolio.", []),
    # the adjective ending its phrase or taking its complement describes the reader
    ("Your very kind to give me so much of your time.", [("Your", "You're")]),
    ("Thank you, your so kind.", [("your", "you're")]),
    ("I think your very right about the migration plan.", [("your", "you're")]),
])
def test_your_very_kind_before_a_noun_is_the_possessive(
        text: str, found: list[tuple[str, str]]) -> None:
    findings = of_type(check(text), "misspelling")
    assert [(f.text, f.suggestion) for f in findings] == found
