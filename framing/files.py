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
- on any failure or interruption the temporary file is removed and the error propagates; a temporary
  file left by a writer that was killed outright (SIGKILL) is removed by the next write to the target.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
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
    write_all([(path, content)], encoding=encoding)
    return Path(path)


def write_all(
    files: Sequence[tuple[str | os.PathLike[str], bytes | str | Writer]], *, encoding: str = "utf-8"
) -> None:
    """Write several files all or none: every temporary file is complete before the first is moved in.

    A command that writes a table and a chart uses this, so a failure (a full disk, a missing folder)
    leaves neither behind.
    """
    pending: list[_Pending] = []
    try:
        for path, content in files:
            with _named(path):
                pending.append(_prepare(path, _writer(content, encoding)))
    except BaseException:
        for item in pending:
            item.discard()
        raise
    for (path, _), item in zip(files, pending, strict=True):
        with _named(path):
            item.commit()


@contextlib.contextmanager
def _named(path: str | os.PathLike[str]) -> Iterator[None]:
    """Re-raise an OSError under the target's name: the temporary file's name means nothing to a user."""
    try:
        yield
    except OSError as error:
        if error.errno is None:
            raise
        raise type(error)(error.errno, error.strerror, os.fspath(path)) from error


@dataclass
class _Pending:
    """A file ready to be moved into place (or, for special files, to be written directly)."""

    target: Path
    temporary: str | None
    writer: Writer | None
    in_place: bool

    def commit(self) -> None:
        if self.temporary is not None:
            os.replace(self.temporary, self.target)
            return
        assert self.writer is not None
        with open(self.target, "r+b" if self.in_place else "wb") as handle:
            if self.in_place:
                handle.truncate(0)
            self.writer(handle)
            handle.flush()
            with contextlib.suppress(OSError):  # a FIFO or a device cannot be fsynced
                os.fsync(handle.fileno())

    def discard(self) -> None:
        if self.temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.temporary)


def _prepare(path: str | os.PathLike[str], writer: Writer) -> _Pending:
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _Pending(target, None, writer, in_place=False)  # a FIFO or a device: nothing to replace
    if info is not None and info.st_nlink > 1:
        return _Pending(target, None, writer, in_place=True)
    _remove_stale(target)
    # The writer's process id is in the name, so a later run can tell a dead writer's leftover (a kill -9
    # in the middle of a write) from a live writer's file.
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        raise
    return _Pending(target, temporary, None, in_place=False)


def _remove_stale(target: Path) -> None:
    """Remove temporary files of ``target`` left by writers that no longer run."""
    prefix = f".{target.name}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                os.remove(target.parent / name)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def check_output(path: str | os.PathLike[str], suffixes: Sequence[str] = ()) -> None:
    """Refuse, before any analysis, an output path that cannot be written or has the wrong extension.

    Raises:
        InputError: The extension is not one of ``suffixes``, the path is a folder, or its folder cannot
            be made or written.
    """
    from framing.errors import InputError

    target = Path(path)
    if suffixes and target.suffix.lower() not in suffixes:
        raise InputError(f"cannot write {target}: use a file name ending in {' or '.join(suffixes)}")
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder; give a file name")
    folder = target.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(f"cannot write {target}: {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"cannot write {target}: the folder {existing} is not writable")


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
