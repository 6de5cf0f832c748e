"""The document drawn as a graph: the scene maps the model to items, never the other way.

``structure_changed`` rebuilds every item; the other document signals update the items in
place. A drag of one or several nodes becomes one ``MoveNodesCommand`` on release. The
scene keeps the shared ``SelectionModel`` and its own item selection in step. With the
notes' names on, weights and biases are written w1 … and b1 … (a setting of the view, kept
across rebuilds and documents).
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from playground.document.changes import Change
from playground.document.commands import MoveNodesCommand
from playground.document.network_document import NetworkDocument, NodeRef
from playground.document.values import edge_values, node_values
from playground.engine import Phase
from playground.engine.chain_rule import Param
from playground.lab.session import session_for
from playground.ui.diagram import texts
from playground.ui.diagram.edge_item import MAX_WIDTH as EDGE_MAX_WIDTH
from playground.ui.diagram.edge_item import EdgeItem, EdgeKey, EdgeLabel
from playground.ui.diagram.image_views import ImageViews
from playground.ui.diagram.label_layout import Box, Placement, arrange_labels, box_of
from playground.ui.diagram.layout import ColumnPlan, place_nodes, plan_column
from playground.ui.diagram.look import MUTED, NODE_DIAMETER, TextBadge, weight_colour
from playground.ui.diagram.node_item import NodeItem
from playground.ui.diagram.thumbnail import NodeThumbnails
from playground.ui.lab.picking import pick_hidden
from playground.ui.selection import EdgeSelection, NodeSelection, Selected, SelectionModel

_SHOWN = (
    Change.STRUCTURE
    | Change.PARAMETERS
    | Change.LABELS
    | Change.POSITIONS
    | Change.VALUES
    | Change.PHASE
    | Change.SETTINGS
    | Change.SAMPLE
    | Change.RUN
)
_CAPTION_SEPARATOR = "   ·   "  # between the parts of a caption line (texts.caption)


def owner_of(item: QGraphicsItem | None) -> NodeItem | EdgeItem | None:
    """The node or edge a clicked item belongs to (its text, its label), or None."""
    while item is not None:
        if isinstance(item, NodeItem | EdgeItem):
            return item
        if isinstance(item, EdgeLabel):
            return item.owner
        item = item.parentItem()
    return None


class DiagramScene(QGraphicsScene):
    """Nodes and edges of ``doc``; ``selection`` is shared with the inspector."""

    thumbnail_clicked = Signal(int, int)  # (column, index) of the node whose picture was clicked
    caption_changed = Signal(str)  # the caption's new text (the view shows it when zoomed out)

    MAX_EDGE_ITEMS = 3000
    DENSE_EDGES = 24  # above this many edges between two columns, label only the selected ones
    MARGIN = 24.0  # white around everything drawn, in the scene rect
    GLOW_MS = 600
    MAX_WIDTH = EDGE_MAX_WIDTH

    def __init__(
        self, doc: NetworkDocument, selection: SelectionModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.selection = selection
        self.nodes: dict[NodeRef, NodeItem] = {}
        self.edges: dict[EdgeKey, EdgeItem] = {}
        self.titles: dict[int, TextBadge] = {}
        self.ellipses: dict[int, TextBadge] = {}
        self.plans: list[ColumnPlan] = []
        self.caption: TextBadge | None = None
        self.caption_text = ""  # what the caption says (written on it only while shown)
        self.edges_left_out = 0
        self._labels_visible = True
        self._detailed = True  # numbers drawn: the view is zoomed enough to read them
        self.view_scale = 1.0  # screen pixels per scene unit (the view's zoom)
        self._notes_names = False
        self._dense: set[int] = set()
        self._shown_weights: dict[EdgeKey, float] = {}
        self._shown_steps = -1  # the trainer's update count when the weights were drawn
        self._pointed: set = set()  # the node or edge under the pointer
        self._label_boxes: list[Box] = []
        self._drag_start: dict[NodeRef, tuple[float, float]] = {}
        self._anchor: NodeItem | EdgeItem | None = None
        self._syncing = False
        self._glowing: list[EdgeItem] = []
        self._glow = QVariantAnimation(self)
        self._glow.setDuration(self.GLOW_MS)
        self._glow.setStartValue(1.0)
        self._glow.setEndValue(0.0)
        self._glow.valueChanged.connect(self._set_glow)
        self._glow.finished.connect(self._end_glow)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.selectionChanged.connect(self._push_selection)
        selection.changed.connect(self._pull_selection)
        self.thumbnails = NodeThumbnails(self)
        self.images = ImageViews(self)  # an image input's picture, output chart, fields
        self.refreshes = 0  # how many document changes were drawn (tests count them)
        self._connect(doc)
        self.rebuild()

    # -- the document --------------------------------------------------------------------

    def set_document(self, doc: NetworkDocument) -> None:
        self.doc.changed.disconnect(self._changed)
        self.doc = doc
        self._connect(doc)
        self.rebuild()

    def _connect(self, doc: NetworkDocument) -> None:
        doc.changed.connect(self._changed)
        session_for(doc).changed.connect(self._refresh_numbers)  # lab mode: "?" or a value

    def _changed(self, change: Change) -> None:
        """One refresh for everything one document operation changed."""
        if not change & _SHOWN:
            return
        self.refreshes += 1
        if Change.STRUCTURE in change:
            self.rebuild()
            return
        if change & (Change.PARAMETERS | Change.SETTINGS | Change.LABELS | Change.RUN):
            self.thumbnails.schedule()
        if Change.LABELS in change:
            self._refresh_labels()
        if Change.PARAMETERS in change:
            self._refresh_parameters()
        if Change.POSITIONS in change:
            self._refresh_positions()
        if change & (Change.VALUES | Change.PARAMETERS | Change.SAMPLE):
            self._refresh_numbers()  # the caption too
        elif change & (Change.PHASE | Change.SETTINGS):
            self._refresh_caption()

    # -- building ------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Drop every item and draw the document's network afresh."""
        self._end_glow()
        self._syncing = True
        try:
            self._anchor = None
            self.nodes, self.edges, self.titles, self.ellipses = {}, {}, {}, {}
            self._pointed = set()
            self.caption = None
            self.clear()
            self._dense = set()
            self.plans = [plan_column(size) for size in self.doc.column_sizes()]
            for column, plan in enumerate(self.plans):
                self._build_column(column, plan)
            self._build_edges()
            self.thumbnails.rebuild()
            self.images.rebuild()
            self.caption = self._add_text(pixels=12)
            self.caption_text = ""
            self.caption.setBrush(MUTED)
            self._shown_weights = {}
            self._refresh_labels()
            self._refresh_parameters()
            self._refresh_numbers()
            self._apply_detail()
            self._refresh_positions()
        finally:
            self._syncing = False
        self._pull_selection()
        if self.selection.current is not None and self.item_for(self.selection.current) is None:
            self.selection.select(None)

    def _build_column(self, column: int, plan: ColumnPlan) -> None:
        for index in plan.drawn:
            item = NodeItem((column, index), is_input=column == 0)
            item.tip_source = lambda ref=(column, index): self._node_tooltip(ref)
            self.addItem(item)
            self.nodes[(column, index)] = item
        self.titles[column] = self._add_text(pixels=13, bold=True, background=False)
        if plan.ellipsis_slot is not None:
            dots = self._add_text(pixels=13, centred=True)
            dots.setText(self.tr("⋮\n{count} more\n⋮").format(count=plan.hidden_count))
            dots.setBrush(MUTED)
            self.ellipses[column] = dots

    def _build_edges(self) -> None:
        budget = self.MAX_EDGE_ITEMS
        self.edges_left_out = 0
        for column in range(1, len(self.plans)):
            mask = self.doc.network.layers[column - 1].mask
            sources, targets = self.plans[column - 1].drawn, self.plans[column].drawn
            drawn = 0
            for source in sources:
                for target in targets:
                    if not mask[source, target]:
                        continue
                    if budget == 0:
                        self.edges_left_out += 1
                        continue
                    self._add_edge((column, source, target))
                    budget -= 1
                    drawn += 1
            if drawn > self.DENSE_EDGES:
                self._dense.add(column)

    def _add_edge(self, key: EdgeKey) -> None:
        column, source, target = key
        edge = EdgeItem(key, self.nodes[(column - 1, source)], self.nodes[(column, target)])
        edge.tip_source = lambda: self._edge_tooltip(key)
        edge.text_source = lambda: self._edge_text(key)
        self.addItem(edge)
        self.addItem(edge.label)
        self.edges[key] = edge

    def _add_text(
        self, *, pixels: int, bold: bool = False, background: bool = True, centred: bool = False
    ) -> TextBadge:
        item = TextBadge(pixels=pixels, bold=bold, centred=centred)
        item.background = background
        self.addItem(item)
        return item

    # -- updating in place ---------------------------------------------------------------

    def _refresh_labels(self) -> None:
        for (column, index), node in self.nodes.items():
            node.set_label(self.doc.label(column, index))
        for column, title in self.titles.items():
            title.setText(texts.column_title(self.doc, column))
        self._place_titles()

    def _refresh_parameters(self) -> None:
        # Widths step by a quarter of a screen pixel; zoomed out (the numbers hidden, the
        # lines thin) by a whole one, so that training does not repaint every line.
        pixel = 0.25 if self._detailed else 1.0
        step = pixel / max(self.view_scale, 0.05)
        layers = self.doc.network.layers
        scale = max(float(np.abs(layer.weights).max(initial=0.0)) for layer in layers) or 1.0
        changed = []
        for key, edge in self.edges.items():
            column, source, target = key
            weight = float(layers[column - 1].weights[source, target])
            edge.set_look(*self._look(column, weight / scale), step=step)
            if key in self._shown_weights and self._shown_weights[key] != weight:
                changed.append(edge)
            self._shown_weights[key] = weight
        self.images.refresh_weights()
        steps = self.doc.run.trainer.steps
        one_update = steps == self._shown_steps + 1  # not Play's many: no glow at 30 Hz
        self._shown_steps = steps
        if changed and one_update and self.doc.phase is Phase.UPDATED:
            self._start_glow(changed)

    def _look(self, column: int, relative: float) -> tuple[QColor, float]:
        """Colour by sign, width by size relative to the largest weight; fainter when dense."""
        colour = weight_colour(relative)
        if column in self._dense:
            colour.setAlphaF(0.5)
            return colour, 0.75 + (self.MAX_WIDTH / 2.0 - 0.75) * abs(relative)
        return colour, 1.0 + (self.MAX_WIDTH - 1.0) * abs(relative)

    def _refresh_numbers(self) -> None:
        """The numbers that can be seen: every node's and every label's that may show (a
        label of a dense pair of columns only for the selection; none when zoomed out).
        The others, and every tooltip, are written when pointed at: while playing, a big
        network's hidden numbers are not formatted 15 times a second."""
        doc = self.doc
        lab = texts.hidden_values(doc)  # lab mode: values to compute by hand show "?"
        if self._detailed:
            for (column, index), node in self.nodes.items():
                values = node_values(doc, column, index)
                name = self._notes_name(Param.node(column, index)) if column else None
                hidden = lab.on_node(values.label) if lab and column else texts.NOTHING_HIDDEN
                node.set_bias(texts.bias_text(values, name or "b"))
                node.set_values(texts.node_lines(values, hidden))
        related = self._related_edges()
        for key, edge in self.edges.items():
            if self._detailed and (key[0] not in self._dense or edge in related):
                edge.set_text(self._edge_text(key, lab))
            else:
                edge.text_stale = True
        for item in self.hovered_items():
            item.fresh_tooltip()
        self.images.refresh()
        self._refresh_caption(fit=False)
        if self._detailed:
            self._arrange_labels()

    def _edge_text(self, key: EdgeKey, lab=None) -> str:
        lab = texts.hidden_values(self.doc) if lab is None else lab
        hidden = lab.on_edge(self.doc, key) if lab else texts.NOTHING_HIDDEN
        name = self._notes_name(Param.edge(*key))
        return texts.edge_text(edge_values(self.doc, *key), name, hidden)

    def _edge_tooltip(self, key: EdgeKey) -> str:
        lab = texts.hidden_values(self.doc)
        hidden = lab.on_edge(self.doc, key) if lab else texts.NOTHING_HIDDEN
        name = self._notes_name(Param.edge(*key))
        return texts.edge_tooltip(edge_values(self.doc, *key), name or "w", hidden)

    def _node_tooltip(self, ref: NodeRef) -> list[str]:
        column, index = ref
        values = node_values(self.doc, column, index)
        lab = texts.hidden_values(self.doc)
        hidden = lab.on_node(values.label) if lab and column else texts.NOTHING_HIDDEN
        name = self._notes_name(Param.node(column, index)) if column else None
        return texts.node_tooltip(values, name or "b", hidden)

    def hovered_items(self) -> list:
        """The node or edge under the pointer: its tooltip follows the numbers."""
        return [item for item in self._pointed if shiboken6.isValid(item)]

    def pointed_at(self, item, pointed: bool) -> None:
        """A node or edge tells when the pointer enters or leaves it."""
        if pointed:
            self._pointed.add(item)
        else:
            self._pointed.discard(item)

    def _refresh_caption(self, *, fit: bool = True) -> None:
        if self.caption is None:
            return
        lab = texts.hidden_values(self.doc)
        text = texts.caption(self.doc, hide_loss=lab is not None and lab.loss)
        if self.edges_left_out:
            text += "\n" + self.tr("{count} edges not drawn (too many to show)").format(
                count=self.edges_left_out
            )
        if text != self.caption_text:
            self.caption_text = text
            self.caption_changed.emit(text)
        if not self._detailed:
            return  # hidden: written when the view zooms in (set_detailed)
        self.caption.setText(text)
        if self.nodes and self.caption.text_rect().width() > self._caption_width():
            self.caption.setText(text.replace(_CAPTION_SEPARATOR, "\n"))  # one per line
        self._place_caption()
        if fit:
            self.fit_scene_rect(grow_only=True)

    def _caption_width(self) -> float:
        """The caption may be as wide as the network and its numbers, but not wider."""
        xs = [node.x() for node in self.nodes.values()]
        return max(max(xs) - min(xs) + 2.0 * NODE_DIAMETER + 80.0, 320.0)  # 80: net, out, δ

    def _refresh_positions(self) -> None:
        placed = place_nodes(self.plans, self.doc.positions)
        for ref, node in self.nodes.items():
            node.setPos(*placed[ref])
        for edge in self.edges.values():
            edge.adjust()
        for column, dots in self.ellipses.items():
            plan = self.plans[column]
            slot = plan.ellipsis_slot
            above = self.nodes[(column, plan.drawn[slot - 1])].pos()
            below = self.nodes[(column, plan.drawn[slot])].pos()
            middle = (above + below) / 2.0
            dots.centre_at(middle.x(), middle.y())
        self.images.place()
        self._place_titles()
        self._arrange_labels(fit=False)
        self.fit_scene_rect()

    def column_xs(self) -> list[float]:
        """The x of each column: the mean x of its drawn nodes."""
        return [self._column_x(column) for column in range(len(self.plans))]

    def _column_x(self, column: int) -> float:
        points = [node.pos().x() for (c, _), node in self.nodes.items() if c == column]
        return sum(points) / len(points)

    def _place_titles(self) -> None:
        """Column titles on one line above the highest node."""
        if not self.nodes:
            return
        top = min(node.y() + node.top() for node in self.nodes.values())
        for column, title in self.titles.items():
            rect = title.text_rect()
            title.setPos(self._column_x(column) - rect.width() / 2.0, top - rect.height() - 10.0)
        self._place_caption()

    def _place_caption(self) -> None:
        if self.caption is None or not self.titles:
            return
        left = min(node.pos().x() for node in self.nodes.values()) - NODE_DIAMETER
        top = min(title.pos().y() for title in self.titles.values())
        self.caption.setPos(left, top - self.caption.text_rect().height() - 12.0)

    def fit_scene_rect(self, *, grow_only: bool = False) -> None:
        """The scroll area: every node with its numbers, title, caption and shown label, plus
        a margin. ``grow_only`` (a value refresh): never shrink, so that the view does not
        rescale with every new number while training."""
        self._fit_boxes(self._obstacles() + self._label_boxes, grow_only=grow_only)

    def _fit_boxes(self, boxes: list[Box], *, grow_only: bool) -> None:
        if not boxes:
            return
        margin = self.MARGIN
        left, top = min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin
        right, bottom = max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin
        rect = QRectF(left, top, right - left, bottom - top)
        if grow_only:
            if self.sceneRect().contains(rect):
                return
            rect = rect.united(self.sceneRect())
        self.setSceneRect(rect)

    # -- the notes' names -----------------------------------------------------------------

    def notes_names(self) -> bool:
        return self._notes_names

    def set_notes_names(self, on: bool) -> None:
        """Write weights and biases with the course notes' names (w5 = 0.4, ∂E/∂w5, b1)."""
        if bool(on) != self._notes_names:
            self._notes_names = bool(on)
            self._refresh_numbers()

    def _notes_name(self, param: Param) -> str | None:
        return texts.notes_name(self.doc.network, param) if self._notes_names else None

    # -- edge labels ---------------------------------------------------------------------

    def labels_visible(self) -> bool:
        return self._labels_visible

    def set_labels_visible(self, visible: bool) -> None:
        """Show or hide the weight labels on the edges."""
        self._labels_visible = bool(visible)
        self._apply_label_visibility()

    def detailed(self) -> bool:
        return self._detailed

    def set_detailed(self, detailed: bool) -> None:
        """Draw the numbers (biases, net/out/δ, weight labels, the caption), or only the
        network's shape and pictures: the view says which, by whether its zoom leaves
        the numbers large enough to read."""
        if bool(detailed) != self._detailed:
            self._detailed = bool(detailed)
            if self._detailed and self.nodes:
                self._refresh_numbers()  # written only while they could be read
            self._apply_detail()

    def _apply_detail(self) -> None:
        for node in self.nodes.values():
            node.set_numbers_shown(self._detailed)
        if self.caption is not None:
            self.caption.setVisible(self._detailed)
        self._apply_label_visibility()

    def _arrange_labels(self, *, fit: bool = True) -> None:
        """Slide labels along their edges off nodes, texts and each other; hide those with no
        room. The selected edges and those of selected nodes go first (the only ones labelled
        in a dense pair of columns), then the larger |weight|."""
        related = self._related_edges()
        weights = self._shown_weights
        chosen = [
            edge for key, edge in self.edges.items() if key[0] not in self._dense or edge in related
        ]
        chosen.sort(key=lambda e: (e not in related, -abs(weights.get(e.key, 0.0))))
        obstacles = self._obstacles()
        self._label_boxes = arrange_labels(
            (Placement(edge, forced=edge in related) for edge in chosen), obstacles
        )
        self._apply_label_visibility(related)
        if fit:
            self._fit_boxes(obstacles + self._label_boxes, grow_only=True)

    def _related_edges(self) -> set[EdgeItem]:
        """The selected edges and every edge of a selected node."""
        related: set[EdgeItem] = set()
        for item in self.selectedItems():
            if isinstance(item, EdgeItem):
                related.add(item)
            elif isinstance(item, NodeItem):
                related.update(item.edges)
        return related

    def _obstacles(self) -> list[Box]:
        """What labels keep off: nodes with their numbers and pictures, titles, caption, ⋮."""
        items = [*self.nodes.values(), *self.titles.values(), *self.ellipses.values()]
        items += self.images.items()
        if self.caption is not None and self.caption.text():
            items.append(self.caption)
        return [box_of(item.sceneBoundingRect()) for item in items]

    def _apply_label_visibility(self, related: set[EdgeItem] | None = None) -> None:
        related = self._related_edges() if related is None else related
        on = self._labels_visible
        for edge in self.edges.values():
            fits = edge.label_fits and edge.key[0] not in self._dense
            shown = on and self._detailed and (edge in related or fits)
            edge.set_label_shown(shown, on_hover=on and self._detailed)

    # -- the glow after an update ----------------------------------------------------------

    def _start_glow(self, edges: list[EdgeItem]) -> None:
        self._end_glow()
        self._glowing = edges
        self._set_glow(1.0)  # at once, not at the animation's first tick
        self._glow.start()

    def _set_glow(self, amount: float) -> None:
        for edge in self._glowing:
            edge.set_glow(float(amount))

    def _end_glow(self) -> None:
        self._glow.stop()
        self._set_glow(0.0)
        self._glowing = []

    def glowing_edges(self) -> list[EdgeItem]:
        return list(self._glowing)

    # -- selection -----------------------------------------------------------------------

    def item_for(self, selected: Selected) -> NodeItem | EdgeItem | None:
        if isinstance(selected, NodeSelection):
            return self.nodes.get((selected.column, selected.index))
        if isinstance(selected, EdgeSelection):
            return self.edges.get((selected.column, selected.source, selected.target))
        return None

    def selected_nodes(self) -> list[NodeItem]:
        return [item for item in self.selectedItems() if isinstance(item, NodeItem)]

    def _push_selection(self) -> None:
        if self._syncing:
            return
        self._arrange_labels()
        chosen = self._anchor if self._anchor is not None and self._anchor.isSelected() else None
        if chosen is None:
            picked = [i for i in self.selectedItems() if isinstance(i, NodeItem | EdgeItem)]
            chosen = picked[0] if picked else None
        self._syncing = True
        try:
            self.selection.select(_selection_of(chosen))
        finally:
            self._syncing = False

    def _pull_selection(self) -> None:
        if self._syncing:
            return
        item = self.item_for(self.selection.current)
        if item is not None and item.isSelected():
            return
        self._syncing = True
        try:
            self.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self._syncing = False
        self._arrange_labels()

    # -- dragging ------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = owner_of(self.itemAt(event.scenePos(), QTransform()))
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._push_selection()
            self._drag_start = {node.ref: (node.x(), node.y()) for node in self.selected_nodes()}
            pick_hidden(self, self.itemAt(event.scenePos(), QTransform()))  # lab mode

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._drag_start:
            return
        start, self._drag_start = self._drag_start, {}
        start = {ref: where for ref, where in start.items() if ref in self.nodes}  # rebuilt?
        end = {ref: (self.nodes[ref].x(), self.nodes[ref].y()) for ref in start}
        if end != start:
            self.doc.undo_stack.push(MoveNodesCommand(self.doc, start, end))


def _selection_of(item: NodeItem | EdgeItem | None) -> Selected:
    if isinstance(item, NodeItem):
        return NodeSelection(*item.ref)
    if isinstance(item, EdgeItem):
        return EdgeSelection(*item.key)
    return None
