"""The progress line (on a terminal only) and the summary at the end of a batch."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from extractor.batch.runner import Outcome
from extractor.models import CLAIM_TYPES


@dataclass
class Tally:
    """What a batch has done so far."""

    total: int
    skipped: int = 0  # already in the output (--resume)
    repeated: int = 0  # the same text as an earlier input
    done: int = 0
    failed: int = 0
    claims: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def add(self, outcomes: list[Outcome]) -> None:
        for o in outcomes:
            self.done += 1
            self.failed += o.error is not None
            self.claims.update(o.claims)

    def summary(self) -> str:
        wall = time.monotonic() - self.started
        kinds = ", ".join(f"{self.claims[t]} {t}" for t in CLAIM_TYPES)
        rate = self.done / wall if wall > 0 else 0.0
        return (
            f"extract batch: {self.done} articles ({self.failed} failed; {self.skipped} "
            f"already done, {self.repeated} repeated), "
            f"{sum(self.claims.values())} claims ({kinds}), {wall:.1f}s wall, {rate:.1f} articles/s"
        )


class Progress:
    """``  120/510 articles  17.2/s  ETA 0:00:23`` rewritten in place, at most 5 times a
    second, and only when ``stream`` is a terminal."""

    def __init__(self, tally: Tally, stream: TextIO) -> None:
        self.tally = tally
        self.stream = stream
        self.live = stream.isatty()
        self._last = 0.0

    def update(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.live or (now - self._last < 0.2 and not force):
            return
        self._last = now
        t = self.tally
        elapsed = now - t.started
        rate = t.done / elapsed if elapsed > 0 else 0.0
        left = t.total - t.skipped - t.repeated - t.done
        eta = time.strftime("%H:%M:%S", time.gmtime(left / rate)) if rate > 0 else "--:--:--"
        line = f"{t.done + t.skipped + t.repeated:>7}/{t.total} articles  {rate:6.1f}/s  ETA {eta}"
        if t.failed:
            line += f"  {t.failed} failed"
        self.stream.write("\r" + line)
        self.stream.flush()

    def finish(self) -> None:
        if self.live:
            self.update(force=True)
            self.stream.write("\n")
        self.stream.write(self.tally.summary() + "\n")
        self.stream.flush()
