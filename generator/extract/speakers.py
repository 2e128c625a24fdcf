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

What the article offers for this (mentions, people with roles, speakers so far) is kept by
``speaker_index.SpeakerIndex``.
"""

from __future__ import annotations

from generator.extract.firstnames import first_name_gender
from generator.extract.noun_phrases import NounPhrase, parse_np
from generator.extract.orgcues import is_descriptor, is_plain_descriptor
from generator.extract.orglexicon import org_lexicon
from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.speaker_index import NOBODY, Speaker, SpeakerIndex, role_gender
from generator.extract.tokens import Token
from generator.model import Entity


def resolve(
    np: NounPhrase, tokens: list[Token], index: SpeakerIndex, narrator: Speaker | None = None
) -> Speaker:
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
    # The head's own person first ("said Priya Natarajan, chief executive of …"), then a
    # person in apposition ("Ihr Sprecher, Oberst Khalid Ibrahim, sagte").
    found = index.entity_in(first.start, tokens[np.core - 1].end, ("person",))
    if found and not _possessor(found, tokens, np, index.lex):
        return _person(found, text, index)
    for a, b in np.appositions:
        in_apposition = index.entity_in(tokens[a].start, tokens[b - 1].end, ("person",))
        if in_apposition:
            return _person(in_apposition, text, index)
    if tokens[np.core - 1].kind == "q":  # a quoted name: the outlet or organisation speaks
        name = tokens[np.core - 1].text.strip()
        return Speaker(name, name, None)
    core = [t for t in tokens[np.first : np.core] if t.kind in "wn"]
    words = [t for t in core if t.low not in lex.determiners and t.low not in lex.possessives]
    if not words:
        return NOBODY
    head = words[-1] if not lex.compounds else next((t for t in words if t.cap or t.kind == "n"), words[-1])
    if head.low in lex.indefinites or _nonspeaker(head.low, lex):
        return NOBODY
    if head.low in lex.group_pronouns:  # "One of them said": one of the group that spoke before
        group = index.antecedent(first.start, "group")
        name = group.name if group else index.group_before(first.start)  # "Workers … A group of them"
        return Speaker(name, _span(text, tokens, np, lex), None) if name else NOBODY
    # "die 38-Jährige", "the 67-year-old" point back; "eine 74-jährige Rentnerin" is someone new
    if first.low in lex.definites and any(t.low.endswith(lex.ages) for t in words if lex.ages):
        gender = _article_gender(tokens[np.first], lex)
        just = index.named_just_before(first.start, gender)
        if just is not None:
            return Speaker(just.name, _span(text, tokens, np, lex), just.gender or gender)
        return pronoun_speaker(None, _span(text, tokens, np, lex), first.start, index, gender)
    plural_statement = any(head.low.endswith(e) and head.low[: -len(e)] in lex.statements for e in lex.plural_endings)
    if head.low in lex.statements or plural_statement or lex.compounds and head.low.endswith(tuple(lex.statements)):
        if np.last > np.core:  # "in einer Mitteilung der Geschäftsführung": the owner speaks
            owner = NounPhrase(np.core + 1, np.last, np.last)
            if owner.last - owner.first == 1 and is_plain_descriptor(tokens[owner.first].text, lex.language):
                org = index.only_organisation(first.start)  # "der Mitteilung des Vereins": the club named before
                if org is not None:
                    return Speaker(org.name, _span(text, tokens, np, lex), None)
            return resolve(owner, tokens, index) if owner.first < owner.core else NOBODY
        if np.core < len(tokens) and tokens[np.core].low in lex.source_preps:  # "a statement from the Ministry"
            end = next(  # "A statement from Pennant read:": the owner ends before the speech verb
                (k for k in range(np.core + 2, len(tokens)) if tokens[k].low in lex.verbs or tokens[k].low in lex.display),
                len(tokens),
            )
            owner = parse_np(tokens, np.core + 1, end, lex)
            return resolve(owner, tokens, index) if owner is not None else NOBODY
        return index.last_speaker(first.start) or NOBODY
    for a, b in np.appositions:  # a name in apposition, not found as an entity
        b = next((k for k in range(a + 1, b) if tokens[k].low in lex.preps), b)  # "Dev Raman of Carrow"
        name = _name_after_role(tokens[a:b], index) or _plain_name(tokens[a:b], index)
        if name:  # "Their daughter, Megan": the gender of the role when the name has none
            return Speaker(name, name, _role_gender_of(tokens[a:b], index) or _role_gender_of(tokens[np.first : np.core], index))
    roles = [index.role(t.low) for t in words]
    gender = next((g for is_role, g in roles if is_role and g), None)
    if lex.compounds and roles[-1][0] and head.low.endswith("e"):  # "die Angeklagte", "der Vorsitzende":
        gender = _article_gender(first, lex) or gender  # an adjective noun takes its article's gender
    name = _name_after_role(words, index) if any(r for r, _ in roles) else None
    # "der Minister", "her nephew": the person introduced with that role
    definite = first.low in lex.definites or lex.possessives.get(first.low) in ("male", "female")
    if definite and np.last > np.core and any(r for r, _ in roles) and not name and _to_medium(tokens, np, lex):
        # "sagte die Frau der Badischen Zeitung": someone known, speaking to the paper
        return resolve(NounPhrase(np.first, np.core, np.core, np.kind, np.appositions), tokens, index, narrator)
    if np.last == np.core and definite and any(r for r, _ in roles) and not name:
        role_word = next(t.low for t, (r, _) in zip(words, roles) if r)
        person = index.person_with_role(first.start, role_word)
        if person:
            return Speaker(person.name, _span(text, tokens, np, lex), index.gender_of(person) or gender)
        if gender and _epithet(role_word, lex):  # "Die Grünen-Politikerin fügte hinzu": the last speaker
            recent = index.recent_speaker(first.start, gender)
            if recent:
                return Speaker(recent.name, _span(text, tokens, np, lex), gender)
        if gender and _agrees(first, role_word, gender, lex):  # "…, sagt der Rentner": the person just named
            recent = index.antecedent(first.start, gender, same_paragraph=True)
            if recent and (index.named_in_paragraph(recent.name, first.start) or not index.has_other_role(recent.name, role_word)):
                return Speaker(recent.name, _span(text, tokens, np, lex), gender)
        introduced = index.introduced_role(first.start, role_word)  # "the spokesperson": "a council spokesperson"
        if introduced:
            return Speaker(introduced, _span(text, tokens, np, lex), gender)
        someone = index.introduced_someone(first.start, gender) if gender and _agrees(first, role_word, gender, lex) else None
        if someone:  # "eine frühere Referatsleiterin …, sagte die Beamtin": the one introduced
            return Speaker(someone, _span(text, tokens, np, lex), gender)
    if (  # German "die Kämmerin": a noun no list knows, introduced right before a name
        lex.compounds and definite and np.last == np.core and not name and not any(r for r, _ in roles)
        and head.cap and head is words[-1]
    ):
        person = index.person_with_role(first.start, head.low)
        if person:
            return Speaker(person.name, _span(text, tokens, np, lex), index.gender_of(person))
    if (  # "the Democrat said": the person introduced as one, else the person just named
        definite and np.last == np.core and not name and len(words) == 1
        and not roles[0][0] and (_epithet(head.low, lex) or _nationality(head.low, lex))
        and not index.entity_in(head.start, head.end, ("organization",))  # "die Linke", the party
    ):
        person = index.person_with_role(first.start, head.low)
        recent = Speaker(person.name, None, index.gender_of(person)) if person else index.antecedent(first.start, None)
        if recent:
            return Speaker(recent.name, _span(text, tokens, np, lex), recent.gender)
    if (  # "the airline said", "der Konzern teilte mit": the one organisation named before
        definite and np.last == np.core and not name and len(words) == 1
        and not roles[0][0] and is_plain_descriptor(head.text, lex.language)
    ):
        org = index.introduced_as(head.text, first.start)  # "the group Last Harvest" … "the group said"
        if org is not None:
            return Speaker(org.name, _span(text, tokens, np, lex), None)
        org = index.only_organisation(first.start)
        if org and not index.beside(org, head.low, first.start):
            return Speaker(org.name, _span(text, tokens, np, lex), None)
        spoke = index.recent_organisation(first.start) if org is None else None
        if spoke:  # "The operator, Atlantic Terminal Partners, called …  the company said"
            return Speaker(spoke, _span(text, tokens, np, lex), None)
    if name:
        return Speaker(name, name, gender)
    org = index.entity_in(head.start, head.end, ("organization", "place"))
    named = not any(t.kind == "w" and t.text[0].islower() for t in words)  # not "ukrainische Generalstab"
    if org and named and np.last == np.core and org[0] <= words[0].start and org[1] >= words[-1].end:
        return Speaker(org[2].name, text[org[0] : org[1]], None)  # "Brightwater" → "Brightwater Outdoor"
    if (  # "die Gewerkschaft GEW", "the charity Oxfam": the name, as "Innenminister Anton Kranz" is Anton Kranz
        len(words) >= 2
        and np.last == np.core
        and is_descriptor(words[0].text, lex.language)
        and all(t.cap for t in words[1:])
        and not any(r for r, _ in roles)
    ):
        org = index.entity_in(words[1].start, words[-1].end, ("organization",))
        name = org[2].name if org else " ".join(t.text for t in words[1:])
        return Speaker(name, _span(text, tokens, np, lex), None)
    if len(words) == 1 and np.last == np.core:
        whole = index.organisation_ending(
            head.text
        )  # "laut Rechnungshof", introduced as "Landesrechnungshof"
        if whole:
            return Speaker(whole.name, head.text, None)
        compound = index.compound_before(head.text, head.start)
        if compound:
            return Speaker(compound, head.text, gender)
        if head.cap and not any(r for r, _ in roles):
            known = index.named_before(
                head.text, head.start
            )  # "Maureen", "Garside": a speaker named in full before
            if known:
                return Speaker(known.name, head.text, known.gender)
            unknown = not index.entity_in(head.start, head.end, ("person",))
            fuller = index.name_opening_with(head.text, head.start) or index.name_ending_with(head.text, head.start) if unknown else None
            if fuller:
                return Speaker(fuller, head.text, None)
    phrase = _span(text, tokens, np, lex)
    given = _first_name_after(text, tokens[np.last - 1].end, lex)
    if given:  # "one homeowner, who asked to be identified only by her first name, Denise,"
        return Speaker(given, phrase, gender or _gender_of_name(given))
    return Speaker(phrase, phrase, gender)


def _to_medium(tokens: list[Token], np: NounPhrase, lex: QuoteLexicon) -> bool:
    """Whether the complement of ``np`` names a medium ("der Badischen Zeitung")."""
    return any(t.kind == "w" and t.low.endswith(lex.recipients) for t in tokens[np.core : np.last])


def _nationality(word: str, lex: QuoteLexicon) -> bool:
    """An English noun of nationality that names again the person just quoted ("the
    Frenchwoman", "the Czech")."""
    if lex.compounds:
        return False
    demonyms = org_lexicon(lex.language).demonyms
    stem = word.removesuffix("woman") if word.endswith("woman") else word.removesuffix("man")
    return word in demonyms or stem != word and stem in demonyms


def _nonspeaker(word: str, lex: QuoteLexicon) -> bool:
    """A thing that bears words but says nothing: "banner", "signs" (the plural too)."""
    return word in lex.nonspeakers or any(
        word.endswith(e) and word[: -len(e)] in lex.nonspeakers for e in lex.plural_endings
    )


def _gender_of_name(name: str) -> str | None:
    found = first_name_gender(name)
    return found if found in ("male", "female") else None


def _first_name_after(text: str, end: int, lex: QuoteLexicon) -> str | None:
    """The first name a relative clause right after a phrase gives its unnamed person."""
    if lex.first_name is None or text[end : end + 1] != ",":
        return None
    clause = text[end : end + 160]
    stop = min((i for i in (clause.find(". "), clause.find("\n")) if i > 0), default=len(clause))
    found = lex.first_name.search(clause, 0, stop)
    return found.group(1) if found and found.group(1)[0].isupper() else None


def pronoun_speaker(
    low: str | None, words: str, position: int, index: SpeakerIndex, gender: str | None = None
) -> Speaker:
    """The person a pronoun (or possessive, or age noun) at ``position`` points back to."""
    lex = index.lex
    if low is not None:
        gender = lex.pronouns.get(low, lex.possessives.get(low))
    found = index.antecedent(position, gender)
    if found is None and low is not None:
        # nobody named yet: the role that opens the sentence, named further on ("The mayor of
        # Brookfield has defended a post in which he described …" … "Mayor Tom Ricketts")
        role = index.opening_role(position)
        person = index.person_with_role(position, role) if role else None
        if person is not None and (gender is None or index.gender_of(person) in (None, gender)):
            return Speaker(person.name, words, index.gender_of(person) or gender)
    if found is None:
        return NOBODY
    return Speaker(found.name, words, found.gender or gender)


def _person(found: tuple[int, int, Entity], text: str, index: SpeakerIndex) -> Speaker:
    s, e, entity = found
    return Speaker(entity.name, text[s:e], index.gender_of(entity))


def _possessor(found: tuple[int, int, Entity], tokens: list[Token], np: NounPhrase, lex: QuoteLexicon) -> bool:
    """Whether the person mention is only a possessor, with more words after it ("Hänggis
    Verteidiger Marco Pedrini", "Loopr's chief executive"); a prepositional phrase after it
    is the person's affiliation ("Jens Pohlmann von Nordkap Research")."""
    end = found[1]
    after = next((t for t in tokens[np.first : np.core] if t.start >= end and t.kind == "w"), None)
    return after is not None and after.low not in lex.preps


def _span(text: str, tokens: list[Token], np: NounPhrase, lex: QuoteLexicon) -> str:
    """The phrase of ``np`` without its leading article or possessive."""
    i = np.first
    while i < np.core - 1 and (
        tokens[i].low in lex.determiners or tokens[i].low in lex.possessives or tokens[i].text.isdigit() or tokens[i].low in lex.numerals
    ):
        i += 1  # "23 Pflegekräfte", "Two employees": a count is no part of the role
    return text[tokens[i].start : tokens[np.last - 1].end]


def _article_gender(t: Token, lex: QuoteLexicon) -> str | None:
    return lex.article_genders.get(t.low)


def _role_gender_of(tokens: list[Token], index: SpeakerIndex) -> str | None:
    for t in tokens:
        is_role, gender = index.role(t.low)
        if is_role and gender:
            return gender
    return None


def _name_after_role(tokens: list[Token], index: SpeakerIndex) -> str | None:
    """The name after the last role word that a name follows ("Oberstaatsanwältin Miriam
    Schäfer" → "Miriam Schäfer"), titles dropped; None without a role."""
    lex = index.lex
    words = [t for t in tokens if t.kind == "w" and t.text != "."]
    cut = -1
    for i, t in enumerate(words[:-1]):
        nxt = words[i + 1]
        if (t.cap or not lex.compounds) and nxt.cap and index.role(t.low)[0] and not index.role(nxt.low)[0]:
            cut = i
    if cut < 0:
        return None
    name = [t.text for t in words[cut + 1 :] if t.low.rstrip(".") not in lex.titles]
    if not name or not all(w[0].isupper() or w.lower() in lex.name_particles for w in name):
        return None
    return " ".join(name)


def _plain_name(tokens: list[Token], index: SpeakerIndex) -> str | None:
    """Capitalised words and nothing else, the first not a role: a name ("Dmitri Medwedew")."""
    lex = index.lex
    words = [t for t in tokens if t.text != "."]
    if not words or len(words) > 4 or index.role(words[0].low)[0]:
        return None
    for t in words:
        if not (t.cap or t.low in lex.name_particles) or t.low in lex.determiners:
            return None
    return " ".join(t.text for t in words if t.low.rstrip(".") not in lex.titles) or None


def _epithet(word: str, lex: QuoteLexicon) -> bool:
    """Whether a role word is one that re-mentions the person just quoted ("die Grünen-Politikerin",
    "the Democrat") rather than introducing someone ("der Gerichtspräsident")."""
    return word in lex.epithets or lex.compounds and word.endswith(tuple(lex.epithets))


def _agrees(article: Token, role: str, gender: str, lex: QuoteLexicon) -> bool:
    """Whether "der Rentner", "die Mutter" name one person of ``gender`` (German "die" with a
    man's role word is a plural: "die Kämpfer"); English: a gendered role word in the singular."""
    if not lex.article_genders:
        return not role.endswith("s")
    return lex.article_genders.get(article.low) == gender


__all__ = ["NOBODY", "Speaker", "SpeakerIndex", "pronoun_speaker", "resolve", "role_gender"]
