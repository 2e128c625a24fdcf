"""Language detection: which language an article is written in, from its own words.

Counts function words (``lexicon/<language>/stopwords.yml``, one file per language) in the
first few thousand characters; texts in a script of their own (Greek, Arabic, CJK …) are
told by their letters. Every language with a stopword file is recognised, also where
Dossier has no extraction rules for it, so no German rules run on a French article.
"unsure" is ``"und"``. Measured against py3langid, langdetect and lingua in
``bench/language_detection.py``; the figures are in docs/guide/extraction.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from generator.lexicon import available, load

SAMPLE = 1500  # characters read: enough for a clear count, constant time on a 20 MB article
MIN_HITS = 2  # fewer function words than this is too little to go on …
SHORT = 15  # … except in a text of this many words or fewer, where one may do
MARGIN = 0.25  # the winner must lead the runner-up by this share of its count (and by 2)
LETTER_WEIGHT = 1 / 3  # a characteristic letter (ß, é, ñ) counts a third of a function word
OVERRIDE_HITS = 20  # a declared language yields only to a count this clear …
OVERRIDE_RATIO = 3.0  # … that beats the declared language this many times over
UNDETERMINED = "und"
_PUNCTUATION = ".,;:!?\"'()[]{}<>„“”«»‚‘’–—-…*/|#%&+=0123456789"
_KANA = re.compile("[\u3040-\u30ff]")
# First code point of each script block that names a language by itself; None: no language
# by script alone (Latin and Cyrillic are told apart by their function words).
_SCRIPTS = (
    (0x0000, None),
    (0x0370, "el"),
    (0x0400, None),
    (0x0530, "hy"),
    (0x0590, "he"),
    (0x0600, "ar"),
    (0x0700, None),
    (0x0900, "hi"),
    (0x0980, None),
    (0x0E00, "th"),
    (0x0E80, None),
    (0x10A0, "ka"),
    (0x1100, "ko"),
    (0x1200, None),
    (0x3040, "ja"),
    (0x3100, None),
    (0x4E00, "zh"),
    (0xA000, None),
    (0xAC00, "ko"),
    (0xD7B0, None),
)
_SCRIPT_STARTS = tuple(start for start, _ in _SCRIPTS)


@dataclass(frozen=True)
class Guess:
    """The best language and how clearly it won."""

    language: str
    hits: float  # function words (and characteristic letters) of that language
    runner_up: float  # the same count for the next best language
    words: int = 0  # words read

    @property
    def confident(self) -> bool:
        """Enough evidence, and a clear lead over the next language."""
        if self.words <= SHORT and self.hits >= 1 and self.runner_up == 0:
            return True  # a title or a one-line text
        return self.hits >= MIN_HITS and self.hits - self.runner_up >= max(2, MARGIN * self.hits)


@cache
def _letters() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the characteristic letters of every language (``letters.yml``), and
    the language each letter belongs to (the first, when two share one)."""
    owner: dict[str, str] = {}
    for language in available("letters"):
        for char in load("letters", language) or ():
            owner.setdefault(str(char), language)
    return re.compile(f"[{re.escape(''.join(owner)) or 'x^'}]"), owner


@cache
def _stopwords() -> dict[str, tuple[str, ...]]:
    """word → the languages it is a function word of."""
    table: dict[str, list[str]] = {}
    for language in available("stopwords"):
        for word in load("stopwords", language) or ():
            entry = table.setdefault(str(word).casefold(), [])
            if language not in entry:
                entry.append(language)
    return {word: tuple(languages) for word, languages in table.items()}


def _script(word: str) -> str | None:
    return _SCRIPTS[bisect_right(_SCRIPT_STARTS, ord(word[0])) - 1][1]


def guess_language(text: str) -> Guess:
    """The language whose function words (or script) the start of ``text`` holds most."""
    stopwords = _stopwords()
    counts: dict[str, float] = {}
    sample = text[:SAMPLE].casefold()
    letters, owner = _letters()
    for char in letters.findall(sample):  # one pass for every language's letters
        language = owner[char]
        counts[language] = counts.get(language, 0) + LETTER_WEIGHT
    tokens = sample.split()
    for token in tokens:  # str.split and one dict look-up per word: faster than a word regex
        languages = stopwords.get(token)
        if languages is None:
            word = token.strip(_PUNCTUATION)
            if not word:
                continue
            if word[0] >= "\u0370" and (script := _script(word)):
                if script == "zh" and _KANA.search(word):
                    script = "ja"  # Japanese mixes Han with kana
                counts[script] = counts.get(script, 0) + max(1, len(word) // 4)  # CJK has no spaces
                continue
            languages = stopwords.get(word, ())
        for language in languages:
            counts[language] = counts.get(language, 0) + 1
    words = len(tokens)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return Guess(UNDETERMINED, 0, 0, words)
    best, hits = ranked[0]
    return Guess(best, hits, ranked[1][1] if len(ranked) > 1 else 0, words)


def detect_language(text: str, declared: str | None = None) -> str:
    """"de", "en", … or "und": the declared language unless the text clearly says otherwise."""
    guess = guess_language(text)
    confident = guess.confident
    declared = (declared or "").strip().lower()[:2]
    if not (len(declared) == 2 and declared.isalpha()):
        return guess.language if confident else UNDETERMINED
    if guess.language != declared and guess.hits >= OVERRIDE_HITS:
        if guess.hits >= OVERRIDE_RATIO * max(1, _hits_of(text, declared)):
            return guess.language  # a page template's lang="en" on a German article
    return declared


def _hits_of(text: str, language: str) -> float:
    stopwords = _stopwords()
    return sum(language in stopwords.get(t, ()) for t in text[:SAMPLE].casefold().split())
