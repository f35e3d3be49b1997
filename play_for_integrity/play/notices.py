"""Notices for the teacher that are translated when shown: English text for logs, a message id for the screen."""

from __future__ import annotations

from typing import Any


class Notice(str):
    """Is its English text (so it compares, logs and de-duplicates as before) and keeps its message id and
    parameters, so `shown` can write it in the language on the screen. A parameter may be a Notice too."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, **params: Any) -> Notice:
        made = super().__new__(cls, msgid % params if params else msgid)
        made.msgid, made.params = msgid, params
        return made

    def translated(self, tr) -> str:
        """The notice in the translator's language (its parameters as given, Notices among them translated)."""
        template = tr.gettext(self.msgid)
        params = {key: shown(tr, value) if isinstance(value, str) else value for key, value in self.params.items()}
        try:
            return template % params if params else template
        except (KeyError, ValueError, TypeError):  # a translation with a broken placeholder: the English stands
            return str(self)


def shown(tr, message: str) -> str:
    """A message as the screen shows it: a Notice in the language on show, any other text as it is."""
    return message.translated(tr) if isinstance(message, Notice) else message
