"""Parts and the manifest of a batch folder: atomic part files, resuming after a kill, reading rows back."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.errors import InputError
from framing.files import write_atomic
from framing.folders import BATCH_PARTS, MANIFEST
from framing.inputs import Document
from framing.outputs.cells import csv_row

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("jsonl", "csv", "parquet")


def write_part(folder: Path, number: int, format: str, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Write the part file of one chunk in each table's folder (``sentences/``...), each atomically."""
    for name, rows in tables.items():
        (folder / name).mkdir(exist_ok=True)
        write_atomic(folder / name / f"part-{number:06d}.{format}", _serializer(format, rows))


def _serializer(format: str, rows: list[dict[str, Any]]) -> Callable[[Any], None]:
    def jsonl(handle: Any) -> None:
        for row in rows:
            handle.write((json.dumps(row, ensure_ascii=False, default=str) + "\n").encode("utf-8"))

    def table(handle: Any) -> None:
        import pandas as pd

        if format == "csv":
            handle.write(pd.DataFrame([csv_row(row) for row in rows]).to_csv(index=False).encode("utf-8"))
        else:
            # no whole_numbers() here: a field whole in one part and fractional in another would give
            # the parts two types, and pandas.read_parquet on the folder would fail
            pd.DataFrame(rows).to_parquet(handle, index=False)

    return jsonl if format == "jsonl" else table


def settings(format: str, level: str, lexicons: str | None) -> dict[str, str]:
    """What a batch folder's rows depend on besides the articles: a resumed run must share all of it.

    ``lexicons`` is a fingerprint of every lexicon file read (the built-in ones and the user folder's),
    so an edited or added lexicon is a different setting, not a silent mix of old and new rows.
    """
    return {"format": format, "level": level, "lexicons": _lexicon_fingerprint(lexicons)}


def _lexicon_fingerprint(user: str | None) -> str:
    from importlib import resources

    digest = hashlib.blake2b(digest_size=8)
    stack = [("", resources.files("framing").joinpath("lexicons"))]
    while stack:  # the built-in files, in a fixed order
        prefix, node = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                stack.append((f"{prefix}{child.name}/", child))
            elif child.is_file():
                digest.update(f"{prefix}{child.name}\0".encode() + child.read_bytes())
    if user is not None:
        path = Path(user)
        if path.is_file():
            files = [path]
        else:  # hidden files inside the folder are not lexicons (the folder's own name may be hidden)
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(x.startswith(".") for x in p.relative_to(path).parts)
            )
        for file in files:
            name = file.name if file == path else file.relative_to(path).as_posix()
            digest.update(f"user/{name}\0".encode() + file.read_bytes())
    return digest.hexdigest()


def resume(folder: Path, wanted: dict[str, str]) -> tuple[dict[str, str], int]:
    """Keys already scored, each with its text's fingerprint, and the next part number.

    Parts the manifest does not list are removed. A manifest written without fingerprints gives empty ones.
    A folder scored with other :func:`settings` is refused: its rows would mix with rows of a different kind.
    """
    manifest = folder / MANIFEST
    entries: list[dict[str, Any]] = []
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by a kill: its part is not finished
            if isinstance(entry, dict) and isinstance(entry.get("part"), int):
                entries.append(entry)
        # Rewritten without the broken line, so that later appends start on a fresh line.
        write_atomic(manifest, "".join(json.dumps(e) + "\n" for e in entries))
    listed = {e["part"] for e in entries}
    _check_settings(folder, entries, wanted)
    for name in BATCH_PARTS:
        for path in (folder / name).glob("*") if (folder / name).is_dir() else ():
            if path.name.startswith(".") or _part_number(path.name) not in listed:
                path.unlink()  # an unfinished temporary file or a part without its manifest line
    done: dict[str, str] = {}
    for e in entries:
        keys = [str(k) for k in e.get("keys", [])]
        if "fingerprints" not in e:
            # A manifest of an earlier version: keys are paths as typed, texts were not fingerprinted.
            keys = [_real_key(k) for k in keys]
        prints = list(e.get("fingerprints") or [])
        prints += [""] * (len(keys) - len(prints))  # a missing fingerprint is not checked, never dropped
        done.update(zip(keys, prints, strict=False))
    return done, max(listed, default=-1) + 1


def _check_settings(folder: Path, entries: list[dict[str, Any]], wanted: dict[str, str]) -> None:
    # An entry of an earlier version lacks some settings: those are not checked.
    for name, value in wanted.items():
        found = {str(e[name]) for e in entries if name in e} - {value}
        if not found:
            continue
        if name == "lexicons":
            raise InputError(
                f"{folder} was scored with other lexicons (a lexicon file or --lexicons changed); "
                "score into a new -o folder"
            )
        what = ", ".join(sorted(found))
        held = f"holds a {what} batch" if name == "format" else f"was scored with --{name} {what}"
        raise InputError(f"{folder} {held}; resume it with that --{name} or use another -o")


def _real_key(key: str) -> str:
    """An old ``path:position`` key under the file's real path, as :func:`resume_key` writes it now."""
    source, colon, position = key.rpartition(":")
    if colon and source and os.path.exists(source):
        return f"{os.path.realpath(source)}:{position}"
    return key


def resume_key(document: Document, real: dict[str, str]) -> str:
    """The key an article is resumed by: its file's real path and its position.

    With the real path, ``../data/x.jsonl`` and a symlink to it are the same file. ``real`` caches the
    paths already resolved in this run.
    """
    source = document.source
    if source not in real:
        real[source] = os.path.realpath(source) if source and os.path.exists(source) else source
    return f"{real[source]}:{document.position}"


def fingerprint(text: str) -> str:
    """A short hash of an article's text: a resumed run checks that the article is still the one scored."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def append_manifest(
    folder: Path, number: int, keys: Sequence[str], fingerprints: Sequence[str], scored_with: dict[str, str]
) -> None:
    """Mark a part finished: its line is appended and synced to disk after the part file is in place."""
    entry = {"part": number, **scored_with, "keys": list(keys), "fingerprints": list(fingerprints)}
    line = json.dumps(entry) + "\n"
    with open(folder / MANIFEST, "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def _part_number(name: str) -> int | None:
    stem = name.split(".", 1)[0]
    if stem.startswith("part-") and stem[5:].isdigit():
        return int(stem[5:])
    return None


def need_pyarrow() -> None:
    """Refuse ``--format parquet`` up front, before any work, when pyarrow is missing."""
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise InputError("--format parquet needs pyarrow; install it with: pip install pyarrow")


def read_rows(output: str | os.PathLike[str], name: str = "sentences") -> pd.DataFrame:
    """All rows of a batch folder's ``sentences``, ``documents`` or ``evidence`` parts as one DataFrame."""
    import pandas as pd

    parts = sorted((Path(output) / name).glob("part-*"))
    frames = []
    for part in parts:
        if part.suffix == ".jsonl":
            frames.append(pd.read_json(part, lines=True, dtype=False))
        elif part.suffix == ".csv":
            frames.append(pd.read_csv(part))
        else:
            frames.append(pd.read_parquet(part))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
