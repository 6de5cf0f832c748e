"""The one rule for where a ``playground-cli`` command may write its ``--out`` file."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class OutPathError(ValueError):
    """An ``--out`` path a command refuses: reported as one ``error:`` line, exit status 2."""


def check_regular_out(out: Path, *, command: str) -> None:
    """Refuse an ``--out`` that exists as anything but a regular file (a link, a folder, a
    device, a pipe): ``command`` writes only regular files, and never through a link."""
    try:
        mode = os.lstat(out).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutPathError(f"--out {out}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(mode):
        raise OutPathError(f"--out {out} is a symbolic link; {command} writes only regular files")
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise OutPathError(f"--out {out} is {kind}; {command} writes only regular files")
