"""Records built by hand for the corpus views: text, quotes, dates and entities placed by the
words they cover, so a test states what an extractor would have found without running one."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from generator.extract.sentences import sentence_around, sentence_spans
from generator.model import Annotations, Article, DateMention, Entity, Mention, Paragraph, Quote, Record
from generator.slugs import slugify


@dataclass(frozen=True)
class Q:
    text: str
    speaker: str | None = None
    kind: str = "direct"
    cue: str | None = "sagte"


@dataclass(frozen=True)
class D:
    text: str
    value: str
    end_value: str | None = None
    resolved_from: str = "explicit"


def record(
    title: str,
    paragraphs: list[str],
    published: str | None = None,
    quotes: tuple[Q, ...] = (),
    dates: tuple[D, ...] = (),
    entities: dict[str, tuple[str, ...]] | None = None,  # "person/x" → surface forms, every occurrence marked
    language: str = "de",
    slug: str | None = None,
    outlet: str | None = "Testblatt",
) -> Record:
    """One record; each quote and date is found at its first occurrence after the previous one
    of its kind, so repeated words can be placed in order."""
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for p in paragraphs:
        spans.append(Paragraph(start, start + len(p)))
        start += len(p) + 2
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    article = Article(
        source=f"articles/{slug or slugify(title)}.txt", id=digest[:16], slug=slug or slugify(title), sha256=digest,
        title=title, text=text, paragraphs=tuple(spans), published=published, outlet=outlet, language=language,
    )
    placed_quotes, cursor = [], 0
    for q in quotes:
        at = text.index(q.text, cursor)
        cursor = at + 1
        placed_quotes.append(Quote(q.text, at, at + len(q.text), q.kind, q.speaker, q.speaker, q.cue if q.kind != "term" else None, article.paragraph_at(at)))
    placed_dates, cursor = [], 0
    for d in dates:
        at = text.index(d.text, cursor)
        cursor = at + 1
        placed_dates.append(DateMention(d.text, d.value, at, at + len(d.text), d.resolved_from, article.paragraph_at(at), _sentence(text, at), d.end_value))
    found_entities = []
    for entity_id, surfaces in (entities or {}).items():
        mentions = sorted(
            (Mention(m.group(0), m.start(), m.end()) for s in surfaces for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", text)),
            key=lambda m: m.start,
        )
        kind = entity_id.split("/", 1)[0]
        found_entities.append(Entity(entity_id, surfaces[0], "organization" if kind == "organization" else kind, tuple(mentions)))
    annotations = Annotations(language, article.paragraphs, tuple(placed_quotes), tuple(placed_dates), tuple(found_entities))
    return Record(article, annotations)


def _sentence(text: str, at: int) -> str:
    start, end = sentence_around(text, at, sentence_spans(text))
    return text[start:end].strip()


# The seed, tests/fixtures/corpus and tests/fixtures/lineage annotated by hand: what a careful
# reader marks (quotes with speakers, March 2025 dates, the people and places of GAZETTEER),
# so the views are tested on real text whatever today's extractors find.
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = Path(__file__).resolve().parent.parent / "articles" / "000_97597768f45d635b.txt"
GAZETTEER = {  # surface → (registry-style id, type); the registry merges the spellings
    "Dmitri Medwedew": "person", "Medwedew": "person", "Dmitry Medvedev": "person",
    "Sergej Lawrow": "person", "Lawrow": "person", "Sergey Lavrov": "person", "Lavrov": "person",
    "Wolodymyr Selenskyj": "person", "Selenskyj": "person", "Volodymyr Zelensky": "person", "Zelensky": "person",
    "Wladimir Putin": "person", "Donald Trump": "person", "Trump": "person", "Keir Starmer": "person",
    "Andrej Sibiga": "person", "Genf": "place", "Kursk": "place", "Kiew": "place", "Kyiv": "place",
}
QUOTES = {  # file name → quotes in text order
    SEED.name: (
        Q("Das bedeutet Krieg mit der NATO.", "Dmitri Medwedew", cue="warnte"),
        Q("Stiefel auf dem Boden und Flugzeuge in der Luft", "Keir Starmer", "partial", "erklärte"),
        Q("tausende ukrainische Truppen vollständig von der russischen Armee umzingelt sind und sich in einer äußerst prekären und verwundbaren Lage befinden", "Donald Trump", "partial", "räumte … ein"),
        Q("schwierig", "Selenskyj", "partial", "gab … zu"),
        Q("Es gibt keine Einkreisung ukrainischer Truppen.", "Selenskyj", cue="betonte"),
        Q("falsch und von den Russen zu Zwecken politischer Manipulation fabriziert", "ukrainische Generalstab", "partial", "bezeichnete … als"),
        Q("Wir setzen die Operation in der Region Kursk fort und werden dies auch weiterhin tun.", "Selenskyj", cue="bekräftigte"),
    ),
    "101_lawrow_genf.md": (
        Q("Wir haben zugehört, aber wir haben nichts Neues gehört.", "Sergej Lawrow"),
        Q("reine Zeitverschwendung", "Dmitri Medwedew", "partial", "schrieb"),
    ),
    "102_zelensky_brussels.md": (
        Q("We need protection for our cities now, not next year,", "Volodymyr Zelensky", cue="said"),
        Q("change nothing on the ground", "Sergey Lavrov", "partial", "told"),
    ),
    "103_selenskyj_kursk.md": (Q("Unsere Soldaten halten ihre Stellungen.", "Wolodymyr Selenskyj"),),
    "201_selenskyj_videobotschaft.md": (
        Q("Es gibt keine Einkreisung ukrainischer Truppen", "Wolodymyr Selenskyj"),
        Q("vollständig von der russischen Armee umzingelt", "Donald Trump", "partial", "erklärt"),
    ),
    "202_medwedew_telegram.md": (Q("Das bedeutet Krieg mit der NATO.", "Dmitri Medwedew", cue="schrieb"),),
    "203_medwedew_kurier.md": (
        Q("Das bedeutet einen Krieg mit der NATO!", "Medwedew", cue="warnte"),
        Q("Es gibt keine Einkreisung ukrainischer Truppen.", "Andrej Sibiga"),
    ),
    "204_zelensky_air_defence.md": (Q("We need protection for our cities now, not in a year,", "Volodymyr Zelensky", cue="said"),),
}
_MARCH = re.compile(r"(\d{1,2})(?:\. März| March)( 2025)?")


def annotated(path: Path) -> Record:
    """The article at ``path`` with the hand-made annotations above (and its paragraphs as
    the boilerplate annotator classifies them)."""
    from generator.extract import annotate
    from generator.ingest import read_article

    article = read_article(path)
    n = annotate(article)
    text = article.text
    quotes, cursor = [], 0
    for q in QUOTES.get(path.name, ()):
        at = text.index(q.text, cursor)
        cursor = at + 1
        quotes.append(Quote(q.text, at, at + len(q.text), q.kind, q.speaker, q.speaker, q.cue, article.paragraph_at(at)))
    dates = tuple(
        DateMention(m.group(0), f"2025-03-{int(m.group(1)):02d}", m.start(), m.end(),
                    "explicit" if m.group(2) else "context", article.paragraph_at(m.start()), _sentence(text, m.start()))
        for m in _MARCH.finditer(text)
    )
    return Record(article, replace(n, quotes=tuple(quotes), dates=dates, entities=gazetteer_entities(text, GAZETTEER)))


def gazetteer_entities(text: str, gazetteer: dict[str, str]) -> tuple[Entity, ...]:
    """Each surface form found (longest first, no overlaps) as one article-level entity named as
    written, the way an extractor without a registry would report them."""
    taken, found = set(), {}
    for surface in sorted(gazetteer, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if taken.isdisjoint(range(match.start(), match.end())):
                taken.update(range(match.start(), match.end()))
                found.setdefault(surface, []).append(Mention(surface, match.start(), match.end()))
    return tuple(
        Entity(f"{gazetteer[s]}/{slugify(s)}", s, gazetteer[s], tuple(sorted(m, key=lambda m: m.start)))
        for s, m in sorted(found.items())
    )


def annotated_corpus() -> list[Record]:
    """The seed and every fixture article of corpus/ and lineage/, annotated by hand."""
    from generator.ingest import unique_slugs

    paths = [SEED, *sorted((FIXTURES / "corpus").iterdir()), *sorted((FIXTURES / "lineage").iterdir())]
    records = [annotated(p) for p in paths]
    articles = unique_slugs(r.article for r in records)
    return [replace(r, article=a) for r, a in zip(records, articles, strict=True)]
