"""Batch runs: ``extract batch INPUT... -o claims.jsonl``.

inputs (files, folders, globs, JSONL records) -> jobs -> a runner (this process,
``--jobs N`` processes, or a Dask cluster) -> sinks (the JSONL file, the SQLite store),
with a progress line and a summary on stderr. Every record is keyed by the content hash
of its article, which is what ``--resume`` skips and the store upserts by.
"""
