"""The order of attribution rules (generator/extract/attribution.py), read through find_quotes."""

from __future__ import annotations

from tests.quote_texts import quotes_of, table


def test_cue_before_with_a_colon_and_after_with_a_comma():
    found = quotes_of(
        "Fraktionsvize Thomas Berger warnte: „Wer kürzt, spart an der Zukunft.“ „Das ist falsch“, sagte Müller."
    )
    assert table(found) == [
        ("Wer kürzt, spart an der Zukunft.", "direct", "Thomas Berger", "warnte"),
        ("Das ist falsch", "direct", "Müller", "sagte"),
    ]


def test_inverted_and_english_attributions():
    found = quotes_of(
        '"It is theft with a permit," said Ruth Okonkwo. "They will pump it dry," the farmer added.',
        language="en",
    )
    assert table(found) == [
        ("It is theft with a permit,", "direct", "Ruth Okonkwo", "said"),
        ("They will pump it dry,", "direct", "farmer", "added"),
    ]


def test_partial_quotes_inside_reported_speech():
    found = quotes_of(
        "Ein Sprecher des Finanzministeriums hatte betont, der Entwurf sei „nicht verhandelbar“. "
        "Berger habe die Zahlen „nicht gelesen“, meinte die Ministerin."
    )
    assert [(q.kind, q.cue) for q in found] == [("partial", "betont"), ("partial", "meinte")]
    assert found[0].speaker == "Sprecher des Finanzministeriums"


def test_a_konjunktiv_sentence_continues_the_last_cue():
    found = quotes_of(
        "Ein Sprecher der Miliz erklärte, man habe „nur militärische Ziele“ angegriffen. "
        "In dem Lager hätten sich „bewaffnete Einheiten versteckt“."
    )
    assert [(q.kind, q.speaker, q.cue) for q in found] == [("partial", "Sprecher der Miliz", "erklärte")] * 2


def test_a_further_quote_after_the_cue_sentence():
    found = quotes_of('"We have been patient," Claes told reporters. "Nobody is going back."', language="en")
    assert [(q.kind, q.speaker, q.cue) for q in found] == [("direct", "Claes", "told")] * 2


def test_split_quotes_share_speaker_and_cue():
    found = quotes_of(
        '"We were nervous," manager Sarah Lindqvist said, "and then we remembered who we are."', language="en"
    )
    assert [(q.kind, q.speaker, q.cue) for q in found] == [("direct", "Sarah Lindqvist", "said")] * 2
    found = quotes_of("„Wir waren nervös“, sagte Trainerin Anna Lind, „dann wurde es besser.“")
    assert [(q.speaker, q.cue) for q in found] == [("Anna Lind", "sagte")] * 2


def test_cue_phrases_laut_zufolge_so_according_to():
    found = quotes_of(
        "Laut Kohl könnten „die nächsten Wochen entscheiden“. "
        "Paolo Ferri zufolge ist der Anstieg „kein Grund zur Panik“. "
        "„Ein Fest für alle“, so Bürgermeister Michael Kofler."
    )
    assert table(found) == [
        ("die nächsten Wochen entscheiden", "partial", "Kohl", "Laut"),
        ("kein Grund zur Panik", "partial", "Paolo Ferri", "zufolge"),
        ("Ein Fest für alle", "direct", "Michael Kofler", "so"),
    ]
    found = quotes_of('"Every day the bill grows," according to Lotte Verbeke, an analyst.', language="en")
    assert table(found) == [("Every day the bill grows,", "direct", "Lotte Verbeke", "according to")]


def test_hearsay_and_a_colon_without_speech_verb():
    found = quotes_of(
        "Ob es eine Einigung gebe, sei „völlig offen“, hieß es aus Koalitionskreisen. "
        "Geschäftsführer Paul Engesser zeigte sich zuversichtlich: „Wir rechnen mit 2023.“"
    )
    assert table(found) == [
        ("völlig offen", "partial", "Koalitionskreisen", "hieß es"),
        ("Wir rechnen mit 2023.", "direct", "Paul Engesser", "zeigte sich zuversichtlich"),
    ]


def test_written_words_have_no_speaker():
    found = quotes_of("An einer Hauswand steht in roter Farbe: »Wir bleiben.«")
    assert table(found) == [("Wir bleiben.", "direct", None, "steht")]


def test_indirect_quotes_are_never_emitted():
    found = quotes_of("„Ja“, sagte er. Er sagte, er komme morgen. Sie meinte, das sei gut.")
    assert {q.kind for q in found} <= {"direct", "partial", "term"} and len(found) == 1


def test_a_cue_closing_the_quotes_own_clause_wins_over_an_earlier_one():
    found = quotes_of("Laut Entwurf sinkt der Zuschuss – eine Zahl, die Berger „schlicht unsozial“ nannte.")
    assert table(found) == [("schlicht unsozial", "partial", "Berger", "nannte")]


def test_an_indefinite_verb_at_the_end_leaves_the_cue_before():
    found = quotes_of("Ein Finma-Sprecher sagte, man habe früh vor «garantierten Traumrenditen» gewarnt.")
    assert table(found) == [("garantierten Traumrenditen", "partial", "Finma-Sprecher", "sagte")]


def test_a_manner_verb_attributes_only_right_after_a_quote():
    found = quotes_of(
        '"I checked it twice," he laughed. Ferreira laughs at the idea that it is a "family saga".',
        language="en",
    )
    assert [q.kind for q in found] == ["direct", "term"] and found[0].cue == "laughed"


def test_a_whole_sentence_right_after_the_verb_is_direct():
    found = quotes_of("Die Kämpfer riefen ‚Verlasst eure Häuser!‘ und schossen.")
    assert table(found) == [("Verlasst eure Häuser!", "direct", "Kämpfer", "riefen")]


def test_a_colon_after_a_connective_goes_on_with_the_last_speaker():
    people = {"Angela Merkel": ("female", ("Angela Merkel", "Merkel"))}
    found = quotes_of(
        "Angela Merkel sagte: „Wir schaffen das.“ Und weiter: „Wir haben so vieles geschafft.“", people=people
    )
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Angela Merkel")] * 2


def test_with_these_words_the_next_verbs_subject_speaks():
    found = quotes_of(
        "„Ich trete zurück“ – mit diesen Worten überraschte Ministerin Anne Spiegel die Fraktion."
    )
    assert table(found) == [("Ich trete zurück", "direct", "Anne Spiegel", "mit diesen Worten")]


def test_wanting_to_know_is_a_question():
    found = quotes_of("„Wann kommt das Geld?“, will eine Zuhörerin wissen.")
    assert table(found) == [("Wann kommt das Geld?", "direct", "Zuhörerin", "will … wissen")]


def test_a_verb_the_lists_lack_still_attributes_in_the_place_of_one():
    assert table(quotes_of("„Das ist ein Skandal“, poltert der Wirt.")) == [
        ("Das ist ein Skandal", "direct", "Wirt", "poltert")
    ]
    found = quotes_of('"Never again," Smith bellowed. "Enough," barked the coach.', language="en")
    assert [(q.speaker, q.cue) for q in found] == [("Smith", "bellowed"), ("coach", "barked")]


def test_a_next_sentence_that_points_back_names_the_speaker():
    found = quotes_of(
        "Der Kanzler trat vor die Presse. „Wir sind zu allem bereit.“ Das sagte Olaf Scholz am Montag."
    )
    assert table(found) == [("Wir sind zu allem bereit.", "direct", "Olaf Scholz", "sagte")]
    found = quotes_of(
        'Smith came late. "We will win." That was what Smith told the crowd. "Never give up." So said the coach.',
        language="en",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Smith", "told"), ("coach", "said")]


def test_a_word_refused_next_to_its_cue_is_a_term():
    from tests.quote_texts import quotes_of

    refused = quotes_of(
        "Leonie Marquardt sagt, die Kosten seien gestiegen. Von einem „Wasserstoff-Winter“ will sie aber nicht sprechen.",
        language="de",
    )
    assert [(q.kind, q.speaker) for q in refused] == [("term", None)]
    used = quotes_of("Marquardt sprach von einem „Wasserstoff-Winter“.", language="de")
    assert [(q.kind, q.speaker) for q in used] == [("partial", "Marquardt")]
    assert [q.kind for q in quotes_of('Marquardt did not call it a "hydrogen winter."', language="en")] == ["term"]
