"""The entity registry: article-level entities merged into corpus entities.

Pure: records (and the user's aliases) in, registry out. Two entities of one type merge when
their names have the same phonetic key (generator/names.py: case, script, transliteration and
a German genitive folded away); a person named by surname only then merges into the one person
in the corpus with that surname and a full name, when there is exactly one. Rules from
aliases.yml are applied last, so the user always has the final word.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

from generator.aliases import Aliases, Rule
from generator.disjoint import DisjointSets as _Groups
from generator.model import Article, Entity, Record
from generator.names import is_latin, latin, name_key, tokens, uninflected, without_adjective_endings
from generator.slugs import slugify


@dataclass(frozen=True)
class EntityUse:
    """One article's use of an entity."""

    slug: str
    mentions: int
    first_paragraph: int
    paragraphs: tuple[int, ...] = ()  # the paragraph of every mention, in text order


@dataclass(frozen=True)
class CorpusEntity:
    id: str  # registry id, "person/dmitri-medwedew"
    name: str  # canonical name
    type: str
    aliases: tuple[str, ...]  # every other form seen: names and mention texts
    uses: tuple[EntityUse, ...]  # in page order
    wikidata: str | None = None  # "Q23530", from aliases.yml
    merged: tuple[str, ...] = ()  # the article-level ids merged here

    @cached_property
    def mentions(self) -> int:
        return sum(use.mentions for use in self.uses)


@dataclass(frozen=True)
class Registry:
    entities: dict[str, CorpusEntity]  # by registry id, sorted
    ids: dict[tuple[str, str], str]  # (article slug, article-level id) → registry id; ignored: absent
    names: dict[str, str]  # plain form of every name and alias → registry id, where unambiguous
    warnings: tuple[str, ...] = ()


def plain(name: str) -> str:
    """Case, script and accents folded: the form a name is looked up by."""
    return " ".join(tokens(name))


def build_registry(records: tuple[Record, ...] | list[Record], aliases: Aliases | None = None) -> Registry:
    """Merge every record's entities into corpus entities; records are in page order."""
    members = [(record, entity) for record in records for entity in record.annotations.entities]
    raw_keys = [name_key(entity.name) for _, entity in members]
    known = {key[-1] for key in raw_keys if key}
    keys = [
        uninflected(key if entity.type == "person" else without_adjective_endings(key), known)
        for key, (_, entity) in zip(raw_keys, members, strict=True)
    ]
    groups = _Groups(len(members))
    _merge_by_key(members, keys, groups)
    _merge_places(members, groups)
    _merge_surnames(members, keys, groups)
    rules = aliases.rules if aliases else ()
    source = aliases.source if aliases else "aliases.yml"
    index = _Index(members, keys, groups)
    warnings = []
    resolved: list[tuple[Rule, set[int]]] = []
    for rule in rules:  # merges first, so later rules see the merged entities
        found = index.resolve(rule.refs)
        missing = [ref for ref, hits in zip(rule.refs, found, strict=True) if not hits]
        warnings += [f"{source}:{rule.line}: {rule.op}: no entity is named {ref!r}" for ref in missing]
        hits = [i for hit in found for i in hit]
        if rule.op == "merge":
            for i in hits[1:]:
                groups.union(hits[0], i)
        resolved.append((rule, set(hits)))
    overrides = _overrides(resolved, groups)
    return _assemble(members, groups, overrides, tuple(warnings))


def _merge_by_key(members, keys, groups: _Groups) -> None:
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, ((_, entity), key) in enumerate(zip(members, keys, strict=True)):
        if not key:
            continue
        j = first.setdefault((entity.type, key), i)
        groups.union(j, i)


def _merge_places(members, groups: _Groups) -> None:
    """Places that the gazetteer knows as one (Kiew and Kyiv, Moskau and Moscow) merge,
    whichever language each article spells them in."""
    from generator.extract.gazetteer import place_keys  # the gazetteer loads in about a second

    first: dict[str, int] = {}
    for i, (_, entity) in enumerate(members):
        for key in place_keys(entity.name) if entity.type == "place" else ():
            groups.union(first.setdefault(key, i), i)


def _merge_surnames(members, keys, groups: _Groups) -> None:
    """"Medwedew" → "Dmitri Medwedew" when exactly one full-named person has that surname."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    for i, ((_, entity), key) in enumerate(zip(members, keys, strict=True)):
        if entity.type == "person" and len(key) >= 2:
            by_surname[key[-1]].add(i)
    # One full-named person per surname, found once per surname (not once per mention of it).
    unique = {
        surname: roots.pop()
        for surname, indices in by_surname.items()
        if len(roots := {groups.find(j) for j in indices}) == 1
    }
    for i, ((_, entity), key) in enumerate(zip(members, keys, strict=True)):
        if entity.type == "person" and len(key) == 1 and key[0] in unique:
            groups.union(unique[key[0]], i)


class _Index:
    """How aliases.yml refers to entities: by id (article-level or registry) or by any name."""

    def __init__(self, members, keys, groups: _Groups) -> None:
        self.by_id: dict[str, set[int]] = defaultdict(set)
        self.by_plain: dict[str, set[int]] = defaultdict(set)
        self.by_key: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for root, indices in groups.members().items():
            auto = _entity_id(_canonical(members, indices), _majority_type(members, indices))
            self.by_id[auto].add(root)
        for i, ((_, entity), key) in enumerate(zip(members, keys, strict=True)):
            self.by_id[entity.id].add(i)
            for form in (entity.name, *(m.text for m in entity.mentions)):
                self.by_plain[plain(form)].add(i)
            self.by_key[key].add(i)

    def resolve(self, refs: tuple[str, ...]) -> list[set[int]]:
        found = []
        for ref in refs:
            key = name_key(ref)
            hits = (
                self.by_id.get(ref)
                or self.by_plain.get(plain(ref))
                or self.by_key.get(key)
                or self.by_key.get(without_adjective_endings(key))
                or set()
            )
            found.append(set(hits))
        return found


@dataclass
class _Override:
    name: str | None = None
    type: str | None = None
    wikidata: str | None = None
    ignore: bool = False


def _overrides(resolved: list[tuple[Rule, set[int]]], groups: _Groups) -> dict[int, _Override]:
    overrides: dict[int, _Override] = defaultdict(_Override)
    for rule, hits in resolved:
        for root in {groups.find(i) for i in hits}:
            o = overrides[root]
            if rule.op == "ignore":
                o.ignore = True
            elif rule.op == "type":
                o.type = rule.value
            elif rule.op == "wikidata":
                o.wikidata = rule.value
            elif rule.op in ("rename", "merge") and rule.value:
                o.name = rule.value
    return overrides


def _canonical(members, indices: list[int]) -> str:
    """The most frequent full form: several words beat one, a capital beats "des Kremls",
    Latin script beats others, then the count of articles; ties go to the alphabetically
    first ("Putin" before "Putins"), so the choice is stable."""
    counts = Counter(members[i][1].name for i in indices)
    return min(
        counts,
        key=lambda n: (-(len(tokens(n)) > 1), n[:1].islower(), -is_latin(n), -counts[n], n.casefold(), n),
    )


def _majority_type(members, indices: list[int]) -> str:
    counts = Counter(members[i][1].type for i in indices)
    return min(counts, key=lambda t: (-counts[t], t))


def _entity_id(name: str, entity_type: str) -> str:
    return f"{entity_type}/{slugify(latin(name)) or 'unnamed'}"


def _assemble(members, groups: _Groups, overrides: dict[int, _Override], warnings) -> Registry:
    entities: dict[str, CorpusEntity] = {}
    ids: dict[tuple[str, str], str] = {}
    names: dict[str, set[str]] = defaultdict(set)
    for root, indices in sorted(groups.members().items()):
        o = overrides.get(root, _Override())
        if o.ignore:
            continue
        name = o.name or _canonical(members, indices)
        entity_type = o.type or _majority_type(members, indices)
        entity_id = base = _entity_id(name, entity_type)
        suffix = 2
        while entity_id in entities:  # two entities, one slug: the later one is numbered
            entity_id, suffix = f"{base}-{suffix}", suffix + 1
        forms = {f for i in indices for f in (members[i][1].name, *(m.text for m in members[i][1].mentions))}
        entities[entity_id] = CorpusEntity(
            id=entity_id,
            name=name,
            type=entity_type,
            aliases=tuple(sorted(forms - {name}, key=lambda f: (f.casefold(), f))),
            uses=_uses(members, indices),
            wikidata=o.wikidata,
            merged=tuple(sorted({members[i][1].id for i in indices})),
        )
        for i in indices:
            record, entity = members[i]
            ids[(record.article.slug, entity.id)] = entity_id
        for form in forms | {name}:
            names[plain(form)].add(entity_id)
    unique = {form: next(iter(found)) for form, found in names.items() if len(found) == 1}
    return Registry(dict(sorted(entities.items())), ids, unique, warnings)


def _uses(members, indices: list[int]) -> tuple[EntityUse, ...]:
    """One use per article, in page order (members are in page order already)."""
    by_slug: dict[str, tuple[Article, list[Entity]]] = {}
    for i in indices:
        record, entity = members[i]
        by_slug.setdefault(record.article.slug, (record.article, []))[1].append(entity)
    uses = []
    for slug, (article, entities) in by_slug.items():
        starts = sorted(m.start for e in entities for m in e.mentions)
        paragraphs = paragraph_numbers(article, starts)
        first = next((p for p in paragraphs if p), 0)
        uses.append(EntityUse(slug, len(starts), first, paragraphs))
    return tuple(uses)


def paragraph_numbers(article: Article, offsets: list[int]) -> tuple[int, ...]:
    """``Article.paragraph_at`` for sorted offsets in one pass (0 outside every paragraph)."""
    out, number, paragraphs = [], 0, article.paragraphs
    for offset in offsets:
        while number < len(paragraphs) and paragraphs[number].end <= offset:
            number += 1
        inside = number < len(paragraphs) and paragraphs[number].start <= offset
        out.append(number + 1 if inside else 0)
    return tuple(out)
