"""What an annotator sees: the article, its language, and what earlier annotators found."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Article, Entity, Paragraph, Quote


@dataclass(frozen=True)
class Context:
    article: Article
    language: str  # "de", "en", … as detected
    paragraphs: tuple[Paragraph, ...]  # with kinds set once boilerplate has run
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()  # once the quote annotator has run

    @property
    def text(self) -> str:
        return self.article.text

    def body_paragraphs(self) -> list[tuple[int, "Paragraph"]]:
        """(1-based number, paragraph) for paragraphs that are neither boilerplate nor caption."""
        return [(n, p) for n, p in enumerate(self.paragraphs, start=1) if p.kind == "body"]
