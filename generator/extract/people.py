"""People in one article: full names found by a first name or a title before them, then
every other mention by surname, merged to one person each.

A name starts at a first name that gender-guesser knows ("Dmitri Medwedew") or after a role
or honorific from ``titles.yml`` ("Präsident Selenskyj", "union leader Marieke Claes",
"Frau Wagner"). It runs over capitalised words joined by single spaces, particles ("von
der") and initials ("Donald J. Trump"), and stops after the surname, so a German noun after
a name ("dass Katrin Müller Kinder hat") stays out. A bare surname ("Medwedew", "Putins",
"Kranz'", "Trump's") is then a mention of the nearest person with that surname.
"""

from __future__ import annotations

import re

from bisect import bisect_left, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from generator.extract.date_grammar import grammar, key as date_key
from generator.extract.firstnames import first_name_gender
from generator.extract.orglexicon import org_lexicon
from generator.extract.titles import titles
from generator.extract.words import Word, capitalised_words, word_before
from generator.lexicon import load
from generator.model import Mention

MAX_NAME_WORDS = 5  # first names, initials, particles and surname together
ROLE_LOOKBACK = 40  # characters searched back for a lower-case role ("union leader")
_POSSESSIVE = ("'s", "’s")
GENITIVE_LANGUAGES = frozenset({"de"})  # Putins, Scholz'
_ARTICLES = frozenset({"der", "den", "dem", "die", "das", "des"})  # particles only after von/van

Spans = Sequence[tuple[int, int, list[Word]]]  # (start, end, capitalised words) per paragraph


@dataclass(frozen=True)
class Person:
    """One person of the article: canonical name, every mention, and the gender evidence."""

    name: str
    mentions: tuple[Mention, ...]
    role_genders: tuple[str, ...] = ()  # gender given by titles before mentions ("Frau", "Ministerin")
    first_gender: str | None = None  # gender of the first name


class Kind(NamedTuple):
    """What one capitalised word can be in a name; cached per (word, language)."""

    name: bool  # may be part of a name
    first: str | None  # "male"/"female"/"any" when a first name
    role: bool  # a role or honorific ("Präsident", "Frau", "Chief")
    role_gender: str | None
    academic: bool  # "Dr", "Prof"
    particle: bool  # "Van", "De"


@dataclass
class _Found:
    """A person while the article is read (local to one call)."""

    words: list[str]  # name words, nominative ("Wladimir", "Putin")
    display: str  # the fullest form so far, as written (particles and initials kept)
    mentions: list[Mention] = field(default_factory=list)
    role_genders: list[str] = field(default_factory=list)
    first_gender: str | None = None
    starts: list[int] = field(default_factory=list)  # starts of names read in the first pass, sorted

    def mention(self, mention: Mention) -> None:
        self.mentions.append(mention)
        insort(self.starts, mention.start)

    def last_before(self, offset: int) -> int:
        """The start of the last mention before ``offset``, or -1."""
        k = bisect_left(self.starts, offset)
        return self.starts[k - 1] if k else -1


@cache
def _particles() -> frozenset[str]:
    return frozenset(str(p) for p in load("particles", "names") or ())


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in load("stopwords", language) or ())


def bare(word: str) -> str:
    """The word without an English possessive: Trump's → Trump."""
    if word.endswith(_POSSESSIVE):
        return word[:-2]
    return word


@lru_cache(maxsize=1 << 16)
def word_kind(word: str, language: str) -> Kind:
    lex = titles(language)
    plain = bare(word)
    is_role, role_gender = lex.role(plain)
    academic = plain in lex.academic or plain + "." in lex.academic
    name = not (
        len(plain) < 2 or plain.isupper() or not plain.replace("-", "").replace("'", "").replace("’", "").isalpha()
        or plain.casefold() in _stopwords(language) or academic or is_role
    )
    first = first_name_gender(word) if name else None  # None for "Denver's": a possessive ends a name
    return Kind(name, first, is_role, role_gender, academic, word.casefold() in _particles())


def _joined(text: str, left: Word, right: Word) -> bool:
    """Two words of one name: a single space, particles ("von der"), or an initial's dot."""
    if right.start == left.end + 1:
        return text[left.end] == " "
    between = text[left.end : right.start]
    if between == ". ":
        return len(left.text) == 1
    if len(between) > 12 or not (between.startswith(" ") and between.endswith(" ")):
        return False
    inner = between.split()
    if inner and inner[0] in _ARTICLES:
        return False  # "Halle der Spedition": a German article, not "von der"
    return 0 < len(inner) <= 3 and all(w in _particles() for w in inner)


def _trigger(text: str, words: list[Word], i: int, floor: int, language: str) -> tuple[bool, str | None]:
    """Whether a role or honorific stands right before ``words[i]`` (academic titles skipped)."""
    start, k = words[i].start, i - 1
    while k >= 0 and k >= i - 4 and words[k].end >= start - 2:  # at most three academic titles
        between = text[words[k].end : start]
        if between != " " and between != ". ":
            break
        kind = word_kind(words[k].text, language)
        if kind.academic:  # "Geschäftsführerin Dr. Anke Sommer"
            start, k = words[k].start, k - 1
            continue
        return (kind.role, kind.role_gender) if between == " " else (False, None)
    if start - 1 <= floor or text[start - 1] != " " or not text[start - 2].islower():
        return False, None
    before, _ = word_before(text, start, floor, ROLE_LOOKBACK)  # "union leader Marieke"
    kind = word_kind(before, language)
    return kind.role, kind.role_gender


def _mid_sentence(text: str, word: Word, floor: int) -> bool:
    """The word does not open a sentence (so its capital marks a name)."""
    k = word.start - 1
    while k >= floor and text[k] in " \t\"'“‘(":
        k -= 1
    return k >= floor and text[k] not in ".!?:;\n"


def read_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list[Word]]]:
    """The capitalised words of each paragraph span: computed once, read by every recogniser."""
    return [(s, e, capitalised_words(text, s, e)) for s, e in spans]


def find_people(
    text: str,
    paragraphs: Spans,
    language: str,
    taken: frozenset[int] = frozenset(),
    not_a_name: Callable[[str], bool] = lambda w: False,
) -> tuple[list[Person], frozenset[int]]:
    """Every person in the paragraphs, merged, in order of first mention, and the starts of
    the capitalised words their mentions cover.

    ``taken`` holds the starts of words that already belong to another entity (an
    organisation); ``not_a_name(word)`` says a word is a place, so no surname on its own."""
    found: dict[str, list[_Found]] = {}  # by surname, casefolded
    used: set[int] = set()
    known = {w.text for _s, _e, words in paragraphs for w in words}
    kinds = {w: word_kind(w, language) for w in known}  # one lookup per distinct word
    lower_roles = titles(language).lower_case
    for floor, _end, words in paragraphs:
        # Where a name may start: a first name, or a word right after a title or "Dr." (or,
        # in English, after a lower-case word: "union leader Marieke"). A list comprehension
        # keeps this test, made for every capitalised word, fast.
        starts = [
            i for i, w in enumerate(words)
            if kinds[w.text].first
            or (i and words[i - 1].end >= w.start - 2 and (kinds[words[i - 1].text].role or kinds[words[i - 1].text].academic))
            or (lower_roles and text[w.start - 2 : w.start - 1].islower())
        ]
        resume = 0
        for i in starts:
            if i < resume or not kinds[words[i].text].name or words[i].start in taken:
                continue
            resume = _read_name(text, words, i, floor, language, kinds, found, used, known, taken, not_a_name)
    if lower_roles:
        used |= _complete_first_names(text, paragraphs, kinds, found, used | taken)
    named = _merge_surnames(text, paragraphs, language, found, used | taken)
    everyone = _merge_birth_names(text, [f for same in found.values() for f in same])
    people = [_person(f) for f in sorted(everyone, key=lambda f: f.starts[0])]
    return people, frozenset(used | named)


def _read_name(text, words, i, floor, language, kinds, found, used, known, taken, not_a_name) -> int:
    """Read a name starting at ``words[i]`` if one starts there; the index to go on from."""
    word = words[i]
    lower_roles = titles(language).lower_case
    kind = kinds[word.text]
    is_role, role_gender = _trigger(text, words, i, floor, language)
    if not is_role and kind.first is None:
        return i + 1
    if (
        not is_role and i and lower_roles and _joined(text, words[i - 1], word)
        and not kinds[words[i - 1].text].academic  # "said Dr Hannah Kessler"
        and not (  # not "BOSTON — When Maya …": a function word that opens the text after a dateline
            not kinds[words[i - 1].text].name and text[max(0, words[i - 1].start - 3) : words[i - 1].start].strip() in ("—", "–", "-")
        )
        and _mid_sentence(text, words[i - 1], floor)
    ):
        # English capitalises only names: "Operation Amber Gate", "New York City" are one
        # name, not a person in it. (German capitalises nouns: "der Satiriker Konrad Pfeil".)
        return i + 1
    name, j = [word], i
    while j + 1 < len(words) and len(name) < MAX_NAME_WORDS and _joined(text, words[j], words[j + 1]):
        nxt = words[j + 1]
        nxt_kind = kinds[nxt.text]
        if nxt.start in taken or not (len(nxt.text) == 1 or nxt_kind.particle or nxt_kind.name):
            break
        if nxt.start > words[j].end + 1 and org_lexicon(language).head(nxt.text):
            break  # "Mareike Oswald von der Privatbank Lindquist": her employer, not her name
        last = kinds[name[-1].text]
        open_ = len(name[-1].text) == 1 or last.particle or last.first
        if not (open_ or (is_role and len(name) == 1) or _second_surname(text, words, j + 1, name, kinds, language)):
            break  # the surname came: a capitalised word after it is a noun, not more name
        name.append(nxt)
        j += 1
        if bare(nxt.text) != nxt.text:
            break  # Trump's: the name ends at the possessive
    while len(name) > 1 and (len(name[-1].text) == 1 or kinds[name[-1].text].particle):
        if _anonymised(text, name, kinds):
            break  # "Jasmin K.": a court report's name, the surname cut to its initial
        name.pop()  # an initial or a particle cannot end a name
        j -= 1
    if not is_role and len(name) < 2:
        surname = _shared_surname(text, words, i, kinds)
        if surname is not None:  # "Jenny and Paul Whitaker": Jenny Whitaker too
            _add_shared(text, word, surname, kind.first, found)
            used.add(word.start)
        return i + 1
    if len(name) == 1 and not_a_name(bare(name[0].text)):
        return i + 1  # "Präsident Russlands"
    if j + 1 < len(words) and _joined(text, words[j], words[j + 1]) and kinds[words[j + 1].text].role:
        return i + 1  # "Chief Financial Officer Priya Raman": still the title
    _add(text, name, language, role_gender if is_role else None, kind.first, found, known)
    used.update(w.start for w in name)
    return j + 1


def _second_surname(text: str, words: list[Word], k: int, name: list[Word], kinds, language: str) -> bool:
    """Whether ``words[k]`` is a second surname after a first name and a surname ("Lars Løkke
    Rasmussen", "Gabriel García Márquez"): in a language that capitalises only names, a third
    name word that ends the name (no capital word follows it) and heads no organisation."""
    if not titles(language).lower_case or len(name) != 2 or kinds[name[0].text].first is None:
        return False
    nxt = kinds[words[k].text]
    if nxt.role or nxt.first or not nxt.name or bare(name[-1].text) != name[-1].text:
        return False
    if _calendar_word(words[k].text, language):
        return False  # "said Anna Berg Monday"
    return not (k + 1 < len(words) and _joined(text, words[k], words[k + 1]))


def _calendar_word(word: str, language: str) -> bool:
    g = grammar(language)
    return g is not None and (date_key(word) in g.weekdays or date_key(word) in g.months)


_PAIRS = (" and ", " und ", " & ")


def _shared_surname(text: str, words: list[Word], i: int, kinds) -> str | None:
    """The surname a first name shares with the full name joined to it by "and" ("Jenny and
    Paul Whitaker", "Anna und Jonas Weber"), or None."""
    if i + 2 >= len(words) or text[words[i].end : words[i + 1].start] not in _PAIRS:
        return None
    j = i + 1
    if kinds[words[j].text].first is None:
        return None
    while j + 1 < len(words) and _joined(text, words[j], words[j + 1]) and kinds[words[j + 1].text].name:
        j += 1
    return bare(words[j].text) if j > i + 1 else None


def _add_shared(text: str, word: Word, surname: str, first: str | None, found: dict[str, list[_Found]]) -> None:
    """Add "Jenny Whitaker", mentioned as "Jenny" alone."""
    first_name = bare(word.text)
    same = found.setdefault(surname.casefold(), [])
    person = _match([first_name, surname], same, word.start)
    if person is None or person.words[0].casefold() != first_name.casefold():
        person = _Found([first_name, surname], f"{first_name} {surname}")
        same.append(person)
    if person.first_gender is None and first in ("male", "female"):
        person.first_gender = first
    person.mention(Mention(first_name, word.start, word.start + len(first_name)))


def _anonymised(text: str, name: list[Word], kinds) -> bool:
    """A first name and a surname's initial with its dot, nothing after ("Hannelore S. aus")."""
    last = name[-1]
    return (
        len(name) == 2 and len(last.text) == 1 and last.text.isupper() and kinds[name[0].text].first is not None
        and text[last.end : last.end + 1] == "." and not text[last.end + 1 : last.end + 3].strip()[:1].isupper()
    )


def _add(text, name: list[Word], language, role_gender, first, found: dict[str, list[_Found]], known) -> None:
    start, end = name[0].start, name[-1].start + len(bare(name[-1].text))
    if len(name[-1].text) == 1 and text[end : end + 1] == ".":
        end += 1  # "Jasmin K." keeps the dot of its initial
    words = [bare(w.text) for w in name if len(w.text) > 1]
    display = " ".join(text[start:end].split())
    if language in GENITIVE_LANGUAGES and words[-1].endswith("s") and words[-1][:-1] in known:
        display, words[-1] = display[:-1], words[-1][:-1]  # Wladimir Putins → Wladimir Putin
    same = found.setdefault(words[-1].casefold(), [])
    person = _match(words, same, start)
    if person is None:
        person = _Found(words, display)
        same.append(person)
    elif len(words) > len(person.words):
        person.words, person.display = words, display  # a fuller form than before
    if person.first_gender is None and first in ("male", "female"):
        person.first_gender = first
    person.mention(Mention(text[start:end], start, end))
    if role_gender:
        person.role_genders.append(role_gender)


def _match(words: list[str], same: list[_Found], start: int) -> _Found | None:
    """The person these words name among those with the same surname: same first word too,
    or the surname alone on one side (the nearest such person before ``start``, else after)."""
    if len(words) > 1:
        exact = [f for f in same if f.words[0].casefold() == words[0].casefold()]
        if exact:
            return exact[-1]
        single = [f for f in same if len(f.words) == 1]
        return single[-1] if single else None
    return _nearest(same, start)


def _nearest(candidates: list[_Found], start: int) -> _Found | None:
    best, best_start = None, -1
    for person in candidates:  # people sharing one surname: a handful
        at = person.last_before(start)
        if at > best_start:
            best, best_start = person, at
    return best or (candidates[0] if candidates else None)


def _complete_first_names(text, paragraphs: Spans, kinds, by_surname: dict[str, list[_Found]], used) -> set[int]:
    """A person known by surname alone ("Mr Raman") whose surname came earlier after a first
    name the name lists lack ("Dev Raman of Carrow & Pike"): that is the full name. Only
    where names alone are capitalised (English): a German noun before a surname is no name."""
    single = {key: same[0] for key, same in by_surname.items() if len(same) == 1 and len(same[0].words) == 1}
    added: set[int] = set()
    if not single:
        return added
    for floor, _end, words in paragraphs:
        for before, word in zip(words, words[1:]):
            person = single.get(bare(word.text).casefold())
            kind = kinds[before.text]
            if (
                person is None or len(person.words) > 1 or before.start in used or word.start in used or word.start in added
                or word.start != before.end + 1 or text[before.end] != " " or bare(before.text) != before.text
                or not kind.name or kind.role or kind.academic or kind.particle
                or not _mid_sentence(text, before, floor)
            ):
                continue
            person.words = [before.text, *person.words]
            person.display = f"{before.text} {person.display}"
            person.mention(Mention(text[before.start : word.end], before.start, word.end))
            added.update((before.start, word.start))
    return added


def _merge_surnames(text, paragraphs: Spans, language, by_surname: dict[str, list[_Found]], used) -> set[int]:
    """Bare surnames (and their genitives) as mentions of the nearest person of that name;
    the starts of the words that became mentions."""
    named: set[int] = set()
    if not by_surname:
        return named
    genitive = language in GENITIVE_LANGUAGES
    keys: dict[str, str] = {}  # word → surname key, for the distinct words that are one
    for _floor, _end, words in paragraphs:
        for text_of in {w.text for w in words} - keys.keys():
            key = bare(text_of).casefold()
            if key not in by_surname and genitive and key.endswith("s"):
                key = key[:-1]  # Putins → Putin
            keys[text_of] = key if key in by_surname else ""
        for word in [w for w in words if keys[w.text] and w.start not in used]:
            plain = bare(word.text)
            person = _nearest(by_surname[keys[word.text]], word.start)
            end = word.start + len(plain)
            # Not .mention(): the nearest person is decided by full names, read in text order.
            person.mentions.append(Mention(text[word.start : end], word.start, end))  # type: ignore[union-attr]
            named.add(word.start)
    return named


_BORN_AFTER = re.compile(r"[ \t]+(?:was born|wurde[ \t]+(?:am[ \t]+)?[\w. ]{0,30}?geboren)\b")  # "Ruth Eleanor Mays was born on …"


@cache
def _birth_cue() -> re.Pattern[str]:
    cues = sorted((str(c) for c in load("birth_name_cues", "names") or ()), key=len, reverse=True)
    return re.compile(rf"(?:^|\W)(?:{'|'.join(re.escape(c) for c in cues)})[ \t]+$", re.I)


def _merge_birth_names(text: str, everyone: list[_Found]) -> list[_Found]:
    """A person first named after a birth-name cue ("Born Margaret Hale", "née Mays") or
    before "was born" is the person named earlier with the same first name: her mentions go
    to that person."""
    ordered = sorted(everyone, key=lambda f: min((m.start for m in f.mentions), default=0))
    kept: list[_Found] = []
    for person in ordered:
        first = min(person.mentions, key=lambda m: m.start, default=None)
        earlier = None
        if first is not None and len(person.words) >= 2 and (
            _birth_cue().search(text, max(0, first.start - 16), first.start)
            or _BORN_AFTER.match(text, first.end)
        ):
            earlier = next((k for k in reversed(kept) if k.words[0] == person.words[0] and k.words != person.words), None)
        if earlier is None:
            kept.append(person)
            continue
        earlier.mentions.extend(person.mentions)
    return kept


def _person(found: _Found) -> Person:
    mentions = tuple(sorted(set(found.mentions), key=lambda m: (m.start, m.end)))
    return Person(found.display, mentions, tuple(found.role_genders), found.first_gender)
