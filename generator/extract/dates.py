"""dates (stub)."""

from generator.extract.context import Context
from generator.model import DateMention


def find_dates(ctx: Context) -> tuple[DateMention, ...]:
    return ()
