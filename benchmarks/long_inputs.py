"""Time and peak memory of ``extract`` on long and degenerate inputs.

    python benchmarks/long_inputs.py [--size 1000000]

Each input (about ``--size`` characters, made from the project's own seed article or
from nothing) runs in its own process with no size limit: the seed article repeated, one
line of words with no punctuation, "1. 1. 1. ..." (a results list with no results), and
times with no words between them. Prints seconds, characters/s, peak memory, the number
of pieces the text was read in and of claims found. Linear time means the seconds grow
with the size, not its square: run it at two sizes to see.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "articles" / "klaebo-50k.txt"

RUN = """
import json, resource, sys, time
from extractor.cli import main
start = time.perf_counter()
code = main([sys.argv[1], "--max-bytes", "0", "--compact", "-o", sys.argv[2]])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"code": code, "seconds": seconds, "peak_mb": peak}))
"""


def inputs(size: int) -> dict[str, str]:
    seed = SEED.read_text("utf-8")
    words = "Klaebo won gold in 2 07 07 ahead of Nyenget and Iversen took bronze again "
    return {
        "seed article repeated": "\n\n".join([seed] * (size // len(seed) + 1))[:size],
        "one line, no punctuation": (words * (size // len(words) + 1))[:size],
        '"1. " repeated': ("1. " * (size // 3 + 1))[:size],
        '"2:07:07 " repeated': ("2:07:07 " * (size // 8 + 1))[:size],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    args = parser.parse_args()
    print(f"{'input':28} {'chars':>9} {'seconds':>8} {'chars/s':>8} {'peak MB':>8} pieces claims")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in inputs(args.size).items():
            src, out = Path(tmp) / "in.txt", Path(tmp) / "out.json"
            src.write_text(text, "utf-8")
            proc = subprocess.run(
                [sys.executable, "-c", RUN, str(src), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(proc.stdout)
            doc = json.loads(out.read_text("utf-8"))
            pieces = (doc.get("input") or {}).get("chunks", 1)
            print(
                f"{name:28} {len(text):>9,} {figures['seconds']:>8.1f} "
                f"{len(text) / figures['seconds']:>8,.0f} {figures['peak_mb']:>8.0f} "
                f"{pieces:>6} {len(doc['claims']):>6}"
            )


if __name__ == "__main__":
    main()
