"""Hedged and second-hand claims (generator/extract/claims.py)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.boilerplate import classify_paragraphs
from generator.extract.claims import find_claims
from generator.extract.context import Context
from generator.ingest import join_paragraphs, read_article
from generator.model import Article, Claim, Paragraph


def context(paragraphs: list[str], language: str = "de", kinds: dict[int, str] | None = None) -> Context:
    """A context for ``paragraphs``; ``kinds`` sets a paragraph's kind by its 1-based number."""
    text, paras = join_paragraphs(paragraphs)
    paras = tuple(Paragraph(p.start, p.end, (kinds or {}).get(n, "body")) for n, p in enumerate(paras, 1))
    article = Article("t.txt", "0" * 16, "t", "0" * 64, "T", text, paras, language=language)
    return Context(article=article, language=language, paragraphs=paras)


def claims_of(*paragraphs: str, language: str = "de") -> tuple[Claim, ...]:
    return find_claims(context(list(paragraphs), language))


def one(*paragraphs: str, language: str = "de") -> Claim:
    (claim,) = claims_of(*paragraphs, language=language)
    return claim


@pytest.fixture
def seed_claims(seed_path: Path) -> tuple[Article, tuple[Claim, ...]]:
    article = read_article(seed_path)
    ctx = Context(article=article, language="de", paragraphs=article.paragraphs)
    ctx = replace(ctx, paragraphs=classify_paragraphs(ctx))
    return article, find_claims(ctx)


def test_seed_yields_exactly_the_four_hedged_claims(seed_claims):
    _, claims = seed_claims
    assert [(c.paragraph, c.marker, c.attribution) for c in claims] == [
        (3, "so ein Bericht", "so ein Bericht aus Russland"),
        (8, "Berichte, wonach; sollen … hindern", None),
        (8, "angeblich", None),
        (8, "sollen … verurteilt worden sein", None),
    ]


def test_seed_claim_texts_are_the_whole_sentences_at_their_offsets(seed_claims):
    article, claims = seed_claims
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text
    assert claims[0].text == "Nicht nur Medwedew positioniert sich deutlich, so ein Bericht aus Russland."
    assert claims[1].text.startswith("Es gibt zudem Berichte, wonach ausländische Söldner")
    assert claims[1].text.endswith("an der Flucht hindern sollen.")
    assert "beschießen angeblich" in claims[2].text
    assert claims[3].text.endswith("verurteilt worden sein.")


def test_seed_publisher_paragraphs_give_no_claims(seed_claims):
    article, claims = seed_claims
    assert claims and all(c.paragraph <= 8 for c in claims)
    assert all(c.end <= article.paragraphs[7].end for c in claims)


def test_hedge_words_with_inflection_and_any_case():
    assert one("Der mutmaßliche Täter schwieg.").marker == "mutmaßliche"
    assert one("Angeblich war er dort.").marker == "Angeblich"
    assert one("Die vermeintlichen Beweise fehlen.").marker == "vermeintlichen"
    assert one("Der Konvoi ist offenbar umgekehrt.").marker == "offenbar"


# A hedged sentence set next to the ones that must not be flagged.
CONTROL = {"de": "Der Täter ist angeblich geflohen.", "en": "The suspect reportedly fled."}


def only_control(*paragraphs: str, language: str = "de") -> bool:
    """True when the control sentence is the one claim found (so a negative test cannot pass empty)."""
    control = CONTROL[language]
    return [c.text for c in claims_of(*paragraphs, control, language=language)] == [control]


def test_hedge_word_inside_a_longer_word_is_no_marker():
    assert only_control("Er offenbarte seine Pläne. Der Lautsprecher war laut.")


def test_unattributed_reports_phrase_and_unverified_claims():
    claim = one("Es gibt Berichte, wonach die Brücke zerstört ist.")
    assert (claim.marker, claim.attribution) == ("Berichte, wonach", None)
    claim = one("Die Angaben ließen sich nicht unabhängig überprüfen.")
    assert claim.marker == "nicht unabhängig überprüfen"
    assert one("Es heißt, der Kanzler habe davon gewusst.").marker == "Es heißt"
    assert one("Gerüchte über einen Rücktritt machen die Runde.").marker == "Gerüchte"


def test_modal_with_perfect_infinitive_is_a_hedge():
    assert one("Der Minister soll von den Plänen gewusst haben.").marker == "soll … gewusst haben"
    assert one("Die Gefangenen sollen verurteilt worden sein.").marker == "sollen verurteilt worden sein"
    assert one("Er soll 2019 gestorben sein.").marker == "soll … gestorben sein"


def test_modal_with_plain_infinitive_is_no_hedge_without_a_reported_context():
    assert only_control(
        "Die Truppen sollen abziehen, fordert der Präsident.",
        "Bis 2030 sollen 400.000 Wohnungen gebaut werden.",
        "Die Kinder sollen mehr Geld haben.",
    )


def test_modal_with_plain_infinitive_counts_in_a_reported_sentence():
    claim = one("Laut Medienberichten sollen die Soldaten dort festgehalten werden.")
    assert claim.marker == "sollen … festgehalten werden"
    assert claim.attribution == "Laut Medienberichten"


def test_modal_in_a_question_is_no_claim():
    assert only_control("Soll er das wirklich gesagt haben?")


def test_several_markers_in_one_sentence_make_one_claim():
    claim = one("Berichten zufolge soll der angebliche Spion geflohen sein. Die Polizei sucht ihn.")
    assert claim.marker == "Berichten zufolge; soll … geflohen sein; angebliche"
    assert claim.attribution == "Berichten zufolge"
    assert claim.text == "Berichten zufolge soll der angebliche Spion geflohen sein."


def test_attribution_phrases_before_and_after_the_source():
    assert one("Einem Bericht der Zeitung zufolge ist der Täter angeblich geflohen.").attribution == (
        "Einem Bericht der Zeitung zufolge"
    )
    assert one("Der mutmaßliche Täter wurde festgenommen, so die Polizei.").attribution == "so die Polizei"
    assert one("Der Minister soll Geld angenommen haben, berichtete der Spiegel.").attribution == (
        "berichtete der Spiegel"
    )


def test_second_hand_sourcing_without_hedge_word_is_flagged():
    claim = one("Die Brücke ist zerstört, so ein Bericht aus Kiew.")
    assert (claim.marker, claim.attribution) == ("so ein Bericht", "so ein Bericht aus Kiew")
    assert one("Laut Medienberichten ist die Brücke zerstört.").marker == "Laut Medienberichten"


def test_anonymous_sources_are_second_hand():
    assert one("Laut ungenannten Quellen ist der Plan gescheitert.").marker == "Laut ungenannten Quellen"
    claim = one("Citing unnamed officials, the newspaper said the plan was dropped.", language="en")
    assert (claim.marker, claim.attribution) == ("Citing unnamed officials", "Citing unnamed officials")
    claim = one("Wie russische Medien berichten, ist die Stadt gefallen.")
    assert claim.attribution == "Wie russische Medien berichten"


def test_reporting_verbs_source_a_claim_only_when_they_report():
    assert one("Die Stadt ist gefallen, wie Medien berichten.").marker == "wie Medien berichten"
    assert one("Medien berichten, dass die Stadt gefallen ist.").attribution == "Medien berichten"
    assert only_control("Die Medien berichten über den Prozess.")
    claim = one("The plant was hit, local media reported.", language="en")
    assert (claim.marker, claim.attribution) == ("local media reported", "local media reported")
    assert only_control("Media reported on the trial.", language="en")


def test_named_source_without_hedge_is_no_claim():
    assert only_control("Die Brücke ist zerstört, so die Polizei. Laut Polizei gab es keine Verletzten.")


def test_only_body_paragraphs_are_read():
    paragraphs = ["Der Täter ist angeblich geflohen.", "Angeblich unterstützen Sie uns."]
    ctx = context(paragraphs, kinds={2: "boilerplate"})
    assert [c.paragraph for c in find_claims(ctx)] == [1]


def test_claim_offsets_and_paragraph_numbers():
    ctx = context(["Erster Absatz.", "Ein Satz. Der Täter ist angeblich geflohen. Noch ein Satz."])
    (claim,) = find_claims(ctx)
    assert claim.paragraph == 2
    assert claim.text == "Der Täter ist angeblich geflohen."
    assert ctx.text[claim.start : claim.end] == claim.text


def test_english_hedges():
    assert one("The army reportedly shelled the bridge.", language="en").marker == "reportedly"
    assert one("The minister was allegedly present.", language="en").marker == "allegedly"
    assert one("The mayor is said to have fled the city.", language="en").marker == "is said to"
    assert one("The footage could not be independently verified.", language="en").marker == (
        "could not be independently verified"
    )
    assert one("Sources say the talks have failed.", language="en").marker == "Sources say"
    assert one("It is claimed that the dam was mined.", language="en").marker == "It is claimed"
    assert one("Unconfirmed accounts speak of dozens dead.", language="en").marker == "Unconfirmed"


def test_english_attributions():
    text = "The army reportedly shelled the bridge, according to a report by the Kyiv Independent."
    claim = one(text, language="en")
    assert claim.attribution == "according to a report by the Kyiv Independent"
    claim = one("According to reports, the convoy turned back.", language="en")
    assert (claim.marker, claim.attribution) == ("According to reports", "According to reports")
    claim = one("Local media reported that the power plant was hit.", language="en")
    assert (claim.marker, claim.attribution) == ("Local media reported", "Local media reported")


def test_english_named_source_without_hedge_is_no_claim():
    text = "The government will raise taxes, the Guardian reported. He said the report was false."
    assert only_control(text, language="en")


def test_unknown_language_uses_every_lexicon():
    claims = claims_of("Er ist angeblich geflohen. He reportedly fled.", language="und")
    assert [c.marker for c in claims] == ["angeblich", "reportedly"]


def test_linear_time_on_large_inputs():
    paragraphs = ["Berichten zufolge soll er es gesagt haben, so ein Bericht aus Kiew. Es regnet."] * 25_000
    line = "Es gibt Berichte, wonach Soldaten angeblich hindern sollen und so ein Bericht " * 2_600
    started = time.perf_counter()
    many = claims_of(*paragraphs)
    (long_line,) = claims_of(line[:200_000])
    assert len(many) == 25_000
    assert long_line.end - long_line.start > 190_000
    assert claims_of("sollen " * 30_000) == ()
    assert time.perf_counter() - started < 10


WORDS = [
    "Er", "soll", "sollen", "angeblich", "Berichte,", "wonach", "so", "ein", "Bericht", "aus", "Kiew.",
    "laut", "Medienberichten", "zufolge", "haben", "sein.", "worden", "getötet", "„Angeblich",
    "(reportedly", "according", "to", "reports,", "the", "Guardian", "reported.", "wie", "berichten",
    "?", "\n", "  ", "—", "Dr.", "13.", "März",
]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), min_size=1, max_size=6),
    st.sampled_from(["de", "en", "und"]),
)
def test_any_text_gives_well_formed_claims(paragraphs, language):
    paragraphs = [p.strip() or "x" for p in paragraphs]
    ctx = context(paragraphs, language)
    ctx = replace(ctx, paragraphs=classify_paragraphs(ctx))
    assert [(p.start, p.end) for p in ctx.paragraphs] == [(p.start, p.end) for p in ctx.article.paragraphs]
    for claim in find_claims(ctx):
        assert ctx.text[claim.start : claim.end] == claim.text
        assert claim.marker
        assert ctx.paragraphs[claim.paragraph - 1].kind == "body"
        para = ctx.paragraphs[claim.paragraph - 1]
        assert para.start <= claim.start < claim.end <= para.end
