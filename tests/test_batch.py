"""sec8k batch on real filings: every input ends as exactly one record or one error line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sec8k.batch import (
    CRASH,
    ERRORS,
    KEYS,
    RECORDS,
    TIMEOUT,
    BatchError,
    StageHook,
    content_key,
    deadline,
    expand_inputs,
    extract_record,
    run_batch,
)
from sec8k.batch.deadline import run_limited
from sec8k.batch.worker import Failure, RecordLine, Task, TaskResult
from sec8k.cli import main
from sec8k.models import FilingRecord
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"
CORPUS_FILINGS = 179
#: A full submission that is an SGML header and documents (sgml-txt).
SGML_FOLDER = "0000018230-22-000107"


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def errors_by_input(outdir: Path) -> dict[str, dict[str, object]]:
    return {Path(e["input"]).name: e for e in map(json.loads, lines(outdir / ERRORS))}


# -- hooks: real tasks run in real worker processes, for the failure paths ------
# Chosen by file name, so one batch mixes them with ordinary filings.


def hooked_task(path: str, enter: StageHook) -> RecordLine:
    name = Path(path).name
    if name.startswith("slow"):
        time.sleep(600)  # far past any --timeout a test sets
    if name.startswith("crash"):
        os._exit(3)  # a worker that dies, as a segfault or the OOM killer would
    if name.startswith("bug"):
        raise ValueError("a bug in an extractor")
    return extract_record(path, enter)


def _refuse_to_load() -> None:
    raise RuntimeError("this task cannot be loaded in a worker process")


class UnloadableTask:
    """A task that a worker cannot unpickle: every worker dies before it is ready."""

    def __call__(self, path: str, enter: StageHook) -> RecordLine:
        return extract_record(path, enter)

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_refuse_to_load, ())


def copies(folder: Path, *names: str, same: bool = False) -> list[Path]:
    """The seed filing under each name, in ``folder``; each with its own bytes unless ``same``.

    Distinct bytes (trailing newlines) keep the copies apart for --resume, which
    knows inputs by content: identical copies are interchangeable to it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    data = SEED.read_bytes()
    paths = []
    for number, name in enumerate(names):
        (folder / name).write_bytes(data if same else data + b"\n" * (number + 1))
        paths.append(folder / name)
    return paths


# -- the whole corpus ----------------------------------------------------------


# -- bad inputs ----------------------------------------------------------------


def test_each_bad_input_is_one_error_and_the_rest_succeed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "inputs"
    good = copies(inputs, "good-1.txt", "good-2.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "junk.bin").write_bytes(bytes(range(256)) * 64)
    # The first 46 bytes of a full submission: cut inside its SGML header.
    (inputs / "cut-in-header.txt").write_bytes(b"<SEC-DOCUMENT>0000018230-22-000107.txt : 2022")
    with (inputs / "huge.txt").open("wb") as huge:
        huge.truncate(50 * 1024 * 1024)  # 50 MB, over the 40 MB default limit
    missing = tmp_path / "missing.htm"
    out = tmp_path / "out"

    given = [str(path) for path in sorted(inputs.iterdir())] + [str(missing)]
    status = main(["batch", *given, "-o", str(out), "--workers", "2"])

    assert status == 1
    errors = errors_by_input(out)
    assert {name: errors[name]["error"] for name in errors} == {
        "empty.txt": "EmptyInputError",
        "junk.bin": "UnsupportedFormatError",
        "cut-in-header.txt": "ParseError",
        "huge.txt": "InputTooLargeError",
        "missing.htm": "ParseError",
    }
    assert all(e["stage"] == "parse" and e["message"] for e in errors.values())
    assert "52,428,800 bytes is over the" in str(errors["huge.txt"]["message"])
    records = [FilingRecord.model_validate_json(line) for line in lines(out / RECORDS)]
    assert sorted(Path(r.source.path).name for r in records) == [p.name for p in good]
    err = capsys.readouterr().err
    assert "check: 7 inputs = 2 records + 5 errors: ok" in err
    assert "5 input(s) failed" in err and "Traceback" not in err


@pytest.mark.corpus
def test_a_submission_cut_inside_a_document_is_still_a_record(corpus: Path, tmp_path: Path) -> None:
    """The parser is lenient: what survives of a cut submission is read, not refused."""
    sgml = (corpus / "edgar_8k" / "raw" / SGML_FOLDER / f"{SGML_FOLDER}.txt").read_bytes()
    cut = tmp_path / "cut.txt"
    cut.write_bytes(sgml[: len(sgml) // 3])
    summary = run_batch([cut], tmp_path / "out", workers=1)
    assert (summary.records, summary.errors) == (1, 0)
    record = FilingRecord.model_validate_json(lines(tmp_path / "out" / RECORDS)[0])
    assert record.filing.accession_number == SGML_FOLDER


# -- time limit, crashes, bugs -------------------------------------------------


@pytest.mark.parametrize("workers", [2, 1], ids=["pool", "in-process"])
def test_a_filing_over_the_time_limit_is_an_error_and_the_batch_goes_on(
    tmp_path: Path, workers: int
) -> None:
    inputs = copies(tmp_path / "in", "slow.txt", "a.txt", "b.txt", "c.txt")
    start = time.monotonic()
    summary = run_batch(inputs, tmp_path / "out", workers=workers, timeout=2, task=hooked_task)
    assert time.monotonic() - start < 30
    assert (summary.records, summary.errors, summary.check.ok) == (3, 1, True)
    error = errors_by_input(tmp_path / "out")["slow.txt"]
    assert (error["error"], error["stage"]) == (TIMEOUT, "parse")
    assert "no result within 2 s" in str(error["message"])
    assert 2 <= float(str(error["seconds"])) < 10


def _in_a_thread(
    task: Task, limit: float, stuck: Callable[[], None] | None = None, linger: float = 0.0
) -> TaskResult:
    """run_limited in a thread other than the main one, as a Dask worker runs it.

    The thread then lingers, to show that no interruption reaches it after the task.
    """
    results: list[TaskResult] = []

    def run() -> None:
        result = run_limited(task, str(SEED), limit, stuck)[0]
        time.sleep(linger)
        results.append(result)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert results, "the task was not stopped, or an interruption came after it"
    return results[0]


def test_the_time_limit_outside_the_main_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(path: str, enter: StageHook) -> RecordLine:
        enter("extract")
        while True:
            sum(range(1000))

    failure = _in_a_thread(busy, 0.5, linger=1.5)
    assert isinstance(failure, Failure)
    assert (failure.error, failure.stage) == (TIMEOUT, "extract")

    # A task beyond the exception's reach (a sleep here, C code in real life) is 'stuck'.
    monkeypatch.setattr(deadline, "STUCK_GRACE", 0.5)
    stuck = threading.Event()

    def asleep(path: str, enter: StageHook) -> RecordLine:
        stuck.wait(10)  # until the watchdog calls stuck.set
        return extract_record(path, enter)

    _in_a_thread(asleep, 0.5, stuck.set)
    assert stuck.is_set()

    # A task done in time is not interrupted afterwards.
    assert isinstance(_in_a_thread(extract_record, 1.0, linger=2.5), RecordLine)


def test_a_worker_that_dies_or_raises_is_an_error_and_is_replaced(tmp_path: Path) -> None:
    inputs = copies(tmp_path / "in", "crash-1.txt", "a.txt", "bug.txt", "crash-2.txt", "b.txt")
    summary = run_batch(inputs, tmp_path / "out", workers=2, timeout=30, task=hooked_task)
    assert (summary.records, summary.errors, summary.check.ok) == (2, 3, True)
    errors = errors_by_input(tmp_path / "out")
    assert errors["crash-1.txt"]["error"] == errors["crash-2.txt"]["error"] == CRASH
    assert "exit status 3" in str(errors["crash-1.txt"]["message"])
    assert errors["bug.txt"]["error"] == "ValueError"
    assert "a bug in sec8k" in str(errors["bug.txt"]["message"])


def test_workers_that_cannot_start_stop_the_batch_with_a_clear_error(tmp_path: Path) -> None:
    inputs = copies(tmp_path / "in", "a.txt", "b.txt")
    with pytest.raises(BatchError, match=r"could not start .* --workers 1"):
        run_batch(inputs, tmp_path / "out", workers=2, task=UnloadableTask())
    assert lines(tmp_path / "out" / RECORDS) == lines(tmp_path / "out" / ERRORS) == []


# -- resume --------------------------------------------------------------------


def test_resume_after_an_interrupted_run_writes_each_input_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = copies(tmp_path / "in", *(f"filing-{n:02}.txt" for n in range(8)))
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    given = [str(path) for path in sorted((tmp_path / "in").iterdir())]
    assert main(["batch", *given, "-o", str(out), "--workers", "2"]) == 1
    complete = sorted(lines(out / RECORDS))
    assert len(complete) == len(inputs)

    # An interrupted run: a line removed in the middle, the last ones lost, one cut in half.
    kept = lines(out / RECORDS)
    del kept[2]
    with (out / RECORDS).open("w", encoding="utf-8") as records:
        records.write("\n".join(kept[:-3]) + "\n" + kept[-3][:100])
    (out / ERRORS).write_text("", encoding="utf-8")
    capsys.readouterr()

    assert main(["batch", *given, "-o", str(out), "--resume"]) == 1
    err = capsys.readouterr().err
    assert sorted(lines(out / RECORDS)) == complete  # nothing twice, nothing lost
    assert len(lines(out / ERRORS)) == 1
    assert "9 inputs, 4 done before: 4 records, 1 error in" in err
    assert "check: 9 inputs = 8 records + 1 error: ok" in err

    # Resuming a finished run does nothing.
    assert main(["batch", *given, "-o", str(out), "--resume"]) == 1
    assert "9 inputs, 9 done before: 0 records, 0 errors in" in capsys.readouterr().err
    assert sorted(lines(out / RECORDS)) == complete


@pytest.mark.corpus
def test_corpus_killed_mid_run_and_resumed_every_input_is_one_record_or_one_error(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real interruption: SIGKILL sec8k batch while it writes, then --resume it."""
    raw, out = corpus / "edgar_8k" / "raw", tmp_path / "out"
    command = [sys.executable, "-m", "sec8k.cli", "batch", str(raw), "-o", str(out)]
    process = subprocess.Popen([*command, "--workers", "2"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(lines(out / RECORDS)) < 20 and process.poll() is None:
        assert time.monotonic() < deadline, "the batch wrote nothing for a minute"
        time.sleep(0.02)
    process.kill()
    process.wait()
    before = len(lines(out / RECORDS))
    assert 0 < before < CORPUS_FILINGS, "the batch ended before it could be interrupted"

    status = main(["batch", str(raw), "-o", str(out), "--workers", "2", "--resume"])

    err = capsys.readouterr().err
    records, errors = lines(out / RECORDS), lines(out / ERRORS)
    assert len(records) + len(errors) == CORPUS_FILINGS
    assert status == (1 if errors else 0)
    done_before = int(err.split(" done before")[0].rsplit(" ", 1)[1])
    assert before - 1 <= done_before <= before  # a line cut by the kill runs again
    assert f"check: {CORPUS_FILINGS} inputs = {len(records)} records + " in err and ": ok" in err
    assert "filings/s" in err and "MB/s" in err
    parsed = [FilingRecord.model_validate_json(line) for line in records]
    names = [Path(r.source.path).name for r in parsed] + list(errors_by_input(out))
    assert sorted(names) == sorted(p.name for p in raw.iterdir() if p.is_dir())  # each once


def test_a_record_line_without_its_key_is_dropped_and_run_again(tmp_path: Path) -> None:
    inputs = copies(tmp_path / "in", "a.txt", "b.txt")
    out = tmp_path / "out"
    run_batch(inputs, out, workers=1)
    (out / KEYS).write_text(lines(out / KEYS)[0] + "\n", encoding="utf-8")
    summary = run_batch(inputs, out, workers=1, resume=True)
    assert (summary.skipped, summary.records, summary.check.ok) == (1, 1, True)
    assert len(lines(out / RECORDS)) == 2


def test_existing_results_need_resume_or_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    run_batch([SEED], out, workers=1, progress=True)
    assert "1/1" in capsys.readouterr().err  # the progress bar, on stderr
    with pytest.raises(BatchError, match=r"--resume .* --overwrite"):
        run_batch([SEED], out, workers=1)
    summary = run_batch([SEED], out, workers=1, overwrite=True)
    assert summary.records == 1 and len(lines(out / RECORDS)) == 1


_HOLD_LOCK = """
import sys
from pathlib import Path
from sec8k.batch.lock import holding_outdir
with holding_outdir(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()  # until the test kills this process
"""


def test_a_second_run_into_a_folder_in_use_is_refused_and_a_killed_run_leaves_no_lock(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(
            BatchError, match=rf"another sec8k batch is writing here \(pid {holder.pid}\)"
        ):
            run_batch([SEED], out, workers=1)
        assert not (out / RECORDS).exists()  # the refused run wrote nothing
    finally:
        holder.kill()  # as a crash or kill -9 would end it
        holder.wait()
    summary = run_batch([SEED], out, workers=1)
    assert (summary.records, summary.check.ok) == (1, True)


# -- what counts as an input ---------------------------------------------------


def test_inputs_collections_filing_folders_and_manifests(tmp_path: Path) -> None:
    # A collection: filing folders and filing files side by side, nested once more.
    collection = tmp_path / "collection"
    copies(collection / "filing-a", "8k.htm", "ex99.htm")  # a folder of one filing
    copies(collection, "filing-b.txt")
    copies(collection / "2011" / "filing-c", "8k.txt")
    (collection / ".hidden").mkdir()
    # A fetch destination: its manifest names the filings (and one that was not fetched).
    dest = tmp_path / "dest"
    first, second = "0000046129-10-000001.txt", "0000046129-11-000002.txt"
    copies(dest / "46129", first, second)
    manifest = [
        {"accession": "1", "path": f"46129/{first}", "status": "ok"},
        {"accession": "2", "path": f"46129/{second}", "status": "skipped"},
        {"accession": "3", "path": None, "status": "not_found"},
    ]
    (dest / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest))
    # Without its manifest, a folder of EDGAR-named submissions is still a collection.
    flat = tmp_path / "flat"
    copies(flat, first, second)
    # A flat folder of other files is the documents of one filing.
    one = tmp_path / "one"
    copies(one, "d8k.htm", "dex991.htm")

    given = [collection, dest, dest / "manifest.jsonl", flat, one, SEED, SEED]
    found = list(expand_inputs(given))

    assert [p.relative_to(tmp_path).as_posix() for p in found[:-1]] == [
        "collection/2011/filing-c",
        "collection/filing-a",
        "collection/filing-b.txt",
        f"dest/46129/{first}",
        f"dest/46129/{second}",
        f"flat/{first}",
        f"flat/{second}",
        "one",
    ]
    assert found[-1] == SEED  # given twice, run once


def test_content_keys_follow_the_bytes_not_the_path(tmp_path: Path) -> None:
    a, b = copies(tmp_path / "x", "a.txt", "b.txt", same=True)
    assert content_key(a).key == content_key(b).key == content_key(SEED).key
    assert content_key(a).size == SEED.stat().st_size
    one, two = tmp_path / "one", tmp_path / "two"
    copies(one, "8k.txt", same=True)
    copies(two, "8k.txt", same=True)
    assert content_key(one).key == content_key(two).key != content_key(a).key
    (two / "8k.txt").write_bytes(b"changed")
    assert content_key(one).key != content_key(two).key
    assert content_key(tmp_path / "nowhere").key != content_key(tmp_path / "elsewhere").key


def test_a_manifest_that_is_not_one_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "records.jsonl").write_text('{"schema_version": "1.0"}\n')
    assert main(["batch", str(tmp_path / "records.jsonl"), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "line 1 has no 'path'" in err and "Traceback" not in err


# -- shards --------------------------------------------------------------------


def test_shards_hold_every_record_once_and_resume_and_query_read_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = copies(tmp_path / "in", *(f"filing-{n}.txt" for n in range(7)))
    out = tmp_path / "out"
    summary = run_batch(inputs[:5], out, workers=2, shard_size=2)
    assert (summary.records, summary.check.ok) == (5, True)
    shards = sorted(p.name for p in out.glob("records*.jsonl"))
    assert shards == ["records-00000.jsonl", "records-00001.jsonl", "records-00002.jsonl"]
    assert [len(lines(out / name)) for name in shards] == [2, 2, 1]
    assert not (out / RECORDS).exists() and not (out / KEYS).exists()

    summary = run_batch(inputs, out, workers=1, shard_size=2, resume=True)
    assert (summary.skipped, summary.records, summary.check.ok) == (5, 2, True)
    assert len(lines(out / "records-00003.jsonl")) == 2  # a resumed run starts a new shard

    assert main(["query", str(out), "SELECT count(DISTINCT path) AS n FROM filings"]) == 0
    assert capsys.readouterr().out.splitlines()[2].strip() == "7"
    with pytest.raises(BatchError, match=r"records-00000.jsonl.*--overwrite"):
        run_batch(inputs, out, workers=1)
    run_batch(inputs[:1], out, workers=1, overwrite=True)
    assert sorted(p.name for p in out.glob("*.jsonl")) == [ERRORS, KEYS, RECORDS]
