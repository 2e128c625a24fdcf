"""Naming speakers (generator/extract/speakers.py), read through find_quotes."""

from __future__ import annotations

import pytest

from generator.extract.quote_lexicon import quote_lexicon
from generator.extract.speakers import role_gender
from tests.quote_texts import only, quotes_of

MUELLER = {
    "Katrin Müller": ("female", ("Katrin Müller", "Müller")),
    "Jonas Hoffmann": ("male", ("Jonas Hoffmann", "Hoffmann")),
}


def test_a_surname_gets_the_canonical_name_and_keeps_its_words():
    q = only(
        quotes_of(
            "Finanzministerin Katrin Müller trat vor die Presse. „Wir sparen“, sagte Müller.", people=MUELLER
        ),
        "Wir",
    )
    assert (q.speaker, q.speaker_text) == ("Katrin Müller", "Müller")


def test_a_pronoun_takes_the_last_person_of_its_gender():
    found = quotes_of(
        "Jonas Hoffmann sagte dieser Zeitung: „Das reicht nicht.“ Er verlangte, Müller solle „endlich rechnen“.",
        people=MUELLER,
    )
    assert only(found, "endlich").speaker == "Jonas Hoffmann"
    found = quotes_of("Jonas Hoffmann traf Katrin Müller. „Gut“, sagte sie.", people=MUELLER)
    assert only(found, "Gut").speaker == "Katrin Müller"


def test_english_pronouns_and_the_subject_of_the_sentence_before():
    people = {
        "Gerd Haller": ("male", ("Gerd Haller", "Haller")),
        "Anton Kranz": ("male", ("Anton Kranz", "Kranz")),
    }
    found = quotes_of(
        "Ministerpräsident Gerd Haller gab am Abend bekannt, er halte an Kranz fest. "
        "Es gebe „keinen Anlass für Konsequenzen“, ließ er über seinen Sprecher mitteilen.",
        people=people,
    )
    assert only(found, "keinen").speaker == "Gerd Haller"  # the subject before, not the later mention


def test_a_definite_role_is_the_person_introduced_with_it():
    people = {"Anton Kranz": ("male", ("Anton Kranz", "Kranz"))}
    found = quotes_of(
        "Innenminister Anton Kranz kam spät. „Es tut mir leid“, sagte der Minister.", people=people
    )
    assert only(found, "Es tut").speaker == "Anton Kranz"
    people = {"Miriam Castellanos": ("female", ("Miriam Castellanos", "Castellanos"))}
    found = quotes_of(
        'He was sentenced, with the judge calling his scheme "cruel".',
        "U.S. District Judge Miriam Castellanos read the verdict.",
        language="en",
        people=people,
    )
    assert only(found, "cruel").speaker == "Miriam Castellanos"  # named only further down


def test_a_role_without_a_name_is_the_phrase_without_its_article():
    assert (
        only(quotes_of("Ein Sprecher der russischen Armee sprach von »Erfolgen«."), "Erfolgen").speaker
        == "Sprecher der russischen Armee"
    )
    assert (
        only(quotes_of("Der ukrainische Generalstab nannte das „falsch“."), "falsch").speaker
        == "ukrainische Generalstab"
    )
    found = quotes_of('A spokesman for the ministry said the number was "agreed".', language="en")
    assert only(found, "agreed").speaker == "spokesman for the ministry"


def test_a_name_in_apposition_beats_the_role():
    found = quotes_of("Ihr Sprecher, Oberst Khalid Ibrahim, sagte: „Wir kommen zurück.“")
    assert only(found, "Wir").speaker == "Khalid Ibrahim"
    found = quotes_of(
        "Der Vorsitzende des Hausärzteverbands, Uwe Sander, kritisierte die „verkorkste Kommunikation“."
    )
    assert only(found, "verkorkste").speaker == "Uwe Sander"


def test_a_role_and_a_name_without_entities_give_the_name():
    assert (
        only(quotes_of("„Nein“, sagte Oberstaatsanwältin Dr. Miriam Schäfer."), "Nein").speaker
        == "Miriam Schäfer"
    )
    assert (
        only(quotes_of("Pfeils Anwältin Serap Demir sprach von einem »guten Tag«."), "guten").speaker
        == "Serap Demir"
    )


def test_nobody_for_indefinites_and_things():
    assert (
        only(quotes_of("Im Viertel sagen viele nur noch: „Die Stadt schaut zu.“"), "Die Stadt").speaker
        is None
    )
    assert only(quotes_of("In der Stadt hört man oft den Satz: „Die da oben.“"), "Die da").speaker is None
    found = quotes_of('A fundraiser was set up. The page reads: "Please help them."', language="en")
    assert only(found, "Please").speaker is None
    found = quotes_of('Then someone in the crowd shouted: "Drinks are on Len!"', language="en")
    assert only(found, "Drinks").speaker is None


def test_a_group_with_a_quantifier_is_a_speaker():
    assert only(quotes_of("Viele Teilnehmer riefen „Weg mit dem Gesetz“."), "Weg").speaker == "Teilnehmer"


def test_an_age_noun_points_back_like_a_pronoun():
    found = quotes_of(
        "Eine frühere Pflegekraft schilderte als Zeugin die Abläufe. „Der Chef hat gelogen“, sagte die 38-Jährige."
    )
    assert only(found, "Der Chef").speaker == "frühere Pflegekraft"


def test_the_first_person_inside_a_quote_is_the_outer_speaker():
    found = quotes_of(
        "“He said, ‘Sit down,’ and I said I was sitting,” Tracy said.",
        language="en",
        people={"Tracy": ("female", ("Tracy",))},
    )
    assert only(found, "He said").speaker == "Tracy"


def test_a_shortened_organisation_takes_its_full_name():
    found = quotes_of(
        "Nach Angaben des Landesrechnungshofs fuhr der Minister privat.",
        "Laut Rechnungshof seien „erhebliche Mängel“ festgestellt worden.",
    )
    assert only(found, "erhebliche").speaker == "Landesrechnungshof"


def test_an_organisation_entity_names_the_speaker():
    people = {"Brightwater Outdoor": ("org", ("Brightwater Outdoor", "Brightwater"))}
    found = quotes_of(
        'Brightwater Outdoor fell. "We remain confident," Brightwater said.', language="en", people=people
    )
    assert only(found, "We remain").speaker == "Brightwater Outdoor"


def test_a_possessor_is_not_the_speaker():
    people = {
        "Reto Hänggi": ("male", ("Reto Hänggi", "Hänggi")),
        "Marco Pedrini": ("male", ("Marco Pedrini", "Pedrini")),
    }
    found = quotes_of("Hänggis Verteidiger Marco Pedrini sprach von einer «Vorverurteilung».", people=people)
    assert only(found, "Vorverurteilung").speaker == "Marco Pedrini"


def test_role_words_and_their_gender():
    de, en = quote_lexicon("de"), quote_lexicon("en")
    assert role_gender("oberstaatsanwältin", de) == (True, "female")
    assert role_gender("finma-sprecher", de) == (True, "male")
    assert role_gender("bürgermeisterin", de) == (True, "female")
    assert role_gender("pflegekraft", de)[0] and not role_gender("müller", de)[0]
    assert role_gender("spokeswoman", en) == (True, "female") and role_gender("judge", en) == (True, None)
    assert not role_gender("brown", en)[0]


def test_a_definite_role_names_the_person_just_introduced():
    people = {"Klaus-Dieter Wendland": ("male", ("Klaus-Dieter Wendland", "Wendland"))}
    found = quotes_of(
        "Besitzer Klaus-Dieter Wendland (63) versteht das nicht. „Bruno ist ein Hahn!“, sagt der Rentner.",
        people=people,
    )
    assert only(found, "Bruno").speaker == "Klaus-Dieter Wendland"
    # "die" with a man's role word is a plural: not the one person just named.
    found = quotes_of(
        "Yusuf Adam berichtete: „Die Kämpfer riefen ‚Raus!‘, dann schossen sie.“",
        people={"Yusuf Adam": ("male", ("Yusuf Adam",))},
    )
    assert only(found, "Raus").speaker == "Kämpfer"


def test_a_first_name_or_surname_alone_takes_the_full_name_spoken_before():
    found = quotes_of(
        "'I was out every night,' said Maureen Tully, 74.",
        "Maureen, who has had Biscuit since 2016, said she would buy 'the biggest cake'. 'He's home,' she said.",
        language="en",
    )
    assert [q.speaker for q in found] == ["Maureen Tully"] * 3


def _quotes(text: str, language: str):
    """The quotes the whole extractor finds, with the article's own entities."""
    from generator.extract import annotate
    from generator.ingest.paragraphs import join_paragraphs, split_paragraphs
    from generator.model import Article

    body, paragraphs = join_paragraphs(split_paragraphs(text))
    article = Article("t.txt", "t", "t", "0" * 64, "T", body, paragraphs, "2025-01-10", language=language)
    return annotate(article).quotes


def _speakers(text: str, language: str) -> dict[str, str | None]:
    """Quote text → speaker."""
    return {q.text: q.speaker for q in _quotes(text, language)}


def test_the_heads_own_name_beats_a_person_inside_its_apposition():
    found = _speakers(
        '"Bills are too high," said Priya Natarajan, chief executive of Lone Star Solar Cooperative.', "en"
    )
    assert found == {"Bills are too high,": "Priya Natarajan"}


def test_an_affiliation_after_the_name_is_not_a_possessor():
    found = _speakers("Laut Jens Pohlmann von Nordkap Research ist das Schlimmste „noch lange nicht ausgestanden“.", "de")
    assert found == {"noch lange nicht ausgestanden": "Jens Pohlmann"}


def test_a_pronominal_adverb_before_the_verb_is_no_subject():
    found = _speakers(
        "Die Angeklagte Jasmin K. ließ eine Erklärung verlesen. Darin räumte sie ein, „Fehler gemacht“ zu haben.", "de"
    )
    assert found == {"Fehler gemacht": "Jasmin K."}


def test_a_role_in_the_paragraph_of_the_one_woman_named_there():
    found = _speakers(
        "Als erste Zeugin sagte die 86-jährige Hannelore S. aus. „Ich habe ihm geglaubt“, sagte die Rentnerin.", "de"
    )
    assert found == {"Ich habe ihm geglaubt": "Hannelore S."}


def test_a_firm_with_an_ampersand_in_an_apposition():
    found = _speakers("The swimmers’ solicitor, Dev Raman of Carrow & Pike, said a letter would come ‘within days’.", "en")
    assert found == {"within days": "Dev Raman"}


def test_a_statement_from_an_organisation_is_the_organisations():
    found = _speakers('According to a statement from the Ministry of Defence, the drill was "routine and long planned".', "en")
    assert found == {"routine and long planned": "Ministry of Defence"}


def test_an_adjectives_own_phrase_stays_in_the_role():
    found = _speakers(
        'A person familiar with the matter said the deal was "basically done". "Fine," said sources close to the talks.', "en"
    )
    assert found == {"basically done": "person familiar with the matter", "Fine,": "sources close to the talks"}


def test_a_role_after_an_organisations_name_keeps_the_phrase_going():
    found = _speakers(
        'The White House press secretary, Karoline Leavitt, told reporters the president was "very disappointed".', "en"
    )
    assert found == {"very disappointed": "Karoline Leavitt"}


def test_hearsay_names_its_source_before_or_after_the_cue_but_not_a_time():
    found = _speakers(
        "Aus Regierungskreisen hieß es, man sei „vorsichtig optimistisch“. "
        "Vom Innenministerium hieß es am Abend, die Lage sei „unter Kontrolle“. "
        "Am Dienstag hieß es, das sei „vom Tisch“.",
        "de",
    )
    assert found == {
        "vorsichtig optimistisch": "Regierungskreisen",
        "unter Kontrolle": "Innenministerium",
        "vom Tisch": None,
    }


def test_a_possessive_role_is_the_person_introduced_with_it():
    found = _speakers(
        "Her death was confirmed by her nephew, Daniel Abernathy. "
        'According to her nephew, she "never once took the elevator."',
        "en",
    )
    assert found == {"never once took the elevator.": "Daniel Abernathy"}


def test_a_first_person_possessive_and_a_british_title_stay_out_of_the_speaker():
    assert _speakers("Mein Doktorvater sagte immer: „Gletscher haben keine Lobby.“", "de") == {
        "Gletscher haben keine Lobby.": "Doktorvater"
    }
    assert _speakers('"It is melting," said Dr Hannah Kessler, a glaciologist.', "en") == {
        "It is melting,": "Hannah Kessler"
    }


def test_a_role_takes_no_prepositional_phrase_and_no_addressee():
    found = _speakers(
        "Kultusministerin Petra Lindqvist verteidigte den Entwurf. „Wir schließen keine Schule“, "
        "sagte die Ministerin zu Beginn der Debatte. „Die ersten Stunden sind entscheidend“, "
        "sagte ein Sprecher von Afad der Nachrichtenagentur AFP.",
        "de",
    )
    assert found == {
        "Wir schließen keine Schule": "Petra Lindqvist",
        "Die ersten Stunden sind entscheidend": "Sprecher von Afad",
    }


def test_a_definite_role_is_the_fuller_phrase_that_introduced_it():
    found = _speakers(
        "A council spokesperson said extra caddies would be delivered. "
        "The spokesperson added that the council would 'monitor fly-tipping closely'.",
        "en",
    )
    assert found == {"monitor fly-tipping closely": "council spokesperson"}


def test_a_descriptor_before_an_organisations_name_is_dropped():
    assert _speakers("Die Gewerkschaft GEW sprach von „mindestens doppelt so vielen“ Standorten.", "de") == {
        "mindestens doppelt so vielen": "GEW"
    }
    assert _speakers("The charity Oxfam said the cuts were 'cruel'.", "en") == {"cruel": "Oxfam"}


def test_a_role_at_a_paragraphs_start_is_the_person_the_lede_named():
    found = _speakers(
        "Erna Kowalczyk (84) hat gestern einen Räuber gestoppt.\n\n"
        "„Der Kerl hat sich die Falsche ausgesucht!“, sagt die resolute Rentnerin.",
        "de",
    )
    assert found == {"Der Kerl hat sich die Falsche ausgesucht!": "Erna Kowalczyk"}


def test_a_separable_cue_attributes_the_quote_after_its_sentence():
    found = _speakers(
        "Hanna Wiesehügel hielt ihr vor, die Lage schönzureden. „Was Sie Verbund nennen, heißt Schulbus.“",
        "de",
    )
    assert found == {"Was Sie Verbund nennen, heißt Schulbus.": "Hanna Wiesehügel"}


def test_a_german_noun_before_a_name_introduces_her_for_later():
    found = _speakers(
        "Kämmerin Dr. Ulla Brinkhege brachte den Entwurf ein. Dann, so die Kämmerin, entscheide „nicht mehr der Kreistag“.",
        "de",
    )
    assert found == {"nicht mehr der Kreistag": "Ulla Brinkhege"}


def test_reported_speech_in_the_subjunctive_carries_the_speaker_to_a_bare_quote():
    found = _speakers(
        "Bernd Schöppner nannte die Kürzungen „einen Schlag ins Gesicht“. Wer auf dem Land wohne, "
        "sei auf den Bus angewiesen. „Ohne Bus kein Arzt, kein Einkauf. So einfach ist das.“",
        "de",
    )
    assert found["Ohne Bus kein Arzt, kein Einkauf. So einfach ist das."] == "Bernd Schöppner"


def test_at_carries_a_role_on_to_a_named_organisation_only():
    found = _speakers(
        'A senior official at the Alliance said the sides were "a few words apart." '
        '"No," said a senior official at a briefing.',
        "en",
    )
    assert found == {"a few words apart.": "senior official at the Alliance", "No,": "senior official"}


def test_a_bare_quote_after_a_sentence_its_speaker_opens_is_hers():
    found = _speakers(
        "Corinna Lämmel arbeitet seit 23 Jahren als Hebamme. Lämmel hält das für gefährlich. "
        "„Eine Geburt wartet nicht, bis die Baustelle vorbei ist.“",
        "de",
    )
    assert found == {"Eine Geburt wartet nicht, bis die Baustelle vorbei ist.": "Corinna Lämmel"}


def test_a_viewpoint_or_an_inverted_subject_before_a_colon_speaks():
    found = _speakers(
        "Für Bürgermeisterin Christine Herzberg ist klar: „Wenn das Werk nicht kommt, verlieren wir Arbeitsplätze.“ "
        "So sieht es auch Betriebsrat Sven Kottwitz: „Die Kollegen fühlen sich verschaukelt.“",
        "de",
    )
    assert found == {
        "Wenn das Werk nicht kommt, verlieren wir Arbeitsplätze.": "Christine Herzberg",
        "Die Kollegen fühlen sich verschaukelt.": "Sven Kottwitz",
    }


def test_an_unnamed_speaker_who_gives_a_first_name_is_filed_under_it():
    found = _speakers(
        '"I filed in July," said one homeowner, who asked to be identified only by her first name, Denise, '
        "because she is still negotiating.",
        "en",
    )
    assert found == {"I filed in July,": "Denise"}


def test_a_subject_after_the_verb_of_an_opening_phrase_speaks_before_a_colon():
    found = _speakers(
        "In Heilbronn, wo rund 700 Stellen wegfallen sollen, zeigte sich Oberbürgermeister Harald Mergenthaler "
        "(CDU) betroffen: „Für unsere Stadt ist das eine bittere Nachricht.“ "
        "Am späten Abend meldete sich auch Landrätin Eva Brandt zu Wort: „Wir helfen, wo wir können.“ "
        "Im Gemeinderat sieht man das anders: „Das kommt zu spät.“",
        "de",
    )
    assert found == {
        "Für unsere Stadt ist das eine bittere Nachricht.": "Harald Mergenthaler",
        "Wir helfen, wo wir können.": "Eva Brandt",
        "Das kommt zu spät.": None,
    }


def test_a_pronoun_after_the_verb_is_the_subject_when_the_object_comes_first():
    found = _speakers(
        "Kremlsprecher Arkadi Wolkow sprach in Moskau. Berichte über zivile Opfer bezeichnete er als "
        "„westliche Propaganda“. Die Ministerin Anna Roth kam später. Den Vorwurf wies sie zurück: „Das ist falsch.“ "
        "Ein Sprecher der Stadt sagte, man prüfe das. Die Pläne nannte er „unausgegoren“.",
        "de",
    )
    assert found == {
        "westliche Propaganda": "Arkadi Wolkow",
        "Das ist falsch.": "Anna Roth",
        "unausgegoren": "Sprecher der Stadt",
    }


def test_a_role_that_opens_the_sentence_before_is_who_a_pronoun_or_a_bare_quote_means():
    english = _speakers(
        "Interior minister George Albers unveiled the plan on Monday. A spokesman for the county rejected "
        'the claims. "We met every condition," he said. A spokeswoman for the port defended the fees. '
        '"They have not risen in years."',
        "en",
    )
    german = _speakers(
        "Innenminister Georg Albers (CSU) hatte den Plan vorgestellt. Ein Sprecher des Landkreises verteidigte "
        "die Entscheidung. „Wir haben alle Auflagen erfüllt“, sagte er.",
        "de",
    )
    assert english == {
        "We met every condition,": "spokesman for the county",
        "They have not risen in years.": "spokeswoman for the port",
    }
    assert german == {"Wir haben alle Auflagen erfüllt": "Sprecher des Landkreises"}


def test_the_democrat_is_the_person_introduced_as_one_or_the_one_just_named():
    found = _speakers(
        'Senator Maria Delgado, a Democrat from Albuquerque, opposed the bill. "It is cruel," the Democrat said. '
        'Rep. John Hale disagreed. "It is fair," the Republican said.',
        "en",
    )
    assert found == {"It is cruel,": "Maria Delgado", "It is fair,": "John Hale"}


def test_a_contracted_pronoun_is_no_name_and_a_relative_clause_speaks_for_its_antecedent():
    found = _speakers(
        "We'd love to hear him say that to Edna Fairweather, 81, who told us she stopped driving because "
        '"I don\'t want some computer knowing where I go." '
        "\"We've heard from families who were told that solar is 'for rich people,'\" Natarajan said.",
        "en",
    )
    assert found["I don't want some computer knowing where I go."] == "Edna Fairweather"
    assert found["for rich people,"] is None


def test_a_passive_cue_names_its_agent_after_by_and_signs_say_nothing():
    found = _speakers(
        "Judge Ana Ortiz spoke. Ortiz read aloud from a letter written by the town's former fire chief, "
        'Walt Emery: "When the money was gone, we sold the ladder truck." '
        '"We will fight this," Mayor Sam Reed said by phone. '
        'Signs around the room read "Kids Are Not a Line Item."',
        "en",
    )
    assert found == {
        "When the money was gone, we sold the ladder truck.": "Walt Emery",
        "We will fight this,": "Sam Reed",
        "Kids Are Not a Line Item.": None,
    }


def test_court_report_roles_a_new_pensioner_and_an_accused_who_is_not_the_judge():
    found = _speakers(
        "„Sie haben das Vertrauen missbraucht“, sagte der Vorsitzende Richter Thomas Brüggemann.\n\n"
        "Der Angeklagte, der während des Prozesses geschwiegen hatte, nahm das Urteil regungslos auf. "
        "In seinem letzten Wort hatte er gesagt: „Ich wollte nie jemandem schaden.“\n\n"
        "Eine 74-jährige Rentnerin aus Melle, die 80.000 Euro verloren hat, sagte: „Das Geld sehe ich nie wieder.“",
        "de",
    )
    assert found == {
        "Sie haben das Vertrauen missbraucht": "Thomas Brüggemann",
        "Ich wollte nie jemandem schaden.": "Angeklagte",
        "Das Geld sehe ich nie wieder.": "74-jährige Rentnerin",
    }


def test_add_to_is_no_cue_but_added_is():
    found = _speakers(
        'The findings add to evidence that start times may be "fundamentally mismatched" with biology, '
        'the authors wrote. "Nothing is settled," the lead author added.',
        "en",
    )
    assert found == {"fundamentally mismatched": "authors", "Nothing is settled,": "lead author"}


def test_signs_say_slogans_without_a_speaker():
    german = _speakers(
        "Viele hielten Schilder mit der Aufschrift „Kinder sind keine Kostenstelle“ hoch. "
        "Auf einem Plakat stand „Hände weg von der Kita“. Sie aßen danach im Gasthaus „Zur Post“.",
        "de",
    )
    english = _speakers('Signs around the room read "Save Lincoln" and "Kids Are Not a Line Item."', "en")
    assert german == {"Kinder sind keine Kostenstelle": None, "Hände weg von der Kita": None, "Zur Post": None}
    assert english == {"Save Lincoln": None, "Kids Are Not a Line Item.": None}
    assert [q.kind for q in quotes_of("Auf einem Plakat stand „Hände weg von der Kita“.")] == ["direct"]


def test_a_role_keeps_a_complement_with_a_number_but_not_a_date():
    found = _speakers(
        "„Wir warten seit Jahren“, heißt es in einer Stellungnahme der Initiative Long Covid Deutschland vom Mittwoch. "
        "„Das lohnt sich kaum“, sagte eine Mutter von zwei Kindern.",
        "de",
    )
    assert found == {"Wir warten seit Jahren": "Long Covid Deutschland", "Das lohnt sich kaum": "Mutter von zwei Kindern"}


def test_the_airline_is_the_one_organisation_named_and_a_name_given_only_as_counts():
    found = _speakers(
        "In a statement, Skyline Airways said seven passengers were hurt. The airline said it was "
        '"cooperating fully" with investigators. Another passenger, who gave his name only as Marcus, '
        'told reporters: "Nobody had any warning." The council\'s chief executive, Helen Marsh, spoke later. '
        '"It\'s a pilot," she said.',
        "en",
    )
    assert found == {
        "cooperating fully": "Skyline Airways",
        "Nobody had any warning.": "Marcus",
        "It's a pilot,": "Helen Marsh",
    }


def test_the_union_is_not_the_organisation_that_spoke_of_the_union():
    found = _speakers(
        "The Atlantic Maritime Alliance, which represents port employers, said the union's demands were too high. "
        'The union said its members would stay out "as long as it takes."',
        "en",
    )
    assert found == {"as long as it takes.": "union"}


def test_a_report_goes_on_past_a_side_clause_and_a_reporters_question():
    found = _speakers(
        "Dirk M. (47) hat gewonnen. Bei Westlotto bestätigte eine Sprecherin den Gewinn. Der Mann habe sich "
        "„völlig ruhig und bodenständig“ gezeigt, als er sich am Dienstag meldete.\n\n"
        "„Vor allem will ich das“, sagt Dirk M. Und die Baustelle? „Die mach ich noch fertig.“",
        "de",
    )
    assert found == {
        "völlig ruhig und bodenständig": "Sprecherin",
        "Vor allem will ich das": "Dirk M.",
        "Die mach ich noch fertig.": "Dirk M.",
    }


def test_a_family_is_a_noun_and_a_known_person_speaks_to_a_paper():
    english = _speakers('The victim\'s family said in a statement that they were "devastated".', "en")
    german = _speakers(
        "Eine 81-jährige Frau aus Emmendingen hatte ihre Karte übergeben. „Ich habe mich geschämt“, sagte die Frau "
        "der Badischen Zeitung. „Wir prüfen das“, sagte ein Sprecher der Deutschen Presse-Agentur.",
        "de",
    )
    assert english == {"devastated": "victim's family"}
    assert german == {"Ich habe mich geschämt": "81-jährige Frau", "Wir prüfen das": "Sprecher der Deutschen Presse-Agentur"}


def test_a_second_role_for_the_person_just_named_in_the_paragraph():
    found = _speakers(
        "„Das tut weh“, sagte Trainer Markus Feldkamp.\n\n"
        "Kapitän Jonas Reiter sah es ähnlich. „Wir müssen lernen“, sagte der Innenverteidiger am Sky-Mikrofon.",
        "de",
    )
    assert found == {"Das tut weh": "Markus Feldkamp", "Wir müssen lernen": "Jonas Reiter"}


def test_a_gapped_subject_shares_the_cue_and_its_preposition_but_an_object_does_not():
    german = _speakers(
        "Die FDP spricht von einem „Bürokratiemonster“, die Linke von „sozialer Kälte“. "
        "Ministerin Anna Roth bezeichnete den Plan als „Unsinn“, die Reform als „überfällig“.",
        "de",
    )
    assert german == {
        "Bürokratiemonster": "FDP", "sozialer Kälte": "Linke", "Unsinn": "Anna Roth", "überfällig": "Anna Roth",
    }


def test_a_birth_name_is_the_person_named_before_and_a_role_names_a_pronoun_ahead():
    obituary = _speakers(
        "Margaret Lindqvist, a bridge engineer, died on April 22. Born Margaret Hale in Dundee in 1933, she "
        "studied engineering. \"We didn't,\" she told an interviewer.\n\n"
        "Ruth Abernathy, a geologist, has died. Ruth Eleanor Mays was born in Duluth. \"I touched everything,\" she said.",
        "en",
    )
    mayor = _speakers(
        "The mayor of Brookfield has defended a post in which he described the libraries as "
        '"a luxury we can no longer afford." "Every dollar counts," Mayor Tom Ricketts wrote on X.',
        "en",
    )
    assert obituary == {"We didn't,": "Margaret Lindqvist", "I touched everything,": "Ruth Abernathy"}
    assert mayor == {"a luxury we can no longer afford.": "Tom Ricketts", "Every dollar counts,": "Tom Ricketts"}


def test_a_firm_with_an_ampersand_and_the_plural_role_it_introduced():
    found = _speakers(
        'Analysts at Morrow & Keane wrote in a note that the cut was "bigger than feared". '
        '"The question now is whether volumes hold up," the analysts wrote.',
        "en",
    )
    assert found == {
        "bigger than feared": "Analysts at Morrow & Keane",
        "The question now is whether volumes hold up,": "Analysts at Morrow & Keane",
    }


def test_a_role_with_an_apposition_that_opens_the_sentence_before_is_she():
    found = _speakers(
        "Das Gericht entschied am Dienstag. Die Mieterin, eine 27-jährige Pflegekraft, zeigte sich erleichtert. "
        "„Ich habe zwei Jahre lang bezahlt“, sagte sie dem Bayerischen Rundfunk.",
        "de",
    )
    assert found == {"Ich habe zwei Jahre lang bezahlt": "Mieterin"}


def test_one_of_them_is_one_of_the_group_that_spoke_before():
    found = _speakers(
        'No decision has been made, the officials said. One of them said the review was "about efficiency."',
        "en",
    )
    assert found == {"about efficiency.": "officials"}


def test_a_name_without_its_accents_and_the_frenchwoman():
    found = _speakers(
        'Qualifier Eliska Novak won in Linz. "I still can\'t believe it," Novak told reporters. '
        'Camille Arnaud, who won in Paris in 2023, was gracious. "She played unbelievable tennis," the Frenchwoman said.',
        "en",
    )
    assert found == {"I still can't believe it,": "Eliska Novak", "She played unbelievable tennis,": "Camille Arnaud"}


def test_a_number_introduces_a_plural_role_for_a_later_the_officials():
    found = _speakers(
        "The Pentagon is weighing a withdrawal, according to three U.S. officials familiar with the deliberations. "
        'No decision has been made, the officials said. One of them said the review was "about efficiency."',
        "en",
    )
    assert found == {"about efficiency.": "U.S. officials familiar with the deliberations"}


def test_an_age_noun_is_the_person_just_named_even_when_no_subject():
    found = _speakers(
        "„Wir waren zu Beginn schlecht“, räumte Trainer Sven Kallweit ein. Bester Werfer war "
        "Rückraumspieler Ole Brandstätter mit neun Toren. Der 23-Jährige, der im Sommer aus Flensburg "
        "gekommen war, zeigte sich bescheiden: „Ohne die Abwehr hätte ich nichts getroffen.“",
        "de",
    )
    assert found["Ohne die Abwehr hätte ich nichts getroffen."] == "Ole Brandstätter"


def test_a_relative_clause_after_the_subject_leaves_the_phrase_before_the_colon_as_cue():
    (quote,) = _quotes("Anna Roth, die im Sommer aus Kiel gekommen war, zeigte sich bescheiden: „Wir sind gut.“", "de")
    assert (quote.speaker, quote.cue) == ("Anna Roth", "zeigte sich bescheiden")


def test_a_konjunktiv_in_e_after_a_subject_goes_on_with_the_last_speaker():
    found = _speakers(
        "„Kinder gehen hungrig in den Unterricht“, rief die Abgeordnete Derya Kaplan. "
        "Die Landesregierung verstecke sich „hinter Rechenspielen“. "
        "„Wir gehen“, sagte Anna Roth. Die Regierung versteckte sich „hinter Zahlen“.",
        "de",
    )
    assert found["hinter Rechenspielen"] == "Derya Kaplan"
    assert found["hinter Zahlen"] is None  # past tense in -te: the reporter's own words


def test_an_adjective_noun_takes_the_gender_of_its_article():
    found = _speakers(
        "Oberstaatsanwältin Birgit Lanz sprach von „krimineller Energie“.\n\n"
        "Die Angeklagte selbst ergriff am Ende das Wort. „Es tut mir leid“, sagte sie leise.",
        "de",
    )
    assert found["Es tut mir leid"] == "Angeklagte"


def test_a_demonstrative_role_opens_the_sentence_before_a_perfect_cue():
    found = _speakers(
        "Dieser Buchhalter, ein 61-Jähriger aus Wetzlar, war im Januar verurteilt worden. "
        "Er hatte damals ausgesagt, er habe nur „auf Anweisung“ gehandelt.",
        "de",
    )
    assert found == {"auf Anweisung": "Buchhalter"}


def test_a_letter_without_owner_is_that_of_the_subject_just_before():
    found = _speakers(
        "„Wir warten“, sagte Derya Kaplan.\n\nAuch der Landeselternrat drängt zur Eile. In einem Brief an alle "
        "Fraktionen, der dieser Zeitung vorliegt, heißt es: „Gesundes Essen darf keine Frage des Geldes sein.“",
        "de",
    )
    assert found["Gesundes Essen darf keine Frage des Geldes sein."] == "Landeselternrat"


def test_an_acronym_of_an_organisation_named_before_and_a_firm_named_by_its_first_word():
    found = _speakers(
        "Data of customers of Helix Mobile may have been exposed. In a statement, Helix said there was "
        "\"no evidence\" of misuse. It informed the Information Commissioner's Office. "
        'The ICO confirmed it was "making enquiries".',
        "en",
    )
    assert found == {"no evidence": "Helix Mobile", "making enquiries": "Information Commissioner's Office"}


def test_a_brazilian_first_name_makes_a_person_for_the_surname_later():
    found = _speakers(
        "Harbour City have signed Brazilian winger Thiago Mendes from Estrela. "
        '"This is a dream for me," Mendes said.',
        "en",
    )
    assert found == {"This is a dream for me,": "Thiago Mendes"}


def test_a_name_in_apposition_to_a_role_opening_the_sentence_is_the_pronoun_after():
    found = _speakers(
        'Jenny Whitaker came home. Their daughter, Megan, who lives in Manchester, set up a fundraiser. '
        '"Mum and Dad were the lucky ones," she said.',
        "en",
    )
    assert found == {"Mum and Dad were the lucky ones,": "Megan"}


def test_a_quoted_outlet_that_is_the_subject_of_its_cue_is_a_term():
    found = _quotes("Wie das „Rheinische Tagblatt“ unter Berufung auf Kreise berichtet, soll das Land zahlen.", "de")
    assert [(q.kind, q.speaker) for q in found] == [("term", None)]


def test_a_person_named_in_this_paragraph_beats_a_subject_of_an_earlier_one():
    found = _speakers(
        "Pflegerin Svetlana Koch schiebt den Wagen. „Heute zählen wir Minuten“, sagt sie.\n\n"
        "In Zimmer 14 wohnt Hildegard Brenner, 91 Jahre alt. Sie lobt das Personal, „die Mädchen“, wie sie sagt.",
        "de",
    )
    assert found["die Mädchen"] == "Hildegard Brenner"


def test_a_bare_quote_after_a_sentence_whose_subject_is_a_pronoun():
    found = _speakers(
        "In Zimmer 14 wohnt Hildegard Brenner. Über die Zustände will sie nicht klagen. "
        "„Die geben sich so viel Mühe.“",
        "de",
    )
    assert found == {"Die geben sich so viel Mühe.": "Hildegard Brenner"}


def test_darin_heisst_es_is_the_letter_of_the_pronoun_before():
    found = _speakers(
        "Ihre Tochter Monika Brenner besucht sie oft. Sie hat einen Brief an den Landtag geschrieben. "
        "Darin heißt es: „Meine Mutter hat ein Recht auf Würde.“",
        "de",
    )
    assert found == {"Meine Mutter hat ein Recht auf Würde.": "Monika Brenner"}


def test_a_participle_after_a_prepositional_object_speaks_for_the_clause_subject():
    found = _speakers(
        'Rao said a colleague had burst into her office shouting "It\'s water!" at 2 a.m.', "en"
    )
    assert found == {"It's water!": "colleague"}


def test_a_participle_after_a_subject_with_an_apposition_and_a_relative_subject():
    found = _speakers(
        'The chancellor, Rachel Whitmore, has defended the freeze, insisting the alternative was "deeper cuts".\n\n'
        "Fiona Marsh appealed for witnesses.\n\n"
        "A woman who lives above the takeaway, and who asked not to be named, said she had heard shouting. "
        '"Then someone screamed \'he\'s been stabbed\', and everyone ran," she said.',
        "en",
    )
    assert found["deeper cuts"] == "Rachel Whitmore"
    assert found["Then someone screamed 'he's been stabbed', and everyone ran,"] == "woman"


def test_a_lower_case_utterance_right_after_its_cue_is_direct():
    kinds = {q.text: q.kind for q in _quotes("Someone screamed 'he's been stabbed', and they ran. "
                                             'They demanded "an immediate ceasefire".', "en")}
    assert kinds == {"he's been stabbed": "direct", "an immediate ceasefire": "partial"}


def test_the_statement_of_the_club_is_the_one_organisation_named():
    found = _speakers(
        "Der SV Rotweil hat sich von Trainer Dirk Hansen getrennt. „Es war schwer“, sagte Sportvorstand "
        "Marcel Quandt. In der Mitteilung des Vereins heißt es zudem, man danke Hansen „für seinen Einsatz“.",
        "de",
    )
    assert found["für seinen Einsatz"] == "SV Rotweil"


def test_identified_only_as_gives_the_name_and_its_gender_for_the_pronoun():
    found = _speakers(
        'Dr. Helen Marsh said staff were "working flat out".\n\n'
        "One patient, a 78-year-old woman who asked to be identified only as Margaret, said she had waited. "
        '"The nurses were wonderful," she said.',
        "en",
    )
    assert found["The nurses were wonderful,"] == "Margaret"


def test_a_german_nationality_noun_is_the_person_just_named():
    found = _speakers(
        "„Das ist schwer“, sagte Kremlsprecher Juri Wolkow.\n\n"
        "Der EU-Außenbeauftragte Pieter Vandersloot sprach von einer „verpassten Chance“. "
        "„Wer eine Waffenruhe ablehnt, will keinen Frieden“, sagte der Belgier in Luxemburg.",
        "de",
    )
    assert found["Wer eine Waffenruhe ablehnt, will keinen Frieden"] == "Pieter Vandersloot"


def test_a_statement_from_an_owner_ends_before_its_verb():
    found = _speakers('A statement from Pennant read: "The board continues to believe in the offer."', "en")
    assert found == {"The board continues to believe in the offer.": "Pennant"}


def test_a_surname_is_the_full_name_seen_before_even_with_an_unknown_first_name():
    found = _speakers("Ethiopia's Tigist Alemu won the race. Then Alemu left. \"I felt strong,\" Alemu said.", "en")
    assert found == {"I felt strong,": "Tigist Alemu"}


def test_one_of_a_group_with_a_named_apposition_is_that_person():
    found = _speakers("Eine der Unterzeichnerinnen, die Hebamme Jana Kowalski, sagte: „Wir haben gewarnt.“", "de")
    assert found == {"Wir haben gewarnt.": "Jana Kowalski"}
    found = _speakers('One of the signatories, nurse Jana Kowalski, said: "We warned them."', "en")
    assert found == {"We warned them.": "Jana Kowalski"}


def test_a_count_before_a_role_is_no_part_of_the_speaker():
    found = _speakers("In einem offenen Brief schreiben 23 Pflegekräfte, die Schließung sei „seit Monaten absehbar“.", "de")
    assert found == {"seit Monaten absehbar": "Pflegekräfte"}


def test_a_name_inside_a_prepositional_phrase_is_no_subject_but_one_after_the_verb_is():
    found = _speakers(
        "Vor dem Derby hat Trainer Markus Pichler Sorgen eingeräumt. Neben Stürmer Leon Adu fällt auch "
        "Tim Krüger aus. „Wir werden eine Lösung finden“, sagte der Österreicher am Montag.",
        "de",
    )
    assert found == {"Wir werden eine Lösung finden": "Markus Pichler"}


def test_the_group_is_the_organisation_introduced_as_one():
    found = _speakers(
        "The protest was organised by the group Last Harvest. Terminal operator Northway Energy said the "
        'blockade delayed two tankers. The group said it would return "within weeks".',
        "en",
    )
    assert found == {"within weeks": "Last Harvest"}


def test_als_with_a_noun_before_the_verb_opens_a_main_clause():
    found = _speakers(
        "Seine Verteidigerin Katrin Hösl kündigte an, ihr Mandant werde sich „später“ äußern.\n\n"
        "Als erste Zeugin sagte die Verkäuferin aus. „Ich dachte, ich sterbe“, schilderte die 27-Jährige.",
        "de",
    )
    assert found["Ich dachte, ich sterbe"] == "Verkäuferin"


def test_verraten_is_a_cue_and_a_bare_quote_after_it_goes_on():
    found = _speakers(
        "Ihr Manager Rüdiger Kahl verriet gegenüber RTL, die Sängerin habe seit Wochen gekämpft. "
        "„Sie wollte die Fans nicht enttäuschen.“",
        "de",
    )
    assert found == {"Sie wollte die Fans nicht enttäuschen.": "Rüdiger Kahl"}


def test_a_passive_speech_verb_names_no_speaker_but_keeps_the_fragment_reported():
    found = {q.text: (q.kind, q.speaker) for q in _quotes(
        "Families have been told for years that solar is \"for rich people\", the mayor said.", "en"
    )}
    assert found["for rich people"] == ("partial", None)


def test_a_pronoun_right_before_the_verb_is_its_subject_in_a_free_relative():
    found = _speakers(
        "Loretta Vance was arrested on Monday. Prosecutors said Vance charged clients up to $80,000 "
        'for what she called a "full-service package."',
        "en",
    )
    assert found == {"full-service package.": "Loretta Vance"}


def test_the_participle_gesprochen_is_a_cue_for_von_and_its_fragment():
    found = {q.text: (q.kind, q.speaker) for q in _quotes(
        "Die Opposition im Landtag hatte damals von einem „Fass ohne Boden“ gesprochen. "
        "Von einem „Wasserstoff-Winter“ hat sie nicht gesprochen.",
        "de",
    )}
    assert found["Fass ohne Boden"] == ("partial", "Opposition")
    assert found["Wasserstoff-Winter"] == ("term", None)


def test_war_zu_hoeren_is_hearsay_with_its_source_before():
    found = {q.text: (q.kind, q.speaker) for q in _quotes(
        "Aus der CDU-Fraktion war zu hören, man sei die „Dauerblockade“ der Liberalen leid.", "de"
    )}
    assert found == {"Dauerblockade": ("partial", "CDU-Fraktion")}


def test_a_sentence_that_ends_in_its_cue_announces_reported_speech():
    text = "Der Geschäftsführer Matthias Fendt widersprach. Alle acht Standorte blieben erhalten, allerdings mit „klareren Schwerpunkten“."
    assert {q.text: (q.kind, q.speaker) for q in _quotes(text, "de")} == {"klareren Schwerpunkten": ("partial", "Matthias Fendt")}
    other = text.replace("widersprach", "sagte nichts")
    assert {q.text: q.kind for q in _quotes(other, "de")} == {"klareren Schwerpunkten": "term"}


def test_one_of_them_belongs_to_the_group_named_as_a_subject_before():
    found = _speakers(
        "Outside the gates on Monday evening, workers leaving the second shift were angry. "
        "A group of them stood around a burn barrel.\n\n"
        '"They gave us a pizza party in October," one of them said.',
        "en",
    )
    assert found == {"They gave us a pizza party in October,": "workers"}
    found = _speakers(
        "Two employees, who spoke on condition of anonymity, said engineers in the Dublin office had been told.\n\n"
        '"People are scared," one of them said.',
        "en",
    )
    assert found == {"People are scared,": "employees"}


def test_an_object_relative_has_its_own_subject_after_it():
    found = _speakers(
        'The council voted to close five libraries, a decision that opponents called "an act of vandalism" '
        'and that council leaders said was "forced on them."',
        "en",
    )
    assert found["an act of vandalism"] == "opponents"


def test_a_role_from_an_organisation_keeps_its_complement():
    found = _speakers('"In the end a guy from the airline just said, \'Go to a hotel.\'" said Jonas Eriksen, 29.', "en")
    assert found["Go to a hotel."] == "guy from the airline"
    assert _speakers('A nurse from the hospital said, "Go home."', "en") == {"Go home.": "nurse from the hospital"}


def test_a_second_surname_belongs_to_the_name_in_english():
    found = _speakers(
        'Denmark\'s defence minister, Henrik Lund Sørensen, said the sightings fitted a pattern of "hybrid attacks".', "en"
    )
    assert found == {"hybrid attacks": "Henrik Lund Sørensen"}


def test_a_definite_role_re_mentions_the_unnamed_person_introduced_before():
    found = _speakers(
        "Zuvor hatte eine frühere Referatsleiterin ausgesagt. Sie habe vor dem Händler gewarnt, sagte die Beamtin. "
        "Ihre Bedenken seien aber „vom Tisch gewischt“ worden.",
        "de",
    )
    assert found == {"vom Tisch gewischt": "frühere Referatsleiterin"}
    found = _speakers(
        "Am 17. Januar hatte sie einem angeblichen Kriminalbeamten Geld übergeben. "
        "„Der Mann hat geweint“, sagte der Polizist.",
        "de",
    )
    assert found["Der Mann hat geweint"] == "Polizist"


def test_she_is_no_organisation_and_one_of_them_survives_a_relative_clause():
    found = _speakers(
        'Ridgeview Health said it had detected "suspicious activity". In a statement, the company said care '
        '"remains our top priority".\n\n'
        "Two nurses described chaotic scenes. One of them, who asked not to be named, said doctors could not see "
        'results. "We were running lab results down the hall," she said.',
        "en",
    )
    assert found["remains our top priority"] == "Ridgeview Health"
    assert found["We were running lab results down the hall,"] == "nurses"


def test_an_age_noun_subject_stands_for_the_role_named_just_before():
    found = _speakers(
        "Im Prozess hat der Angeklagte am Dienstag jede Beteiligung bestritten. Der 31-Jährige ließ über seine "
        "Verteidigerin Annika Roloff eine Erklärung verlesen. Darin heißt es, er sei „zu Hause gewesen“.",
        "de",
    )
    assert found == {"zu Hause gewesen": "Angeklagte"}


def test_added_with_an_object_is_no_speech():
    found = _speakers(
        "The Financial Conduct Authority said on Tuesday that the bank had pushed borrowers into plans, and in "
        'some cases had added fees that "compounded the harm."',
        "en",
    )
    assert found == {"compounded the harm.": "Financial Conduct Authority"}


def test_i_kept_telling_gives_a_nested_quote_to_the_narrator():
    found = _speakers(
        "Their mother, Rosa Sandoval, said she had not slept. \"I kept telling everybody, 'They are smart, "
        "they will wait for help,'\" she said.",
        "en",
    )
    assert found["They are smart, they will wait for help,"] == "Rosa Sandoval"


def test_a_participle_cue_on_a_document_is_the_documents_not_the_clause_subject():
    found = _speakers(
        "The safety board said the city had received at least four inspection reports since 2017 warning of "
        '"advanced section loss" in the cables.',
        "en",
    )
    assert found == {"advanced section loss": None}


def test_a_display_verb_after_a_quote_gives_words_nobody_says():
    found = {q.text: (q.kind, q.speaker) for q in _quotes("„Weg damit“, stand auf einem Schild. „Das ist gut“, stand er auf.", "de")}
    assert found["Weg damit"] == ("direct", None)
    assert found["Das ist gut"][0] == "term"
    assert {q.text: (q.kind, q.speaker) for q in _quotes('"Save our pool," read one sign.', "en")} == {
        "Save our pool,": ("direct", None)
    }


def test_a_dateline_dash_before_a_function_word_does_not_swallow_the_name():
    found = _speakers(
        "BOSTON — When Maya Okonkwo-Reyes sat down for the final round on Sunday, she needed only a draw.\n\n"
        "\"I didn't want it,\" she said.\n\nHer coach, Grandmaster Viktor Lessing, said he had tried. "
        '"She looked at me like I was crazy," he said.',
        "en",
    )
    assert found == {"I didn't want it,": "Maya Okonkwo-Reyes", "She looked at me like I was crazy,": "Viktor Lessing"}


def test_a_wire_dateline_with_a_hyphen_does_not_swallow_the_name_either():
    found = _speakers(
        'WASHINGTON (Reuters) - After Maria Lopez won the primary, she thanked voters.\n\n"It was close," she said.', "en"
    )
    assert found == {"It was close,": "Maria Lopez"}


def test_a_subject_pronoun_after_a_fronted_phrase_is_the_speaker_even_before_a_noun():
    # "räumte er Fehler ein": the pronoun stands before the verb's capitalised object
    found = _speakers(
        "Präsident Udo Wendlandt sprach von einer Krise. Vor rund 400 Fans im Vereinsheim räumte er Fehler ein: "
        "„Wir haben Spieler geholt, die wir uns nicht leisten konnten.“",
        "de",
    )
    assert found == {"Wir haben Spieler geholt, die wir uns nicht leisten konnten.": "Udo Wendlandt"}


def test_a_participle_after_its_noun_is_no_cue():
    # "the pattern described in the report": passive, so "said" keeps the quote
    found = _speakers(
        'Priya Raman, a biologist, said the pattern described in the report was "very hard to explain as an accident."',
        "en",
    )
    assert found == {"very hard to explain as an accident.": "Priya Raman"}


def test_an_organisation_named_after_an_unknown_town_speaks_under_its_full_name():
    (q,) = _quotes("Der Tierschutzverein Brackenfeld spricht von einer Lage „weit über jeder Belastungsgrenze“.", "de")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Tierschutzverein Brackenfeld", "spricht von")


def test_a_title_short_for_a_role_introduces_the_person_the_role_names_later():
    (q,) = _quotes(
        'Gov. Ellen Marsh urged both sides to talk. "Every idle day costs money," the governor said.', "en"
    )
    assert (q.speaker, q.cue) == ("Ellen Marsh", "said")


def test_the_company_is_the_organisation_that_spoke_last_when_several_are_named():
    found = _quotes(
        "Workers of the Dockers Association walked out on Monday.\n\n"
        'The operator, Atlantic Terminal Partners, called the walkout "premature." '
        'In a statement, the company said it had offered "a generous package."',
        "en",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("premature.", "Atlantic Terminal Partners"), ("a generous package.", "Atlantic Terminal Partners"),
    ]


@pytest.mark.parametrize(
    "before",
    [
        "Bürgermeisterin Petra Lindner (CSU) warnte vor überzogenen Erwartungen.",  # a party in brackets
        "Bürgermeisterin Petra Lindner zeigte sich offen, warnte aber vor überzogenen Erwartungen.",  # a shared subject
    ],
)
def test_reported_speech_goes_on_with_the_subject_of_the_cue_before(before):
    (q,) = _quotes(before + " Die Gemeinde könne „nicht einfach Ärzte herbeizaubern“.", "de")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Petra Lindner", "warnte vor")
