"""Optimizer hyper-parameters the engine, the file loader and the CLI must all refuse, each
with the words a learner reads; shared by tests/engine, tests/io and tests/cli."""

BAD_PARAMETERS = [  # (optimizer, key, value as a file or a control gives it, the words)
    ("sgd", "learning_rate", 0, "the learning rate must be greater than 0, got 0"),
    ("sgd", "learning_rate", -0.5, "the learning rate must be greater than 0, got -0.5"),
    ("adam", "learning_rate", 0.0, "the learning rate must be greater than 0, got 0"),
    ("rmsprop", "learning_rate", 0, "the learning rate must be greater than 0, got 0"),
    ("perceptron", "learning_rate", 0, "the learning rate must be greater than 0, got 0"),
    ("adam", "beta_1", 1.5, "beta_1 must be greater than 0 and less than 1, got 1.5"),
    ("adam", "beta_1", 1, "beta_1 must be greater than 0 and less than 1, got 1"),
    ("adam", "beta_1", 0, "beta_1 must be greater than 0 and less than 1, got 0"),
    ("adam", "beta_2", 2, "beta_2 must be greater than 0 and less than 1, got 2"),
    ("adam", "epsilon", 0, "epsilon must be greater than 0, got 0"),
    ("rmsprop", "epsilon", -1e-7, "epsilon must be greater than 0, got -1e-07"),
    ("sgd", "momentum", 5, "momentum must be at least 0 and less than 1, got 5"),
    ("sgd", "momentum", 1, "momentum must be at least 0 and less than 1, got 1"),
    ("rmsprop", "momentum", -0.1, "momentum must be at least 0 and less than 1, got -0.1"),
    ("rmsprop", "rho", 2, "rho must be at least 0 and less than 1, got 2"),
    ("rmsprop", "rho", 1.0, "rho must be at least 0 and less than 1, got 1"),
    ("sgd", "learning_rate", "abc", "the learning rate must be a finite number, got 'abc'"),
    ("sgd", "learning_rate", True, "the learning rate must be a finite number, got true"),
    ("adam", "epsilon", None, "epsilon must be a finite number, got null"),
    ("sgd", "nesterov", 1, "nesterov must be true or false, got 1"),
]

GOOD_BOUNDARIES = [  # (optimizer, key, value): the nearest values each range still accepts
    ("sgd", "learning_rate", 5e-324),
    ("perceptron", "learning_rate", 1e300),
    ("sgd", "momentum", 0),
    ("sgd", "momentum", 0.9999999999999999),
    ("rmsprop", "momentum", 0.0),
    ("rmsprop", "rho", 0),
    ("adam", "beta_1", 5e-324),
    ("adam", "beta_1", 0.9999999999999999),
    ("adam", "beta_2", 0.9999999999999999),
    ("adam", "epsilon", 5e-324),
    ("sgd", "nesterov", False),
]
