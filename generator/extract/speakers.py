"""Speakers: from the words that name one to the canonical name the dossier files it under.

* A person the entity annotator found (``ctx.entities``) and whose mention lies in the
  subject phrase gives its canonical name ("Medwedew" → "Dmitri Medwedew"); a name in
  apposition wins over a role ("Ihr Sprecher, Oberst Khalid Ibrahim, sagte").
* A pronoun (er, sie, he, she), an age noun ("die 38-Jährige") or a possessive cue ("ihrer
  Einschätzung nach") is the last fitting person or speaker before it, by gender where known
  (``Entity.gender``, role words such as "Ministerin", "spokeswoman").
* A definite role ("der Minister", "the judge") is the last person introduced with that role
  ("Innenminister Anton Kranz", "U.S. District Judge Miriam Castellanos").
* Otherwise the phrase itself, without its article: a role or organisation ("ukrainische
  Generalstab", "spokesman for the ministry"); nobody for indefinites and things ("man",
  "someone", "the page").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.subjects import NounPhrase
from generator.extract.tokens import Token
from generator.model import Entity

LOOKBACK = 60  # candidates a pronoun may reach back over
LOOKBEHIND = 5000  # characters back in which a shortened name ("Rechnungshof") finds its full form
SALIENT_REACH = 600  # characters back in which a subject beats a later mention
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.-]*)[ \t\xa0]+$")
_ROLE_AFTER = re.compile(r",?\s+(?:der|die|das|the|a|an)?\s*([^\W\d_][\w-]*)")


@dataclass(frozen=True)
class Speaker:
    name: str | None  # canonical name, role phrase, or None for nobody
    text: str | None  # the words in the article that name the speaker
    gender: str | None = None


NOBODY = Speaker(None, None)


def role_gender(word: str, lex: QuoteLexicon) -> tuple[bool, str | None]:
    """Whether ``word`` (lower case) is a role noun, and the gender it tells ("male", "female", None)."""
    found = lex.roles.search(word)
    if found is None:
        return False, None
    return True, "female" if found.group("female") else "male" if found.group("male") else None


class SpeakerIndex:
    """What one article offers for naming speakers: entity mentions, people introduced with a
    role, and the speakers named so far (appended in text order while quotes are read)."""

    def __init__(
        self,
        text: str,
        entities: tuple[Entity, ...],
        lex: QuoteLexicon,
        recall: Callable[[int], None] | None = None,
    ):
        """``recall(offset)`` is asked to add the speakers of the sentences just before ``offset``
        before a pronoun there is resolved (the reader names them only when needed)."""
        self.text, self.lex = text, lex
        self.recall = recall
        mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda m: (m[0], m[1]))
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.people = [(s, e, ent) for s, e, ent in mentions if ent.type == "person"]
        self.people_starts = [p[0] for p in self.people]
        self.spoken: list[tuple[int, Speaker]] = []
        self._links: list[tuple[int, str, Entity]] | None = None

    # entity mentions --------------------------------------------------------------------

    def entity_in(self, start: int, end: int, types: tuple[str, ...]) -> tuple[int, int, Entity] | None:
        """The last mention of an entity of ``types`` overlapping ``text[start:end]``."""
        i = bisect.bisect_left(self.starts, end)
        for j in range(i - 1, max(-1, i - 12), -1):
            s, e, entity = self.mentions[j]
            if e > start and s < end and entity.type in types:
                return self.mentions[j]
            if e <= start - 80:
                break
        return None

    def gender_of(self, entity: Entity) -> str | None:
        return getattr(entity, "gender", None)

    # pronouns ---------------------------------------------------------------------------

    def antecedent(self, position: int, gender: str | None) -> Speaker | None:
        """The person a pronoun at ``position`` points back to: the last subject (a speaker
        named, or a person opening a sentence) of fitting gender in the last few sentences,
        else the last fitting person mentioned; one of unknown gender when nobody fits."""
        if self.recall:
            self.recall(position)
        if gender == "group":  # "it said", "they said": an organisation or group named just before
            for s, speaker in reversed(self.spoken[-LOOKBACK:]):
                if position - SALIENT_REACH <= s < position and speaker.name and speaker.gender is None:
                    return speaker if self.text.find("\n\n", s, position) < 0 else None  # same paragraph
            return None
        candidates: list[tuple[int, bool, Speaker]] = []  # (offset, salient, speaker)
        i = bisect.bisect_left(self.people_starts, position)
        for s, _, entity in self.people[max(0, i - LOOKBACK) : i]:
            candidates.append((s, self._opens_sentence(s), Speaker(entity.name, None, self.gender_of(entity))))
        for s, speaker in self.spoken[-LOOKBACK:]:
            if s < position and speaker.name:
                candidates.append((s, True, speaker))
        candidates.sort(key=lambda c: c[0])
        fitting = [c for c in candidates if gender is None or c[2].gender == gender]
        salient = [c for c in fitting if c[1] and c[0] >= position - SALIENT_REACH]
        if salient:
            return salient[-1][2]
        if fitting:
            return fitting[-1][2]
        unknown = [c for c in candidates if c[2].gender is None]
        return unknown[-1][2] if unknown else None

    def _opens_sentence(self, offset: int) -> bool:
        """Whether a mention at ``offset`` is its sentence's subject: only capitalised words
        (a role, a title) stand before it ("Ministerpräsident Gerd Haller gab …")."""
        lo = max(0, offset - 80)
        start = max(self.text.rfind(c, lo, offset) for c in ".!?:\n") + 1 or lo
        words = self.text[start:offset].replace(",", " ").split()
        return len(words) <= 6 and all(
            w[0].isupper() or w.lower() in self.lex.determiners or role_gender(w.lower(), self.lex)[0] for w in words
        )

    def recent_speaker(self, position: int, gender: str) -> Speaker | None:
        """The last speaker of ``gender`` named in the few sentences before ``position``."""
        if self.recall:
            self.recall(position)
        for s, speaker in reversed(self.spoken[-LOOKBACK:]):
            if s < position - SALIENT_REACH:
                break
            if s < position and speaker.name and speaker.gender == gender:
                return speaker
        return None

    def last_speaker(self, position: int) -> Speaker | None:
        if self.recall:
            self.recall(position)
        for s, speaker in reversed(self.spoken[-LOOKBACK:]):
            if s < position and speaker.name:
                return speaker
        return None

    def add(self, position: int, speaker: Speaker) -> None:
        if speaker.name:
            bisect.insort(self.spoken, (position, speaker), key=lambda item: item[0])

    # roles ------------------------------------------------------------------------------

    def role_links(self) -> list[tuple[int, str, Entity]]:
        """(offset, role word, person) for people introduced with a role: "Innenminister Anton
        Kranz", "Rainer Voss, Präsident des …"."""
        if self._links is None:
            links = []
            for s, e, entity in self.people:
                before = _WORD_BEFORE.search(self.text, max(0, s - 40), s)
                if before and role_gender(before.group(1).lower(), self.lex)[0]:
                    links.append((s, before.group(1).lower(), entity))
                after = _ROLE_AFTER.match(self.text, e, min(len(self.text), e + 40))
                if after and self.text[e : e + 1] == "," and role_gender(after.group(1).lower(), self.lex)[0]:
                    links.append((s, after.group(1).lower(), entity))
            self._links = links
        return self._links

    def person_with_role(self, position: int, role: str) -> Entity | None:
        """The last person before ``position`` introduced with ``role`` (a compound ending in
        it counts); else the first one after (a lede's "the judge", named further down)."""
        later = None
        for s, word, entity in reversed(self.role_links()):
            if word == role or self.lex.compounds and word.endswith(role) or role in word.split("-"):
                if s < position:
                    return entity
                later = entity
        return later

    def compound_before(self, word: str, position: int) -> str | None:
        """The first word before ``position`` that is a compound ending in ``word`` (German):
        "der Rechnungshof" was introduced as "des Landesrechnungshofs"."""
        if not self.lex.compounds or len(word) < 8 or not word[:1].isupper():
            return None
        pattern = re.compile(rf"\b([^\W\d_]+{re.escape(word.lower())})(s?)\b", re.IGNORECASE)
        found = pattern.search(self.text, max(0, position - LOOKBEHIND), position)
        if not found or not found.group(1)[0].isupper():
            return None
        return found.group(1)

    def organisation_ending(self, word: str) -> Entity | None:
        """An organisation whose name ends in ``word`` ("Rechnungshof" → "Landesrechnungshof")."""
        low = word.lower()
        if len(low) < 4:
            return None
        for _, _, entity in self.mentions:
            name = entity.name.lower()
            if entity.type == "organization" and name != low and (name.endswith(low) or name.endswith(" " + low)):
                return entity
        return None


def resolve(np: NounPhrase, tokens: list[Token], index: SpeakerIndex, narrator: Speaker | None = None) -> Speaker:
    """The speaker that the noun phrase ``np`` names; ``narrator`` is who speaks the words
    around it (a quote inside a quote: "I said" is the outer speaker)."""
    lex, text = index.lex, index.text
    first = tokens[np.first]
    if np.kind == "none":
        return NOBODY
    if np.kind == "first":
        return narrator or NOBODY
    if np.kind == "pronoun":
        return pronoun_speaker(first.low, first.text, first.start, index)
    for a, b in np.appositions:
        found = index.entity_in(tokens[a].start, tokens[b - 1].end, ("person",))
        if found:
            return _person(found, text, index)
    core = [t for t in tokens[np.first : np.core] if t.kind in "wn"]
    found = index.entity_in(first.start, tokens[np.core - 1].end, ("person",))
    if found and not _possessor(found, tokens, np):
        return _person(found, text, index)
    words = [t for t in core if t.low not in lex.determiners and t.low not in lex.possessives]
    if not words:
        return NOBODY
    head = words[-1] if not lex.compounds else next((t for t in words if t.cap or t.kind == "n"), words[-1])
    if head.low in lex.indefinites or head.low in lex.nonspeakers:
        return NOBODY
    if any(t.low.endswith(lex.ages) for t in words if lex.ages):
        gender = _article_gender(tokens[np.first], lex)
        return pronoun_speaker(None, _span(text, tokens, np, lex), first.start, index, gender)
    if head.low in lex.statements or lex.compounds and head.low.endswith(tuple(lex.statements)):
        if np.last > np.core:  # "in einer Mitteilung der Geschäftsführung": the owner speaks
            owner = NounPhrase(np.core + 1, np.last, np.last)
            return resolve(owner, tokens, index) if owner.first < owner.core else NOBODY
        return index.last_speaker(first.start) or NOBODY
    for a, b in np.appositions:  # a name in apposition, not found as an entity
        name = _name_after_role(tokens[a:b], lex) or _plain_name(tokens[a:b], lex)
        if name:
            return Speaker(name, name, _role_gender_of(tokens[a:b], lex))
    roles = [role_gender(t.low, lex) for t in words]
    gender = next((g for is_role, g in roles if is_role and g), None)
    if np.last == np.core and first.low in lex.definites and any(r for r, _ in roles) and not _name_after_role(words, lex):
        role_word = next(t.low for t, (r, _) in zip(words, roles) if r)
        person = index.person_with_role(first.start, role_word)
        if person:
            return Speaker(person.name, _span(text, tokens, np, lex), index.gender_of(person) or gender)
        if gender and _epithet(role_word, lex):  # "Die Grünen-Politikerin fügte hinzu": the last speaker
            recent = index.recent_speaker(first.start, gender)
            if recent:
                return Speaker(recent.name, _span(text, tokens, np, lex), gender)
    name = _name_after_role(words, lex)
    if name:
        return Speaker(name, name, gender)
    org = index.entity_in(head.start, head.end, ("organization", "place"))
    named = not any(t.kind == "w" and t.text[0].islower() for t in words)  # not "ukrainische Generalstab"
    if org and named and np.last == np.core and org[0] <= words[0].start and org[1] >= words[-1].end:
        return Speaker(org[2].name, text[org[0] : org[1]], None)  # "Brightwater" → "Brightwater Outdoor"
    if len(words) == 1 and np.last == np.core:
        whole = index.organisation_ending(head.text)  # "laut Rechnungshof", introduced as "Landesrechnungshof"
        if whole:
            return Speaker(whole.name, head.text, None)
        compound = index.compound_before(head.text, head.start)
        if compound:
            return Speaker(compound, head.text, gender)
    phrase = _span(text, tokens, np, lex)
    return Speaker(phrase, phrase, gender)


def pronoun_speaker(
    low: str | None, words: str, position: int, index: SpeakerIndex, gender: str | None = None
) -> Speaker:
    """The person a pronoun (or possessive, or age noun) at ``position`` points back to."""
    lex = index.lex
    if low is not None:
        gender = lex.pronouns.get(low, lex.possessives.get(low))
    found = index.antecedent(position, gender)
    if found is None:
        return NOBODY
    return Speaker(found.name, words, found.gender or gender)


def _person(found: tuple[int, int, Entity], text: str, index: SpeakerIndex) -> Speaker:
    s, e, entity = found
    return Speaker(entity.name, text[s:e], index.gender_of(entity))


def _possessor(found: tuple[int, int, Entity], tokens: list[Token], np: NounPhrase) -> bool:
    """Whether the person mention is only a possessor, with more words after it ("Hänggis
    Verteidiger Marco Pedrini", "Loopr's chief executive")."""
    end = found[1]
    return any(t.start >= end and t.kind == "w" for t in tokens[np.first : np.core])


def _span(text: str, tokens: list[Token], np: NounPhrase, lex: QuoteLexicon) -> str:
    """The phrase of ``np`` without its leading article or possessive."""
    i = np.first
    while i < np.core - 1 and (tokens[i].low in lex.determiners or tokens[i].low in lex.possessives):
        i += 1
    return text[tokens[i].start : tokens[np.last - 1].end]


def _article_gender(t: Token, lex: QuoteLexicon) -> str | None:
    return {"die": "female", "eine": "female", "der": "male", "ein": "male"}.get(t.low) if lex.compounds else None


def _role_gender_of(tokens: list[Token], lex: QuoteLexicon) -> str | None:
    for t in tokens:
        is_role, gender = role_gender(t.low, lex)
        if is_role and gender:
            return gender
    return None


def _name_after_role(tokens: list[Token], lex: QuoteLexicon) -> str | None:
    """The name after the last role word that a name follows ("Oberstaatsanwältin Miriam
    Schäfer" → "Miriam Schäfer"), titles dropped; None without a role."""
    words = [t for t in tokens if t.kind == "w" and t.text != "."]
    cut = -1
    for i, t in enumerate(words[:-1]):
        nxt = words[i + 1]
        if (t.cap or not lex.compounds) and role_gender(t.low, lex)[0] and nxt.cap and not role_gender(nxt.low, lex)[0]:
            cut = i
    if cut < 0:
        return None
    name = [t.text for t in words[cut + 1 :] if t.low.rstrip(".") not in lex.titles]
    if not name or not all(w[0].isupper() or w.lower() in lex.name_particles for w in name):
        return None
    return " ".join(name)


def _plain_name(tokens: list[Token], lex: QuoteLexicon) -> str | None:
    """Capitalised words and nothing else, none of them a role: a name ("Dmitri Medwedew")."""
    words = [t for t in tokens if t.text != "."]
    if not words or len(words) > 4 or role_gender(words[0].low, lex)[0]:
        return None
    for t in words:
        if not (t.cap or t.low in lex.name_particles) or t.low in lex.determiners:
            return None
    return " ".join(t.text for t in words if t.low.rstrip(".") not in lex.titles) or None


def _epithet(word: str, lex: QuoteLexicon) -> bool:
    """Whether a role word is one that re-mentions the person just quoted ("die Grünen-Politikerin",
    "the Democrat") rather than introducing someone ("der Gerichtspräsident")."""
    return word in lex.epithets or lex.compounds and word.endswith(tuple(lex.epithets))
