"""playground-cli against hostile input: control characters, odd numbers, odd targets, and
saves that fail or were killed half-way."""

import json
import os
import time

import pytest

from playground import cli
from playground.cli import main, printable
from playground.io import atomic, load, save
from playground.paths import resource_path
from tests.cli.test_cli import assert_one_error_line, run

HOSTILE_NAME = "red\x1b[31m text\rover\x07bell"
ESCAPED_NAME = "red\\x1b[31m text\\x0dover\\x07bell"
XOR = str(resource_path("examples", "xor.json"))


def assert_no_controls(text: str) -> None:
    assert not any(ord(c) < 32 and c != "\n" or ord(c) == 127 for c in text), repr(text)


def xor_doc() -> dict:
    return json.loads(resource_path("examples", "xor.json").read_text(encoding="utf-8"))


def write_json(path, doc) -> str:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def csv_network(tmp_path) -> str:
    """A network file in ``tmp_path`` that trains on ``train.csv`` beside it."""
    (tmp_path / "train.csv").write_text("a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", encoding="utf-8")
    doc = xor_doc()
    doc["data"] = {"file": "train.csv"}
    return write_json(tmp_path / "net.json", doc)


# --- printing safely ----------------------------------------------------------------------


def test_printable_escapes_control_characters_only():
    assert printable("a\x1b[31mb\r\x07\x00\x7f\x85") == "a\\x1b[31mb\\x0d\\x07\\x00\\x7f\\x85"
    assert printable("x\u202ey\u2028") == "x\\u202ey\\u2028"
    assert printable("∂E/∂w  café, h1.2") == "∂E/∂w  café, h1.2"


def hostile_load(monkeypatch, *, labels: bool = False):
    """Make the CLI's ``load`` give a network whose name (and output labels) hold control
    characters, whatever the file format's own checks allow."""
    real_load = cli.load

    def load_hostile(path):
        pf = real_load(path)
        pf.name = HOSTILE_NAME
        if labels:
            real_labels = pf.network.node_labels
            pf.network.node_labels = lambda index: [HOSTILE_NAME + x for x in real_labels(index)]
        return pf

    monkeypatch.setattr(cli, "load", load_hostile)


@pytest.mark.parametrize("command", ["info", "trace", "train", "check", "explain"])
def test_a_hostile_name_and_labels_print_escaped(capsys, monkeypatch, command):
    hostile_load(monkeypatch, labels=True)
    extra = {"train": ["--epochs", "1"], "explain": ["--param", "layers[2].weights[0][0]"]}
    status, out, err = run(capsys, command, XOR, *extra.get(command, []))
    assert (status, err) == (0, "")
    if command != "check":
        assert ESCAPED_NAME in out
    assert_no_controls(out)


@pytest.mark.parametrize("command", ["info", "trace"])
def test_a_file_with_a_hostile_name_never_prints_it_raw(capsys, tmp_path, command):
    doc = xor_doc()
    doc["name"] = HOSTILE_NAME
    status, out, err = run(capsys, command, write_json(tmp_path / "n.json", doc))
    if status == 0:  # the file format allows the name: it prints escaped
        assert ESCAPED_NAME in out and err == ""
    else:  # the file format refuses it: in one line, itself escaped
        assert (status, out) == (2, "")
        assert_one_error_line(err)
    assert_no_controls(out + err)


def test_error_lines_are_escaped_too(capsys, tmp_path):
    path = tmp_path / "bad\x1b[2Jname\r.json"
    status, out, err = run(capsys, "info", str(path))
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert "bad\\x1b[2Jname\\x0d.json" in err
    assert_no_controls(err)


def test_json_output_keeps_the_name_as_json_escapes(capsys, monkeypatch):
    hostile_load(monkeypatch)
    status, out, _ = run(capsys, "train", XOR, "--epochs", "1", "--json")
    assert status == 0
    assert json.loads(out)["network"]["name"] == HOSTILE_NAME
    assert_no_controls(out)


# --- --epochs -----------------------------------------------------------------------------


@pytest.mark.parametrize("epochs", ["١٠", "10000000000", "1_000", " 7", "+5", "0", "-1", "1e3"])
def test_epochs_refuses_anything_but_a_bounded_ascii_count(capsys, epochs):
    classic = str(resource_path("examples", "classic-2-2-2.json"))
    status, out, err = run(capsys, "train", classic, "--epochs", epochs)
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert "1,000,000,000" in err
    assert_no_controls(err)


def test_epochs_help_says_memory_is_bounded(capsys):
    assert main(["train", "--help"]) == 0
    assert "memory stays bounded" in capsys.readouterr().out


# --- --out --------------------------------------------------------------------------------


def test_out_refuses_a_symbolic_link(capsys, tmp_path):
    path = csv_network(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(victim)
    status, out, err = run(
        capsys, "train", path, "--epochs", "1", "--out", str(tmp_path / "link.json")
    )
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert "symbolic link" in err
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "link.json").is_symlink()


@pytest.mark.parametrize("target", ["/dev/null", "folder"])
def test_out_refuses_a_device_and_a_folder(capsys, tmp_path, target):
    path = csv_network(tmp_path)
    (tmp_path / "folder").mkdir()
    out_path = target if target.startswith("/") else str(tmp_path / target)
    status, out, err = run(capsys, "train", path, "--epochs", "1", "--out", out_path)
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert "not a regular file" in err or "a folder" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_out_refuses_a_fifo(capsys, tmp_path):
    path = csv_network(tmp_path)
    os.mkfifo(tmp_path / "pipe")
    status, out, err = run(capsys, "train", path, "--epochs", "1", "--out", str(tmp_path / "pipe"))
    assert (status, out) == (2, "")
    assert_one_error_line(err)


@pytest.mark.parametrize("spelling", ["train.csv", "./sub/../train.csv"])
def test_out_refuses_the_data_the_file_trains_on(capsys, tmp_path, spelling):
    path = csv_network(tmp_path)
    (tmp_path / "sub").mkdir()
    before = (tmp_path / "train.csv").read_bytes()
    status, out, err = run(
        capsys, "train", path, "--epochs", "1", "--out", str(tmp_path / spelling)
    )
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert "data file" in err
    assert (tmp_path / "train.csv").read_bytes() == before


def test_out_refuses_the_test_data_file(capsys, tmp_path):
    csv_network(tmp_path)
    doc = json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))
    (tmp_path / "test.csv").write_text("a,b,y\n0,0,0\n1,1,0\n", encoding="utf-8")
    doc["test_data"] = {"file": "test.csv"}
    path = write_json(tmp_path / "net.json", doc)
    status, _, err = run(
        capsys, "train", path, "--epochs", "1", "--out", str(tmp_path / "test.csv")
    )
    assert status == 2
    assert_one_error_line(err)


def test_out_still_writes_a_new_or_regular_file(capsys, tmp_path):
    path = csv_network(tmp_path)
    (tmp_path / "old.json").write_text("{}", encoding="utf-8")
    for name in ("new.json", "old.json"):
        status, _, err = run(capsys, "train", path, "--epochs", "1", "--out", str(tmp_path / name))
        assert (status, err) == (0, "")
        assert load(tmp_path / name).data.describe() == load(path).data.describe()


# --- atomic saves -------------------------------------------------------------------------


def temporaries(folder) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(atomic.TEMP_SUFFIX)]


@pytest.mark.parametrize("error", [OSError("disk full"), KeyboardInterrupt()])
def test_a_save_that_fails_mid_way_leaves_no_temporary_file(tmp_path, monkeypatch, error):
    target = tmp_path / "net.json"
    target.write_text("old", encoding="utf-8")
    pf = load(resource_path("examples", "xor.json"))

    def failing_replace(*_):
        assert len(temporaries(tmp_path)) == 1  # written, not yet renamed
        raise error

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(type(error)):
        save(pf, target)
    assert sorted(os.listdir(tmp_path)) == ["net.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_a_failed_save_through_the_cli_is_one_line_and_no_temporary_file(
    capsys, tmp_path, monkeypatch
):
    def failing_replace(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    classic = str(resource_path("examples", "classic-2-2-2.json"))
    status, out, err = run(
        capsys, "train", classic, "--epochs", "1", "--out", str(tmp_path / "o.json")
    )
    assert (status, out) == (2, "")
    assert_one_error_line(err)
    assert os.listdir(tmp_path) == []


def stale(folder, *, pid: int, age: float, tag: str) -> str:
    name = f".net.json.pid{pid}.{tag}{atomic.TEMP_SUFFIX}"
    (folder / name).write_text("half a file", encoding="utf-8")
    then = time.time() - age
    os.utime(folder / name, (then, then))
    return name


def dead_pid() -> int:
    pid = 2**22 - 1
    while pid > 1:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid -= 1
    pytest.skip("no free process number")


@pytest.mark.skipif(os.name != "posix", reason="process liveness is checked on POSIX only")
def test_the_next_save_removes_stale_temporary_files(tmp_path):
    old = stale(tmp_path, pid=os.getpid(), age=2 * atomic.STALE_AFTER_SECONDS, tag="old_1")
    orphan = stale(tmp_path, pid=dead_pid(), age=1, tag="orphan")
    fresh = stale(tmp_path, pid=os.getpid(), age=1, tag="fresh")  # a save under way in this process
    (tmp_path / "unrelated.tmp").write_text("mine", encoding="utf-8")
    save(load(resource_path("examples", "xor.json")), tmp_path / "net.json")
    names = set(os.listdir(tmp_path))
    assert old not in names and orphan not in names
    assert {fresh, "unrelated.tmp", "net.json"} <= names


def test_cleanup_never_follows_or_removes_a_link(tmp_path):
    target = tmp_path / "precious"
    target.write_text("keep", encoding="utf-8")
    name = f".x.pid1.abc{atomic.TEMP_SUFFIX}"
    (tmp_path / name).symlink_to(target)
    then = time.time() - 2 * atomic.STALE_AFTER_SECONDS
    os.utime(target, (then, then))
    assert atomic.remove_stale_temporaries(tmp_path) == []
    assert target.read_text(encoding="utf-8") == "keep"


def test_saving_refuses_to_write_through_a_symbolic_link(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(victim)
    with pytest.raises(OSError, match="symbolic link"):
        save(load(resource_path("examples", "xor.json")), tmp_path / "link.json")
    assert victim.read_text(encoding="utf-8") == "keep"
    assert temporaries(tmp_path) == []


def test_saving_refuses_a_folder(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(OSError, match="not a regular file"):
        save(load(resource_path("examples", "xor.json")), tmp_path / "folder")
    assert temporaries(tmp_path) == []
