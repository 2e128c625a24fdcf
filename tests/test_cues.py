"""Speech verbs and cue phrases in a window (generator/extract/cues.py)."""

from __future__ import annotations

import pytest

from generator.extract.cues import find_cues
from generator.extract.quote_lexicon import quote_lexicon
from generator.extract.tokens import tokenize


def cues(text: str, language: str = "de") -> list[tuple[str, str]]:
    lex = quote_lexicon(language)
    return [(c.text, c.kind) for c in find_cues(tokenize(text, 0, len(text), [], lex.abbreviations), lex)]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Trump räumte am 13. März 2025 ein, dass alles schlecht sei.", "räumte … ein"),
        ("Präsident Selenskyj gab am 15. März in einer Nachricht zu, dass es schwierig sei.", "gab … zu"),
        ("Müller wies die Kritik gestern zurück.", "wies … zurück"),
        ("Das Spital teilte am Montag mit, es fehle Personal.", "teilte … mit"),
        ("Die Polizei kündigte verstärkte Kontrollen an.", "kündigte … an"),
        ("Der Generalstab teilte mit, die Lage sei ruhig.", "teilte mit"),
        ("Die Zeugin gab zu Protokoll, sie habe nichts gesehen.", "gab zu Protokoll"),
        ("Sie gab die Zahlen gestern bekannt.", "gab … bekannt"),
        ("Er ließ über seinen Sprecher mitteilen, er bleibe.", "ließ … mitteilen"),
    ],
)
def test_separable_verbs_with_the_particle_far_away(text, cue):
    assert (cue, "verb") in cues(text)


def test_a_separable_verb_without_its_particle_is_no_cue():
    assert cues("Müller gab sich zuversichtlich.") == []
    assert cues("Sie teilte das Brot.") == []


def test_the_particle_may_stand_after_a_quote_in_its_clause():
    lex = quote_lexicon("de")
    text = "Lang wies die Vorwürfe als Q zurück."
    tokens = tokenize(text, 0, len(text), [], lex.abbreviations)
    tokens[5] = tokens[5]._replace(kind="q")
    assert [c.text for c in find_cues(tokens, lex)] == ["wies … zurück"]


def test_the_preposition_that_takes_the_quote_is_shown():
    assert cues("Der Generalstab bezeichnete alle Berichte über eine Einkreisung als falsch.")[0][0] == "bezeichnete … als"
    assert cues("Ein Sprecher sprach dagegen von Vorstößen.")[0][0] == "sprach von"
    assert cues("He described the plan as a scandal.", "en")[0][0] == "described … as"


def test_cue_phrases_by_kind():
    assert ("Laut", "lead") in cues("Laut Kohl könnten die Wochen entscheiden.")
    assert ("nach Angaben", "lead") in cues("Es ist nach Angaben der Staatsanwaltschaft ein Betrug.")
    assert ("zufolge", "trail") in cues("Paolo Ferri zufolge ist das kein Grund zur Panik.")
    assert ("so", "comma") in cues("Das sei nie verhandelt worden, so Faber.")
    assert ("hieß es", "hearsay") in cues("Das sei offen, hieß es aus Koalitionskreisen.")
    assert ("hört man", "hearsay") in cues("In der Stadt hört man den Satz oft.")
    assert ("according to", "lead") in cues("It grows, according to the authority.", "en")


def test_so_is_a_cue_only_after_a_comma():
    assert cues("Es gibt so viele Fragen.") == []


def test_possessive_cues_keep_their_owner():
    lex = quote_lexicon("de")
    text = "Die Lage werde sich ihrer Einschätzung nach bessern."
    found = find_cues(tokenize(text, 0, len(text), [], lex.abbreviations), lex)
    assert [(c.text, c.kind, c.owner) for c in found] == [("ihrer Einschätzung nach", "possessive", "ihrer")]
    en = quote_lexicon("en")
    text = "who, in his words, would not remember"
    found = find_cues(tokenize(text, 0, len(text), [], en.abbreviations), en)
    assert [(c.text, c.owner) for c in found] == [("in his words", "his")]


def test_a_passive_participle_is_no_cue():
    assert cues("Den Kunden seien Renditen versprochen worden.") == []
    assert ("versprochen", "participle") in cues("Der Bürgermeister hat uns versprochen, zu kommen.")


def test_manner_and_display_verbs_are_marked_as_such():
    assert cues("he laughed.", "en") == [("laughed", "manner")]
    assert cues("Auf dem Banner stand:") == [("stand", "display")]


def test_verbs_are_cues_only_in_lower_case():
    assert cues("Die Sagen der Antike.") == []
