"""What one article offers for naming speakers: its entity mentions, the people introduced
with a role ("Innenminister Anton Kranz"), and the speakers named so far, read back for
pronouns ("er", "she"), definite roles ("der Minister") and shortened names ("Rechnungshof").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.extract.noun_phrases import is_function_word, parse_np
from generator.extract.orglexicon import org_lexicon
from generator.extract.people import word_kind
from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.sentences import sentence_spans
from generator.extract.tokens import tokenize
from generator.model import Entity

LOOKBACK = 60  # candidates a pronoun may reach back over
LOOKBEHIND = 5000  # characters back in which a shortened name ("Rechnungshof") finds its full form
SALIENT_REACH = 600  # characters back in which a subject beats a later mention
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s|\n\n")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.-]*),?[ \t\xa0]+$")  # "Innenminister Anton", "her nephew, Daniel"
_WORDS_AFTER = re.compile(r",\s+([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?")


@dataclass(frozen=True)
class Speaker:
    name: str | None  # canonical name, role phrase, or None for nobody
    text: str | None  # the words in the article that name the speaker
    gender: str | None = None


NOBODY = Speaker(None, None)


def role_gender(word: str, lex: QuoteLexicon) -> tuple[bool, str | None]:
    """Whether ``word`` (lower case) is a role noun, and the gender it tells ("male", "female", None)."""
    found = lex.roles.search(word)
    if found is None:  # a plural: "the analysts", one gender or several
        plural = any(word.endswith(e) and lex.roles.search(word[: -len(e)]) for e in lex.plural_endings if len(word) > len(e) + 2)
        return plural, None
    return True, "female" if found.group("female") else "male" if found.group("male") else None


REACH_SENTENCE = 400  # characters either side of a mention read as its sentence


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
        mentions = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda m: (m[0], m[1])
        )
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.people = [(s, e, ent) for s, e, ent in mentions if ent.type == "person"]
        self.people_starts = [p[0] for p in self.people]
        self.spoken: list[tuple[int, Speaker]] = []
        self._links: list[tuple[int, str, Entity]] | None = None
        self._orgs: list[tuple[Entity | None, bool]] | None = None
        self._org_names: frozenset[str] | None = None
        self._roles: dict[str, tuple[bool, str | None]] = {}
        # Answers per word, so a huge article asks each question once, not once per quote.
        self._with_role: dict[str, tuple[list[int], list[Entity]]] = {}
        self._ending: dict[str, Entity | None] = {}

    def role(self, word: str) -> tuple[bool, str | None]:
        """:func:`role_gender` of ``word``, worked out once per article."""
        found = self._roles.get(word)
        if found is None:
            found = self._roles[word] = role_gender(word, self.lex)
        return found

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

    def only_organisation(self, position: int) -> Entity | None:
        """The organisation mentioned before ``position`` when it is the only one there."""
        if self._orgs is None:  # per mention: the first organisation so far, and whether a second one came
            first, second, self._orgs = None, False, []
            for _, _, entity in self.mentions:
                if entity.type == "organization":
                    second = second or (first is not None and entity.name != first.name)
                    first = first or entity
                self._orgs.append((first, second))
        i = bisect.bisect_left(self.starts, position)
        if i == 0:
            return None
        first, second = self._orgs[i - 1]
        return None if second else first

    def introduced_as(self, word: str, position: int) -> Entity | None:
        """The organisation last introduced before ``position`` with the descriptor ``word``
        ("the group Last Harvest", "der Konzern Brenntal"): whom "the group said" means."""
        for found in reversed(list(re.finditer(rf"\b{re.escape(word)} (?=[A-Z])", self.text[:position], re.IGNORECASE))):
            named = self.entity_in(found.end(), found.end() + 1, ("organization",))
            if named is not None:
                return named[2]
        return None

    def beside(self, entity: Entity, word: str, position: int) -> bool:
        """Whether ``word`` stands before ``position`` in a sentence that also names ``entity``:
        then it is another party ("The Alliance said the union's demands …"), not the entity."""
        found = re.compile(rf"\b{re.escape(word)}\b", re.I)
        text = self.text
        for m in entity.mentions:
            if m.start >= position:
                continue
            floor, ceiling = max(0, m.start - REACH_SENTENCE), min(position, m.end + REACH_SENTENCE)
            lo = max(text.rfind(c, floor, m.start) for c in ".!?\n") + 1 or floor
            ends = [i for i in (text.find(c, m.end, ceiling) for c in ".!?\n") if i >= 0]
            if found.search(text, lo, min(ends, default=ceiling)):
                return True
        return False

    def gender_of(self, entity: Entity) -> str | None:
        return getattr(entity, "gender", None)

    # pronouns ---------------------------------------------------------------------------

    def antecedent(self, position: int, gender: str | None, same_paragraph: bool = False) -> Speaker | None:
        """The person a pronoun at ``position`` points back to: the last subject (a speaker
        named, or a person opening a sentence) of fitting gender in the last few sentences,
        else the last fitting person mentioned; one of unknown gender when nobody fits.
        ``same_paragraph``: only a subject of fitting gender in the paragraph, or nobody."""
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
            candidates.append(
                (s, self._opens_sentence(s), Speaker(entity.name, None, self.gender_of(entity)))
            )
        for s, speaker in self.spoken[-LOOKBACK:]:
            if s < position and speaker.name:
                candidates.append((s, True, speaker))
        candidates.sort(key=lambda c: c[0])
        fitting = [c for c in candidates if gender is None or c[2].gender == gender]
        salient = [c for c in fitting if c[1] and c[0] >= position - SALIENT_REACH]
        if same_paragraph:
            here = [c for c in salient if self.text.find("\n\n", c[0], position) < 0]
            if here:
                return here[-1][2]
            # No subject fits, but one person of that gender alone is named in the paragraph
            # ("Als erste Zeugin sagte die 86-jährige Hannelore S. aus. … sagte die Rentnerin").
            near = {c[2].name for c in fitting if gender and self.text.find("\n\n", c[0], position) < 0}
            if len(near) == 1:
                return next(c[2] for c in reversed(fitting) if c[2].name in near)
            # Nobody named yet in this paragraph: the subject of the paragraph just before
            # (a lede's "Erna Kowalczyk (84) …", then "…, sagt die resolute Rentnerin").
            # Only a named person: "Der Gerichtspräsident gab bekannt" is someone new, not
            # the "Finma-Sprecher" quoted before.
            start = self.text.rfind("\n\n", 0, position)
            if not salient or any(c[0] > start for c in candidates):
                return None
            s, _, speaker = salient[-1]
            named = any(speaker.name == entity.name for _, _, entity in self.people[max(0, i - LOOKBACK) : i])
            return speaker if named and self.text.find("\n\n", s, start) < 0 else None
        if salient:
            # A subject from an earlier paragraph yields to a fitting person named in this one
            # ("In Zimmer 14 wohnt Hildegard Brenner. Sie lobt …").
            paragraph = self.text.rfind("\n\n", 0, position)
            if salient[-1][0] < paragraph < fitting[-1][0] and not self._pronoun_between(paragraph, fitting[-1][0], gender):
                return fitting[-1][2]  # (unless a pronoun before it carries the subject on: "She went to …")
            return salient[-1][2]
        if fitting:
            return fitting[-1][2]
        # Nobody fits: one of unknown gender, but no organisation for a "he" or "she".
        orgs = self._organisation_names() if gender in ("male", "female") else frozenset()
        unknown = [c for c in candidates if c[2].gender is None and c[2].name not in orgs]
        return unknown[-1][2] if unknown else None

    def recent_organisation(self, position: int) -> str | None:
        """The organisation that spoke last, in the few sentences before ``position`` and in
        its paragraph or the one before: whom "the company said" means when several are named."""
        if self.recall:
            self.recall(position)
        orgs = self._organisation_names()
        for s, speaker in reversed(self.spoken[-LOOKBACK:]):
            if s < position - SALIENT_REACH or self.text.count("\n\n", s, position) > 1:
                break
            if s < position and speaker.name:
                return speaker.name if speaker.name in orgs else None
        return None

    def _organisation_names(self) -> frozenset[str]:
        if self._org_names is None:
            self._org_names = frozenset(e.name for _, _, e in self.mentions if e.type == "organization")
        return self._org_names

    def _sentence_before(self, position: int) -> tuple[int, int] | None:
        """(start, end) of the sentence before the one at ``position``, in its paragraph."""
        begin = self.text.rfind("\n\n", 0, position) + 1
        stop = self.text.find("\n\n", position)
        spans = sentence_spans(self.text, begin, len(self.text) if stop < 0 else stop)
        here = next((k for k, (s, e) in enumerate(spans) if s <= position < e), 0)
        return spans[here - 1] if here else None

    def named_just_before(self, position: int, gender: str | None) -> Speaker | None:
        """The one person of fitting gender named in the sentence before the one at
        ``position``, in the same paragraph: an age noun ("Der 23-Jährige") stands for the
        person just introduced, even when that one was no subject ("Bester Werfer war Ole
        Brandstätter. Der 23-Jährige …")."""
        before = self._sentence_before(position)
        if before is None:
            return None
        s, e = before
        i, j = bisect.bisect_left(self.people_starts, s), bisect.bisect_left(self.people_starts, e)
        found = {ent.name: ent for _, _, ent in self.people[i:j] if gender is None or self.gender_of(ent) in (None, gender)}
        if len(found) != 1:
            return None
        entity = next(iter(found.values()))
        return Speaker(entity.name, None, self.gender_of(entity))

    def role_just_before(self, position: int, gender: str | None) -> Speaker | None:
        """The one definite role of fitting gender named in the sentence before the one at
        ``position`` ("hat der Angeklagte … bestritten. Der 31-Jährige …"), when nobody is named."""
        before = self._sentence_before(position)
        if before is None:
            return None
        words = re.findall(r"[^\W\d_][\w-]*", self.text[before[0] : before[1]])
        found = set()
        for article, word in zip(words, words[1:]):
            if article.lower() not in self.lex.definites or not word[:1].isupper():
                continue
            is_role, role_gender = self.role(word.lower())
            agrees = not self.lex.article_genders or self.lex.article_genders.get(article.lower()) == (role_gender or gender)
            if is_role and agrees and (gender is None or role_gender in (None, gender)):
                found.add(word)
        if len(found) != 1:
            return None
        word = found.pop()
        return Speaker(word, word, gender)

    def subject_before(self, position: int) -> Speaker | None:
        """The person or organisation that opens the sentence before the one at ``position``,
        in the same paragraph ("Auch der Landeselternrat drängt zur Eile. In einem Brief …
        heißt es:" is the council's letter)."""
        before = self._sentence_before(position)
        if before is None:
            return None
        s, e = before
        i = bisect.bisect_left(self.starts, s)
        if i < len(self.mentions) and self.mentions[i][0] < min(e, s + 40) and self._opens_sentence(self.mentions[i][0]):
            entity = self.mentions[i][2]
            if entity.type in ("person", "organization"):
                return Speaker(entity.name, None, self.gender_of(entity) if entity.type == "person" else None)
        words = self.text[s:e].split()[:4]
        gender = self.lex.pronouns.get(words[0].lower()) if words else None
        if gender is not None:  # "Sie hat einen Brief geschrieben.": whom the pronoun means
            return self.antecedent(s, gender)
        while words and (words[0].lower() in self.lex.adverbs or words[0].lower() in self.lex.conjunctions):
            words = words[1:]  # "Auch der Landeselternrat"
        if len(words) >= 2 and words[0].lower() in self.lex.definites and self.lex.ages and words[1].lower().endswith(self.lex.ages):
            # "Der 31-Jährige ließ … verlesen": the one person or role named just before
            article = self.lex.article_genders.get(words[0].lower()) if self.lex.article_genders else None
            return self.named_just_before(s, article) or self.role_just_before(s, article)
        if len(words) >= 3 and words[0].lower() in self.lex.definites and words[1][:1].isupper():
            is_role, gender = self.role(words[1].lower())
            if is_role and not words[2][:1].isupper():  # a role with no name after it
                return Speaker(words[1], words[1], gender)
        return None

    def _pronoun_between(self, start: int, end: int, gender: str | None) -> bool:
        """Whether a personal pronoun of ``gender`` stands in ``text[start:end]``."""
        return any(
            self.lex.pronouns.get(w.lower()) == gender for w in re.findall(r"[^\W\d_]+", self.text[start:end])
        )

    def sentence_subject(self, start: int, end: int) -> Speaker | None:
        """The person who opens the sentence ``text[start:end]`` as its subject ("Lämmel hält
        das für gefährlich."), or None."""
        i = bisect.bisect_left(self.people_starts, start)
        if i < len(self.people) and self.people[i][0] < min(end, start + 60) and self._opens_sentence(self.people[i][0]):
            entity = self.people[i][2]
            return Speaker(entity.name, None, self.gender_of(entity))
        return None

    def _opens_sentence(self, offset: int) -> bool:
        """Whether a mention at ``offset`` is its sentence's subject: only capitalised words
        (a role, a title) stand before it ("Ministerpräsident Gerd Haller gab …")."""
        lo = max(0, offset - 80)
        start = max(self.text.rfind(c, lo, offset) for c in ".!?:\n") + 1 or lo
        words = self.text[start:offset].replace(",", " ").split()
        if words and words[0].lower().strip("„“\"'(") in self.lex.preps:
            # "Neben Stürmer Leon Adu fällt …" is inside a prepositional phrase; "Vor dem Derby
            # hat Trainer Markus Pichler …" is the subject after the verb
            return self.lex.compounds and self._after_prefield(words)
        return len(words) <= 6 and all(
            w[0].isupper()
            or w.lower() in self.lex.determiners
            or self.role(w.lower())[0]
            or w.endswith(("'s", "’s"))  # "The council's chief executive, Helen Marsh,"
            for w in words
        )

    def _after_prefield(self, words: list[str]) -> bool:
        """German: the words before a mention are a prepositional phrase, the finite verb and
        at most two role or title words, so the mention is the subject after the verb."""
        k = len(words)
        while k > 0 and len(words) - k < 2 and words[k - 1][:1].isupper() and self.role(words[k - 1].lower().strip("(),"))[0]:
            k -= 1  # "Trainer", "Bürgermeisterin"
        if k < 3:
            return False
        verb = words[k - 1].lower()
        return words[k - 1][:1].islower() and (verb in self.lex.auxiliaries or verb in self.lex.verbs)

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

    def named_before(self, word: str, position: int) -> Speaker | None:
        """The last speaker or person before ``position`` whose full name holds ``word``."""
        for s, speaker in reversed(self.spoken[-LOOKBACK:]):
            if s < position and speaker.name and word in speaker.name.split() and speaker.name != word:
                return speaker
        i = bisect.bisect_left(self.people_starts, position)
        for _, _, entity in reversed(self.people[max(0, i - LOOKBACK) : i]):
            if word in entity.name.split() and entity.name != word:
                return Speaker(entity.name, word, self.gender_of(entity))
        return None

    def name_opening_with(self, word: str, position: int) -> str | None:
        """The first name of two or three capitalised words that ``word`` opens before
        ``position`` ("Helix Mobile" for "Helix said"): a firm the entity annotator did not
        know is named in full first and by its first word after."""
        pattern = rf"(?<![\w'’-]){re.escape(word)}((?: [A-Z][\w&’'-]*[\w]){{1,2}})(?![\w'’-])"
        for found in re.finditer(pattern, self.text[max(0, position - 20000) : position]):
            rest = found.group(1).split()
            if not any(w.lower() in self.lex.calendar or self.role(w.lower())[0] for w in rest):
                return word + found.group(1)
        return None

    def name_ending_with(self, word: str, position: int) -> str | None:
        """In English, the first "Given Surname" before ``position`` that ends in ``word``
        ("Tigist Alemu" for "Alemu said"): a first name no list knows, used once in full. The
        word before must be able to start a name: no role, title, demonym or common word."""
        if self.lex.compounds:
            return None
        demonyms = org_lexicon("en").demonyms
        pattern = rf"(?<![\w'’-])([A-Z][a-z][\w’'-]*) {re.escape(word)}(?![\w'’-])"
        for found in re.finditer(pattern, self.text[max(0, position - 20000) : position]):
            given = found.group(1)
            kind = word_kind(given, "en")
            if kind.name and not kind.role and not kind.academic and not given.endswith(("'s", "’s")) and (
                given.lower() not in demonyms and given.lower() not in self.lex.calendar
            ):
                return f"{given} {word}"
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
                short = self.lex.title_roles.get(before.group(1).lower().rstrip(".")) if before else None
                if short:  # "Gov. Ellen Marsh": the governor
                    links.append((s, short, entity))
                    before = None
                while before and before.group(1).lower().rstrip(".") in self.lex.titles and before.start() > 0:
                    before = _WORD_BEFORE.search(self.text, max(0, before.start() - 40), before.start())  # "Kämmerin Dr. Ulla …"
                if before and self._introduces(before.group(1)):
                    links.append((s, before.group(1).lower(), entity))
                after = _WORDS_AFTER.match(self.text, e, min(len(self.text), e + 60))
                if after:
                    word = after.group(1).lower()
                    if word in self.lex.determiners and after.group(2):
                        word = after.group(2).lower()  # "Rainer Voss, der Präsident des …"
                    if self.role(word)[0] or word in self.lex.epithets:  # "Maria Delgado, a Democrat from …"
                        links.append((s, word, entity))
            self._links = links
        return self._links

    def opening_role(self, position: int) -> str | None:
        """The role word of a definite phrase that opens the sentence of ``position`` ("The
        mayor of Brookfield …", "Der Bürgermeister …"), lower case, or None."""
        lo = max(0, position - 300)
        start = max(self.text.rfind(c, lo, position) for c in ".!?\n") + 1 or lo
        words = self.text[start:position].split()[:2]
        if len(words) == 2 and words[0].lower() in self.lex.definites:
            role = words[1].strip(",;:").lower()
            return role if self.role(role)[0] else None
        return None

    def named_in_paragraph(self, name: str, position: int) -> bool:
        """Whether the person ``name`` is mentioned in the paragraph of ``position``, before it."""
        start = self.text.rfind("\n\n", 0, position)
        i = bisect.bisect_left(self.people_starts, position)
        for s, _, entity in reversed(self.people[max(0, i - LOOKBACK) : i]):
            if s <= start:
                break
            if entity.name == name:
                return True
        return False

    def has_other_role(self, name: str, role: str) -> bool:
        """Whether the person ``name`` was introduced with a role other than ``role`` (the
        judge "Richter Thomas Brüggemann" is not "der Angeklagte")."""
        return any(
            entity.name == name and word != role and not word.endswith(role) and self.role(word)[0]
            for _, word, entity in self.role_links()
        )

    def _introduces(self, word: str) -> bool:
        """A role word, or in German any noun right before a name ("Kämmerin Ulla Brinkhege",
        "Wirt Georg Stadler"): "die Kämmerin" later points back to her."""
        low = word.lower()
        return self.role(low)[0] or low in self.lex.epithets or (
            self.lex.compounds and word[:1].isupper() and low not in self.lex.determiners and not low.endswith(".")
        )

    def person_with_role(self, position: int, role: str) -> Entity | None:
        """The last person before ``position`` introduced with ``role`` (a compound ending in
        it counts); else the first one after (a lede's "the judge", named further down)."""
        found = self._with_role.get(role)
        if found is None:
            links = [
                (s, entity) for s, word, entity in self.role_links()
                if word == role or self.lex.compounds and word.endswith(role) or role in word.split("-")
            ]
            found = self._with_role[role] = ([s for s, _ in links], [entity for _, entity in links])
        starts, people = found
        if not people:
            return None
        k = bisect.bisect_left(starts, position)
        return people[k - 1] if k else people[0]

    def group_before(self, position: int) -> str | None:
        """The plural role noun nearest before ``position``, in its paragraph or the one before
        ("Workers … were angry. A group of them stood … / "…," one of them said"): the group a
        "one of them" belongs to when no group has spoken yet."""
        lo = max(0, position - SALIENT_REACH // 2)
        breaks = self.text.count("\n\n", lo, position)
        if breaks > 1:
            lo = self.text.rfind("\n\n", lo, self.text.rfind("\n\n", lo, position))
        found: list[re.Match] = [
            m for m in _PLAIN_WORD.finditer(self.text, lo, position)
            if m.group().islower() and any(
                m.group().endswith(e) and len(m.group()) > len(e) + 2 and self.role(m.group()[: -len(e)])[0]
                for e in self.lex.plural_endings
            )
        ]
        if not found:
            return None
        best = found[-1]  # the nearest sentence's first one: its subject more often than not
        for m in reversed(found[:-1]):  # ("Two employees … said engineers in the office …")
            if _SENTENCE_END.search(self.text, m.end(), best.start()):
                break
            best = m
        return best.group()

    def introduced_someone(self, position: int, gender: str) -> str | None:
        """The last unnamed person of ``gender`` introduced with an indefinite role in the
        paragraph before ``position`` ("Zuvor hatte eine frühere Referatsleiterin ausgesagt"):
        whom a later "die Beamtin" re-mentions. The phrase without its article."""
        lex = self.lex
        start = self.text.rfind("\n\n", max(0, position - SALIENT_REACH), position)
        start = start + 2 if start >= 0 else max(0, position - SALIENT_REACH)
        tokens = tokenize(self.text, start, position, [], lex.abbreviations)
        found = None
        for i, t in enumerate(tokens[:-1]):
            if t.low not in lex.introducers or t.low in lex.oblique_introducers:
                continue  # "einem angeblichen Kriminalbeamten" is no subject
            np = parse_np(tokens, i + 1, len(tokens), lex)
            if np is None or np.core <= i + 1:
                continue
            head = tokens[np.core - 1]
            is_role, role_gender = self.role(head.low)
            if is_role and role_gender == gender:
                found = self.text[tokens[i + 1].start : tokens[np.last - 1].end]
        return found

    def introduced_role(self, position: int, role: str) -> str | None:
        """The fuller phrase that introduced ``role`` before ``position`` ("a council
        spokesperson", "ein Sprecher des Ministeriums") for a later "the spokesperson"; None
        when the role's last mention there was bare or definite."""
        lex = self.lex
        if not lex.introducers:
            return None
        last = None
        for last in re.finditer(rf"\b{re.escape(role)}\b", self.text[max(0, position - LOOKBEHIND) : position], re.I):
            pass
        if last is None:
            return None
        at = max(0, position - LOOKBEHIND) + last.start()
        tokens = tokenize(self.text, max(0, at - 80), min(len(self.text), at + 120), [], lex.abbreviations)
        r = next((i for i, t in enumerate(tokens) if t.start == at), None)
        if r is None:
            return None
        k = r - 1  # back over up to two modifiers to the indefinite article
        while k >= 0 and r - k <= 3 and tokens[k].kind == "w" and tokens[k].low not in lex.introducers and tokens[k].low not in lex.numerals and not is_function_word(tokens[k], lex):
            k -= 1
        before = self.text[max(0, at - 40) : at]
        opens = not before.strip() or "\n" in before[len(before.rstrip()) :] or before.rstrip()[-1] in ".!?\"”“»«"
        if k == r - 1 and opens and role.endswith(lex.plural_endings or ("\0",)):
            # a plural needs no article: "Analysts at Morrow & Keane wrote …" … "the analysts wrote"
            np = parse_np(tokens, r, len(tokens), lex)
            return self.text[tokens[r].start : tokens[np.last - 1].end] if np is not None and np.last > np.core else None
        if 0 <= k < r and tokens[k].low in lex.numerals and role.endswith(lex.plural_endings or ("\0",)):
            # a number introduces a plural: "three U.S. officials familiar with …" … "the officials said"
            np = parse_np(tokens, k + 1, len(tokens), lex)
            if np is None or not r < np.core:  # "officials familiar with …": an adjective after it
                return None
            return self.text[tokens[k + 1].start : tokens[np.last - 1].end]
        if k < 0 or tokens[k].low not in lex.introducers:
            return None
        np = parse_np(tokens, k, len(tokens), lex)
        if np is None or np.core - 1 != r or np.last == np.core and np.core - k == 2:
            return None  # not headed by the role, or no more than "a spokesperson"
        return self.text[tokens[k + 1].start : tokens[np.last - 1].end]

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
        if low not in self._ending:
            self._ending[low] = next(
                (
                    entity for _, _, entity in self.mentions
                    if entity.type == "organization" and entity.name.lower() != low and entity.name.lower().endswith(low)
                ),
                None,
            )
        return self._ending[low]
