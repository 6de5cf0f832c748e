"""The samples the network gets wrong, as pictures: up to ``LIMIT`` misclassified images of
the chosen samples, each captioned "predicted 3, target 8". A click on one opens it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.document.network_document import NetworkDocument
from playground.document.player import Player
from playground.ui.diagram.image_views import grey_image, ink
from playground.ui.plots.classes import Verdicts, verdicts
from playground.ui.plots.confusion_panel import (
    TEST,
    TRAINING,
    SplitChooser,
    class_labels,
    split_rows,
)
from playground.ui.plots.pacer import RedrawPacer

LIMIT = 24
ICON = 56  # pixels a side
TILE_WIDTH = 96  # a tile with its two-line caption, and the spacing


class MisclassifiedGrid(QWidget):
    """The first ``LIMIT`` misclassified samples of the chosen split, as clickable pictures.

    ``opened(split, index)``: a picture was clicked (``split`` is "test" or "training",
    ``index`` the sample's row in it).
    """

    opened = Signal(str, int)

    def __init__(
        self,
        doc: NetworkDocument,
        player: Player,
        *,
        shape: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("misclassified_grid")
        self.doc, self.shape = doc, shape
        self.verdicts: Verdicts | None = None
        self.split = TRAINING
        self.tiles: list[QToolButton] = []
        self.chooser = SplitChooser("misclassified_split")
        self.summary = QLabel()
        self.summary.setObjectName("misclassified_summary")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.addWidget(self.chooser)
        bar.addWidget(self.summary, 1)
        self.tile_area = QWidget()
        self.tile_layout = QGridLayout(self.tile_area)
        self.tile_layout.setContentsMargins(4, 4, 4, 4)
        self.tile_layout.setSpacing(4)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tile_area)
        self._placed_columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.pacer = RedrawPacer(self, doc=doc, player=player, redraw=self.redraw)
        self.chooser.refresh(doc.dataset)
        self.chooser.currentIndexChanged.connect(lambda _: self.pacer.schedule())

    def redraw(self, setup: bool) -> None:
        """One forward pass over the chosen samples; the tiles of the first wrong ones."""
        if setup:
            self.chooser.refresh(self.doc.dataset)
        self.split = self.chooser.split() or TRAINING
        inputs, targets = split_rows(self.doc.dataset, self.split)
        self.verdicts = verdicts(self.doc.network, inputs, targets)
        wrong = self.verdicts.wrong()
        shown = wrong[:LIMIT]
        self.summary.setText(
            self.tr("{wrong} of {total} wrong{first}").format(
                wrong=len(wrong),
                total=len(inputs),
                first=self.tr(", the first {n}").format(n=len(shown)) if len(wrong) > LIMIT else "",
            )
        )
        self._fill(inputs, shown)

    def _fill(self, inputs: np.ndarray, shown: np.ndarray) -> None:
        while len(self.tiles) < len(shown):
            self.tiles.append(self._tile(len(self.tiles)))
        labels = class_labels(self.doc)
        for place, tile in enumerate(self.tiles):
            if place >= len(shown):
                tile.hide()
                continue
            index = int(shown[place])
            picture = grey_image(ink(inputs[index]).reshape(self.shape))
            pixmap = QPixmap.fromImage(picture).scaled(
                ICON, ICON, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )  # fmt: skip
            predicted = labels[int(self.verdicts.predicted[index])]
            target = labels[int(self.verdicts.target[index])]
            tile.setIcon(QIcon(pixmap))
            tile.setText(self.tr("predicted {p},\ntarget {t}").format(p=predicted, t=target))
            name = self.tr("test sample {n}") if self.split == TEST else self.tr("sample {n}")
            tile.setToolTip(
                self.tr("{name}: click to see it large").format(name=name.format(n=index + 1))
            )
            tile.setProperty("sample", index)
            tile.show()

    def _tile(self, place: int) -> QToolButton:
        tile = QToolButton()
        tile.setObjectName(f"misclassified_{place}")
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tile.setIconSize(QSize(ICON, ICON))
        tile.setAutoRaise(True)
        tile.setFixedWidth(TILE_WIDTH - 6)
        tile.clicked.connect(
            lambda _=False, t=tile: self.opened.emit(self.split, t.property("sample"))
        )
        columns = self._columns()
        self.tile_layout.addWidget(tile, place // columns, place % columns)
        return tile

    def _columns(self) -> int:
        """As many tiles a row as the visible width holds (at least one)."""
        width = self.scroll.viewport().width() - 8
        return max(1, width // TILE_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self._columns()
        if columns != self._placed_columns:
            self._placed_columns = columns
            for place, tile in enumerate(self.tiles):
                self.tile_layout.removeWidget(tile)
                self.tile_layout.addWidget(tile, place // columns, place % columns)

    def shown_samples(self) -> list[int]:
        """The sample rows of the tiles shown, in order."""
        return [int(t.property("sample")) for t in self.tiles if not t.isHidden()]
