"""First names and their gender, from gender-guesser (offline, about 60,000 names).

gender-guesser also lists words that are names somewhere ("Mein", "General", "Will"); the
``nonnames.yml`` lexicons and the stopword lists of every language filter those out.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from generator.lexicon import available, load

_GENDERS = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female", "andy": "any"}


@cache
def _detector():
    from gender_guesser.detector import Detector  # 0.15 s to load: only when names are looked up

    return Detector(case_sensitive=True)


@cache
def not_first_names() -> frozenset[str]:
    """Words gender-guesser lists that are no first name: nonnames and function words, all languages."""
    words = {str(w) for language in available("nonnames") for w in load("nonnames", language) or ()}
    for language in available("stopwords"):
        words.update(str(w).capitalize() for w in load("stopwords", language) or ())
    return frozenset(words)


@cache
def _extra() -> dict[str, str]:
    """``lexicon/names/first_names.yml``: names gender-guesser lacks, and their gender."""
    return {str(k): str(v) for k, v in (load("first_names", "names") or {}).items()}


@lru_cache(maxsize=1 << 16)
def first_name_gender(word: str) -> str | None:
    """"male", "female" or "any" when ``word`` is a first name, else None."""
    if len(word) < 2 or not word[0].isupper() or word.isupper() or word in not_first_names():
        return None
    if word in _extra():
        return _extra()[word]
    if "-" in word:  # Jean-Claude, Hans-Peter: the first part decides
        head = word.split("-", 1)[0]
        return first_name_gender(head) if len(head) > 1 else None
    found = _GENDERS.get(_detector().get_gender(word))
    if found is None and word in _folded():  # "Eliska" written without its háček: Eliška
        found = _GENDERS.get(_detector().get_gender(_folded()[word]))
    return found


def is_first_name(word: str) -> bool:
    """A quick test (no gender): gender-guesser lists the word (or, without its accents, a
    name that has them) and it is no common word."""
    names = _detector().names
    return (word in names or word in _extra() or word in _folded()) and word not in not_first_names()


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _folded() -> dict[str, str]:
    """Names with accents by their spelling without ("Eliska" → "Eliška"), where the plain
    spelling is no name of its own; news in English often drops the marks."""
    names = _detector().names
    folded: dict[str, str] = {}
    for name in names:
        plain = _fold(name)
        if plain != name and plain not in names:
            folded.setdefault(plain, name)
    return folded
