"""Organisations in one article, one entry per organisation however it is named.

Found by, in this order: known names from the lexicon (NATO, Kreml, Bundestag; also as the
first part of a compound, "NATO-Einsatz", and in the genitive, "des Kremls"); a legal form
after a name ("Aurelia Immobilien GmbH", "Helixa Therapeutics, Inc."); a head noun
(Ministerium, Institut, Authority, University …) qualified by an adjective of a country or
city ("des russischen Außenministeriums" → Russisches Außenministerium, "Berliner Institut
für Sicherheitspolitik"), by a name before it ("Robert Koch-Institut", "Antwerp Port
Authority") or by "für …", "of …" or a place after it ("Institut für Sicherheitspolitik",
"University of Leeds", "Universität Hamburg"). A bare head ("das Finanzministerium") is no
entity of its own, but a later "der Generalstab" is a mention of the one qualified
Generalstab the article named. An acronym counts when it is known or defined in brackets
after a name ("Bundesnachrichtendienst (BND)"), and the first word of a name is a mention
too where it is distinctive ("Helixa" for Helixa Therapeutics).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from generator.extract.orgcues import find_acronyms, find_cued, is_descriptor, word_counts
from generator.extract.orglexicon import NOMINATIVE_ENDING, OrgLexicon, org_lexicon
from generator.extract.people import Spans, bare, word_kind
from generator.extract.places import town_shaped
from generator.extract.words import Word, word_before
from generator.model import Mention

MAX_RUN = 4  # capitalised words before a head or a legal form
COMPLEMENTS = {"de": ("für", "der", "des", "zur", "zum", "vom", "von"), "en": ("of", "for")}
COMPLEMENT_JOINS = {"de": ("und", "für", "der", "des"), "en": ("and", "of", "the", "for", "&")}
GENITIVE_LANGUAGES = frozenset({"de"})
# First words that describe rather than name ("Flemish", "National", "Northern", "Housing"):
# no short form of their organisation (nor a city's adjective, "Berliner").
ADJECTIVE_LIKE = ("ish", "al", "ern", "ing", "ian", "ic", "ed", "ese")


@dataclass(frozen=True)
class OrgFound:
    name: str
    mentions: tuple[Mention, ...]


class _Hit(NamedTuple):
    key: str  # "" for a bare head
    name: str
    start: int
    end: int
    last: int  # index of the last word it covers
    head: str = ""  # the head noun, lower case
    size: int = 1  # words in the name
    legal: bool = False  # named with a legal form (GmbH, Inc.)
    cued: bool = False  # named after a descriptor or as an acronym (orgcues.py)


@dataclass
class _Org:
    name: str
    words: int  # how many words the fullest name has
    mentions: list[Mention] = field(default_factory=list)
    head: str = ""  # the head noun, lower case, for later bare mentions ("generalstab")
    legal: bool = False
    cued: bool = False


def find_organisations(
    text: str, paragraphs: Spans, language: str, is_place: Callable[[str], bool] = lambda w: False
) -> tuple[list[OrgFound], frozenset[int]]:
    """Every organisation in the paragraphs, in order of first mention, and the starts of
    the capitalised words they claim (so no person or place is read there)."""
    lex = org_lexicon(language)
    orgs: dict[str, _Org] = {}  # key → organisation
    bare_heads: list[tuple[str, Mention, int]] = []  # (head, mention, word start) waiting for a qualified one
    claimed: set[int] = set()
    acronyms = find_acronyms(text, paragraphs, language, lex)
    counts = word_counts(paragraphs)
    possible: dict[str, bool] = {}  # can a name start or end at this word? once per distinct word
    for floor, end_, words in paragraphs:
        # Cued names and legal forms first: "Helixa Therapeutics, Inc." is one name, not a head and a form.
        formal: dict[int, _Hit] = {}
        for cue in find_cued(text, floor, end_, words, language, lex, acronyms, counts):
            formal[cue.first] = _Hit(f"name:{cue.name.lower()}", cue.name, cue.start, cue.end, cue.last, "", 1, cued=True)
        ends = {w.end: j for j, w in enumerate(words)} if lex.any_form(text, floor, end_) else {}
        for j, form in lex.forms_in(text, floor, end_, ends) if ends else ():  # one regex scan
            hit = _legal_form(text, words, j, form, language, lex)
            if hit is not None:
                first = j
                while first > 0 and words[first - 1].start >= hit.start:
                    first -= 1
                formal.setdefault(first, hit)
        for word in words:
            if word.text not in possible:
                possible[word.text] = could_name(word.text, language)
        candidates = sorted({*formal, *(i for i, w in enumerate(words) if possible[w.text])})
        resume = 0
        for i in candidates:
            if i < resume:
                continue
            found = formal.get(i)
            if found is None:
                found = _at(text, words, i, floor, language, lex, is_place)
            if found is None:
                continue
            key, name, start, end, last, head, size, legal, cued = found
            if key == "":  # a bare head: a mention only if a qualified one exists
                bare_heads.append((head, Mention(text[start:end], start, end), words[i].start))
                resume = last + 1
                continue
            org = orgs.setdefault(key, _Org(name, size, head=head))
            if size > org.words:
                org.name, org.words = name, size
            org.legal |= legal
            org.cued |= cued
            org.mentions.append(Mention(text[start:end], start, end))
            claimed.update(w.start for w in words[max(0, i - MAX_RUN) : last + 1] if start <= w.start < end)
            _acronym_after(text, end, key, lex, orgs)
            resume = last + 1
    _bare_heads(bare_heads, orgs, claimed)
    _short_forms(text, paragraphs, language, lex, orgs, claimed, is_place)
    result = [OrgFound(o.name, tuple(sorted(set(o.mentions), key=lambda m: m.start))) for o in orgs.values()]
    return sorted(result, key=lambda o: o.mentions[0].start), frozenset(claimed)


@lru_cache(maxsize=1 << 16)
def could_name(word: str, language: str) -> bool:
    """A quick, cached test: can an organisation's name start or end at this word?"""
    lex = org_lexicon(language)
    plain = bare(word)
    first = plain.split("-", 1)[0]
    if plain in lex.known or first in lex.known or first in lex.starts or lex.head(plain) is not None:
        return True
    if "-" in plain and any(plain[:k] in lex.known for k in range(len(plain)) if plain[k] == "-"):
        return True
    return language in GENITIVE_LANGUAGES and plain.endswith("s") and (plain[:-1] in lex.known or plain[:-2] in lex.known)


def _at(text, words: list[Word], i: int, floor: int, language: str, lex: OrgLexicon, is_place):
    """(key, name, start, end, index of the last word, head, words in the name) of an
    organisation starting at ``words[i]``, or None; key "" marks a bare head."""
    word = words[i]
    plain = bare(word.text)
    known = _known(text, word, plain, language, lex)
    if known is not None and " " not in known[0] and lex.head(plain) and _run_before(text, words, i, language) < i:
        known = None  # "European Gastro Congress" is not Congress
    if known is not None:
        spelling, number, end = known
        return _Hit(f"known:{number}", lex.nominative(spelling), word.start, end, _last(words, i, end), "", len(spelling.split()))
    if plain.isupper() and len(plain) > 1:
        return None  # unknown acronyms only through a definition (see _acronym_after)
    return _headed(text, words, i, floor, language, lex, is_place)


def _known(text: str, word: Word, plain: str, language: str, lex: OrgLexicon) -> tuple[str, int, int] | None:
    hit = lex.known_at(text, word.start, plain, genitive=language in GENITIVE_LANGUAGES)
    if hit is not None:
        return hit[0], hit[1], word.start + hit[2]
    if language in GENITIVE_LANGUAGES:
        for ending in ("es", "s"):  # des Kremls, des Bundestages
            base = plain[: -len(ending)]
            if plain.endswith(ending) and base in lex.known:
                return base, lex.known[base], word.start + len(plain)
    cut = plain.rfind("-")
    while cut > 0:  # NATO-Einsatz, IG-Metall-Bezirksleiter: the longest known first part
        head = plain[:cut]
        if head in lex.known:
            return lex.nominative(head), lex.known[head], word.start + len(head)
        cut = plain.rfind("-", 0, cut)
    return None


def _last(words: list[Word], i: int, end: int) -> int:
    """The index of the last word that starts before ``end``."""
    j = i
    while j + 1 < len(words) and words[j + 1].start < end:
        j += 1
    return j


def _run_before(text: str, words: list[Word], i: int, language: str) -> int:
    """The index where a run of name words joined by single spaces ends before ``words[i]``."""
    j = i
    while j > 0 and i - j < MAX_RUN and text[words[j - 1].end : words[j].start] in (" ", "' ", "’ "):
        kind = word_kind(words[j - 1].text, language)
        possessive = words[j - 1].text.endswith(("'s", "’s"))  # "Information Commissioner's Office"
        if not (kind.name or words[j - 1].text.isupper() or kind.role and possessive) or kind.role and not possessive:
            break
        if language in GENITIVE_LANGUAGES and j == i and words[j - 1].text.endswith("s"):
            break  # "Kühls Institut" is Kühl's, not a name
        j -= 1
    return j


def _legal_form(text, words: list[Word], i: int, end: int, language: str, lex: OrgLexicon):
    """"Aurelia Immobilien GmbH", "Midland Utilities plc": a run of names that ends at
    ``words[i]``, and the legal form after it that ends at ``end``."""
    if not word_kind(words[i].text, language).name and not words[i].text.isupper():
        return None
    first = _run_before(text, words, i, language)
    while first < i and is_descriptor(words[first].text, language):
        first += 1  # "bei der Werft Nordlicht Schiffbau GmbH": the name starts after "Werft"
    start = words[first].start
    name = " ".join(text[start:end].split())
    base = " ".join(text[start : words[i].end].split())
    last = i
    while last + 1 < len(words) and words[last + 1].start < end:
        last += 1
    return _Hit(f"name:{base.lower()}", name, start, end, last, "", last - first + 1, legal=True)


def _headed(text, words: list[Word], i: int, floor: int, language: str, lex: OrgLexicon, is_place):
    """An organisation named by a head noun, qualified as the module docstring says."""
    word = words[i]
    head = lex.head(bare(word.text))
    if head is None:
        return None
    nominative, gender, head_word = head
    start, end, last = word.start, word.start + len(nominative), i
    if end < word.end and language in GENITIVE_LANGUAGES:
        end = word.end  # the mention keeps the ending: "Außenministeriums"
    complement, last, end = _complement(text, words, i, language, end, is_place)
    qualifier = ""
    adjective = _adjective_before(text, word.start, floor, lex, is_place)
    if adjective is not None:
        adj_word, adj_start = adjective
        qualifier = adj_word if adj_word[:1].isupper() and adj_word.endswith("er") and lex.adjective(adj_word) is None else ""
        if not qualifier:
            stem = lex.adjective(adj_word) or lex.proper_adjective(adj_word) or adj_word
            qualifier = stem[:1].upper() + stem[1:] + NOMINATIVE_ENDING[gender]
        start = adj_start
    first = _run_before(text, words, i, language) if not qualifier else i
    if first < i:  # "Robert Koch-Institut", "Antwerp Port Authority"
        start = words[first].start
        qualifier = " ".join(text[start : word.start].split())
    # Bundesjustizministerium names one body; Bundesverband or Bundesamt alone does not.
    prefixed = language in GENITIVE_LANGUAGES and nominative.startswith("Bundes") and len(nominative) - 6 >= 8
    named = "-" in word.text and word_kind(word.text.split("-", 1)[0], language).first is not None  # Max-Planck-Institut
    if not (qualifier or complement or prefixed or named):
        return _Hit("", "", word.start, word.start + len(bare(word.text)), i, nominative.lower())
    name = " ".join(part for part in (qualifier, nominative, complement) if part)
    size = len(name.split())
    if size < 2 and language not in GENITIVE_LANGUAGES:
        return None
    return _Hit(f"name:{name.lower()}", name, start, end, last, nominative.lower().rsplit("-", 1)[-1], size)


def _complement(text, words, i, language, end, is_place) -> tuple[str, int, int]:
    """("für Sicherheitspolitik", index of its last word, new end) after a head, or ("", i, end)."""
    joins = COMPLEMENT_JOINS.get(language, ())
    after = text[words[i].end : words[i].end + 6].split(" ", 2)
    if len(after) >= 2 and after[0] == "" and after[1] in COMPLEMENTS.get(language, ()):
        j = i + 1
        if j < len(words) and words[j].start == words[i].end + len(after[1]) + 2:
            k = j
            while k + 1 < len(words) and k - j < 3:
                between = text[words[k].end : words[k + 1].start].strip()
                if not (between == "" or between in joins):
                    break
                if words[k + 1].start - words[k].end > 6:
                    break
                k += 1
            start = words[i].end + 1
            return " ".join(text[start : words[k].end].split()), k, words[k].end
    if i + 1 < len(words) and words[i + 1].start == words[i].end + 1:
        after = words[i + 1].text
        if is_place(after) or town_shaped(after, language):  # Universität Hamburg, Landgericht Hallstedt
            return after, i + 1, words[i + 1].end
    return "", i, end


def _adjective_before(text: str, start: int, floor: int, lex: OrgLexicon, is_place) -> tuple[str, int] | None:
    """(adjective, its start) when an adjective of a country or city stands before ``start``."""
    word, begin = word_before(text, start, floor)
    if not word:
        return None
    if lex.adjective(word) is not None or (word[:1].isupper() and lex.proper_adjective(word) is not None):
        return word, begin
    if word[:1].isupper() and word.endswith("er") and len(word) > 4 and is_place(word[:-2]):
        return word, begin  # Berliner, Moskauer
    return None


def _acronym_after(text: str, end: int, key: str, lex: OrgLexicon, orgs: dict[str, _Org]) -> None:
    """"Bundesnachrichtendienst (BND)": the bracketed acronym becomes a spelling of the organisation."""
    if text[end : end + 2] != " (":
        return
    close = text.find(")", end + 2, end + 12)
    acronym = text[end + 2 : close] if close > 0 else ""
    if 1 < len(acronym) <= 8 and acronym.isupper() and acronym.isalnum() and acronym not in lex.not_acronyms:
        orgs[key].mentions.append(Mention(acronym, end + 2, close))
        orgs.setdefault(f"acronym:{acronym}", orgs[key])  # later uses of the acronym find it


def _bare_heads(bare_heads, orgs: dict[str, _Org], claimed: set[int]) -> None:
    """"Der Generalstab kündigte an": a mention of the one qualified Generalstab named."""
    by_head: dict[str, list[_Org]] = {}
    for org in {id(o): o for o in orgs.values()}.values():
        if org.head:
            by_head.setdefault(org.head, []).append(org)
    for head, mention, start in bare_heads:
        if len(by_head.get(head, ())) == 1:
            by_head[head][0].mentions.append(mention)
            claimed.add(start)


def _initials(name: str) -> str | None:
    """The acronym a name of three or more capitalised words would be shortened to ("ICO"),
    small words ("of", "für") skipped; None for shorter names or other words."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 3 or len(words) != len([w for w in name.split() if len(w) > 3 or w[:1].isupper()]):
        return None
    return "".join(w[0] for w in words)


def _short_forms(text, paragraphs: Spans, language, lex: OrgLexicon, orgs: dict[str, _Org], claimed, is_place) -> None:
    """Distinctive first words ("Helixa", "Brightwater") and defined acronyms as mentions."""
    short: dict[str, _Org] = {}
    for key, org in orgs.items():
        if key.startswith("acronym:"):
            short[key.split(":", 1)[1]] = org
            continue
        if org.cued and " " not in org.name and org.name[:1].isupper():
            short.setdefault(org.name, org)  # Brennwerk, and later Brennwerk-Aktie
        first = org.name.split(" ", 1)[0]
        kind = word_kind(first, language)
        if (
            (org.legal or org.cued or language not in GENITIVE_LANGUAGES)
            and " " in org.name and len(first) > 3 and kind.name and (kind.first is None or org.legal) and not is_place(first)
            and lex.head(first) is None and lex.adjective(first) is None and not first.lower().endswith(ADJECTIVE_LIKE)
            and not (first.endswith("er") and is_place(first[:-2]))
        ):
            short.setdefault(first, org)
        initials = _initials(org.name)
        if initials and initials not in lex.known and initials not in lex.not_acronyms:
            short.setdefault(initials, org)  # "the ICO" after "the Information Commissioner's Office"
    if not short:
        return
    for _floor, _end, words in paragraphs:
        for i, word in enumerate(words):
            plain = bare(word.text)
            if plain not in short and "-" in plain:
                plain = plain.split("-", 1)[0]  # Brennwerk-Aktie
            if plain in short and i and words[i - 1].end == word.start - 1:
                before = word_kind(words[i - 1].text, language)
                if before.first or before.role:
                    continue  # "Firmenchef Klaus Meyer" is a person, not Meyer & Partner
            if word.start not in claimed and plain in short:
                short[plain].mentions.append(Mention(plain, word.start, word.start + len(plain)))
                claimed.add(word.start)
