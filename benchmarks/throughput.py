"""Throughput and memory of batch extraction against the bare spaCy model, in one run.

    python benchmarks/throughput.py [--texts ../shared/bbc-sport/texts] [--model NAME]

Each measurement runs in its own process (so that its peak memory is its own) on the same
texts (a text given twice counted once, as the batch does), after the model is loaded and
with the same 32-article batches: bare ``spacy.load(model).pipe``, ``extract batch`` in
one process, and ``extract batch --jobs 2``. Cold start is the wall time of
``extract corpus/articles/klaebo-50k.txt``, from process start to exit, median of three.
Prints words/s, articles/s, peak memory and the ratios the batch issue asks for.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "bbc-sport" / "texts"
SEED = ROOT / "corpus" / "articles" / "klaebo-50k.txt"
CHUNK = 32  # articles per nlp.pipe batch, for the bare model and the batch alike


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def measure(kind: str, texts_dir: Path, model: str | None) -> dict[str, float]:
    """One measurement in this process: seconds for all texts, after loading the model."""
    paths = sorted(texts_dir.glob("*.txt"))
    # The batch extracts a text given twice once, so the bare model gets each once too.
    texts = list(dict.fromkeys(p.read_text("utf-8") for p in paths))
    words = sum(len(t.split()) for t in texts)
    if kind == "bare":
        import spacy

        from extractor.pipeline import default_model

        nlp = spacy.load(model or default_model())
        list(nlp.pipe(texts[:5]))  # warm up as the batch runs do
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=CHUNK):  # the batch's own chunk size
            pass
        seconds = time.perf_counter() - start
    else:
        from extractor.api import extract
        from extractor.batch.run import Options, run_batch

        extract(texts[0], model=model)  # load and warm up
        with tempfile.TemporaryDirectory() as tmp:
            jobs = 2 if kind == "jobs2" else 1
            options = Options(
                [str(texts_dir)], Path(tmp) / "out.jsonl", jobs=jobs, chunk_size=CHUNK
            )
            start = time.perf_counter()
            run_batch(options, stderr=open("/dev/null", "w"))  # noqa: SIM115
            seconds = time.perf_counter() - start
    peak = _peak_mb() + (_peak_mb(resource.RUSAGE_CHILDREN) if kind == "jobs2" else 0.0)
    return {"seconds": seconds, "articles": len(texts), "words": words, "peak_mb": peak}


def _run(kind: str, texts: Path, model: str | None) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", kind, "--texts", str(texts)]
    if model:
        command += ["--model", model]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _cold_start() -> float:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(["extract", "--compact", str(SEED)], check=True, capture_output=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--model")
    parser.add_argument("--measure", choices=["bare", "jobs1", "jobs2"], help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if not ns.texts.is_dir():
        print(f"benchmark: {ns.texts} is absent; pass --texts DIR", file=sys.stderr)
        return 2
    if ns.measure:
        print(json.dumps(measure(ns.measure, ns.texts, ns.model)))
        return 0
    results = {kind: _run(kind, ns.texts, ns.model) for kind in ("bare", "jobs1", "jobs2")}
    labels = {
        "bare": "bare spaCy nlp.pipe",
        "jobs1": "extract batch (1 process)",
        "jobs2": "extract batch --jobs 2",
    }
    n = int(results["bare"]["articles"])
    print(f"{n} articles, {int(results['bare']['words'])} words from {ns.texts}")
    print(f"{'':28} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak MB':>8}")
    for kind, r in results.items():
        print(
            f"{labels[kind]:28} {r['seconds']:8.1f} {r['articles'] / r['seconds']:11.1f} "
            f"{r['words'] / r['seconds']:9.0f} {r['peak_mb']:8.0f}"
        )
    rate = {k: r["articles"] / r["seconds"] for k, r in results.items()}
    print(f"cold start (extract on the seed article): {_cold_start():.2f}s")
    print(f"batch / bare spaCy:       {rate['jobs1'] / rate['bare']:.2f}  (goal >= 0.80)")
    print(f"--jobs 2 / one process:   {rate['jobs2'] / rate['jobs1']:.2f}  (goal >= 1.60)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
