"""The NumPy script: the engine's own arithmetic written out, so that with the same NumPy it
gives ``playground-cli train FILE --epochs N --json``'s numbers to the last bit.

Every operation below is the engine's, in the engine's order and on arrays of the same
shapes and layouts (``engine/backprop.py``, ``activations.py``, ``losses.py``,
``optimizers.py``, ``epoch_loop.py``): only the functions the network uses are written.
"""

from __future__ import annotations

import numpy as np

from playground.export import spec as s

ACTIVATION_CODE = {
    "linear": """
def linear(net):
    return net


def linear_df(net, out):
    return np.ones_like(net)
""",
    "sigmoid": """
def sigmoid(net):
    return _ONE / (_ONE + np.exp(-net))


def sigmoid_df(net, out):
    return out * (_ONE - out)
""",
    "tanh": """
def tanh(net):
    return np.tanh(net)


def tanh_df(net, out):
    return _ONE - out * out
""",
    "relu": """
def relu(net):
    return np.maximum(net, _ZERO)


def relu_df(net, out):
    return (net > _ZERO).astype(net.dtype)
""",
    "leaky_relu": """
def leaky_relu(net):
    return np.where(net > 0.0, net, 0.01 * net)


def leaky_relu_df(net, out):
    return np.where(net > 0.0, 1.0, 0.01)
""",
    "step": """
def step(net):
    return (net >= _ZERO).astype(net.dtype)


def step_df(net, out):
    return np.zeros_like(net)
""",
    "softmax": """
def softmax(net):
    shifted = np.exp(net - np.maximum.reduce(net, axis=-1, keepdims=True))
    return shifted / np.add.reduce(shifted, axis=-1, keepdims=True)


softmax_df = None  # softmax trains only with cross_entropy, whose delta skips it
""",
}

ROWS_CODE = '''
def row_sums(values):
    """Each sample's sum over its outputs (one output: that output)."""
    return values[:, 0] if values.shape[1] == 1 else np.add.reduce(values, axis=1)


def row_means(values):
    """Each sample's mean over its outputs: the sum divided by the count."""
    return values[:, 0] if values.shape[1] == 1 else row_sums(values) / float(values.shape[1])
'''

# Each loss's per-sample value E_s(net, out, target), from the logits where it has them.
LOSS_VALUES = {
    "half_sse": '''
def loss_value(net, out, target):
    """E_s = Σ_outputs ½(t − y)²."""
    diff = target - out
    return _HALF * row_sums(diff * diff)
''',
    "mse": '''
def loss_value(net, out, target):
    """E_s = mean_outputs (t − y)² (Keras' mse)."""
    diff = target - out
    return row_means(diff * diff)
''',
    "cross_entropy": '''
def loss_value(net, out, target):
    """E_s = −Σ_outputs t·log softmax(net), from the logits."""
    shifted = net - np.maximum.reduce(net, axis=1, keepdims=True)
    log_out = shifted - np.log(np.add.reduce(np.exp(shifted), axis=1, keepdims=True))
    return -np.add.reduce(target * log_out, axis=1)
''',
    "binary_cross_entropy": '''
def loss_value(net, out, target):
    """E_s = −mean_outputs [t·log y + (1 − t)·log(1 − y)], y = sigmoid(net), from the logits."""
    per_output = target * np.logaddexp(0.0, -net) + (_ONE - target) * np.logaddexp(0.0, net)
    return row_means(per_output)
''',
}

# Each loss's ∂E_s/∂net of the output layer.
OUTPUT_DELTAS = {
    "half_sse": """
def output_delta(net, out, target):
    return (out - target) * OUTPUT_DF(net, out)
""",
    "mse": """
def output_delta(net, out, target):
    return (out - target) * (2.0 / out.shape[1]) * OUTPUT_DF(net, out)
""",
    "cross_entropy": """
def output_delta(net, out, target):
    return out - target  # softmax with cross-entropy: ∂E_s/∂net = y − t
""",
    "binary_cross_entropy": """
def output_delta(net, out, target):
    return (out - target) * (1.0 / out.shape[1])  # sigmoid with its cross-entropy
""",
}

OPTIMIZER_CODE = {
    "sgd": '''
def optimizer_step(key, param, grad, iteration):
    """Gradient descent (Keras' SGD): w ← w − lr·g; with momentum v ← m·v − lr·g, w ← w + v."""
    if MOMENTUM == 0.0:
        param -= grad * LEARNING_RATE
        return
    velocity = slot(key, param)
    velocity *= MOMENTUM
    velocity -= grad * LEARNING_RATE
    if NESTEROV:
        param += velocity * MOMENTUM - grad * LEARNING_RATE
    else:
        param += velocity
''',
    "adam": '''
def optimizer_step(key, param, grad, iteration):
    """Adam as Keras computes it: alpha = lr·√(1−β₂ᵗ)/(1−β₁ᵗ), w ← w − alpha·m/(√v + ε)."""
    step = iteration + 1
    alpha = LEARNING_RATE * math.sqrt(1 - BETA_2**step) / (1 - BETA_1**step)
    m = slot(("m", *key), param)
    v = slot(("v", *key), param)
    m += (grad - m) * (1 - BETA_1)
    v += (grad * grad - v) * (1 - BETA_2)
    param -= (m * alpha) / (np.sqrt(v) + EPSILON)
''',
    "rmsprop": '''
def optimizer_step(key, param, grad, iteration):
    """RMSprop as Keras computes it: v ← ρ·v + (1−ρ)·g², w ← w − lr·g/√(v + ε)."""
    v = slot(("v", *key), param)
    v *= RHO
    v += (1 - RHO) * (grad * grad)
    increment = (LEARNING_RATE * grad) / np.sqrt(v + EPSILON)
    if MOMENTUM > 0:
        velocity = slot(("momentum", *key), param)
        velocity *= MOMENTUM
        velocity += increment
        param -= velocity
    else:
        param -= increment
''',
}

GRADIENT_UPDATE = '''
STATE = {}  # the optimizer's moments and velocities, per parameter
ITERATIONS = [0]  # updates so far


def slot(key, like):
    if key not in STATE:
        STATE[key] = np.zeros_like(like)
    return STATE[key]


def backward(x, nets, outs, targets, scale):
    """Each layer's ∂E/∂w and ∂E/∂b, from the output layer down: delta = ∂E_s/∂net, the
    gradients summed over the batch, then times ``scale`` (1/batch for the mean)."""
    grads = [None] * len(WEIGHTS)
    delta = output_delta(nets[-1], outs[-1], targets)
    for index in range(len(WEIGHTS) - 1, -1, -1):
        below = x if index == 0 else outs[index - 1]
        grads[index] = (np.dot(below.T, delta), np.add.reduce(delta, 0))
        if index:
            back = np.dot(delta, WEIGHTS[index].T)
            delta = back * DFS[index - 1](nets[index - 1], outs[index - 1])
    for index, (grad_weights, grad_bias) in enumerate(grads):
        grad_weights *= scale
        grad_bias *= scale
        if MASKS[index] is not None:
            grad_weights *= MASKS[index]  # a missing edge's weight never moves
    return grads


def update(x, nets, outs, targets, scale):
    """One step of the optimizer on every trained weight and bias."""
    grads = backward(x, nets, outs, targets, scale)
    for index, (grad_weights, grad_bias) in enumerate(grads):
        optimizer_step(("w", index), WEIGHTS[index], grad_weights, ITERATIONS[0])
        if TRAIN_BIAS[index]:
            optimizer_step(("b", index), BIASES[index], grad_bias, ITERATIONS[0])
    ITERATIONS[0] += 1
'''

PERCEPTRON_UPDATE = '''
def update(x, nets, outs, targets, scale):
    """Rosenblatt's rule on the one step layer: w ← w + lr·(t − y)·x, b ← b + lr·(t − y)
    (the step's derivative is 0: the rule uses the error itself)."""
    error = targets - outs[-1]
    change = x.T @ (error * LEARNING_RATE)
    if MASKS[0] is not None:
        change = change * MASKS[0]
    WEIGHTS[0] += change
    if TRAIN_BIAS[0]:
        BIASES[0] += (error * LEARNING_RATE).sum(axis=0)
'''

LOOP = '''
def forward(x):
    """Each layer's net = x·W + b and out = f(net), from the inputs up."""
    nets, outs = [], []
    out = x
    for weights, bias, f in zip(WEIGHTS, BIASES, FS):
        net = np.dot(out, weights)
        net += bias
        out = f(net)
        nets.append(net)
        outs.append(out)
    return nets, outs


def train(epochs):
    """EPOCHS epochs of batches of BATCH_SIZE; returns the epochs trained (fewer when an
    epoch's loss stops being finite, where the playground stops too)."""
    rows = INPUTS.shape[0]
    order = np.arange(rows)
    rng = np.random.default_rng(SEED)
    scales = {}
    for epoch in range(1, epochs + 1):
        inputs, targets = INPUTS, TARGETS
        if SHUFFLE:  # the order is shuffled in place, one epoch after another
            rng.shuffle(order)
            inputs, targets = INPUTS.take(order, axis=0), TARGETS.take(order, axis=0)
        loss_sum = 0.0
        for start in range(0, rows, BATCH_SIZE):
            stop = min(start + BATCH_SIZE, rows)
            x, t = inputs[start:stop], targets[start:stop]
            if stop - start not in scales:
                scales[stop - start] = np.array(1.0 if REDUCTION == "sum" else 1.0 / (stop - start))
            nets, outs = forward(x)
            loss_sum += float(np.add.reduce(loss_value(nets[-1], outs[-1], t)))
            update(x, nets, outs, t, scales[stop - start])
        if not math.isfinite(loss_sum):
            return epoch
    return epochs


def final_loss():
    """The loss over all training samples at the current weights (train --json's "loss")."""
    nets, outs = forward(INPUTS)
    losses = loss_value(nets[-1], outs[-1], TARGETS)
    return float(losses.sum()) if REDUCTION == "sum" else float(losses.mean())


def finite(value):
    return value if math.isfinite(value) else None  # JSON has no NaN


def main():
    with np.errstate(over="ignore", invalid="ignore"):
        trained = train(EPOCHS)
        loss = final_loss()
    diverged = trained < EPOCHS or not math.isfinite(loss)
    if diverged:  # as playground-cli train: a line on stderr and exit status 1
        print(f"training diverged at epoch {trained}: the loss is not finite", file=sys.stderr)
    result = {
        "loss": finite(loss),
        "weights": [[[finite(w) for w in row] for row in weights.tolist()] for weights in WEIGHTS],
        "biases": [[finite(b) for b in bias.tolist()] for bias in BIASES],
    }
    print(json.dumps(result))
    return 1 if diverged else 0


if __name__ == "__main__":
    sys.exit(main())
'''

HOW = """Only NumPy: the playground's engine written out, operation for operation in its order,
so that with the same NumPy ({version}) this prints `playground-cli train FILE --epochs
EPOCHS --json`'s "loss" and network weights and biases to the last bit."""


def numpy_script(spec: s.Spec) -> str:
    """The NumPy script's source."""
    name = spec.optimizer["name"]
    used = list(dict.fromkeys(spec.activations))
    parts = [
        s.header(spec, target="trained with NumPy alone", how=HOW.format(version=np.__version__)),
        "",
        s.imports(spec, "sys", "import numpy as np"),
        "",
        "\n".join(s.settings_lines(spec)),
        "\n".join(s.optimizer_lines(spec)),
        "",
        "\n".join(s.layer_lines(spec)),
        "",
        "\n".join(s.data_lines(spec)),
        "",
        "# 0-d arrays, as the engine uses: the same float64 arithmetic as Python floats",
        "_ZERO, _HALF, _ONE = np.array(0.0), np.array(0.5), np.array(1.0)",
        *(ACTIVATION_CODE[a] for a in used),
        ROWS_CODE,
        LOSS_VALUES[spec.loss],
        OUTPUT_DELTAS[spec.loss],
        "",
        "FS = [" + ", ".join(spec.activations) + "]",
        "DFS = [" + ", ".join(f"{a}_df" for a in spec.activations) + "]",
        "OUTPUT_DF = DFS[-1]",
        PERCEPTRON_UPDATE if name == "perceptron" else OPTIMIZER_CODE[name] + GRADIENT_UPDATE,
        LOOP,
    ]
    return s.join(parts)
