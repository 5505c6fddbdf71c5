"""Score whole archives: rows out in parts, resumable, on several processes or a Dask cluster.

:func:`score_documents` is the one code path from articles to rows: :func:`run_batch` (``framing
batch``), :func:`score_partition` (a pandas partition, for Dask's ``map_partitions`` or Spark's
``mapInPandas``) and :mod:`framing.dask` all use it, so they give the same rows.

``framing batch INPUT... -o OUT`` writes a folder::

    OUT/sentences/part-000000.jsonl   one row per sentence (--level sentence or both)
    OUT/documents/part-000000.jsonl   one row per article   (--level document or both)
    OUT/evidence/part-000000.jsonl    one row per match, with offsets, weight, modifiers (--level evidence)
                                      (--level all writes the three)
    OUT/manifest.jsonl                one line per finished part: its number, its articles' keys and fingerprints
    OUT/_SUCCESS                      written last, with the totals
    OUT/rejected.txt                  with --skip-bad: the records and files left out, one error per line

Each part is written atomically (:func:`framing.files.write_atomic`), and it counts as finished only once
its line is in the manifest. A re-run with the same ``-o`` reads the manifest, deletes parts it does not
list (a kill between a part and its manifest line), and skips the articles already scored: a kill at any
moment loses nothing and duplicates nothing. Articles are keyed by their file's real path and their
position, so two records with the same id are both scored, and the same file given by another path (a
symlink, a relative path) is still the same file. Each key carries a fingerprint of the text: when a
re-run finds another text at a scored position (the input was edited), it stops with an error rather
than mixing rows of two versions.
"""

from framing.batch.parts import FORMATS, MANIFEST, read_rows
from framing.batch.rows import LEVELS, TABLES, score_documents, score_partition, score_tables
from framing.batch.run import CHUNK, BatchSummary, Part, bounded, run_batch, score_part
from framing.folders import SUCCESS

__all__ = [
    "CHUNK",
    "FORMATS",
    "LEVELS",
    "MANIFEST",
    "SUCCESS",
    "TABLES",
    "BatchSummary",
    "Part",
    "bounded",
    "read_rows",
    "run_batch",
    "score_documents",
    "score_part",
    "score_partition",
    "score_tables",
]
