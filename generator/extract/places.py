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
from generator.extract.people import Spans, bare, word_kind
from generator.extract.words import Word, word_before
from generator.lexicon import load
from generator.model import Mention

BIG_CITY = 500_000
GENITIVE_LANGUAGES = frozenset({"de"})
NAMES_ONLY_CAPITALISED = frozenset({"en"})  # a capitalised word before a place makes one longer name


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
    directions: frozenset[str]  # "Nord", "North": case kept
    suffixes: tuple[str, ...] = ()  # "shire": Gloucestershire is a place
    before_name: frozenset[str] = frozenset()  # "County": County Tyrone is a place
    town_endings: tuple[str, ...] = ()  # "stedt": "Landgericht Hallstedt" is named after a town


@cache
def _cues(language: str) -> _Cues:
    data = load("places", language) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data.get(key) or ())

    directions = frozenset(str(w) for w in data.get("directions") or ())
    suffixes = tuple(str(w) for w in data.get("suffixes") or ())
    before_name = frozenset(str(w) for w in data.get("before_name") or ())
    town_endings = tuple(str(w) for w in data.get("town_endings") or ())
    return _Cues(words("cues"), words("determiners"), words("joins"), directions, suffixes, before_name, town_endings)


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


def town_shaped(word: str, language: str) -> bool:
    """An unknown capitalised word shaped like a town's name ("Hallstedt", "Brackenfeld"); only
    worth asking right after an organisation's head noun, where a common noun hardly stands."""
    plain = bare(word)
    endings = _cues(language).town_endings
    return bool(endings) and len(plain) > 6 and plain[:1].isupper() and plain[1:].islower() and plain.endswith(endings)


def find_places(text: str, paragraphs: Spans, language: str, taken: frozenset[int] = frozenset()) -> list[PlaceFound]:
    """Every place named in the paragraphs, in order of first mention."""
    g = gazetteer(language)
    cues = _cues(language)
    mentions: dict[str, list[Mention]] = {}
    names: dict[str, str] = {}
    cued: set[str] = set()
    pending: list[tuple[str, str, Mention]] = []  # waiting for a cue elsewhere in the article
    possible: dict[str, tuple[str, Place, int] | bool] = {}
    for floor, _end, words in paragraphs:
        last_place_end = -10
        skip_to = -1
        for index, word in enumerate(words):
            maybe = possible.get(word.text)
            if maybe is None:
                maybe = possible[word.text] = _word_place(word.text, language)
            if maybe is False or word.start < skip_to or word.start in taken:
                continue
            if maybe is True:  # depends on the words after it: "United States", "County Tyrone"
                hit = _hit(text, word, language, g)
                if hit is None:
                    continue
                spelling, place, end = hit
            else:
                spelling, place, length = maybe
                end = word.start + length
            skip_to = end
            if language in NAMES_ONLY_CAPITALISED and " " not in spelling and (
                (index and _inside_name(text, words[index - 1], word, language))
                or (index + 1 < len(words) and bare(word.text) == word.text
                    and _inside_name(text, word, words[index + 1], language, after=True))
            ):
                continue  # "CropCare Europe", "Severn Vale Water", "London Bridge": longer names
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
def _word_place(word: str, language: str) -> tuple[str, Place, int] | bool:
    """What a word alone says: False (no place), True (it depends on the words after it),
    or (nominative spelling, place, length of the mention), cached per word."""
    if not could_name(word, language):
        return False
    g = gazetteer(language)
    cues = _cues(language)
    plain = bare(word)
    head = plain.split("-", 1)[0]
    if head in g.starts or head in cues.directions or plain in cues.before_name:
        return True
    hit = _hit("", Word(0, len(word), word), language, g)
    return (hit[0], hit[1], hit[2]) if hit is not None else False


@lru_cache(maxsize=1 << 16)
def could_name(word: str, language: str) -> bool:
    """A quick, cached test: can a place's name start at this word?"""
    g = gazetteer(language)
    plain = bare(word)
    head = plain.split("-", 1)[0]
    return (
        lookup(plain, language) is not None or head in g.starts or lookup(head, language) is not None
        or (plain.isupper() and lookup(plain.title(), language) is not None) or head in _cues(language).directions
        or plain.endswith(_cues(language).suffixes or ("\0",)) or plain in _cues(language).before_name
    )


def _hit(text: str, word: Word, language: str, g) -> tuple[str, Place, int] | None:
    """(nominative spelling, place, end offset of the mention) for a word, or None."""
    first = bare(word.text)
    part = _part_of(text, word, first, language) or _formed(text, word, first, language)
    if part is not None:
        return part
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


def _part_of(text: str, word: Word, first: str, language: str) -> tuple[str, Place, int] | None:
    """"Nord-Darfur", "North Darfur": a direction and a place name a place of its own."""
    directions = _cues(language).directions
    head, _, rest = first.partition("-")
    if head in directions and rest:
        found = lookup(rest, language)
        name, end = first, word.start + len(first)
    elif first in directions and text[word.end : word.end + 1] == " ":
        following = text[word.end + 1 : word.end + 40].split(" ", 1)[0].rstrip(".,;:!?)")
        found = lookup(following, language)
        name, end = f"{first} {following}", word.end + 1 + len(following)
    else:
        return None
    if found is None or found[1].ambiguous:
        return None
    return name, Place(f"region:{name.casefold()}", found[1].population, "region"), end


def _inside_name(text: str, previous: Word, word: Word, language: str, after: bool = False) -> bool:
    """Two capitalised words side by side, the other one (``word`` when ``after``) a name word."""
    other = word if after else previous
    if text[previous.end : word.start] != " " or other.text in _cues(language).directions:
        return False
    return word_kind(other.text, language).name and not other.text.isupper() and lookup(other.text, language) is None


def _formed(text: str, word: Word, first: str, language: str) -> tuple[str, Place, int] | None:
    """"Gloucestershire" (a place suffix), "County Tyrone" (a word that names a place after it)."""
    cues = _cues(language)
    if cues.suffixes and first.endswith(cues.suffixes) and len(first) > 7 and first[:1].isupper():
        return first, Place(f"region:{first.casefold()}", 10**6, "region"), word.start + len(first)
    if first in cues.before_name and text[word.end : word.end + 1] == " ":
        following = text[word.end + 1 : word.end + 40].split(" ", 1)[0].rstrip(".,;:!?)'’")
        if following[:1].isupper() and following[1:].islower() and len(following) > 2:
            name = f"{first} {following}"
            return name, Place(f"region:{name.casefold()}", 10**6, "region"), word.end + 1 + len(following)
    return None


def _word_before(text: str, start: int, floor: int) -> str:
    """The casefolded word before ``start`` when only a space stands between, else ""."""
    return word_before(text, start, floor)[0].casefold()


def _dateline(text: str, word: Word, floor: int, index: int) -> bool:
    """The first word of a paragraph, followed by "." or "," ("Magdeburg. Der …")."""
    return index == 0 and word.start == floor and text[word.end : word.end + 1] in (".", ",")
