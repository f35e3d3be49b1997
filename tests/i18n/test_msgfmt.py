"""The shipped catalogs pass GNU msgfmt's format and header checks, as Poedit and Weblate expect."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from play_for_integrity import paths
from play_for_integrity.i18n.languages import TRANSLATED_LANGUAGES, po_path

MSGFMT = shutil.which("msgfmt") or ("/usr/bin/msgfmt" if os.path.exists("/usr/bin/msgfmt") else None)


@pytest.mark.skipif(MSGFMT is None, reason="GNU msgfmt is not installed (apt-get install gettext)")
@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_msgfmt_accepts_the_catalog(lang):
    path = po_path(paths.locale_dir(), lang)
    result = subprocess.run([MSGFMT, "--check-format", "--check-header", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_compiled_catalog_is_shipped():
    """The game reads the .po itself; a .mo in locale/ could only ever be stale."""
    assert sorted(paths.locale_dir().rglob("*.mo")) == []
