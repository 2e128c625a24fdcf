"""A word-level diff of one version of a quote against another, as escaped HTML.

Words are compared as lineage compares them (case, quotation marks and punctuation folded,
generator/lineage.py), and shown as the version writes them: words the version lacks in
<del>, words it adds in <ins>. Every word passes through the one escaping point.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from markupsafe import Markup

from generator.lineage import words
from generator.render.escape import escape_text

MAX_WORDS = 400  # difflib is quadratic at worst; longer versions are only said to differ


def word_diff(first: str, version: str) -> Markup | None:
    """``version`` with its changes against ``first`` marked; None when either is too long."""
    old, new = first.split(), version.split()
    if len(old) > MAX_WORDS or len(new) > MAX_WORDS:
        return None
    old_keys = ["".join(words(w)) for w in old]
    new_keys = ["".join(words(w)) for w in new]
    parts: list[str] = []
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(_text(new[j1:j2]))
            continue
        if i2 > i1:
            parts.append(Markup("<del>") + _text(old[i1:i2]) + Markup("</del>"))
        if j2 > j1:
            parts.append(Markup("<ins>") + _text(new[j1:j2]) + Markup("</ins>"))
    return Markup(" ").join(parts)


def _text(tokens: list[str]) -> Markup:
    return escape_text(" ".join(tokens))
