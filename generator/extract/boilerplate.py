"""Publisher boilerplate and image captions: classify each paragraph as body, boilerplate or caption.

Every paragraph gets a score from the lexicon (``generator/lexicon/<lang>/boilerplate.yml``):
one point per distinct strong phrase ("unterstützen Sie uns", "Mehr zum Thema"), half a point
per distinct weak word ("Newsletter", "Spende"). A paragraph is boilerplate when its score
reaches what its length asks for (one point up to 300 characters, then a point more for every
250), so one "Newsletter" in a long report stays body. Appeals sit at the end of an article,
so long paragraphs are read only in the article's tail (see :func:`_read`); short ones always
are. Once the second half turns into publisher material, a short fragment
after it ("Unterstützen Sie Report24 via Paypal:") gets half a point for where it stands. A
short paragraph with an image credit ("Symbolbild", "Foto:", "©", "/dpa") is a caption.
Paragraphs are only classified: none is dropped and the offsets stay as they are.

The phrase search lives in ``phrases.py`` (shared with ``claims.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.extract.context import Context
from generator.extract.phrases import PhraseSet, phrase_key
from generator.lexicon import LANGUAGES, load
from generator.model import Paragraph, ParagraphKind

SHORT = 300  # up to this length one point makes a paragraph boilerplate
POINT_PER = 250  # a longer paragraph needs another point for every this many characters
CAPTION_MAX = 250  # image credits are short
FRAGMENT_MAX = 160  # a trailing fragment after publisher material
GATE = 240  # a long paragraph is read further only when its opening holds a phrase
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:19|20)\d\d")
_COPYRIGHT_SIGNS = frozenset({"©", "(c)", "copyright"})
_LINK = re.compile(r"https?://|www\.|@\w")
_STRIP = " \t\n.:!?-–—|•*#"


@dataclass(frozen=True)
class _Lexicon:
    phrases: PhraseSet  # strong, weak and caption phrases
    weights: dict[str, float]  # phrase key → points (caption phrases: none)
    captions: frozenset[str]
    whole: frozenset[str]
    credit: re.Pattern  # "/dpa", "/ AFP"


@cache
def _lexicon() -> _Lexicon:
    """The boilerplate lexicon of all languages: publisher furniture is often in English too."""
    weights: dict[str, float] = {}
    captions: set[str] = set()
    whole: set[str] = set()
    agencies: set[str] = set()
    for language in LANGUAGES:
        data = load("boilerplate", language) or {}
        for entry in data.get("weak", ()):
            weights.setdefault(phrase_key(entry), 0.5)
        for entry in data.get("strong", ()):
            weights[phrase_key(entry)] = 1.0
        captions.update(phrase_key(e) for e in data.get("caption", ()))
        whole.update(phrase_key(e) for e in data.get("whole", ()))
        agencies.update(data.get("credit_agencies", ()))
    names = "|".join(sorted(map(re.escape, agencies), key=len, reverse=True))
    return _Lexicon(
        phrases=PhraseSet.compile(set(weights) | captions),
        weights=weights,
        captions=frozenset(captions),
        whole=frozenset(whole),
        credit=re.compile(f"/\\s?(?:{names})(?!\\w)"),
    )


def _need(length: int) -> float:
    """Points a paragraph of ``length`` characters needs to count as publisher material."""
    return 1.0 if length <= SHORT else 1.0 + (length - SHORT) / POINT_PER


def _kind(chunk: str, found: set[str], lex: _Lexicon, after_publisher: bool) -> ParagraphKind:
    """The kind of one paragraph from the phrases ``found`` in it.

    ``after_publisher``: the paragraph is in the second half and follows publisher material.
    """
    length = len(chunk)
    score = sum(lex.weights.get(key, 0.0) for key in found)
    if length <= SHORT and found & _COPYRIGHT_SIGNS and _COPYRIGHT.search(chunk):
        score += 1.0
    if after_publisher and length <= FRAGMENT_MAX:
        # A trailing fragment: a lead-in to a removed button or link ("… via Paypal:").
        score += 0.5 + (0.5 if chunk.rstrip().endswith(":") or _LINK.search(chunk) else 0.0)
    if score >= _need(length):
        return "boilerplate"
    if length <= CAPTION_MAX and (found & lex.captions or lex.credit.search(chunk)):
        return "caption"
    return "body"


def _read(text: str, paragraphs: tuple[Paragraph, ...], lex: _Lexicon) -> list[set[str] | None]:
    """Keys of the phrases in each paragraph; None for a long paragraph that is not read.

    Appeals sit at the end, and a long one shows itself in its opening. So the paragraphs are
    read from the end: short ones always, long ones while they are the article's tail. A long
    paragraph without a phrase (in its opening, when it is very long) is the report's last,
    and no long paragraph before it is read. This keeps the cost per article low.
    """
    found: list[set[str] | None] = [None] * len(paragraphs)
    tail = True
    for index in range(len(paragraphs) - 1, -1, -1):
        start, end = paragraphs[index].start, paragraphs[index].end
        if end - start <= SHORT:
            found[index] = lex.phrases.keys(text, start, end)
        elif tail and end - start <= 2 * GATE:  # cheaper in one pass than opening plus rest
            found[index] = lex.phrases.keys(text, start, end)
            tail = bool(found[index])
        elif tail:
            keys = lex.phrases.keys(text, start, start + GATE)
            if keys:
                keys |= lex.phrases.keys(text, start + GATE - 40, end)
            else:
                tail = False
            found[index] = keys
    return found


def classify_paragraphs(ctx: Context) -> tuple[Paragraph, ...]:
    """The article's paragraphs with ``kind`` set to body, boilerplate or caption."""
    lex = _lexicon()
    text = ctx.text
    half = len(ctx.paragraphs) / 2
    result: list[Paragraph] = []
    previous: ParagraphKind = "body"
    for index, (para, found) in enumerate(zip(ctx.paragraphs, _read(text, ctx.paragraphs, lex))):
        kind: ParagraphKind = "body"
        after_publisher = index >= half and previous == "boilerplate"
        if para.end - para.start <= 40 and phrase_key(text[para.start : para.end].strip(_STRIP)) in lex.whole:
            kind = "boilerplate"
        # Without a phrase only a trailing fragment or a "/dpa" credit can be anything but body.
        elif found or (found is not None and (after_publisher or text.find("/", para.start, para.end) != -1)):
            kind = _kind(text[para.start : para.end], found, lex, after_publisher)
        result.append(para if para.kind == kind else Paragraph(para.start, para.end, kind))
        previous = kind
    return tuple(result)
