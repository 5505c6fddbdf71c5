"""Write files safely: whole or not at all, through symlinks, keeping permissions.

Every file the tool writes (tables, charts, reports, batch outputs) goes through :func:`write_atomic`:

- a regular file is written to a unique temporary file in the target's folder (``tempfile.mkstemp``, so
  two runs writing the same output never share one), flushed and fsynced, then moved over the target with
  ``os.replace``: a reader sees the old file or the new one, never half of one;
- a symlink is written through: its target is replaced, the link stays;
- the target's permission bits are kept (a 0600 file stays 0600); a new file gets the usual ``0666``
  minus the umask;
- a file with several hard links is rewritten in place, so every link sees the new content (an atomic
  replace would detach this name from the others);
- special files (a FIFO, ``/dev/stdout``) are written directly;
- on any failure or interruption the temporary file is removed and the error propagates.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

Writer = Callable[[IO[bytes]], None]
"""Something that writes the content into an open binary file."""


def write_atomic(
    path: str | os.PathLike[str], content: bytes | str | Writer, *, encoding: str = "utf-8"
) -> Path:
    """Write ``content`` to ``path`` whole or not at all (see the module docstring for the cases).

    Args:
        path: The file to write; its folder must exist.
        content: Bytes, text (encoded with ``encoding``) or a function that writes into a binary file.
        encoding: The encoding of text content.

    Returns:
        The path written, as given.

    Raises:
        OSError: The folder is missing or not writable, the disk is full, ...; nothing is left behind.
    """
    writer = _writer(content, encoding)
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        with open(target, "wb") as handle:  # a FIFO or a device: there is nothing to replace
            writer(handle)
        return Path(path)
    if info is not None and info.st_nlink > 1:
        with open(target, "r+b") as handle:
            handle.truncate(0)
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        return Path(path)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        raise
    return Path(path)


def _writer(content: bytes | str | Writer, encoding: str) -> Writer:
    if isinstance(content, str):
        data = content.encode(encoding)
        return lambda handle: handle.write(data) and None
    if isinstance(content, bytes):
        return lambda handle: handle.write(content) and None
    return content


def _default_mode() -> int:
    # The mode open() would give a new file: 0o666 minus the process's umask (read without changing it
    # for long: umask can only be read by setting it).
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
