"""What kind of quoted stretch a quote is: a term, or an utterance (direct or partial).

A **term** is a scare quote or a name: after a term cue ("sogenannte", "so-called",
"titled", "Codenamen"), after or before a noun that names something ("Sachbuch „Die stillen
Bestäuber“", 'the cooking show "Kitchen Knockout"', 'our "Statehouse Watch" newsletter'),
beginning with such a noun ("„Operation Winterhammer“"), fused to a word by a hyphen
(NATO-“Friedenstruppen”), a nickname after a naming verb ('called me "Lucky Len"'), an
English title in Title Case ("Notes From the Wings"), or any quote that nobody is said to
utter. Lists: ``terms.yml``. Whether an utterance is direct or partial depends on where it
stands in its sentence, which ``attribution.py`` reads.
"""

from __future__ import annotations

import re

from generator.extract.noun_phrases import quoted_name
from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.tokens import Token

_WORD = re.compile(r"[^\W_][\w'’-]*")
_SENTENCE_END = ".!?…"


def words_of(text: str, limit: int = 40) -> list[str]:
    """The first ``limit`` words of ``text`` (a quote may be very long)."""
    found = []
    for match in _WORD.finditer(text, 0, min(len(text), limit * 30)):
        found.append(match.group())
        if len(found) >= limit:
            break
    return found


def name_like(text: str) -> bool:
    """Whether a quote starts like a name: with a capital letter or a digit."""
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def sentence_like(text: str) -> bool:
    """Whether a quote reads as a whole sentence: a capital first, a full stop (or ! ?) last."""
    stripped = text.strip()
    return name_like(stripped) and stripped.rstrip("\"'”“’‘»«)").endswith(tuple(_SENTENCE_END))


def title_case(text: str, small: frozenset[str]) -> bool:
    """An English title: two to twelve words, every one but the small ones capitalised, no
    sentence punctuation inside ("The Light Between Tides", "Engagement Over Everything")."""
    stripped = text.strip().rstrip(",")
    if not stripped or any(c in stripped for c in ".!?;:"):
        return False
    words = words_of(stripped, 14)
    if not 2 <= len(words) <= 12:
        return False
    return (
        all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words) and words[0][0].isupper()
    )


def _has_term_noun(t: Token, lex: QuoteLexicon) -> bool:
    if t.kind != "w":
        return False
    if lex.compounds:
        return t.cap and t.low.endswith(lex.term_nouns)
    return t.low in lex.term_nouns or any(
        t.low.endswith(e) and t.low[: -len(e)] in lex.term_nouns for e in lex.plural_endings
    )


def _term_cue_before(tokens: list[Token], k: int, lex: QuoteLexicon) -> bool:
    """A term cue right before the quote, maybe with an article between ("das sogenannte
    „…“", "the so-called "…"", "unter dem Namen „…“", "genannt die „…“")."""
    ends = [k]
    if k > 0 and tokens[k - 1].low in lex.determiners:
        ends.append(k - 1)
    for end in ends:
        for start in range(max(0, end - 4), end):
            for phrase in lex.term_before.get(tokens[start].low, ()) + _stem_phrases(tokens[start].low, lex):
                if start + len(phrase) == end and _matches(tokens, start, phrase):
                    return True
    return False


def _source_name(tokens: list[Token], k: int, lex: QuoteLexicon) -> bool:
    """A quoted name that is itself the source: after a lead cue ("Laut „Spiegel“", 'according
    to "Politico"'), or the subject of the speech verb right after it ("Die „Süddeutsche
    Zeitung“ berichtete")."""
    if not quoted_name(tokens[k]):
        return False
    j = k - 1
    if j >= 0 and tokens[j].low in lex.determiners:
        j -= 1
    if j >= 0 and _lead_ends_at(tokens, j, lex):
        return True
    starts = j < 0 or tokens[j].kind == "p" and tokens[j].text in ".:;"
    return (
        starts and k + 1 < len(tokens) and tokens[k + 1].low in lex.verbs and tokens[k + 1].text[0].islower()
    )


def _lead_ends_at(tokens: list[Token], j: int, lex: QuoteLexicon) -> bool:
    """Whether a lead cue phrase ("laut", "according to") ends at token ``j``."""
    for phrases in lex.lead.values():
        for phrase in phrases:
            start = j - len(phrase) + 1
            if (
                start >= 0
                and phrase[-1] == tokens[j].low
                and all(tokens[start + i].low == w for i, w in enumerate(phrase))
            ):
                return True
    return False


def _known_as(tokens: list[Token], k: int, lex: QuoteLexicon) -> bool:
    """'known in the boathouse as "the Metronome"': a name after "as" that a naming
    participle a few words before governs."""
    if k < 2 or tokens[k - 1].low not in lex.known_as_links:
        return False
    return any(tokens[j].low in lex.known_as for j in range(max(0, k - 8), k - 1))


def _stem_phrases(low: str, lex: QuoteLexicon) -> tuple[tuple[str, ...], ...]:
    """Term cues whose first word ends in * and starts ``low`` ("sogenannt*" for "sogenannten")."""
    if not lex.term_stem_start.match(low):
        return ()
    return tuple(phrase for stem, phrase in lex.term_stems if low.startswith(stem))


def _matches(tokens: list[Token], start: int, phrase: tuple[str, ...]) -> bool:
    for offset, word in enumerate(phrase):
        low = tokens[start + offset].low
        if word.endswith("*") and low.startswith(word[:-1]) and len(low) <= len(word) + 4:
            continue
        if word != low:
            return False
    return True


def term_by_context(
    tokens: list[Token], k: int, text: str, lex: QuoteLexicon, before_char: str, after_char: str
) -> bool:
    """Whether the quote at token ``k`` is a term by what surrounds it."""
    quote = tokens[k].text
    if before_char == "-" or after_char == "-":
        return True  # NATO-“Friedenstruppen”, „Querdenker“-Demo
    if _term_cue_before(tokens, k, lex) or _known_as(tokens, k, lex) or _source_name(tokens, k, lex):
        return True
    if not name_like(quote):
        return _nickname(tokens, k, lex, quote, None)
    words = words_of(quote, 6)
    if len(words) > 1 and words[0].lower() in lex.term_leading:
        return True  # „Operation Winterhammer“, "Project Lantern"
    whole = sentence_like(quote)
    if not whole:
        prev = k - 1
        if prev >= 0 and tokens[prev].text == "," and not lex.compounds:
            prev -= 1  # her fifth novel, "The Salt Orchard", …
            if prev >= 0 and tokens[prev].kind == "w" and not tokens[prev].cap and title_case(quote, lex.title_small):
                return True  # a subscription service, "Iris Plus," which …
        if prev >= 0 and _has_term_noun(tokens[prev], lex):
            return True
        if lex.compounds and _named_by_noun(tokens, k, words, lex):
            return True
        if not lex.compounds and k + 1 < len(tokens) and _has_term_noun(tokens[k + 1], lex):
            return True  # our weekly "Statehouse Watch" newsletter
        if _outlet(tokens, k, lex, words):
            return True
    return (not whole or len(words) == 1) and _nickname(tokens, k, lex, quote, words)


def _outlet(tokens: list[Token], k: int, lex: QuoteLexicon, words: list[str]) -> bool:
    """The newspaper or channel someone spoke to: "sagte er dem „Spiegel“", 'told the "Post"',
    "im Interview mit der „Zeit“"."""
    if k < 2 or tokens[k - 1].low not in lex.addressees or len(words) > 5:
        return False
    if tokens[k - 2].low in lex.outlet_preps:
        return True
    for j in range(k - 2, max(-1, k - 12), -1):  # the verb, past its subject: "sagte der Abgeordnete X dem"
        t = tokens[j]
        if t.low in lex.verbs:
            return True
        if t.kind == "q" or t.kind == "p" and t.text in ",.;:!?":
            return False
    return False


def _nickname(tokens: list[Token], k: int, lex: QuoteLexicon, quote: str, words: list[str] | None) -> bool:
    """A name given after a naming verb: 'called her "the Iron Nightingale"', „… nennt“."""
    if not (
        _naming_verb(tokens, range(k - 1, max(-1, k - 7), -1), lex)  # "nennen sie jetzt nur noch „…“"
        or _naming_verb(tokens, range(k + 1, min(len(tokens), k + 3)), lex)
    ):
        return False
    words = words if words is not None else words_of(quote, 6)
    if not words or len(words) > 4 or sentence_like(quote) and len(words) > 1:
        return False  # one word with a stop is still a name: 'the company calls "Iris."'
    if words[0].lower() in lex.introducers:
        return False  # "nannte die Debatte „eine Phantomdiskussion“": a verdict, not a name
    if lex.compounds:
        return (len(words) >= 2 or "-" in words[0]) and all(w[0].isupper() or w.lower() in lex.determiners for w in words)
    return (
        title_case(quote, lex.title_small)
        or words[0].lower() in lex.definites
        or len(words) <= 2
        and name_like(quote)
    )


def _named_by_noun(tokens: list[Token], k: int, words: list[str], lex: QuoteLexicon) -> bool:
    """German: a noun and right after it a name of one or two capitalised words ("Sturmtief
    „Hilke“", "den Orkan „Xaver“", "ihre Einstufung „Halten“"); a quoted word after a noun
    is what the noun is called, not something said. The noun opens the clause or has its
    article ("antwortete Müller „Nein“" is an answer), and no naming verb comes before
    ("nannte den Vorschlag „Unsinn“" is the speaker's word)."""
    if k < 1 or not 1 <= len(words) <= 2 or not all(w[0].isupper() for w in words):
        return False
    if any(t.low in lex.naming_verbs for t in tokens[max(0, k - 6) : k]):
        return False
    noun, before = tokens[k - 1], tokens[k - 2] if k >= 2 else None
    determined = before is None or before.kind != "w" or before.low in lex.determiners or before.low in lex.possessives
    return noun.kind == "w" and noun.cap and determined


def _naming_verb(tokens: list[Token], indices: range, lex: QuoteLexicon) -> bool:
    """A naming verb among ``tokens[indices]``, read up to a quote or a clause end."""
    for j in indices:
        if tokens[j].kind == "q" or tokens[j].text in ".;:":
            return False
        if tokens[j].low in lex.naming_verbs:
            return True
    return False


def english_title(quote: str, lex: QuoteLexicon) -> bool:
    """An English Title Case name ("Moving Leeds Forward"): a term wherever it stands."""
    return not lex.compounds and title_case(quote, lex.title_small)
