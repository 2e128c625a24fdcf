"""Where quotes live on the generated pages: speakers' names and links, lineage group anchors."""

from __future__ import annotations

from generator.corpus import Corpus
from generator.model import Quote
from generator.render.links import href
from generator.render.paths import LINEAGE_DIR, entity_doc, paginate
from generator.speakers import QuoteKey

GROUPS_PER_PAGE = 50  # quote groups on one lineage page
UNATTRIBUTED_LABEL = "unattributed"
CLIP = 1500  # characters of a quote shown in listings; its article page has it whole


def speaker_label(corpus: Corpus, key: QuoteKey, doc: str) -> dict:
    """{"name", "href"}: the registry's name and entity page where it knows the speaker, else
    the phrase as the article gives it."""
    rid = corpus.speaker_ids.get(key)
    if rid and rid in corpus.entities:
        return {"name": corpus.entities[rid].name, "href": href(doc, entity_doc(rid))}
    return {"name": quote_at(corpus, key).speaker or UNATTRIBUTED_LABEL, "href": None}


def lineage_docs(corpus: Corpus) -> list[str]:
    return paginate(LINEAGE_DIR, len(corpus.quote_groups), GROUPS_PER_PAGE)


def group_location(corpus: Corpus, key: QuoteKey) -> tuple[int, str, str] | None:
    """(group index, lineage page, anchor) of the group a quote belongs to, or None."""
    i = corpus.group_of.get(key)
    if i is None:
        return None
    return i, paginate(LINEAGE_DIR, i + 1, GROUPS_PER_PAGE)[-1], corpus.quote_groups[i].id  # the page of group i


def quote_at(corpus: Corpus, key: QuoteKey) -> Quote:
    return corpus.record(key[0]).annotations.quotes[key[1]]


def clip(text: str, limit: int = CLIP) -> str:
    return text if len(text) <= limit else text[:limit] + " …"
