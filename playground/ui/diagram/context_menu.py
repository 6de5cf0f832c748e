"""The diagram's context menus: on a node, on an edge, and on the empty background.

Each builder returns a ``QMenu`` whose actions carry an ``objectName`` ("diagram.…") so
that tests can find and trigger them; the view shows the menu with ``exec``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from playground.document import edits
from playground.engine import ACTIVATION_NAMES
from playground.ui import figure_export
from playground.ui.diagram.edge_item import EdgeKey
from playground.ui.diagram.interactions import apply, hidden_layer_column
from playground.ui.pairing import with_pair

if TYPE_CHECKING:
    from playground.ui.diagram.view import DiagramView

NodeRef = tuple[int, int]
translate = QCoreApplication.translate  # context "DiagramMenu": the menus' texts


def _action(
    menu: QMenu, name: str, text: str, slot: Callable[[], object], *, checked: bool | None = None
) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(f"diagram.{name}")
    if checked is not None:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def node_menu(view: DiagramView, ref: NodeRef) -> QMenu:
    doc = view.doc
    column, index = ref
    last = len(doc.column_sizes()) - 1
    menu = QMenu(view)
    if column > 0:
        _action(
            menu, "edit_bias", translate("DiagramMenu", "Edit bias…"), lambda: view.edit_bias(ref)
        )
    _action(menu, "rename", translate("DiagramMenu", "Rename…"), lambda: view.edit_label(ref))
    if column > 0:
        _activation_menu(view, menu, column)
    menu.addSeparator()
    _action(
        menu,
        "add_node",
        translate("DiagramMenu", "Add node to this layer"),
        lambda: apply(doc, edits.add_node(doc, column)),
    )
    _action(
        menu,
        "remove_node",
        translate("DiagramMenu", "Remove node {name}").format(name=doc.label(*ref)),
        lambda: apply(doc, edits.remove_node(doc, column, index)),
    )
    if 0 < column < last:
        _action(
            menu,
            "remove_layer",
            translate("DiagramMenu", "Remove this hidden layer"),
            lambda: apply(doc, edits.remove_hidden_layer(doc, column)),
        )
    _connections_menu(view, menu, ref)
    return menu


def _activation_menu(view: DiagramView, menu: QMenu, column: int) -> None:
    doc = view.doc
    current = doc.network.layers[column - 1].activation
    sub = menu.addMenu(translate("DiagramMenu", "Activation of this layer"))
    sub.setObjectName("diagram.activation_menu")
    for name in ACTIVATION_NAMES:
        _action(
            sub,
            f"activation.{name}",
            name,
            lambda name=name: apply(doc, _activation_edit(view, column, name)),
            checked=name == current,
        )


def _activation_edit(view: DiagramView, column: int, name: str) -> edits.Outcome:
    """The activation edit; on the output layer, with the loss that must go with it."""
    doc = view.doc
    outcome = edits.set_activation(doc, column, name)
    if column == len(doc.network.layers):
        outcome = with_pair(view, doc, outcome, activation=name)
    return outcome


def _connections_menu(view: DiagramView, menu: QMenu, ref: NodeRef) -> None:
    """Connect or disconnect this node and each drawn node of the neighbouring columns."""
    doc, scene = view.doc, view.diagram
    column, index = ref
    sub = menu.addMenu(translate("DiagramMenu", "Connections"))
    sub.setObjectName("diagram.connections_menu")
    ends: list[tuple[str, EdgeKey]] = []
    from_text = translate("DiagramMenu", "from {name}")
    to_text = translate("DiagramMenu", "to {name}")
    if column > 0:
        ends += [
            (from_text.format(name=doc.label(column - 1, s)), (column, s, index))
            for s in scene.plans[column - 1].drawn
        ]
    if column + 1 < len(scene.plans):
        ends += [
            (to_text.format(name=doc.label(column + 1, t)), (column + 1, index, t))
            for t in scene.plans[column + 1].drawn
        ]
    for text, key in ends:
        c, s, t = key
        connected = bool(doc.network.layers[c - 1].mask[s, t])
        _action(
            sub,
            f"connect.{c}.{s}.{t}",
            text,
            lambda key=key, on=not connected: apply(
                doc, edits.set_edge_connected(doc, *key, connected=on)
            ),
            checked=connected,
        )


def edge_menu(view: DiagramView, key: EdgeKey) -> QMenu:
    doc = view.doc
    menu = QMenu(view)
    _action(
        menu, "edit_weight", translate("DiagramMenu", "Edit weight…"), lambda: view.edit_weight(key)
    )
    _action(
        menu,
        "disconnect",
        translate("DiagramMenu", "Disconnect"),
        lambda: apply(doc, edits.set_edge_connected(doc, *key, connected=False)),
    )
    return menu


def background_menu(view: DiagramView, where: QPointF) -> QMenu:
    doc, scene = view.doc, view.diagram
    xs = scene.column_xs()
    column = hidden_layer_column(xs, where.x())
    menu = QMenu(view)
    _action(
        menu,
        "add_layer",
        translate("DiagramMenu", "Add hidden layer here"),
        lambda: apply(doc, edits.add_hidden_layer(doc, column)),
    )
    menu.addSeparator()
    _action(
        menu,
        "labels",
        translate("DiagramMenu", "Show weight labels"),
        lambda: view.set_labels_visible(not view.labels_visible()),
        checked=view.labels_visible(),
    )
    _action(menu, "fit", translate("DiagramMenu", "Zoom to fit\tCtrl+0"), view.zoom_to_fit)
    menu.addSeparator()
    export = figure_export.export_action(menu, view, lambda: figure_export.diagram_figure(view))
    export.setObjectName("diagram.export_figure")
    return menu
