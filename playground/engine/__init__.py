"""The playground's engine: pure NumPy, usable from a script or a notebook.

>>> from playground.engine import Network, Layer, Trainer, make_optimizer
"""

from playground.engine.activations import ACTIVATION_NAMES, ACTIVATIONS, get_activation
from playground.engine.errors import EngineError, ParameterError, PhaseError
from playground.engine.gradcheck import GradientCheck, check_gradients
from playground.engine.initializers import (
    INITIALIZER_NAMES,
    initial_weights,
    initializer_parameters,
)
from playground.engine.losses import LOSS_NAMES, LOSSES, get_loss
from playground.engine.metrics import accuracy, is_classification
from playground.engine.network import (
    REDUCTIONS,
    Layer,
    LayerTrace,
    Network,
    Trace,
    default_node_label,
)
from playground.engine.optimizers import (
    OPTIMIZER_NAMES,
    Optimizer,
    make_optimizer,
    optimizer_parameters,
    parameter_problem,
    parameter_rule,
)
from playground.engine.stop import StopReason
from playground.engine.training import EpochRecord, History, Phase, Trainer

__all__ = [
    "ACTIVATIONS",
    "ACTIVATION_NAMES",
    "INITIALIZER_NAMES",
    "LOSSES",
    "LOSS_NAMES",
    "OPTIMIZER_NAMES",
    "REDUCTIONS",
    "EngineError",
    "EpochRecord",
    "GradientCheck",
    "History",
    "Layer",
    "LayerTrace",
    "Network",
    "Optimizer",
    "ParameterError",
    "Phase",
    "PhaseError",
    "StopReason",
    "Trace",
    "Trainer",
    "accuracy",
    "check_gradients",
    "default_node_label",
    "get_activation",
    "get_loss",
    "initial_weights",
    "initializer_parameters",
    "is_classification",
    "make_optimizer",
    "optimizer_parameters",
    "parameter_problem",
    "parameter_rule",
]
