"""What an article offers for naming speakers (generator/extract/speaker_index.py)."""

from __future__ import annotations

from generator.extract.quote_lexicon import quote_lexicon
from generator.extract.speaker_index import Speaker, SpeakerIndex
from tests.quote_texts import context


def index_of(text: str, people: dict, language: str = "de") -> SpeakerIndex:
    ctx = context([text], language, people)
    return SpeakerIndex(ctx.text, ctx.entities, quote_lexicon(language))


def test_a_subject_just_before_beats_a_later_mention_of_the_same_gender():
    text = "Ministerpräsident Gerd Haller gab bekannt, er halte an Kranz fest. Er sagte"
    index = index_of(text, {"Gerd Haller": ("male", ("Gerd Haller",)), "Anton Kranz": ("male", ("Kranz",))})
    assert index.antecedent(text.index("Er sagte"), "male").name == "Gerd Haller"


def test_gender_decides_and_unknown_gender_is_the_last_resort():
    text = "Katrin Müller traf Jonas Weber. Sie sagte"
    index = index_of(
        text, {"Katrin Müller": ("female", ("Katrin Müller",)), "Jonas Weber": ("male", ("Jonas Weber",))}
    )
    assert index.antecedent(text.index("Sie sagte"), "female").name == "Katrin Müller"
    index = index_of("Kim Lee kam. Sie sagte", {"Kim Lee": (None, ("Kim Lee",))})
    assert index.antecedent(len("Kim Lee kam. "), "female").name == "Kim Lee"


def test_a_group_pronoun_looks_for_an_organisation_named_in_the_same_paragraph():
    index = index_of("x", {}, "en")
    index.add(0, Speaker("State police", "State police", None))
    assert index.antecedent(1, "group").name == "State police"
    index = index_of("Police said so.\n\nIt said", {}, "en")
    index.add(0, Speaker("Police", "Police", None))
    assert index.antecedent(19, "group") is None


def test_people_introduced_with_a_role_and_shortened_names():
    text = "Innenminister Anton Kranz kam. Rainer Voss, Präsident des Verbands, schwieg. Der Minister sagte"
    index = index_of(
        text, {"Anton Kranz": ("male", ("Anton Kranz",)), "Rainer Voss": ("male", ("Rainer Voss",))}
    )
    assert index.person_with_role(text.index("Der Minister"), "minister").name == "Anton Kranz"
    assert index.person_with_role(text.index("Der Minister"), "präsident").name == "Rainer Voss"
    text = "Nach Angaben des Landesrechnungshofs fuhr er privat. Laut Rechnungshof"
    assert index_of(text, {}).compound_before("Rechnungshof", text.index("Laut")) == "Landesrechnungshof"
    assert (
        index_of("In der Innenstadt. Die Stadt", {}).compound_before("Stadt", 20) is None
    )  # too short to trust


def test_a_first_name_alone_is_the_speaker_named_in_full_before():
    index = index_of("x", {}, "en")
    index.add(0, Speaker("Maureen Tully", "Maureen Tully", "female"))
    assert index.named_before("Maureen", 5).name == "Maureen Tully"
    assert index.named_before("Tully", 5).name == "Maureen Tully"
    assert index.named_before("Gary", 5) is None
