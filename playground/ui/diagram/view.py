"""The diagram widget: zoom, pan, rubber-band selection, inline editing, menus, Delete.

Left-drag on a node moves it (and every selected node); left-drag on the background draws
a rubber band; middle-drag or the scroll bars pan; Ctrl+wheel zooms, Ctrl+0 fits. Until
the learner zooms or pans by hand, the whole network is fitted to the view on open, on
every resize (maximising enlarges it at once) and whenever the drawing grows.
Double-click an edge to type its weight, a node to type its bias (an input: its label).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLabel, QMenu, QWidget

from playground.document import edits
from playground.document.network_document import NetworkDocument, NodeRef
from playground.ui.diagram import context_menu, interactions
from playground.ui.diagram.edge_item import EdgeItem, EdgeKey
from playground.ui.diagram.inline_editor import InlineEditor
from playground.ui.diagram.node_item import NodeItem
from playground.ui.diagram.scene import DiagramScene, owner_of
from playground.ui.selection import SelectionModel
from playground.ui.translate import message_text

AS_NEEDED = Qt.ScrollBarPolicy.ScrollBarAsNeeded


class DiagramView(QGraphicsView):
    """Shows ``doc`` as a diagram; clicks write ``selection``, edits go on ``doc.undo_stack``."""

    labels_visible_changed = Signal(bool)
    notes_names_changed = Signal(bool)

    ZOOM_STEP = 1.15
    MIN_SCALE = 0.1
    MAX_SCALE = 4.0
    AUTO_MAX_SCALE = 1.6  # fitted without asking: a small network grows with the window, not huge
    FIT_MARGIN = 2  # pixels left around the fitted network
    AUTO_MIN_SCALE = 0.25  # below this nothing is legible: show the top left and scroll
    READABLE_SCALE = 0.7  # below this the numbers (11 px) are too small to read: not drawn

    def __init__(
        self, doc: NetworkDocument, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagramView")
        self.diagram = DiagramScene(doc, selection, self)
        self.setScene(self.diagram)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.editor: InlineEditor | None = None
        self._editing: interactions.EditTarget | None = None
        self._pan_from: QPoint | None = None
        self._auto_fit = True  # keep the network fitted as the window resizes, until zoomed
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._scrolled)
            bar.actionTriggered.connect(self._panned_by_hand)  # a drag, a click, the wheel
        self.diagram.sceneRectChanged.connect(self._scene_grew)
        doc.structure_changed.connect(self.cancel_edit)
        self._watched = doc
        self.overview_note = QLabel(self)  # says where the numbers went, while they are hidden
        self.overview_note.setObjectName("diagramOverviewNote")
        self.overview_note.setWordWrap(True)
        self.overview_note.setStyleSheet(
            "QLabel { background: rgba(255, 255, 255, 225); color: #555; padding: 3px; }"
        )
        self.overview_note.hide()
        self.diagram.caption_changed.connect(self._show_overview_note)

    @property
    def doc(self) -> NetworkDocument:
        return self.diagram.doc

    def set_document(self, doc: NetworkDocument) -> None:
        """Show another document (File › Open) in this view."""
        self.cancel_edit()
        self._watched.structure_changed.disconnect(self.cancel_edit)
        doc.structure_changed.connect(self.cancel_edit)
        self._watched = doc
        self.diagram.set_document(doc)
        self._auto_fit = True
        self._fit_on_open()

    # -- labels and zoom -------------------------------------------------------------------

    def labels_visible(self) -> bool:
        return self.diagram.labels_visible()

    def set_labels_visible(self, visible: bool) -> None:
        """Show or hide the weight labels on the edges (the View menu's toggle)."""
        if visible != self.labels_visible():
            self.diagram.set_labels_visible(visible)
            self.labels_visible_changed.emit(bool(visible))

    def notes_names(self) -> bool:
        return self.diagram.notes_names()

    def set_notes_names(self, on: bool) -> None:
        """Name weights and biases as the course notes do, w1 … w8 and b1, b2 (the View
        menu's toggle); off by default, kept for this view when another file opens."""
        if on != self.notes_names():
            self.diagram.set_notes_names(on)
            self.notes_names_changed.emit(bool(on))

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.cancel_edit()
        self._auto_fit = False
        target = min(max(self.zoom() * factor, self.MIN_SCALE), self.MAX_SCALE)
        self._set_scroll_bars(AS_NEEDED)
        self.scale(target / self.zoom(), target / self.zoom())
        self._zoomed()

    def _zoomed(self) -> None:
        """Numbers only where they can be read: zoomed out further, the diagram shows the
        network's shape and pictures, and the caption above it says where the numbers are."""
        self.diagram.view_scale = self.zoom()
        self.diagram.set_detailed(self.zoom() >= self.READABLE_SCALE - 1e-9)
        self._show_overview_note()

    def _show_overview_note(self, _caption: str = "") -> None:
        note = self.overview_note
        if self.diagram.detailed() or self.diagram.caption is None:
            if not note.isHidden():
                note.hide()
                self.setViewportMargins(0, 0, 0, 0)
                if self._auto_fit:
                    self._fit_on_open()
            return
        note.setText(
            self.tr(
                "At {zoom} % the numbers are too small to read, so they are hidden: point at "
                "a node or an edge, click it for the inspector, or zoom in (Ctrl + wheel)."
            ).format(zoom=round(self.zoom() * 100))
        )
        note.setToolTip(self.diagram.caption_text)
        note.show()
        self._place_overview_note()

    def _place_overview_note(self) -> None:
        """Above the drawing (the viewport gives it room), never over a node."""
        frame = self.frameWidth()
        note = self.overview_note
        note.setFixedWidth(max(self.width() - 2 * frame, 100))
        height = note.heightForWidth(note.width())
        note.setFixedHeight(max(height, note.sizeHint().height()))
        note.move(frame, frame)
        if self.viewportMargins().top() != note.height():
            self.setViewportMargins(0, note.height(), 0, 0)
            if self._auto_fit:
                self._fit_on_open()  # into the smaller room

    def zoom_to_fit(self) -> None:
        """Show the whole network (View › Zoom to fit, Ctrl+0)."""
        self._auto_fit = False
        self.fit()

    def fit(self, *, max_scale: float = 2.0, min_scale: float = MIN_SCALE) -> None:
        """Zoom so the whole network shows, within [min_scale, max_scale] (Ctrl+0)."""
        self.cancel_edit()
        rect = self.diagram.sceneRect()
        if rect.isEmpty():
            return
        # The room without scroll bars: those shown at the old zoom would shrink the fit.
        room = self.maximumViewportSize()
        width, height = room.width() - 2 * self.FIT_MARGIN, room.height() - 2 * self.FIT_MARGIN
        scale = min(width / rect.width(), height / rect.height())
        scale = min(max(scale, min_scale), max_scale)
        # Scroll bars shown at the old zoom would stay and cut the view when all now fits.
        fits = rect.width() * scale <= width and rect.height() * scale <= height
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else AS_NEEDED)
        self.setTransform(QTransform.fromScale(scale, scale))
        # Too big even so: show the top left (titles, caption, first nodes) rather than the middle.
        half_w = self.viewport().width() / scale / 2.0
        half_h = self.viewport().height() / scale / 2.0
        x = (
            rect.center().x()
            if rect.width() * scale <= self.viewport().width()
            else (rect.left() + half_w)
        )
        y = (
            rect.center().y()
            if rect.height() * scale <= self.viewport().height()
            else (rect.top() + half_h)
        )
        self.centerOn(x, y)
        self._zoomed()

    def auto_fit(self) -> bool:
        """Whether the view still fits the network by itself (no zoom or pan by hand yet)."""
        return self._auto_fit

    def _set_scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def _fit_on_open(self) -> None:
        """The whole network, within [``AUTO_MIN_SCALE``, ``AUTO_MAX_SCALE``]."""
        self.fit(max_scale=self.AUTO_MAX_SCALE, min_scale=self.AUTO_MIN_SCALE)

    def _scene_grew(self, _rect: QRectF) -> None:
        if self._auto_fit and self.editor is None and self.isVisible():
            self._fit_on_open()

    def _panned_by_hand(self, _action: int) -> None:
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        if any(bar.maximum() > bar.minimum() for bar in bars):  # there was somewhere to go
            self._auto_fit = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self._fit_on_open()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.overview_note.isVisible():
            self._place_overview_note()
        if self._auto_fit:
            self._fit_on_open()
        else:  # after Ctrl+0 the bars were off; a smaller window must scroll again
            self._set_scroll_bars(AS_NEEDED)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_by(self.ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)  # scrolls: a pan by hand (the scroll bar's action says so)

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif ctrl and key == Qt.Key.Key_0:
            self.zoom_to_fit()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(self.ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(1.0 / self.ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for node in self.diagram.nodes.values():
                node.setSelected(True)
        elif key == Qt.Key.Key_Escape:
            self.diagram.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def delete_selection(self) -> list[str]:
        """Remove the selected nodes (or, if none, disconnect the selected edges): one undo step.
        Returns the messages of any removal refused."""
        nodes = [node.ref for node in self.diagram.selected_nodes()]
        if nodes:
            return interactions.remove_nodes(self.doc, nodes)
        edges = [i.key for i in self.diagram.selectedItems() if isinstance(i, EdgeItem)]
        return interactions.disconnect_edges(self.doc, edges) if edges else []

    # -- mouse: pan, double-click, context menu ------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.cancel_edit()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self._auto_fit = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta, self._pan_from = point - self._pan_from, point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the end of a rubber band on the background is handled here too

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        owner = self.owner_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and owner is not None:
            if isinstance(owner, EdgeItem):
                self.edit_weight(owner.key)
            elif owner.is_input:
                self.edit_label(owner.ref)
            else:
                self.edit_bias(owner.ref)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def owner_at(self, point: QPoint) -> NodeItem | EdgeItem | None:
        """The node or edge drawn at ``point`` (viewport coordinates), if any."""
        for item in self.items(point):
            owner = owner_of(item)
            if owner is not None:
                return owner
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.cancel_edit()
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        event.accept()

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The menu a right-click at ``point`` (viewport coordinates) shows; selects its item."""
        owner = self.owner_at(point)
        if owner is not None and not owner.isSelected():
            self.diagram.clearSelection()
            owner.setSelected(True)
        if isinstance(owner, NodeItem):
            return context_menu.node_menu(self, owner.ref)
        if isinstance(owner, EdgeItem):
            return context_menu.edge_menu(self, owner.key)
        return context_menu.background_menu(self, self.mapToScene(point))

    # -- inline editing ------------------------------------------------------------------

    def edit_weight(self, key: EdgeKey) -> InlineEditor | None:
        edge = self.diagram.edges.get(key)
        if edge is None:
            return None
        return self._open_editor(interactions.weight_target(self.doc, key), edge.label_point())

    def edit_bias(self, ref: NodeRef) -> InlineEditor | None:
        node = self.diagram.nodes.get(ref)
        if node is None or ref[0] == 0:
            return None
        return self._open_editor(interactions.bias_target(self.doc, ref), node.bias_point())

    def edit_label(self, ref: NodeRef) -> InlineEditor | None:
        node = self.diagram.nodes.get(ref)
        if node is None:
            return None
        return self._open_editor(interactions.label_target(self.doc, ref), node.scenePos())

    def _open_editor(self, target: interactions.EditTarget, where: QPointF) -> InlineEditor:
        self.cancel_edit()
        self.ensureVisible(where.x() - 80.0, where.y() - 20.0, 160.0, 60.0)  # may scroll
        self._editing = target
        self.editor = InlineEditor(self.viewport(), text=target.text, what=target.what)
        self.editor.submitted.connect(self._submit)
        self.editor.cancelled.connect(self.cancel_edit)
        self.editor.open_at(self.mapFromScene(where))
        return self.editor

    def _submit(self, text: str) -> None:
        if self._editing is None or self.editor is None:
            return
        outcome = self._editing.submit(text)
        if isinstance(outcome, edits.EditRefused):
            why = message_text(outcome.message)
            self.doc.notice.emit(why)
            self.editor.refuse(why)
            return
        self.cancel_edit()
        self.doc.undo_stack.push(outcome)

    def cancel_edit(self) -> None:
        """Close the inline editor, if open, without changing anything."""
        editor, self.editor, self._editing = self.editor, None, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scrolled(self, _value: int) -> None:
        if self._pan_from is None:
            self.cancel_edit()
