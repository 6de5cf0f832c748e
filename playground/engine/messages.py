"""Messages that a window can put in the learner's language.

The engine, the file loader and the document speak English, but a window may speak Korean.
A ``Message`` is the English text (it *is* a ``str``: printing it, the CLI's ``error:``
line and every test read it as before) that also keeps its ``template`` and ``values``;
the window translates the template and fills in the same values
(``playground.ui.translate.message_text``). ``tools/update_translations.py`` collects every
``Message("...")`` template of the sources into the translation files (context
``Message``). No decision may depend on a message's text: errors have types for that.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """``template.format(**values)``, remembering ``template`` and ``values``."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    def __reduce__(self):  # copies and pickles (multiprocessing) keep the template
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def message_of(error: BaseException) -> str:
    """What ``str(error)`` says, kept a ``Message`` when the error was raised with one: for
    passing an error's message on (in another error, a refusal or a notice) translatable."""
    if len(error.args) == 1 and isinstance(error.args[0], str) and not isinstance(error, KeyError):
        return error.args[0]  # a KeyError's str() is its message quoted: kept as it is
    return str(error)
