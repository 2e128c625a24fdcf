"""Titles and roles before a name (``lexicon/<language>/titles.yml``): what they are and
which gender they give.

German roles are matched as the end of a compound and through inflection (Außenminister,
Brigadekommandeur, des Präsidenten) with one regex over the reversed word, so a long
list costs one match per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.lexicon import load

COMPOUND_LANGUAGES = frozenset({"de"})  # roles also end compounds: Außenminister
_INFLECTION = "(?:se|ne|s|n)?"  # reversed: -es, -en, -s, -n
MIN_PREFIX = 3  # letters before a role at the end of a compound


@dataclass(frozen=True)
class Titles:
    honorifics: dict[str, str]  # "Frau" → "female"
    academic: frozenset[str]  # "Dr.", "Prof."
    roles: dict[str, str | None]  # casefolded role → "male" / "female" / None
    compound: re.Pattern[str] | None  # over the reversed, casefolded word
    lower_case: bool  # some roles are written in lower case ("union leader Marieke Claes")

    def role(self, word: str) -> tuple[bool, str | None]:
        """(is a role or honorific, its gender) for one word."""
        if word in self.honorifics:
            return True, self.honorifics[word]
        folded = word.casefold()
        if folded in self.roles:
            return True, self.roles[folded]
        if self.compound is not None and word[:1].isupper():
            match = self.compound.match(folded[::-1])
            # A compound needs a real first part: Vorstandschef, US-Präsident, not "Demir" (Emir).
            rest = len(folded) - match.end() if match else -1
            if match and (rest == 0 or rest >= MIN_PREFIX or folded[rest - 1] == "-"):
                return True, self.roles[match.group(1)[::-1]]
        return False, None


@cache
def titles(language: str) -> Titles:
    data = load("titles", language) or {}
    roles: dict[str, str | None] = {}
    for male, female in (data.get("roles") or {}).items():
        roles[str(male).casefold()] = "male"
        roles.setdefault(str(female).casefold(), "female")
    for word in data.get("neutral") or ():
        roles[str(word).casefold()] = None
    compound = None
    if language in COMPOUND_LANGUAGES and roles:
        reversed_roles = sorted((r[::-1] for r in roles), key=lambda r: (-len(r), r))
        compound = re.compile(f"{_INFLECTION}({'|'.join(map(re.escape, reversed_roles))})")
    return Titles(
        honorifics={str(k): str(v) for k, v in (data.get("honorifics") or {}).items()},
        academic=frozenset(str(a) for a in data.get("academic") or ()),
        roles=roles,
        compound=compound,
        lower_case=any(str(w)[:1].islower() for w in [*(data.get("roles") or {}), *(data.get("neutral") or ())]),
    )
