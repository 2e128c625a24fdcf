"""The gold files themselves (format and conventions: tests/gold/README.md), not the
extractors: a wrong gold item silently skews every score tuned against it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.rglob("*.yml"))
IDS = [p.relative_to(GOLD).as_posix() for p in FILES]

TOP_REQUIRED = {"language", "title", "text", "quotes", "dates"}
TOP_OPTIONAL = {"published"}
QUOTE_KEYS = {"text", "kind", "speaker", "cue"}
DATE_REQUIRED = {"text", "value"}
DATE_OPTIONAL = {"end_value"}
KINDS = {"direct", "partial", "term"}
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUOTE_MARKS = "\"'„“”«»‹›‚‘’"

# Longest phrases first, so "the day after tomorrow" is not read as "tomorrow".
RELATIVE_DAYS = (
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("vorgestern", -2),
    ("übermorgen", 2),
    ("yesterday", -1),
    ("tomorrow", 1),
    ("today", 0),
    ("gestern", -1),
    ("heute", 0),
    ("morgen", 1),
)
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# A weekday as a word or at the start of a compound ("Dienstagabend", "Montagmorgen").
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")", re.IGNORECASE)


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _squash(text: str) -> str:
    return " ".join(str(text).split())


def _relative_offset(text: str) -> int | None:
    low = text.casefold()
    for word, offset in RELATIVE_DAYS:
        if re.search(rf"(?<!\w){word}(?!\w)", low):
            return offset
    return None


def _calendar_start(value: str) -> dt.date:
    """The first day a value names; fails on a month or day the calendar lacks."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


@pytest.fixture(scope="module", params=FILES, ids=IDS)
def gold(request) -> tuple[Path, dict]:
    return request.param, _load(request.param)


def test_at_least_twenty_articles_per_language():
    for lang in ("de", "en"):
        assert len(list((GOLD / lang).glob("*.yml"))) >= 20, lang


def test_keys_are_the_documented_ones(gold):
    path, data = gold
    assert isinstance(data, dict)
    assert TOP_REQUIRED <= data.keys() <= TOP_REQUIRED | TOP_OPTIONAL
    assert data["language"] == path.parent.name
    assert isinstance(data["text"], str) and data["text"].strip()
    if "published" in data:
        assert type(data["published"]) is dt.date
    for quote in data["quotes"]:
        assert set(quote) == QUOTE_KEYS, quote
        assert isinstance(quote["text"], str) and quote["text"].strip(), quote
    for date in data["dates"]:
        assert DATE_REQUIRED <= date.keys() <= DATE_REQUIRED | DATE_OPTIONAL, date
        assert str(date["text"]).strip(), date


def test_quote_kinds_and_speakers(gold):
    _, data = gold
    for quote in data["quotes"]:
        assert quote["kind"] in KINDS, quote
        if quote["kind"] == "term":
            assert quote["speaker"] is None and quote["cue"] is None, quote
        else:
            assert quote["speaker"] is None or (isinstance(quote["speaker"], str) and quote["speaker"].strip()), quote
            assert isinstance(quote["cue"], str) and quote["cue"].strip(), quote


def test_quote_texts_sit_exactly_between_quotation_marks(gold):
    _, data = gold
    text = data["text"]
    for quote in data["quotes"]:
        body = quote["text"]
        assert body == body.strip(), f"white space at the edge of {body!r}"
        starts = [m.start() for m in re.finditer(re.escape(body), text)]
        assert starts, f"not in the article: {body!r}"
        assert any(
            i > 0 and text[i - 1] in QUOTE_MARKS and text[i + len(body) : i + len(body) + 1] in tuple(QUOTE_MARKS)
            for i in starts
        ), f"not between quotation marks: {body!r}"


def test_date_texts_occur_in_the_article(gold):
    _, data = gold
    body = _squash(data["text"])
    for date in data["dates"]:
        assert _squash(date["text"]) in body, date


def test_date_values_are_real_calendar_values(gold):
    _, data = gold
    for date in data["dates"]:
        value = str(date["value"])
        assert VALUE.match(value), date
        _calendar_start(value)
        if "end_value" in date:
            end = str(date["end_value"])
            assert VALUE.match(end) and len(end) == len(value), date
            _calendar_start(end)
            assert end > value, date


def test_weekday_dates_fall_on_that_weekday(gold):
    _, data = gold
    for date in data["dates"]:
        match = _WEEKDAY.search(str(date["text"]))
        if match and type(date["value"]) is dt.date:
            assert date["value"].weekday() == WEEKDAYS[match.group(1).casefold()], date


def test_relative_dates_only_with_published_and_at_the_right_offset(gold):
    _, data = gold
    published = data.get("published")
    for date in data["dates"]:
        text = str(date["text"])
        offset = _relative_offset(text)
        if offset is not None:
            assert published, f"relative date {text!r} in an article without `published`"
            assert date["value"] == published + dt.timedelta(days=offset), date
        if _WEEKDAY.search(text) and not re.search(r"\d", text):
            assert published, f"weekday {text!r} in an article without `published`"


def test_relative_offsets_are_read_as_the_word_says():
    assert _relative_offset("gestern") == -1
    assert _relative_offset("Morgen") == 1
    assert _relative_offset("übermorgen") == 2
    assert _relative_offset("the day after tomorrow") == 2
    assert _relative_offset("Montagmorgen") is None
    assert _relative_offset("Operation Morgenröte") is None


def test_calendar_check_rejects_impossible_dates():
    with pytest.raises(ValueError):
        _calendar_start("2023-02-29")
    with pytest.raises(ValueError):
        _calendar_start("2024-13")
    assert _calendar_start("2024-02-29") == dt.date(2024, 2, 29)
