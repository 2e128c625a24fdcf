"""The words right around a date atom, read without regexes: the few tokens before it are
looked up in the lexicon's phrase sets ("mehr als", "Artikel", "seit", "jeden"). Reading
backwards from the atom costs a handful of string operations however long the text is."""

from __future__ import annotations

SPACES = frozenset(" \t\n\u00a0\u202f")
SENTENCE_END = frozenset(".!?:;…„“”\"«»‹›'‘’([—–-")
_OPENING = "„“”\"«»‹›'‘’([{"


def word_key(token: str) -> str:
    """Lookup key of one token: lower case, without a trailing dot."""
    return token.lower().rstrip(".")


def tokens_before(text: str, lo: int, at: int, count: int = 3) -> list[tuple[int, str]]:
    """(start, key) of up to ``count`` white-space separated tokens right before ``at`` (not
    before ``lo``), nearest last. An opening mark or bracket is not part of a token."""
    tokens: list[tuple[int, str]] = []
    pos = at
    while len(tokens) < count:
        end = pos
        while end > lo and text[end - 1] in SPACES:
            end -= 1
        if end <= lo or (end == pos and pos != at):
            break
        begin = end
        while begin > lo and text[begin - 1] not in SPACES:
            begin -= 1
        while begin < end and text[begin] in _OPENING:
            begin += 1
        if begin < end:
            tokens.append((begin, word_key(text[begin:end])))
        if begin > lo and text[begin - 1] not in SPACES:
            break  # an opening mark ended the token: nothing before it belongs to the phrase
        pos = begin
    return tokens[::-1]


def phrase_before(tokens: list[tuple[int, str]], phrases: frozenset[str]) -> int | None:
    """Start of the longest phrase from ``phrases`` made of the last ``tokens``, or None."""
    found = None
    for n in range(1, len(tokens) + 1):
        if " ".join(key for _, key in tokens[-n:]) in phrases:
            found = tokens[-n][0]
    return found


def opens_sentence(text: str, at: int, para_start: int) -> bool:
    """Only a sentence end, a colon or an opening mark (or the paragraph start) comes before ``at``."""
    lo = max(para_start, at - 8)
    before = text[lo:at].rstrip()
    if not before:
        return lo == para_start
    return before[-1] in SENTENCE_END


def after_name(text: str, at: int, para_start: int) -> bool:
    """A capitalised word stands right before ``at`` and does not open a sentence ("Tenant Tuesday")."""
    tokens = tokens_before(text, max(para_start, at - 40), at, 1)
    if not tokens:
        return False
    start, _ = tokens[0]
    word = text[start:at].rstrip()
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    return not opens_sentence(text, start, para_start)
