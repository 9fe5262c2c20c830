"""Command line: ``extract FILE``, ``extract batch INPUT... -o OUT.jsonl``,
``extract eval GOLD_DIR --texts DIR``.

Bad input gives one line on stderr and exit code 2; output is written only once the
whole document is ready, and to a file (``-o``) by an atomic rename, so nothing already
written is ever left half-replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from extractor import __version__

if TYPE_CHECKING:
    from extractor.evaluate import Report

EXIT_OK, EXIT_FAIL, EXIT_INPUT, EXIT_WARNINGS = 0, 1, 2, 3


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _extract_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="extract",
        description="Print the claims in a sports article as JSON (see CLAIMS.md). "
        "Subcommands: 'extract batch INPUT... -o OUT.jsonl' runs many articles; "
        "'extract eval GOLD_DIR --texts DIR' scores against golden files.",
    )
    p.add_argument("file", help="article to read, or - for standard input")
    p.add_argument(
        "--date", type=_date, help="publication date (YYYY-MM-DD); overrides the dateline"
    )
    p.add_argument("--model", help="spaCy model to use (default: en_core_web_sm if installed)")
    p.add_argument("--source", help="source to record in the output (default: the path)")
    layout = p.add_mutually_exclusive_group()
    layout.add_argument("--compact", action="store_true", help="one line of JSON")
    layout.add_argument("--indent", type=int, default=2, help="indentation (default 2)")
    p.add_argument("-o", "--output", help="write to this file (atomically) instead of stdout")
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 3 when the check stage dropped, repaired or doubted a claim (the "
        "document's warnings); the output is written all the same",
    )
    _add_reading_options(p)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def _add_reading_options(p: argparse.ArgumentParser) -> None:
    from extractor.reading import DEFAULT_MAX_BYTES

    p.add_argument(
        "--html",
        action="store_true",
        help="read the input as an HTML page (a page is also recognised by its start)",
    )
    p.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse input larger than this (default {DEFAULT_MAX_BYTES:,}; 0: no limit)",
    )
    p.add_argument(
        "--with-text",
        action="store_true",
        help="put the text the evidence offsets refer to in the output",
    )


def _size(value: str) -> int:
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {value!r}")
    return number


def _eval_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="extract eval", description="Score the extractor against golden files."
    )
    p.add_argument("gold_dir", type=Path, help="folder of ID.gold.json files")
    p.add_argument("--texts", type=Path, required=True, help="folder of the articles ID.txt")
    p.add_argument("--dates", type=Path, help="TSV of publication dates by id (e.g. index.tsv)")
    p.add_argument("--model", help="spaCy model to use")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--min-f1", type=float, help="exit 1 when overall F1 is below this")
    p.add_argument("--errors", action="store_true", help="list missed and spurious claims")
    p.add_argument(
        "--split",
        help="score only the articles of this split (old, tune, check) of the gold folder's "
        "collection in --splits",
    )
    p.add_argument(
        "--splits",
        type=Path,
        default=Path("benchmarks/splits.json"),
        help="the splits file (default benchmarks/splits.json)",
    )
    return p


def _batch_parser() -> argparse.ArgumentParser:
    from extractor.reading import DEFAULT_MAX_BYTES

    p = argparse.ArgumentParser(
        prog="extract batch",
        description="Extract many articles: one claims document (or error record) per "
        "line of the output, in input order.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        help="files, folders (their *.txt), globs, or .jsonl files of "
        '{"id", "text", "published"} records',
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="the JSONL file to write")
    p.add_argument("--db", type=Path, help="also upsert into this SQLite database")
    p.add_argument(
        "--resume", action="store_true", help="continue an output: skip what it already holds"
    )
    p.add_argument("--jobs", type=_positive, default=1, help="worker processes (default 1)")
    p.add_argument("--chunk-size", type=_positive, default=32, help="articles per nlp.pipe chunk")
    p.add_argument("--scheduler", help="run on this dask.distributed scheduler (tcp://HOST:PORT)")
    p.add_argument("--model", help="spaCy model to use")
    p.add_argument("--date", type=_date, help="publication date for inputs that give none")
    p.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse files larger than this (default {DEFAULT_MAX_BYTES:,}; 0: no limit)",
    )
    p.add_argument("--with-text", action="store_true", help="put each article's text in its record")
    return p


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "eval":
            return _run_eval(_eval_parser().parse_args(args[1:]))
        if args and args[0] == "batch":
            return _run_batch(_batch_parser().parse_args(args[1:]))
        return _run_extract(_extract_parser().parse_args(args))
    except KeyboardInterrupt:
        print("extract: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away ("extract a.txt | head"): no message
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAIL
    except Exception as err:  # a bug, not bad input: still one line, unless debugging
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        print(
            f"extract: internal error: {type(err).__name__}: {err} "
            "(set EXTRACT_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        return EXIT_FAIL


def _fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"extract: error: {message}", file=sys.stderr)
    return code


def _run_extract(ns: argparse.Namespace) -> int:
    from extractor.api import extract_bytes
    from extractor.pipeline import ModelNotFound
    from extractor.reading import InputError, read_bytes

    try:
        data = read_bytes(ns.file, ns.max_bytes or None)
        source = ns.source or ("-" if ns.file == "-" else ns.file)
        document = extract_bytes(
            data,
            source=source,
            published=ns.date,
            model=ns.model,
            html=True if ns.html else None,
            max_bytes=ns.max_bytes or None,
            with_text=ns.with_text,
        )
    except InputError as err:
        return _fail(str(err))
    except ModelNotFound as err:
        return _fail(str(err))
    indent = None if ns.compact else ns.indent
    out = document.model_dump_json(indent=indent) + "\n"
    if ns.output:
        try:
            write_atomically(Path(ns.output), out)
        except OSError as err:
            return _fail(f"{ns.output}: cannot write ({err.strerror})", EXIT_FAIL)
    else:
        sys.stdout.write(out)
        sys.stdout.flush()
    if ns.strict and document.warnings:
        print(f"extract: {len(document.warnings)} warnings (--strict)", file=sys.stderr)
        return EXIT_WARNINGS
    return EXIT_OK


def _run_batch(ns: argparse.Namespace) -> int:
    from extractor.batch.run import Options, run_batch
    from extractor.pipeline import ModelNotFound
    from extractor.reading import InputError

    options = Options(
        inputs=ns.inputs,
        output=ns.output,
        db=ns.db,
        resume=ns.resume,
        jobs=ns.jobs,
        chunk_size=ns.chunk_size,
        scheduler=ns.scheduler,
        model=ns.model,
        published=ns.date,
        max_bytes=ns.max_bytes or None,
        with_text=ns.with_text,
    )
    try:
        tally = run_batch(options)
    except (InputError, ModelNotFound) as err:
        return _fail(str(err))
    return EXIT_FAIL if tally.failed else EXIT_OK


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step: a crash leaves the old file whole."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _run_eval(ns: argparse.Namespace) -> int:
    from extractor.api import extract
    from extractor.evaluate import Report, gold_files, load_dates, read_gold, split_ids
    from extractor.reading import InputError, read_article

    if not ns.gold_dir.is_dir():
        return _fail(f"{ns.gold_dir}: not a folder of golden files")
    if not ns.texts.is_dir():
        return _fail(f"{ns.texts}: not a folder of articles")
    dates = load_dates(ns.dates) if ns.dates else {}
    report = Report()
    files = gold_files(ns.gold_dir)
    if ns.split:
        try:
            wanted = split_ids(ns.splits, ns.gold_dir, ns.split)
        except (OSError, ValueError, KeyError) as err:
            return _fail(f"{ns.splits}: no split {ns.split!r} for {ns.gold_dir} ({err})")
        files = [f for f in files if f.name[: -len(".gold.json")] in wanted]
    if not files:
        return _fail(f"{ns.gold_dir}: no *.gold.json files")
    for gold_path in files:
        article_id = gold_path.name[: -len(".gold.json")]
        text_path = ns.texts / f"{article_id}.txt"
        try:
            gold = read_gold(gold_path)
            text = read_article(str(text_path)).text
        except (InputError, ValueError) as err:
            return _fail(f"{gold_path.name}: {str(err).splitlines()[0]}")
        doc = extract(text, source=str(text_path), published=dates.get(article_id), model=ns.model)
        pred = [c.model_dump(mode="json") for c in doc.claims]
        report.add(article_id, gold, pred)
    if ns.json:
        data = report.as_dict()
        if ns.errors:
            data["missed"], data["spurious"] = report.misses, report.spurious
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(report.table())
        if ns.errors:
            _print_errors(report)
    f1 = report.prf()[2]
    if ns.min_f1 is not None and f1 < ns.min_f1:
        print(f"extract: F1 {f1:.3f} is below --min-f1 {ns.min_f1}", file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def _print_errors(report: Report) -> None:
    for label, items in (("MISSED", report.misses), ("SPURIOUS", report.spurious)):
        print(f"\n{label} ({len(items)}):")
        for c in items:
            key = {
                k: c.get(k)
                for k in ("medal", "rank", "value", "unit", "scope", "status", "count", "period")
                if c.get(k) is not None
            }
            print(
                f"  {c['article']} {c['type']:<11} {c['athletes'] or c.get('nation')} {key} "
                f"| {c['evidence']['text'][:90]}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
