"""Working out an error surface for the view: at once when it is small, on a worker thread
when it is big, so that the window never freezes.

A 60 × 60 surface of a lesson's neuron takes well under a millisecond; the same grid over
the digits lesson (1,438 samples, ten softmax outputs) takes seconds. A request carries its
own copy of the network and the data: the worker thread never reads the document, which
keeps training on the GUI thread. The answer comes back on the GUI thread as ``done``.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from playground.engine import EngineError, Network
from playground.engine.chain_rule import Param
from playground.engine.messages import message_of
from playground.engine.surface import Surface, loss_surface, losses_at

SYNC_NUMBERS = 2_000_000
"""Numbers a surface may compute (grid points × samples × nodes from the first chosen
layer on) and still be worked out at once, on the GUI thread (a few milliseconds)."""


@dataclass(frozen=True)
class SurfaceRequest:
    """A surface to work out: ``key`` says what it was asked for; ``network`` is a copy;
    ``path`` are points whose losses come back with it."""

    key: tuple
    network: Network
    params: tuple[Param, Param]
    xs: np.ndarray
    ys: np.ndarray
    inputs: np.ndarray
    targets: np.ndarray
    path: np.ndarray

    @property
    def numbers(self) -> int:
        first = min(p.column for p in self.params)
        units = sum(layer.units for layer in self.network.layers[first - 1 :])
        return self.xs.size * self.ys.size * self.inputs.shape[0] * units


@dataclass(frozen=True)
class SurfaceAnswer:
    """The surface of ``request`` and the losses of its path, or why there is none."""

    request: SurfaceRequest
    surface: Surface | None
    path_losses: np.ndarray | None
    error: str = ""


def work_out(request: SurfaceRequest) -> SurfaceAnswer:
    r = request
    try:
        surface = loss_surface(
            r.network, *r.params, xs=r.xs, ys=r.ys, inputs=r.inputs, targets=r.targets
        )
        path = losses_at(r.network, r.params, r.path, inputs=r.inputs, targets=r.targets)
    except EngineError as error:
        return SurfaceAnswer(r, None, None, message_of(error))  # kept translatable
    return SurfaceAnswer(r, surface, path)


class SurfaceJobs(QObject):
    """One surface at a time: ``submit`` a request, ``done`` brings the answer."""

    done = Signal(object)  # a SurfaceAnswer, on the GUI thread
    _finished = Signal(object)  # emitted on the worker thread, delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._pool: ThreadPoolExecutor | None = None
        self._finished.connect(self._deliver)

    def submit(self, request: SurfaceRequest) -> None:
        self.busy = True
        if request.numbers <= SYNC_NUMBERS:
            self._deliver(work_out(request))
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="surface")
        future = self._pool.submit(work_out, request)
        future.add_done_callback(self._from_worker)

    def _from_worker(self, future) -> None:
        try:
            self._finished.emit(future.result())
        except RuntimeError:  # the view was closed and deleted meanwhile
            pass

    def _deliver(self, answer: SurfaceAnswer) -> None:
        self.busy = False
        self.done.emit(answer)
