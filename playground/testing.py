"""Drive the real window from a pytest-qt test by the diagram's names, not by its widgets.

A teacher's test (``docs/testing.md`` has a whole one)::

    app = playground.testing.open_window(qtbot, "student.json")
    app.press("forward"); app.press("backward")
    assert app.node("h1").out == pytest.approx(0.593269992)
    assert app.edge("h1", "o1").grad == pytest.approx(0.082167041)

``open_window`` builds the real ``MainWindow`` with settings in a temporary file (a test
never touches the user's recent files or window layout) and opens a network file in it.
``press`` triggers the window's own actions as a click or key would; ``set_weight`` types
into the diagram's own editor; ``node`` and ``edge`` read what the diagram shows from the
document the diagram reads (``playground.document.values``); ``loss`` is the status bar's
figure. Nodes are named as the diagram names them: the file's labels, else x1.., h1..,
y1.. (``Network.node_label``).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction

from playground.document import edits
from playground.document.values import EdgeValues, NodeValues, edge_values, node_values
from playground.engine import Network
from playground.engine.chain_rule import Param, parameter_name
from playground.lessons import list_lessons
from playground.ui.files import DEFAULT_EXAMPLE
from playground.ui.language import LANGUAGES, SWITCH
from playground.ui.main_window import MainWindow, stop_message

PRESSABLE = (
    "forward",
    "backward",
    "update",
    "step",
    "run_epoch",
    "reset",
    "play",
    "pause",
    "undo",
    "redo",
)
"""The names ``App.press`` takes; each is the window's QAction ``action_<name>`` (pause is
the Play action pressed again while playing)."""

PLAY_TIMEOUT_SECONDS = 300.0  # ``play(epochs=N)`` gives up (qtbot's TimeoutError) after this


@dataclass(frozen=True)
class Node:
    """What the diagram shows on one node: net input, output f(net), delta ∂E/∂net, bias
    (None for an input node) and ∂E/∂b; None where the phase has not computed it yet.

    After a pass over several samples these are the first sample's numbers, or the batch
    mean when "show the batch mean" is ticked: exactly as the diagram shows them."""

    label: str
    activation: str | None  # None for an input node
    net: float | None
    out: float | None
    delta: float | None
    bias: float | None
    grad_bias: float | None

    @classmethod
    def of(cls, values: NodeValues) -> Node:
        return cls(
            values.label,
            values.activation,
            values.net,
            values.out,
            values.delta,
            values.bias,
            values.grad_bias,
        )


@dataclass(frozen=True)
class Edge:
    """What the diagram shows on one edge: its weight, ∂E/∂w after Backward, and after
    Update the weight before it and after it (``change`` is the Δw the diagram writes).
    ``notes_name`` is the course notes' name (w5 for h1 → o1 in the 2-2-2 network)."""

    label: str
    notes_name: str
    weight: float
    grad: float | None
    before_update: float | None
    after_update: float | None

    @classmethod
    def of(cls, values: EdgeValues, notes_name: str) -> Edge:
        return cls(
            values.label,
            notes_name,
            values.weight,
            values.grad,
            values.before_update,
            values.after_update,
        )

    @property
    def change(self) -> float | None:
        """Δw of the last update, as the diagram computes it; None before an update."""
        if self.before_update is None or self.after_update is None:
            return None
        return self.after_update - self.before_update


def open_window(qtbot, path: str | Path | None = None, *, size: tuple[int, int] = (1280, 800)):
    """The real main window on ``path`` (None: the XOR example the app opens by default),
    shown, exposed and handed to ``qtbot`` (closed without a save question at the end)."""
    window = MainWindow(settings=isolated_settings())
    qtbot.addWidget(window, before_close_func=_close_quietly)
    app = App(qtbot, window)
    if path is None:
        assert window.files.open_path(DEFAULT_EXAMPLE, remember=False, as_untitled=True)
    else:
        app.open(path)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return app


def isolated_settings() -> QSettings:
    """Settings in a fresh temporary file (removed when Python exits), never the user's."""
    folder = tempfile.mkdtemp(prefix="playground-test-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)


def _close_quietly(window: MainWindow) -> None:
    """What the test did is not to be saved: close without asking (and in English again,
    for the next test)."""
    SWITCH.set_language("en")
    window.player.pause()
    _forget_changes(window)


def _forget_changes(window: MainWindow) -> None:
    if window.doc is not None:
        window.doc.trained_since_save = False
        window.doc.undo_stack.setClean()


class App:
    """One main window, driven by names. ``window`` and ``doc`` are there for the rest."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    # -- what the window shows -------------------------------------------------------------

    @property
    def doc(self):
        """The open document (a new one after ``open`` or ``lesson``)."""
        return self.window.doc

    @property
    def epoch(self) -> int:
        """Epochs trained in the current run (the status bar's ``epoch``)."""
        return self.doc.trainer.epoch

    @property
    def loss(self) -> float:
        """The loss E the status bar shows: the weights on screen on all training samples."""
        standing = self.doc.run.standing()
        if standing is None:
            raise AssertionError(
                "the window shows no loss: this network and data are too big to measure live"
            )
        return standing.loss

    @property
    def accuracy(self) -> float | None:
        """The accuracy the status bar shows (a fraction), or None when it shows none."""
        standing = self.doc.run.standing()
        return None if standing is None else standing.accuracy

    def node(self, name: str) -> Node:
        """What the diagram shows on node ``name`` (``h1``)."""
        return Node.of(node_values(self.doc, *self._node(name)))

    def edge(self, source: str, target: str) -> Edge:
        """What the diagram shows on the edge ``source`` → ``target`` (``h1``, ``o1``)."""
        column, i, j = self._edge(source, target)
        notes = parameter_name(self.doc.network, Param.edge(column, i, j))
        return Edge.of(edge_values(self.doc, column, i, j), notes)

    # -- what a user does ------------------------------------------------------------------

    def press(self, name: str) -> None:
        """Press one of ``PRESSABLE`` as a user would; returns once it is done (``play``
        returns at once, with training going on: ``play(epochs=N)`` waits for it).
        AssertionError when the window does not offer it now (Update before Backward)."""
        action = self._action(name)
        playing = self.window.player.playing
        if name == "play" and playing:
            raise AssertionError("cannot press play: already playing (press pause first)")
        if name == "pause" and not playing:
            raise AssertionError("cannot press pause: not playing")
        if not action.isEnabled():
            raise AssertionError(f"cannot press {name} now: {self._offered()}")
        action.trigger()
        QCoreApplication.processEvents()

    def play(self, *, epochs: int, timeout: float = PLAY_TIMEOUT_SECONDS) -> None:
        """Press Play and return after exactly ``epochs`` more epochs, paused.

        The epoch limit set in the controls is lifted to that for the while and put back,
        so it never cuts the run short. AssertionError when training stops before (the
        target loss reached, or the loss became NaN or infinite), saying why."""
        if epochs < 1:
            raise ValueError(f"play at least one epoch, not {epochs}")
        if self.window.player.playing:
            self.press("pause")
        doc = self.doc
        if doc.run.viewing is not None:  # Play goes on from the epoch the slider shows
            self.window.push(edits.continue_from_viewed(doc))
        target = doc.trainer.epoch + epochs
        limit, doc.epochs = doc.epochs, target
        try:
            self.press("play")
            self.qtbot.waitUntil(lambda: not self.window.player.playing, timeout=int(timeout * 1e3))
        finally:
            self.window.player.pause()
            doc.epochs = limit
        if doc.trainer.epoch != target:
            stop = doc.run.stop
            why = "it stopped" if stop is None else stop_message(stop)
            raise AssertionError(
                f"play(epochs={epochs}) ended at epoch {doc.trainer.epoch}, not {target}: {why}"
            )

    def set_weight(self, source: str, target: str, value: float) -> None:
        """Type ``value`` as the weight of ``source`` → ``target`` in the diagram's editor
        (what a double-click on the edge opens): one undoable edit."""
        self._type(self.window.diagram.edit_weight(self._edge(source, target)), value)

    def set_bias(self, name: str, value: float) -> None:
        """Type ``value`` as the bias of node ``name`` in the diagram's editor."""
        editor = self.window.diagram.edit_bias(self._node(name))
        if editor is None:
            raise LookupError(f"{name} is an input node: it has no bias")
        self._type(editor, value)

    def open(self, path: str | Path) -> None:
        """Open a network file as File → Open does (its changes are dropped unasked)."""
        _forget_changes(self.window)
        if not self.window.files.open_path(Path(path), remember=False):
            box = self.window.files.last_error
            reason = "refused" if box is None else box.text()
            if box is not None:
                box.close()
            raise AssertionError(f"cannot open {path}: {reason}")

    def lesson(self, lesson_id: str) -> None:
        """Open a bundled lesson as the Lessons menu does (the open network's changes are
        dropped unasked)."""
        action = self.window.lessons_menu.findChild(QAction, f"lesson.{lesson_id}")
        if action is None:
            known = ", ".join(entry.id for entry in list_lessons())
            raise LookupError(f"no lesson {lesson_id!r} (known: {known})")
        before = self.doc
        _forget_changes(self.window)
        action.trigger()
        if self.doc is before:
            raise AssertionError(f"the lesson {lesson_id} did not open")

    def language(self, code: str) -> None:
        """Switch the window's language ("en" or "ko") as View › Language does, and wait
        until every text is in it; the test's end puts English back."""
        if code not in LANGUAGES:
            raise ValueError(f"no such language: {code!r} (known: {', '.join(LANGUAGES)})")
        if SWITCH.code == code:
            return
        with self.qtbot.waitSignal(self.window.language_changed, timeout=10_000):
            self.window.findChild(QAction, f"language.{code}").trigger()

    # -- finding things by name --------------------------------------------------------------

    def _node(self, name: str) -> tuple[int, int]:
        return find_node(self.doc.network, name)

    def _edge(self, source: str, target: str) -> tuple[int, int, int]:
        (column, i), (after, j) = self._node(source), self._node(target)
        if after != column + 1:
            raise LookupError(f"no edge {source} → {target}: {target} is not in the next layer")
        if not self.doc.network.layers[after - 1].mask[i, j]:
            raise LookupError(f"no edge {source} → {target}: they are not connected")
        return after, i, j

    def _action(self, name: str) -> QAction:
        if name not in PRESSABLE:
            raise ValueError(f"no action {name!r}; press takes one of {', '.join(PRESSABLE)}")
        own = "play" if name == "pause" else name
        action = self.window.findChild(QAction, f"action_{own}")
        assert action is not None, f"the window has no action_{own}"
        return action

    def _offered(self) -> str:
        offered = [name for name in PRESSABLE if name != "pause" and self._action(name).isEnabled()]
        return f"the window offers {', '.join(offered)}"

    def _type(self, editor, value: float) -> None:
        bot, field = self.qtbot, editor.field
        bot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        bot.keyClicks(field, repr(float(value)))
        bot.keyClick(field, Qt.Key.Key_Return)
        view = self.window.diagram
        if view.editor is editor:  # still open: refused, and the note says why
            reason = editor.note.text()
            view.cancel_edit()
            raise AssertionError(f"the diagram refused {value!r}: {reason}")


def find_node(network: Network, name: str) -> tuple[int, int]:
    """(column, index) of the node the diagram calls ``name``; LookupError when no node or
    more than one is called that."""
    found = [
        (column, index)
        for column in range(len(network.layers) + 1)
        for index, label in enumerate(network.node_labels(column))
        if label == name
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise LookupError(f"{len(found)} nodes are called {name!r}: rename one in the diagram")
    names = [label for c in range(len(network.layers) + 1) for label in network.node_labels(c)]
    shown = ", ".join(names[:40]) + (", …" if len(names) > 40 else "")
    raise LookupError(f"no node called {name!r}; the diagram's nodes are {shown}")
