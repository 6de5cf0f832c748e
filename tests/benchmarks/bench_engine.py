"""Training speed of the engine's own loop (``Trainer.train``) beside NumPy and PyTorch.

    python tests/benchmarks/bench_engine.py

Prints a table; asserts nothing. Four workloads, the first three plain SGD without shuffling:

* XOR 2-2-1: sigmoid, mse, the whole truth table (4 rows) as one batch; steps per second.
* digits 64-32-10: sigmoid hidden layer, softmax + cross-entropy, batches of 32; steps/s.
* 784-50-10: the same on 60,000 random rows, batches of 32; seconds for one epoch.
* the digits example (``resources/examples/digits.json``): relu hidden layer, softmax +
  cross-entropy, Adam (learning rate 0.005), batches of 32 shuffled every epoch; steps/s.

Beside the engine: a naive hand-written NumPy loop for the same network (forward, backward,
update, nothing else), and, where PyTorch is installed, the same in PyTorch eager mode in
float64 (the engine's precision) and float32. The engine's loop does more than the NumPy
loop: it also records every epoch's loss and accuracy. Each figure is the best of a few
runs after a warm-up; the ratio columns say how many times faster the engine is.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine import Layer, Network, Trainer, make_optimizer

try:
    import torch
except ImportError:  # not a project dependency: the PyTorch columns stay empty
    torch = None

REPEATS = 3


@dataclass
class Workload:
    """One network and its data; ``per_epoch`` reports seconds per epoch, else steps/s."""

    name: str
    sizes: tuple[int, int, int]
    output: str  # "sigmoid" (with mse) or "softmax" (with cross-entropy)
    inputs: np.ndarray
    targets: np.ndarray
    batch: int
    learning_rate: float
    steps: int  # per timed run (PyTorch, slower, runs a fifth of them unless per_epoch)
    per_epoch: bool = False
    hidden: str = "sigmoid"
    optimizer: str = "sgd"  # or "adam", with Keras' defaults besides the learning rate
    shuffle: bool = False

    @property
    def unit(self) -> str:
        return "s/epoch" if self.per_epoch else "steps/s"


def workloads() -> list[Workload]:
    rng = np.random.default_rng(0)
    xor_x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    xor_t = np.array([[0], [1], [1], [0]], dtype=float)
    digits_x, digits_t, digits_name = digits(rng)
    big_x = rng.random((60_000, 784))
    big_t = np.eye(10)[rng.integers(0, 10, size=60_000)]
    return [
        Workload("XOR 2-2-1, batch 4", (2, 2, 1), "sigmoid", xor_x, xor_t, 4, 0.5, 10_000),
        Workload(digits_name, (64, 32, 10), "softmax", digits_x, digits_t, 32, 0.1, 2_250),
        Workload(
            "784-50-10, 60,000 rows, batch 32",
            (784, 50, 10),
            "softmax",
            big_x,
            big_t,
            32,
            0.1,
            1_875,
            per_epoch=True,
        ),
        digits_example(),
    ]


def digits_example() -> Workload:
    """The digits example as the window trains it, on the example's training rows."""
    from playground.io import load
    from playground.paths import resource_path

    dataset = load(resource_path("examples", "digits.json")).dataset()
    return Workload(
        "digits example: relu, Adam, batch 32 shuffled",
        (64, 32, 10),
        "softmax",
        dataset.inputs,
        dataset.targets,
        32,
        0.005,
        2_250,
        hidden="relu",
        optimizer="adam",
        shuffle=True,
    )


def digits(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, str]:
    """The shipped digits set, or random data of its shape when the loader is missing."""
    try:
        from playground.engine.datasets import load_builtin

        data = load_builtin("digits")
        return data.inputs, data.targets, "digits 64-32-10, batch 32"
    except (ImportError, KeyError, ValueError) as error:
        print(f"digits data set not available ({error}); timing random 1,437×64 data instead")
        return rng.random((1437, 64)), np.eye(10)[rng.integers(0, 10, 1437)], "random 64-32-10"


# -- the three implementations: each returns seconds per step over about ``steps`` steps ------


def engine_run(work: Workload, steps: int) -> float:
    """``Trainer.train`` for whole epochs; fewer steps than an epoch (a warm-up) train a
    single epoch on the first ``steps`` batches of the data."""
    rows = min(work.inputs.shape[0], steps * work.batch)
    trainer = Trainer(
        engine_network(work),
        make_optimizer(work.optimizer, learning_rate=work.learning_rate),
        inputs=work.inputs[:rows],
        targets=work.targets[:rows],
        batch_size=work.batch,
        shuffle=work.shuffle,
    )
    steps_per_epoch = -(-rows // work.batch)
    epochs = max(1, steps // steps_per_epoch)
    start = time.perf_counter()
    trainer.train(epochs)
    return (time.perf_counter() - start) / (epochs * steps_per_epoch)


def engine_network(work: Workload) -> Network:
    n_in, n_hidden, n_out = work.sizes
    w1, w2 = initial_weights(work.sizes)
    loss = "mse" if work.output == "sigmoid" else "cross_entropy"
    return Network(
        input_units=n_in,
        loss=loss,
        layers=[
            Layer(activation=work.hidden, weights=w1, bias=np.zeros(n_hidden)),
            Layer(activation=work.output, weights=w2, bias=np.zeros(n_out)),
        ],
    )


def initial_weights(sizes: tuple[int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    n_in, n_hidden, n_out = sizes
    return (
        rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden)),
        rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out)),
    )


def numpy_run(work: Workload, steps: int) -> float:
    """A naive NumPy loop: what one writes by hand, with no loss or accuracy recorded."""
    if work.optimizer == "adam":
        return numpy_adam_run(work, steps)
    x_all, t_all, batch, lr = work.inputs, work.targets, work.batch, work.learning_rate
    w1, w2 = initial_weights(work.sizes)
    b1, b2 = np.zeros(w1.shape[1]), np.zeros(w2.shape[1])
    start = time.perf_counter()
    for step in range(steps):
        first = step * batch % x_all.shape[0]
        x, t = x_all[first : first + batch], t_all[first : first + batch]
        h = 1 / (1 + np.exp(-(x @ w1 + b1)))
        z = h @ w2 + b2
        if work.output == "sigmoid":
            y = 1 / (1 + np.exp(-z))
            dz = (y - t) * (2 / y.shape[1]) * y * (1 - y)
        else:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            dz = e / e.sum(axis=1, keepdims=True) - t
        dh = (dz @ w2.T) * h * (1 - h)
        w2 -= lr * (h.T @ dz) / len(x)
        b2 -= lr * dz.sum(axis=0) / len(x)
        w1 -= lr * (x.T @ dh) / len(x)
        b1 -= lr * dh.sum(axis=0) / len(x)
    return (time.perf_counter() - start) / steps


def numpy_adam_run(work: Workload, steps: int) -> float:
    """The naive loop for a relu hidden layer, softmax output and Adam (Keras' formula, one
    array at a time), on batches of a freshly shuffled order every epoch."""
    x_all, t_all, batch, lr = work.inputs, work.targets, work.batch, work.learning_rate
    w1, w2 = initial_weights(work.sizes)
    params = [w1, np.zeros(w1.shape[1]), w2, np.zeros(w2.shape[1])]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    beta_1, beta_2, epsilon = 0.9, 0.999, 1e-7
    rng, order = np.random.default_rng(0), np.arange(x_all.shape[0])
    start = time.perf_counter()
    for step in range(steps):
        first = step * batch % x_all.shape[0]
        if first == 0:
            rng.shuffle(order)
        rows = order[first : first + batch]
        x, t = x_all[rows], t_all[rows]
        net1 = x @ w1 + params[1]
        h = np.maximum(net1, 0.0)
        z = h @ w2 + params[3]
        e = np.exp(z - z.max(axis=1, keepdims=True))
        dz = e / e.sum(axis=1, keepdims=True) - t
        dh = (dz @ w2.T) * (net1 > 0)
        grads = [x.T @ dh, dh.sum(axis=0), h.T @ dz, dz.sum(axis=0)]
        alpha = lr * np.sqrt(1 - beta_2 ** (step + 1)) / (1 - beta_1 ** (step + 1))
        for p, g, (m, v) in zip(params, grads, moments, strict=True):
            g /= len(x)
            m += (g - m) * (1 - beta_1)
            v += (g * g - v) * (1 - beta_2)
            p -= (m * alpha) / (np.sqrt(v) + epsilon)
    return (time.perf_counter() - start) / steps


def torch_run(work: Workload, steps: int, dtype) -> float:
    """PyTorch eager: zero_grad, forward, loss, backward, SGD step, loss.item() per step."""
    n_in, n_hidden, n_out = work.sizes
    hidden = torch.nn.ReLU() if work.hidden == "relu" else torch.nn.Sigmoid()
    layers = [torch.nn.Linear(n_in, n_hidden), hidden, torch.nn.Linear(n_hidden, n_out)]
    if work.output == "sigmoid":
        layers.append(torch.nn.Sigmoid())
        loss_fn, t_all = torch.nn.MSELoss(), torch.from_numpy(work.targets).to(dtype)
    else:
        loss_fn, t_all = torch.nn.CrossEntropyLoss(), torch.from_numpy(work.targets.argmax(1))
    model = torch.nn.Sequential(*layers).to(dtype)
    x_all = torch.from_numpy(work.inputs).to(dtype)
    if work.optimizer == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=work.learning_rate, eps=1e-7)
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=work.learning_rate)
    total = 0.0
    start = time.perf_counter()
    for step in range(steps):
        first = step * work.batch % x_all.shape[0]
        x, t = x_all[first : first + work.batch], t_all[first : first + work.batch]
        optimizer.zero_grad()
        loss = loss_fn(model(x), t)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return (time.perf_counter() - start) / steps


# -- timing and the table ---------------------------------------------------------------------


def best_rate(run: Callable[[int], float], steps: int, work: Workload) -> float:
    """Steps per second (or seconds per epoch): the best of REPEATS runs after a warm-up."""
    run(max(1, steps // 10))
    seconds = min(run(steps) for _ in range(REPEATS))
    return seconds * (work.inputs.shape[0] / work.batch) if work.per_epoch else 1.0 / seconds


def speedup(engine: float, other: float | None, work: Workload) -> str:
    if other is None:
        return "–"
    return f"{other / engine if work.per_epoch else engine / other:.2f}×"


def measure(work: Workload) -> dict[str, float | None]:
    figures: dict[str, float | None] = {
        "engine": best_rate(lambda n: engine_run(work, n), work.steps, work),
        "numpy": best_rate(lambda n: numpy_run(work, n), work.steps, work),
        "torch64": None,
        "torch32": None,
    }
    if torch is not None:
        torch_steps = max(work.steps // 5, 1) if not work.per_epoch else work.steps
        for key, dtype in (("torch64", torch.float64), ("torch32", torch.float32)):
            figures[key] = best_rate(lambda n, d=dtype: torch_run(work, n, d), torch_steps, work)
    return figures


def number(value: float | None, work: Workload) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if work.per_epoch else f"{value:,.0f}"


def main() -> None:
    threads = os.cpu_count() or 1
    print(f"Python {platform.python_version()}, NumPy {np.__version__}, {threads} cores")
    if os.environ.get("OPENBLAS_CORETYPE"):
        print(f"OPENBLAS_CORETYPE={os.environ['OPENBLAS_CORETYPE']} (OpenBLAS kernels as set)")
    if torch is not None:
        torch.set_num_threads(threads)
        print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, eager mode")
    else:
        print("PyTorch is not installed: its columns stay empty")
    header = ("workload", "unit", "engine", "NumPy", "torch f64", "torch f32")
    header += ("vs NumPy", "vs f64", "vs f32")
    rows = []
    for work in workloads():
        f = measure(work)
        values = [number(f[key], work) for key in ("engine", "numpy", "torch64", "torch32")]
        ratios = [speedup(f["engine"], f[key], work) for key in ("numpy", "torch64", "torch32")]
        rows.append((work.name, work.unit, *values, *ratios))
    print_table(header, rows)
    print("engine: Trainer.train, float64, recording each epoch's loss and accuracy")
    print("NumPy: a naive hand-written float64 loop, forward/backward/update only")
    print("torch: eager, zero_grad/forward/loss/backward/step/loss.item() every step")
    print("vs …: how many times faster the engine is (higher is better); best of 3 runs")


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells))


if __name__ == "__main__":
    main()
