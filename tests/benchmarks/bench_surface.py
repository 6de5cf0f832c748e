"""Time of a 60 × 60 error surface: the batched grid pass beside a per-point Python loop.

    python tests/benchmarks/bench_surface.py

Prints a table; asserts nothing. Two networks: the ``error-surface-one-neuron`` lesson (w and
b of y = w·x + b, one sample) and the classic 2-2-2 example (w1 and the bias of h1, one
sample). The batched column is ``playground.engine.surface.loss_surface`` (one forward pass
over all 3,600 points); the loop column sets the two parameters on a copy of the network
and runs the engine's own forward and backward once per point, as a surface written without
the grid axis would. Each figure is the best of a few runs after a warm-up. The issue's
target for a small network is under 50 ms. A last line times the same grid over the digits
lesson (64-128-10, 1,438 samples) once, batched only: the size the view works out off the
GUI thread.
"""

from __future__ import annotations

import time

import numpy as np

from playground import io
from playground.engine.surface import default_pair, grid, loss_surface
from playground.lessons import find_lesson
from playground.paths import resource_path

POINTS = 60
REPEATS = 5


def best_of(run) -> float:
    run()
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def per_point_loop(network, params, xs, ys, inputs, targets) -> np.ndarray:
    """The baseline: one engine forward and backward per grid point."""
    copy = network.copy()
    losses = np.empty((ys.size, xs.size))
    first, second = params
    for j, y in enumerate(ys):
        for i, x in enumerate(xs):
            for param, value in ((first, x), (second, y)):
                layer = copy.layers[param.column - 1]
                if param.is_bias:
                    layer.bias[param.target] = value
                else:
                    layer.weights[param.source, param.target] = value
            losses[j, i] = copy.backward(copy.forward(inputs), targets).loss
    return losses


def main() -> None:
    cases = {
        "error-surface-one-neuron": find_lesson("error-surface-one-neuron"),
        "classic 2-2-2": resource_path("examples", "classic-2-2-2.json"),
    }
    print(f"{POINTS} × {POINTS} surface, best of {REPEATS}")
    print(f"{'network':<26}{'batched ms':>12}{'loop ms':>10}{'ratio':>8}{'max |diff|':>12}")
    for name, path in cases.items():
        pf = io.load(path)
        network, data = pf.network, pf.dataset()
        params = default_pair(network)
        centers = [p.value(network) for p in params]
        xs, ys = grid(centers[0], 2.0, POINTS), grid(centers[1], 2.0, POINTS)
        inputs, targets = data.inputs, data.targets

        def batched(network=network, params=params, xs=xs, ys=ys, i=inputs, t=targets):
            return loss_surface(network, *params, xs=xs, ys=ys, inputs=i, targets=t).losses

        def loop(network=network, params=params, xs=xs, ys=ys, i=inputs, t=targets):
            return per_point_loop(network, params, xs, ys, i, t)

        fast, slow = best_of(batched), best_of(loop)
        diff = float(np.max(np.abs(batched() - loop())))
        print(f"{name:<26}{fast * 1e3:>12.2f}{slow * 1e3:>10.1f}{slow / fast:>8.0f}{diff:>12.1e}")
    pf = io.load(find_lesson("digits"))
    network, data = pf.network, pf.dataset()
    params = default_pair(network)
    centers = [p.value(network) for p in params]
    started = time.perf_counter()
    loss_surface(
        network,
        *params,
        xs=grid(centers[0], 2.0, POINTS),
        ys=grid(centers[1], 2.0, POINTS),
        inputs=data.inputs,
        targets=data.targets,
    )
    print(f"{'digits 64-128-10 (once)':<26}{(time.perf_counter() - started) * 1e3:>12.0f}")


if __name__ == "__main__":
    main()
