"""The Keras script: the notes' idiom (``Sequential``, ``Dense``, ``set_weights``, ``compile``,
``fit`` with ``batch_size`` and ``shuffle=False``) in float64, for Keras 3.

What Keras has no word for is written beside it: a missing edge is a kernel constraint that
puts its weight back to 0 after every update, a bias that does not train a bias constraint
that puts it back, the playground's shuffled order a ``fit`` of one epoch on the samples in
that order, and the perceptron rule a loop of its own on the layer's weights.
"""

from __future__ import annotations

from playground.export import spec as s
from playground.export.numpy_script import LOSS_VALUES, ROWS_CODE

# (Keras' activation, the helper it needs) by the playground's name
ACTIVATIONS = {
    "linear": ('"linear"', ""),
    "sigmoid": ('"sigmoid"', ""),
    "tanh": (
        "tanh",
        '''
def tanh(x):
    """tanh(x) as 2·sigmoid(2x) − 1: XLA's own tanh (Keras' JAX backend) is accurate to
    about 1e-8 only, even in float64."""
    return 2.0 * keras.ops.sigmoid(2.0 * x) - 1.0
''',
    ),
    "relu": ('"relu"', ""),
    "leaky_relu": (
        "leaky_relu",
        '''
def leaky_relu(x):
    """The playground's leaky relu: slope 0.01 below 0 (Keras' own default is 0.2)."""
    return keras.ops.leaky_relu(x, negative_slope=0.01)
''',
    ),
    "step": (
        "step",
        '''
def step(x):
    """1 where x >= 0, else 0: its derivative is 0, so no gradient passes through it."""
    return keras.ops.cast(x >= 0, x.dtype)
''',
    ),
}

# The loss, with the output activation it takes into itself (from_logits) when it has one.
LOSSES = {
    "half_sse": "HalfSSE(reduction=KERAS_REDUCTION)",
    "mse": "MeanSquaredError(reduction=KERAS_REDUCTION)",
    "cross_entropy": (
        "keras.losses.CategoricalCrossentropy(from_logits=True, reduction=KERAS_REDUCTION)"
    ),
    "binary_cross_entropy": "BinaryCrossentropyFromLogits(reduction=KERAS_REDUCTION)",
}
FROM_LOGITS = {"cross_entropy": "softmax", "binary_cross_entropy": "sigmoid"}

LOSS_CLASSES = {
    "half_sse": '''
class HalfSSE(keras.losses.Loss):
    """The notes' hand-written E_s = Σ_outputs ½(t − y)² (Keras has only the mean, mse)."""

    def call(self, y_true, y_pred):
        return 0.5 * keras.ops.sum(keras.ops.square(y_true - y_pred), axis=-1)
''',
    "mse": '''
class MeanSquaredError(keras.losses.Loss):
    """Keras' mse, E_s = mean_outputs (t − y)², written as a sum divided by the count:
    keras.ops.mean computes in float32 on the JAX backend, which rounds every gradient."""

    def call(self, y_true, y_pred):
        return keras.ops.sum(keras.ops.square(y_true - y_pred), axis=-1) / y_pred.shape[-1]
''',
    "binary_cross_entropy": '''
class BinaryCrossentropyFromLogits(keras.losses.Loss):
    """Keras' binary_crossentropy(from_logits=True), E_s = mean_outputs [t·softplus(−z) +
    (1 − t)·softplus(z)], written as a sum divided by the count: keras.ops.mean computes in
    float32 on the JAX backend, which rounds every gradient."""

    def call(self, y_true, logits):
        per_output = y_true * keras.ops.softplus(-logits) + (1.0 - y_true) * keras.ops.softplus(
            logits
        )
        return keras.ops.sum(per_output, axis=-1) / logits.shape[-1]
''',
}

READOUT = """
# The playground's loss in NumPy, for the loss reported at the end ("net" is the model's
# output: the logits where the loss takes them)
_HALF, _ONE = np.array(0.5), np.array(1.0)
"""

CONSTRAINTS = '''
class KeepMissingEdgesAtZero(keras.constraints.Constraint):
    """A layer's missing edges: after every update their weights go back to 0. Each rule here
    moves a weight by its own gradient only, so the other weights train as in the playground,
    where a missing edge has no gradient at all."""

    def __init__(self, mask):
        self.mask = mask

    def __call__(self, w):
        return w * keras.ops.convert_to_tensor(self.mask, dtype=w.dtype)


class HoldBiases(keras.constraints.Constraint):
    """Biases that do not train: after every update they are put back."""

    def __init__(self, values):
        self.values = values

    def __call__(self, b):
        return keras.ops.convert_to_tensor(self.values, dtype=b.dtype)
'''

OPTIMIZERS = {
    "sgd": "keras.optimizers.SGD(\n        learning_rate=LEARNING_RATE, momentum=MOMENTUM, "
    "nesterov=NESTEROV\n    )",
    "adam": "keras.optimizers.Adam(\n        learning_rate=LEARNING_RATE, beta_1=BETA_1, "
    "beta_2=BETA_2, epsilon=EPSILON\n    )",
    "rmsprop": "keras.optimizers.RMSprop(\n        learning_rate=LEARNING_RATE, rho=RHO, "
    "momentum=MOMENTUM, epsilon=EPSILON\n    )",
    "perceptron": '"sgd"  # unused: the perceptron rule is the loop in train()',
}

FIT = '''
def train(model):
    """EPOCHS epochs of model.fit with the playground's batches, in the playground's order."""
    if not SHUFFLE:
        model.fit(INPUTS, TARGETS, epochs=EPOCHS, batch_size=BATCH_SIZE, shuffle=False, verbose=0)
        return
    for order in epoch_orders(EPOCHS):  # Keras' shuffle=True would draw another order
        model.fit(
            INPUTS[order], TARGETS[order], epochs=1, batch_size=BATCH_SIZE, shuffle=False, verbose=0
        )
'''

PERCEPTRON = '''
def train(model):
    """Rosenblatt's rule, one sample at a time: w ← w + lr·(t − y)·x, b ← b + lr·(t − y).
    Keras has no such rule (and a step has derivative 0, so fit could not move a weight):
    this loop applies it to the Dense layer's weights, and so gives the playground's numbers."""
    layer = model.layers[0]
    for order in epoch_orders(EPOCHS):
        for row in order:
            x, t = INPUTS[row : row + 1], TARGETS[row : row + 1]
            error = t - keras.ops.convert_to_numpy(model(x))
            weights, bias = layer.get_weights()
            change = x.T @ (error * LEARNING_RATE)
            if MASKS[0] is not None:
                change = change * MASKS[0]
            if TRAIN_BIAS[0]:
                bias = bias + (error * LEARNING_RATE).sum(axis=0)
            layer.set_weights([weights + change, bias])
'''

MAIN = """
def main():
    model = build_model()
    train(model)
    # the loss over all the samples at once (train --json's "loss"), worked out in NumPy
    # from the model's outputs: Keras' own loss value (and evaluate) rounds to float32
    outputs = keras.ops.convert_to_numpy(model(INPUTS))
    losses = loss_value(outputs, outputs, TARGETS)
    loss = float(losses.sum() if REDUCTION == "sum" else losses.mean())
    result = {
        "loss": loss if math.isfinite(loss) else None,
        "weights": [layer.get_weights()[0].tolist() for layer in model.layers],
        "biases": [layer.get_weights()[1].tolist() for layer in model.layers],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
"""

HOW = """Keras 3 in float64 (keras.config.set_floatx): the notes' Sequential, Dense, set_weights,
compile and fit with batch_size and shuffle=False. It reproduces `playground-cli train FILE
--epochs EPOCHS --json` to about 1e-6 (not to the bit: another library's order of
operations)."""


def keras_script(spec: s.Spec) -> str:
    """The Keras script's source."""
    perceptron = spec.optimizer["name"] == "perceptron"
    helpers = [ACTIVATIONS[a][1] for a in dict.fromkeys(spec.activations) if a in ACTIVATIONS]
    parts = [
        s.header(spec, target="trained with Keras", how=HOW + _caveats(spec)),
        "",
        s.imports(spec, "os", "import numpy as np"),
        "",
        "# Keras' JAX backend computes in float64 only with x64 on (TensorFlow and PyTorch need",
        "# nothing); set before Keras is imported",
        'os.environ.setdefault("JAX_ENABLE_X64", "1")',
        "",
        "import keras  # noqa: E402",
        "",
        'keras.config.set_floatx("float64")  # the playground computes in float64',
        "",
        "\n".join(s.settings_lines(spec)),
        'KERAS_REDUCTION = "sum" if REDUCTION == "sum" else "sum_over_batch_size"',
        "\n".join(s.optimizer_lines(spec)),
        "",
        "\n".join(s.layer_lines(spec)),
        "",
        "\n".join(s.data_lines(spec)),
        *helpers,
        LOSS_CLASSES.get(spec.loss, ""),
        READOUT + ROWS_CODE + LOSS_VALUES[spec.loss],
        CONSTRAINTS,
        _build_model(spec),
        s.ORDER_CODE,
        PERCEPTRON if perceptron else FIT,
        MAIN,
    ]
    return s.join(parts)


def _build_model(spec: s.Spec) -> str:
    dense = []
    last = len(spec.layers) - 1
    for index, layer in enumerate(spec.layers):
        if index == last and spec.loss in FROM_LOGITS:
            activation, note = '"linear"', f"  # {layer.activation}: in the loss (from_logits)"
        else:
            activation, note = ACTIVATIONS[layer.activation][0], ""
        dense.append(
            f"            keras.layers.Dense(\n"
            f"                {layer.units},\n"
            f"                activation={activation},{note}\n"
            f"                kernel_constraint=missing_edges({index}),\n"
            f"                bias_constraint=held_biases({index}),\n"
            f"            ),"
        )
    layers = "\n".join(dense)
    optimizer = OPTIMIZERS[spec.optimizer["name"]]
    return f'''
def missing_edges(index):
    return None if MASKS[index] is None else KeepMissingEdgesAtZero(MASKS[index])


def held_biases(index):
    return None if TRAIN_BIAS[index] else HoldBiases(BIASES[index])


def build_model():
    """The network as the notes build it: Sequential Dense layers, set_weights, compile."""
    model = keras.Sequential(
        [
            keras.Input(shape=({spec.input_units},)),
{layers}
        ]
    )
    for layer, weights, bias in zip(model.layers, WEIGHTS, BIASES):
        layer.set_weights([weights, bias])  # the kernel is (n_in, n_out), as the playground's
    optimizer = {optimizer}
    model.compile(optimizer=optimizer, loss={LOSSES[spec.loss]})
    return model
'''


def _caveats(spec: s.Spec) -> str:
    """What this network needs that Keras does not say directly, in words for the docstring."""
    notes = []
    if spec.optimizer["name"] == "perceptron":
        notes.append("Keras has no perceptron rule: train() applies it by hand to the Dense layer.")
    if any(layer.mask is not None for layer in spec.layers):
        notes.append("Missing edges are a kernel constraint (KeepMissingEdgesAtZero).")
    if not all(layer.train_bias for layer in spec.layers):
        notes.append("Biases that do not train are a bias constraint (HoldBiases).")
    if spec.shuffle:
        notes.append("Each epoch is one fit on the samples in the playground's shuffled order.")
    if "step" in spec.activations and spec.optimizer["name"] != "perceptron":
        notes.append("A step layer passes no gradient, in Keras as in the playground.")
    return "" if not notes else "\n\n" + " ".join(notes)
