"""Texts from the engine, the loader and the document, in the window's language.

An exception's message may be a ``Message`` (its English text with its template and values):
the template is looked up in the translations (context ``Message``) and filled in with the
same values; any other text is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from playground.engine.messages import Message

CONTEXT = "Message"


def message_text(text: object) -> str:
    """``text`` in the current language when it is a Message (with its values, each itself
    translated when it is a Message), else ``str(text)``."""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not text.values:
        return template
    values = {k: message_text(v) if isinstance(v, Message) else v for k, v in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(text)


def error_text(error: BaseException) -> str:
    """An exception's message in the current language."""
    if len(error.args) == 1:
        return message_text(error.args[0])
    return str(error)
