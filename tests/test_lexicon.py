"""The lexicon loader and the data files themselves."""

from __future__ import annotations

from generator.lexicon import LEXICON_DIR, available, load


def test_available_lists_the_languages_that_have_a_kind():
    assert {"de", "en", "fr"} <= set(available("stopwords"))
    assert set(available("titles")) == {"de", "en"}
    assert available("no-such-kind") == ()


def test_word_lists_hold_only_strings():
    """YAML reads a bare `on`, `no` or `y` as a boolean: such words must be quoted."""
    for path in sorted(LEXICON_DIR.glob("*/*.yml")):
        data = load(path.stem, path.parent.name)
        items = data if isinstance(data, list) else [v for v in data.values() if isinstance(v, list)]
        flat = [w for w in items if not isinstance(w, list)] + [w for v in items if isinstance(v, list) for w in v]
        assert all(isinstance(w, (str, list, dict)) for w in flat), path
