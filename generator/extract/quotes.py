"""quotes (stub)."""

from generator.extract.context import Context
from generator.model import Quote


def find_quotes(ctx: Context) -> tuple[Quote, ...]:
    return ()
