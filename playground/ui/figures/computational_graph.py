"""View → Computational graph…: the selected weight or bias on the notes' (003) computational
graph, x·w → + b → f → E, with the forward value above and the backward gradient below
every edge, for the first sample of the last pass.

Each gate passes its upstream gradient back by its local rule: the add gate hands δ = ∂E/∂net
to each of its inputs unchanged; the multiply gate hands δ·w to x and δ·x to w; f hands
∂E/∂out · f′(net) back as δ. The numbers are ``playground.engine.chain_rule``'s, the module
the chain-rule panel reads: ∂E/∂out and δ are sums over the explanation's paths of their
factors down to the node, and ∂E/∂w is its gradient. Forward values appear after F, the
gradients after B. Drawn with QPainter: no matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from playground.document.changes import Change
from playground.engine import EngineError, Network, Trace
from playground.engine.chain_rule import Param, explain, figure, parameter_name
from playground.engine.losses import get_loss
from playground.ui.docks.math_panel import _pass_network
from playground.ui.selection import selected_param
from playground.ui.translate import error_text

translate = QCoreApplication.translate  # context "ComputationalGraphWindow": the graph's words

FORWARD, BACKWARD = QColor("#1F5FA8"), QColor("#B3261E")
_REFRESH_ON = Change.VALUES | Change.PARAMETERS | Change.STRUCTURE | Change.LABELS | Change.RUN
FRAME = (1300, 520)  # the drawing's own coordinates, scaled to the widget
# where each node of the graph sits: the inputs of a gate far apart, so that the labels
# near their start never meet
_PLACES = {
    "x": (90, 70),
    "w": (90, 250),
    "mul": (420, 160),
    "rest": (420, 330),
    "b": (420, 470),
    "add": (700, 300),
    "f": (960, 300),
    "E": (1220, 300),
}


@dataclass(frozen=True)
class GraphEdge:
    """One edge of the graph: from node ``start`` to ``end``, what flows forward along it
    (``name`` = value) and the gradient ∂E/∂(name) flowing back; None: not computed yet."""

    start: str
    end: str
    name: str
    forward: float | None
    backward: float | None


@dataclass(frozen=True)
class Graph:
    """The computational graph of one parameter at its node: gate labels by node key, the
    edges in drawing order, and a caption."""

    nodes: dict[str, str]
    edges: tuple[GraphEdge, ...]
    caption: str

    def edge(self, name: str) -> GraphEdge:
        return next(e for e in self.edges if e.name == name)


def build_graph(network: Network, trace: Trace | None, param: Param) -> Graph:
    """The graph of ``param`` for row 0 of ``trace`` (None before any pass); ``network``
    holds the weights the pass used."""
    column, node = param.column, param.target
    label = network.node_label(column, node)
    activation = network.layers[column - 1].activation
    last = column == len(network.layers)
    name = parameter_name(network, param)
    nodes = {"add": "+", "f": activation, "E": "E" if last else "… → E", "b": f"b_{label}"}
    fwd = _Forward(network, trace, param)
    back = _Backward(network, trace, param)
    edges = []
    if param.is_bias:
        nodes["rest"] = "Σ w·x"
        edges.append(GraphEdge("rest", "add", "Σ w·x", fwd.others, back.delta))
    else:
        source = network.node_label(column - 1, param.source)
        x_name = source if column == 1 else f"out_{source}"
        others = translate("ComputationalGraphWindow", "Σ other w·x")
        nodes.update(x=x_name, w=name, mul="×", rest=others)
        edges += [
            GraphEdge("x", "mul", x_name, fwd.x, back.times(fwd.w)),
            GraphEdge("w", "mul", name, fwd.w, back.gradient),
            GraphEdge("mul", "add", f"{name}·{x_name}", fwd.product, back.delta),
            GraphEdge("rest", "add", others, fwd.others, back.delta),
        ]
    bias_gradient = back.gradient if param.is_bias else back.delta
    edges += [
        GraphEdge("b", "add", f"b_{label}", fwd.bias, bias_gradient),
        GraphEdge("add", "f", f"net_{label}", fwd.net, back.delta),
        GraphEdge("f", "E", f"out_{label}", fwd.out, back.d_out),
    ]
    caption = translate("ComputationalGraphWindow", "{name} at node {label}").format(
        name=name, label=label
    ) + (f" ({back.note})" if back.note else "")
    return Graph(nodes, tuple(edges), caption)


class _Forward:
    """The forward values at the parameter's node for row 0 of the pass; the weight and the
    bias before any pass."""

    def __init__(self, network: Network, trace: Trace | None, param: Param) -> None:
        layer, node = network.layers[param.column - 1], param.target
        self.bias = float(layer.bias[node])
        self.w = None if param.is_bias else float(layer.weights[param.source, node])
        self.x = self.product = self.others = self.net = self.out = None
        if trace is None:
            return
        lt = trace.layers[param.column - 1]
        inputs = trace.layer_inputs(param.column - 1)[0]
        self.net, self.out = float(lt.net[0, node]), float(lt.out[0, node])
        terms = inputs * layer.weights[:, node]
        if float(np.sum(terms)) + self.bias != self.net:
            self.bias = self.net - float(np.sum(terms))  # updated since: the one the pass used
        if param.is_bias:
            self.others = float(np.sum(terms))
            return
        self.x, self.product = float(inputs[param.source]), float(terms[param.source])
        self.others = float(np.sum(np.delete(terms, param.source)))


class _Backward:
    """The gradients at the parameter's node for row 0, from the chain rule's paths:
    ``d_out`` = ∂E/∂out (None for an output whose loss gives ∂E/∂net directly), ``delta`` =
    ∂E/∂net, ``gradient`` = ∂E/∂param."""

    def __init__(self, network: Network, trace: Trace | None, param: Param) -> None:
        self.d_out = self.delta = self.gradient = None
        self.note = ""
        if trace is None or not trace.has_gradients:  # filled in by the backward pass
            return
        try:
            paths = explain(network, trace, param).paths
        except EngineError as error:
            self.note = error_text(error)
            return
        if not paths:
            self.delta = self.gradient = self.d_out = 0.0
            return
        products = [_product(path.terms[:-1]) for path in paths]  # down to ∂E/∂net
        self.delta = float(sum(products))
        self.gradient = float(sum(path.product for path in paths))
        paired = get_loss(network.loss).output_delta is not None
        if paired and param.column == len(network.layers):
            self.note = translate(
                "ComputationalGraphWindow", "the loss gives ∂E/∂net of this output directly"
            )
        else:
            self.d_out = float(sum(_product(path.terms[:-2]) for path in paths))

    def times(self, value: float | None) -> float | None:
        return None if self.delta is None or value is None else self.delta * value


def _product(terms) -> float:
    result = 1.0
    for term in terms:
        result *= term.value
    return result


class GraphCanvas(QWidget):
    """Paints a ``Graph``: gates as circles, edges as arrows, forward values above in blue,
    gradients below in red."""

    def __init__(self) -> None:
        super().__init__()
        self.graph: Graph | None = None
        self.setMinimumSize(700, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_graph(self, graph: Graph | None) -> None:
        self.graph = graph
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.graph is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / FRAME[0], self.height() / FRAME[1])
        painter.scale(scale, scale)
        font = QFont(self.font())
        font.setPointSizeF(9.5)
        painter.setFont(font)
        for edge in self.graph.edges:
            self._paint_edge(painter, edge)
        for key, text in self.graph.nodes.items():
            if key in {e.start for e in self.graph.edges} | {e.end for e in self.graph.edges}:
                self._paint_node(painter, key, text)
        painter.end()

    def _paint_node(self, painter: QPainter, key: str, text: str) -> None:
        x, y = _PLACES[key]
        gate = key in ("mul", "add", "f", "E")
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.setBrush(QColor("#F2F2F2") if gate else QColor("#FFFFFF"))
        rect = QRectF(x - 45, y - 22, 90, 44)
        painter.drawEllipse(rect) if gate else painter.drawRoundedRect(rect, 6, 6)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_edge(self, painter: QPainter, edge: GraphEdge) -> None:
        (x1, y1), (x2, y2) = _PLACES[edge.start], _PLACES[edge.end]
        start, end = QPointF(x1 + 45, y1), QPointF(x2 - 45, y2)
        painter.setPen(QPen(QColor("#555555"), 1.2))
        painter.drawLine(start, end)
        direction = np.array([end.x() - start.x(), end.y() - start.y()])
        direction /= max(np.hypot(*direction), 1e-9)
        normal = np.array([-direction[1], direction[0]])
        for side in (1, -1):
            tip = np.array([end.x(), end.y()]) - 10 * direction + side * 5 * normal
            painter.drawLine(end, QPointF(*tip))
        along = 0.5 if y1 == y2 else 0.4  # converging edges: label them near their start
        middle = start + (end - start) * along
        above = f"{edge.name} = {_number(edge.forward)}"
        below = f"∂E/∂{edge.name} = {_number(edge.backward)}"
        for text, color, dy in ((above, FORWARD, -16), (below, BACKWARD, 16)):
            painter.setPen(color)
            box = QRectF(middle.x() - 120, middle.y() + dy - 10, 240, 20)
            shown = painter.boundingRect(box, Qt.AlignmentFlag.AlignCenter, text)
            painter.fillRect(shown.adjusted(-2, 0, 2, 0), self.palette().window())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _number(value: float | None) -> str:
    return "?" if value is None else figure(value)


class ComputationalGraphWindow(QWidget):
    """The graph of the selected weight or bias of ``window``'s document, refreshed once per
    event-loop turn as the document and the selection change."""

    def __init__(self, window) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("computational_graph")
        self.setWindowTitle(self.tr("Computational graph"))
        self.resize(1100, 520)
        self._window = window
        self.doc = None
        self.graph: Graph | None = None
        self.caption = QLabel()
        self.caption.setObjectName("graph_caption")
        self.caption.setWordWrap(True)
        self.canvas = GraphCanvas()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.canvas, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        window.selection.changed.connect(self._timer.start)
        window.files.document_opened.connect(self.set_document)
        self.set_document(window.doc)

    def set_document(self, doc) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._changed)
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self._changed)
        self._timer.start()

    def _changed(self, change: Change) -> None:
        if change & _REFRESH_ON:
            self._timer.start()

    def selected_param(self) -> Param | None:
        return selected_param(self.doc.column_sizes(), self._window.selection.current)

    def refresh(self) -> None:
        param = self.selected_param() if self.doc is not None else None
        if param is None:
            self.graph = None
            self.caption.setText(
                self.tr("Select an edge (its weight) or a hidden or output node (its bias).")
            )
        else:
            trace = self.doc.trace
            self.graph = build_graph(_pass_network(self.doc), trace, param)
            steps = ""
            if trace is None:
                steps = self.tr("Press F for the forward values, then B for the gradients.")
            elif not trace.has_gradients:
                steps = self.tr("Press B for the gradients.")
            self.caption.setText(
                self.tr("{0}, first sample of the last pass. {1}").format(self.graph.caption, steps)
            )
        self.canvas.show_graph(self.graph)


def open_computational_graph(window) -> ComputationalGraphWindow:
    """Show ``window``'s computational graph, made the first time it is asked for."""
    view = window.findChild(ComputationalGraphWindow, "computational_graph")
    if view is None:
        view = ComputationalGraphWindow(window)
    view.show()
    view.raise_()
    view.activateWindow()
    return view
