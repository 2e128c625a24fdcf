"""Who a cue's subject is (generator/extract/subjects.py)."""

from __future__ import annotations

import pytest

from generator.extract.cues import find_cues
from generator.extract.marks import find_mark_spans
from generator.extract.quote_lexicon import quote_lexicon
from generator.extract.subjects import subject_of
from generator.extract.tokens import tokenize
from generator.model import Paragraph


def subject(text: str, verb: str, language: str = "de") -> str | None:
    """The words of the subject of the cue that starts with ``verb``; appositions after " / "."""
    lex = quote_lexicon(language)
    spans = find_mark_spans(text, (Paragraph(0, len(text)),), language)
    tokens = tokenize(text, 0, len(text), [(i, s) for i, s in enumerate(spans) if s.depth == 0], lex.abbreviations)
    cue = next(c for c in find_cues(tokens, lex) if c.text.startswith(verb))
    np = subject_of(tokens, cue, lex)
    if np is None:
        return None
    words = text[tokens[np.first].start : tokens[np.last - 1].end]
    for a, b in np.appositions:
        words += " / " + text[tokens[a].start : tokens[b - 1].end]
    return words


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Fraktionsvize Thomas Berger warnte: „Nein.“", "warnte", "Fraktionsvize Thomas Berger"),
        ("„Nein“, sagte Oberstaatsanwältin Miriam Schäfer zum Auftakt.", "sagte", "Oberstaatsanwältin Miriam Schäfer"),
        ("Zugleich wies Lindner den Vorwurf zurück.", "wies", "Lindner"),
        ("Fehler habe es gegeben, räumte Hollmann ein.", "räumte", "Hollmann"),
        ("Man stelle sich darauf ein, wie die Leitung der Kinderklinik mitteilte.", "mitteilte", "die Leitung der Kinderklinik"),
        ("Ein Anwohner, der seinen Namen nicht nennen wollte, sagte: „Ja.“", "sagte", "Ein Anwohner"),
        ("Ein Sprecher der russischen Armee sprach von Erfolgen.", "sprach", "Ein Sprecher der russischen Armee"),
        ("Gestern erst schrieb mir eine Leserin aus Saalfeld: „Ja.“", "schrieb", "eine Leserin"),
        ("Auf einer Veranstaltung habe Hänggi ihm persönlich gesagt: „Ja.“", "gesagt", "Hänggi"),
        ("Ob er bleibt, ließ er offen: „Mal sehen.“", "ließ", "er"),
        ("Am Montag war ich in Gera, und eine Schülerin fragte mich, ob das geht.", "fragte", "eine Schülerin"),
        ("Ungeachtet dieser Warnungen erklärte der britische Premierminister Keir Starmer seine Bereitschaft.", "erklärte", "der britische Premierminister Keir Starmer"),
        ("Die Militärexpertin Larissa Kohl vom Berliner Institut hält das für übertrieben und sagte: „Ja.“", "sagte", None),
    ],
)
def test_german_subjects(text, verb, expected):
    assert subject(text, verb) == expected


def test_german_apposition_and_shared_subject():
    text = "Der Vorsitzende des Hausärzteverbands, Uwe Sander, kritisierte die Behörden."
    assert subject(text, "kritisierte") == "Der Vorsitzende des Hausärzteverbands / Uwe Sander"
    # "…, betonte jedoch:" has no subject of its own: it shares the one before.
    assert subject("Selenskyj gab zu, dass es schwierig sei, betonte jedoch: „Nein.“", "betonte") is None


def test_an_object_after_the_verb_is_not_its_subject():
    assert subject("Er bezeichnete das als vertretbar, forderte aber nächtliche Abschaltzeiten.", "forderte") is None


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ('"We are patient," Claes told reporters.', "told", "Claes"),
        ('"It was like a jet engine," one neighbor, who asked not to be named, told us.', "told", "one neighbor"),
        ('"It is theft," said Ruth Okonkwo, whose family has farmed here since 1950.', "said", "Ruth Okonkwo"),
        ("Council member Greg Pollard, who cast the deciding vote, called it a mistake.", "called", "Council member Greg Pollard"),
        ("As the car left, someone in the crowd on the street shouted: \"Stop!\"", "shouted", "someone"),
        ("Asked in 1994 whether she would sing again, she told an interviewer: 'No.'", "told", "she"),
        ("Len collected his cheque at a hotel, where a spokeswoman for the National Draw said he was kind.", "said", "a spokeswoman for the National Draw"),
        ("as she liked to say, 'one coat'", "say", "she"),
        ("Sarah Jenkins, 34, from Bristol, said she heard a crash.", "said", "Sarah Jenkins"),
    ],
)
def test_english_subjects(text, verb, expected):
    assert subject(text, verb, "en") == expected


def test_english_apposition_participle_and_coordination():
    assert subject("The neighbor, Denise Hollis, 63, said she ran.", "said", "en") == "The neighbor / Denise Hollis"
    assert subject("Judge Susan Pryce set a trial date and refused bail, citing a risk.", "citing", "en") == "Judge Susan Pryce"
    assert subject("He kept saying, 'We serve lunch.'", "saying", "en") == "He"
    assert subject("She told the Flash it was jealousy and said the couple had fun.", "said", "en") is None


def test_english_subject_read_past_a_term_in_a_relative_clause():
    text = 'Greater Manchester Police, which ran the inquiry under the name "Operation Tapwater", said in a statement that it was over.'
    assert subject(text, "said", "en").startswith("Greater Manchester Police")


def test_a_coordinated_verb_with_no_cue_before_shares_the_sentence_subject():
    from tests.quote_texts import only, quotes_of

    people = {"Martin Oakes": ("male", ("Martin Oakes",))}
    found = quotes_of(
        "Severn Vale's chief executive, Martin Oakes, apologised in a statement and said the firm had \"fundamentally changed\".",
        language="en",
        people=people,
    )
    assert only(found, "fundamentally").speaker == "Martin Oakes"
    assert only(quotes_of("Die Ministerin verließ den Saal und sagte: „Das reicht.“"), "Das").speaker == "Ministerin"
