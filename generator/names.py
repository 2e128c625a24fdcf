"""Name keys: what decides that two spellings name the same entity.

``plain`` folds case, script and accents; ``phonetic`` also folds transliteration
variants (Selenskyj / Zelensky / Зеленський). Both work on tokens, in time linear in the
name's length. The tables are data: ``lexicon/names/translit.yml``, ``lexicon/names/phonetic.yml``
and ``lexicon/<language>/determiners.yml``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from generator.lexicon import load, load_all

_TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits; linear, no backtracking
_POSSESSIVE = ("'s", "’s", "'", "’")
_GERMAN = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})
MAX_NAME = 200  # characters looked at; a "name" longer than this is not a name


@cache
def _translit() -> dict[int, str]:
    return {ord(k): str(v) for k, v in load("translit", "names").items()}


@cache
def _phonetic_rules() -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in load("phonetic", "names"))


@cache
def _phonetic_pattern() -> re.Pattern[str]:
    # One alternation of literal spellings, longest first: a single left-to-right pass.
    spellings = sorted((a for a, _ in _phonetic_rules()), key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(s) for s in spellings))


@cache
def _determiners() -> frozenset[str]:
    return frozenset(w.casefold() for words in load_all("determiners").values() for w in words)


def latin(text: str) -> str:
    """Lowercase ASCII: Cyrillic transliterated, German umlauts spelled out, accents dropped."""
    folded = text[:MAX_NAME].casefold().translate(_translit()).translate(_GERMAN)
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()


def is_latin(name: str) -> bool:
    """True when the name is written in Latin letters (preferred for display)."""
    return all(ord(c) < 0x0370 for c in name)


def tokens(name: str) -> list[str]:
    """The words of a name in plain form, a leading determiner ("des", "the") dropped."""
    return list(_tokens(name))


@lru_cache(maxsize=1 << 16)  # a corpus names the same people thousands of times
def _tokens(name: str) -> tuple[str, ...]:
    text = name[:MAX_NAME].strip()
    for ending in _POSSESSIVE:  # Putin's, Scholz' → Putin, Scholz
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    words = _TOKEN.findall(latin(text))
    if len(words) > 1 and words[0] in _determiners():
        words = words[1:]
    return tuple(words)


def phonetic(word: str) -> str:
    """The phonetic key of one plain word: medwedew → medvedev, zelenskyy → selenski."""
    rules = dict(_phonetic_rules())
    folded = _phonetic_pattern().sub(lambda m: rules[m.group(0)], word)
    out: list[str] = []
    for char in folded:
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


def name_key(name: str) -> tuple[str, ...]:
    """The phonetic key of every word of a name."""
    return tuple(phonetic(w) for w in tokens(name))


@cache
def _adjective_endings() -> tuple[str, ...]:
    endings = {str(e) for words in load_all("adjective_endings").values() for e in words}
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def without_adjective_endings(key: tuple[str, ...]) -> tuple[str, ...]:
    """Fold declined adjectives before the last word of a key: (ukrainischen, streitkrafte)
    → (ukrainisch, streitkrafte). For organisations and places, whose names are noun phrases;
    people's first names are left alone."""
    return tuple(_stem(word) for word in key[:-1]) + key[-1:]


def _stem(word: str) -> str:
    for ending in _adjective_endings():
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def uninflected(key: tuple[str, ...], known: set[str]) -> tuple[str, ...]:
    """Drop a German genitive ending from the last word when the bare word is a known name
    (Putins → Putin, des Kremls → Kreml); otherwise the key is kept as it is."""
    if not key:
        return key
    last = key[-1]
    for ending in ("es", "s"):
        if len(last) > len(ending) + 2 and last.endswith(ending) and last[: -len(ending)] in known:
            return key[:-1] + (last[: -len(ending)],)
    return key
