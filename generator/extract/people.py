"""People in one article: full names found by a first name or a title before them, then
every later mention by surname, merged to one person each.

A name starts at a first name that gender-guesser knows ("Dmitri Medwedew") or after a role
or honorific from ``titles.yml`` ("Präsident Selenskyj", "union leader Marieke Claes",
"Frau Wagner"). It runs over capitalised words joined by single spaces, particles ("von
der") and initials ("Donald J. Trump"), and stops after the surname, so a German noun after
a name ("dass Katrin Müller Kinder hat") stays out. A bare surname ("Medwedew", "Putins",
"Kranz'", "Trump's") is then a mention of the nearest person with that surname.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from generator.extract.firstnames import first_name_gender
from generator.extract.titles import Titles, titles
from generator.extract.words import Word, capitalised_words, gap, previous_word
from generator.lexicon import load
from generator.model import Mention

MAX_NAME_WORDS = 5  # first names, initials, particles and surname together
_POSSESSIVE = ("'s", "’s")
GENITIVE_LANGUAGES = frozenset({"de"})  # Putins, Scholz'


@dataclass(frozen=True)
class Person:
    """One person of the article: canonical name, every mention, gender where known."""

    name: str
    mentions: tuple[Mention, ...]
    gender: str | None = None
    role_genders: tuple[str, ...] = ()  # gender given by titles before mentions ("Frau", "Ministerin")
    first_gender: str | None = None  # gender of the first name


@dataclass
class _Found:
    """A person while the article is read (local to one call)."""

    words: list[str]  # name words, nominative ("Wladimir", "Putin")
    display: str  # the fullest form so far, as written (particles and initials kept)
    mentions: list[Mention] = field(default_factory=list)
    role_genders: list[str] = field(default_factory=list)
    first_gender: str | None = None


@cache
def _particles() -> frozenset[str]:
    return frozenset(str(p) for p in load("particles", "names") or ())


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in load("stopwords", language) or ())


def _bare(word: str) -> str:
    """The word without an English possessive: Trump's → Trump."""
    for ending in _POSSESSIVE:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def is_name_word(word: str, language: str, lex: Titles) -> bool:
    """A capitalised word that can be part of a name (not a function word, role or month)."""
    word = _bare(word)
    if len(word) < 2 or not word[0].isupper() or word.isupper() or any(c.isdigit() for c in word):
        return False
    if word.casefold() in _stopwords(language) or word in lex.academic or word + "." in lex.academic:
        return False
    return not lex.role(word)[0]


def _joined(text: str, left: Word, right: Word) -> bool:
    """Two words of one name: a single space, particles ("von der"), or an initial's dot."""
    between = gap(text, left, right)
    if between == " ":
        return True
    if between == ". " and len(left.text) == 1:
        return True
    inner = between.split()
    return (
        between.startswith(" ") and between.endswith(" ") and 0 < len(inner) <= 3
        and len(between) <= 12 and all(w in _particles() for w in inner)
    )


def _trigger(text: str, word: Word, floor: int, lex: Titles) -> tuple[bool, str | None]:
    """Whether a role or honorific stands right before ``word`` (academic titles skipped)."""
    start = word.start
    for _ in range(4):
        before = previous_word(text, start, floor)
        if not before:
            return False, None
        if before in lex.academic or before.rstrip(".") + "." in lex.academic:
            start = text.rindex(before, floor, start)
            continue
        return lex.role(before.rstrip(",;:"))
    return False, None


def find_people(
    text: str,
    spans: list[tuple[int, int]],
    language: str,
    taken: Callable[[int, int], bool] = lambda s, e: False,
    not_a_name: Callable[[str], bool] = lambda w: False,
) -> list[Person]:
    """Every person in ``text[start:end]`` for each span, merged, in order of first mention.

    ``taken(start, end)`` says a stretch already belongs to another entity (an organisation);
    ``not_a_name(word)`` that a word is a place or organisation, so it cannot be a surname alone."""
    lex = titles(language)
    found: list[_Found] = []
    used: list[tuple[int, int]] = []
    words_by_span = [(s, e, capitalised_words(text, s, e)) for s, e in spans]
    known = {w.text for _s, _e, words in words_by_span for w in words}
    for floor, _end, words in words_by_span:
        i = 0
        while i < len(words):
            i = _read_name(text, words, i, floor, language, lex, found, used, known, taken, not_a_name)
    _merge_surnames(text, words_by_span, language, found, used, taken)
    return [_person(f) for f in sorted(found, key=lambda f: f.mentions[0].start)]


def _read_name(text, words, i, floor, language, lex, found, used, known, taken, not_a_name) -> int:
    """Read a name starting at ``words[i]`` if one starts there; the index to go on from."""
    word = words[i]
    if taken(word.start, word.end) or not is_name_word(word.text, language, lex):
        return i + 1
    is_role, role_gender = _trigger(text, word, floor, lex)
    first = first_name_gender(word.text)  # None for "Denver's": a possessive ends a name
    if not is_role and first is None:
        return i + 1
    name = [word]
    j = i
    while j + 1 < len(words) and len(name) < MAX_NAME_WORDS and _joined(text, words[j], words[j + 1]):
        nxt = words[j + 1]
        last = _bare(name[-1].text)
        particle = nxt.text.casefold() in _particles()  # "Van" in Pieter Van Damme
        if taken(nxt.start, nxt.end) or not (len(nxt.text) == 1 or particle or is_name_word(nxt.text, language, lex)):
            break
        open_ = len(last) == 1 or last.casefold() in _particles() or first_name_gender(last)
        if not (open_ or (is_role and len(name) == 1)):
            break  # the surname came: a capitalised word after it is a noun, not more name
        name.append(nxt)
        j += 1
        if _bare(nxt.text) != nxt.text:
            break  # Trump's: the name ends at the possessive
    while len(name) > 1 and (len(name[-1].text) == 1 or name[-1].text.casefold() in _particles()):
        name.pop()  # an initial or a particle cannot end a name
        j -= 1
    if (not is_role and len(name) < 2):
        return i + 1
    if len(name) == 1 and not_a_name(_bare(name[0].text)):
        return i + 1  # "Präsident Russlands"
    if j + 1 < len(words) and _joined(text, words[j], words[j + 1]) and lex.role(words[j + 1].text)[0]:
        return i + 1  # "Chief Financial Officer Priya Raman": still the title
    _add(text, name, language, role_gender if is_role else None, first, found, used, known)
    return j + 1


def _add(text, name: list[Word], language, role_gender, first, found: list[_Found], used, known) -> None:
    start, end = name[0].start, name[-1].start + len(_bare(name[-1].text))
    words = [_bare(w.text) for w in name if len(w.text) > 1]
    display = " ".join(text[start:end].split())
    if language in GENITIVE_LANGUAGES and words[-1].endswith("s") and words[-1][:-1] in known:
        display, words[-1] = display[:-1], words[-1][:-1]  # Wladimir Putins → Wladimir Putin
    mention = Mention(text[start:end], start, end)
    person = _match(words, found, start)
    if person is None:
        person = _Found(words, display, first_gender=first if first != "any" else None)
        found.append(person)
    elif len(words) > len(person.words):
        person.words, person.display = words, display  # a fuller form than before
        if person.first_gender is None and first in ("male", "female"):
            person.first_gender = first
    person.mentions.append(mention)
    if role_gender:
        person.role_genders.append(role_gender)
    used.append((start, end))


def _match(words: list[str], found: list[_Found], start: int) -> _Found | None:
    """The person these words name: same first and last word, or the same surname when
    one side has only the surname (the nearest such person before ``start``, else after)."""
    surname = words[-1].casefold()
    same = [f for f in found if f.words[-1].casefold() == surname]
    if len(words) > 1:
        exact = [f for f in same if f.words[0].casefold() == words[0].casefold()]
        if exact:
            return exact[-1]
        single = [f for f in same if len(f.words) == 1]
        return single[-1] if single else None
    return _nearest(same, start)


def _nearest(candidates: list[_Found], start: int) -> _Found | None:
    before = [f for f in candidates if f.mentions[0].start < start]
    if before:
        return max(before, key=lambda f: max(m.start for m in f.mentions if m.start < start))
    return candidates[0] if candidates else None


def _merge_surnames(text, words_by_span, language, found: list[_Found], used, taken) -> None:
    """Bare surnames (and their genitives) as mentions of the nearest person of that name."""
    by_surname: dict[str, list[_Found]] = {}
    for person in found:
        by_surname.setdefault(person.words[-1].casefold(), []).append(person)
    if not by_surname:
        return
    spans = sorted(used)
    for _floor, _end, words in words_by_span:
        for word in words:
            if _inside(spans, word.start) or taken(word.start, word.end):
                continue
            bare = _bare(word.text)
            key = bare.casefold()
            if key not in by_surname and language in GENITIVE_LANGUAGES and key.endswith("s"):
                key = key[:-1]  # Putins → Putin
            if key not in by_surname:
                continue
            person = _nearest(by_surname[key], word.start)
            end = word.start + len(bare)
            person.mentions.append(Mention(text[word.start : end], word.start, end))


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _person(found: _Found) -> Person:
    mentions = tuple(sorted(set(found.mentions), key=lambda m: (m.start, m.end)))
    return Person(
        name=found.display,
        mentions=mentions,
        role_genders=tuple(found.role_genders),
        first_gender=found.first_gender,
    )
