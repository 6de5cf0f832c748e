"""Neural Network Playground: a desktop app for learning how neural networks compute and learn."""

__version__ = "0.1.0"
