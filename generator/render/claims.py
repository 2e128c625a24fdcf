"""Claims next to their denials: the rows of templates/pairs.md.j2, for article pages and the
"Claims and denials" pages (claims/index.md, paginated)."""

from __future__ import annotations

from generator.contradictions import ClaimPair, Side, pairs_by_article
from generator.corpus import Corpus
from generator.model import Record
from generator.render.links import href
from generator.render.paths import article_doc, entity_doc

CLAIMS_DIR = "claims"
KIND_LABELS = {"quote": "quotation", "claim": "flagged claim", "statement": "statement", "denial": "denial"}


def pair_rows(pairs: list[ClaimPair], corpus: Corpus, from_doc: str) -> list[dict]:
    """One row per pair: both sides with speaker, cue, kind and a link to the paragraph."""
    return [
        {
            "claim": _side(pair.claim, corpus, from_doc),
            "denial": _side(pair.denial, corpus, from_doc),
            "shared": pair.shared,
            "refers_back": pair.refers_back,
            "same_article": pair.same_article,
        }
        for pair in pairs
    ]


def article_pairs(record: Record, corpus: Corpus, by_article: dict[str, list[ClaimPair]]) -> list[dict]:
    """The pairs an article takes part in, then its denials that no claim was found for."""
    doc = article_doc(record.article.slug)
    pairs = by_article.get(record.article.slug, [])
    rows = pair_rows(pairs, corpus, doc)
    paired = {(p.denial.slug, p.denial.start) for p in pairs}
    for denial in record.annotations.denials:
        if (record.article.slug, denial.start) not in paired:
            side = Side(record.article.slug, denial.text, denial.start, denial.end,
                        denial.paragraph or record.article.paragraph_at(denial.start), "denial", denial.speaker, denial.cue)
            rows.append({"claim": None, "denial": _side(side, corpus, doc), "shared": (), "refers_back": False,
                         "same_article": True})
    return rows


def by_article(corpus: Corpus) -> dict[str, list[ClaimPair]]:
    return pairs_by_article(corpus.claim_pairs)


def by_speaker(corpus: Corpus) -> dict[str, list[ClaimPair]]:
    """{registry id: the pairs in which that entity makes the claim or the denial}."""
    found: dict[str, list[ClaimPair]] = {}
    for pair in corpus.claim_pairs:
        ids = {corpus.entity_named(pair.claim.speaker), corpus.entity_named(pair.denial.speaker)} - {None}
        for entity_id in sorted(ids):
            found.setdefault(entity_id, []).append(pair)
    return found


def _side(side: Side, corpus: Corpus, from_doc: str) -> dict:
    record = corpus.record(side.slug)
    entity = corpus.entity_named(side.speaker)
    here = article_doc(side.slug) == from_doc
    return {
        "text": side.text,
        "kind": KIND_LABELS[side.kind],
        "speaker": side.speaker,
        "speaker_href": href(from_doc, entity_doc(entity)) if entity else None,
        "cue": side.cue,
        "paragraph": side.paragraph,
        "href": href(from_doc, article_doc(side.slug)) if not here else "",  # the template adds #pN
        "title": record.article.title,
        "published": record.article.published,
        "here": here,
    }
