"""Every bundled example opens in the window's document and steps: F, B, U and an epoch."""

import math

import pytest

from playground import io
from playground.document import NetworkDocument
from playground.engine import Phase
from playground.ui.files import example_files


def test_the_examples_are_there():
    names = {path.stem for path in example_files()}
    assert {"xor", "classic-2-2-2", "spiral", "digits", "perceptron-and", "one-neuron"} <= names


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_example_opens_and_steps(qapp, path):
    doc = NetworkDocument(io.load(path))
    doc.forward()
    doc.backward()
    assert math.isfinite(doc.trace.loss)
    doc.update()
    assert doc.phase is Phase.UPDATED
    record = doc.run_epoch()
    assert math.isfinite(record.loss)
