"""Throughput and memory of `sec8k batch` over the shared corpus, with 1 and with all workers.

Each run is the real command (``python -m sec8k.cli batch``) in a fresh process,
so it includes start-up as a user sees it. For each it prints the batch's own
summary (filings/s, MB/s), the wall time, and peak memory: the whole process tree
(the command, the forkserver and every worker) sampled from /proc, the command's
own peak, and at the end ``resource.getrusage`` of this process and of its
reaped children (pool workers are the forkserver's children, so getrusage never
sees them: hence the /proc sampling). ``--scale N`` runs N copies of the corpus
(6 by default: 1,074 filings) with 1 and with 2 workers, prints the speed-up and the
CPU seconds of the process tree (sampled from /proc: on a busy machine, CPU over wall
shows how much of two cores the run got), and
follows each worker's RSS against the number of records written, from the 100th
record to the last, to show that memory does not grow with the inputs. Last,
the per-stage split measured in this process: ``sec8k.io.read_path`` (read,
container, text, items, exhibits) against ``sec8k.extract.extract_parsed``.

With ``--executor dask`` it compares instead the two executors on the corpus
repeated ``--scale`` times (at least 1,000 filings): the process pool against a
local Dask cluster, both with all cores as workers, best of ``--repeat`` runs each.

Run: python benchmarks/bench_batch.py [CORPUS_RAW_DIR] [--scale N] [--repeat N] [--executor dask]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sec8k.errors import Sec8kError
from sec8k.extract import extract_parsed
from sec8k.io import read_path

#: Fewest filings for the executor comparison, so start-up does not decide it.
COMPARE_FILINGS = 1000
DEFAULT_RAW = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "edgar_8k" / "raw"
#: Seconds between two samples of the process tree's memory.
SAMPLE_EVERY = 0.05
#: Worker RSS is followed from this record on (before it, imports and caches grow).
RSS_FROM_RECORD = 100
#: The numbers in the summary line sec8k batch prints.
SUMMARY = re.compile(
    r"(?P<inputs>\d+) inputs?.*: (?P<records>\d+) records?, (?P<errors>\d+) errors? in (?P<seconds>\S+) s "
    r"\((?P<rate>\S+) filings/s, (?P<mbps>\S+) MB/s\)"
)


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    """User + system clock ticks ``pid`` has used so far (Linux /proc)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


class _Lines:
    """The number of lines in a file that grows, read incrementally."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset, self.count = path, 0, 0

    def __call__(self) -> int:
        try:
            with self.path.open("rb") as file:
                file.seek(self.offset)
                chunk = file.read()
        except OSError:
            return self.count
        self.offset += len(chunk)
        self.count += chunk.count(b"\n")
        return self.count


@contextmanager
def tree_peak(
    root: int, records: Path | None = None, workers: dict[int, list[tuple[int, int]]] | None = None
) -> Iterator[list[int]]:
    """Sample RSS until the block ends; yields [tree peak KiB, ``root``'s own peak KiB,
    CPU clock ticks of the tree's processes, as last sampled].

    With ``records`` (a growing records.jsonl) and ``workers``, each worker's samples
    (records written so far, RSS KiB) go to ``workers[pid]``: a worker is a process of
    the tree without children (``root`` itself when it has none)."""
    peak = [0, 0, 0]
    ticks: dict[int, int] = {}
    stop = threading.Event()
    lines = _Lines(records) if records is not None else None

    def sample() -> None:
        while not stop.is_set():
            pids = [pid for pid in _tree(root) if pid != os.getpid()]
            rss = {pid: _rss_kib(pid) for pid in pids}
            peak[0] = max(peak[0], sum(rss.values()))
            peak[1] = max(peak[1], rss.get(root, 0))
            for pid in pids:
                ticks[pid] = max(ticks.get(pid, 0), _cpu_ticks(pid))
            peak[2] = sum(ticks.values())
            if lines is not None and workers is not None:
                done = lines()
                for pid in _leaves(pids):
                    if rss.get(pid):
                        workers.setdefault(pid, []).append((done, rss[pid]))
            stop.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield peak
    finally:
        stop.set()
        sampler.join()


def _leaves(pids: list[int]) -> list[int]:
    parents = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                parents.add(int(stat.read().rsplit(")", 1)[1].split()[1]))
        except (OSError, IndexError, ValueError):
            continue
    return [pid for pid in pids if pid not in parents]


def worker_rss(samples: dict[int, list[tuple[int, int]]], workers: int) -> str:
    """Per worker: RSS at the RSS_FROM_RECORD-th record written, the largest after it, the last.

    The workers are the ``workers`` largest leaves (others: multiprocessing's resource tracker)."""
    parts = []
    largest = sorted(samples.items(), key=lambda item: -max(rss for _, rss in item[1]))
    for pid, series in sorted(largest[:workers]):
        later = [rss for done, rss in series if done >= RSS_FROM_RECORD]
        if len(later) < 2:
            continue
        parts.append(
            f"pid {pid} {later[0] / 1024:.0f} -> max {max(later) / 1024:.0f}, "
            f"last {later[-1] / 1024:.0f} MB"
        )
    if not parts:
        return f"worker RSS: fewer than {RSS_FROM_RECORD} records, not followed"
    return f"worker RSS from record {RSS_FROM_RECORD} to the last: " + "; ".join(parts)


def best(inputs: list[Path], workers: int, repeat: int, executor: str = "process") -> str:
    """The fastest of ``repeat`` runs (other load on the machine only ever slows a run)."""
    runs = [run(inputs, workers, executor) for _ in range(max(1, repeat))]
    return min(runs, key=_seconds)


def _seconds(line: str) -> float:
    first = line.split()[0]
    return float(first) if first.replace(".", "", 1).isdigit() else float("inf")


def run(
    inputs: list[Path],
    workers: int,
    executor: str = "process",
    rss: dict[int, list[tuple[int, int]]] | None = None,
) -> str:
    """Run sec8k batch in a new process; one line of results (``rss``: see tree_peak)."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "sec8k.cli", "batch", *map(str, inputs)]
        command += ["-o", out, "--workers", str(workers), "--no-progress", "--executor", executor]
        start = time.perf_counter()
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        with tree_peak(process.pid, Path(out) / "records.jsonl", rss) as peak:
            _, err = process.communicate()
        wall = time.perf_counter() - start
        cpu = peak[2] / os.sysconf("SC_CLK_TCK")
    found = SUMMARY.search(err)
    if found is None:
        return f"no summary (exit status {process.returncode}): {err.strip()[-300:]}"
    check = "ok" if "errors: ok" in err or "error: ok" in err else "FAILED"
    return (
        f"{found['seconds']:>6} s  {found['rate']:>6} filings/s  {found['mbps']:>5} MB/s  "
        f"(wall {wall:.2f} s, CPU {cpu:.2f} s sampled)  peak: tree {peak[0] / 1024:.0f} MB, command {peak[1] / 1024:.0f} MB  "
        f"[{found['inputs']} inputs: {found['records']} records, {found['errors']} errors, "
        f"check {check}]"
    )


def stages(raw: Path) -> tuple[float, float, int]:
    """Seconds in read_path and in extract_parsed over the corpus, one filing at a time."""
    parse = extract = 0.0
    count = 0
    for folder in sorted(p for p in raw.iterdir() if p.is_dir()):
        start = time.perf_counter()
        try:
            parsed = read_path(folder)
        except Sec8kError:
            continue
        middle = time.perf_counter()
        extract_parsed(parsed)
        parse += middle - start
        extract += time.perf_counter() - middle
        count += 1
    return parse, extract, count


def scaled(raw: Path, times: int, into: Path) -> Path:
    """A collection holding ``times`` copies of every filing folder of ``raw``."""
    for copy in range(times):
        shutil.copytree(raw, into / f"copy-{copy}")
    return into


def compare(raw: Path, filings: int, scale: int, repeat: int, workers: int) -> int:
    """Filings/s of the process pool and of a local Dask cluster, on the same inputs."""
    times = max(scale, -(-COMPARE_FILINGS // filings))
    with tempfile.TemporaryDirectory() as temp:
        collection = scaled(raw, times, Path(temp))
        for executor in ("process", "dask"):
            line = best([collection], workers, repeat, executor)
            print(f"{times}x corpus, --executor {executor:<7} --workers {workers}  {line}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", nargs="?", type=Path, default=DEFAULT_RAW)
    parser.add_argument(
        "--scale", type=int, default=6, help="corpus copies for the speed-up and memory runs"
    )
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument(
        "--executor", choices=["process", "dask"], default="process", help="dask: compare the two"
    )
    args = parser.parse_args()
    if not args.raw.is_dir():
        print(f"corpus not found: {args.raw}", file=sys.stderr)
        return 2
    cores = os.cpu_count() or 1
    filings = [p for p in args.raw.iterdir() if p.is_dir()]
    megabytes = sum(f.stat().st_size for p in filings for f in p.iterdir() if f.is_file()) / 1e6
    print(f"corpus: {len(filings)} filings, {megabytes:.1f} MB in {args.raw}; {cores} cores")
    run([args.raw], 1)  # warm the page cache
    if args.executor == "dask":
        return compare(args.raw, len(filings), max(args.scale, 1), args.repeat, cores)
    for workers in sorted({1, cores}):
        print(f"batch --workers {workers:<3}        {best([args.raw], workers, args.repeat)}")
    if args.scale > 1:
        with tempfile.TemporaryDirectory() as temp:
            collection = scaled(args.raw, args.scale, Path(temp))
            rates, cpus = {}, {}
            for workers in (1, 2):
                samples: dict[int, list[tuple[int, int]]] = {}
                line = run([collection], workers, rss=samples)
                found = re.search(r"(\S+) filings/s", line)
                rates[workers] = float(found.group(1)) if found else float("nan")
                used = re.search(r"CPU (\S+) s", line)
                cpus[workers] = float(used.group(1)) if used else float("nan")
                print(f"{args.scale}x corpus, --workers {workers:<3} {line}")
                print(f"  {worker_rss(samples, workers)}")
            print(
                f"speed-up, 2 workers over 1 on {args.scale}x corpus: {rates[2] / rates[1]:.2f}x "
                f"(CPU-bound estimate with 2 free cores: {cpus[1] / (cpus[2] / 2):.2f}x)"
            )
    parse_s, extract_s, count = stages(args.raw)
    total = parse_s + extract_s
    print(
        f"stages (in-process, {count} filings): read_path {parse_s:.2f} s "
        f"({parse_s / total:.0%}), extract_parsed {extract_s:.2f} s ({extract_s / total:.0%})"
    )
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"getrusage ru_maxrss: this process {self_mb:.0f} MB, largest reaped child {children_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
