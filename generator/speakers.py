"""Who said it: each quote's speaker as a registry entity where one is known, else its phrase.

A quote's ``speaker`` is the extractor's canonical name or a role phrase ("Ein Sprecher des
Kremls"). It resolves to a registry entity through the article's own entities first (any
name or mention text of them), then through any unambiguous name in the corpus, so
"Medwedew" in one article and "Dmitry Medvedev" in another reach the same person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.model import Record
from generator.registry import plain

QuoteKey = tuple[str, int]  # (article slug, index into the record's quotes)
UNATTRIBUTED = ""  # the speaker key of a quote nobody is named for


@dataclass(frozen=True)
class Speaker:
    key: str  # registry id ("person/…"), "role:<plain phrase>", or UNATTRIBUTED
    name: str  # how pages show it: the canonical name or the most used spelling of the phrase
    entity_id: str | None = None  # the registry id, where the registry knows the speaker


def resolve_speakers(
    records: Iterable[Record], ids: Mapping[tuple[str, str], str], names: Mapping[str, str]
) -> dict[QuoteKey, str]:
    """Registry id of the speaker of every quote (terms excluded) whose speaker is a known entity."""
    found: dict[QuoteKey, str] = {}
    for record in records:
        slug = record.article.slug
        local: dict[str, str] = {}
        for e in record.annotations.entities:
            rid = ids.get((slug, e.id))
            if rid:
                for form in (e.name, *(m.text for m in e.mentions)):
                    local.setdefault(plain(form), rid)
        for index, quote in enumerate(record.annotations.quotes):
            if quote.kind == "term" or not quote.speaker:
                continue
            key = plain(quote.speaker)
            rid = local.get(key) or names.get(key)
            if rid:
                found[(slug, index)] = rid
    return found


def speaker_key(quote_speaker: str | None, entity_id: str | None) -> str:
    """The key quotes are grouped by: the entity, else the folded phrase, else unattributed."""
    if entity_id:
        return entity_id
    phrase = plain(quote_speaker or "") or (quote_speaker or "").strip().casefold()
    return f"role:{phrase}" if phrase else UNATTRIBUTED


def speaker_names(spellings: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{key: the spelling used most often (first seen wins a tie)} from (key, spelling) pairs."""
    counts: dict[str, Counter[str]] = {}
    for key, spelling in spellings:
        counts.setdefault(key, Counter())[spelling] += 1
    return {key: found.most_common(1)[0][0] for key, found in counts.items()}


__all__ = ["UNATTRIBUTED", "QuoteKey", "Speaker", "resolve_speakers", "speaker_key", "speaker_names"]
