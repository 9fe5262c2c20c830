"""A batch from start to end: expand the inputs, skip what is done, run, write, report."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from extractor.batch.inputs import Job, expand
from extractor.batch.jsonl import JsonlSink, read_records
from extractor.batch.progress import Progress, Tally
from extractor.batch.runner import run_dask, run_local
from extractor.batch.store import Store
from extractor.reading import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Options:
    inputs: list[str]
    output: Path
    db: Path | None = None
    resume: bool = False
    jobs: int = 1
    chunk_size: int = 32
    scheduler: str | None = None
    model: str | None = None
    published: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    with_text: bool = False


def run_batch(options: Options, stderr: TextIO | None = None) -> Tally:
    """Run a batch; every input ends as exactly one record in the output (and the store).
    Errors of single inputs are records too; only unusable outputs raise InputError."""
    sink = JsonlSink(options.output, options.resume)
    store = Store(options.db) if options.db is not None else None
    try:
        if store is not None and options.resume and options.output.exists():
            store.catch_up(read_records(options.output))
        jobs = list(expand(options.inputs, options.published, options.max_bytes))
        tally = Tally(total=len(jobs))
        todo = _todo(jobs, sink.done, tally)
        progress = Progress(tally, stderr or sys.stderr)
        opt = options
        if opt.scheduler:
            chunks = run_dask(todo, opt.model, opt.chunk_size, opt.scheduler, opt.with_text)
        else:
            chunks = run_local(todo, opt.model, opt.chunk_size, opt.jobs, opt.with_text)
        for outcomes in chunks:
            lines = [o.line for o in outcomes]
            sink.write(lines)
            if store is not None:
                store.write(lines)
            for o in outcomes:
                if o.error is not None:
                    progress.stream.write(("\n" if progress.live else "") + o.error + "\n")
            tally.add(outcomes)
            progress.update()
        progress.finish()
        return tally
    finally:
        sink.close()
        if store is not None:
            store.close()


def _todo(jobs: list[Job], done: set[str], tally: Tally) -> list[Job]:
    """The jobs not yet in the output, each article once: an article is its text, so a
    text given twice (the same story under two names) is extracted and written once."""
    seen: set[str] = set()
    todo = []
    for job in jobs:
        if job.key in done:
            tally.skipped += 1
        elif job.key in seen:
            tally.repeated += 1
        else:
            seen.add(job.key)
            todo.append(job)
    return todo
