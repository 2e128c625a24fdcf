"""claims (stub)."""

from generator.extract.context import Context
from generator.model import Claim


def find_claims(ctx: Context) -> tuple[Claim, ...]:
    return ()
