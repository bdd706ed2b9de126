"""Speed and size of `sec8k show`: a batch index of 200 filings, and the filing pages.

Takes a batch OUTDIR (``sec8k batch ../shared/corpus/edgar_8k/raw -o out``), copies its
records to a scratch folder, repeating them up to ``--filings`` lines (200 by default), and
prints: the time to write the index (records read and validated, page rendered and written;
best and median of ``--repeat`` runs, in this process), the same as a user sees it (a fresh
``sec8k show`` process, start-up included), the index's size, then the time and sizes of
every filing page (``--all``) and the seed's page.

Run: python benchmarks/bench_review.py OUTDIR [--filings 200] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from sec8k.extract import extract_path
from sec8k.review import render_filing
from sec8k.review.outputs import show_batch

SEED = Path(__file__).resolve().parents[1] / "samples" / "allied-motion-2011" / "filing.txt"


def _kb(size: float) -> str:
    return f"{size / 1024:,.0f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="a sec8k batch OUTDIR")
    parser.add_argument("--filings", type=int, default=200, help="records in the index")
    parser.add_argument("--repeat", type=int, default=5, help="index runs to time")
    args = parser.parse_args()
    lines = (args.outdir / "records.jsonl").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as scratch:
        outdir = Path(scratch) / "out"
        outdir.mkdir()
        records = list(islice(cycle(lines), args.filings))
        (outdir / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
        index = outdir / "review" / "index.html"
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            show_batch(outdir, index)
            times.append(time.perf_counter() - start)
        print(
            f"index of {len(records)} filings ({len(lines)} distinct): best {min(times):.3f} s, "
            f"median {statistics.median(times):.3f} s, {_kb(index.stat().st_size)}"
        )
        start = time.perf_counter()
        command = [sys.executable, "-m", "sec8k.cli", "show", str(outdir)]
        subprocess.run(command, check=True, capture_output=True)
        print(f"the same as a command (fresh process): {time.perf_counter() - start:.3f} s")
        (outdir / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        done = show_batch(outdir, index, every=True)
        seconds = time.perf_counter() - start
        sizes = sorted(page.stat().st_size for page in done.pages)
        print(
            f"{len(sizes)} filing pages (--all, each filing read again): {seconds:.2f} s, "
            f"median {_kb(statistics.median(sizes))}, largest {_kb(sizes[-1])}, "
            f"total {sum(sizes) / 1024 / 1024:.1f} MB"
        )
    parsed = extract_path(SEED)
    texts = {name: norm.text for name, norm in parsed.texts.items()}
    start = time.perf_counter()
    page = render_filing(parsed.record, texts)
    seconds = time.perf_counter() - start
    print(f"seed page: {_kb(len(page.encode()))}, rendered in {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
