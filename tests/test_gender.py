"""Gender from titles, first names and the pronouns after a mention."""

from __future__ import annotations

from generator.extract.gender import decide, pronoun_votes
from generator.model import Mention


def votes(text: str, names: list[tuple[str, int]], language: str) -> dict[int, list[str]]:
    """Mentions of ``name`` (person index) at their first occurrence, in text order."""
    mentions = sorted(((Mention(n, text.index(n), text.index(n) + len(n)), i) for n, i in names), key=lambda x: x[0].start)
    return pronoun_votes(text, mentions, [len(text)] * len(mentions), language)


def test_english_pronouns_after_a_mention_vote():
    assert votes("Jo Whitley arrived. She said her team was ready.", [("Jo Whitley", 0)], "en") == {0: ["female", "female"]}
    assert votes("Sam Reed left early; he was tired.", [("Sam Reed", 0)], "en") == {0: ["male"]}


def test_the_window_ends_at_the_next_person():
    found = votes("Kim Lee met Sam Reed. He smiled.", [("Kim Lee", 0), ("Sam Reed", 1)], "en")
    assert found == {0: [], 1: ["male"]}


def test_german_sie_counts_only_beside_a_singular_verb():
    assert votes("Kim Berger kam. Sie sagte, es reiche.", [("Kim Berger", 0)], "de") == {0: ["female"]}
    assert votes("Kim Berger kam, erklärte sie.", [("Kim Berger", 0)], "de") == {0: ["female"]}
    assert votes("Kim Berger kam. Sie sagten, dass sie gehen.", [("Kim Berger", 0)], "de") == {0: []}
    assert votes("Kim Berger kam. Er blieb bei seiner Meinung.", [("Kim Berger", 0)], "de") == {0: ["male", "male"]}


def test_titles_outweigh_first_names_and_pronouns():
    assert decide(("female",), "male", ["male"]) == "female"
    assert decide((), "male", ["female"]) == "male"
    assert decide((), "male", ["female", "female", "female"]) == "female"
    assert decide((), None, []) is None
    assert decide(("male",), None, ["female"] * 4) is None  # a tie is unknown
