"""The typed records that travel through the pipeline: ingest → extract → corpus → render.

All dataclasses are frozen; offsets are character offsets into ``Article.text``
(the body exactly as used for annotation), ``end`` exclusive. Paragraph numbers
are 1-based and equal the page anchors (``#p1``, ``#p2`` …).
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass
from typing import Literal

ParagraphKind = Literal["body", "boilerplate", "caption"]
QuoteKind = Literal["direct", "partial", "indirect", "term"]
DateSource = Literal["explicit", "context", "published"]
EntityType = Literal["person", "organization", "place"]


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind = "body"


@dataclass(frozen=True)
class Article:
    """One input file, read and normalised; no annotations yet."""

    source: str  # the path as given on the command line or found in articles/
    id: str  # stable: first 16 hex digits of sha256 of the original bytes
    slug: str  # unique within a corpus, safe as a file name
    sha256: str
    title: str
    text: str  # body text, paragraphs joined by a blank line
    paragraphs: tuple[Paragraph, ...]
    published: str | None = None  # ISO date as given by the file's metadata
    outlet: str | None = None  # publisher / site name ("source" in .md front matter)
    url: str | None = None
    author: str | None = None
    language: str | None = None  # as declared by the file; detection may override
    format: str = "txt"

    def paragraph_at(self, offset: int) -> int:
        """1-based number of the paragraph that contains ``offset`` (0 if none)."""
        for number, para in enumerate(self.paragraphs, start=1):
            if para.start <= offset < para.end:
                return number
        return 0


@dataclass(frozen=True)
class Quote:
    text: str  # the words inside the quotation marks
    start: int  # offset of the first character inside the marks
    end: int
    kind: QuoteKind
    speaker: str | None = None  # canonical name where resolved, else the phrase
    speaker_text: str | None = None  # the words in the text that name the speaker
    cue: str | None = None  # the speech verb or cue phrase, e.g. "warnte", "räumte … ein"
    paragraph: int = 0


@dataclass(frozen=True)
class DateMention:
    text: str
    value: str  # ISO YYYY-MM-DD, YYYY-MM or YYYY
    start: int
    end: int
    resolved_from: DateSource = "explicit"
    paragraph: int = 0
    sentence: str = ""  # the sentence the date comes from
    end_value: str | None = None  # for ranges: the last day of the range


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    id: str  # "person/dmitri-medwedew"
    name: str  # canonical name
    type: EntityType
    mentions: tuple[Mention, ...] = ()
    gender: str | None = None  # people only: "male" / "female" from titles, first name, pronouns


@dataclass(frozen=True)
class Claim:
    text: str  # the sentence holding the hedge
    start: int
    end: int
    marker: str  # the hedge, e.g. "angeblich", "sollen … verurteilt worden sein"
    attribution: str | None = None  # sourcing phrase, e.g. "so ein Bericht aus Russland"
    paragraph: int = 0


@dataclass(frozen=True)
class Annotations:
    language: str
    paragraphs: tuple[Paragraph, ...]  # the article's paragraphs with kinds set
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()

    def as_dict(self) -> dict:
        """The annotation fields of the extract contract (language is the record's)."""
        return {
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "quotes": [asdict(q) for q in self.quotes],
            "dates": [asdict(d) for d in self.dates],
            "entities": [{**asdict(e), "mentions": [asdict(m) for m in e.mentions]} for e in self.entities],
            "claims": [asdict(c) for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Annotations:
        return cls(
            language=data.get("language") or "und",
            paragraphs=tuple(Paragraph(**p) for p in data["paragraphs"]),
            quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
            dates=tuple(DateMention(**d) for d in data.get("dates", ())),
            entities=tuple(
                Entity(
                    e["id"], e["name"], e["type"], tuple(Mention(**m) for m in e.get("mentions", ())), e.get("gender")
                )
                for e in data.get("entities", ())
            ),
            claims=tuple(Claim(**c) for c in data.get("claims", ())),
        )


@dataclass(frozen=True)
class Record:
    """An article with its annotations: one line of the ``dossier extract --json`` contract."""

    article: Article
    annotations: Annotations

    def as_dict(self) -> dict:
        a = self.article
        return {
            "source": a.source,
            "id": a.id,
            "slug": a.slug,
            "sha256": a.sha256,
            "title": a.title,
            "language": self.annotations.language,
            "published": a.published,
            "outlet": a.outlet,
            "url": a.url,
            "author": a.author,
            "format": a.format,
            "text": a.text,
            **self.annotations.as_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Record:
        paragraphs = tuple(Paragraph(**p) for p in data["paragraphs"])
        article = Article(
            source=data["source"],
            id=data["id"],
            slug=data.get("slug") or data["id"],
            sha256=data["sha256"],
            title=data["title"],
            text=data["text"],
            paragraphs=tuple(Paragraph(p.start, p.end) for p in paragraphs),
            published=data.get("published"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            author=data.get("author"),
            language=data.get("language"),
            format=data.get("format", "txt"),
        )
        annotations = Annotations.from_dict(data)
        return cls(article, annotations)


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read; reported once, the build goes on."""

    source: str
    reason: str
    line: int | None = None

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return printable(f"{where}: {self.reason}")


def printable(text: str) -> str:
    """``text`` with control and format characters (newlines, right-to-left overrides) shown
    as escapes, so a hostile file name cannot forge or disguise a line on the terminal."""
    return "".join(f"\\u{{{ord(c):04x}}}" if unicodedata.category(c)[0] == "C" else c for c in text)


__all__ = [
    "Annotations",
    "Article",
    "Claim",
    "DateMention",
    "Entity",
    "Mention",
    "Paragraph",
    "Quote",
    "Record",
    "Skipped",
]
