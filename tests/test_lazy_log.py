"""The lazy logger: messages reach the real logger (and its handlers), and start-up does not import logging."""

from __future__ import annotations

import logging
import subprocess
import sys

from play_for_integrity.lazy_log import get_logger


def test_a_lazy_loggers_messages_reach_the_real_logger(caplog):
    log = get_logger("play_for_integrity.test.lazy")
    with caplog.at_level(logging.INFO, logger="play_for_integrity.test.lazy"):
        log.info("hello %s", "there")
        log.debug("not shown")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("play_for_integrity.test.lazy", logging.INFO, "hello there")]
    assert log.isEnabledFor(logging.CRITICAL)


def test_the_modules_before_the_first_frame_do_not_import_logging_babel_or_hashlib():
    """What the game imports on its way to the title (launch, app, the catalogs' loader) leaves the logging package,
    Babel and hashlib to the first message, number and changed catalog that need them."""
    code = ("import sys, play_for_integrity.ui.launch, play_for_integrity.ui.app, play_for_integrity.ui.scene_kit; "
            "print(sorted(m for m in ('logging', 'babel', 'hashlib', 'platformdirs', 'decimal') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"
