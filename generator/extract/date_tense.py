"""The tense of the clause around a date, from the lexicon's markers: it decides which Monday
"am Montag" is ("Am Montag wird …" is the next one) and whether a year-less date may move
across New Year. Only the date's own clause counts: in "sagte am Montag, die Sitzung werde
am Freitag stattfinden" Monday is past and Friday future. Within the clause the marker nearest
to the date decides; a clause without one takes the future from an announcing verb before it
("kündigte an, am Mittwoch …"), else it has no tense (a weekday is then the most recent)."""

from __future__ import annotations

from generator.extract.date_context import phrase_before, tokens_before
from generator.extract.date_grammar import DateGrammar, key

REACH = 160  # characters searched for clause boundaries on either side of a date
LEAD_REACH = 80  # characters before a clause searched for an announcing verb


def clause_tense(text: str, start: int, end: int, sentence: tuple[int, int], g: DateGrammar) -> str | None:
    """"future", "scheduled" (a present that speaks of a planned event: "Am Dienstag tagt …"),
    "past" or None for the clause holding ``text[start:end]`` in ``sentence``."""
    lo, hi = max(sentence[0], start - REACH), min(sentence[1], end + REACH)
    clause_start, clause_end = lo, hi
    for brk in g.clause_break.finditer(text, lo, start):
        if _whole(text, brk.start(), brk.end()):
            clause_start = brk.end()
    for brk in g.clause_break.finditer(text, end, hi):
        if _whole(text, brk.start(), brk.end()):
            clause_end = brk.start()
            break
    markers = [
        (_distance(m.span(), start, end), "future", key(m.group()))
        for m in g.future.finditer(text, clause_start, clause_end)
        if _whole(text, m.start(), m.end())
    ]
    markers += [
        (_distance(m.span(), start, end), "scheduled", "")
        for m in g.scheduled.finditer(text, clause_start, clause_end)
        if _whole(text, m.start(), m.end())
    ]
    past = [m.span() for m in g.past.finditer(text, clause_start, clause_end) if _whole(text, m.start(), m.end())]
    past += [(_word_start(text, m.start()), m.end()) for m in g.past_suffix.finditer(text, clause_start, clause_end)
             if _past_form(text, m.start())]
    markers += [
        (_distance(span, start, end), "past", "")
        for span in past
        if not (g.passive and phrase_before(tokens_before(text, clause_start, span[0], 1), g.passive) is not None)
    ]
    if not markers:
        if clause_start > lo and g.future_lead.search(text, max(lo, clause_start - LEAD_REACH), clause_start):
            return "future"  # "kündigte an, am Mittwoch … zu veröffentlichen"
        return None
    _, tense, word = min(markers)  # the nearest marker: "fell on Tuesday after X said it would …"
    if word in g.modal_future and g.perfect_ending.search(text, clause_start, clause_end):
        return "past"  # "soll am Montag getötet worden sein" is reported past
    return tense


def _distance(marker: tuple[int, int], start: int, end: int) -> int:
    """Characters between a marker's span and the date."""
    return start - marker[1] if marker[1] <= start else max(0, marker[0] - end)


def _whole(text: str, start: int, end: int) -> bool:
    """A break is punctuation, or a clause word standing as a whole word."""
    char = text[start]
    if not char.isalpha():
        after = text[end : end + 2].strip()[:1]
        if char == ",":  # not inside a number ("$18,400") or a date ("March 14, 2025")
            return not after.isdigit()
        if char in ".!?":  # a sentence end the splitter may have kept ("on Jan. 15. The …")
            return end < len(text) and text[end].isspace() and after.isupper()
        return True
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def _past_form(text: str, suffix: int) -> bool:
    """A suffix ("ed") ends a lower-case word of at least four letters, not "-eed" ("need")."""
    start = _word_start(text, suffix)
    return suffix - start >= 2 and text[start].islower() and text[suffix - 1] != "e"
