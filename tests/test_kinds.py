"""Terms against utterances (generator/extract/kinds.py), read through find_quotes."""

from __future__ import annotations

import pytest

from generator.extract.kinds import name_like, sentence_like, title_case
from generator.extract.quote_lexicon import quote_lexicon
from tests.quote_texts import only, quotes_of


@pytest.mark.parametrize(
    "text, term",
    [
        (
            "Es geht um das sogenannte „Sondervermögen Infrastruktur“, sagte sie.",
            "Sondervermögen Infrastruktur",
        ),
        ("Sie sprechen von der sogenannten „Vereinslücke“.", "Vereinslücke"),
        ("Die Debatte um NATO-“Friedenstruppen” gewinnt an Brisanz.", "Friedenstruppen"),
        ("Seidel warnte in ihrem Sachbuch „Die stillen Bestäuber“ davor.", "Die stillen Bestäuber"),
        ("Das Förderprogramm „Wärme vor Ort“ zahlt mit, erklärte sie.", "Wärme vor Ort"),
        ("Die Offensive trägt den Codenamen »Operation Winterhammer«.", "Operation Winterhammer"),
        (
            "Die Armee kündigte eine Offensive an, die sie „Operation Morgenröte“ nennt.",
            "Operation Morgenröte",
        ),
        ("Mein neues Buch ist da: “Im Zensurwahn – Die Aushöhlung“.", "Im Zensurwahn – Die Aushöhlung"),
        ("Das sei falsch, sagte er dem „Spiegel“.", "Spiegel"),
        ("„Nein“, sagte der CDU-Abgeordnete Tobias Wendland dem „Tagesspiegel“.", "Tagesspiegel"),
        ("Esch erklärte gegenüber der „Rundschau“, das sei überzogen.", "Rundschau"),
        ("Im Stadtrat war das Projekt als „Millionengrab“ verspottet worden.", "Millionengrab"),
    ],
)
def test_german_terms(text, term):
    q = only(quotes_of(text), term)
    assert (q.kind, q.speaker, q.cue) == ("term", None, None)


@pytest.mark.parametrize(
    "text, term",
    [
        ('The so-called "no-fault" evictions end, she said.', "no-fault"),
        ('The paper, titled "Sublethal exposure and memory in bees", was published.', "Sublethal"),
        ('He won the cooking show "Kitchen Knockout" in 2022.', "Kitchen Knockout"),
        ('Get our weekly "Statehouse Watch" newsletter.', "Statehouse Watch"),
        ("In her memoir, ‘Notes From the Wings’, she described it.", "Notes From the Wings"),
        ('The drills, code-named "Operation Amber Gate", begin today.', "Operation Amber Gate"),
        ("Critics called her ‘the Iron Nightingale’, a nickname she hated.", "the Iron Nightingale"),
        ("He still calls the tower 'the old lady'.", "the old lady"),
        (
            "It was the band's first tour since Marsh's memoir, \"Loud Enough to Hear,\" was pulled.",
            "Loud Enough",
        ),
        ('A phrase her grandmother used for the sea: "o pomar de sal".', "o pomar"),
    ],
)
def test_english_terms(text, term):
    q = only(quotes_of(text, language="en"), term)
    assert q.kind == "term" and q.speaker is None


def test_a_catchword_with_a_speech_verb_is_partial_not_a_term():
    assert only(quotes_of("Sie nannte den Plan „unausgegoren“."), "unaus").kind == "partial"
    assert (
        only(quotes_of('The ministry called the drills a "provocation".', language="en"), "provocation").kind
        == "partial"
    )
    assert (
        only(quotes_of("Der Ministerpräsident hat eine „Heimatoffensive“ ausgerufen."), "Heimat").kind
        == "partial"
    )


def test_a_verdict_with_an_indefinite_article_after_a_naming_verb_is_partial():
    # „Operation Morgenröte“ nennt names a thing; „eine Phantomdiskussion“ judges one.
    q = only(quotes_of("Lena Wirtz nannte die Debatte „eine Phantomdiskussion“: Eine Zählung zeige das."), "eine Phantom")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Lena Wirtz", "nannte")
    assert only(quotes_of("Sie nannte den Plan „einen Irrweg“."), "einen Irrweg").kind == "partial"


def test_a_quote_nobody_utters_is_a_term():
    assert (
        only(quotes_of("Die Ratsmehrheit hat ihre „Verkehrswende“ durchgewunken."), "Verkehrswende").kind
        == "term"
    )
    assert (
        only(
            quotes_of('A lawsuit accuses the app of steering teens to "challenge" videos.', language="en"),
            "challenge",
        ).kind
        == "term"
    )


def test_shape_of_a_quote():
    assert name_like("Die stillen Bestäuber") and name_like("2024 war gut") and not name_like("schwierig")
    assert (
        sentence_like("Wir bleiben.")
        and sentence_like("Verlasst eure Häuser!")
        and not sentence_like("Wir bleiben")
    )
    small = quote_lexicon("en").title_small
    assert title_case("The Light Between Tides", small) and title_case("Notes From the Wings", small)
    assert (
        not title_case("dead on arrival", small)
        and not title_case("We go.", small)
        and not title_case("Lantern", small)
    )


def test_a_name_after_known_as_is_a_term():
    found = quotes_of(
        'Hollins, known in the boathouse as "the Metronome" for her stroke, is writing a book.', language="en"
    )
    assert only(found, "the Metronome").kind == "term"
    assert (
        only(quotes_of("Er ist im Dorf bekannt als „der Pfarrer“, sagte sie."), "der Pfarrer").kind == "term"
    )


def test_an_outlet_after_a_preposition_and_its_article_is_a_term():
    found = quotes_of(
        "Im Interview mit der „Zeit“ betonte Finanzminister Christian Lindner: „Die Schuldenbremse gilt.“"
    )
    assert [(q.text, q.kind) for q in found] == [("Zeit", "term"), ("Die Schuldenbremse gilt.", "direct")]


def test_a_quoted_outlet_that_is_the_source_is_a_term_and_the_speaker():
    found = quotes_of(
        "Laut „Spiegel“ soll der Plan „vom Tisch“ sein. Die „Süddeutsche Zeitung“ berichtete, er habe „keine Ahnung“ gehabt."
    )
    assert [(q.text, q.kind, q.speaker) for q in found] == [
        ("Spiegel", "term", None),
        ("vom Tisch", "partial", "Spiegel"),
        ("Süddeutsche Zeitung", "term", None),
        ("keine Ahnung", "partial", "Süddeutsche Zeitung"),
    ]
    found = quotes_of('According to "Politico", the plan is "off the table".', language="en")
    assert [(q.kind, q.speaker) for q in found] == [("term", None), ("partial", "Politico")]


def _kinds(text: str, language: str) -> dict[str, str]:
    from tests.quote_texts import table

    return {quote: kind for quote, kind, _speaker, _cue in table(quotes_of(text, language=language))}


def test_a_name_right_after_its_noun_is_a_term_but_a_word_someone_chose_is_not():
    found = _kinds(
        "Sturmtief „Hilke“ zog ab. Sie bestätigte ihre Einstufung „Halten“. "
        "Kanzler Scholz nannte den Vorschlag „Unsinn“. Auf die Frage antwortete Müller „Nein“.",
        "de",
    )
    assert found == {"Hilke": "term", "Halten": "term", "Unsinn": "partial", "Nein": "partial"}


def test_one_capitalised_word_named_by_a_verb_or_in_an_apposition_is_a_term():
    found = _kinds(
        'It runs an assistant the company calls "Iris." It sells a service, "Iris Plus," for $9. "Never," she said.',
        "en",
    )
    assert found == {"Iris.": "term", "Iris Plus,": "term", "Never,": "direct"}
    assert _kinds("Wir nennen sie jetzt nur noch ›Rollator-Rambo‹.", "de") == {"Rollator-Rambo": "term"}


def test_a_german_capital_after_a_comma_is_a_fragment_unless_the_quote_ends_the_sentence():
    assert _kinds("Selenskyj warf Russland vor, „Terror gegen Zivilisten“ zu verüben.", "de") == {
        "Terror gegen Zivilisten": "partial"
    }
    assert _kinds("Er sagte, „Wir kommen wieder“.", "de") == {"Wir kommen wieder": "direct"}
