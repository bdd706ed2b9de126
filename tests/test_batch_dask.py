"""sec8k batch --executor dask on real Dask clusters: the same ledger as the process pool.

Two clusters, both on 127.0.0.1: a ``LocalCluster`` of two worker processes made
here, and a scheduler with two workers started as ``dask scheduler`` / ``dask
worker`` subprocesses, for killing a worker (or the client) with SIGKILL mid-run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sec8k.batch import CRASH, ERRORS, TIMEOUT, StageHook, extract_record, run_batch
from sec8k.batch.cluster import STAGE_UNKNOWN
from sec8k.batch.worker import RecordLine
from sec8k.cli import main
from sec8k.models import FilingRecord
from tests.conftest import REPO
from tests.test_batch import CORPUS_FILINGS, SEED, copies, errors_by_input, lines

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
dask = pytest.importorskip("dask")

#: Filings of the corpus for the fault tests: enough to interrupt, few enough to be quick.
SUBSET = 60
#: Seconds a cluster may take to start, or a run to reach the point where a test kills.
PATIENCE = 120


def all_records(outdir: Path) -> list[str]:
    """Every record line of OUTDIR, sorted: records.jsonl and every shard."""
    found = [line for path in sorted(outdir.glob("records*.jsonl")) for line in lines(path)]
    return sorted(found)


def busy_task(path: str, enter: StageHook) -> RecordLine:
    """Filings named busy* loop in Python, crash* end their worker, bug* raise."""
    name = Path(path).name
    if name.startswith("busy"):
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            sum(range(1000))
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("bug"):
        raise ValueError("a bug in an extractor")
    return extract_record(path, enter)


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[str]:
    """A LocalCluster of two worker processes; a filing that kills two workers is KilledWorker.

    Each worker takes one task at a time (worker-saturation 1.0), so only the filing
    that kills a worker is counted against it.
    """
    settings = {
        "distributed.scheduler.allowed-failures": 1,
        "distributed.scheduler.worker-saturation": 1.0,
    }
    with (
        dask.config.set(settings),
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
    ):
        yield str(cluster.scheduler_address)


@pytest.mark.corpus
def test_dask_and_the_process_pool_give_the_same_records(
    corpus: Path, tmp_path: Path, local_cluster: str
) -> None:
    raw = corpus / "edgar_8k" / "raw"
    pool = run_batch([raw], tmp_path / "pool", workers=2)
    on_dask = run_batch(
        [raw], tmp_path / "dask", executor="dask", scheduler=local_cluster, shard_size=50
    )
    assert pool.check.ok and on_dask.check.ok
    assert (on_dask.inputs, on_dask.records + on_dask.errors) == (CORPUS_FILINGS, CORPUS_FILINGS)
    # Records hold no timings, so the lines themselves must match.
    assert all_records(tmp_path / "dask") == all_records(tmp_path / "pool")
    assert len(list((tmp_path / "dask").glob("records-*.jsonl"))) == -(-on_dask.records // 50)
    assert errors_by_input(tmp_path / "dask").keys() == errors_by_input(tmp_path / "pool").keys()


def test_time_limit_bugs_and_a_filing_that_kills_its_worker(
    tmp_path: Path, local_cluster: str
) -> None:
    inputs = copies(tmp_path / "in", "busy.txt", "a.txt", "bug.txt", "crash.txt", "b.txt")
    summary = run_batch(
        inputs,
        tmp_path / "out",
        timeout=2,
        task=busy_task,
        executor="dask",
        scheduler=local_cluster,
    )
    assert (summary.records, summary.errors, summary.check.ok) == (2, 3, True)
    errors = errors_by_input(tmp_path / "out")
    assert (errors["busy.txt"]["error"], errors["busy.txt"]["stage"]) == (TIMEOUT, "parse")
    assert "no result within 2 s" in str(errors["busy.txt"]["message"])
    assert 2 <= float(str(errors["busy.txt"]["seconds"])) < 10
    assert errors["bug.txt"]["error"] == "ValueError"
    assert (errors["crash.txt"]["error"], errors["crash.txt"]["stage"]) == (CRASH, STAGE_UNKNOWN)
    assert "died each of the 2 times" in str(errors["crash.txt"]["message"])


def test_without_the_extra_dask_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    assert main(["batch", str(SEED), "-o", str(tmp_path / "out"), "--executor", "dask"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'sec8k[dask]'" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()  # said before anything was read or written


# -- a scheduler and workers as separate processes, killed with SIGKILL -----------


def _dask(*arguments: str) -> subprocess.Popen[bytes]:
    """``dask ...`` with this interpreter, so the workers import this checkout's sec8k."""
    return subprocess.Popen(
        [sys.executable, "-m", "dask", *arguments],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def dask_processes(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A ``dask scheduler`` and two ``dask worker`` processes; (address, workers)."""
    info = tmp_path / "scheduler.json"
    common = ("--host", "127.0.0.1", "--no-dashboard")
    started = [_dask("scheduler", "--port", "0", "--scheduler-file", str(info), *common)]
    try:
        deadline = time.monotonic() + PATIENCE
        while not info.is_file() or not info.read_text():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        worker = ("worker", address, "--nthreads", "1", "--no-nanny", *common)
        workers = [_dask(*worker) for _ in range(2)]
        started += workers
        with distributed.Client(address, timeout=PATIENCE) as client:
            client.wait_for_workers(2, timeout=PATIENCE)
        yield address, workers
    finally:
        for process in started:
            process.kill()
            process.wait()


def _batch(raw: Path, out: Path, address: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "sec8k.cli", "batch", str(raw), "-o", str(out)]
    command += ["--executor", "dask", "--scheduler", address, "--no-progress"]
    return subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)


def _wait_for(out: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + PATIENCE
    while len(all_records(out)) < count:
        assert process.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline, f"the batch wrote fewer than {count} records"
        time.sleep(0.02)


def _each_input_once(raw: Path, out: Path) -> None:
    records = [FilingRecord.model_validate_json(line) for line in all_records(out)]
    names = [Path(r.source.path).name for r in records] + list(errors_by_input(out))
    assert sorted(names) == sorted(p.name for p in raw.iterdir())


@pytest.fixture
def subset(corpus: Path, tmp_path: Path) -> Path:
    """A collection of the first SUBSET corpus filings (links to their folders)."""
    folder = tmp_path / "subset"
    folder.mkdir()
    for filing in sorted((corpus / "edgar_8k" / "raw").iterdir())[:SUBSET]:
        (folder / filing.name).symlink_to(filing, target_is_directory=True)
    return folder


@pytest.mark.corpus
def test_a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing(
    subset: Path, tmp_path: Path, dask_processes: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, workers = dask_processes
    out = tmp_path / "out"
    batch = _batch(subset, out, address)
    _wait_for(out, 10, batch)
    workers[0].send_signal(signal.SIGKILL)
    assert workers[0].wait() == -signal.SIGKILL
    assert len(all_records(out)) < SUBSET, "the batch ended before the worker was killed"
    assert batch.wait(PATIENCE) == 0
    assert len(all_records(out)) == SUBSET and lines(out / ERRORS) == []
    _each_input_once(subset, out)


@pytest.mark.corpus
def test_a_client_killed_mid_run_is_finished_by_resume(
    subset: Path,
    tmp_path: Path,
    dask_processes: tuple[str, list[subprocess.Popen[bytes]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    address, _ = dask_processes
    out = tmp_path / "out"
    batch = _batch(subset, out, address)
    _wait_for(out, 10, batch)
    batch.kill()
    batch.wait()
    before = len(all_records(out))
    assert before < SUBSET

    command = ["batch", str(subset), "-o", str(out), "--resume"]
    status = main([*command, "--executor", "dask", "--scheduler", address])

    assert status == 0
    assert f"check: {SUBSET} inputs = {SUBSET} records + 0 errors: ok" in capsys.readouterr().err
    _each_input_once(subset, out)
