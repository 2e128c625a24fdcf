"""The date grammar of one language, compiled once from ``generator/lexicon/<lang>/dates.yml``.

One master regex finds every date atom of a paragraph in a single left-to-right pass: written
out and numeric dates, day and month ranges, month with year, a lead word with a lone month,
bare years, weekdays, nights and relative day words. Each alternative has its own named groups
(``a_day``, ``b_month`` …), so the caller knows which form matched. The other patterns here
judge what stands around an atom (``count_before`` …) and are searched in small windows only.
Every quantifier is bounded or follows a fixed literal, so matching stays linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.lexicon import load

# White space inside a paragraph: a few spaces, or one line break (a blank line ends the paragraph).
SP = r"(?:[ \t\u00a0\u202f]|\n(?!\s*\n)){1,4}"
SP0 = r"(?:[ \t\u00a0\u202f]|\n(?!\s*\n)){0,4}"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR = r"(?:1\d{3}|20\d{2})"
# A number that is not the tail of another number, a word, a score or a decimal.
NUM_START = r"(?<![\w.,:/+#$€£¥])"
NUM_END = r"(?!\d|[.,:]\d|[^\W\d_])"
WORD_START = r"(?<!\w)"
WORD_END = r"(?![^\W\d_])"


@dataclass(frozen=True)
class DateGrammar:
    """Compiled patterns and lookup tables for one language."""

    language: str
    atoms: re.Pattern  # the master regex (see the module docstring)
    months: dict[str, int]  # key of a name or abbreviation → 1..12
    weekdays: dict[str, int]  # key of a name → 0 (Monday) .. 6
    relative: dict[str, int]  # phrase key → offset in days
    trigger: re.Pattern  # digits and capitalised date words: where an atom may be
    lower_anchors: tuple[str, ...]  # lower-case words that may end a relative phrase ("gestern")
    lead_words: frozenset[str]  # keys of the words a lead or relative phrase is made of
    day_follow: frozenset[str]  # what may follow a day number of one or two digits
    month_day: bool  # the language writes "March 13"
    weekday_leads: dict[str, str | None]  # lead key → last | next | this | None
    month_leads: dict[str, str | None]
    anaphora: dict[str, str]  # phrase key → context | published | last | next
    slash_order: str  # mdy | dmy
    names_before_weekdays: bool
    connectors: frozenset[str]  # keys of range connectors, "und"/"and" included
    and_words: frozenset[str]
    gap: re.Pattern  # the text between two atoms of a range; group "c" is the connector
    and_openers: frozenset[str]
    weekday_gap: re.Pattern  # "Samstag, 11. Mai": between a weekday and its date
    before: dict[str, tuple[str, ...]]  # phrase key → what it says about what follows (see _before)
    count_after: re.Pattern  # starts at a number's end: a noun that makes it a count
    units: re.Pattern  # starts at a number's end: a unit that makes it an amount or a time
    not_after_endings: tuple[str, ...]  # a word ending so is a street: "Hauptstraße 2014"
    not_dates: re.Pattern  # searched around weekday and relative atoms
    not_date_words: frozenset[str]  # keys of the words in not_dates: only those need the search
    punctuation: re.Pattern  # marks that may end a clause
    clause_words: frozenset[str]  # words that start a clause ("dass", "that")
    markers: dict[str, str]  # a one-word tense marker → future | scheduled | past
    marker_phrases: tuple[tuple[int, dict[str, str]], ...]  # (words, {phrase: tense}), longest first
    phrase_starts: frozenset[str]  # first words of those phrases
    marker_suffixes: tuple[tuple[str, str], ...]  # ("'ll", "future"): a marker glued to a word
    past_suffixes: tuple[str, ...]  # "ed": the ending of a past form
    modal_future: frozenset[str]
    perfect_auxiliaries: frozenset[str]  # "has": "has issued a warning through Wednesday" looks ahead
    perfect_modals: frozenset[str]  # "could", "would": with "have" and a participle, past ("could have hit")
    perfect_endings: frozenset[str]  # a clause ending in one after a modal is reported past
    future_lead: re.Pattern  # ends at the start of the clause it announces
    announcing: tuple[frozenset[str], ...]  # the words of each future lead ("kündigte", "an")
    ahead_modals: frozenset[str]  # "could", "könnte": a possibility still to come ("could make landfall by Wednesday")
    passive: frozenset[str]  # a past form after these is a participle ("will be closed")
    causative: frozenset[str]  # and after these and an object ("will have them cleared")
    clock_lead: re.Pattern  # a weekday lead with a time of day between ("until 8 p.m. Friday"); ends at the weekday
    prospective: frozenset[str]  # "to": after a past verb it looks ahead ("voted to close it in June")
    period_openers: frozenset[str]  # "seit", "since": a date after one starts a period that runs to now
    weekday_names_today: bool  # news style says "will be released Thursday" for today (English)
    present_is_habit: bool  # in speech, a bare weekday in the present tells a habit (English), not a plan (German)
    habitual: frozenset[str]  # "meist", "usually": a year-less date after one is a custom, not a day
    then_words: frozenset[str]  # "früher", "back then": a "heute" set against one means nowadays
    nowadays_before: frozenset[str]  # "von": "das Wissen von heute" set against "damals" is nowadays
    event_nouns: frozenset[str]  # "Sitzung", "meeting": "für die Sitzung am Donnerstag" looks ahead
    event_endings: tuple[str, ...]  # "sitzung": compounds of an event noun ("Ratssitzung")
    event_articles: frozenset[str]  # the one article that may stand between the lead and the noun
    generic_openers: frozenset[str]  # "wer": a sentence opening so with "heute" speaks of anyone, any day


def key(text: str) -> str:
    """Lookup key of a lexicon phrase or a matched text: lower case, one space, no trailing dot."""
    if " " not in text and text.isprintable():  # one word: the common case, made cheap
        return text.lower().rstrip(".")
    return " ".join(text.lower().split()).rstrip(".")


def _phrase(entry: str) -> str:
    """One lexicon phrase as a regex: literal, a space matching white space inside a paragraph."""
    return SP.join(re.escape(part) for part in entry.split())


def _variants(entries, capitalise: bool = False, upper: bool = False) -> set[str]:
    """The entries as written, and optionally Capitalised and in UPPER case."""
    variants: set[str] = set()
    for entry in entries:
        entry = str(entry)
        variants.add(entry)
        if capitalise:
            variants.add(entry[:1].upper() + entry[1:])
        if upper:
            variants.add(entry.upper())
    return variants


def _alternation(entries, capitalise: bool = False, upper: bool = False) -> str:
    """Entries as one regex trie (longer entries win); optionally with Capitalised and UPPER
    variants. A trie, not a list of alternatives: the engine then decides on few characters
    where it would otherwise try every entry in turn."""
    variants = _variants(entries, capitalise, upper)
    if not variants:
        return "(?!)"  # matches nothing
    return _emit([[SP if part == " " else re.escape(part) for part in _pieces(v)] for v in variants])


def _pieces(entry: str) -> list[str]:
    """The characters of an entry, a run of white space as one " "."""
    return [" " if part.isspace() else part for part in re.findall(r"\s+|\S", entry.strip())]


def _emit(entries: list[list[str]], extra: list[str] | None = None) -> str:
    """A trie of ``entries`` (lists of regex pieces) as one group; ``extra`` branches are
    added at the top. At every node continuing is tried before ending, so longer entries win."""
    root: dict = {}
    for pieces in entries:
        node = root
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [piece + emit(node[piece]) for piece in sorted(p for p in node if p)]
        if "" in node:
            branches.append("")
        return "" if branches == [""] else "(?:" + "|".join(branches) + ")"

    top = [piece + emit(root[piece]) for piece in sorted(p for p in root if p)] + (extra or [])
    return "(?:" + "|".join(top) + ")"


def _lead_alternation(entries) -> str:
    """Leads followed by white space, or glued to the next word when they end in "-" ("mid-March")."""
    spaced = [e for e in entries if not str(e).endswith("-")]
    glued = [e for e in entries if str(e).endswith("-")]
    parts = []
    if spaced:
        parts.append(_alternation(spaced, capitalise=True) + SP)
    if glued:
        parts.append(_alternation(glued, capitalise=True))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _trie(words, day_follow: str) -> str:
    """The trigger: a case-sensitive trie of ``words`` or a number that may start a date (a
    year of four digits, or a day of one or two followed by one of ``day_follow``). Every branch
    starts with a literal character, which lets the regex engine skip all other characters at
    C speed; word boundaries are the caller's to check."""
    follow = "[" + re.escape(day_follow) + "]" if day_follow else "(?!)"
    digits = [rf"{digit}(?<![\w.,]{digit})(?:\d{{3}}(?!\d)|\d?(?={follow}))" for digit in "0123456789"]
    return _emit([[re.escape(char) for char in word] for word in words], digits)


def _before(lex: dict) -> dict[str, tuple[str, ...]]:
    """Phrase key → kinds, for the words before a number or weekday: ``not_after`` (no date
    follows: "Artikel"), ``count_before`` ("mehr als"), ``year_lead`` ("seit"), ``numeric_lead``
    ("am", also with a comma: "Freitag,"), ``generic`` ("jeden"), ``opener`` ("vom")."""
    table: dict[str, list[str]] = {}
    sources = {
        "not_after": lex.get("not_after"),
        "count_before": lex.get("count_before"),
        "year_lead": lex.get("year_leads"),
        "numeric_lead": [
            *(lex.get("numeric_leads") or ()),
            *(f"{e}," for e in lex.get("numeric_leads") or ()),
        ],
        "generic": lex.get("generic_before"),
        "opener": lex.get("range_openers"),
    }
    for kind, entries in sources.items():
        for entry in _keys(entries):
            table.setdefault(entry, []).append(kind)
    return {phrase: tuple(kinds) for phrase, kinds in table.items()}


def _keys(entries) -> frozenset[str]:
    return frozenset(key(str(entry)) for entry in entries or ())


def _names(table: dict | None) -> dict[str, int]:
    return {str(name): int(number) for number, names in (table or {}).items() for name in names}


def _atoms(lex: dict, months: dict[str, int], full_months: dict[str, int], weekdays: dict[str, int]) -> str:
    """The master regex of one language."""
    abbreviations = [n for n in months if n not in full_months]
    month = "(?:" + _alternation(full_months, upper=True) + "|" + _alternation(abbreviations) + r"\.?)"
    full = _alternation(full_months, upper=True)
    suffixes = _alternation(lex.get("day_suffixes") or [])
    dsuf = suffixes if lex.get("day_suffix_required") else f"{suffixes}?"
    dgap = SP0 if lex.get("day_suffix_required") else SP  # "13.März" / "13 March"
    of = f"(?:of{SP})?" if "month_day" in (lex.get("orders") or ()) else ""  # "the 4th of July"
    connector = _alternation([*(lex.get("range_connectors") or ()), *(lex.get("range_and") or ())])
    anaphora = _alternation(lex.get("year_anaphora") or {})
    weekday = _alternation(weekdays, upper=True)
    part_suffix = _alternation(lex.get("part_of_day_suffixes") or [])
    part_after = _alternation(lex.get("part_of_day_after") or [])
    night = lex.get("night") or {}
    month_leads = _lead_alternation(lex.get("month_leads") or {})
    weekday_leads = _alternation(lex.get("weekday_leads") or {}, capitalise=True)
    relative = _alternation(lex.get("relative_days") or {}, capitalise=True, upper=True)

    def year_tail(name: str) -> str:
        """An optional year or year phrase after a day and month ("…, 2025", "… of that year")."""
        return f"(?:,?{SP}(?P<{name}_year>{YEAR}){NUM_END})?(?:{SP}(?P<{name}_ana>{anaphora}){WORD_END})?"

    forms = [
        # 2025-03-13
        rf"{NUM_START}(?P<iso_year>{YEAR})-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01])(?![\d-])",
        # 03/13/2025, 13/03/25
        rf"{NUM_START}(?P<slash_a>\d{{1,2}})/(?P<slash_b>\d{{1,2}})/(?P<slash_year>\d{{4}}|\d{{2}})(?![\d/]|[.,]\d)",
        # 13.03.2025, 3.4.21, 13.3.
        (
            rf"{NUM_START}(?P<dot_day>{DAY})\.(?P<dot_month>0?[1-9]|1[0-2])\."
            rf"(?:(?P<dot_year>\d{{4}}|\d{{2}})(?!\d|[.,]\d)|(?!\d))"
        ),
        # 3. bis 5. April 2025, 3–5 April, 1 and 4 June
        (
            rf"{NUM_START}(?P<dd_day>{DAY}){dsuf}{SP0}(?P<dd_con>{connector}){SP0}(?P<dd_day2>{DAY}){dsuf}"
            rf"{dgap}{of}(?P<dd_month>{month}){WORD_END}" + year_tail("dd")
        ),
        # 13. März 2025, 13 March 2025, 2 June of that year
        rf"{NUM_START}(?P<a_day>{DAY}){dsuf}{dgap}{of}(?P<a_month>{month}){WORD_END}" + year_tail("a"),
    ]
    if "month_day" in (lex.get("orders") or ()):
        forms += [
            # March 3-5, 2025; between March 3 and 5
            (
                rf"{WORD_START}(?P<md_month>{month}){SP}(?P<md_day>{DAY}){dsuf}{SP0}(?P<md_con>{connector}){SP0}"
                rf"(?P<md_day2>{DAY}){dsuf}(?!\d|[.,:]\d|[^\W\d_]|{SP0}{month})" + year_tail("md")
            ),
            # March 13, 2025; Sept. 14
            rf"{WORD_START}(?P<b_month>{month}){SP}(?P<b_day>{DAY}){dsuf}(?!\d|[.,:]\d|[^\W\d_])"
            + year_tail("b"),
        ]
    forms += [
        # März 2025
        rf"{WORD_START}(?P<c_month>{month}){SP}(?P<c_year>{YEAR}){NUM_END}",
        # zwischen April und September 2019, von Januar bis März
        (
            rf"{WORD_START}(?P<mm_month>{full}){SP0}(?P<mm_con>{connector}){SP0}(?P<mm_month2>{full}){WORD_END}"
            rf"(?:{SP}(?P<mm_year>{YEAR}){NUM_END})?"
        ),
        # im Juni, bis Ende März, in mid-June; not "im März 2024", not "from January to March"
        (
            rf"{WORD_START}(?P<m_lead>{month_leads})(?P<m_month>{full}){WORD_END}"
            rf"(?!{SP0}\d|{SP0}{connector}{SP0}{full})(?:{SP}(?P<m_ana>{anaphora}){WORD_END})?"
        ),
        # 2019, 2014–2016, 2014-16
        rf"{NUM_START}(?P<y_year>{YEAR})(?:[-–](?P<y_year2>\d{{4}}|\d{{2}}))?{NUM_END}",
        # in der Nacht zum Montag, in der Nacht von Sonntag auf Montag
        (
            rf"{WORD_START}(?P<n_lead>{_alternation(night.get('leads') or [])}){SP}"
            rf"(?:{_alternation(night.get('from') or [])}{SP}{weekday}{SP})?"
            rf"{_alternation(night.get('to') or [])}{SP}(?P<n_weekday>{weekday}){WORD_END}"
        ),
        # am Montag, kommenden Mittwoch, Dienstagabend, on Monday night, early Thursday
        (
            rf"{WORD_START}(?:(?P<w_lead>{weekday_leads}){SP})?"
            rf"(?P<w_weekday>{weekday})(?P<w_part>{part_suffix})?{WORD_END}"
            rf"(?:{SP}(?P<w_part2>{part_after}){WORD_END})?"
        ),
        # gestern, heute Morgen, the day after tomorrow, this morning
        (
            rf"{WORD_START}(?P<r_word>{relative})"
            rf"(?![\w-])(?:{SP}(?P<r_part>{part_after}){WORD_END})?"
        ),
    ]
    return "|".join(f"(?:{form})" for form in forms)


@cache
def grammar(language: str) -> DateGrammar | None:
    """The compiled grammar of ``language``, or None when it has no date lexicon."""
    lex = load("dates", language)
    if not lex:
        return None
    full_months = _names(lex.get("months"))
    months = {**full_months, **_names(lex.get("month_abbreviations"))}
    weekdays = _names(lex.get("weekdays"))
    connectors = [*(lex.get("range_connectors") or ()), *(lex.get("range_and") or ())]
    # A relative phrase is found by its last word ("the day before yesterday" by "yesterday").
    relative_words = {str(phrase).split()[-1] for phrase in lex.get("relative_days") or ()}
    capitals = {w[:1].upper() + w[1:] for w in relative_words} | {w.upper() for w in relative_words}
    # What may follow a day number of one or two digits: its suffix, a dot, a slash, a dash.
    day_follow = (
        "./"
        + "".join(str(x)[:1] for x in lex.get("day_suffixes") or ())
        + ("" if lex.get("day_suffix_required") else " \t\u00a0-–—")
    )
    night = lex.get("night") or {}
    night_words = [
        *(night.get("leads") or ()),
        *(night.get("from") or ()),
        *(night.get("to") or ()),
        *weekdays,
    ]
    units = _alternation(lex.get("units") or [])
    clause_words = _alternation(lex.get("clause_words") or [], capitalise=True)
    # Later kinds win a word listed twice: a future marker is never read as past.
    tenses = {t: [str(w).lower() for w in lex.get(t) or ()] for t in ("past", "scheduled", "future")}
    return DateGrammar(
        language=language,
        atoms=re.compile(_atoms(lex, months, full_months, weekdays)),
        months={key(name): number for name, number in months.items()},
        weekdays={key(name): number for name, number in weekdays.items()},
        relative={key(k): int(v) for k, v in (lex.get("relative_days") or {}).items()},
        trigger=re.compile(
            _trie([*_variants(months, upper=True), *_variants(weekdays, upper=True), *capitals], day_follow)
        ),
        lower_anchors=tuple(sorted({w for w in relative_words if w[:1].islower()})),
        lead_words=frozenset(
            key(word)
            for phrase in [
                *(lex.get("weekday_leads") or ()),
                *(lex.get("month_leads") or ()),
                *(lex.get("relative_days") or ()),
                *night_words,
            ]
            for word in str(phrase).split()
        ),
        day_follow=frozenset(day_follow),
        month_day="month_day" in (lex.get("orders") or ()),
        weekday_leads={key(k): v for k, v in (lex.get("weekday_leads") or {}).items()},
        month_leads={key(k): v for k, v in (lex.get("month_leads") or {}).items()},
        anaphora={key(k): v for k, v in (lex.get("year_anaphora") or {}).items()},
        slash_order=str(lex.get("slash_order") or "dmy"),
        names_before_weekdays=bool(lex.get("names_before_weekdays")),
        connectors=frozenset(map(key, connectors)),
        and_words=frozenset(map(key, lex.get("range_and") or ())),
        gap=re.compile(f"{SP0}(?P<c>{_alternation(connectors)}){SP0}"),
        and_openers=frozenset(map(key, lex.get("range_and_openers") or ())),
        weekday_gap=re.compile(rf",?{SP}(?:(?:den|the){SP})?"),
        count_after=re.compile(
            rf"{SP0}{_alternation(lex.get('count_after') or [])}[a-zäöüß]{{0,5}}{WORD_END}"
        ),
        units=re.compile(rf"{SP0}(?:[%‰€$£¥]|{units}(?!\w))"),
        before=_before(lex),
        not_after_endings=tuple(key(str(e)) for e in lex.get("not_after_endings") or ()),
        not_date_words=frozenset(
            key(w) for phrase in lex.get("not_dates") or () for w in str(phrase).split()
        ),
        not_dates=re.compile(WORD_START + _alternation(lex.get("not_dates") or [], upper=True) + WORD_END),
        punctuation=re.compile(r"[,;:.!?()\[\]„“”\"«»‹›–—]"),
        clause_words=_keys(lex.get("clause_words")),
        markers={w: t for t, words in tenses.items() for w in words if " " not in w and w[:1].isalpha()},
        marker_phrases=tuple(
            (n, {w: t for t, words in tenses.items() for w in words if len(w.split()) == n})
            for n in sorted(
                {len(w.split()) for words in tenses.values() for w in words if " " in w}, reverse=True
            )
        ),
        phrase_starts=frozenset(w.split()[0] for words in tenses.values() for w in words if " " in w),
        marker_suffixes=tuple((w, t) for t, words in tenses.items() for w in words if not w[:1].isalpha()),
        past_suffixes=tuple(str(x) for x in lex.get("past_suffixes") or ()),
        modal_future=_keys(lex.get("modal_future")),
        prospective=_keys(lex.get("prospective")),
        period_openers=_keys(lex.get("period_openers")),
        present_is_habit=bool(lex.get("present_is_habit")),
        weekday_names_today=bool(lex.get("weekday_names_today")),
        habitual=_keys(lex.get("habitual")),
        then_words=_keys(lex.get("then_words")),
        generic_openers=_keys(lex.get("generic_openers")),
        event_nouns=_keys(lex.get("event_nouns")),
        event_endings=tuple(_keys(lex.get("event_endings"))),
        event_articles=_keys(lex.get("event_articles")),
        nowadays_before=_keys(lex.get("nowadays_before")),
        perfect_endings=_keys(lex.get("perfect_endings")),
        perfect_modals=_keys(lex.get("perfect_modals")),
        perfect_auxiliaries=_keys(lex.get("perfect_auxiliaries")),
        announcing=tuple(frozenset(str(w).lower().split()) for w in lex.get("future_leads") or ()),
        ahead_modals=_keys(lex.get("ahead_modals")),
        future_lead=re.compile(
            rf"{WORD_START}{_alternation(lex.get('future_leads') or [], capitalise=True)}"
            rf"(?:[\s,;:„“\"«»]|{clause_words}){{0,12}}\Z"
        ),
        passive=_keys(lex.get("passive_before")),
        causative=_keys(lex.get("causative_before")),
        clock_lead=_clock_lead(lex),
    )


def _clock_lead(lex: dict) -> re.Pattern:
    """A weekday lead, then a time of day, ending where the weekday starts: the lead still says
    which weekday is meant ("in effect until 8 p.m. Friday")."""
    suffixes, words = lex.get("clock_suffixes") or (), lex.get("clock_words") or ()
    if not suffixes and not words:
        return re.compile("(?!)")
    clock = "|".join(
        [*(rf"\d{{1,2}}(?:[:.]\d{{2}})?{SP0}{re.escape(str(s))}" for s in suffixes), *(re.escape(str(w)) for w in words)]
    )
    return re.compile(
        rf"{WORD_START}(?P<lead>{_alternation(lex.get('weekday_leads') or {}, capitalise=True)}){SP}"
        rf"(?:{clock}){WORD_END},?{SP}\Z"
    )
