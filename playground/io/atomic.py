"""Writing a file so that it is either wholly replaced or left as it was.

The text goes to a temporary file in the same folder, named
``.<name>.pid<PID>.<random>.playground-save.tmp``, which is then renamed over the target.
A save killed before the rename leaves that file behind; the next save into the folder
removes it once its process is gone or it is older than ``STALE_AFTER_SECONDS``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from playground.engine.messages import Message

TEMP_SUFFIX = ".playground-save.tmp"
STALE_AFTER_SECONDS = 3600.0
_NAME_KEPT = 100  # characters of the target's name kept in the temporary file's name
_TEMP_NAME = re.compile(r"\..*\.pid(?P<pid>[0-9]+)\.[A-Za-z0-9_]+" + re.escape(TEMP_SUFFIX))


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one step: readers see the old file or the
    new one, never half of it, and a failure leaves the old file and no temporary file.
    A ``path`` that is a symbolic link or anything but a regular file is refused (OSError):
    the new file is renamed over the path itself, never written through a link."""
    path = Path(path)
    folder = path.absolute().parent
    mode = _existing_mode(path)
    remove_stale_temporaries(folder)
    temporary = None
    try:
        fd, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{path.name[:_NAME_KEPT]}.pid{os.getpid()}.", suffix=TEMP_SUFFIX
        )
        with open(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:  # KeyboardInterrupt too: never leave the temporary file behind
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise
    _sync_folder(folder)


def _existing_mode(path: Path) -> int:
    """The permission bits the new file gets: the old file's, or 0o644 for a new one."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return 0o644
    if stat.S_ISLNK(info.st_mode):
        raise OSError(
            errno.ELOOP, Message("is a symbolic link, which saving never writes through"), str(path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EEXIST, Message("exists and is not a regular file"), str(path))
    return info.st_mode & 0o777


def remove_stale_temporaries(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files killed saves left in ``folder``: regular files named as
    :func:`write_atomically` names them whose process is no longer running, or which are
    older than ``STALE_AFTER_SECONDS``. Returns what was removed; errors are ignored."""
    now = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            match = _TEMP_NAME.fullmatch(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_SECONDS
                if old or not _running(int(match["pid"])):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    """Whether process ``pid`` may still be running (True when it cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name != "posix" or pid <= 0:
        return True  # os.kill(pid, 0) would end the process on Windows: rely on age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows syncing a folder."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
