"""matplotlib's text in the window's language: Korean titles need a font with Hangul.

matplotlib draws its own text (DejaVu Sans, which has no Hangul), so in a Korean window a
figure's titles would be empty boxes. ``apply_figure_fonts()``, called as a figure opens,
sets matplotlib's fonts for the window's language: a Korean font first (the same list as
the window's, ``language.KOREAN_FONTS``) where one is installed, and the ASCII minus, which
such fonts may lack; matplotlib's own defaults in English.
"""

from __future__ import annotations

from functools import cache

import matplotlib
from matplotlib import font_manager

from playground.ui.language import KOREAN_FONTS, SWITCH


@cache
def _installed_korean() -> tuple[str, ...]:
    """The Korean fonts matplotlib can use; fonts installed since matplotlib last made its
    font cache are added from the system's font folders."""
    names = {font.name for font in font_manager.fontManager.ttflist}
    if not names & set(KOREAN_FONTS):
        for path in font_manager.findSystemFonts():
            if any(mark in path for mark in ("Nanum", "NotoSansCJK", "NotoSansKR", "UnDotum")):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue  # a font matplotlib cannot read (a .ttc it does not take)
        names = {font.name for font in font_manager.fontManager.ttflist}
    return tuple(name for name in KOREAN_FONTS if name in names)


_KEYS = ("font.family", "font.sans-serif", "axes.unicode_minus")


def apply_figure_fonts() -> None:
    """matplotlib's fonts for the figures made from now on, in the window's language."""
    wanted = figure_fonts()
    for key in _KEYS:
        matplotlib.rcParams[key] = wanted.get(key, matplotlib.rcParamsDefault[key])


def figure_fonts() -> dict:
    """The rc settings of a figure in the window's language ({} in English)."""
    if SWITCH.code != "ko" or not _installed_korean():
        return {}
    return {
        "font.family": "sans-serif",
        "font.sans-serif": [*_installed_korean(), "DejaVu Sans"],
        "axes.unicode_minus": False,
    }
