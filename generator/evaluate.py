"""Score the extractors against a gold set (format and conventions: tests/gold/README.md).

Matching is by text, not by offsets, so a gold file stays valid however the body is split
into paragraphs. The measures mirror the published baselines: quote-span F1 (BBC Citron),
speaker accuracy over found quotes (the Guardian's model) and date value F1 (HeidelTime).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.extract import annotate
from generator.ingest.paragraphs import join_paragraphs, split_paragraphs
from generator.model import Annotations, Article

QUOTE_MARKS = "\"'„“”«»‹›‚‘’`´"
_WORD = re.compile(r"\w+")
_ARTICLES = frozenset("der die das den dem des ein eine einer eines einem einen the a an".split())
_ENDINGS = ("es", "en", "er", "em", "e", "s", "n")
MEASURES = ("quote_f1", "speaker_accuracy", "term_f1", "date_f1")


@dataclass(frozen=True)
class GoldQuote:
    text: str
    kind: str
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class GoldDate:
    text: str
    value: str
    end_value: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    path: str
    article: Article
    quotes: tuple[GoldQuote, ...]
    dates: tuple[GoldDate, ...]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Scores:
    quotes: Tally = field(default_factory=Tally)
    terms: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    speakers_right: int = 0
    speakers_total: int = 0
    kinds_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_total if self.speakers_total else 1.0

    def measures(self) -> dict[str, float]:
        return {
            "quote_f1": self.quotes.f1,
            "speaker_accuracy": self.speaker_accuracy,
            "term_f1": self.terms.f1,
            "date_f1": self.dates.f1,
        }

    def add(self, other: Scores) -> None:
        self.quotes.add(other.quotes)
        self.terms.add(other.terms)
        self.dates.add(other.dates)
        self.speakers_right += other.speakers_right
        self.speakers_total += other.speakers_total
        self.kinds_right += other.kinds_right
        self.errors.extend(other.errors)


def load_gold(folder: Path) -> list[GoldArticle]:
    """Every ``*.yml`` below ``folder``, in name order."""
    articles = []
    for path in sorted(folder.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "text" not in data:
            continue
        articles.append(_gold_article(path.relative_to(folder).as_posix(), data))
    return articles


def _gold_article(name: str, data: dict) -> GoldArticle:
    body, paragraphs = join_paragraphs(split_paragraphs(str(data["text"])))
    digest = hashlib.sha256(body.encode()).hexdigest()
    published = data.get("published")
    article = Article(
        source=name,
        id=digest[:16],
        slug=digest[:16],
        sha256=digest,
        title=str(data.get("title") or name),
        text=body,
        paragraphs=paragraphs,
        published=str(published) if published else None,
        language=data.get("language"),
    )
    quotes = tuple(
        GoldQuote(str(q["text"]), q.get("kind", "direct"), q.get("speaker"), q.get("cue"))
        for q in data.get("quotes") or ()
    )
    dates = tuple(
        GoldDate(str(d["text"]), str(d["value"]), str(d["end_value"]) if d.get("end_value") else None)
        for d in data.get("dates") or ()
    )
    return GoldArticle(name, article, quotes, dates)


def corpus_hash(folder: Path) -> str:
    """sha256 over the gold files, so a floor is tied to the set it was measured on."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.yml")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def evaluate(gold: list[GoldArticle], language: str | None = None) -> dict[str, Scores]:
    """Scores per language plus ``"all"``."""
    results: dict[str, Scores] = {"all": Scores()}
    for item in gold:
        annotations = annotate(item.article)
        lang = item.article.language or annotations.language
        if language and lang != language:
            continue
        scores = score_article(item, annotations)
        results.setdefault(lang, Scores()).add(scores)
        results["all"].add(scores)
    return results


def score_article(item: GoldArticle, found: Annotations) -> Scores:
    scores = Scores()
    gold_quotes = [q for q in item.quotes if q.kind != "term"]
    gold_terms = [q for q in item.quotes if q.kind == "term"]
    found_quotes = [q for q in found.quotes if q.kind != "term"]
    found_terms = [q for q in found.quotes if q.kind == "term"]

    pairs = _match(gold_quotes, found_quotes, lambda g, f: _same_span(g.text, f.text))
    scores.quotes = _tally(len(gold_quotes), len(found_quotes), pairs)
    for g, f in pairs:
        scores.speakers_total += 1
        if normalise_speaker(g.speaker) == normalise_speaker(f.speaker):
            scores.speakers_right += 1
        else:
            scores.errors.append(f"{item.path}: speaker {f.speaker!r} ≠ gold {g.speaker!r} for “{_short(g.text)}”")
        scores.kinds_right += g.kind == f.kind
    _report_unmatched(item.path, "quote", gold_quotes, found_quotes, pairs, scores.errors)

    term_pairs = _match(gold_terms, found_terms, lambda g, f: _same_span(g.text, f.text))
    scores.terms = _tally(len(gold_terms), len(found_terms), term_pairs)
    _report_unmatched(item.path, "term", gold_terms, found_terms, term_pairs, scores.errors)

    date_pairs = _match(
        list(item.dates),
        list(found.dates),
        lambda g, f: (g.value, g.end_value) == (f.value, f.end_value),
        prefer=lambda g, f: _overlaps(g.text, f.text),
    )
    scores.dates = _tally(len(item.dates), len(found.dates), date_pairs)
    _report_unmatched(item.path, "date", list(item.dates), list(found.dates), date_pairs, scores.errors)
    return scores


def _match(gold: list, found: list, same, prefer=None) -> list[tuple]:
    """One-to-one pairs, in gold order. With ``prefer``, preferred pairs are made first, so
    two gold dates with the same value pair with the found dates whose text they share."""
    used_gold: set[int] = set()
    used: set[int] = set()
    pairs = []
    passes = (lambda g, f: same(g, f) and prefer(g, f), same) if prefer else (same,)
    for test in passes:
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            i = next((i for i, f in enumerate(found) if i not in used and test(g, f)), None)
            if i is not None:
                used_gold.add(gi)
                used.add(i)
                pairs.append((g, found[i]))
    order = {id(g): n for n, g in enumerate(gold)}
    return sorted(pairs, key=lambda pair: order[id(pair[0])])


def _tally(gold: int, found: int, pairs: list) -> Tally:
    return Tally(tp=len(pairs), fp=found - len(pairs), fn=gold - len(pairs))


def _report_unmatched(path: str, what: str, gold: list, found: list, pairs: list, errors: list[str]) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_found = {id(f) for _, f in pairs}
    for g in gold:
        if id(g) not in matched_gold:
            errors.append(f"{path}: missed {what} {_describe(g)}")
    for f in found:
        if id(f) not in matched_found:
            errors.append(f"{path}: spurious {what} {_describe(f)}")


def _describe(item) -> str:
    if hasattr(item, "value"):
        span = f"–{item.end_value}" if item.end_value else ""
        return f"“{item.text}” = {item.value}{span}"
    return f"“{_short(item.text)}” ({item.kind}, {item.speaker!r})"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalise_quote(text: str) -> list[str]:
    """Words of a quote, case-folded, with quotation marks and punctuation ignored."""
    return _WORD.findall(text.translate({ord(c): " " for c in QUOTE_MARKS}).casefold())


def _same_span(gold: str, found: str) -> bool:
    a, b = normalise_quote(gold), normalise_quote(found)
    if a == b:
        return True
    if not a or not b:
        return False
    shared = sum((Counter(a) & Counter(b)).values())
    return shared >= 0.8 * max(len(a), len(b))


def _overlaps(gold: str, found: str) -> bool:
    a, b = " ".join(normalise_quote(gold)), " ".join(normalise_quote(found))
    return bool(a and b) and (a in b or b in a)


def normalise_speaker(name: str | None) -> tuple[str, ...] | None:
    """Case, leading articles and inflection endings do not count ("der ukrainische
    Generalstab" = "ukrainischer Generalstab")."""
    if not name:
        return None
    words = _WORD.findall(name.casefold())
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return tuple(_stem(w) for w in words) or None


def _stem(word: str) -> str:
    # The genitive first ("Müllers", "Johnson's"), so "Müllers" and "Müller" stem alike.
    word = word[:-1] if word.endswith("s") and len(word) > 4 else word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# Floors, as in trafilatura's eval gate: raising one is easy, lowering needs a flag.


def read_baseline(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"floors": {}}


def update_baseline(path: Path, measured: dict[str, float], gold_hash: str, allow_lower: bool = False) -> dict:
    """New floors: the measured scores rounded down to two decimals, never below the old
    floors unless ``allow_lower``."""
    old = read_baseline(path).get("floors", {})
    floors = {}
    for name in MEASURES:
        value = int(measured[name] * 100) / 100
        floors[name] = value if allow_lower else max(value, old.get(name, 0.0))
    baseline = {"gold_sha256": gold_hash, "floors": floors}
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    return baseline


def below_floor(measured: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The measures that fell below their floor, as readable lines."""
    return [
        f"{name} {measured[name]:.3f} is below the floor {floor:.2f}"
        for name, floor in sorted(floors.items())
        if measured.get(name, 0.0) + 1e-9 < floor
    ]


def format_table(results: dict[str, Scores]) -> str:
    """The scores as a plain-text table, one row per measure and language."""
    lines = [f"{'':18}{'lang':>6}{'P':>8}{'R':>8}{'F1':>8}{'n':>7}"]
    for lang in sorted(results, key=lambda k: (k == "all", k)):
        s = results[lang]
        for label, tally in (("quotes", s.quotes), ("terms", s.terms), ("dates", s.dates)):
            n = tally.tp + tally.fn
            lines.append(f"{label:18}{lang:>6}{tally.precision:8.3f}{tally.recall:8.3f}{tally.f1:8.3f}{n:7}")
        lines.append(f"{'speaker accuracy':18}{lang:>6}{'':16}{s.speaker_accuracy:8.3f}{s.speakers_total:7}")
        kinds = s.kinds_right / s.speakers_total if s.speakers_total else 1.0
        lines.append(f"{'kind accuracy':18}{lang:>6}{'':16}{kinds:8.3f}{s.speakers_total:7}")
    return "\n".join(lines)
