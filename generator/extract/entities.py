"""People, organisations and places in one article, one entity per real-world thing.

Runs over body paragraphs only: publisher material (donation appeals, "folgen Sie uns auf
Telegram") and image credits name the publisher, not the story. With ``DOSSIER_NER=spacy``
and an installed model, spaCy finds the spans instead (spacy_backend.py). Recognisers run in order,
each skipping what an earlier one claimed: organisations (so "Robert Koch-Institut" is no
person), then people, then places. Rules exist for the languages with a ``titles.yml``;
for any other language (French, Russian, "und") nothing is extracted rather than guessed.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache, partial

from generator.extract.context import Context
from generator.extract.gazetteer import gazetteer
from generator.extract.gender import decide, pronoun_patterns, pronoun_votes
from generator.extract.orgcues import is_descriptor
from generator.extract.orglexicon import org_lexicon
from generator.extract.titles import titles
from generator.extract.organisations import find_organisations
from generator.extract.people import Person, find_people, read_paragraphs
from generator.extract.places import find_places, is_place
from generator.extract.spacy_backend import find_with_model, model_for
from generator.lexicon import available
from generator.model import Entity, Mention
from generator.names import latin
from generator.slugs import slugify


def rule_languages() -> tuple[str, ...]:
    """Languages with entity rules: those that have a titles lexicon."""
    return available("titles")


@cache
def prepare() -> tuple[str, ...]:
    """Load the lexicons and gazetteers of every rule language and compile their patterns,
    once per process, so the first article of a second language costs no more than others."""
    for language in rule_languages():
        titles(language), org_lexicon(language), gazetteer(language), pronoun_patterns(language)
        is_descriptor("X", language), is_place("X", language)
    return rule_languages()


def find_entities(ctx: Context) -> tuple[Entity, ...]:
    """Every person, organisation and place in the article's body, sorted by first mention."""
    prepare()
    text, language = ctx.text, ctx.language
    spans = [(p.start, p.end) for _, p in ctx.body_paragraphs()]
    nlp = model_for(language)  # only with DOSSIER_NER=spacy and an installed model
    if nlp is not None:
        people, org_list, place_list = find_with_model(nlp, text, spans, language)
        genders = _genders(text, spans, people, language)
        found = [("person", p.name, p.mentions, g) for p, g in zip(people, genders, strict=True)]
        found += [("organization", n, m, None) for n, m in org_list] + [("place", n, m, None) for n, m in place_list]
        return _entities(found)
    if language not in rule_languages():
        return ()
    paragraphs = read_paragraphs(text, spans)
    place = partial(is_place, language=language)
    orgs, claimed = find_organisations(text, paragraphs, language, place)
    people, named = find_people(text, paragraphs, language, claimed, place)
    places = find_places(text, paragraphs, language, claimed | named)
    genders = _genders(text, spans, people, language)
    found = [("person", p.name, p.mentions, g) for p, g in zip(people, genders, strict=True)]
    found += [("organization", o.name, o.mentions, None) for o in orgs]
    found += [("place", p.name, p.mentions, None) for p in places]
    return _entities(found)


def _genders(text: str, spans: list[tuple[int, int]], people: list[Person], language: str) -> list[str | None]:
    """Titles, then first names; pronouns are read only for people with neither."""
    order = sorted(((m, i) for i, p in enumerate(people) for m in p.mentions), key=lambda x: x[0].start)
    if all(p.role_genders or p.first_gender for p in people):
        return [decide(p.role_genders, p.first_gender, []) for p in people]
    starts = [s for s, _ in spans]
    ends = [spans[max(0, bisect_right(starts, m.start) - 1)][1] for m, _ in order]
    votes = pronoun_votes(text, order, ends, language)
    return [decide(p.role_genders, p.first_gender, votes.get(i, [])) for i, p in enumerate(people)]


@lru_cache(maxsize=1 << 14)
def _slug(name: str) -> str:
    return slugify(latin(name)) or "unnamed"


def _entities(found: list[tuple[str, str, tuple[Mention, ...], str | None]]) -> tuple[Entity, ...]:
    """Entities with ids, sorted by first mention then id; a repeated id gets a number."""
    out: list[Entity] = []
    seen: set[str] = set()
    for entity_type, name, mentions, gender in sorted(found, key=lambda f: (f[2][0].start, f[0], f[1])):
        base = entity_id = f"{entity_type}/{_slug(name)}"
        number = 2
        while entity_id in seen:
            entity_id, number = f"{base}-{number}", number + 1
        seen.add(entity_id)
        out.append(Entity(entity_id, name, entity_type, mentions, gender))  # type: ignore[arg-type]
    return tuple(out)
