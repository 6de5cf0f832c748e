"""The window's language: English (the source) or Korean, from the system locale or the
learner's choice (View › Language), switched without a restart.

Qt's own translator (``qtbase_ko.qm``, PySide6's copy: the standard buttons and dialogs) and
the playground's (``resources/translations/playground_ko.qm``, built from
``playground_ko.ts`` by ``tools/update_translations.py``) are installed together; installing
or removing them sends every widget a ``LanguageChange`` event, on which the window puts
its texts in the new language. Mathematical names (w1, net, out, δ, ∂E/∂w, η) stay as the
course notes write them in both languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from playground.paths import resource_path

LANGUAGES = {"en": "English", "ko": "한국어"}  # each in its own language, as menus show them
SOURCE_LANGUAGE = "en"
KOREAN_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Nanum Gothic", "UnDotum")
TRANSLATIONS = resource_path("translations")


def system_language() -> str:
    """The system locale's language when the playground speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def translation_file(code: str) -> Path:
    return TRANSLATIONS / f"playground_{code}.qm"


class LanguageSwitch:
    """Installs the translators of one language into the application at a time."""

    def __init__(self) -> None:
        self.code = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []
        self._default_font: QFont | None = None

    def set_language(self, code: str) -> bool:
        """Speak ``code`` ("en" or "ko"); False (and English) when its translation is missing."""
        if code not in LANGUAGES:
            raise ValueError(f"no such language: {code!r} (known: {', '.join(LANGUAGES)})")
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.code = SOURCE_LANGUAGE
        found = True
        if code != SOURCE_LANGUAGE:
            found = self._install(app, code)
            if found:
                self.code = code
        self._set_font(self.code)
        return found

    def _install(self, app: QCoreApplication, code: str) -> bool:
        ours = QTranslator(app)
        if not ours.load(str(translation_file(code))):
            return False
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        app.installTranslator(ours)
        self._installed.append(ours)
        return True

    def _set_font(self, code: str) -> None:
        """Korean text in a font that has Hangul, where one is installed (README names the
        package); the system's default font otherwise."""
        if not isinstance(QCoreApplication.instance(), QApplication):
            return
        if self._default_font is None:
            self._default_font = QApplication.font()
        font = QFont(self._default_font)
        if code == "ko":
            installed = set(QFontDatabase.families())
            families = [name for name in KOREAN_FONTS if name in installed]
            if families:
                font.setFamilies([*families, *self._default_font.families()])
        QApplication.setFont(font)


SWITCH = LanguageSwitch()  # the application's one set of translators
