"""The strict .po reader: each syntax slip is 'file:line: what: fix', never a silently lost letter or entry."""

from __future__ import annotations

import io

import pytest
from babel.messages.pofile import read_po

from play_for_integrity.i18n.extraction import read_catalog, update_language, write_catalog
from play_for_integrity.i18n.po_syntax import PoSyntaxError, parse_po, string_problem
from tests.i18n.helpers import po_header, write_po

GOOD = 'msgid "Play"\nmsgstr "Ойнау"\n\nmsgid "Quit"\nmsgstr "Шығу"\n'
HEADER_LINES = po_header("kk").count("\n")


def _problems(body: str, lang: str = "kk") -> list[str]:
    with pytest.raises(PoSyntaxError) as caught:
        parse_po((po_header(lang) + body).encode("utf-8"), "kk.po", lang)
    return caught.value.problems


def _line(n: int) -> int:
    """Line `n` of a body, counted in the whole file (the header comes first)."""
    return HEADER_LINES + n


def test_babel_alone_drops_the_last_letter_of_an_unclosed_text():
    catalog = read_po(io.BytesIO((po_header("kk") + 'msgid "Play"\nmsgstr "Ойнау\n').encode()), abort_invalid=True)
    assert catalog.get("Play").string == "Ойна"  # the trap this reader exists for


def test_a_missing_closing_quote_is_reported_with_its_line():
    assert _problems('msgid "Play"\nmsgstr "Ойнау\n') == [
        f"kk.po:{_line(2)}: this line's text has no closing quote (\"): add it"]


def test_a_missing_closing_quote_on_a_continuation_line_is_reported():
    assert _problems('msgid "Play"\nmsgstr ""\n"Ойнау\n"!"\n') == [
        f"kk.po:{_line(3)}: this line's text has no closing quote (\"): add it"]


def test_an_escaped_quote_does_not_close_the_text():
    assert string_problem('"say \\"hi\\""') is None
    assert string_problem('"C:\\"') == "this line's text has no closing quote (\"): add it"


def test_a_bare_quote_inside_the_text_is_reported():
    [problem] = _problems('msgid "Play"\nmsgstr "Say "hi" now"\n')
    assert problem.startswith(f"kk.po:{_line(2)}: a quote (\") ends the text before the line does")


def test_a_keyword_without_text_is_reported():
    assert _problems('msgid "Play"\nmsgstr\n') == [
        f"kk.po:{_line(2)}: there is no text after the keyword: write \"\" for an empty text"]


def test_a_stray_line_is_reported_as_not_a_keyword():
    [problem] = _problems(GOOD + "\nthis is not a po file\n")
    assert problem.startswith(f"kk.po:{_line(7)}: 'this' is not a .po keyword")


def test_a_msgid_without_msgstr_is_reported_at_the_msgid():
    assert _problems('msgid "Play"\n\nmsgid "Quit"\nmsgstr "Шығу"\n') == [
        f"kk.po:{_line(1)}: this entry has no msgstr: add msgstr \"\" after its msgid"]


def test_a_msgstr_without_msgid_is_reported():
    assert _problems('msgid "Play"\nmsgstr "Ойнау"\n\nmsgstr "Шығу"\n') == [
        f"kk.po:{_line(4)}: this msgstr has no msgid before it: restore the msgid line"]


def test_a_repeated_entry_is_reported_rather_than_merged():
    assert _problems(GOOD + '\nmsgid "Play"\nmsgstr "Бастау"\n') == [
        f"kk.po:{_line(7)}: this entry repeats the msgid (and msgctxt) of the one at line {_line(1)}: keep one of them"]


def test_the_same_msgid_under_another_context_is_no_repeat():
    catalog = parse_po((po_header("kk") + GOOD + '\nmsgctxt "menu"\nmsgid "Play"\nmsgstr "Бастау"\n').encode(), "kk.po",
                       "kk")
    assert catalog.get("Play", context="menu").string == "Бастау"


def test_too_many_plural_forms_are_reported_with_the_language_rule():
    [problem] = _problems('msgid "one"\nmsgid_plural "many"\nmsgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n')
    assert problem.startswith(f"kk.po:{_line(1)}: this entry has more plural forms than Kazakh has (2:")


def test_a_line_that_is_not_utf8_is_reported():
    data = (po_header("ru") + 'msgid "Play"\nmsgstr "').encode() + "Играть".encode("cp1251") + b'"\n'
    with pytest.raises(PoSyntaxError) as caught:
        parse_po(data, "ru.po", "ru")
    assert caught.value.problems == [f"ru.po:{_line(2)}: this line is not UTF-8 text: save the file as UTF-8 "
                                     "(Poedit does), then check the line"]


def test_every_bad_line_is_listed_not_only_the_first():
    assert len(_problems('msgid "Play"\nmsgstr "Ойнау\n\nmsgid "Quit"\nmsgstr "Шығу\n')) == 2


def test_a_good_file_reads_as_babel_reads_it():
    data = (po_header("kk") + GOOD).encode()
    ours, babels = parse_po(data, "kk.po", "kk"), read_po(io.BytesIO(data), locale="kk")
    assert [(m.id, m.string, m.lineno) for m in ours] == [(m.id, m.string, m.lineno) for m in babels]


def test_a_previous_msgid_becomes_previous_id_not_a_translator_comment():
    body = '# a note\n#, fuzzy\n#| msgid ""\n#| "Play "\n#| "now"\nmsgid "Play"\nmsgstr "Ойнау"\n'
    message = parse_po((po_header("kk") + body).encode(), "kk.po", "kk").get("Play")
    assert message.previous_id == ["Play now"] and message.user_comments == ["a note"]


def test_an_obsolete_previous_msgid_does_not_stop_the_reader():
    body = GOOD + '\n#, fuzzy\n#~| msgid "Old"\n#~ msgid "Gone"\n#~ msgstr "Жоқ"\n'
    catalog = parse_po((po_header("kk") + body).encode(), "kk.po", "kk")
    assert catalog.get("Play").string == "Ойнау"


def test_a_read_and_written_catalog_keeps_its_previous_msgid(tmp_path):
    path = write_po(tmp_path, "kk", '#, fuzzy\n#| msgid "Play now"\nmsgid "Play"\nmsgstr "Ойнау"\n')
    write_catalog(read_catalog(path, "kk"), path)
    text = path.read_text(encoding="utf-8")
    assert '#| msgid "Play now"' in text and "# |" not in text


def test_update_records_and_keeps_the_english_a_fuzzy_text_was_made_from(tmp_path):
    from babel.messages.catalog import Catalog
    path = write_po(tmp_path, "kk", 'msgid "Tests and exams"\nmsgstr "Тесттер мен емтихандар"\n')
    template = Catalog()
    template.add("Tests and exam", locations=[("scenarios/topics.yaml", 3)])
    for _ in range(2):  # the second update must not forget it
        update_language(template, "kk", tmp_path)
        message = read_catalog(path, "kk").get("Tests and exam")
        assert message.fuzzy and message.previous_id == ["Tests and exams"]
    assert '#| msgid "Tests and exams"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("line", ['msgstr\t"Ойнау"', 'msgstr "Ойнау" x', 'msgstr "Ой"нау"', 'msgstr[x] "Ойнау"',
                                  'msgstr "Ойнау\\"'])
def test_a_keyword_line_the_quick_check_refuses_is_still_explained(line):
    """Well-formed lines pass a quick pattern; every other line gets its own message, at its own line."""
    problem = _problems(f'msgid "Play"\n{line}\n')[0]
    assert problem.startswith(f"kk.po:{_line(2)}: ") and problem.endswith(("add it", "closing quote", "comment"))


@pytest.mark.parametrize("text", ['""', '"a"', '"a\\"b"', '"\\\\"', '"\\n\\t"', '"Ойнау"', '"', '"a', '"a\\"',
                                  '"a"b"', 'a"', '"a" ', '"\\\\""'])
def test_the_quick_pattern_agrees_with_the_character_walk(text):
    from play_for_integrity.i18n import po_syntax

    walked = po_syntax._walk_problem(text)
    assert string_problem(text) == walked
    assert (po_syntax._WELL_FORMED.fullmatch(text) is not None) == (walked is None)
