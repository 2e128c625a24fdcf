"""The words right around a date atom, read without regexes: the few tokens before it are
looked up in the lexicon's phrase sets ("mehr als", "Artikel", "seit", "jeden"). Reading
backwards from the atom costs a handful of string operations however long the text is."""

from __future__ import annotations

from typing import NamedTuple

SPACES = frozenset(" \t\n\u00a0\u202f")
SENTENCE_END = frozenset(".!?:;…„“”\"«»‹›'‘’([—–-")
_OPENING = "„“”\"«»‹›'‘’([{"


def word_key(token: str) -> str:
    """Lookup key of one token: lower case, without a trailing dot."""
    return token.lower().rstrip(".")


def tokens_before(text: str, lo: int, at: int, count: int = 3) -> list[tuple[int, str]]:
    """(start, key) of up to ``count`` white-space separated tokens right before ``at`` (not
    before ``lo``), nearest last. An opening mark or bracket is not part of a token, and ends
    the phrase: nothing before "(seit" belongs to it."""
    window = text[lo:at]
    parts = window.split()
    if lo > 0 and parts and window[:1] not in SPACES and text[lo - 1] not in SPACES:
        parts = parts[1:]  # cut by the window's edge
    tokens: list[tuple[int, str]] = []
    end = len(window)
    for part in reversed(parts[-count:]):
        begin = window.rfind(part, 0, end)
        end = begin
        stripped = part.lstrip(_OPENING)
        if stripped:
            tokens.append((lo + begin + len(part) - len(stripped), word_key(stripped)))
        if stripped != part:
            break
    return tokens[::-1]


class Before(NamedTuple):
    """What stands right before an atom (see :func:`words_before`)."""

    kinds: dict[str, int]  # kind of phrase ("count_before", "year_lead" …) → where it starts
    nearest: tuple[int, str] | None  # the nearest token: (start, key)


def words_before(text: str, lo: int, at: int, table: dict[str, tuple[str, ...]]) -> Before:
    """The kinds of lexicon phrase that end right before ``at``, read from the last three
    tokens at once; for each kind the start of its longest phrase ("mehr als", "bis zu")."""
    tokens = tokens_before(text, lo, at)
    kinds: dict[str, int] = {}
    phrase = ""
    for start, word in reversed(tokens):
        phrase = f"{word} {phrase}" if phrase else word
        for kind in table.get(phrase, ()):
            kinds[kind] = start
    return Before(kinds, tokens[-1] if tokens else None)


def opens_sentence(text: str, at: int, para_start: int) -> bool:
    """Only a sentence end, a colon or an opening mark (or the paragraph start) comes before ``at``."""
    lo = max(para_start, at - 8)
    before = text[lo:at].rstrip()
    if not before:
        return lo == para_start
    return before[-1] in SENTENCE_END


def after_name(text: str, at: int, para_start: int) -> bool:
    """A capitalised word stands right before ``at`` and does not open a sentence ("Tenant
    Tuesday"). An opening quotation mark before it does not make a sentence start here: a
    quoted "Tenant Tuesday" is a name all the more."""
    tokens = tokens_before(text, max(para_start, at - 40), at, 1)
    if not tokens:
        return False
    start, _ = tokens[0]
    word = text[start:at].rstrip()
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    while start > para_start and text[start - 1] in _OPENING:
        start -= 1
    return not opens_sentence(text, start, para_start)
