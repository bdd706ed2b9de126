"""Start-up and throughput of `sec8k extract` over the shared corpus, on one core.

In fresh processes (best of N, wall seconds): ``import spacy`` alone, sec8k's own
import, ``sec8k extract`` of the seed filing (one file, as a user runs it) and of
the whole corpus in one process, against a process that only reads the same files
and parses them with lxml. In this process: filings/s, MB/s and peak memory of the
pipeline in a loop, the lxml-only loop, and the parse/extract split.
Run: python benchmarks/bench_extract.py [CORPUS_RAW_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

import sec8k.extract
from sec8k.errors import Sec8kError
from sec8k.extract import extract_parsed, extract_path
from sec8k.io import read_path
from sec8k.parsed import ParsedFiling
from sec8k.rules.nlp import get_ruler

DEFAULT_RAW = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "edgar_8k" / "raw"
SEED = Path(__file__).resolve().parents[1] / "samples" / "allied-motion-2011" / "filing.txt"

#: A process that reads every file of the folders in argv and parses it with lxml.
_LXML_ONLY = """
import sys
from pathlib import Path
from lxml import etree
parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True)
for folder in sys.argv[1:]:
    for path in Path(folder).iterdir():
        if path.is_file():
            data = path.read_bytes()
            if data.strip():
                etree.fromstring(data, parser)
"""
#: The seconds ``import sec8k.extract`` takes in a fresh process (spaCy is not imported).
_SEC8K_IMPORT = """
import time
start = time.perf_counter()
import sec8k.extract
print(time.perf_counter() - start)
"""


def _inputs(raw: Path) -> list[Path]:
    return sorted(p for p in raw.iterdir() if p.is_dir())


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.iterdir() if f.is_file())


def run_pipeline(folders: list[Path]) -> tuple[float, int]:
    errors = 0
    start = time.perf_counter()
    for folder in folders:
        try:
            extract_path(folder)
        except Sec8kError:
            errors += 1
    return time.perf_counter() - start, errors


def run_stages(folders: list[Path]) -> tuple[float, float]:
    """Seconds for parsing (read, container, text, items, exhibits) and for extraction."""
    parsed: list[ParsedFiling] = []
    start = time.perf_counter()
    for folder in folders:
        try:
            parsed.append(read_path(folder))
        except Sec8kError:
            continue
    parse_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for filing in parsed:
        extract_parsed(filing)
    return parse_seconds, time.perf_counter() - start


def run_lxml_only(folders: list[Path]) -> float:
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True)
    start = time.perf_counter()
    for folder in folders:
        for path in folder.iterdir():
            if path.is_file():
                data = path.read_bytes()
                if data.strip():
                    etree.fromstring(data, parser)
    return time.perf_counter() - start


def process_seconds(command: list[str], repeat: int) -> float:
    """Wall seconds of the fastest of ``repeat`` runs of ``command`` (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def startup(folders: list[Path], repeat: int) -> None:
    """The fresh-process lines: start-up costs, one file, the corpus in one process."""
    python = sys.executable
    spacy_s = process_seconds([python, "-c", "import spacy"], repeat)
    imports = [
        float(
            subprocess.run(
                [python, "-c", _SEC8K_IMPORT], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    help_s = process_seconds([python, "-m", "sec8k.cli", "--help"], repeat)
    extract = [python, "-m", "sec8k.cli", "extract"]
    one_s = process_seconds([*extract, str(SEED)], repeat)
    with tempfile.TemporaryDirectory() as out:
        corpus_s = process_seconds(
            [*extract, *map(str, folders), "-o", f"{out}/records.jsonl"], repeat
        )
    lxml_s = process_seconds([python, "-c", _LXML_ONLY, *map(str, folders)], repeat)
    if not Path(importlib.util.cache_from_source(sec8k.extract.__file__)).is_file():
        # PYTHONDONTWRITEBYTECODE=1 with an editable install: every process compiles
        # sec8k's source again (~0.3 s); python -m compileall extractor models fixes it.
        print("note: sec8k's bytecode is not cached: the start-up lines include compiling it")
    print(f"import spacy       {spacy_s:.2f} s (fresh process; the floor for one filing)")
    print(f"import sec8k       {min(imports):.2f} s (import sec8k.extract, no spaCy)")
    print(f"sec8k --help       {help_s:.2f} s")
    print(
        f"one file           {one_s:.2f} s  sec8k extract {SEED.name}: {one_s - spacy_s:+.2f} s on import spacy"
    )
    print(
        f"corpus, 1 process  {corpus_s:.2f} s  sec8k extract of {len(folders)} filings; "
        f"lxml-only process {lxml_s:.2f} s; ratio {corpus_s / lxml_s:.1f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("raw", nargs="?", type=Path, default=DEFAULT_RAW)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args()
    if not args.raw.is_dir():
        print(f"corpus not found: {args.raw}", file=sys.stderr)
        return 2
    folders = _inputs(args.raw)
    megabytes = sum(_size(f) for f in folders) / 1e6
    startup(folders, args.repeat)
    get_ruler()  # build the rule layer once, as a batch run does
    run_pipeline(folders[:5])  # warm imports and caches
    pipeline = min(run_pipeline(folders)[0] for _ in range(args.repeat))
    errors = run_pipeline(folders)[1]
    lxml_only = min(run_lxml_only(folders) for _ in range(args.repeat))
    parse_s, extract_s = min(run_stages(folders) for _ in range(args.repeat))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs            {len(folders)} filings, {megabytes:.1f} MB ({errors} typed errors)")
    print(
        f"sec8k extract     {pipeline:.2f} s  {len(folders) / pipeline:.0f} filings/s  {megabytes / pipeline:.1f} MB/s"
    )
    print(
        f"read + lxml only  {lxml_only:.2f} s  {len(folders) / lxml_only:.0f} filings/s  {megabytes / lxml_only:.1f} MB/s"
    )
    print(f"  parse stage     {parse_s:.2f} s  {len(folders) / parse_s:.0f} filings/s")
    print(f"  extract stage   {extract_s:.2f} s  {len(folders) / extract_s:.0f} filings/s")
    print(f"ratio             {pipeline / lxml_only:.1f}x the lxml-only time (in-loop)")
    print(f"peak RSS          {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
