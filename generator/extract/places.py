"""Places in one article, from the gazetteer, one entry per place however it is spelt.

Countries, regions from the lexicon and cities of 500,000 people or more count wherever
they stand. A smaller city, or a name that is a common word too ("Essen", "Reading",
"Raub"), counts only when the article names it as a place at least once: after a cue
("in Leipzig", "Region Kursk", "near Reading"), after another place and "und"/"and", or as
a dateline at the start of a paragraph ("Magdeburg. …", "ANTWERP, March 14"). A city after
a determiner ("die Halle", "the mission") is a noun. German genitives fold to the
nominative (Russlands → Russland) and the first part of a compound counts ("US-Beteiligung").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from generator.extract.gazetteer import Place, gazetteer
from generator.extract.people import Spans, bare
from generator.extract.words import Word
from generator.lexicon import load
from generator.model import Mention

BIG_CITY = 500_000
GENITIVE_LANGUAGES = frozenset({"de"})


@dataclass(frozen=True)
class PlaceFound:
    name: str  # the first spelling, nominative
    key: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class _Cues:
    before: frozenset[str]
    determiners: frozenset[str]
    joins: frozenset[str]


@cache
def _cues(language: str) -> _Cues:
    data = load("places", language) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data.get(key) or ())

    return _Cues(words("cues"), words("determiners"), words("joins"))


def lookup(word: str, language: str) -> tuple[str, Place] | None:
    """The nominative spelling and place of one word ("Russlands" → Russland), or None."""
    places = gazetteer(language).places
    word = bare(word)
    if word in places:
        return word, places[word]
    if language in GENITIVE_LANGUAGES:
        for ending in ("s", "es"):
            base = word[: -len(ending)]
            if word.endswith(ending) and base in places:
                return base, places[base]
    return None


def is_place(word: str, language: str) -> bool:
    """True when the word names a place that needs no cue (for people: "Präsident Russlands")."""
    found = lookup(word, language)
    return found is not None and not found[1].ambiguous


def find_places(text: str, paragraphs: Spans, language: str, taken: frozenset[int] = frozenset()) -> list[PlaceFound]:
    """Every place named in the paragraphs, in order of first mention."""
    g = gazetteer(language)
    cues = _cues(language)
    mentions: dict[str, list[Mention]] = {}
    names: dict[str, str] = {}
    cued: set[str] = set()
    pending: list[tuple[str, str, Mention]] = []  # waiting for a cue elsewhere in the article
    for floor, _end, words in paragraphs:
        last_place_end = -10
        skip_to = -1
        for index, word in enumerate(words):
            if word.start < skip_to or word.start in taken or not could_name(word.text, language):
                continue
            hit = _hit(text, word, language, g)
            if hit is None:
                continue
            spelling, place, end = hit
            skip_to = end
            before = _word_before(text, word.start, floor)
            if before in cues.determiners and place.kind == "city":
                continue  # "die Halle", "the mission"
            needs_cue = place.ambiguous or (place.kind == "city" and place.population < BIG_CITY)
            has_cue = (
                before in cues.before
                or (before in cues.joins and word.start - last_place_end < 12)
                or _dateline(text, word, floor, index)
            )
            mention = Mention(text[word.start : end], word.start, end)
            last_place_end = end
            if needs_cue and not has_cue:
                pending.append((place.key, spelling, mention))
                continue
            cued.add(place.key)
            names.setdefault(place.key, spelling)
            mentions.setdefault(place.key, []).append(mention)
    for key, spelling, mention in pending:
        if key in cued:
            mentions[key].append(mention)
    found = [PlaceFound(names[k], k, tuple(sorted(m, key=lambda x: x.start))) for k, m in mentions.items()]
    return sorted(found, key=lambda p: p.mentions[0].start)


@lru_cache(maxsize=1 << 16)
def could_name(word: str, language: str) -> bool:
    """A quick, cached test: can a place's name start at this word?"""
    g = gazetteer(language)
    plain = bare(word)
    head = plain.split("-", 1)[0]
    return (
        lookup(plain, language) is not None or head in g.starts or lookup(head, language) is not None
        or (plain.isupper() and lookup(plain.title(), language) is not None)
    )


def _hit(text: str, word: Word, language: str, g) -> tuple[str, Place, int] | None:
    """(nominative spelling, place, end offset of the mention) for a word, or None."""
    first = bare(word.text)
    several = g.match(text, word.start, first.split("-", 1)[0] if "-" in first else first)
    if several is not None and " " in several[0]:
        return several[0], several[1], word.start + len(several[0])
    found = lookup(first, language)
    if found is None and word.text.isupper() and len(word.text) > 3:
        found = lookup(word.text.title(), language)  # "ANTWERP, March 14"
    if found is not None:
        return found[0], found[1], word.start + len(first)
    if "-" in first:  # US-Beteiligung, Kiew-Besuch
        head = first.split("-", 1)[0]
        found = lookup(head, language) if len(head) > 1 else None
        if found is not None and not found[1].ambiguous:
            return found[0], found[1], word.start + len(head)
    return None


def _word_before(text: str, start: int, floor: int) -> str:
    """The casefolded word before ``start`` when only a space stands between, else ""."""
    if start - 1 <= floor or text[start - 1] != " ":
        return ""
    cut = max(text.rfind(" ", floor, start - 1), text.rfind("\n", floor, start - 1))
    return text[cut + 1 : start - 1].casefold()


def _dateline(text: str, word: Word, floor: int, index: int) -> bool:
    """The first word of a paragraph, followed by "." or "," ("Magdeburg. Der …")."""
    return index == 0 and word.start == floor and text[word.end : word.end + 1] in (".", ",")
