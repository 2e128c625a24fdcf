"""Publisher boilerplate and captions (stub)."""

from generator.extract.context import Context
from generator.model import Paragraph


def classify_paragraphs(ctx: Context) -> tuple[Paragraph, ...]:
    return ctx.paragraphs
