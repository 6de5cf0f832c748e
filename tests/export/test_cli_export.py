"""``playground-cli export``: the script on stdout or in ``--out``, and one-line errors."""

from __future__ import annotations

import pytest

from playground.paths import resource_path
from tests.export.helpers import cli

XOR = str(resource_path("examples", "xor.json"))


@pytest.mark.parametrize("target", ["numpy", "keras", "pytorch"])
def test_without_out_the_script_goes_to_stdout(capsys, target):
    status, out, err = cli(capsys, "export", XOR, "--to", target, "--epochs", "7")
    assert (status, err) == (0, "")
    compile(out, "script.py", "exec")
    assert "\nEPOCHS = 7\n" in out


def test_out_writes_the_script_and_says_so(capsys, tmp_path):
    out_path = tmp_path / "xor_numpy.py"
    status, out, err = cli(capsys, "export", XOR, "--to", "numpy", "--out", str(out_path))
    assert (status, err) == (0, "")
    assert out == f"wrote {out_path} (numpy)\n"
    source = out_path.read_text(encoding="utf-8")
    compile(source, str(out_path), "exec")
    assert "\nEPOCHS = 1\n" in source  # no lesson: one epoch
    status, again, _ = cli(capsys, "export", XOR, "--to", "numpy")
    assert again == source  # the same script either way


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--to", "tensorflow"], "invalid choice: 'tensorflow'"),
        (["--to", "numpy", "--epochs", "0"], "expected a whole number of epochs"),
        (["--to", "numpy", "--epochs", "ten"], "expected a whole number of epochs"),
        (["--to", "numpy", "--epochs", "-3"], "expected a whole number of epochs"),
        ([], "the following arguments are required: --to"),
    ],
)
def test_a_bad_option_is_one_error_line_and_status_2(capsys, argv, words):
    status, out, err = cli(capsys, "export", XOR, *argv)
    assert (status, out) == (2, "")
    _assert_one_error_line(err)
    assert words in err


def test_a_missing_file_is_one_error_line_and_status_2(capsys, tmp_path):
    missing = tmp_path / "nowhere.json"
    status, out, err = cli(capsys, "export", str(missing), "--to", "numpy")
    assert (status, out) == (2, "")
    _assert_one_error_line(err)
    assert str(missing) in err


def test_out_never_replaces_the_network_file_or_writes_into_a_folder(capsys, tmp_path):
    network = tmp_path / "xor.json"
    network.write_text(resource_path("examples", "xor.json").read_text(encoding="utf-8"))
    before = network.read_bytes()
    for out_path, words in ((network, "is the network file"), (tmp_path, "is a folder")):
        status, out, err = cli(
            capsys, "export", str(network), "--to", "numpy", "--out", str(out_path)
        )
        assert (status, out) == (2, "")
        _assert_one_error_line(err)
        assert words in err
    assert network.read_bytes() == before


def _assert_one_error_line(err: str) -> None:
    assert err.startswith("error: ")
    assert err.endswith("\n") and err.count("\n") == 1
    assert "Traceback" not in err
