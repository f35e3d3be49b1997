"""Starting the game: problems with the content or the translations become notices on the title screen."""

from __future__ import annotations

import shutil

from play_for_integrity import paths
from play_for_integrity.i18n import reload
from play_for_integrity.ui.launch import build_session


def test_a_broken_catalog_is_a_notice_naming_the_file_and_line(tmp_path, monkeypatch):
    shutil.copytree(paths.locale_dir(), tmp_path / "locale")
    po = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    broken = next(i for i, line in enumerate(lines) if line.startswith('msgstr "') and len(line) > 12)
    lines[broken] = lines[broken].rstrip('"')  # a translator's missing closing quote
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(paths, "locale_dir", lambda: tmp_path / "locale")
    reload()
    try:
        session = build_session(language="en", persist=False)
    finally:
        monkeypatch.undo()
        reload()
    [notice] = [n for n in session.notices if "messages.po" in n]
    assert f"messages.po:{broken + 1}:" in notice and "quote" in notice
