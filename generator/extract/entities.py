"""entities (stub)."""

from generator.extract.context import Context
from generator.model import Entity


def find_entities(ctx: Context) -> tuple[Entity, ...]:
    return ()
