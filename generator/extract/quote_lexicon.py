"""The word lists of the quote annotator, loaded once per language from ``generator/lexicon``.

Files per language: ``speech_verbs.yml`` (verbs, separable verbs with their particle,
participles, verbs of manner), ``cues.yml`` (cue phrases: laut, zufolge, according to …),
``grammar.yml`` (determiners, pronouns, auxiliaries … for reading the clause), ``roles.yml``
(role nouns, titles, things that are not speakers) and ``terms.yml`` (what makes a term).
An unknown language gets the union of every language's lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.lexicon import LANGUAGES, load

Phrase = tuple[str, ...]  # a phrase as its lower-case words


@dataclass(frozen=True)
class QuoteLexicon:
    language: str
    # speech_verbs.yml
    verbs: frozenset[str]  # forms that are a cue alone (participles included)
    participles: frozenset[str]
    separable: dict[str, tuple[Phrase, ...]]  # finite form → its particles, longest first
    prepositions: dict[str, frozenset[str]]  # form → prepositions shown with it ("sprach von")
    not_before: dict[str, frozenset[str]]  # form → words after which it says nothing ("add to")
    manner: frozenset[str]
    display: frozenset[str]  # cues only before a colon ("stand:", "reads:")
    multiword_verbs: dict[str, tuple[Phrase, ...]]  # first word → verbs of several words
    # cues.yml
    lead: dict[str, tuple[Phrase, ...]]  # first word → phrases whose speaker follows
    trail: frozenset[str]
    comma: frozenset[str]
    hearsay: dict[str, tuple[Phrase, ...]]
    hearsay_sources: frozenset[str]  # "Aus Regierungskreisen hieß es"
    words: dict[str, tuple[Phrase, ...]]  # "mit diesen Worten": the next verb's subject speaks
    possessive: dict[str, tuple[Phrase, ...]]  # first word ("*" for the possessive) → phrases
    statements: frozenset[str]
    pointers: frozenset[str]  # words that point back at a document: "Darin heißt es"
    # grammar.yml
    determiners: frozenset[str]
    oblique: frozenset[str]
    definites: frozenset[str]  # definite articles: "der Minister" points back, "ein Sprecher" does not
    first_name: re.Pattern[str] | None  # "…, who gave only her first name, Denise,": Denise
    calendar: frozenset[str]  # month and weekday names: never part of a speaker's phrase
    passive_before: frozenset[str]  # English "was told", "had been told": the subject hears, it does not speak
    numerals: frozenset[str]  # number words, which may open a complement ("Mutter von zwei Kindern")
    group_pronouns: frozenset[str]  # "them", "ihnen": a phrase they head names one of a group ("One of them")
    oblique_introducers: frozenset[str]  # "einem", "einer": an indefinite article that introduces no subject
    object_relatives: frozenset[str]  # "that": "a decision that opponents called …" has its own subject after it
    negations: frozenset[str]  # "will nicht sprechen", "did not call": a refused word
    viewpoints: frozenset[str]  # "Für X ist klar: „…“": X speaks
    introducers: frozenset[str]  # indefinite articles: "a council spokesperson" introduces a role
    demonstratives: frozenset[str]  # a sentence opening with one points back at a quote ("Das sagte X")
    possessives: dict[str, str | None]  # word → gender of its owner
    pronouns: dict[str, str | None]
    objects: frozenset[str]
    first_person: frozenset[str]
    indefinites: frozenset[str]
    relatives: frozenset[str]
    subordinators: frozenset[str]
    conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    subjunctive: frozenset[str]
    passive: frozenset[str]  # auxiliaries after a participle that make it passive ("worden")
    adverbs: frozenset[str]
    preps: frozenset[str]
    genitives: frozenset[str]
    partitives: frozenset[str]  # "Eine der Unterzeichnerinnen", "One of the signatories": a head of its own
    affiliations: frozenset[str]  # "at": carries a role on to a capitalised name only
    recipients: tuple[str, ...]  # endings of nouns a cue speaks to ("der Nachrichtenagentur AFP")
    source_preps: frozenset[str]  # "a statement from the ministry": who a statement is by
    postpositive: dict[str, str]  # "a person familiar with the matter": adjective → its preposition
    name_particles: frozenset[str]
    inner_particles: frozenset[str]  # particles only after another one ("von der Leyen")
    particle_pairs: frozenset[str]  # the pairs they make ("von der"; not "von den Freien Wählern")
    adjective_endings: tuple[str, ...]  # a lower-case word with one may stand before a German noun
    adverb_endings: tuple[str, ...]  # "-ly": not a noun in an English phrase
    ly_nouns: frozenset[str]  # nouns with that ending all the same ("family", "assembly")
    report_subordinators: frozenset[str]  # "wie", "as": a clause they open may report ("wie er sagte")
    participle_endings: tuple[str, ...]  # "-ing": a cue whose subject stands further back ("citing")
    passive_endings: tuple[str, ...]  # "written by X": a cue so ended, before "by", names its agent after it
    verb_endings: tuple[str, ...]  # endings of a finite verb the lists lack ("bellowed")
    plural_endings: tuple[str, ...]  # "drills" is the noun "drill"
    infinitive_markers: frozenset[str]  # "to" in "liked to say"
    article_genders: dict[str, str]  # "die 38-Jährige" is a woman, "der Rentner" a man
    lead_links: frozenset[str]  # words between a lead cue and its speaker ("laut", "nach Angaben von")
    abbreviations: frozenset[str]
    cue_starts: frozenset[str]  # every word a cue may begin with, for a quick rejection
    # roles.yml
    roles_male: frozenset[str]
    roles_female: frozenset[str]
    roles_neutral: frozenset[str]
    female_suffixes: tuple[str, ...]
    roles: re.Pattern  # a role word, or (German) the end of a compound; groups: female, neutral, male
    titles: frozenset[str]
    title_roles: dict[str, str]  # "gov" → "governor": a title that is short for a role
    epithets: frozenset[str]  # role words that re-mention the last speaker ("die Grünen-Politikerin")
    nonspeakers: frozenset[str]
    ages: tuple[str, ...]
    # terms.yml
    term_before: dict[str, tuple[Phrase, ...]]  # phrases, "*" ends a word stem ("sogenannt*")
    term_stems: tuple[tuple[str, Phrase], ...]  # (stem, phrase) for phrases whose first word ends in *
    term_stem_start: re.Pattern  # matches a word that starts with one of those stems
    term_nouns: tuple[str, ...]
    naming_verbs: frozenset[str]
    term_leading: frozenset[str]
    addressees: frozenset[str]  # articles of an outlet spoken to ("sagte er dem „Spiegel“")
    title_small: frozenset[str]  # words a Title Case title leaves in lower case ("Notes From the Wings")
    known_as: frozenset[str]  # participles that name: "known … as „…“"
    outlet_preps: frozenset[str]  # "im Interview mit der „Zeit“": prepositions before an outlet's article
    known_as_links: frozenset[str]  # the word before the name: "as", "als"

    @property
    def compounds(self) -> bool:
        """Whether nouns compound (German: "Oberstaatsanwältin" ends in the role "anwältin")."""
        return self.language == "de" or self.language not in LANGUAGES


def _words(items) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items or ())


def _phrases(items) -> dict[str, tuple[Phrase, ...]]:
    """Phrases indexed by their first word, longest first."""
    index: dict[str, list[Phrase]] = {}
    for item in items or ():
        words = tuple(str(item).lower().split())
        if words:
            index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in index.items()}


def _alternatives(words) -> str:
    return "|".join(sorted({re.escape(str(w).lower()) for w in words or ()}, key=len, reverse=True)) or "(?!)"


def _role_pattern(roles: dict, compounds: bool) -> re.Pattern:
    """One regex for every role word: as the whole word, or (German) as the end of a compound
    with an inflection ending ("Oberstaatsanwältin", "Sprechers")."""
    female = _alternatives(roles.get("female"))
    suffixes = roles.get("female_suffixes")
    if suffixes:
        female += f"|(?:{_alternatives(roles.get('male'))})(?:{_alternatives(suffixes)})"
    body = f"(?P<female>{female})|(?P<neutral>{_alternatives(roles.get('neutral'))})|(?P<male>{_alternatives(roles.get('male'))})"
    if compounds:
        return re.compile(f"(?:{body})(?:s|n|en|e|es|r)?$")
    return re.compile(f"^(?:{body})$")


def _merge(kind: str, languages: tuple[str, ...]) -> dict:
    """The mapping files of ``kind`` for ``languages``, lists concatenated, mappings merged."""
    merged: dict = {}
    for lang in languages:
        for key, value in (load(kind, lang) or {}).items():
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            else:
                merged.setdefault(key, []).extend(value or ())
    return merged


@cache
def quote_lexicon(language: str) -> QuoteLexicon:
    """The compiled quote lexicon of ``language``."""
    languages = (language,) if language in LANGUAGES else LANGUAGES
    verbs_data = _merge("speech_verbs", languages)
    single: set[str] = set()
    multi: list[str] = []
    for forms in (verbs_data.get("verbs") or {}).values():
        for form in forms:
            if " " in form:
                multi.append(form.lower())
            else:
                single.add(form.lower())
    participles = _words(verbs_data.get("participles"))
    separable: dict[str, set[Phrase]] = {}
    for entry in (verbs_data.get("separable") or {}).values():
        particle = tuple(str(entry["particle"]).lower().split())
        for form in entry.get("forms") or ():
            separable.setdefault(form.lower(), set()).add(particle)
        single.update(w.lower() for w in entry.get("joined") or ())
    prepositions: dict[str, set[str]] = {}
    for lemma, preps in (verbs_data.get("prepositions") or {}).items():
        for form in (verbs_data.get("verbs") or {}).get(lemma, []):
            prepositions.setdefault(form.lower(), set()).update(p.lower() for p in preps)
    not_before = {str(form).lower(): {w.lower() for w in after} for form, after in (verbs_data.get("not_before") or {}).items()}
    cues = _merge("cues", languages)
    abbreviations = _words(_merge("grammar", languages).get("abbreviations")) | _words(
        _merge("roles", languages).get("titles")
    )
    grammar = _merge("grammar", languages)
    roles = _merge("roles", languages)
    terms = _merge("terms", languages)
    return QuoteLexicon(
        language=language,
        verbs=frozenset(w.lower() for w in single) | participles,
        participles=participles,
        separable={k: tuple(sorted(v, key=len, reverse=True)) for k, v in separable.items()},
        prepositions={k: frozenset(v) for k, v in prepositions.items()},
        not_before={k: frozenset(v) for k, v in not_before.items()},
        manner=_words(verbs_data.get("manner")),
        display=_words(verbs_data.get("display")),
        multiword_verbs=_phrases(multi),
        lead=_phrases(cues.get("lead")),
        trail=_words(cues.get("trail")),
        comma=_words(cues.get("comma")),
        hearsay=_phrases(cues.get("hearsay")),
        hearsay_sources=_words(cues.get("hearsay_sources")),
        words=_phrases(cues.get("words")),
        possessive=_phrases(cues.get("possessive")),
        statements=_words(cues.get("statements")),
        pointers=_words(cues.get("pointers")),
        determiners=_words(grammar.get("determiners")),
        oblique=_words(grammar.get("oblique")),
        definites=_words(grammar.get("definites")),
        first_name=_first_name_pattern(grammar.get("first_name_words")),
        calendar=_calendar_words(languages),
        numerals=_words(grammar.get("numerals")),
        passive_before=_words(grammar.get("passive_before")),
        group_pronouns=_words(grammar.get("group_pronouns")),
        object_relatives=_words(grammar.get("object_relatives")),
        oblique_introducers=_words(grammar.get("oblique_introducers")),
        negations=_words(grammar.get("negations")),
        viewpoints=_words(grammar.get("viewpoints")),
        introducers=_words(grammar.get("introducers")),
        demonstratives=_words(grammar.get("demonstratives")),
        possessives={k.lower(): v for k, v in (grammar.get("possessives") or {}).items()},
        pronouns={k.lower(): v for k, v in (grammar.get("pronouns") or {}).items()},
        objects=_words(grammar.get("objects")),
        first_person=_words(grammar.get("first_person")),
        indefinites=_words(grammar.get("indefinites")),
        relatives=_words(grammar.get("relatives")),
        subordinators=_words(grammar.get("subordinators")),
        conjunctions=_words(grammar.get("conjunctions")),
        auxiliaries=_words(grammar.get("auxiliaries")),
        subjunctive=_words(grammar.get("subjunctive")),
        passive=_words(grammar.get("passive")),
        adverbs=_words(grammar.get("adverbs")),
        preps=_words(grammar.get("prepositions")),
        source_preps=_words(grammar.get("source_prepositions")),
        postpositive={str(k).casefold(): str(v).casefold() for k, v in (grammar.get("postpositive") or {}).items()},
        genitives=_words(grammar.get("genitives")),
        partitives=_words(grammar.get("partitives")),
        affiliations=_words(grammar.get("affiliations")),
        recipients=tuple(str(w).casefold() for w in grammar.get("recipients") or ()),
        name_particles=_words(grammar.get("name_particles")),
        inner_particles=_words(grammar.get("inner_particles")),
        particle_pairs=_words(grammar.get("particle_pairs")),
        adjective_endings=tuple(sorted(_words(grammar.get("adjective_endings")), key=len, reverse=True)),
        adverb_endings=tuple(_words(grammar.get("adverb_endings"))),
        ly_nouns=_words(grammar.get("ly_nouns")),
        report_subordinators=_words(grammar.get("report_subordinators")),
        participle_endings=tuple(_words(grammar.get("participle_endings"))),
        passive_endings=tuple(_words(grammar.get("passive_endings"))),
        verb_endings=tuple(_words(grammar.get("verb_endings"))),
        plural_endings=tuple(_words(grammar.get("plural_endings"))),
        infinitive_markers=_words(grammar.get("infinitive_markers")),
        article_genders={k.lower(): v for k, v in (grammar.get("article_genders") or {}).items()},
        lead_links=_words(cues.get("lead_links")),
        abbreviations=abbreviations,
        cue_starts=frozenset(
            {w.lower() for w in single}
            | participles
            | set(separable)
            | _words(verbs_data.get("manner"))
            | _words(verbs_data.get("display"))
            | {m.split()[0] for m in multi}
            | {
                str(p).lower().split()[0]
                for kind in ("lead", "hearsay", "possessive", "words")
                for p in cues.get(kind) or ()
            }
            | _words(cues.get("trail"))
            | _words(cues.get("comma"))
            | {k.lower() for k in (grammar.get("possessives") or {})}
        ),
        roles_male=_words(roles.get("male")),
        roles_female=_words(roles.get("female")),
        roles_neutral=_words(roles.get("neutral")),
        female_suffixes=tuple(sorted(_words(roles.get("female_suffixes")), key=len, reverse=True)),
        roles=_role_pattern(roles, language == "de" or language not in LANGUAGES),
        titles=_words(roles.get("titles")),
        title_roles={str(k).lower(): str(v).lower() for k, v in (roles.get("title_roles") or {}).items()},
        epithets=_words(roles.get("epithets")),
        nonspeakers=_words(roles.get("nonspeakers")),
        ages=tuple(_words(roles.get("ages"))),
        term_before=_phrases(terms.get("before")),
        term_stem_start=re.compile(
            _alternatives(first[:-1] for first in _phrases(terms.get("before")) if first.endswith("*"))
        ),
        term_stems=tuple(
            (first[:-1], phrase)
            for first, phrases in _phrases(terms.get("before")).items()
            if first.endswith("*")
            for phrase in phrases
        ),
        term_nouns=tuple(sorted(_words(terms.get("nouns")), key=len, reverse=True)),
        naming_verbs=_words(terms.get("naming_verbs")),
        term_leading=_words(terms.get("leading")),
        addressees=_words(terms.get("addressees")),
        title_small=_words(terms.get("title_small")),
        known_as=_words(terms.get("known_as")),
        outlet_preps=_words(terms.get("outlet_preps")),
        known_as_links=_words(terms.get("known_as_links")),
    )


def _calendar_words(languages) -> frozenset[str]:
    """Full month and weekday names of the languages' date lexicons, lower case."""
    words: set[str] = set()
    for language in languages:
        dates = load("dates", language) or {}
        for table in (dates.get("months") or {}, dates.get("weekdays") or {}):
            words.update(str(name).lower() for names in table.values() for name in names)
    return frozenset(words)


def _first_name_pattern(words) -> re.Pattern[str] | None:
    """The words that announce a first name, then the name (one capitalised word)."""
    if not words:
        return None
    alternatives = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives}),?[ \t]+([^\W\d_][^\W\d_'’-]+)\b")
