"""Dates (generator/extract/dates.py and its grammar, atoms, calendar and tense modules).

Conventions: tests/gold/README.md, "Dates". Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

import pytest

from generator.extract.boilerplate import classify_paragraphs
from generator.extract.context import Context
from generator.extract.date_calendar import weekday_date, year_of_day, year_of_month
from generator.extract.date_grammar import grammar
from generator.extract.dates import find_dates
from generator.ingest import join_paragraphs, read_article
from generator.model import Article, DateMention, Paragraph


def context(
    paragraphs: list[str],
    language: str = "de",
    published: str | None = None,
    kinds: dict[int, str] | None = None,
) -> Context:
    """A context for ``paragraphs``; ``kinds`` sets a paragraph's kind by its 1-based number."""
    text, paras = join_paragraphs(paragraphs)
    paras = tuple(Paragraph(p.start, p.end, (kinds or {}).get(n, "body")) for n, p in enumerate(paras, 1))
    article = Article(
        "t.txt", "0" * 16, "t", "0" * 64, "T", text, paras, published=published, language=language
    )
    return Context(article=article, language=language, paragraphs=paras)


def dates_of(*paragraphs: str, language: str = "de", published: str | None = None) -> tuple[DateMention, ...]:
    return find_dates(context(list(paragraphs), language, published))


def found(*paragraphs: str, language: str = "de", published: str | None = None) -> list[tuple]:
    """(text, value) per date, with end_value appended for a range."""
    return [
        (d.text, d.value, d.end_value) if d.end_value else (d.text, d.value)
        for d in dates_of(*paragraphs, language=language, published=published)
    ]


def one(text: str, language: str = "de", published: str | None = None) -> tuple:
    (date,) = found(text, language=language, published=published)
    return date


# The seed ---------------------------------------------------------------------------------


def test_seed_gives_exactly_its_two_dates(seed_path: Path):
    article = read_article(seed_path)
    ctx = Context(article=article, language="de", paragraphs=article.paragraphs)
    ctx = replace(ctx, paragraphs=classify_paragraphs(ctx))
    dates = find_dates(ctx)
    assert [(d.text, d.value, d.resolved_from) for d in dates] == [
        ("13. März 2025", "2025-03-13", "explicit"),
        ("15. März", "2025-03-15", "context"),
    ]
    for date in dates:
        assert article.text[date.start : date.end] == date.text
        assert date.paragraph == article.paragraph_at(date.start)
        assert date.text in date.sentence
    assert dates[0].sentence.startswith("US-Präsident Donald Trump räumte am 13. März 2025 ein")


# Absolute dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "text", "value"),
    [
        ("Der Rat tagte am 13. März 2025 in Köln.", "de", "13. März 2025", "2025-03-13"),
        ("Der Rat tagte am 13.03.2025 in Köln.", "de", "13.03.2025", "2025-03-13"),
        ("Der Rat tagte am 13.3.2025 in Köln.", "de", "13.3.2025", "2025-03-13"),
        ("Die Frist endet am 3.4.21 um Mitternacht.", "de", "3.4.21", "2021-04-03"),
        ("Der Stichtag ist der 2025-03-13.", "de", "2025-03-13", "2025-03-13"),
        ("Die Frist endet am 13. Jan. 2025.", "de", "13. Jan. 2025", "2025-01-13"),
        ("Die Frist endet am 1. Mrz. 2025.", "de", "1. Mrz. 2025", "2025-03-01"),
        ("SONDERSITZUNG AM 13. MÄRZ 2025", "de", "13. MÄRZ 2025", "2025-03-13"),
        ("The council met on March 13, 2025, in Leeds.", "en", "March 13, 2025", "2025-03-13"),
        ("The council met on 13 March 2025 in Leeds.", "en", "13 March 2025", "2025-03-13"),
        ("The council met on Mar. 13, 2025, in Leeds.", "en", "Mar. 13, 2025", "2025-03-13"),
        ("The council met on Sept. 14, 2024, in Leeds.", "en", "Sept. 14, 2024", "2024-09-14"),
        ("The council met on the 4th of July 2020.", "en", "4th of July 2020", "2020-07-04"),
        ("The complaint, filed 03/13/2025, said so.", "en", "03/13/2025", "2025-03-13"),
        ("The complaint, filed 13/03/2025, said so.", "en", "13/03/2025", "2025-03-13"),
        ("Data cut-off was 2025-04-30.", "en", "2025-04-30", "2025-04-30"),
    ],
)
def test_absolute_dates(sentence, language, text, value):
    assert one(sentence, language) == (text, value)


def test_month_and_year():
    assert found("Der Haushalt wurde im März 2024 verabschiedet, die Reform Anfang Mai 2023.") == [
        ("März 2024", "2024-03"),
        ("Mai 2023", "2023-05"),
    ]
    assert found("The act received Royal Assent in July 2025.", language="en") == [("July 2025", "2025-07")]


@pytest.mark.parametrize(
    ("sentence", "language", "value"),
    [
        ("Ein ähnlicher Fonds war bereits im Jahr 2019 gescheitert.", "de", "2019"),
        ("Er ist seit 2019 Mitglied des Vereins.", "de", "2019"),
        ("Das Werk soll bis Ende 2026 schließen.", "de", "2026"),
        ("Das Bad wurde 1974 eröffnet.", "de", "1974"),
        ("Luther schlug im Jahr 1517 seine Thesen an.", "de", "1517"),
        ("The strike began in 2014 and ended quickly.", "en", "2014"),
        ("The target is net zero by 2030.", "en", "2030"),
        ("The worst winter was 1947.", "en", "1947"),
        ("A 2019 study found more bees.", "en", "2019"),
    ],
)
def test_a_year_used_as_a_date_is_the_bare_year(sentence, language, value):
    assert one(sentence, language) == (value, value)


# What is not a date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Dabei verlor die Armee mehr als 2014 Soldaten.", "de"),
        ("Es kamen 2014 Soldaten und 2019 Menschen.", "de"),
        ("Insgesamt 2014 Anlegerinnen verloren Geld.", "de"),
        ("Das kostet 2019 Euro, also 2019 € im Jahr.", "de"),
        ("Die Sitzung beginnt um 14.30 Uhr, die zweite um 2030 Uhr.", "de"),
        ("Das Spiel endete 3:1 nach einem 2:1 zur Pause.", "de"),
        ("Das regelt Artikel 5, § 218 und § 2019 des Gesetzes.", "de"),
        ("Das steht auf Seite 2014 des Berichts.", "de"),
        ("Die 1990er Jahre und die 1990er-Jahre waren anders.", "de"),
        ("Das war in der 48. Kalenderwoche, KW 12.", "de"),
        ("Die Saison 2014/15 war lang.", "de"),
        ("Rufen Sie 030 2014 5678 an oder 0345 557-2020.", "de"),
        ("Er wohnt in der Hauptstraße 2014.", "de"),
        ("Siehe Abschnitt 3.2. oben und Kapitel 4.1.", "de"),
        ("Jeden Freitag demonstrieren sie; montags ist Ruhetag.", "de"),
        ("Am Nachmittag und am Abend regnete es, im Herbst auch.", "de"),
        ("Vor zwei Jahren und letzte Woche war es ruhig.", "de"),
        ("Am Morgen war es kalt. Guten Morgen!", "de"),
        ("Der Black Friday lockt Kunden.", "de"),
        ("Das sagte er der Welt am Sonntag.", "de"),
        ("The deal affects 2,014 people and exactly 2014 troops.", "en"),
        ("The meeting starts at 2:30 p.m. sharp.", "en"),
        ("Section 230 and Article 5 and page 2014 apply.", "en"),
        ("It was the music of the 1990s and the 1990's.", "en"),
        ("You may go, and troops march on.", "en"),
        ("They meet every Friday, but not on Fridays in summer.", "en"),
        ("She writes a newsletter called Tenant Tuesday.", "en"),
        ('Sign up for our weekly newsletter, "Tenant Tuesday".', "en"),
        ("The Mail on Sunday and USA Today ran the story.", "en"),
        ("In recent months and last week prices rose.", "en"),
    ],
)
def test_not_dates(sentence, language):
    assert found(sentence, language=language, published="2025-03-14") == []


def test_may_and_march_are_months_only_with_a_day_a_year_or_a_lead():
    assert found(
        "Troops may march in March, as they did on May 4.", language="en", published="2025-03-14"
    ) == [
        ("in March", "2025-03"),
        ("May 4", "2024-05-04"),  # "as they did": a past May 4, so last year's
    ]


# Year-less dates --------------------------------------------------------------------------


def test_a_year_less_date_takes_the_year_of_the_nearest_earlier_date():
    dates = dates_of("Am 3. März 2020 begann es.", "Am 14. März kam es zum Streit.")
    assert [(d.value, d.resolved_from) for d in dates] == [
        ("2020-03-03", "explicit"),
        ("2020-03-14", "context"),
    ]
    dates = dates_of("Am 3. März 2020 begann es. Am 14. März kam es zum Streit.", published="2025-01-10")
    assert [(d.value, d.resolved_from) for d in dates] == [
        ("2020-03-03", "explicit"),
        ("2020-03-14", "context"),
    ]


def test_a_distant_year_from_an_earlier_paragraph_yields_to_the_publication_year():
    dates = dates_of(
        "She first raised concerns on 14 March 2019.",
        "The inquiry, which began in January, has heard 41 witnesses.",
        language="en",
        published="2025-06-10",
    )
    assert [(d.value, d.resolved_from) for d in dates] == [
        ("2019-03-14", "explicit"),
        ("2025-01", "published"),
    ]


def test_a_year_only_date_counts_as_context_in_its_sentence():
    assert found("The stoppage, in 2014, lasted from 3 to 5 April.", language="en") == [
        ("2014", "2014"),
        ("from 3 to 5 April", "2014-04-03", "2014-04-05"),
    ]


def test_a_background_year_does_not_lend_its_year_to_a_later_sentence():
    dates = dates_of(
        "Müller ist seit 2016 im Amt. Am 15. März will sie ihren Nachfolger vorstellen.",
        published="2025-03-10",
    )
    assert [(d.value, d.resolved_from) for d in dates] == [("2016", "explicit"), ("2025-03-15", "published")]


def test_a_bare_year_lends_its_year_only_within_its_sentence():
    dates = dates_of(
        "Die Stadt hat am 4. Februar 2025 die Gebühren verdoppelt. Schon im Jahr 2021 hatte man es versucht.",
        "Der Bürgermeister sprach am 6. Februar im Fernsehen.",
    )
    assert [(d.text, d.value) for d in dates] == [
        ("4. Februar 2025", "2025-02-04"),
        ("2021", "2021"),
        ("6. Februar", "2025-02-06"),
    ]


def test_a_year_from_an_earlier_paragraph_must_keep_the_date_close_to_publication():
    dates = dates_of(
        "The ice peaked on 10 September 2023.",
        "Kessler returned from the research station in late February.",
        language="en",
        published="2024-03-07",
    )
    assert [(d.value, d.resolved_from) for d in dates] == [
        ("2023-09-10", "explicit"),
        ("2024-02", "published"),
    ]
    dates = dates_of(
        "The ice peaked on 10 September 2023.",
        "Kessler returned from the station on 2 October.",
        language="en",
        published="2024-03-07",
    )
    assert [(d.value, d.resolved_from) for d in dates] == [
        ("2023-09-10", "explicit"),
        ("2023-10-02", "context"),
    ]


def test_the_context_yields_when_the_tense_contradicts_it():
    dates = dates_of(
        "Das Gesetz trat am 1. Juli 2024 in Kraft. Am 20. März wird darüber verhandelt.",
        published="2026-01-22",
    )
    assert [d.value for d in dates] == ["2024-07-01", "2026-03-20"]
    dates = dates_of("Im März 2019 begann der Streit. Am 15. März kam es zum Eklat.", published="2025-03-16")
    assert [d.value for d in dates] == ["2019-03", "2019-03-15"]


def test_a_year_less_date_takes_the_publication_year():
    assert [
        (d.value, d.resolved_from) for d in dates_of("Die Wahl ist am 11. September.", published="2022-06-03")
    ] == [("2022-09-11", "published")]


def test_across_new_year():
    assert found(
        "Am 28. Dezember brannte es. Im Dezember war es kalt. Am 5. Januar geht es weiter.",
        published="2025-01-03",
    ) == [
        ("28. Dezember", "2024-12-28"),
        ("Im Dezember", "2024-12"),
        ("5. Januar", "2025-01-05"),
    ]
    assert found(
        "The trial opens on Jan. 15. The burglary was on 27 June.", language="en", published="2024-12-05"
    ) == [("Jan. 15", "2025-01-15"), ("27 June", "2024-06-27")]


def test_no_year_is_invented():
    assert found("Selenskyj sprach am 15. März und im Juni.") == []


def test_year_phrases_after_a_date():
    assert found("Im Mai vergangenen Jahres und am 2. Juni dieses Jahres.", published="2025-03-16") == [
        ("Im Mai vergangenen Jahres", "2024-05"),
        ("2. Juni dieses Jahres", "2025-06-02"),
    ]
    assert found("Fraser took over in June 1999 and retired on 2 June of that year.", language="en") == [
        ("June 1999", "1999-06"),
        ("2 June of that year", "1999-06-02"),
    ]


# Relative dates ---------------------------------------------------------------------------


def test_relative_days_need_the_publication_day():
    text = "Müller wies die Kritik gestern zurück, heute schweigt sie, morgen spricht sie."
    assert found(text) == []
    assert [(d.value, d.resolved_from) for d in dates_of(text, published="2025-03-16")] == [
        ("2025-03-15", "published"),
        ("2025-03-16", "published"),
        ("2025-03-17", "published"),
    ]


def test_morgen_is_tomorrow_only_as_a_day():
    assert found(
        "Morgen wird gewählt. Am Morgen war es kalt, heute Morgen auch.", published="2025-03-16"
    ) == [
        ("Morgen", "2025-03-17"),
        ("heute Morgen", "2025-03-16"),
    ]
    assert found("Die Lage ist bis heute unklar.", published="2025-03-16") == [("heute", "2025-03-16")]


def test_english_relative_days():
    text = (
        "Yesterday it rained, this morning it cleared, tonight it freezes, the day after tomorrow it thaws."
    )
    assert [d.value for d in dates_of(text, language="en", published="2023-03-09")] == [
        "2023-03-08",
        "2023-03-09",
        "2023-03-09",
        "2023-03-11",
    ]


# Weekdays (published 2025-03-16 is a Sunday; 2025-03-14 a Friday) ---------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "text", "value"),
    [
        ("Müller hat am Freitag eine härtere Gangart angekündigt.", "de", "am Freitag", "2025-03-14"),
        ("Am Dienstag wird der Ausschuss erneut tagen.", "de", "Am Dienstag", "2025-03-18"),
        ("Am Freitag will der Betriebsrat zusammenkommen.", "de", "Am Freitag", "2025-03-21"),
        ("Er soll am Montag aussagen.", "de", "am Montag", "2025-03-17"),
        ("Er soll am Montag getötet worden sein.", "de", "am Montag", "2025-03-10"),
        (
            "Der Generalstab kündigte an, am Mittwoch Zahlen zu veröffentlichen.",
            "de",
            "am Mittwoch",
            "2025-03-19",
        ),
        ("Die Nato will kommenden Donnerstag beraten.", "de", "kommenden Donnerstag", "2025-03-20"),
        ("Bereits letzten Freitag hatte sie eingereicht.", "de", "letzten Freitag", "2025-03-14"),
        ("Der Rat stimmte am Dienstagabend zu.", "de", "am Dienstagabend", "2025-03-11"),
        (
            "Die Polizei meldete am frühen Sonntagmorgen einen Brand.",
            "de",
            "am frühen Sonntagmorgen",
            "2025-03-16",
        ),
        ("Sie griffen in der Nacht zum Montag an.", "de", "in der Nacht zum Montag", "2025-03-10"),
        (
            "In der Nacht von Samstag auf Sonntag brannte es.",
            "de",
            "In der Nacht von Samstag auf Sonntag",
            "2025-03-16",
        ),
        ("Seit Montag ist die Straße gesperrt.", "de", "Seit Montag", "2025-03-10"),
        ("Bis Freitag bleibt die Straße gesperrt.", "de", "Bis Freitag", "2025-03-21"),
        ("Am Dienstag tagt der Ausschuss erneut.", "de", "Am Dienstag", "2025-03-18"),
        ("Am Sonntag beginnt die Messe.", "de", "Am Sonntag", "2025-03-16"),
        ("Die Polizei nahm am Samstag zwei Männer fest.", "de", "am Samstag", "2025-03-15"),
    ],
)
def test_german_weekdays(sentence, language, text, value):
    assert one(sentence, language, published="2025-03-16") == (text, value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Dock workers extended their walkout on Friday.", "on Friday", "2025-03-14"),
        ("He told reporters on Thursday that talks had failed.", "on Thursday", "2025-03-13"),
        ("The union would hold a meeting on Monday night.", "on Monday night", "2025-03-17"),
        ("The vote will be held on Tuesday.", "on Tuesday", "2025-03-18"),
        ("The road will be closed on Wednesday, officials said.", "on Wednesday", "2025-03-19"),
        ("The Russian ministry said on Monday night that it would act.", "on Monday night", "2025-03-10"),
        ("Shares fell on Tuesday after the chief said it would take longer.", "on Tuesday", "2025-03-11"),
        ("He will meet both sides next Tuesday.", "next Tuesday", "2025-03-18"),
        ("She wrote last Friday that it was over.", "last Friday", "2025-03-07"),
        ("The fire chief said early Thursday that all were safe.", "early Thursday", "2025-03-13"),
        ("A fundraiser had raised $18,400 by Thursday afternoon.", "by Thursday afternoon", "2025-03-13"),
        ("A clothing drive will be held Saturday at the hall.", "Saturday", "2025-03-15"),
        ("The road is closed until Monday.", "until Monday", "2025-03-17"),
        ("Len won in last Saturday's draw.", "last Saturday", "2025-03-08"),
        ("The inquiry resumes on Thursday.", "on Thursday", "2025-03-20"),
        ("The hearing was adjourned on Thursday.", "on Thursday", "2025-03-13"),
        # a participle after a causative's object tells no tense; "but" opens a clause of its own
        ("Patrons will have them cleared on Monday as well.", "on Monday", "2025-03-17"),
        ("The company will get it fixed by Wednesday.", "by Wednesday", "2025-03-19"),
        ("The union offered to extend the deal through Tuesday but had been turned down.", "through Tuesday", "2025-03-18"),
    ],
)
def test_english_weekdays(sentence, text, value):
    assert one(sentence, "en", published="2025-03-14") == (text, value)


def test_weekdays_need_the_publication_day():
    assert found("Am Montag war ich in Gera.") == []
    assert found("The army said on Friday it would attack.", language="en") == []


def test_a_weekday_before_a_date_is_one_date():
    assert found("Höhepunkt ist der Festumzug am Samstag, 11. Mai.", published="2019-05-02") == [
        ("Samstag, 11. Mai", "2019-05-11")
    ]
    assert found("Ein Notfahrplan gilt bis Donnerstag, 13. November.", published="2025-11-06") == [
        ("Donnerstag, 13. November", "2025-11-13")
    ]


def test_a_weekday_picks_the_year_of_a_year_less_date():
    # Context says 2024, but 13 November is a Thursday in 2025.
    assert found(
        "Im März 2024 streikte die GDL. Der Notfahrplan galt bis Donnerstag, 13. November.",
        published="2025-11-06",
    ) == [("März 2024", "2024-03"), ("Donnerstag, 13. November", "2025-11-13")]
    assert one("WASHINGTON, Friday, March 14, 2025 — The Senate voted.", "en") == (
        "Friday, March 14, 2025",
        "2025-03-14",
    )


def test_weekday_arithmetic():
    friday = dt.date(2025, 3, 14)
    assert weekday_date(friday, 4, None, None) == friday  # up to and including the day
    assert weekday_date(friday, 4, None, "future") == dt.date(2025, 3, 21)
    assert weekday_date(friday, 4, "next", None) == dt.date(2025, 3, 21)
    assert weekday_date(friday, 4, "last", None) == dt.date(2025, 3, 7)
    assert weekday_date(friday, 0, "next", None) == dt.date(2025, 3, 17)
    assert weekday_date(friday, 0, "last", None) == dt.date(2025, 3, 10)
    assert weekday_date(friday, 4, "this", "future") == friday
    assert weekday_date(friday, 4, "ahead", None) == friday
    assert weekday_date(friday, 3, "ahead", "past") == dt.date(2025, 3, 13)


def test_year_arithmetic():
    assert year_of_day(dt.date(2025, 1, 3), 12, 28, lambda: None) == 2024
    assert year_of_day(dt.date(2025, 1, 3), 12, 28, lambda: "future") == 2025
    assert year_of_day(dt.date(2024, 12, 5), 1, 15, lambda: None) == 2025
    assert year_of_day(dt.date(2024, 12, 5), 1, 15, lambda: "past") == 2024
    assert year_of_day(dt.date(2025, 3, 16), 10, 15, lambda: None) == 2025
    assert year_of_day(dt.date(2025, 3, 16), 2, 29, lambda: None) == 2024  # the nearest year that has the day
    assert year_of_month(dt.date(2025, 3, 16), 3, "last", lambda: None) == 2024
    assert year_of_month(dt.date(2025, 3, 16), 6, "next", lambda: None) == 2025
    assert year_of_month(dt.date(2025, 1, 16), 12, None, lambda: None) == 2024


# Ranges -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Die Messe läuft 3. bis 5. April 2025.", "de", ("3. bis 5. April 2025", "2025-04-03", "2025-04-05")),
        (
            "Die Haushaltswoche ist vom 1. bis 4. April 2025.",
            "de",
            ("vom 1. bis 4. April 2025", "2025-04-01", "2025-04-04"),
        ),
        ("Gebaut wird vom 3.–5. Juni 2022.", "de", ("vom 3.–5. Juni 2022", "2022-06-03", "2022-06-05")),
        ("Der Parteitag ist am 24./25. Mai 2025.", "de", ("24./25. Mai 2025", "2025-05-24", "2025-05-25")),
        (
            "Vom 28. Februar bis 3. März 2025 lief die Messe.",
            "de",
            ("Vom 28. Februar bis 3. März 2025", "2025-02-28", "2025-03-03"),
        ),
        (
            "Gezählt wurde zwischen April und September 2019.",
            "de",
            ("zwischen April und September 2019", "2019-04", "2019-09"),
        ),
        (
            "Er soll zwischen März 2019 und Juni 2021 betrogen haben.",
            "de",
            ("zwischen März 2019 und Juni 2021", "2019-03", "2021-06"),
        ),
        ("Er soll zwischen 2017 und 2021 betrogen haben.", "de", ("zwischen 2017 und 2021", "2017", "2021")),
        (
            "Die Preise fielen von November bis Februar 2020.",
            "de",
            ("von November bis Februar 2020", "2019-11", "2020-02"),
        ),
        (
            "The last exercise ran from 3 to 12 June 2018.",
            "en",
            ("from 3 to 12 June 2018", "2018-06-03", "2018-06-12"),
        ),
        ("The festival is on March 3-5, 2025.", "en", ("March 3-5, 2025", "2025-03-03", "2025-03-05")),
        (
            "The congress meets October 11-14, 2025.",
            "en",
            ("October 11-14, 2025", "2025-10-11", "2025-10-14"),
        ),
        ("It ran 3–5 April 2014.", "en", ("3–5 April 2014", "2014-04-03", "2014-04-05")),
        ("She sang there from 1962 to 1970.", "en", ("from 1962 to 1970", "1962", "1970")),
        ("Colonies were tracked between 2019 and 2022.", "en", ("between 2019 and 2022", "2019", "2022")),
        (
            "Patients enrolled between September 2023 and January 2025.",
            "en",
            ("between September 2023 and January 2025", "2023-09", "2025-01"),
        ),
        ("The 2014–2016 drought was long.", "en", ("2014–2016", "2014", "2016")),
        ("The 2019-20 season was cut short.", "en", ("2019-20", "2019", "2020")),
    ],
)
def test_ranges(sentence, language, expected):
    assert one(sentence, language) == expected


def test_year_less_ranges():
    published = "2020-09-03"
    assert found("The bridge closes from Sept. 8 through Oct. 30.", language="en", published=published) == [
        ("from Sept. 8 through Oct. 30", "2020-09-08", "2020-10-30")
    ]
    assert found(
        "Drills run between July 18 and July 29 and between March 3 and 5.",
        language="en",
        published="2022-07-06",
    ) == [
        ("between July 18 and July 29", "2022-07-18", "2022-07-29"),
        ("between March 3 and 5", "2022-03-03", "2022-03-05"),
    ]
    assert found("Geschlossen ist vom 30. Dezember bis 2. Januar.", published="2024-12-10") == [
        ("vom 30. Dezember bis 2. Januar", "2024-12-30", "2025-01-02")
    ]


def test_und_without_zwischen_gives_two_dates():
    assert found("Verhandelt wurde am 13. und 15. März 2025.") == [
        ("13.", "2025-03-13"),
        ("15. März 2025", "2025-03-15"),
    ]


# Datelines, publisher material, offsets ---------------------------------------------------


def test_datelines():
    assert one("Lüneburg, 10.02.2026 – Die Stadtwerke beginnen.") == ("10.02.2026", "2026-02-10")
    assert one("ANTWERP, March 14 (Northline) - Dock workers struck.", "en", published="2025-03-14") == (
        "March 14",
        "2025-03-14",
    )


def test_publisher_material_is_skipped_and_captions_are_read():
    ctx = context(
        ["Der Rat tagte am 3. Mai 2024.", "Foto: Demo am 2. Mai 2024 / dpa", "Spenden Sie bis 31.12.2024!"],
        kinds={2: "caption", 3: "boilerplate"},
    )
    assert [(d.text, d.paragraph) for d in find_dates(ctx)] == [("3. Mai 2024", 1), ("2. Mai 2024", 2)]


def test_offsets_paragraphs_and_sentences():
    paragraphs = [
        "Berlin. Der Entwurf war am 13. März 2025 im Kabinett. Danach passierte nichts.",
        "Am Dienstag wird der Ausschuss ab 14.30 Uhr erneut tagen. Die Woche ist vom 1. bis 4. April.",
    ]
    ctx = context(paragraphs, published="2025-03-16")
    dates = find_dates(ctx)
    assert [d.text for d in dates] == ["13. März 2025", "Am Dienstag", "vom 1. bis 4. April"]
    for date in dates:
        assert ctx.text[date.start : date.end] == date.text
        assert date.paragraph == ctx.article.paragraph_at(date.start)
    assert [d.sentence for d in dates] == [
        "Der Entwurf war am 13. März 2025 im Kabinett.",
        "Am Dienstag wird der Ausschuss ab 14.30 Uhr erneut tagen.",
        "Die Woche ist vom 1. bis 4. April.",
    ]
    assert [d.paragraph for d in dates] == [1, 2, 2]


def test_a_long_sentence_is_cut_around_its_date():
    text = "wort " * 2000 + "am 13. März 2025 " + "wort " * 2000
    (date,) = dates_of(text)
    assert date.text in date.sentence and len(date.sentence) <= 600


def test_a_language_without_a_date_lexicon_gives_no_dates():
    assert grammar("xx") is None
    assert find_dates(context(["Le 13 mars 2025."], language="xx")) == ()


# Hostile input ----------------------------------------------------------------------------

HOSTILE_UNITS = [
    "am am am am am am am Montag 13. 13. 13. 1.1.1.1. ",  # leads before a weekday, days without a month
    "2014 2014-2014/2014 2014er 1.2.3.4.5.6 3:1 ",  # numbers in every shape
    "vom vom 1. bis bis 2. 3.–4.–5. zwischen zwischen und und März März 2019 ",  # broken ranges
    "in the early hours of of of Monday night night the day before before yesterday ",
]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_hostile_input_takes_linear_time(unit):
    """8 times the text may take about 8 times as long, never 64 (best of three, as in test_fuzz)."""

    def best(copies: int) -> float:
        ctx = context(
            [unit * copies], language="en" if "Monday night" in unit else "de", published="2025-03-16"
        )
        times = []
        for _ in range(3):
            started = time.perf_counter()
            dates = find_dates(ctx)
            times.append(time.perf_counter() - started)
            assert all(ctx.text[d.start : d.end] == d.text for d in dates)
        return min(times)

    small, large = best(250), best(2000)
    assert large < 24 * max(small, 0.002), (small, large)


def test_a_long_line_without_breaks_is_read_through():
    line = "Am 13. März 2025 tagte der Rat, " * 6000  # about 200 KB, one sentence
    dates = dates_of(line)
    assert len(dates) == 6000
    assert {d.value for d in dates} == {"2025-03-13"}


def test_a_month_after_part_of_it_is_that_month():
    assert one("The campaign raised $2.1 million in the first two weeks of October.", "en", "2025-10-15") == (
        "weeks of October",
        "2025-10",
    )


def test_set_to_makes_a_weekday_the_next_one():
    # published on a Thursday: "set to take place on Saturday" is two days on, not five back
    assert one("The wedding is still set to take place on Saturday.", "en", "2025-08-14") == (
        "on Saturday",
        "2025-08-16",
    )


def test_a_past_perfect_schedule_is_no_future():
    assert one("No new talks had been scheduled as of Thursday morning.", "en", "2025-09-18") == (
        "Thursday morning",
        "2025-09-18",
    )


def test_a_past_clause_does_not_name_a_month_still_to_come():
    assert found("I got a letter in November. I sent it in December.", language="en", published="2025-07-09") == [
        ("in November", "2024-11"),
        ("in December", "2024-12"),
    ]
    # … but a past verb that looks ahead through "to" does
    assert found("The board voted on Tuesday night to close the school in June.", language="en", published="2025-03-05") == [
        ("on Tuesday night", "2025-03-04"),
        ("in June", "2025-06"),
    ]


def test_a_year_less_month_after_a_since_date_lies_inside_the_period_it_opened():
    since = dates_of(
        "Seit die Geburtsstation im Juni 2024 geschlossen wurde, fahren Schwangere weit. "
        "Im Januar habe sie eine Frau begleitet.",
        published="2025-03-15",
    )
    plain = dates_of("Im Juni 2024 wurde die Station geschlossen. Im Januar kam der Bescheid.", published="2025-03-15")
    english = dates_of(
        "Since the plant closed in June 2024, workers have struggled. In January, a buyer came.",
        language="en",
        published="2025-03-15",
    )
    assert [d.value for d in since] == ["2024-06", "2025-01"]
    assert [d.value for d in plain] == ["2024-06", "2024-01"]
    assert [d.value for d in english] == ["2024-06", "2025-01"]


def _annotated_dates(text: str, language: str, published: str) -> list[tuple[str, str]]:
    """(text, value) of the dates the whole extractor finds (quotes read first)."""
    from generator.extract import annotate
    from generator.ingest.paragraphs import join_paragraphs, split_paragraphs
    from generator.model import Article

    body, paragraphs = join_paragraphs(split_paragraphs(text))
    article = Article("t.txt", "t", "t", "0" * 64, "T", body, paragraphs, published, language=language)
    return [(d.text, d.value) for d in annotate(article).dates]


def test_a_bare_weekday_in_present_english_speech_is_a_habit_not_a_date():
    english = _annotated_dates(
        '"Now I do it on Friday and don\'t feel guilty," she said. "We will meet on Friday," he said. '
        '"I saw him on Monday," she said.',
        "en",
        "2025-10-02",
    )
    german = _annotated_dates("„Am Montag reden wir weiter“, sagte er.", "de", "2025-10-02")
    assert english == [("on Friday", "2025-10-03"), ("on Monday", "2025-09-29")]
    assert german == [("Am Montag", "2025-09-29")]  # German tells plans in the present


def test_postponed_to_a_month_is_the_next_such_month():
    assert found("Sie vertagten die Entscheidung auf Dezember.", published="2025-10-24") == [("auf Dezember", "2025-12")]
    assert found("Das Treffen wurde auf Januar verschoben.", published="2025-10-24") == [("auf Januar", "2026-01")]


def test_likely_to_looks_ahead():
    assert found(
        "The Met Office said the hot spell was likely to break on Saturday.", language="en", published="2025-07-22"
    ) == [("on Saturday", "2025-07-26")]


def test_a_year_less_date_after_a_habitual_adverb_is_a_custom():
    assert found("Vor 20 Jahren war es meist Anfang Oktober.", published="2025-08-27") == []
    assert found("Die Lese beginnt im Oktober.", published="2025-08-27") == [("im Oktober", "2025-10")]
    assert found("The harvest usually starts in May.", language="en", published="2025-08-27") == []


def test_today_set_against_the_past_means_nowadays():
    assert found("„Früher haben wir um Sonne gebetet. Heute beten wir um Regen“, sagt er.", published="2025-08-27") == []
    assert found("Früher war alles anders. Die Bilanz legte er heute vor.", published="2025-08-27") == [
        ("heute", "2025-08-27")
    ]
    assert found("Back then we prayed for sun. Today we pray for rain.", language="en", published="2025-08-27") == []


def test_a_weekday_after_fuer_in_an_announcement_is_the_next_one():
    published = "2025-06-03"  # a Tuesday
    assert found("Die Gewerkschaft hat für Donnerstag einen Warnstreik angekündigt.", published=published) == [
        ("für Donnerstag", "2025-06-05")
    ]
    assert found("Die Gewerkschaft kündigte für Donnerstag einen Streik an.", published=published) == [
        ("für Donnerstag", "2025-06-05")
    ]
    assert found("The union has announced a strike for Thursday.", language="en", published=published) == [
        ("for Thursday", "2025-06-05")
    ]
    # no announcing verb: a past clause keeps the most recent Thursday
    assert found("Die Gewerkschaft hatte für Donnerstag gestreikt.", published=published) == [("für Donnerstag", "2025-05-29")]


def test_a_weekday_in_an_expectation_or_forecast_is_the_next_one():
    published = "2025-08-19"  # a Tuesday
    assert found("Forecasters expect gusts of up to 40 mph on Wednesday.", language="en", published=published) == [
        ("on Wednesday", "2025-08-20")
    ]
    assert found("Der Wetterdienst erwartet am Mittwoch Sturmböen.", published=published) == [("am Mittwoch", "2025-08-20")]
    assert found("Am Mittwoch wurde er in Berlin erwartet.", published=published) == [("Am Mittwoch", "2025-08-13")]


def test_heute_opening_a_clause_after_frueher_means_nowadays():
    assert found("„Früher hatten wir Zeit, heute zählen wir Minuten“, sagt sie.", published="2025-10-07") == []
    assert found("Er kam gestern, heute ist er fort.", published="2025-10-07") == [
        ("gestern", "2025-10-06"), ("heute", "2025-10-07")
    ]


def test_heute_inside_a_title_is_no_date():
    assert _annotated_dates(
        "Die Studie ist am Montag im Fachblatt „Schlafmedizin heute“ erschienen.", "de", "2025-03-18"
    ) == [("am Montag", "2025-03-17")]


def test_a_year_less_day_or_month_in_a_future_clause_before_the_publication_day_is_next_year():
    published = "2025-10-21"
    assert found("Corvane will report its results on Feb. 3.", language="en", published=published) == [("Feb. 3", "2026-02-03")]
    assert found("The plant will open in March.", language="en", published=published) == [("in March", "2026-03")]
    assert found("The plant opened in March.", language="en", published=published) == [("in March", "2025-03")]
    # a period that "seit" opens started in the past, whatever the clause plans next
    assert found("Sie sammelt seit Januar Unterschriften und will am 3. November klagen.", published=published) == [
        ("seit Januar", "2025-01"), ("3. November", "2025-11-03")
    ]


def test_a_time_with_a_m_does_not_end_the_sentence_and_runs_is_scheduled():
    assert found(
        "The warning runs from 9 a.m. on Wednesday until 6 p.m. on Saturday.", language="en", published="2025-07-15"
    ) == [("on Wednesday", "2025-07-16"), ("on Saturday", "2025-07-19")]


def test_a_weekday_after_fuer_in_a_call_to_an_event_is_the_next_one():
    assert found("Eine Bürgerinitiative hat für Samstag zu einer Kundgebung aufgerufen.", published="2025-02-25") == [
        ("für Samstag", "2025-03-01")
    ]


def test_fuer_before_a_night_phrase_looks_ahead():
    published = "2025-01-28"  # a Tuesday
    assert found("Der Wetterdienst warnt auch für die Nacht zum Mittwoch vor Glätte.", published=published) == [
        ("Nacht zum Mittwoch", "2025-01-29")
    ]
    assert found("Seit der Nacht zum Montag ist die Straße gesperrt.", published=published) == [
        ("Nacht zum Montag", "2025-01-27")
    ]


def test_a_modal_of_possibility_before_by_weekday_looks_ahead_in_a_past_clause():
    published = "2025-09-02"  # a Tuesday
    assert found("Forecasters warned it could make landfall by Wednesday night.", language="en", published=published) == [
        ("by Wednesday night", "2025-09-03")
    ]
    assert found("He had finished the work by Friday.", language="en", published=published) == [("by Friday", "2025-08-29")]


def test_present_modals_and_bleiben_look_ahead_and_into_leads_a_month():
    published = "2025-03-25"  # a Tuesday
    assert found("Wegen des Streiks bleiben am Mittwoch alle Kitas geschlossen.", published=published) == [
        ("am Mittwoch", "2025-03-26")
    ]
    assert found("Ich habe gesagt, dass ich am Mittwoch nicht kommen kann.", published=published) == [("am Mittwoch", "2025-03-26")]
    assert found("Am Montag konnte er nicht kommen.", published=published) == [("Am Montag", "2025-03-24")]
    assert found("If this drags on into June, some shops will close.", language="en", published=published) == [
        ("into June", "2025-06")
    ]


def test_a_weekday_lead_reaches_past_a_time_of_day_and_stays_closed_looks_ahead():
    published = "2025-08-21"  # a Thursday
    assert found("A red flag warning remains in effect until 8 p.m. Friday.", language="en", published=published) == [
        ("until 8 p.m. Friday", "2025-08-22")
    ]
    assert found("The road was closed until 6 a.m. Monday.", language="en", published=published) == [
        ("until 6 a.m. Monday", "2025-08-18")
    ]
    assert found("He spoke at 9 a.m. Tuesday.", language="en", published=published) == [("Tuesday", "2025-08-19")]
    assert found("Schools stay closed until Friday, officials said.", language="en", published=published) == [
        ("until Friday", "2025-08-22")
    ]


def test_wer_heute_speaks_of_anyone_and_von_heute_auf_morgen_is_no_date():
    published = "2025-11-06"
    assert found(
        "„Wer heute Schulden macht, nimmt unseren Kindern morgen die Luft zum Atmen“, sagte sie.", published=published
    ) == []
    assert found("Das ging von heute auf morgen.", published=published) == []
    assert found("Wer heute Abend kommt, bekommt Freibier.", published=published) == [("heute Abend", "2025-11-06")]
    assert found("Was gestern beschlossen wurde, gilt heute.", published=published) == [
        ("gestern", "2025-11-05"), ("heute", "2025-11-06")
    ]


def test_at_the_earliest_and_at_the_latest_look_ahead():
    published = "2025-06-26"  # a Thursday
    assert found(
        "Eine Mitarbeiterin sagte, die Lieferung komme aber frühestens am Freitag.", published=published
    ) == [("frühestens am Freitag", "2025-06-27")]
    assert found("Die Lieferung kam frühestens am Freitag an.", published=published) == [("frühestens am Freitag", "2025-06-20")]
    assert found("Bids must arrive no later than Monday.", language="en", published=published) == [
        ("no later than Monday", "2025-06-30")
    ]


def test_today_of_set_against_then_is_nowadays():
    published = "2025-10-02"
    assert found("Man dürfe nicht mit dem Wissen von heute über die Entscheidungen von damals urteilen.", published=published) == []
    assert found("Die Zeitung von heute liegt vor.", published=published) == [("heute", "2025-10-02")]
    assert found(
        "You cannot judge what was decided back then by the standards of today.", language="en", published=published
    ) == []


def test_since_before_a_written_out_day_is_the_past_one():
    published = "2025-11-20"
    assert found("The agency has been without a chief since Jan. 20.", language="en", published=published) == [
        ("Jan. 20", "2025-01-20")
    ]
    assert found("Die Stelle ist seit dem 20. Januar unbesetzt.", published=published) == [("20. Januar", "2025-01-20")]
    assert found("The agency will be without a chief from Jan. 20.", language="en", published=published) == [
        ("Jan. 20", "2026-01-20")
    ]


def test_possibility_looks_ahead_a_perfect_modal_back_and_a_present_perfect_sets_up_what_lasts():
    published = "2025-07-01"  # a Tuesday
    en = {"language": "en", "published": published}
    assert found("Forecasters say relief could come on Thursday.", **en) == [("on Thursday", "2025-07-03")]
    assert found("The storm could have hit on Thursday.", **en) == [("on Thursday", "2025-06-26")]
    assert found("He would have an MRI on Wednesday.", **en) == [("on Wednesday", "2025-07-02")]
    assert found("The weather service has issued a heat warning through Wednesday.", **en) == [
        ("through Wednesday", "2025-07-02")
    ]
    assert found("He worked until Monday.", **en) == [("until Monday", "2025-06-30")]


def test_two_weekdays_joined_by_a_range_connector_are_one_range():
    published = "2025-07-01"  # a Tuesday
    en = {"language": "en", "published": published}
    assert found("The festival runs Friday through Sunday.", **en) == [("Friday through Sunday", "2025-07-04", "2025-07-06")]
    assert found("He worked from Monday through Wednesday.", **en) == [
        ("from Monday through Wednesday", "2025-06-23", "2025-06-25")
    ]
    assert found("We met on Monday and Tuesday.", **en) == [("on Monday", "2025-06-30"), ("Tuesday", "2025-07-01")]
    assert found("Die Messe läuft von Freitag bis Sonntag.", published=published) == [
        ("von Freitag bis Sonntag", "2025-07-04", "2025-07-06")
    ]


def test_a_weekday_that_dates_an_event_after_fuer_or_for_looks_ahead():
    published = "2025-12-16"  # a Tuesday
    assert found("Die CDU-Fraktion beantragte für die Sitzung am Donnerstag eine Debatte.", published=published) == [
        ("am Donnerstag", "2025-12-18")
    ]
    assert found("Er stimmte für die Vorlage am Donnerstag.", published=published) == [("am Donnerstag", "2025-12-11")]
    assert found("She bought tickets for the game on Saturday.", language="en", published=published) == [
        ("on Saturday", "2025-12-20")
    ]


def test_retroactive_looks_back_whatever_the_verb():
    published = "2025-03-27"
    assert found("Die erste Erhöhung soll rückwirkend zum 1. Januar gelten.", published=published) == [
        ("1. Januar", "2025-01-01")
    ]
    assert found("Die Erhöhung soll zum 1. Januar gelten.", published=published) == [("1. Januar", "2026-01-01")]
    assert found("The raise will apply retroactively to Jan. 1.", language="en", published=published) == [
        ("Jan. 1", "2025-01-01")
    ]


def test_a_future_weekday_in_english_news_may_be_the_publication_day():
    thursday = "2025-04-17"
    assert found("Both were expected to be released on Thursday.", language="en", published=thursday) == [
        ("on Thursday", "2025-04-17")
    ]
    assert found("Der Prozess wird am Donnerstag fortgesetzt.", published=thursday) == [("am Donnerstag", "2025-04-24")]
    assert weekday_date(dt.date(2025, 3, 14), 4, None, "future", names_today=True) == dt.date(2025, 3, 14)
