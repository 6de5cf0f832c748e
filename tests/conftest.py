"""Fixtures every test folder shares."""

from __future__ import annotations

import pytest


@pytest.fixture
def nowhere(tmp_path, monkeypatch):
    """No MNIST anywhere: an empty home, no overrides, an empty stand-in for Debian's
    /usr/share/datasets. Returns the home folder."""
    from playground.engine import found_data

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("KERAS_HOME", raising=False)
    monkeypatch.delenv(found_data.ENV_VAR, raising=False)
    monkeypatch.setattr(found_data, "SYSTEM_DATA_DIR", tmp_path / "usr-share-datasets")
    return home
