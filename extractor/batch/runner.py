"""Running jobs: in this process, in ``--jobs N`` worker processes, or on a Dask cluster.

All three run the same :func:`process` on chunks of jobs and give back the outcomes in
input order. A worker loads the spaCy pipeline once (``load_pipeline`` is cached per
process); forked workers inherit the parent's copy.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Protocol

from extractor import __version__
from extractor.api import extract, finish, make_doc
from extractor.batch.inputs import Job
from extractor.chunks import CHUNK_CHARS
from extractor.pipeline import load_pipeline, model_label
from extractor.reading import InputError
from extractor.resolve.assemble import build_document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Outcome:
    """A job done: its record (one line of JSON, no newline) and what it held."""

    key: str
    source: str
    line: str
    claims: dict[str, int] = field(default_factory=dict)
    error: str | None = None


def chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    it = iter(jobs)
    while chunk := list(islice(it, size)):
        yield chunk


def process(jobs: list[Job], model: str | None, with_text: bool = False) -> list[Outcome]:
    """Extract a chunk with ``nlp.pipe`` (a text too long for one doc on its own, in
    pieces); an article the pipeline fails on becomes an error record without taking the
    rest of the chunk with it."""
    nlp = load_pipeline(model)
    label = model_label(nlp)
    short = [j for j in jobs if j.text is not None and len(j.text) <= CHUNK_CHARS]
    done: list[Doc | str]
    try:
        done = list(nlp.pipe(make_doc(nlp, j.text or "", j.published) for j in short))
    except Exception:  # find the one that fails, one by one
        done = [_one(nlp, job) for job in short]
    parsed = {id(job): doc for job, doc in zip(short, done, strict=True)}
    out = []
    for job in jobs:
        doc = parsed.get(id(job))
        if job.error is not None or isinstance(doc, str):
            out.append(error_outcome(job.key, job.source, job.error or str(doc)))
            continue
        try:
            if doc is not None:
                document = build_document(doc, job.source, __version__, label)
                document = finish(document, job.text or "", job.info, 1, with_text)
            else:
                document = extract(
                    job.text or "",
                    source=job.source,
                    published=job.published,
                    model=model,
                    info=job.info,
                    with_text=with_text,
                )
        except Exception as err:
            out.append(error_outcome(job.key, job.source, _failure(job, err)))
            continue
        counts = Counter(str(c.type) for c in document.claims)
        out.append(Outcome(job.key, job.source, document.model_dump_json(), dict(counts)))
    return out


def _one(nlp: Language, job: Job) -> Doc | str:
    try:
        return nlp(make_doc(nlp, job.text or "", job.published))
    except Exception as err:
        return _failure(job, err)


def _failure(job: Job, err: Exception) -> str:
    return f"{job.source}: internal error: {type(err).__name__}: {err}".splitlines()[0]


def error_outcome(key: str, source: str, reason: str) -> Outcome:
    record = {"source": source, "content_hash": key, "error": reason}
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return Outcome(key, source, line, error=reason)


def run_local(
    jobs: Iterable[Job],
    model: str | None,
    chunk_size: int,
    workers: int = 1,
    with_text: bool = False,
) -> Iterator[list[Outcome]]:
    """Outcomes chunk by chunk, in input order, from this process or ``workers``
    processes (at most two chunks per worker queued at a time)."""
    if workers <= 1:
        for chunk in chunks(jobs, chunk_size):
            yield process(chunk, model, with_text)
        return
    load_pipeline(model)  # forked workers inherit it; spawned ones load their own
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from _in_order(
            (pool.submit(process, chunk, model, with_text) for chunk in chunks(jobs, chunk_size)),
            window=2 * workers,
        )


def run_dask(
    jobs: Iterable[Job], model: str | None, chunk_size: int, scheduler: str, with_text: bool = False
) -> Iterator[list[Outcome]]:
    """The same chunks on a ``dask.distributed`` cluster; each worker process loads the
    model once and keeps it."""
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - depends on the install
        raise InputError("--scheduler needs dask.distributed: pip install '.[cluster]'") from None
    try:
        client = Client(scheduler, timeout="20s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as err:
        raise InputError(f"{scheduler}: cannot reach the Dask scheduler ({err})") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        futures = (
            client.submit(process, chunk, model, with_text, pure=False)
            for chunk in chunks(jobs, chunk_size)
        )
        yield from _in_order(futures, window=2 * workers)


class _Pending(Protocol):
    def result(self) -> list[Outcome]: ...


def _in_order(futures: Iterator[_Pending], window: int) -> Iterator[list[Outcome]]:
    """Results in submission order, with at most ``window`` chunks in flight (a local
    ``Future`` or a Dask one)."""
    pending: list[_Pending] = []
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()
