"""Languages, translations and number/date formatting (pure Python: no pygame here).

    tr = get_translator("ru"); tr.gettext("Play"); tr.scenario_title(scenario); tr.format_percent(0.5)

Keep message ids in the game state and translate when drawing, so a language switch changes every text.
"""

from play_for_integrity.i18n.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SOURCE_LANGUAGE,
    TRANSLATED_LANGUAGES,
    N_,
    resolve_language,
)
from play_for_integrity.i18n.registry import (catalog_notices, clear_cache, get_translator, load_translator, preload,
                                              reload)
from play_for_integrity.i18n.translator import Translator

__all__ = [
    "DEFAULT_LANGUAGE", "LANGUAGES", "N_", "SOURCE_LANGUAGE", "TRANSLATED_LANGUAGES", "Translator",
    "catalog_notices", "clear_cache", "get_translator", "load_translator", "preload", "reload", "resolve_language",
]
