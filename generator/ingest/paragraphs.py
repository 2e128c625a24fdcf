"""Splitting a body into paragraphs with offsets."""

from __future__ import annotations

import re

from generator.model import Paragraph

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")  # any white space counts as blank, as in Markdown


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs of a body: blocks separated by one or more blank lines, trimmed."""
    return [block.strip() for block in _BLANK_LINES.split(body) if block.strip()]


def join_paragraphs(blocks: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    """(text, paragraphs): the blocks joined by a blank line, with each block's offsets."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        paragraphs.append(Paragraph(offset, offset + len(block)))
        offset += len(block) + 2
    return "\n\n".join(blocks), tuple(paragraphs)
