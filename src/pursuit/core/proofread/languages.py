"""Dictionaries of other languages, asked only about words the English checks already flagged.

Letters quote words of the writer's other languages and fields (a dish, a greeting, an
instrument, a product): words no English list will ever hold in full. Debian ships Hunspell
dictionaries for ~70 languages and enchant loads them by language tag, so a word that one of
them knows is at least a word of some language. That alone is no licence to pass it: a slip of
an English word is often a word elsewhere ("form", "teh"). See `is_word_of_another_language`
in WordChecker for the gate around it.

Every installed dictionary (one per language: "es" once, not es_AR, es_MX ...) is loaded once
per process, the first time a word needs it; none installed, nothing is known.
"""

from __future__ import annotations

from contextlib import suppress
from functools import cache, lru_cache
from typing import Protocol

# base language tags that are English, or that would say too little: the English dictionaries
# are asked already
_SKIPPED = frozenset({"en"})


class _Dictionary(Protocol):
    def check(self, word: str) -> bool: ...


@cache
def other_dictionaries() -> tuple[_Dictionary, ...]:
    try:
        import enchant
    except ImportError:  # without libenchant the English check fails first anyway
        return ()
    chosen: dict[str, str] = {}
    for tag in sorted(enchant.list_languages()):
        base = tag.split("_", 1)[0].lower()
        # one dictionary per language: the bare tag when present, else the first regional one
        if base in _SKIPPED or (base in chosen and "_" in tag):
            continue
        chosen[base] = tag
    found: list[_Dictionary] = []
    for tag in chosen.values():
        # a broken dictionary package is skipped, not fatal
        with suppress(enchant.errors.Error):
            found.append(enchant.Dict(tag))
    return tuple(found)


def installed_languages() -> list[str]:
    """The base tags of the dictionaries other_dictionaries() loads (for docs and tests)."""
    return sorted({getattr(d, "tag", "?").split("_", 1)[0] for d in other_dictionaries()})


def known_in_another_language(word: str) -> bool:
    return bool(languages_of(word))


@lru_cache(maxsize=20000)  # long prose asks about the same unknown words again and again
def languages_of(word: str) -> frozenset[str]:
    """The base tags of the other languages whose dictionary knows `word`."""
    lower = word.lower()
    return frozenset(getattr(d, "tag", "?").split("_", 1)[0] for d in other_dictionaries()
                     if d.check(word) or (lower != word and d.check(lower)))
