"""The tense of the clause around a date, from the lexicon's markers: it decides which Monday
"am Montag" is ("Am Montag wird …" is the next one) and whether a year-less date may move
across New Year. Only the date's own clause counts: in "sagte am Montag, die Sitzung werde
am Freitag stattfinden" Monday is past and Friday future. Within the clause the marker nearest
to the date decides; a clause without one takes the future from an announcing verb before it
("kündigte an, am Mittwoch …"), else it has no tense (a weekday is then the most recent).

The words around the date are read once (a word regex and set look-ups), not once per marker.
"""

from __future__ import annotations

import re

from generator.extract.date_grammar import DateGrammar

REACH = 120  # characters read for the clause on either side of a date
LEAD_REACH = 80  # characters before a clause searched for an announcing verb
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

Word = tuple[int, int, str]  # start, end, lower-case text


def clause_tense(text: str, start: int, end: int, sentence: tuple[int, int], g: DateGrammar) -> str | None:
    """ "future", "scheduled" (a present that speaks of a planned event: "Am Dienstag tagt …"),
    "past" or None for the clause holding ``text[start:end]`` in ``sentence``."""
    reach = max(sentence[0], start - REACH)
    lo, hi = _marks(text, start, end, reach, min(sentence[1], end + REACH), g)
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, lo, hi)]
    clause_start, clause_end = _clause(start, end, lo, hi, words, g)
    inside = [w for w in words if clause_start <= w[0] and w[1] <= clause_end]
    markers = _markers(inside, text, g)
    if not markers:
        if clause_start > reach and g.future_lead.search(
            text, max(reach, clause_start - LEAD_REACH), clause_start
        ):
            return "future"  # "kündigte an, am Mittwoch … zu veröffentlichen"
        return None
    _, tense, word, span = min((_distance(span, start, end), tense, word, span) for span, tense, word in markers)
    if tense == "past" and word in g.prospective and span[1] <= start and any(
        span[1] <= w[0] and w[1] <= start and w[2] == "to" for w in inside
    ):
        return "future"  # "voted to close the school in June"
    if word in g.modal_future and inside and inside[-1][2] in g.perfect_endings:
        return "past"  # "soll am Montag getötet worden sein" is reported past
    return tense


def _marks(text: str, start: int, end: int, lo: int, hi: int, g: DateGrammar) -> tuple[int, int]:
    """Bounds of the stretch around ``text[start:end]`` that no punctuation or quotation mark ends."""
    for mark in g.punctuation.finditer(text, lo, start):
        if _breaks(text, mark.start()):
            lo = mark.end()
    for mark in g.punctuation.finditer(text, end, hi):
        if _breaks(text, mark.start()):
            return lo, mark.start()
    return lo, hi


def _clause(start: int, end: int, lo: int, hi: int, words: list[Word], g: DateGrammar) -> tuple[int, int]:
    """Bounds of the clause around the date within ``lo:hi``: clause words ("dass", "that") end it."""
    clause_start, clause_end = lo, hi
    for w_start, w_end, word in words:
        if word in g.clause_words:
            if w_end <= start:
                clause_start = w_end
            elif end <= w_start:
                return clause_start, w_start
    return clause_start, clause_end


def _breaks(text: str, at: int) -> bool:
    """A punctuation mark ends a clause, except a comma inside a number ("$18,400") or a date
    ("March 14, 2025"), and a dot that ends no sentence ("14.30", "Dr. Müller" does)."""
    char = text[at]
    after = text[at + 1 : at + 3].strip()[:1]
    if char == ",":
        return not after.isdigit()
    if char in ".!?":  # a sentence end the splitter may have kept ("on Jan. 15. The …")
        return text[at + 1 : at + 2].isspace() and after.isupper()
    return True


def _markers(words: list[Word], text: str, g: DateGrammar) -> list[tuple[tuple[int, int], str, str]]:
    """((start, end), tense, word) of every tense marker among ``words``."""
    found = []
    for index, (w_start, w_end, word) in enumerate(words):
        tense = g.markers.get(word)
        if word in g.phrase_starts:  # "is expected to", "steht an"
            for length, phrases in g.marker_phrases:
                phrase = " ".join(w[2] for w in words[index : index + length])
                if phrase in phrases:
                    tense, w_end, word = phrases[phrase], words[index + length - 1][1], phrase
                    break
        if tense is None:
            tense = next((t for suffix, t in g.marker_suffixes if word.endswith(suffix)), None)  # "he'll"
        if tense is None and word.endswith(g.past_suffixes) and _past_form(text, w_start, word):
            tense = "past"
        if tense is None:
            continue
        if tense == "future" and word in g.perfect_modals and _perfect_after(words, index, text, g):
            tense = "past"  # "could have hit on Thursday"
        if tense == "past" and index and words[index - 1][2] in g.passive:
            continue  # "will be closed", "is closed": a participle
        if tense == "past" and index > 1 and words[index - 2][2] in g.causative and g.markers.get(words[index - 1][2]) is None:
            continue  # "will have them cleared": a participle after the object
        if tense == "future" and index > 1 and words[index - 2][2] == "had" and words[index - 1][2] == "been":
            tense = "past"  # "no talks had been scheduled as of Thursday": a past perfect
        found.append(((w_start, w_end), tense, word))
    return found


def _perfect_after(words: list[Word], index: int, text: str, g: DateGrammar) -> bool:
    """Whether "have" and a participle follow the modal at ``index`` ("could have hit")."""
    if index + 2 >= len(words) or words[index + 1][2] != "have":
        return False
    start, _, word = words[index + 2]
    return word == "been" or g.markers.get(word) == "past" or word.endswith(g.past_suffixes) and _past_form(text, start, word)


def _past_form(text: str, start: int, word: str) -> bool:
    """A past form by its ending ("voted"): a lower-case word of four letters or more, not "-eed"."""
    return len(word) >= 4 and text[start].islower() and word[-3] != "e"


def _distance(marker: tuple[int, int], start: int, end: int) -> int:
    """Characters between a marker's span and the date."""
    return start - marker[1] if marker[1] <= start else max(0, marker[0] - end)
