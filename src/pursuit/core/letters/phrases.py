"""The sentences of a thank-you, in many wordings, so that the letters to one panel differ.

"Try to vary each a bit in case recipients compare notes." The proofreader flags two letters
of one round as near-duplicates when most of their words sit in sentences they share
(`core/proofread/siblings.py`). So each part of the letter (greeting, opening, topic, the
strength that answers it, second topic, what the person cares about, closing, sign-off) has
its own list of wordings, and a letter takes from each list the wording at
`(variant * step + offset) % size`. The lists have 7 to 11 entries, of different sizes
(opening 8, first topic 7, its strength 9, second topic 11, what they care about 10, closing
11, sign-off 8; "cares about" with no strength left to answer it, 5; the greeting word only
3, as few are usual), and the steps are prime to their sizes: the letters of a panel of up to
seven people differ in every part but the greeting (three in a row differ there too), and
in a bigger panel two letters share only the parts whose list size divides the difference of
their places, a few at most.

Each wording may use {role}, {employer}, {on_day} (" on Tuesday", or nothing), {topic} and
{Topic} (the topic with its article), {deed} (a strength, after "I"), {cares} and {Cares}.
"""

from __future__ import annotations

from dataclasses import dataclass

from pursuit.core.letters.grammar import upper_first

SUBJECTS = (
    "Thank you: {role} interview",
    "Thank you for your time{on_day}",
    "Our conversation about the {role} role",
    "Following up on our conversation{on_day}",
    "Thanks for meeting with me",
    "{role} interview: thank you",
    "Thank you for the conversation",
    "Great to speak with you{on_day}",
)
OPENINGS = (
    "Thank you for meeting with me{on_day} about the {role} position. I left our conversation "
    "even more interested in the role.",
    "I appreciated the time you set aside{on_day} to talk with me. It gave me a much clearer "
    "picture of how {employer} works day to day.",
    "Thank you for a thoughtful conversation{on_day}. It was a pleasure to learn more about "
    "what {employer} is building.",
    "Many thanks for speaking with me{on_day} about the {role} role. Our conversation made me "
    "more certain that this is the right next step for me.",
    "I wanted to thank you for your time{on_day} and for your candid answers to my questions. "
    "I came away with a real sense of what your team values.",
    "Thank you for taking part in my interview{on_day}. Hearing your side of the work was one "
    "of the highlights of the day for me.",
    "It was good to meet you{on_day}, and thank you for making time in what I know is a busy "
    "week. I am excited about the {role} position at {employer}.",
    "I am grateful for the conversation we had{on_day}. You gave me a lot to think about, and "
    "I am more enthusiastic about the role than before.",
)
FIRST_TOPICS = (
    "I especially enjoyed our discussion of {topic}.",
    "Our conversation about {topic} has stayed with me since.",
    "You asked about {topic}, which is exactly the kind of problem I enjoy working on.",
    "I found what you shared about {topic} genuinely interesting.",
    "Talking through {topic} with you was the most useful part of the day for me.",
    "I keep coming back to what you said about {topic}.",
    "It was a real pleasure to compare notes with you on {topic}.",
)
# A strength that answers the first topic, right after it.
TIES = (
    "It connects directly to my own experience: I {deed}.",
    "In my recent work I {deed}, and I see clear ways to apply that experience here.",
    "I {deed}, and I would be glad to bring the same approach to {employer}.",
    "It is close to what I have done before, since I {deed}.",
    "That is work I know well: I {deed}.",
    "My background fits here, because I {deed}.",
    "It reminded me of my own work, where I {deed}.",
    "I have taken on similar work before; most recently, I {deed}.",
    "I can build on that directly, since I {deed}.",
)
SECOND_TOPICS = (
    "I also appreciated hearing how your team thinks about {topic}.",
    "Our exchange on {topic} was just as valuable to me.",
    "I would be glad to go deeper into {topic} whenever it suits you.",
    "{Topic} came up as well, and I liked how practical your view was.",
    "I was glad we also found time for {topic}.",
    "Your questions about {topic} were the kind I most like to answer.",
    "The part of our talk about {topic} was just as interesting.",
    "We touched on {topic} too, and I would welcome the chance to continue that thread.",
    "Hearing your plans for {topic} was a welcome bonus.",
    "I also enjoyed the few minutes we spent on {topic}.",
    "Your perspective on {topic} added a lot to the picture.",
)
# What the person cares about, answered by one of the candidate's strengths.
CARES = (
    "You told me that you care about {cares}, and so do I: I {deed}.",
    "I noted how much you care about {cares}, a priority I share: I {deed}.",
    "Since you see {cares} as important, you may like to know that I {deed}.",
    "On {cares}, which you said you value, I can point to my own record: I {deed}.",
    "You mentioned {cares} as a priority, and it is one I share; I {deed}.",
    "What you said about {cares} struck a chord with me, because I {deed}.",
    "You spoke about {cares} with real conviction, and that is where I can help: I {deed}.",
    "I heard how much you value {cares}, and I have put it into practice: I {deed}.",
    "Your emphasis on {cares} matches my own priorities; for example, I {deed}.",
    "You made a strong case for {cares}, and I can back it with experience: I {deed}.",
)
# The same, when no strength is left to answer it.
CARES_ALONE = (
    "You told me that you care about {cares}, and I share that priority.",
    "I noted how much you value {cares}; it is close to how I like to work.",
    "What you said about {cares} is something I will keep in mind.",
    "Your emphasis on {cares} matches my own priorities.",
    "I appreciated hearing why you care about {cares}.",
)
# A strength when nothing in the debrief calls for a particular one.
SPARES = (
    "One thing I would bring to the role: I {deed}.",
    "I would bring solid experience to your team; for instance, I {deed}.",
    "As a recent example of my work, I {deed}.",
    "I believe my background would serve the team well: I {deed}.",
    "My recent work is a good fit for the role, since I {deed}.",
    "To give one example of what I would bring, I {deed}.",
    "I would be glad to bring what I have learned to {employer}; most recently, I {deed}.",
)
CLOSINGS = (
    "Please let me know if I can send anything else that would help. I look forward to "
    "hearing about the next steps.",
    "If any questions came up after we spoke, I would be happy to answer them.",
    "I hope we can continue the conversation soon.",
    "If there is anything more you need from me, I am glad to provide it.",
    "I look forward to the next stage of the process, and I remain very interested in the "
    "role.",
    "Should it help your decision, I can share examples of my work or the names of "
    "references.",
    "I enjoyed our conversation and hope to speak with you again before long.",
    "I am keen to hear what comes next, and happy to provide anything that would help in the "
    "meantime.",
    "Thank you again for your time and for a warm welcome.",
    "I would be delighted to continue our discussion whenever it is convenient for you.",
    "Thank you for considering me; I hope we stay in touch whatever comes next.",
)
# The word before the person's name: a panel's letters open differently too. All three
# are usual in a thank-you after an interview, with a first name or with "Dr. Okonkwo".
GREETINGS = ("Dear", "Hello", "Hi")
SIGN_OFFS = ("Best regards", "Kind regards", "With thanks", "Warm regards", "Many thanks",
             "All the best", "Best wishes", "Sincerely")

# (step, offset) per list: every step is prime to its list's size.
_STEPS: dict[str, tuple[int, int]] = {
    "subject": (3, 0), "opening": (3, 0), "first_topic": (3, 0), "tie": (5, 0),
    "second_topic": (3, 1), "cares": (3, 0), "cares_alone": (2, 0), "spare": (3, 0),
    "closing": (4, 0), "sign_off": (5, 0), "greeting": (1, 0),
}


def pick(options: tuple[str, ...], variant: int, part: str) -> str:
    """The wording of `part` for the letter at place `variant` of its panel."""
    step, offset = _STEPS.get(part, (1, 0))
    return options[(variant * step + offset) % len(options)]


@dataclass(frozen=True, slots=True)
class Talk:
    """What one letter can say about the conversation. `topics` are noun phrases with their
    articles (one or two); `tie` answers the first topic, `cares_deed` what the person cares
    about, `spare` stands in when neither exists (each a strength as it follows "I")."""

    employer: str
    role: str
    weekday: str = ""
    topics: tuple[str, ...] = ()
    tie: str = ""
    cares: str = ""
    cares_deed: str = ""
    spare: str = ""


def _fill(wording: str, talk: Talk, **extra: str) -> str:
    topic = extra.pop("topic", "")
    fields = {"role": talk.role, "employer": talk.employer,
              "on_day": f" on {talk.weekday}" if talk.weekday else "",
              "topic": topic, "Topic": upper_first(topic), "cares": talk.cares,
              "Cares": upper_first(talk.cares), **extra}
    return wording.format(**fields)


def thank_you_lines(talk: Talk, variant: int) -> dict[str, object]:
    """The sentences of one thank-you: `subject`, `opening`, `topics` (a sentence for each of
    at most two topics, the first followed by the strength that answers it), `cares`, `spare`,
    `closing`, `greeting` (the word before the name) and `sign_off`; a part with nothing to
    stand on is empty."""
    topics: list[str] = []
    if talk.topics:
        first = _fill(pick(FIRST_TOPICS, variant, "first_topic"), talk, topic=talk.topics[0])
        if talk.tie:
            first += " " + _fill(pick(TIES, variant, "tie"), talk, deed=talk.tie)
        topics.append(first)
    if len(talk.topics) > 1:
        topics.append(_fill(pick(SECOND_TOPICS, variant, "second_topic"), talk,
                            topic=talk.topics[1]))
    cares = ""
    if talk.cares and talk.cares_deed:
        cares = _fill(pick(CARES, variant, "cares"), talk, deed=talk.cares_deed)
    elif talk.cares:
        cares = _fill(pick(CARES_ALONE, variant, "cares_alone"), talk)
    spare = _fill(pick(SPARES, variant, "spare"), talk, deed=talk.spare) \
        if talk.spare and not talk.tie and not talk.cares_deed else ""
    return {
        "subject": _fill(pick(SUBJECTS, variant, "subject"), talk),
        "opening": _fill(pick(OPENINGS, variant, "opening"), talk),
        "topics": topics, "cares": cares, "spare": spare,
        "closing": _fill(pick(CLOSINGS, variant, "closing"), talk),
        "greeting": pick(GREETINGS, variant, "greeting"),
        "sign_off": pick(SIGN_OFFS, variant, "sign_off"),
    }
