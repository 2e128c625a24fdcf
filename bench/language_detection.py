"""Language detection: our function-word count against libraries made for the job.

    python bench/language_detection.py

Accuracy on the gold articles (whole texts, titles, first sentences, German articles with an
English paragraph appended) and on short paragraphs in other languages written for this
bench; time per 3 KB article on one core. Libraries that are not installed are skipped:
``pip install py3langid langdetect lingua-language-detector`` to compare them (they are not
dependencies of Dossier).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.evaluate import load_gold  # noqa: E402
from generator.extract.language import detect_language  # noqa: E402

OTHER = {  # written for this bench, one paragraph each
    "fr": [
        "Le conseil municipal a voté mardi soir un budget qui prévoit la fermeture de deux écoles.",
        "Selon le ministre, les négociations avec les syndicats reprendront la semaine prochaine à Paris.",
    ],
    "es": [
        "El gobierno regional anunció el lunes que las obras del puente terminarán antes del verano.",
        "Según la policía, los manifestantes se dispersaron sin incidentes después de dos horas.",
    ],
    "it": [
        "Il sindaco ha detto che la nuova linea del tram sarà pronta entro la fine dell'anno.",
        "Secondo i sindacati, lo sciopero dei trasporti è stato un successo in tutta la regione.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdag besloten dat het zwembad voorlopig open blijft voor de buurt.",
        "Volgens de politie zijn er bij de botsing op de snelweg geen gewonden gevallen.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek, że nowy most zostanie otwarty jeszcze w tym roku.",
        "Według policji demonstracja przebiegła spokojnie i bez żadnych incydentów.",
    ],
    "ru": [
        "Городской совет во вторник решил, что новая школа откроется уже в сентябре.",
        "По словам министра, переговоры с профсоюзами продолжатся на следующей неделе.",
    ],
}


def _ours(text: str) -> str:
    return detect_language(text)


def _detectors() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"stopwords (ours)": _ours}
    try:
        import py3langid

        found["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0

        def run_langdetect(text: str) -> str:
            try:
                return detect(text)
            except Exception:  # langdetect raises on text without letters
                return "und"

        found["langdetect (seed 0)"] = run_langdetect
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_all_languages().build()

        def run_lingua(text: str) -> str:
            language = detector.detect_language_of(text)
            return language.iso_code_639_1.name.lower() if language else "und"

        found["lingua (all languages)"] = run_lingua
    except ImportError:
        pass
    return found


def _first_sentence(text: str) -> str:
    """The first sentence of six words or more (a dateline such as "Kiew." is skipped)."""
    from generator.extract.sentences import sentence_spans

    for start, end in sentence_spans(text):
        if len(text[start:end].split()) >= 6:
            return text[start:end]
    return text


def test_sets() -> dict[str, list[tuple[str, str]]]:
    gold = load_gold(ROOT / "tests" / "gold")
    english = [g.article.text.split("\n\n")[1] for g in gold if g.article.language == "en"]
    mixed = [
        (g.article.text.split("\n\n")[0] + "\n\n" + g.article.text.split("\n\n")[1] + "\n\n" + english[n % len(english)], "de")
        for n, g in enumerate(gold) if g.article.language == "de"
    ]
    return {
        "whole gold articles": [(g.article.text, g.article.language) for g in gold],
        "titles (5-12 words)": [(g.article.title, g.article.language) for g in gold],
        "first sentences": [(_first_sentence(g.article.text), g.article.language) for g in gold],
        "German + an English paragraph": mixed,
        "other languages": [(t, lang) for lang, texts in OTHER.items() for t in texts],
    }


def main() -> None:
    sets = test_sets()
    long_texts = [t for t, _ in sets["whole gold articles"]]
    print(f"{'':26}" + "".join(f"{name[:24]:>26}" for name in sets) + f"{'ms per 3 KB':>14}")
    for name, detect in _detectors().items():
        row = []
        for items in sets.values():
            right = sum(detect(text) == language for text, language in items)
            row.append(f"{right}/{len(items)}")
        detect(long_texts[0])  # warm-up: models load once
        started = time.perf_counter()
        for text in long_texts:
            detect(text)
        per_kb = (time.perf_counter() - started) / sum(len(t.encode()) for t in long_texts) * 1024 * 1000
        print(f"{name:26}" + "".join(f"{cell:>26}" for cell in row) + f"{per_kb * 3:14.3f}")


if __name__ == "__main__":
    main()
