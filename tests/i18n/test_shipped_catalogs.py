"""What is already translated stays translated: the band, value and topic names and descriptions."""

from __future__ import annotations

import pytest

from play_for_integrity.content.library import load_library
from play_for_integrity.i18n import load_translator
from play_for_integrity.i18n.languages import TRANSLATED_LANGUAGES


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_band_value_and_topic_texts_are_translated(library, lang):
    tr = load_translator(lang)
    texts = [(b.name, tr.band_name(b)) for b in library.bands.values()]
    texts += [(b.grades, tr.band_grades(b)) for b in library.bands.values()]
    texts += [(b.description, tr.band_description(b)) for b in library.bands.values()]
    texts += [(v.name, tr.value_name(v)) for v in library.values.values()]
    texts += [(v.description, tr.value_description(v)) for v in library.values.values()]
    texts += [(t.name, tr.topic_name(t)) for t in library.topics.values()]
    assert [english for english, shown in texts if shown == english] == []
    assert tr.missing == frozenset()


def test_value_names_read_as_expected(library):
    assert load_translator("kk").value_name(library.values["honesty"]) == "Шыншылдық"
    assert load_translator("ru").value_name(library.values["honesty"]) == "Правдивость"
