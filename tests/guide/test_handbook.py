"""The teacher's handbook: every story of a band in the teacher's language, a plan for the year, Markdown or HTML."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from play_for_integrity.cli import main
from play_for_integrity.content.library import load_library
from play_for_integrity.guide.handbook import build_handbook, step_order
from play_for_integrity.guide.render import to_html, to_markdown
from play_for_integrity.i18n import get_translator

LIBRARY = load_library()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_handbook_holds_every_text_of_every_story_in_its_language(lang):
    tr = get_translator(lang)
    text = to_markdown(build_handbook(LIBRARY, "6-10", tr))
    for scenario in LIBRARY.by_band("6-10"):
        expected = [tr.scenario_title(scenario), tr.objective(scenario), tr.teacher_note(scenario),
                    *tr.discussion(scenario)]
        for node in scenario.nodes.values():
            expected.append(tr.story(scenario, node))
            expected += [tr.choice_text(scenario, node, c) for c in node.choices]
            expected += [tr.feedback(scenario, node, c) for c in node.choices]
        missing = [t for t in expected if t.replace("|", "\\|") not in text and t not in text]
        assert not missing, (scenario.id, missing[:2])


def test_the_plan_names_four_quarters_and_every_story():
    tr = get_translator("en")
    blocks = build_handbook(LIBRARY, "11-14", tr)
    [table] = [b for b in blocks if b.kind == "table"]
    assert [row[0] for row in table.rows[1:]] == ["1", "2", "3", "4"]
    planned = " ".join(row[2] for row in table.rows[1:])
    assert all(tr.scenario_title(s) in planned for s in LIBRARY.by_band("11-14"))


def test_steps_come_in_the_order_the_story_reaches_them():
    for scenario in LIBRARY.by_band("15-18"):
        order = [n.id for n in step_order(scenario)]
        assert order[0] == scenario.start.id and sorted(order) == sorted(scenario.nodes)
        for i, node_id in enumerate(order[1:], 1):
            parents = [n for n in scenario.nodes.values() if any(c.next == node_id for c in n.choices)]
            assert any(order.index(p.id) < i for p in parents), (scenario.id, node_id)


class _Texts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.data = []

    def handle_data(self, data):
        self.data.append(data)


def test_the_html_page_escapes_text_and_reads_back_the_same_words():
    tr = get_translator("ru")
    blocks = build_handbook(LIBRARY, "6-10", tr)
    page = to_html(blocks, "ru")
    parser = _Texts()
    parser.feed(page)
    assert page.startswith("<!DOCTYPE html>") and 'lang="ru"' in page and "<script" not in page
    title = tr.scenario_title(LIBRARY.by_band("6-10")[0])
    assert any(title in d for d in parser.data)


def test_the_command_writes_the_file_and_refuses_an_unknown_band(tmp_path, capsys):
    out = tmp_path / "handbook.html"
    assert main(["guide", "--band", "15-18", "--lang", "kk", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["guide", "--band", "99-100"]) == 2
    assert "there is no age band '99-100'" in capsys.readouterr().err
    assert main(["guide", "--band", "6-10", "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("# Play for Integrity: the teacher's handbook")
