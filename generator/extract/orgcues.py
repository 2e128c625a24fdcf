"""Organisations that only the words around them reveal: names the lexicon cannot know.

- after a descriptor (``descriptors:`` in ``organisations.yml``): "der Autozulieferer
  Brennwerk", "im Verlag Kessel & Sohn", "die Hilfsorganisation „Medizin ohne Mauern“",
  "the retailer Brightwater";
- before an apposition with a descriptor: "Brightwater Outdoor, the camping-gear retailer";
- an acronym the lexicon does not know, when a determiner stands before it at least once and
  it occurs twice or more ("die RSF … Die RSF wies zurück").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from generator.extract.firstnames import not_first_names
from generator.extract.orglexicon import OrgLexicon
from generator.extract.people import Spans, bare, word_kind
from generator.extract.places import town_shaped
from generator.extract.words import Word, word_before
from generator.lexicon import load

MAX_NAME_WORDS = 3
LOWER_CASE_HEADS = frozenset({"en"})  # "the Russian foreign ministry": heads need no capital
MAX_QUOTED = 60  # characters of a quoted name
APPOSITION_WORDS = 5  # words between ", the" and the descriptor
_OPENING = {"„": "“", "“": "”", '"': '"', "»": "«", "«": "»"}
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


class Cued(NamedTuple):
    name: str
    start: int
    end: int
    first: int  # index of the first word covered
    last: int  # index of the last word covered


@cache
def _determiners(language: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in (load("places", language) or {}).get("determiners") or ())


@cache
def _descriptors(language: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    words = frozenset(str(w).lower() for w in (load("organisations", language) or {}).get("descriptors") or ())
    if language != "de" or not words:
        return words, None
    alternatives = "|".join(sorted((re.escape(w[::-1]) for w in words), key=len, reverse=True))
    return words, re.compile(f"(?:{alternatives})")  # over the reversed word: a compound ending in one


@lru_cache(maxsize=1 << 16)
def is_descriptor(word: str, language: str) -> bool:
    """A noun that says what an organisation is ("Autozulieferer", "retailer")."""
    words, compound = _descriptors(language)
    folded = word.lower()
    return folded in words or (compound is not None and word[:1].isupper() and compound.match(folded[::-1]) is not None)


def is_plain_descriptor(word: str, language: str) -> bool:
    """A descriptor noun by itself, no compound of one ("Konzern", "airline"; not "Alpenverein"),
    in German also in the genitive ("des Vereins", "des Konzerns")."""
    low, plain = word.lower(), _descriptors(language)[0]
    if low in plain:
        return True
    return language == "de" and any(low.endswith(e) and low[: -len(e)] in plain for e in ("es", "s"))


def find_cued(
    text: str, floor: int, end: int, words: list[Word], language: str, lex: OrgLexicon,
    acronyms: frozenset[str], counts: dict[str, int],
) -> list[Cued]:
    """Every cued organisation name in one paragraph, in text order; ``acronyms`` are the
    ones :func:`find_acronyms` accepted for the article, ``counts`` how often each
    capitalised word (or first part of a compound) occurs in it."""
    found: list[Cued] = []
    english = language in LOWER_CASE_HEADS
    if english:  # lower-case descriptors and appositions can stand anywhere: read every word
        candidates: list[int] = list(range(len(words)))
    else:  # German: only acronyms, clubs, compounds and words right after a descriptor
        special = acronyms | lex.clubs
        candidates = [
            i for i, w in enumerate(words)
            if w.text in special or "-" in w.text or (i and is_descriptor(words[i - 1].text, language))
        ]
    for i in candidates:
        word = words[i]
        hit: Cued | None = None
        if word.text in acronyms:
            hit = Cued(word.text, word.start, word.end, i, i)
        elif word.text in lex.clubs:
            hit = _club(text, words, i, language, lex)
        after_descriptor = i and words[i - 1].end >= word.start - 2 and is_descriptor(words[i - 1].text, language)
        if hit is None and (after_descriptor or (english and text[word.start - 2 : word.start - 1].islower())):
            hit = _after_descriptor(text, words, i, floor, language, lex, counts)
        if hit is None and "-" in word.text:
            hit = _role_compound(words, i, language, lex, counts)
        if hit is None and english:
            if word.text.lower() in lex.demonyms:
                hit = _demonym_head(text, words, i, end, lex)
            elif "," in text[word.end : word.end + 40]:
                hit = _before_apposition(text, words, i, end, language, lex)
        if hit is not None and not (found and found[-1].end > hit.start):
            found.append(hit)
    return found


def _name_run(text: str, words: list[Word], i: int, language: str, lex: OrgLexicon, first_names: bool = False) -> int:
    """The index of the last word of a run of up to three name words from ``words[i]``
    (joined by a space or " & "), or -1 when ``words[i]`` cannot start a name (a first
    name may, with ``first_names``, when more words follow: "the group River Action")."""
    kind = word_kind(words[i].text, language)
    if not kind.name or lex.head(words[i].text) is not None:
        return -1
    if kind.first and not (first_names and i + 1 < len(words) and words[i + 1].start == words[i].end + 1):
        return -1
    j = i
    while j + 1 < len(words) and j - i + 1 < MAX_NAME_WORDS:
        between = text[words[j].end : words[j + 1].start]
        if not (between == " & " or (between == " " and word_kind(words[j + 1].text, language).name)):
            break  # after "&" any capitalised word: Kessel & Sohn
        j += 1
    return j


def _after_descriptor(text, words: list[Word], i: int, floor: int, language: str, lex: OrgLexicon, counts) -> Cued | None:
    """"der Autozulieferer Brennwerk": the name right after a descriptor."""
    word = words[i]
    # Quick test first: a descriptor is the capitalised word before (German), or the
    # character before the space is a small letter (English "the retailer Brightwater").
    near = i and words[i - 1].end >= word.start - 2
    if not near and not (language in LOWER_CASE_HEADS and text[word.start - 2 : word.start - 1].islower()):
        return None
    if near and text[words[i - 1].end : word.start] in (" ", " „", " “", ' "', " »") and not is_descriptor(words[i - 1].text, language):
        return None
    descriptor = _descriptor_before(text, word.start, floor, language)
    if descriptor is None:
        return None
    opening = text[word.start - 1] if word.start > floor else ""
    if opening in _OPENING and descriptor == word.start - 2:  # „Medizin ohne Mauern“
        close = text.find(_OPENING[opening], word.start, word.start + MAX_QUOTED)
        inner = text[word.start : close] if close > 0 else ""
        if inner and not any(c in inner for c in ".!?:;\n"):
            last = i
            while last + 1 < len(words) and words[last + 1].start < close:
                last += 1
            return Cued(inner, word.start, close, i, last)
        return None
    if descriptor != word.start - 1:
        return None
    last = _name_run(text, words, i, language, lex, first_names=True)
    # One word once is a name only where nouns are not capitalised: "the group Zero", but
    # not "mit dieser Zeitung Fehler".
    once = last == i and counts.get(word.text, 0) < 2
    if last < 0 or (once and (language not in LOWER_CASE_HEADS or word.text in not_first_names())):
        return None
    if last == i and town_shaped(word.text, language):
        return None  # "das Tierheim Brackenfeld": the town it serves, not its name
    name = text[word.start : words[last].end]
    return Cued(bare(name), word.start, word.start + len(bare(name)), i, last)


def _club(text: str, words: list[Word], i: int, language: str, lex: OrgLexicon) -> Cued | None:
    """"VfL Bochum", "FC Bayern München": a club's form and the name after it."""
    if words[i].text not in lex.clubs or i + 1 >= len(words) or words[i + 1].start != words[i].end + 1:
        return None
    last = i + 1
    while last + 1 < len(words) and last - i < 3 and words[last + 1].start == words[last].end + 1:
        last += 1
    end = words[last].start + len(bare(words[last].text))
    return Cued(text[words[i].start : end], words[i].start, end, i, last)


def _role_compound(words: list[Word], i: int, language: str, lex: OrgLexicon, counts) -> Cued | None:
    """"Westlotto-Sprecher Axel Weber": the first part of a role compound names an
    organisation, when it stands in the article on its own too and is no common noun."""
    word = words[i]
    head, _, role = word.text.partition("-")
    if not role or len(head) < 3 or counts.get(head, 0) < 2 or not word_kind(role, language).role:
        return None
    kind = word_kind(head, language)
    if not kind.name or kind.first or kind.role or head.isupper() or lex.head(head) or lex.adjective(head):
        return None
    if is_descriptor(head, language) or head in lex.known:
        return None
    return Cued(head, word.start, word.start + len(head), i, i)


def _descriptor_before(text: str, start: int, floor: int, language: str) -> int | None:
    """The offset of the space (or opening mark) after a descriptor that ends right before ``start``."""
    stop = start - 1
    if stop > floor and text[stop] in _OPENING and text[stop - 1] == " ":
        stop -= 1
    if stop <= floor or text[stop] != " ":
        return None
    before, _ = word_before(text, stop + 1, floor)
    return stop if before and is_descriptor(before, language) else None


def _before_apposition(text, words: list[Word], i: int, end: int, language: str, lex: OrgLexicon) -> Cued | None:
    """"Brightwater Outdoor, the camping-gear retailer, fell …"."""
    if i and words[i - 1].end == words[i].start - 1 and word_kind(words[i - 1].text, language).name:
        return None  # not the start of a run
    last = _name_run(text, words, i, language, lex)
    if last < 0:
        return None
    after = words[last].end
    if not text.startswith((", the ", ", a ", ", an "), after):
        return None
    clause = text[after + 2 : min(end, after + 80)].split(",", 1)[0].split(".", 1)[0].split()
    if len(clause) > APPOSITION_WORDS + 1 or not clause or not is_descriptor(clause[-1], language):
        return None
    return Cued(text[words[i].start : after], words[i].start, after, i, last)


def _demonym_head(text: str, words: list[Word], i: int, end: int, lex: OrgLexicon) -> Cued | None:
    """"the Russian foreign ministry", "the British government": a country's adjective, up to
    two lower-case words and a head noun."""
    word = words[i]
    if word.text.lower() not in lex.demonyms:
        return None
    stop = word.end
    for part in text[word.end : min(end, word.end + 60)].split(" ", 4)[1:4]:
        plain = part.rstrip(".,;:!?\"'”)")
        stop = text.index(plain, stop)
        stop += len(plain)
        if lex.head(plain) is not None:
            last = i
            while last + 1 < len(words) and words[last + 1].start < stop:
                last += 1
            return Cued(" ".join(text[word.start : stop].split()), word.start, stop, i, last)
        if plain != part or not part.islower():
            return None
    return None


def word_counts(paragraphs: Spans) -> dict[str, int]:
    """How often each capitalised word, or first part of a compound ("Brennwerk-Aktie"), occurs."""
    counts: dict[str, int] = {}
    for _floor, _end, words in paragraphs:
        for word in words:
            counts[word.text] = counts.get(word.text, 0) + 1
            if "-" in word.text:
                head = word.text.split("-", 1)[0]
                counts[head] = counts.get(head, 0) + 1
    return counts


def find_acronyms(text: str, paragraphs: Spans, language: str, lex: OrgLexicon) -> frozenset[str]:
    """Unknown acronyms seen twice or more, once at least after a determiner ("die RSF")."""
    seen: dict[str, list[tuple[Word, int]]] = {}
    shouted: set[str] = set()
    for _floor, _end, words in paragraphs:
        for i, word in enumerate(words):
            if not word.text.isupper():
                continue
            if _ACRONYM.fullmatch(word.text) and word.text not in lex.not_acronyms and word.text not in lex.known:
                seen.setdefault(word.text, []).append((word, i))
                if any(0 <= k < len(words) and _shouting(text, words, i, k) for k in (i - 1, i + 1)):
                    shouted.add(word.text)  # "DIE RSF KOMMT": capitals for emphasis
    determiners = _determiners(language)
    return frozenset(
        acronym for acronym, uses in seen.items()
        if len(uses) > 1 and acronym not in shouted and any(_determined(text, w.start, determiners) for w, _ in uses)
    )


def _shouting(text: str, words: list[Word], i: int, k: int) -> bool:
    """The neighbouring word ``words[k]`` is in capitals too and stands right beside ``words[i]``."""
    left, right = (words[k], words[i]) if k < i else (words[i], words[k])
    return words[k].text.isupper() and len(words[k].text) > 1 and right.start - left.end <= 2


def _determined(text: str, start: int, determiners: frozenset[str]) -> bool:
    """A determiner before ``start``, perhaps with one adjective between ("der paramilitärischen RSF")."""
    before = text[max(0, start - 40) : start].split()
    if not before or before[-1][:1].isupper() and before[-1].casefold() not in determiners:
        return False
    return before[-1].casefold() in determiners or (len(before) > 1 and before[-2].casefold() in determiners)
