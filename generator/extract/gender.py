"""A person's gender from the article itself: titles before the name (Frau, Ministerin,
Mr, spokeswoman), the first name (gender-guesser), and the pronouns that follow a mention
(``lexicon/<language>/pronouns.yml``) while no other person is named in between.

Titles weigh most, then the first name, then each pronoun; a tie leaves the gender unknown.
"""

from __future__ import annotations

import re
from functools import cache

from generator.lexicon import load
from generator.model import Mention

ROLE_WEIGHT = 4
FIRST_NAME_WEIGHT = 2
PRONOUN_WINDOW = 200  # characters after a mention read for pronouns


@cache
def pronoun_patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(male, female) pronoun patterns; German "sie" only beside a singular verb."""
    data = load("pronouns", language) or {}

    def words(key: str) -> str:
        return "|".join(sorted(map(re.escape, map(str, data.get(key) or ())), key=lambda w: (-len(w), w)))

    male = re.compile(rf"\b(?:{words('male')})\b", re.IGNORECASE) if data.get("male") else None
    female = None
    if data.get("female"):
        female = re.compile(rf"\b(?:{words('female')})\b", re.IGNORECASE)
    elif data.get("female_after_singular_verb"):
        w = words("female_after_singular_verb")
        # "sagte sie", "hat sie"; "Sie sagte" after a sentence end (the polite "Sie" is mid-sentence).
        female = re.compile(rf"\b\w+te?\s+(?:{w})\b|(?:^|[.!?]\s+)(?:{w.title()})\s+\w+te?\b")
    return male, female


def pronoun_votes(text: str, mentions: list[tuple[Mention, int]], ends: list[int], language: str) -> dict[int, list[str]]:
    """person index → "male"/"female" per pronoun after one of its mentions.

    ``mentions`` are (mention, person index) in text order; ``ends`` the end of the paragraph
    of each mention. A window runs to the next mention of another person."""
    male, female = pronoun_patterns(language)
    votes: dict[int, list[str]] = {}
    if male is None and female is None:
        return votes
    for k, (mention, person) in enumerate(mentions):
        stop = min(mention.end + PRONOUN_WINDOW, ends[k])
        for n in range(k + 1, len(mentions)):
            later, other = mentions[n]
            if later.start >= stop:
                break
            if other != person:
                stop = later.start
                break
        window = text[mention.end : stop]
        found = votes.setdefault(person, [])
        for gender, pattern in (("male", male), ("female", female)):
            if pattern is not None:
                found += [gender] * len(pattern.findall(window))
    return votes


def decide(role_genders: tuple[str, ...], first_gender: str | None, pronouns: list[str]) -> str | None:
    """"male", "female" or None from the weighted evidence."""
    score = {"male": 0, "female": 0}
    for gender in role_genders:
        score[gender] = score.get(gender, 0) + ROLE_WEIGHT
    if first_gender in score:
        score[first_gender] += FIRST_NAME_WEIGHT
    for gender in pronouns:
        score[gender] += 1
    if score["male"] == score["female"]:
        return None
    return "male" if score["male"] > score["female"] else "female"
