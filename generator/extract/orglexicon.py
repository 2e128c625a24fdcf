"""The organisation lexicon of one language (``lexicon/<language>/organisations.yml`` and
``demonyms.yml``), compiled once: known names, legal forms, head nouns, adjectives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.lexicon import load

ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")  # longest first
NOMINATIVE_ENDING = {"m": "er", "f": "e", "n": "es", "pl": "e", "any": ""}  # strong declension, no article
# Endings a head may carry: genitive and dative of masculine and neuter nouns; a feminine
# singular has none ("Regierungen" is a plural, no one organisation).
_ADJECTIVE = re.compile(r"(isch|lich|ig|al|ell|iv|är|ös)(en|em|er|es|e)$")  # statistische, nationalen
HEAD_ENDINGS = {"m": ("es", "s", "e", ""), "n": ("es", "s", "e", ""), "f": ("",), "pl": ("n", ""), "any": ("",)}


@dataclass(frozen=True)
class OrgLexicon:
    known: dict[str, int]  # spelling → organisation number
    names: tuple[str, ...]  # organisation number → its first spelling
    starts: dict[str, tuple[str, ...]]  # first word → known spellings of several words, longest first
    not_acronyms: frozenset[str]
    forms: frozenset[str]  # legal forms: "GmbH", "Inc."
    heads: dict[str, str]  # head noun (casefolded) → gender
    head_pattern: re.Pattern[str] | None  # over the reversed casefolded word: a compound ending in a head
    demonyms: frozenset[str]  # adjective stems: "russisch"

    def known_at(self, text: str, start: int, word: str, genitive: bool = False) -> tuple[str, int, int] | None:
        """(spelling, organisation, length in the text) of the longest known spelling at
        ``start`` (several words, or this word); ``genitive`` also allows "-s"/"-es" after it."""
        for spelling in self.starts.get(word.split("-", 1)[0], ()):
            end = start + len(spelling)
            if not text.startswith(spelling, start):
                continue
            for ending in ("", "s", "es") if genitive else ("",):
                stop = end + len(ending)
                if text.startswith(ending, end) and (stop == len(text) or not text[stop].isalnum()):
                    return spelling, self.known[spelling], stop - start
        if word in self.known:
            return word, self.known[word], len(word)
        return None

    def head(self, word: str) -> tuple[str, str, str] | None:
        """(the word in the nominative, gender, the head) when ``word`` ends in a head noun."""
        if self.head_pattern is None:
            return None
        folded = word.lower()  # not casefold: ß must keep its length
        match = self.head_pattern.match(folded[::-1])
        if not match:
            return None
        ending, head = match.group(1)[::-1], match.group(2)[::-1]
        gender = self.heads[head]
        if ending not in HEAD_ENDINGS[gender] or len(head) + len(ending) > len(word):
            return None
        return word[: len(word) - len(ending)], gender, head

    def proper_adjective(self, word: str) -> str | None:
        """The stem of an adjective that is part of a name ("Statistische" → "Statistisch")."""
        match = _ADJECTIVE.search(word.lower())
        return word[: match.start(2)] if match else None

    def adjective(self, word: str) -> str | None:
        """The stem of a country's adjective ("russischen" → "russisch"), else None."""
        folded = word.lower()  # not casefold: ß must keep its length
        for ending in ADJECTIVE_ENDINGS:
            if folded.endswith(ending) and folded[: -len(ending)] in self.demonyms:
                return word[: -len(ending)]
        return None


@cache
def org_lexicon(language: str) -> OrgLexicon:
    data = load("organisations", language) or {}
    known: dict[str, int] = {}
    names: list[str] = []
    for number, spellings in enumerate(data.get("known") or ()):
        spellings = [str(s) for s in spellings]
        names.append(spellings[0])
        for spelling in spellings:
            known.setdefault(spelling, number)
    starts: dict[str, list[str]] = {}
    for spelling in known:
        if " " in spelling:
            starts.setdefault(spelling.split(" ", 1)[0], []).append(spelling)
    heads = {str(k).lower(): str(v) for k, v in (data.get("heads") or {}).items()}
    pattern = None
    if heads:
        endings = sorted({e[::-1] for gender in heads.values() for e in HEAD_ENDINGS[gender] if e}, key=len, reverse=True)
        alternatives = "|".join(sorted(map(re.escape, (h[::-1] for h in heads)), key=len, reverse=True))
        pattern = re.compile(f"({'|'.join(endings)}|)({alternatives})")
    return OrgLexicon(
        known=known,
        names=tuple(names),
        starts={w: tuple(sorted(s, key=lambda x: (-len(x), x))) for w, s in starts.items()},
        not_acronyms=frozenset(str(w) for w in data.get("not_acronyms") or ()),
        forms=frozenset(str(w) for w in data.get("forms") or ()),
        heads=heads,
        head_pattern=pattern,
        demonyms=frozenset(str(w).lower() for w in load("demonyms", language) or ()),
    )
