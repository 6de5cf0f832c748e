"""The PyTorch script: ``nn.Linear`` layers in float64 holding the playground's weights
transposed (PyTorch keeps them (n_out, n_in)), trained batch by batch.

A missing edge is a gradient hook that zeroes its gradient (as the playground does), a bias
that does not train has ``requires_grad`` off. SGD is ``torch.optim.SGD``; Adam and RMSprop
are written out with ε where Keras and the playground put it, which ``torch.optim`` does not;
the perceptron rule is a loop of its own.
"""

from __future__ import annotations

from playground.export import spec as s

MODULES = {
    "linear": "nn.Identity()",
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(0.01)",
    "step": "Step()",
    "softmax": "nn.Softmax(dim=1)",
}

STEP = '''
class Step(nn.Module):
    """1 where x >= 0, else 0: its derivative is 0, so no gradient passes through it."""

    def forward(self, x):
        return (x >= 0).to(x.dtype)
'''

# Each sample's loss from the model's output (the logits when the loss holds the activation).
SAMPLE_LOSSES = {
    "half_sse": "0.5 * ((targets - outputs) ** 2).sum(dim=1)  # Σ_outputs ½(t − y)²",
    "mse": "((targets - outputs) ** 2).mean(dim=1)  # mean_outputs (t − y)²",
    "cross_entropy": "-(targets * torch.log_softmax(outputs, dim=1)).sum(dim=1)  # softmax",
    "binary_cross_entropy": (
        "nn.functional.binary_cross_entropy_with_logits(\n"
        '        outputs, targets, reduction="none"\n'
        "    ).mean(dim=1)  # sigmoid"
    ),
}
FROM_LOGITS = ("cross_entropy", "binary_cross_entropy")

KERAS_OPTIMIZERS = {
    "adam": '''
class KerasAdam(torch.optim.Optimizer):
    """Adam as Keras (and the playground) compute it: alpha = lr·√(1−β₂ᵗ)/(1−β₁ᵗ),
    w ← w − alpha·m/(√v + ε). torch.optim.Adam adds ε after the bias correction instead,
    which moves small gradients' steps by more than 1e-6."""

    def __init__(self, params):
        super().__init__(params, {})
        self.iterations = 0

    @torch.no_grad()
    def step(self):
        self.iterations += 1
        t = self.iterations
        alpha = LEARNING_RATE * math.sqrt(1 - BETA_2**t) / (1 - BETA_1**t)
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:  # no gradient reached it (behind a step layer)
                    continue
                state = self.state[p]
                if not state:
                    state["m"], state["v"] = torch.zeros_like(p), torch.zeros_like(p)
                m, v, g = state["m"], state["v"], p.grad
                m += (g - m) * (1 - BETA_1)
                v += (g * g - v) * (1 - BETA_2)
                p -= (m * alpha) / (v.sqrt() + EPSILON)
''',
    "rmsprop": '''
class KerasRMSprop(torch.optim.Optimizer):
    """RMSprop as Keras (and the playground) compute it: v ← ρ·v + (1−ρ)·g²,
    w ← w − lr·g/√(v + ε). torch.optim.RMSprop divides by √v + ε instead."""

    def __init__(self, params):
        super().__init__(params, {})

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:  # no gradient reached it (behind a step layer)
                    continue
                state = self.state[p]
                if not state:
                    state["v"], state["velocity"] = torch.zeros_like(p), torch.zeros_like(p)
                v, g = state["v"], p.grad
                v *= RHO
                v += (1 - RHO) * (g * g)
                increment = (LEARNING_RATE * g) / (v + EPSILON).sqrt()
                if MOMENTUM > 0:
                    state["velocity"] *= MOMENTUM
                    state["velocity"] += increment
                    p -= state["velocity"]
                else:
                    p -= increment
''',
}

OPTIMIZERS = {
    "sgd": "torch.optim.SGD(\n        trained, lr=LEARNING_RATE, momentum=MOMENTUM, "
    "nesterov=NESTEROV and MOMENTUM > 0\n    )",
    "adam": "KerasAdam(trained)",
    "rmsprop": "KerasRMSprop(trained)",
}

BUILD = '''
def build_model():
    """nn.Linear layers holding the playground's weights; returns the model and its layers."""
    model = nn.Sequential(
{modules}
    )
    linears = list(model[0::2])
    with torch.no_grad():
        for index, linear in enumerate(linears):
            linear.weight.copy_(torch.from_numpy(WEIGHTS[index].T))  # (n_out, n_in) in torch
            linear.bias.copy_(torch.from_numpy(BIASES[index]))
            if MASKS[index] is not None:  # a missing edge: no gradient, its weight stays 0
                mask = torch.from_numpy(MASKS[index].T.copy())
                linear.weight.register_hook(lambda grad, mask=mask: grad * mask)
            linear.bias.requires_grad_(TRAIN_BIAS[index])
    return model, linears


def batch_loss(outputs, targets):
    """The batch's loss: the {reduction} of its samples' losses."""
    losses = {sample_losses}
    return losses.sum() if REDUCTION == "sum" else losses.mean()
'''

FIT = '''
def train(model, linears):
    """EPOCHS epochs of batches of BATCH_SIZE, in the playground's order."""
    trained = [p for p in model.parameters() if p.requires_grad]
    optimizer = {optimizer}
    inputs, targets = torch.from_numpy(INPUTS), torch.from_numpy(TARGETS)
    for order in epoch_orders(EPOCHS):
        index = torch.from_numpy(order.copy())
        for start in range(0, len(order), BATCH_SIZE):
            rows = index[start : start + BATCH_SIZE]
            optimizer.zero_grad()
            batch_loss(model(inputs[rows]), targets[rows]).backward()
            optimizer.step()
'''

PERCEPTRON = '''
def train(model, linears):
    """Rosenblatt's rule, one sample at a time: w ← w + lr·(t − y)·x, b ← b + lr·(t − y).
    PyTorch has no such rule (and a step has derivative 0, so autograd could not move a
    weight): this loop applies it to the nn.Linear, transposed as torch keeps it."""
    linear = linears[0]
    inputs, targets = torch.from_numpy(INPUTS), torch.from_numpy(TARGETS)
    with torch.no_grad():
        for order in epoch_orders(EPOCHS):
            for row in order:
                x, t = inputs[row : row + 1], targets[row : row + 1]
                error = t - model(x)
                change = x.T @ (error * LEARNING_RATE)
                if MASKS[0] is not None:
                    change = change * torch.from_numpy(MASKS[0])
                linear.weight += change.T
                if TRAIN_BIAS[0]:
                    linear.bias += (error * LEARNING_RATE).sum(dim=0)
'''

MAIN = """
def main():
    model, linears = build_model()
    train(model, linears)
    with torch.no_grad():  # the loss over all the samples at once (train --json's "loss")
        loss = batch_loss(model(torch.from_numpy(INPUTS)), torch.from_numpy(TARGETS)).item()
    result = {
        "loss": loss if math.isfinite(loss) else None,
        "weights": [linear.weight.detach().T.tolist() for linear in linears],
        "biases": [linear.bias.detach().tolist() for linear in linears],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
"""

HOW = """PyTorch in float64: nn.Linear layers holding the weights transposed (torch keeps them
(n_out, n_in)). It reproduces `playground-cli train FILE --epochs EPOCHS --json` to about 1e-6
(not to the bit: another library's order of operations)."""


def pytorch_script(spec: s.Spec) -> str:
    """The PyTorch script's source."""
    name = spec.optimizer["name"]
    parts = [
        s.header(spec, target="trained with PyTorch", how=HOW + _caveats(spec)),
        "",
        s.imports(spec, "import numpy as np", "import torch", "from torch import nn"),
        "",
        "torch.set_default_dtype(torch.float64)  # the playground computes in float64",
        "",
        "\n".join(s.settings_lines(spec)),
        "\n".join(s.optimizer_lines(spec)),
        "",
        "\n".join(s.layer_lines(spec)),
        "",
        "\n".join(s.data_lines(spec)),
        STEP if "step" in spec.activations else "",
        KERAS_OPTIMIZERS.get(name, ""),
        BUILD.format(
            modules=_modules(spec),
            reduction=spec.reduction,
            sample_losses=SAMPLE_LOSSES[spec.loss],
        ),
        s.ORDER_CODE,
        PERCEPTRON if name == "perceptron" else FIT.format(optimizer=OPTIMIZERS[name]),
        MAIN,
    ]
    return s.join(parts)


def _modules(spec: s.Spec) -> str:
    """nn.Linear then its activation, layer by layer; the output's activation left to the
    loss when the loss takes the logits."""
    lines = []
    for index, layer in enumerate(spec.layers):
        lines.append(f"        nn.Linear({layer.n_in}, {layer.units}),")
        if index == len(spec.layers) - 1 and spec.loss in FROM_LOGITS:
            lines.append(f"        # {layer.activation}: in the loss, which takes the logits")
        else:
            lines.append(f"        {MODULES[layer.activation]},")
    return "\n".join(lines)


def _caveats(spec: s.Spec) -> str:
    notes = []
    if spec.optimizer["name"] == "perceptron":
        notes.append("PyTorch has no perceptron rule: train() applies it by hand.")
    if spec.optimizer["name"] in KERAS_OPTIMIZERS:
        notes.append(
            f"{spec.optimizer['name']} is written out with Keras' formula (torch.optim puts ε "
            "elsewhere)."
        )
    if "step" in spec.activations and spec.optimizer["name"] != "perceptron":
        notes.append("A step layer passes no gradient, in PyTorch as in the playground.")
    return "" if not notes else "\n\n" + " ".join(notes)
