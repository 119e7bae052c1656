"""Real-word errors weighed by word-pair counts: "about a weak since", "the principle risk".

The hand-written patterns of realwords.py catch the contexts someone thought of; each round of
new letters brought contexts nobody had. This check needs no pattern: for a word of a
confusion set (confusables.txt) it asks which member of the set its two neighbours go with, in
the counts of a large corpus (collocations.tsv: the Google Books Ngram counts that SymSpell
ships, cut down to the pairs holding a confusable word; scripts/build_collocations.py).

The score of a candidate c between the words L and R is the noisy-channel estimate

    n(c) * P(L before c) * P(R after c) = n(L c) * n(c R) / n(c)

where a pair missing from the table (it holds only the commonest 243,342 pairs) counts as half
the smallest pair it holds. The written word is reported only when another member of its set
scores far higher (RATIO) *and* the written word is seen with neither neighbour: a word the
corpus has seen in its place is left alone, however much likelier another one is, since a
false alarm on a correct letter costs more than a missed slip.

A neighbour across punctuation, a line break between paragraphs or a capitalised word in
mid-sentence (a name, a title: "Tech Lead", "Site Manager") gives no evidence, and a
capitalised confusable word in mid-sentence is not judged at all.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from pursuit.core.proofread.letter import Letter
from pursuit.core.proofread.model import Finding
from pursuit.core.proofread.tokens import Token, overlaps

HERE = Path(__file__).resolve().parent
# How many times likelier the other word must be. Chosen on the tuning letters (corpus, DEV
# half, batches 2 to 6) as the lowest ratio that raised no false alarm there.
RATIO = 30.0
# How many times likelier than chance a neighbour must go with the other word to count as
# evidence for it (see Collocations.chance).
LIFT = 2.0
# The pair counts run about 45 times the word counts (measured on the commonest words, whose
# listed pairs add up to nearly all their uses): a word count is put on the pairs' scale.
SCALE = 45.0
# Only these characters may stand between a word and its neighbour: a space, or one line
# break of a hard-wrapped paragraph.
_JOIN = frozenset(" \t\n")
# Words after which "there" is a place that may open a sentence with no comma after it ("From
# there customers book online"). Pairs cannot see the sentence's shape, so these are excepted.
_THERE_AS_PLACE = frozenset({"from", "to", "over", "out", "back", "get", "up", "down", "in",
                             "around", "near", "through", "since", "then", "while"})


class Collocations:
    """Word and pair counts, and the confusion sets they decide between."""

    def __init__(self, counts: dict[str, int], sets: list[tuple[str, ...]],
                 spelled: dict[str, list[tuple[str, str]]] | None = None) -> None:
        self.counts = counts
        self.total = counts.pop("<total>", 0) or sum(n for k, n in counts.items() if " " not in k)
        self.unseen = min((n for key, n in counts.items() if " " in key), default=2) / 2
        # contraction -> its two words: the table splits none ("it's" is "it" then "is")
        self.spelled = spelled or {}
        self.sets: dict[str, tuple[str, ...]] = {}
        for members in sets:
            for word in members:
                self.sets[word] = tuple(dict.fromkeys(self.sets.get(word, ()) + members))

    def pair(self, first: str, second: str) -> float:
        return self.counts.get(f"{first} {second}", 0)

    def readings(self, word: str) -> list[tuple[str, str]]:
        """The words a contraction stands for ("it's": it is, it has); a word stands for
        itself."""
        return self.spelled.get(word) or [(word, word)]

    def before(self, left: str, word: str) -> float:
        """n(left word): for a contraction, what stands before its first word."""
        return max(self.pair(left, first) for first, _ in self.readings(word))

    def after(self, word: str, right: str) -> float:
        return max(self.pair(second, right) for _, second in self.readings(word))

    def follows(self, word: str, neighbour: str, pair: float) -> float:
        """P(neighbour next to word). A pair the table lacks is rarer than its rarest pair,
        and no commoner than the neighbour's own frequency: a rare word ("weak") has few
        pairs listed, and would otherwise be free to stand anywhere."""
        total = self.counts.get(word, 0) * SCALE
        if pair:
            return pair / total
        return min(self.unseen / total, self.counts.get(neighbour, 1) / self.total)

    def score(self, word: str, left: str | None, right: str | None) -> float:
        """log of n(c) * P(L before c) * P(R after c), the best of a contraction's readings;
        a missing neighbour adds nothing."""
        best = -math.inf
        for first, second in self.readings(word):
            count = self.pair(first, second) / SCALE if word in self.spelled else \
                self.counts.get(word, 0)
            if not count or not self.counts.get(first) or not self.counts.get(second):
                continue
            score = math.log(count)
            if left:
                score += math.log(self.follows(first, left, self.pair(left, first)))
            if right:
                score += math.log(self.follows(second, right, self.pair(second, right)))
            best = max(best, score)
        return best

    def attested(self, other: str, word: str, left: str | None, right: str | None) -> bool:
        """Whether some neighbour is seen with `other` and never with the written `word`: the
        evidence against the word is a pair the corpus has, not only a difference of
        frequencies ("the intake form the state shared": "form the" is common too)."""
        return bool(left and self.before(left, other) > self.chance(other, left, 0) and
                    not self.before(left, word)) or \
            bool(right and self.after(other, right) > self.chance(other, right, 1) and
                 not self.after(word, right))

    def chance(self, word: str, neighbour: str, side: int) -> float:
        """LIFT times the count the pair of `word` and `neighbour` would have were the two
        independent. A pair the table lists only because both words are common ("site was":
        "was" follows any noun about as often) says nothing for `word` over the written one,
        whose own pair the table may lack only because that word is rarer ("the sight was");
        a collocation ("week since", "wonder whether") does. `side`: 0 for a neighbour
        before the word, 1 after (the contraction's word that neighbour touches)."""
        near = self.readings(word)[0][side]
        return LIFT * self.counts.get(near, 0) * SCALE * self.counts.get(neighbour, 0) / \
            self.total

    def better(self, word: str, left: str | None, right: str | None) -> str | None:
        """The member of the word's set that fits between `left` and `right` so much better
        than the word itself that the word is a slip; None when the word may stand."""
        members = self.sets.get(word)
        if not members or (left is None and right is None):
            return None
        own = self.score(word, left, right)
        best, best_score = None, own + math.log(RATIO)
        for other in members:
            if other == word or not self.attested(other, word, left, right):
                continue
            other_score = self.score(other, left, right)
            if other_score > best_score:
                best, best_score = other, other_score
        return best


@cache
def collocations() -> Collocations:
    counts: dict[str, int] = {}
    for line in (HERE / "collocations.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, count = line.partition("\t")
            counts[key] = int(count)
    sets: list[tuple[str, ...]] = []
    spelled: dict[str, list[tuple[str, str]]] = {}
    for line in (HERE / "confusables.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("="):
            contraction, first, second = line[1:].split()
            spelled.setdefault(contraction, []).append((first, second))
        elif line.strip() and not line.startswith("#"):
            sets.append(tuple(line.split()))
    return Collocations(counts, sets, spelled)


def find_unlikely_words(letter: Letter, claimed: list[tuple[int, int]]) -> list[Finding]:
    """`claimed`: spans other rules already explain."""
    table = collocations()
    words = letter.words
    text = letter.text
    findings: list[Finding] = []
    for index, word in enumerate(letter.folded):
        if word not in table.sets:
            continue
        token = words[index]
        if token.has_digit:
            continue
        first = _starts_sentence(text, words, index)
        if token.is_capitalised and not first or token.text.isupper() and len(word) > 1:
            continue  # a name or a title ("Site Lead"), or shouted
        left = None if first else _neighbour(text, words, index - 1, index)
        if word == "there" and left in _THERE_AS_PLACE:
            continue  # "From there customers can book": the comma after a place is optional
        right = _neighbour(text, words, index + 1, index) if index + 1 < len(words) else None
        if word == "than" and _comparison_before(letter.folded, text, words, index):
            continue  # "I'd rather call him than let a pilot fly": the comparison it closes
        better = table.better(word, left, right)
        if better in _NEVER_BEFORE_A_STOP and text[token.end:token.end + 1] in _STOPS:
            continue  # "things have been quiet.": "quite." closes no clause
        if better is None or overlaps(token.start, token.end, claimed) or \
                overlaps(token.start, token.end, letter.masks):
            continue
        suggestion = better.capitalize() if token.is_capitalised else better
        findings.append(letter.finding(
            "misspelling", token.start, token.end,
            f"{token.text!r} is a word, but here it should probably be {suggestion!r}.",
            suggestion,
        ))
    return findings


# Confusable words that never end a clause: each needs a word after it ("quite good", "than
# ever", "their team", "whether to go"). Right before a stop the written word is the one that
# may stand there, however the word before it leans ("been quite" is the commoner pair).
_NEVER_BEFORE_A_STOP = frozenset({"quite", "than", "their", "your", "whose", "whether"})
_STOPS = frozenset(".!?;:,")
# Words that open a comparison "than" closes later in the same sentence, however far the
# clause between runs ("I'd rather call a grower and move him to the evening than let a pilot
# fly"): the pair of words around "than" cannot see them.
_COMPARISON_WORDS = frozenset({
    "more", "less", "fewer", "better", "worse", "rather", "sooner", "other", "otherwise",
    "different", "differently", "else", "greater", "higher", "lower", "larger", "smaller",
    "faster", "slower", "longer", "shorter", "bigger", "easier", "harder", "quicker", "cheaper",
    "stronger", "safer", "further", "farther", "older", "younger", "earlier", "later",
})
# How many words back the comparison may open.
_COMPARISON_REACH = 16


def _comparison_before(folded: list[str], text: str, words: list[Token], index: int) -> bool:
    """A word that opens a comparison earlier in the sentence of words[index] ("than")."""
    for position in range(index - 1, max(-1, index - 1 - _COMPARISON_REACH), -1):
        if _starts_sentence(text, words, position + 1):
            return False  # the word after it opens the sentence: no further back
        if folded[position] in _COMPARISON_WORDS:
            return True
    return False


def _neighbour(text: str, words: list[Token], other: int, index: int) -> str | None:
    """The neighbouring word in lower case, or None when it gives no evidence: punctuation or a
    paragraph break between, or a capitalised word in mid-sentence (a name or a title)."""
    if other < 0 or other >= len(words):
        return None
    low, high = sorted((other, index))
    between = text[words[low].end:words[high].start]
    if not between or not set(between) <= _JOIN or between.count("\n") > 1:
        return None
    neighbour = words[other]
    if "'" in neighbour.text or "’" in neighbour.text or neighbour.has_digit:
        return None  # the table splits no contraction
    if neighbour.is_capitalised and (neighbour.text != "I") and \
            not (other < index and _starts_sentence(text, words, other)):
        return None
    return neighbour.text.casefold()


def _starts_sentence(text: str, words: list[Token], index: int) -> bool:
    if index == 0:
        return True
    between = text[words[index - 1].end:words[index].start]
    mark = between.strip().strip("\"'“‘”’(")
    # After a full stop, a colon, a paragraph break, or a line ended by a comma ("Hi Dan,").
    return "\n\n" in between or bool(mark) and (mark[-1] in ".!?:;" or "\n" in between)
