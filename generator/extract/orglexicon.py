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
HEAD_ENDINGS = {"m": ("es", "s", ""), "n": ("es", "s", ""), "f": ("",), "pl": ("n", ""), "any": ("",)}


@dataclass(frozen=True)
class OrgLexicon:
    known: dict[str, int]  # spelling → organisation number
    names: tuple[str, ...]  # organisation number → its first spelling
    spellings: tuple[tuple[str, ...], ...]  # organisation number → all its spellings, in order
    starts: dict[str, tuple[str, ...]]  # first word → known spellings of several words, longest first
    not_acronyms: frozenset[str]
    forms: frozenset[str]  # legal forms: "GmbH", "Inc."
    form_pattern: re.Pattern[str] | None  # one of them after a space or ", "
    heads: dict[str, str]  # head noun (casefolded) → gender
    head_pattern: re.Pattern[str] | None  # over the reversed casefolded word: a compound ending in a head
    demonyms: frozenset[str]  # adjective stems: "russisch"
    clubs: frozenset[str] = frozenset()  # forms before a club's name: "VfL", "FC"

    def forms_in(self, text: str, start: int, end: int, ends: dict[int, int]) -> list[tuple[int, int]]:
        """(index of the word before, end of the form) for each legal form in ``text[start:end]``
        that follows a word whose end offset is in ``ends`` (" GmbH", ", Inc.", " plc")."""
        if self.form_pattern is None:
            return []
        return [(ends[m.start()], m.end()) for m in self.form_pattern.finditer(text, start, end) if m.start() in ends]

    def any_form(self, text: str, start: int, end: int) -> bool:
        """A quick test: does any legal form stand in ``text[start:end]``?"""
        return self.form_pattern is not None and self.form_pattern.search(text, start, end) is not None

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

    def nominative(self, spelling: str) -> str:
        """The listed spelling that ``spelling`` inflects ("Vereinten Nationen" → Vereinte Nationen)."""
        words = spelling.split()
        for other in self.spellings[self.known[spelling]]:
            parts = other.split()
            if other == spelling:
                return spelling
            if len(parts) == len(words) and all(w.startswith(p) for w, p in zip(words, parts, strict=True)):
                return other
        return spelling

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
    all_spellings: list[tuple[str, ...]] = []
    for number, spellings in enumerate(data.get("known") or ()):
        spellings = [str(s) for s in spellings]
        names.append(spellings[0])
        all_spellings.append(tuple(spellings))
        for spelling in spellings:
            known.setdefault(spelling, number)
    starts: dict[str, list[str]] = {}
    for spelling in known:
        if " " in spelling:
            starts.setdefault(spelling.split(" ", 1)[0], []).append(spelling)
    heads = {str(k).lower(): str(v) for k, v in (data.get("heads") or {}).items()}
    forms = [str(w) for w in data.get("forms") or ()]
    pattern = None
    if heads:
        endings = sorted({e[::-1] for gender in heads.values() for e in HEAD_ENDINGS[gender] if e}, key=len, reverse=True)
        alternatives = "|".join(sorted(map(re.escape, (h[::-1] for h in heads)), key=len, reverse=True))
        pattern = re.compile(f"({'|'.join(endings)}|)({alternatives})")
    return OrgLexicon(
        known=known,
        names=tuple(names),
        spellings=tuple(all_spellings),
        starts={w: tuple(sorted(s, key=lambda x: (-len(x), x))) for w, s in starts.items()},
        not_acronyms=frozenset(str(w) for w in data.get("not_acronyms") or ()),
        forms=frozenset(forms),
        form_pattern=re.compile(f",? (?:{'|'.join(map(re.escape, sorted(forms, key=len, reverse=True)))})(?![\\w])")
        if forms else None,
        heads=heads,
        head_pattern=pattern,
        demonyms=frozenset(str(w).lower() for w in load("demonyms", language) or ()),
        clubs=frozenset(str(w) for w in data.get("clubs") or ()),
    )
