"""A large, graded English word list: SCOWL (Debian's `scowl` package), and the small lists
of our own that decide how a word outside any dictionary is read.

SCOWL sorts about 350,000 word forms (every inflection written out) by how common they are:
size 10 holds the commonest words, 35 and 50 everyday vocabulary, 60 what a spell checker's
standard dictionary holds, 70 and 80 rarer but real words (interruptive, recalibrate,
profiler, formers). American, British, Canadian and Australian spellings and accepted variants
(tradeoff, learnt) are lists of their own; we accept all of them, since a letter may be written
on either side of the Atlantic. Sizes up to 80 are read; size 95 holds too many curiosities
(untill) to be trusted.

The size serves as a frequency: a rare word one edit away from a common one (a capitalised
"Engeneering", a compound "firends") is more likely a slip than a rare word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pursuit.core.proofread.tokens import edit_distance

SCOWL_DIR = Path("/usr/share/dict/scowl")
MAX_SIZE = 80
SOUND_INDEX_SIZE = 50  # the commonest words, indexed by their consonants for slips by sound
_FILE_RE = re.compile(
    r"(?:english|american|british|british_z|canadian|australian|variant_1|variant_2)"
    r"-(?:words|upper|contractions|abbreviations|proper-names)\.(\d+)"
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Words run together that are always a slip: "thankyou" is in SCOWL's size 80, but a letter
# means "thank you".
RUN_ONS = {
    "thankyou": "thank you", "alot": "a lot", "infact": "in fact", "aswell": "as well",
    "incase": "in case", "atleast": "at least", "eachother": "each other",
    "everytime": "every time", "noone": "no one", "inspite": "in spite",
    "ofcourse": "of course", "inorder": "in order", "alittle": "a little", "abit": "a bit",
    "infront": "in front", "nevermind": "never mind", "forsure": "for sure",
    "lookforward": "look forward", "followup": "follow-up", "thankyous": "thank-yous",
    "eventhough": "even though", "persay": "per se",
    # the words of job-hunting itself, run together
    "coverletter": "cover letter", "jobdescription": "job description",
    "phoneinterview": "phone interview", "nextsteps": "next steps", "workethic": "work ethic",
    # Not run-ons, but the same kind of slip: rare or non-standard forms some list carries,
    # which a letter never means (a wether is a ram; "calender" is a pressing machine).
    "wether": "whether", "publically": "publicly", "accidently": "accidentally",
    "irregardless": "regardless", "supposably": "supposedly", "beggining": "beginning",
    "therefor": "therefore", "calender": "calendar", "hight": "height",
}

# Courtesy words from other languages that letters open or close with.
COURTESY = frozenset({
    "danke", "dankeschön", "dankeschon", "vielen", "dank", "gracias", "muchas", "merci",
    "beaucoup", "grazie", "mille", "obrigado", "obrigada", "arigato", "arigatou", "domo",
    "kiitos", "tack", "takk", "tak", "dziękuję", "dziekuje", "spasibo", "asante", "mahalo",
    "toda", "shukran", "xièxie", "xiexie", "namaste", "bedankt", "dankjewel", "diolch", "salud",
    "saludos", "cordiales", "hola", "bonjour", "ciao", "sláinte", "slainte", "shalom",
    "salaam", "gamsahamnida", "kamsahamnida", "terima", "kasih", "salamat", "cheers",
    "gozaimasu", "muito", "muy", "amable", "gracie", "dankie", "hvala", "dhanyavaad",
    "dhanyavad", "shukriya", "teşekkürler", "tesekkurler", "köszönöm", "koszonom", "ngiyabonga",
    "medaase", "efharisto", "efcharisto", "děkuji", "dekuji", "mulțumesc", "multumesc",
    "prost", "skål", "skal", "santé", "sante", "gesundheit",
    # Japanese honorific suffixes: "Tanaka-san"
    "san", "sama", "sensei",
})

# Courtesy phrases whose words are not courtesy words alone: "yn" of "Diolch yn fawr" is known
# only inside the phrase (alone it may be a slip for "in"). Matched case-insensitively, with
# any spaces between the words.
COURTESY_PHRASES = (
    "diolch yn fawr", "diolch o galon", "mòran taing leibh", "moran taing leibh",
    "mòran taing leat", "moran taing leat", "mòran taing", "moran taing", "tapadh leat",
    "tapadh leibh", "go raibh maith agat", "go raibh maith agaibh", "go raibh míle maith agat",
    "go raibh mile maith agat", "ngā mihi", "nga mihi", "kia ora", "mahalo nui loa",
    "tack så mycket", "tack sa mycket", "mange tak", "tusen takk", "dank je wel", "dank u wel",
    "hartelijk dank", "danke schön", "danke sehr", "herzlichen dank", "vielen herzlichen dank",
    "muchas gracias", "muchísimas gracias", "merci beaucoup", "merci mille fois", "grazie mille",
    "muito obrigado", "muito obrigada", "arigatou gozaimasu", "arigato gozaimasu", "domo arigato",
    "xie xie", "terima kasih", "dziękuję bardzo", "asante sana", "köszönöm szépen",
    "kiitos paljon", "hvala lijepa", "toda raba", "shukran jazilan", "na gode", "ua tsaug",
    "salamat po", "cảm ơn", "cam on", "mersi shumë", "sláinte mhath", "slainte mhath",
    # sign-offs and greetings of other languages a letter closes or opens with
    "au plaisir", "à bientôt", "a bientot", "bien à vous", "bien a vous", "bien cordialement",
    "cordialement", "bonne journée", "bonne journee", "bonne continuation", "encore merci",
    "mille mercis", "mit freundlichen grüßen", "mit freundlichen grüssen",
    "mit freundlichen gruessen", "viele grüße", "viele gruesse", "liebe grüße",
    "liebe gruesse", "beste grüße", "beste gruesse", "herzliche grüße", "herzliche gruesse",
    "bis bald", "saludos cordiales", "un saludo", "un abrazo", "atentamente", "hasta pronto",
    "hasta luego", "cordiali saluti", "distinti saluti", "a presto", "met vriendelijke groet",
    "met vriendelijke groeten", "vriendelijke groeten", "med vänlig hälsning",
    "med vanlig halsning", "vänliga hälsningar", "vanliga halsningar", "med venlig hilsen",
    "med vennlig hilsen", "ystävällisin terveisin", "pozdrawiam serdecznie", "atenciosamente",
    "com os melhores cumprimentos", "hwyl fawr", "slán go fóill", "slan go foill",
    "yoroshiku onegaishimasu", "le gach dea-ghuí", "le gach dea-ghui", "le dea-mhéin",
    "le dea-mhein", "ngā mihi nui", "nga mihi nui", "ngā mihi mahana", "nga mihi mahana",
    "noho ora mai", "mā te wā", "ma te wa",
    # Latin phrases of law and scholarship, written in running English text
    "in limine", "amicus curiae", "res judicata", "sub judice", "voir dire", "mens rea",
    "actus reus", "de novo", "ex parte", "inter partes", "per curiam", "pro hac vice",
    "habeas corpus", "certiorari", "in camera", "inter alia", "mutatis mutandis",
    "ultra vires", "obiter dicta", "obiter dictum", "ratio decidendi", "stare decisis",
    "forum non conveniens", "lis pendens", "nunc pro tunc", "sua sponte", "in rem",
    "in personam", "quantum meruit", "ceteris paribus", "ab initio", "in situ", "in vivo",
    "in vitro", "in silico", "sui generis",
    # French names of bakes and dishes, written as the trade writes them
    "pain au chocolat", "pains au chocolat", "pain aux raisins", "kouign-amann", "kouign amann",
    "pâte à choux", "pate a choux", "au jus", "au gratin", "au poivre", "en croûte",
    "en croute", "crème anglaise", "creme anglaise", "crème pâtissière", "creme patissiere",
    "pâte sucrée", "pate sucree", "bœuf bourguignon", "boeuf bourguignon", "coq au vin",
)

# First parts of closed compounds that are not words by themselves (geofencing, autoscaler).
COMBINING_FORMS = frozenset({
    "geo", "bio", "eco", "auto", "micro", "macro", "multi", "nano", "neuro", "cyber", "tele",
    "hyper", "meta", "mega", "giga", "tera", "photo", "proto", "pseudo", "quasi", "retro",
    "semi", "sub", "super", "ultra", "inter", "intra", "trans", "over", "under", "out", "pre",
    "post", "non", "dis", "mis", "anti", "counter", "cross", "info", "omni", "poly", "mono",
    "uni", "tri", "hydro", "electro", "thermo", "cryo", "immuno", "onco", "cardio", "gastro",
    "radio", "patho", "pharmaco", "psycho", "socio", "techno", "agri", "aero", "astro",
    "chrono", "crypto", "data", "dev", "devops", "fin", "web", "cloud", "app", "re", "de",
    "un", "co", "up", "down", "back", "front", "side",
    # the Greek and Latin forms of medicine and science (otoacoustic, osteoarthritis,
    # haemodialysis): as free as the ones above, in the letters of those fields
    "oto", "osteo", "nephro", "hepato", "derma", "dermato", "broncho", "haemo",
    "hemo", "myo", "endo", "exo", "peri", "para", "ortho", "physio", "histo", "cyto",
    "angio", "arthro", "entero", "gyno", "naso", "oro", "pharyngo", "laryngo", "vaso",
    "pneumo", "pulmo", "reno", "uro", "litho", "phyto", "zoo", "agro", "petro",
    "seismo", "spectro", "opto", "magneto", "piezo", "mechano", "audio", "video",
    # French "en" of the phrases English writes closed too (enroute, enmasse)
    "en",
})
SHORT_FORMS = frozenset({"re", "de", "un", "co", "up"})  # only before a long part

# Words that never make half of a closed compound: "withthe", "thankyou", "everytime" are two
# words with the space missing.
FUNCTION_WORDS = frozenset({
    "the", "and", "for", "with", "you", "your", "our", "this", "that", "from", "are", "was",
    "were", "but", "not", "have", "has", "had", "will", "would", "can", "could", "should",
    "each", "every", "its", "his", "her", "their", "them", "they", "she", "him", "who",
    "what", "which", "than", "then", "there", "about", "into", "also", "very", "just",
    "thank", "thanks", "look", "any", "some", "many", "much", "all", "been", "being",
})


# The words a clipped form may be cut from (`Lexicon.is_clipping`): common ones (tachograph
# is of size 55).
CLIPPED_SIZE = 60


class Lexicon:
    """Word forms and their SCOWL size (smaller is commoner)."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        # common words by their consonants, made at the first question (`close_common_word`)
        self._by_sound: dict[str, list[tuple[str, int]]] | None = None
        # common lower-case words in order, made at the first question (`is_clipping`)
        self._ordered: list[str] | None = None

    def __bool__(self) -> bool:
        return bool(self.sizes)

    def size(self, word: str) -> int | None:
        """The size of `word` as written, or in lower case when only its capitals differ
        (a word opening a sentence, a title in capitals)."""
        sizes = self.sizes
        found = sizes.get(word)
        lower = word.lower()
        if lower != word and (word[1:] == lower[1:] or word.isupper()):
            # "Dear" is also a rare surname: the commoner reading counts
            for other in (lower, word[:1] + lower[1:]) if word.isupper() else (lower,):
                size = sizes.get(other)
                if size is not None and (found is None or size < found):
                    found = size
        return found

    def is_word(self, word: str, max_size: int = MAX_SIZE) -> bool:
        found = self.size(word)
        return found is not None and found <= max_size

    def common_neighbour(self, word: str, max_size: int) -> str | None:
        """The commonest word one edit away (a letter deleted, inserted, replaced or two
        swapped), compared in lower case, if one is of size `max_size` or less."""
        lower = word.lower()
        best: tuple[int, str] | None = None
        for candidate in edits(lower):
            found = self.sizes.get(candidate)
            if found is None:
                found = self.sizes.get(candidate[:1].upper() + candidate[1:])
                if found is not None:
                    candidate = candidate[:1].upper() + candidate[1:]
            if found is not None and found <= max_size and (best is None or found < best[0]):
                best = (found, candidate)
        return best[1] if best else None


    def is_clipping(self, word: str) -> bool:
        """`word` (lower case, listed) is the start of a common word at least four letters
        longer: a clipped form (decon of decontamination, tacho of tachograph, dev of
        developer), as people at work shorten the long words they say every day. A slip
        that drops letters stays within three letters of its word (experienc, managment),
        and is caught before this is asked."""
        if self._ordered is None:
            self._ordered = sorted(form for form, size in self.sizes.items()
                                   if size <= CLIPPED_SIZE and form.islower())
        ordered = self._ordered
        at = bisect_left(ordered, word)
        if at < len(ordered) and ordered[at] == word:
            at += 1
        while at < len(ordered) and ordered[at].startswith(word):
            if len(ordered[at]) >= len(word) + 4:
                return True
            at += 1
        return False

    def close_common_word(self, word: str, max_size: int) -> str | None:
        """A word of size `max_size` or less (at most `SOUND_INDEX_SIZE`) that `word` is a
        spelling slip of: two edits at most, all in its vowels or doubled letters
        ("maintainance" for "maintenance", "tommorow" for "tomorrow"), the slips of writers
        who spell by sound; two different consonants make another word ("extubation" is not
        "exhumation")."""
        if self._by_sound is None:
            index: dict[str, list[tuple[str, int]]] = {}
            for form, size in self.sizes.items():
                if size <= SOUND_INDEX_SIZE and form.islower():
                    index.setdefault(_consonants(form), []).append((form, size))
            self._by_sound = index
        lower = word.lower()
        for candidate, size in self._by_sound.get(_consonants(lower), ()):
            if size <= max_size and edit_distance(lower, candidate) <= 2:
                return candidate
        return None


def _consonants(word: str) -> str:
    """The word's consonants, a doubled one once: "maintenance" -> "mntnnc"."""
    skeleton = _VOWELS_RE.sub("", word)
    return _DOUBLED_RE.sub(r"\1", skeleton)


_VOWELS_RE = re.compile(r"[aeiouy]")
_DOUBLED_RE = re.compile(r"(.)\1+")


def edits(word: str) -> dict[str, None]:
    """Every string one edit from `word`, likeliest slips first (two letters swapped, then one
    left out, one doubled or added, one replaced), in a fixed order so that ties between equally
    common neighbours always go the same way."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = dict.fromkeys(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    found.update(dict.fromkeys(a + b[1:] for a, b in splits if b))
    found.update(dict.fromkeys(a + c + b for a, b in splits for c in _LETTERS))
    found.update(dict.fromkeys(a + c + b[1:] for a, b in splits if b for c in _LETTERS))
    found.pop(word, None)
    return found


def _scowl_files(keep: Callable[[int], bool]) -> list[tuple[int, Path]]:
    files: list[tuple[int, Path]] = []
    if SCOWL_DIR.is_dir():
        for path in SCOWL_DIR.iterdir():
            match = _FILE_RE.fullmatch(path.name)
            if match and keep(int(match.group(1))):
                files.append((int(match.group(1)), path))
    return files


@cache
def rare_words() -> frozenset[str]:
    """SCOWL's size 95, the words too rare for the graded lexicon (extubation, hypovolemia,
    capsulotomy, but also curiosities such as "untill" and misspellings such as
    "maintainance"): read only when a letter holds a word no other list knows, and trusted
    only for a word no listed word is close to (`WordChecker._rare_word`)."""
    words: set[str] = set()
    for _size, path in _scowl_files(lambda size: size > MAX_SIZE):
        words.update(path.read_text(encoding="utf-8").split())
    return frozenset(words)


@cache
def scowl_lexicon() -> Lexicon:
    """SCOWL's lists up to size 80, loaded once per process (a quarter of a second); empty
    when the `scowl` package is not installed (the enchant dictionary alone is used then)."""
    files = _scowl_files(lambda size: size <= MAX_SIZE)
    sizes: dict[str, int] = {}
    for size, path in sorted(files, reverse=True):  # commoner sizes overwrite rarer ones
        sizes.update(dict.fromkeys(path.read_text(encoding="utf-8").split(), size))
    return Lexicon(sizes)
