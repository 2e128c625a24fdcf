"""Fast whole-word search for lexicon phrases, case-insensitive, shared by the annotators.

A lexicon list compiles to one regex trie (:func:`phrase_pattern`), so an article is scanned
once per list however long the list is, in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.model import Paragraph

# Phrases start after white space (or where the searched text starts). Each opening character
# gets its own regex: a one-character literal prefix lets the regex engine jump between
# candidates far faster than a character class would.
OPENERS = (" ", "\n", "\xa0")

def _piece(char: str) -> str:
    """One character of a phrase as a case-insensitive regex piece (IGNORECASE is much slower)."""
    upper = char.upper()
    if upper != char and len(upper) == 1:
        return f"[{re.escape(char)}{re.escape(upper)}]"
    return re.escape(char)


def _tokens(entry: str) -> list[str]:
    """Trie tokens of one phrase: characters, " " (any white space), "*" (inflection), "$" (word end)."""
    tokens = [" " if ch.isspace() else ch for ch in entry.lower()]
    if tokens and (tokens[-1] == "*" or tokens[-1].isalnum()):
        tokens.append("$")
    return tokens


def _emit(node: dict, first: bool = False) -> str:
    """The regex for one trie node; longer continuations are tried before ending here."""
    alternatives = []
    for token in sorted(k for k in node if k):
        rest = _emit(node[token])
        if token == " ":
            alternatives.append(r"\s+" + rest)
        elif token == "*":
            alternatives.append("[a-zA-ZäöüßÄÖÜ]{0,4}" + rest)
        elif token == "$":
            alternatives.append(r"(?!\w)" + rest)
        elif first and token.upper() != token and len(token.upper()) == 1:
            # Two literal branches, not one [xX] class: the regex engine skips a literal branch
            # by its first character, which makes a failed attempt at a word start cheap.
            alternatives += [re.escape(token) + rest, re.escape(token.upper()) + rest]
        else:
            alternatives.append(_piece(token) + rest)
    if "" in node:
        alternatives.append("")
    if alternatives == [""]:
        return ""
    return "(?:" + "|".join(alternatives) + ")"


def phrase_pattern(entries: Iterable[str]) -> str:
    """One case-insensitive regex (a trie) matching any of the lexicon ``entries``, ending at a word end.

    A space in an entry matches any white space; a trailing ``*`` allows up to four more
    letters (inflections: "angeblich*" → "angeblichen").
    """
    root: dict = {}
    for entry in entries:
        node = root
        for token in _tokens(entry.strip()):
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(root, first=True)


def phrase_key(text: str) -> str:
    """The lookup key of a matched phrase: lower case, white space collapsed."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class PhraseSet:
    """Lexicon phrases compiled for a fast whole-word search."""

    after: re.Pattern  # group 1 is a phrase that follows one of the openers
    at_start: re.Pattern
    inside: dict[str, frozenset[str]]  # every entry's key → the other entries' keys inside it

    @classmethod
    def compile(cls, entries: Iterable[str], openers: tuple[str, ...] = OPENERS) -> PhraseSet:
        """Compile ``entries`` (see :func:`phrase_pattern`) to be found after any of ``openers``."""
        entries = sorted(set(entries))
        trie = phrase_pattern(entries)
        # One pattern for all openers: the trie is compiled (and searched) once, not once per opener.
        if all(len(o) == 1 for o in openers):
            opener = "[" + "".join(re.escape(o) for o in openers) + "]"
        else:
            opener = "(?:" + "|".join(re.escape(o) for o in openers) + ")"
        after = re.compile(f"{opener}({trie})")
        keys = set(map(phrase_key, entries))
        inside = {k: frozenset(o for o in keys if o != k and f" {o} " in f" {k} ") for k in keys}
        return cls(after, re.compile(trie), inside)

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each phrase in ``text[start:end]``, in order, none overlapping another."""
        found = [m.span(1) for m in self.after.finditer(text, start, end)]
        if start == 0 or not text[start - 1].isalnum():
            first = self.at_start.match(text, start, end)
            if first:
                found.append(first.span())
        if len(found) < 2:
            return found
        found.sort()
        kept = [found[0]]
        for span in found[1:]:
            if span[0] >= kept[-1][1]:
                kept.append(span)
        return kept

    def keys(self, text: str, start: int, end: int) -> set[str]:
        """Lookup keys (see :func:`phrase_key`) of the distinct phrases in ``text[start:end]``.

        A phrase inside a longer one found ("Buch" in "Mein neues Buch") is not counted again.
        """
        found = self.after.findall(text, start, end)
        if start == 0 or not text[start - 1].isalnum():
            first = self.at_start.match(text, start, end)
            if first:
                found.append(first.group())
        if not found:
            return set()
        keys = {k if k in self.inside else phrase_key(k) for k in map(str.lower, found)}
        if len(keys) > 1:
            for key in list(keys):
                keys -= self.inside.get(key, frozenset())
        return keys


def spans_by_paragraph(
    text: str, body: list[tuple[int, Paragraph]], phrases: PhraseSet
) -> dict[int, list[tuple[int, int]]]:
    """{paragraph number: phrase spans} over the ``body`` paragraphs, read in as few passes as possible."""
    spans = [
        span
        for start, end in merge_windows((p.start, p.end) for _, p in body)
        for span in phrases.spans(text, start, end)
    ]
    hits: dict[int, list[tuple[int, int]]] = {}
    index = 0
    for start, end in spans:
        while index < len(body) and body[index][1].end <= start:
            index += 1
        if index == len(body):
            break
        number, para = body[index]
        if para.start <= start and end <= para.end:
            hits.setdefault(number, []).append((start, end))
    return hits


def merge_windows(windows: Iterable[tuple[int, int]], gap: int = 2) -> list[tuple[int, int]]:
    """Sorted (start, end) windows joined where at most ``gap`` characters lie between them."""
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start - merged[-1][1] <= gap:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]
