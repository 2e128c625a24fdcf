"""People: names found by first name or title, merged by surname within one article."""

from __future__ import annotations

from generator.extract.people import find_people, read_paragraphs


def run(text: str, language: str = "de", **options):
    return find_people(text, read_paragraphs(text, [(0, len(text))]), language, **options)[0]


def people(text: str, language: str = "de") -> dict[str, list[str]]:
    return {p.name: [m.text for m in p.mentions] for p in run(text, language)}


def test_first_name_starts_a_name_and_the_surname_alone_is_merged():
    text = "Die Ministerin Katrin Albers sprach lange. Später sagte Albers, sie bleibe. Albers' Plan gilt."
    assert people(text) == {"Katrin Albers": ["Katrin Albers", "Albers", "Albers"]}


def test_title_before_a_surname_makes_a_person_named_by_the_surname():
    text = "Präsident Selenskyj reiste nach Brüssel. Dort sprach Selenskyj mit Journalisten."
    assert people(text) == {"Selenskyj": ["Selenskyj", "Selenskyj"]}


def test_compound_roles_are_titles_and_stay_out_of_the_name():
    text = "Der Außenminister Sergej Lawrow und US-Präsident Donald Trump telefonierten. Brigadekommandeur Oleh Tkatschuk schwieg."
    assert list(people(text)) == ["Sergej Lawrow", "Donald Trump", "Oleh Tkatschuk"]


def test_german_genitive_folds_to_the_nominative():
    text = "Wladimir Putin schwieg. Putins Sprecher widersprach. Wladimir Putins Haltung bleibt."
    assert people(text) == {"Wladimir Putin": ["Wladimir Putin", "Putins", "Wladimir Putins"]}


def test_english_possessive_is_not_part_of_the_mention():
    found = people("Donald Trump spoke. Trump's aides were silent.", "en")
    assert found == {"Donald Trump": ["Donald Trump", "Trump"]}


def test_a_noun_after_the_surname_is_not_part_of_the_name():
    assert list(people("Er glaubt, dass Katrin Müller Kinder hat.")) == ["Katrin Müller"]


def test_particles_initials_and_academic_titles():
    text = "Pieter van Dam und Donald J. Trump trafen Geschäftsführerin Dr. Anke Sommer."
    assert list(people(text)) == ["Pieter van Dam", "Donald J. Trump", "Anke Sommer"]
    assert list(people("Economy minister Pieter Van Damme said no.", "en")) == ["Pieter Van Damme"]


def test_common_words_listed_as_names_start_no_person():
    text = "Mein neues Buch ist da. Am Ende Jahres kam General Motors. Will Power said so."
    assert "Mein neues" not in people(text) and not any(n.startswith(("Am", "Mein")) for n in people(text))
    assert people("Will Parliament agree? Said Kohl.", "en") == {}


def test_a_multiword_title_is_not_a_name():
    found = people("Chief Financial Officer Priya Raman said the plan works.", "en")
    assert found == {"Priya Raman": ["Priya Raman"]}


def test_a_place_after_a_title_is_not_a_surname():
    found = run("Der Präsident Russlands sprach.", "de", not_a_name=lambda w: w.removesuffix("s") == "Russland")
    assert found == []


def test_two_people_with_one_surname_each_get_their_own_mentions():
    text = "Anna Kranz kam. Kranz lachte. Später kam Paul Kranz. Kranz ging."
    found = run(text)
    assert [(p.name, [m.start for m in p.mentions]) for p in found] == [
        ("Anna Kranz", [0, 16]),
        ("Paul Kranz", [41, 53]),
    ]


def test_role_gender_and_first_name_gender_are_kept():
    (person,) = run("Fraktionschefin Sabine Wagner sprach.")
    assert person.role_genders == ("female",) and person.first_gender == "female"


def test_taken_stretches_are_skipped():
    text = "Robert Koch sprach im Robert Koch-Institut."
    found = run(text, taken=frozenset({22, 29}))
    assert [p.name for p in found] == ["Robert Koch"]


def test_in_english_a_capitalised_word_before_a_first_name_makes_a_longer_name():
    assert list(people("Mayor Eric Adams of New York City spoke. Drills code-named Operation Amber Gate began.", "en")) == [
        "Eric Adams"
    ]
    assert list(people("Yesterday John Smith said no.", "en")) == ["John Smith"]  # a sentence opens with "Yesterday"


def test_a_german_article_is_no_particle_and_an_organisation_keeps_no_person_name():
    assert people("Die Halle der Spedition brannte.") == {}
    from generator.extract.context import Context
    from generator.extract.entities import find_entities
    from tests.test_entities import article

    a = article("Die Spedition Meyer & Partner brannte. Firmenchef Klaus Meyer war erschüttert.")
    found = {(e.type, e.name) for e in find_entities(Context(a, "de", a.paragraphs))}
    assert {("organization", "Meyer & Partner"), ("person", "Klaus Meyer")} <= found


def test_a_court_reports_initial_for_a_surname_is_a_name():
    text = "Die Staatsanwaltschaft wirft Jasmin K. schweren Betrug vor. Als Zeugin sagte Hannelore S. aus Iserlohn aus."
    assert list(people(text)) == ["Jasmin K.", "Hannelore S."]
    assert people("John F. Kennedy kam.", "en") == {"John F. Kennedy": ["John F. Kennedy"]}


def test_an_employer_after_von_der_is_not_part_of_the_name():
    assert list(people("Das schrieb Analystin Mareike Oswald von der Privatbank Lindquist.")) == ["Mareike Oswald"]
    assert list(people("Kommissionschefin Ursula von der Leyen reiste ab.")) == ["Ursula von der Leyen"]


def test_a_first_name_the_lists_lack_is_completed_from_a_title_and_surname():
    text = "The solicitor, Dev Raman of Carrow, wrote to them. Mr Raman said more was coming."
    assert people(text, "en") == {"Dev Raman": ["Dev Raman", "Raman"]}
    # A capitalised word that opens the sentence is no first name.
    assert list(people("Yesterday Mr Raman spoke. Raman left.", "en")) == ["Raman"]


def test_a_first_name_joined_by_and_to_a_full_name_shares_its_surname():
    text = "Jenny and Paul Whitaker had twenty minutes. Later Jenny said it was over."
    assert people(text, "en") == {"Jenny Whitaker": ["Jenny"], "Paul Whitaker": ["Paul Whitaker"]}
    assert list(people("Anna und Jonas Weber wohnen hier. Kate and William came.")) == ["Anna Weber", "Jonas Weber"]
