"""Publisher boilerplate and captions (generator/extract/boilerplate.py)."""

from __future__ import annotations

import re
import time
from pathlib import Path

from generator.extract.boilerplate import classify_paragraphs
from generator.extract.phrases import PhraseSet, phrase_pattern
from generator.extract.context import Context
from generator.ingest import join_paragraphs, read_article
from generator.model import Article

REPORT = (
    "Die Regierung hat am Dienstag einen neuen Haushaltsentwurf vorgelegt, der deutliche Kürzungen "
    "bei den Ausgaben für Verkehr und Bildung vorsieht. Der Finanzminister verteidigte die Pläne im "
    "Parlament und verwies auf die gestiegenen Zinsen. Die Opposition kündigte Widerstand an und "
    "sprach von einem Haushalt der verpassten Chancen. "
)


def kinds(paragraphs: list[str], language: str = "de") -> list[str]:
    text, paras = join_paragraphs(paragraphs)
    article = Article("t.txt", "0" * 16, "t", "0" * 64, "T", text, paras, language=language)
    ctx = Context(article=article, language=language, paragraphs=paras)
    return [p.kind for p in classify_paragraphs(ctx)]


def test_seed_caption_body_and_publisher_tail(seed_path: Path):
    article = read_article(seed_path)
    result = classify_paragraphs(Context(article=article, language="de", paragraphs=article.paragraphs))
    assert [p.kind for p in result] == ["caption"] + ["body"] * 7 + ["boilerplate"] * 4


def test_offsets_are_kept_and_no_paragraph_is_dropped(seed_path: Path):
    article = read_article(seed_path)
    result = classify_paragraphs(Context(article=article, language="de", paragraphs=article.paragraphs))
    assert [(p.start, p.end) for p in result] == [(p.start, p.end) for p in article.paragraphs]
    assert any(p.kind != "body" for p in result)


def test_english_article_with_donation_appeal_and_photo_credit():
    report = (
        "The city council voted on Tuesday to close two libraries, citing a budget gap of four million "
        "dollars. Residents protested outside the town hall, and several council members said they would "
        "look for other savings before the closures take effect next spring. "
    ) * 2
    assert kinds(
        [report, report, "Support independent journalism: donate today.", "Photo: Jane Doe/Agency"], "en"
    ) == ["body", "body", "boilerplate", "caption"]


def test_newsletter_mentioned_once_in_a_long_report_is_body():
    paragraph = "Zuerst hatte ein Newsletter des Ministeriums die Zahlen genannt. " + REPORT * 2
    assert kinds([REPORT, REPORT, paragraph, "Foto: X/dpa"]) == ["body"] * 3 + ["caption"]


def test_short_news_paragraph_with_one_weak_word_is_body():
    paragraphs = [REPORT, "Die Partei bittet um Spenden.", REPORT, "Mehr zum Thema: Der Haushalt"]
    assert kinds(paragraphs) == ["body"] * 3 + ["boilerplate"]


def test_short_news_sentences_that_sound_like_furniture_are_body():
    paragraphs = ["Finnland will Mitglied werden.", "Das Medikament ist jetzt erhältlich.", REPORT, "Anzeige"]
    assert kinds(paragraphs) == ["body", "body", "body", "boilerplate"]
    paragraphs = ["Finland applied to become a member of NATO.", "'My new book is about grief,' she said.", "Share"]
    assert kinds(paragraphs, "en") == ["body", "body", "boilerplate"]


def test_trailing_fragment_after_publisher_material_is_boilerplate():
    assert kinds([REPORT, REPORT, "Unterstützen Sie uns mit einer Spende!", "Jetzt hier:"]) == [
        "body",
        "body",
        "boilerplate",
        "boilerplate",
    ]


def test_short_last_sentence_after_a_mid_article_link_is_body():
    paragraphs = [REPORT, "Lesen Sie auch: Der Haushalt im Überblick", REPORT, "Die Beratungen dauern an."]
    assert kinds(paragraphs) == ["body", "boilerplate", "body", "body"]


def test_link_lists_adverts_and_copyright_lines_are_boilerplate():
    assert kinds(
        [
            REPORT,
            "Mehr zum Thema - Moskau warnt vor Eskalation",
            "Anzeige",
            "Mein neues Buch ist da! Jetzt bestellen.",
            "Read more: The budget explained",
            "© 2025 Beispielverlag. Alle Rechte vorbehalten.",
        ]
    ) == ["body"] + ["boilerplate"] * 5


def test_social_media_and_newsletter_appeal_is_boilerplate():
    appeal = "Folgen Sie uns auf Telegram oder abonnieren Sie unseren Newsletter!"
    assert kinds([REPORT, REPORT, appeal]) == ["body", "body", "boilerplate"]
    appeal = "Follow us on Telegram and subscribe to our newsletter."
    assert kinds([REPORT, appeal], "en") == ["body", "boilerplate"]


def test_image_credits_are_captions():
    assert kinds(
        [
            "Symbolbild (C) R24/KI",
            REPORT,
            "Foto: Kay Nietfeld/dpa",
            "Der Minister bei seiner Rede im Bundestag. Michael Kappeler / dpa",
            "Quelle: Screenshot X",
            REPORT,
        ]
    ) == ["caption", "body", "caption", "caption", "caption", "body"]


def test_long_appeal_late_in_the_article_is_boilerplate():
    appeal = (
        "Informationen abseits der großen Sender haben es schwer. Damit Sie schnell informiert bleiben, "
        "folgen Sie uns auf Telegram oder abonnieren Sie unseren Newsletter! Wenn Ihnen unsere Arbeit "
        "wichtig ist, freuen wir uns über Ihre Unterstützung, denn unabhängiger Journalismus kostet Geld. "
        "Unterstützen Sie uns mit einer Spende, per Überweisung oder via PayPal. Vielen Dank an alle, "
        "die schon geholfen haben und uns treu begleiten."
    )
    assert len(appeal) > 300
    assert kinds([REPORT, REPORT, appeal]) == ["body", "body", "boilerplate"]
    # Long and before the report's last paragraph: not read.
    assert kinds([appeal, REPORT, REPORT, "Anzeige"]) == ["body", "body", "body", "boilerplate"]


def test_credit_words_inside_a_long_paragraph_are_body():
    paragraph = REPORT + "Das Foto: ein Beweis, sagte er, © bleibt beim Sender. " + REPORT
    assert kinds(["Symbolbild", REPORT, paragraph]) == ["caption", "body", "body"]


def test_phrase_pattern_is_case_insensitive_whole_word_and_inflects():
    pattern = re.compile(phrase_pattern(["angeblich*", "via PayPal", "Foto:"]))
    assert pattern.fullmatch("ANGEBLICHEN")
    assert pattern.fullmatch("via  Paypal")
    assert pattern.match("Foto: X")
    assert not pattern.match("angeblichkeiten")
    assert not pattern.match("via PayPals")


def test_phrase_set_finds_phrases_after_white_space_and_at_the_start():
    phrases = PhraseSet.compile(["Newsletter", "Mehr zum Thema"])
    text = "Mehr zum Thema\nNewsletter und XNewsletter (Newsletter)"
    assert [text[s:e] for s, e in phrases.spans(text, 0, len(text))] == ["Mehr zum Thema", "Newsletter"]
    assert phrases.keys(text, 0, len(text)) == {"mehr zum thema", "newsletter"}


def test_linear_time_on_large_inputs():
    paragraphs = [REPORT * 2, "Unterstützen Sie uns mit einer Spende!", "Foto: X/dpa"] * 2_000
    line = "unterstützen Sie uns " * 10_000
    started = time.perf_counter()
    result = kinds(paragraphs)
    assert len(result) == 6_000 and result[-2:] == ["boilerplate", "caption"]
    # One phrase repeated is one phrase: a 200 KB paragraph does not become publisher material.
    assert kinds(["Intro.", line]) == ["body", "body"]
    assert kinds([REPORT * 500]) == ["body"]
    assert time.perf_counter() - started < 10
