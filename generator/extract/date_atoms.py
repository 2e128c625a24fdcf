"""Date atoms of one paragraph: found by the grammar, judged by what stands around them, and
joined into ranges. An atom knows what the text says (day, month, year, weekday, offset), not
yet which calendar day it is; ``dates.py`` resolves it.

Scanning runs the master regex only where an atom can start: at a number, a capitalised date
word, a lower-case relative word, or a few words before a date word (its lead: "am", "in der
Nacht zum"). A cheap trigger finds those anchors, so the cost is a pass of the trigger plus a
few anchored matches per paragraph.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.extract.date_calendar import two_digit_year, valid
from generator.extract.date_context import after_name, opens_sentence, tokens_before, words_before
from generator.extract.date_grammar import DateGrammar, key

Point = tuple[int | None, int | None, int | None]  # (year, month, day); None where the text is silent

LOOKBACK = 48  # characters before a date word that its lead may take
WINDOW = 40  # characters read for the words before a number
NAME_REACH = 24  # characters around a weekday searched for a name that holds it ("Mail on Sunday")


class Atom(NamedTuple):
    """One date expression as the text states it. A NamedTuple, not a frozen dataclass: one is
    built per match, and this is the hot path."""

    start: int
    end: int
    kind: str  # "date" (day, month or year), "weekday", "relative"
    first: Point = (None, None, None)
    last: Point | None = None  # a range's end
    connector: str | None = None  # the range word inside one atom ("bis", "und")
    lead: str | None = None  # key of the lead word kept in the text ("am", "im", "next")
    direction: str | None = None  # last | next | this, from the lead
    weekday: int | None = None
    offset: int | None = None  # relative days
    anaphora: str | None = None  # context | published | last | next: "of that year", "vergangenen Jahres"
    core: int = 0  # where the date proper starts, after its lead
    end_weekday: int | None = None  # a weekday range's last day ("Friday through Sunday")


def scan(text: str, start: int, end: int, anchors: list[tuple[int, int]], g: DateGrammar) -> list[Atom]:
    """The date atoms of ``text[start:end]`` (one paragraph), ranges joined, in order;
    ``anchors`` are the paragraph's (see :func:`anchors`)."""
    atoms = []
    for match in _matches(text, start, end, anchors, g):
        atom = _atom(match, text, start, g)
        if atom is not None:
            atoms.append(atom)
    return _join(atoms, text, g) if atoms else atoms


def anchors(text: str, start: int, end: int, g: DateGrammar) -> list[tuple[int, int]]:
    """(offset, length) of every number and date word where an atom may start or end its lead;
    length 0 for a word."""
    found = [
        (m.start(), m.end() - m.start() if text[m.start()].isdigit() else 0)
        for m in g.trigger.finditer(text, start, end)
    ]
    for word in g.lower_anchors:
        at = text.find(word, start, end)
        while at != -1:
            found.append((at, 0))
            at = text.find(word, at + len(word), end)
    if g.lower_anchors:
        found.sort()
    return found


def _matches(
    text: str, start: int, end: int, anchors: list[tuple[int, int]], g: DateGrammar
) -> list[re.Match]:
    """Matches of the master regex at the anchors, none overlapping another."""
    found: list[re.Match] = []
    done = start  # nothing before this offset is matched again
    for at, digits in anchors:
        if at < done:
            continue
        match = None
        if digits:
            # Only a day (1–2 digits, followed as the grammar allows) or a year (4) starts a date.
            if (
                digits == 3
                or digits > 4
                or (digits < 3 and text[at + digits : at + digits + 1] not in g.day_follow)
            ):
                continue
        else:
            if at > start and text[at - 1].isalnum():
                continue  # inside a word
            # A lead may start a few words earlier: try the farthest first.
            for lead in (
                _lead_starts(text, max(done, at - LOOKBACK), at, g.lead_words)
                if _after_lead(text, at, g)
                else ()
            ):
                candidate = g.atoms.match(text, lead, end)
                if candidate and candidate.end() > at:
                    match = candidate
                    break
        match = match or g.atoms.match(text, at, end)
        if match and match.end() > match.start():
            found.append(match)
            done = match.end()
    return found


def _after_lead(text: str, at: int, g: DateGrammar) -> bool:
    """The word right before ``at`` may end a lead (a cheap test before reading the lead)."""
    if not text[at - 1 : at].isspace():
        return True  # glued: "mid-March"
    parts = text[max(0, at - 24) : at].split()
    word = parts[-1].lstrip("„“”\"«»‹›'‘’([{") if parts else ""
    return word.lower().rstrip(".") in g.lead_words


def _lead_starts(text: str, lo: int, at: int, words: frozenset[str]) -> list[int]:
    """Starts of the lead words right before ``at`` ("in der Nacht zum", "am kommenden", a
    glued "mid-"), farthest first; a word not in ``words`` ends the lead."""
    starts: list[int] = []
    for start, word in reversed(tokens_before(text, lo, at, 6)):
        if word not in words:
            break
        starts.append(start)
    return starts[::-1]


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _point(year: int | None, month: int | None, day: int | None) -> Point | None:
    """The point if the calendar has it (a year-less 29 February passes)."""
    return (year, month, day) if valid(year, month, day) else None


def _atom(m: re.Match, text: str, para_start: int, g: DateGrammar) -> Atom | None:
    """One match as an atom, or None when it is no date after all."""
    start, end = m.span()
    form = m.lastgroup.split("_", 1)[0] if m.lastgroup else ""  # the alternative that matched
    if form == "iso":
        point = _point(int(m["iso_year"]), int(m["iso_month"]), int(m["iso_day"]))
        return Atom(start, end, "date", point, core=start) if point else None
    if form == "slash":
        a, b, year = int(m["slash_a"]), int(m["slash_b"]), two_digit_year(m["slash_year"])
        month, day = (a, b) if (g.slash_order == "mdy" and a <= 12) or b > 12 else (b, a)
        point = _point(year, month, day)
        return (
            Atom(start, end, "date", point, core=start) if point and not _numbered(text, start, g) else None
        )
    if form == "dot":
        year = two_digit_year(m["dot_year"]) if m["dot_year"] else None
        point = _point(year, int(m["dot_month"]), int(m["dot_day"]))
        if not point or _numbered(text, start, g):
            return None
        if year is None and not _numeric_lead(text, para_start, start, g):
            return None  # "3.2." alone is more often a section number
        return Atom(start, end, "date", point, core=start)
    if form == "dd":
        month, year = g.months[key(m["dd_month"])], _int(m["dd_year"])
        first, last = _point(year, month, int(m["dd_day"])), _point(year, month, int(m["dd_day2"]))
        if not first or not last or first[2] >= last[2]:
            return None
        return Atom(
            start, end, "date", first, last, key(m["dd_con"]), anaphora=_anaphora(m["dd_ana"], g), core=start
        )
    if form in ("a", "b"):
        point = _point(_int(m[f"{form}_year"]), g.months[key(m[f"{form}_month"])], int(m[f"{form}_day"]))
        return (
            Atom(start, end, "date", point, anaphora=_anaphora(m[f"{form}_ana"], g), core=start)
            if point
            else None
        )
    if form == "md":
        month, year = g.months[key(m["md_month"])], _int(m["md_year"])
        first, last = _point(year, month, int(m["md_day"])), _point(year, month, int(m["md_day2"]))
        if not first or not last or first[2] >= last[2]:
            return None
        return Atom(
            start, end, "date", first, last, key(m["md_con"]), anaphora=_anaphora(m["md_ana"], g), core=start
        )
    if form == "c":
        return Atom(start, end, "date", (int(m["c_year"]), g.months[key(m["c_month"])], None), core=start)
    if form == "mm":
        year = _int(m["mm_year"])
        first, last = (year, g.months[key(m["mm_month"])], None), (year, g.months[key(m["mm_month2"])], None)
        if year and first[1] > last[1]:
            first = (year - 1, first[1], None)  # "von November bis Februar 2020"
        elif first[1] == last[1]:
            return None
        return Atom(start, end, "date", first, last, key(m["mm_con"]), core=start)
    if form == "m":
        lead = key(m["m_lead"])
        return Atom(
            start,
            end,
            "date",
            (None, g.months[key(m["m_month"])], None),
            lead=lead,
            direction=g.month_leads.get(lead),
            anaphora=_anaphora(m["m_ana"], g),
            core=m.start("m_month"),
        )
    if form == "y":
        return _year(m, text, para_start, g)
    if form == "n":
        return Atom(
            start, end, "weekday", weekday=g.weekdays[key(m["n_weekday"])], lead=key(m["n_lead"]), core=start,
            direction=_night_direction(text, start, g),
        )
    if form == "w":
        return _weekday(m, text, para_start, g)
    if form == "r":
        word = m["r_word"]
        if word[:1].isupper() and not word.isupper() and not opens_sentence(text, start, para_start):
            return None  # "am Morgen", "USA Today"
        if _named(text, start, end, g):
            return None
        return Atom(start, end, "relative", offset=g.relative[key(word)], core=start)
    return None


def _anaphora(phrase: str | None, g: DateGrammar) -> str | None:
    return g.anaphora.get(key(phrase)) if phrase else None


def _year(m: re.Match, text: str, para_start: int, g: DateGrammar) -> Atom | None:
    """A bare year, or a year range such as "2014–2016", unless the words around make it a
    count, an amount, a number of something or part of a longer number."""
    start, end = m.span()
    year = int(m["y_year"])
    before = words_before(text, max(para_start, start - WINDOW), start, g.before)
    if "not_after" in before.kinds or "count_before" in before.kinds:
        return None  # "Artikel 2014", "mehr als 2014 Soldaten"
    nearest = before.nearest[1] if before.nearest else ""
    if nearest.endswith(g.not_after_endings) and len(nearest) > 4:
        return None  # "Hauptstraße 2014"
    if g.units.match(text, end):
        return None  # "um 2030 Uhr", "2019 €"
    if (
        before.nearest
        and start - before.nearest[0] <= len(nearest) + 1
        and nearest.replace("-", "").isdigit()
    ):
        return None  # a group of a phone or account number: "0345 2014", "301-2014"
    if start >= 2 and text[start - 1] in "-–/" and text[start - 2].isdigit():
        return None  # "555-2014"
    after = text[end : end + 4]
    if after[:1] == "/" or (after[:1] in " \t" and after[1:4].isdigit()):
        return None  # a season ("2014/15"), a group of digits
    if after[:1] in "'’" and after[1:2] == "s" and year % 10 == 0:
        return None  # the 1990's
    if after[:1] == "-" and after[1:2].islower():
        return None  # "2014-jährige"
    lead = "year_lead" in before.kinds
    if year < 1800 and not lead:
        return None
    if not lead and g.count_after.match(text, end):
        return None  # "2014 Soldaten", "2014 Euro"
    last = None
    if m["y_year2"]:
        tail = m["y_year2"]
        end_year = int(tail) if len(tail) == 4 else year - year % 100 + int(tail)
        if not year < end_year <= year + 100:
            return None
        last = (end_year, None, None)
    return Atom(start, end, "date", (year, None, None), last, "-" if last else None, core=start)


def _weekday(m: re.Match, text: str, para_start: int, g: DateGrammar) -> Atom | None:
    start, end = m.span()
    lead = key(m["w_lead"]) if m["w_lead"] else None
    core = m.start("w_weekday")
    clocked = None if lead else g.clock_lead.search(text, max(para_start, start - 32), start)
    if clocked:  # "until 8 p.m. Friday": the lead, read past the time, and the text from it on
        lead, start = key(clocked["lead"]), clocked.start("lead")
    if "generic" in words_before(text, max(para_start, start - WINDOW), start, g.before).kinds or _named(
        text, start, end, g
    ):
        return None  # "jeden Freitag", "Black Friday"
    if g.names_before_weekdays and lead is None and after_name(text, core, para_start):
        return None  # "Tenant Tuesday"
    # A bare weekday's possessive stays outside ("last Saturday's draw").
    return Atom(
        start,
        end,
        "weekday",
        weekday=g.weekdays[key(m["w_weekday"])],
        lead=lead,
        direction=(g.weekday_leads.get(lead) if lead else None) or event_direction(text, start, g),
        core=core,
    )


def _numbered(text: str, start: int, g: DateGrammar) -> bool:
    """The number is that of an article, section, page, phone line … ("Artikel 5", "§ 218")."""
    return "not_after" in words_before(text, max(0, start - WINDOW), start, g.before).kinds


def _numeric_lead(text: str, para_start: int, start: int, g: DateGrammar) -> bool:
    """A year-less numeric date stands after "am", "vom", a weekday ("Freitag, 13.3.")."""
    return "numeric_lead" in words_before(text, max(para_start, start - WINDOW), start, g.before).kinds


def _named(text: str, start: int, end: int, g: DateGrammar) -> bool:
    """The atom is part of a name from the lexicon's not_dates ("Black Friday", "USA Today")."""
    if not any(key(word) in g.not_date_words for word in text[start:end].split()):
        return False
    for hit in g.not_dates.finditer(text, max(0, start - NAME_REACH), min(len(text), end + NAME_REACH)):
        if hit.start() < end and start < hit.end():
            return True
    return False


def _join(atoms: list[Atom], text: str, g: DateGrammar) -> list[Atom]:
    """Weekdays joined to the date that follows ("Samstag, 11. Mai"), two atoms joined to a range
    by a connector ("vom 1. April bis 4. Mai"), openers taken in, ranges checked."""
    joined: list[Atom] = []
    for atom in atoms:
        previous = joined[-1] if joined else None
        if previous and _weekday_of(previous, atom, text, g):
            joined[-1] = atom._replace(start=previous.core, core=previous.core, weekday=previous.weekday)
            continue
        merged = (_range(previous, atom, text, g) or _weekday_range(previous, atom, text, g)) if previous else None
        if merged:
            joined[-1] = merged
        else:
            joined.append(atom)
    result: list[Atom] = []
    for atom in joined:
        result.extend(_open(atom, text, g) if atom.last or atom.end_weekday is not None else (atom,))
    return result


def _weekday_range(a: Atom, b: Atom, text: str, g: DateGrammar) -> Atom | None:
    """Two weekdays joined by a range connector as one range ("Friday through Sunday", "von
    Montag bis Mittwoch"); joined by "and" they stay two days."""
    if a.kind != "weekday" or b.kind != "weekday" or a.end_weekday is not None or b.end_weekday is not None:
        return None
    gap = g.gap.fullmatch(text, a.end, b.start)
    if gap:
        connector = key(gap["c"])
    elif b.lead in g.connectors and not text[a.end : b.start].strip():
        connector = b.lead  # "Monday through Wednesday": the second weekday's lead joins them
    else:
        return None
    if connector in g.and_words:
        return None
    return a._replace(end=b.end, connector=connector, end_weekday=b.weekday)


def _weekday_of(weekday: Atom, date: Atom, text: str, g: DateGrammar) -> bool:
    """The weekday names the day of the date right after it ("bis Donnerstag, 13. November")."""
    return (
        weekday.kind == "weekday"
        and date.kind == "date"
        and date.first[2] is not None
        and not date.last
        and bool(g.weekday_gap.fullmatch(text, weekday.end, date.start))
    )


def _grain(point: Point) -> int:
    """3 for a day, 2 for a month, 1 for a year."""
    return 3 if point[2] is not None else 2 if point[1] is not None else 1


def _range(a: Atom, b: Atom, text: str, g: DateGrammar) -> Atom | None:
    """``a`` and ``b`` as one range when a connector stands between them, else None."""
    if (
        a.kind != "date"
        or b.kind != "date"
        or a.last
        or b.last
        or a.anaphora
        or _grain(a.first) != _grain(b.first)
    ):
        return None
    gap = g.gap.fullmatch(text, a.end, b.start)
    if gap:
        connector = key(gap["c"])
    elif b.lead in g.connectors and not text[a.end : b.core - len(b.lead)].strip():
        connector = b.lead  # "von Januar bis März": the lone month's lead is the connector
    else:
        return None
    if a.lead:
        return None  # "im April" does not open a range
    (ya, ma, da), (yb, mb, db) = a.first, b.first
    if ya is None and yb is not None:
        ya = yb if (ma or 0, da or 0) < (mb or 0, db or 0) else yb - 1
    elif yb is None and ya is not None:
        yb = ya if (ma or 0, da or 0) < (mb or 0, db or 0) else ya + 1
    first, last = (ya, ma, da), (yb, mb, db)
    if ya is not None and tuple(x or 0 for x in first) >= tuple(x or 0 for x in last):
        return None
    if ya is None and ma == mb and (da or 0) >= (db or 0):
        return None  # year-less, the range may run into the next year ("vom 30. Dezember bis 2. Januar")
    return Atom(
        a.start,
        b.end,
        "date",
        first,
        last,
        connector,
        lead=a.lead,
        direction=a.direction,
        anaphora=b.anaphora,
        core=a.core,
    )


def _open(atom: Atom, text: str, g: DateGrammar) -> tuple[Atom, ...]:
    """A range with its opener ("vom", "between") taken into its text. A range joined by
    "und"/"and" needs its opener ("zwischen"); without one it is two dates ("am 13. und 15. März")."""
    opener = words_before(text, max(0, atom.start - WINDOW), atom.start, g.before).kinds.get("opener")
    word = key(text[opener : atom.start]) if opener is not None else None
    if atom.connector in g.and_words and word not in g.and_openers:
        gap = next(
            (m for m in g.gap.finditer(text, atom.start, atom.end) if key(m["c"]) in g.and_words), None
        )
        if gap is None:
            return ()
        left = atom._replace(end=gap.start(), last=None, connector=None)
        right = atom._replace(
            start=gap.end(),
            core=gap.end(),
            first=atom.last,
            last=None,
            connector=None,
            lead=None,
            direction=None,
        )
        return left, right
    if opener is not None:
        return (atom._replace(start=opener),)
    return (atom,)


__all__ = ["Atom", "Point", "anchors", "event_direction", "scan"]


def event_direction(text: str, start: int, g: DateGrammar) -> str | None:
    """The direction of a lead before an event noun that the weekday dates: "für die Sitzung
    am Donnerstag", "for the meeting on Thursday" look ahead as "für Donnerstag" does (not
    "stimmte für die Vorlage am Donnerstag": a bill is no event)."""
    if not g.event_nouns:
        return None
    words = text[max(0, start - 48) : start].split()[-3:]
    if len(words) < 2 or not (key(words[-1]) in g.event_nouns or key(words[-1]).endswith(g.event_endings)):
        return None
    lead = words[0] if len(words) == 3 else None
    if len(words) == 3 and key(words[1]) not in g.event_articles:
        lead = None
    if lead is None:
        lead = words[-2]
    return g.weekday_leads.get(key(lead)) if g.weekday_leads.get(key(lead)) == "ahead" else None


def _night_direction(text: str, start: int, g: DateGrammar) -> str | None:
    """The direction a weekday lead before a night phrase gives it: "für die Nacht zum
    Mittwoch" looks ahead as "für Mittwoch" does (one article between them is skipped)."""
    words = text[max(0, start - 24) : start].split()[-2:]
    for word in reversed(words):
        direction = g.weekday_leads.get(key(word))
        if direction is not None:
            return direction
        if len(word) > 3:  # only a short article ("die", "the") may stand between
            return None
    return None

