"""Networks the engine tests share, written out as the course notes give them."""

import numpy as np

from playground.engine import Layer, Network, Trainer, make_optimizer

CLASSIC_INPUTS = np.array([[0.05, 0.10]])
CLASSIC_TARGETS = np.array([[0.01, 0.99]])


def classic_network(*, hidden: str = "sigmoid", output: str = "sigmoid", loss: str = "half_sse"):
    """The 2-2-2 "step by step backpropagation" network: b1 = .35, b2 = .60, biases fixed."""
    return Network(
        input_units=2,
        loss=loss,
        layers=[
            Layer(
                activation=hidden,
                weights=[[0.15, 0.25], [0.20, 0.30]],
                bias=[0.35, 0.35],
                train_bias=False,
            ),
            Layer(
                activation=output,
                weights=[[0.40, 0.50], [0.45, 0.55]],
                bias=[0.60, 0.60],
                train_bias=False,
            ),
        ],
    )


def classic_trainer(learning_rate: float = 0.5) -> Trainer:
    return Trainer(
        classic_network(),
        make_optimizer("sgd", learning_rate=learning_rate),
        inputs=CLASSIC_INPUTS,
        targets=CLASSIC_TARGETS,
    )


def single_neuron(weights, bias) -> Network:
    """A linear neuron y = w·x + b trained with Keras' mse, as in the notes' Keras examples."""
    return Network(
        input_units=len(weights),
        loss="mse",
        layers=[
            Layer(activation="linear", weights=np.array(weights, float).reshape(-1, 1), bias=[bias])
        ],
    )
