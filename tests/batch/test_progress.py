"""The progress line shows only on a terminal; the summary always ends a run."""

from __future__ import annotations

import io

from extractor.batch.progress import Progress, Tally
from extractor.batch.runner import Outcome, error_outcome


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _outcomes() -> list[Outcome]:
    done = Outcome("a" * 64, "a.txt", "{}", {"medal": 2, "record": 1})
    return [done, error_outcome("b" * 64, "b.txt", "b.txt: no such file")]


def test_progress_on_a_terminal_then_the_summary() -> None:
    stream = _Terminal()
    tally = Tally(total=4, skipped=1)
    progress = Progress(tally, stream)
    tally.add(_outcomes())
    progress.update(force=True)
    progress.finish()
    out = stream.getvalue()
    assert out.startswith("\r      3/4 articles")
    assert "1 failed" in out
    summary = out.splitlines()[-1]
    assert summary.startswith("extract batch: 2 articles (1 failed; 1 already done, 0 repeated)")
    assert "3 claims (2 medal, 0 result, 0 performance, 0 margin, 1 record, 0 tally)" in summary


def test_no_progress_line_off_a_terminal() -> None:
    stream = io.StringIO()
    tally = Tally(total=2)
    progress = Progress(tally, stream)
    tally.add(_outcomes())
    progress.update(force=True)
    progress.finish()
    assert "\r" not in stream.getvalue()
    assert stream.getvalue().count("\n") == 1
