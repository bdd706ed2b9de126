"""A local stand-in for EDGAR: a threaded HTTP server on 127.0.0.1.

It serves the recorded EDGAR responses in ``../shared/corpus/edgar_api`` at
their original URL paths (www.sec.gov and data.sec.gov paths do not collide,
so one server plays both hosts) and the full submissions in
``../shared/corpus/edgar_8k/raw`` at ``/Archives/edgar/data/<cik>/<accession>.txt``
and at the same path inside the accession folder.

Faults can be queued per path (or for any path): an HTTP status with an
optional ``Retry-After``, SEC's real 403 block pages, a slow answer, a dropped
connection, a truncated body (Content-Length larger than what is sent) and a
redirect. Every request is recorded with its arrival time (``time.monotonic``)
and headers.
"""

from __future__ import annotations

import csv
import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from sec8k.edgar.cache import Cache
from sec8k.edgar.client import EdgarClient
from sec8k.edgar.gateway import Gateway, GatewayConfig
from tests.corpus import CORPUS, need

EDGAR_API = CORPUS / "edgar_api"
EDGAR_8K = CORPUS / "edgar_8k"
BLOCK_PAGES = {
    "rate": EDGAR_API / "errors" / "rate-exceeded.html",
    "undeclared": EDGAR_API / "errors" / "undeclared-automated-tool.html",
}
_GZIP_MIN = 1024

#: A declared User-Agent for the tests; its e-mail must never reach an output file.
TEST_EMAIL = "edgar-tests@example.com"
TEST_USER_AGENT = f"sec8k-tests {TEST_EMAIL}"

#: Small waits so that retries, timeouts and pauses take milliseconds, not minutes.
FAST = {
    "connect_timeout": 2.0,
    "read_timeout": 0.5,
    "backoff_base": 0.01,
    "backoff_max": 0.05,
    "max_retries": 4,
    "block_pause": 1.0,
}


def corpus_or_skip() -> Path:
    """The corpus folder, or skip the test with the reason."""
    need(EDGAR_API / "manifest.tsv", "recorded EDGAR responses")
    need(EDGAR_8K / "manifest.tsv", "EDGAR 8-K corpus")
    return CORPUS


@dataclass(frozen=True)
class Route:
    """What the server answers for one path."""

    status: int = 200
    content_type: str = "application/octet-stream"
    body: bytes | None = None
    file: Path | None = None

    def read(self) -> bytes:
        if self.body is not None:
            return self.body
        assert self.file is not None
        return self.file.read_bytes()


FaultKind = Literal["status", "block", "slow", "drop", "truncate", "redirect"]


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour, used once per queued copy."""

    kind: FaultKind
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0
    page: str = "rate"
    location: str = ""


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    path: str
    time: float
    user_agent: str | None
    accept_encoding: str | None


class EdgarServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: dict[str, Route]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = dict(routes)
        self._lock = threading.Lock()
        self._faults: list[tuple[str | None, Fault]] = []
        self._hits: list[Hit] = []

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out and hung up is part of the tests

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def add(self, path: str, body: bytes, *, content_type: str = "application/json") -> None:
        self.routes[path] = Route(body=body, content_type=content_type)

    def inject(self, fault: Fault, *, path: str | None = None, times: int = 1) -> None:
        """Answer the next ``times`` requests for ``path`` (None: any) with ``fault``."""
        with self._lock:
            self._faults.extend([(path, fault)] * times)

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for index, (where, fault) in enumerate(self._faults):
                if where is None or where == path:
                    del self._faults[index]
                    return fault
        return None

    def record(self, hit: Hit) -> None:
        with self._lock:
            self._hits.append(hit)

    @property
    def hits(self) -> list[Hit]:
        with self._lock:
            return list(self._hits)

    def clear_hits(self) -> None:
        with self._lock:
            self._hits.clear()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: EdgarServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.record(
            Hit(
                path=path,
                time=time.monotonic(),
                user_agent=self.headers.get("User-Agent"),
                accept_encoding=self.headers.get("Accept-Encoding"),
            )
        )
        fault = self.server.take_fault(path)
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay)
        elif fault is not None:
            self._misbehave(path, fault)
            return
        route = self.server.routes.get(path)
        if route is None:
            self._send(404, b"<Error><Code>NoSuchKey</Code></Error>", "application/xml")
            return
        self._send(route.status, route.read(), route.content_type)

    def _misbehave(self, path: str, fault: Fault) -> None:
        if fault.kind == "status":
            extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            self._send(fault.status, b"busy", "text/plain", extra)
        elif fault.kind == "block":
            self._send(403, BLOCK_PAGES[fault.page].read_bytes(), "text/html")
        elif fault.kind == "redirect":
            self._send(301, b"", "text/plain", {"Location": fault.location})
        elif fault.kind == "drop":
            self.close_connection = True
        elif fault.kind == "truncate":
            body = self.server.routes[path].read()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True

    def _send(
        self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        accepts_gzip = "gzip" in (self.headers.get("Accept-Encoding") or "")
        if accepts_gzip and len(body) >= _GZIP_MIN:
            body = gzip.compress(body, compresslevel=1)
            self.send_header("Content-Encoding", "gzip")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def load_routes(corpus: Path) -> dict[str, Route]:
    """Routes for every recorded response and every staged full submission."""
    routes: dict[str, Route] = {}
    with (corpus / "edgar_api" / "manifest.tsv").open(newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            parts = urlsplit(row["url"])
            if " " in row["url"] or parts.query or not parts.path.startswith("/"):
                continue  # block pages, POST search and query URLs are not routes
            alternative = "__" in Path(row["file"]).stem and parts.path in routes
            if alternative:
                continue  # the plain file is the default answer (see the README)
            route = Route(
                status=int(row["http_status"].split()[0]),
                content_type=row["content_type"],
                file=corpus / "edgar_api" / row["file"],
            )
            routes[parts.path] = route
            if row["file"].startswith("full_submission/"):
                routes.update(dict.fromkeys(_submission_paths(parts.path), route))
    for cik, accession, file in _staged_submissions(corpus / "edgar_8k"):
        route = Route(content_type="text/plain", file=file)
        for path in _submission_paths(f"/Archives/edgar/data/{cik}/{accession}.txt"):
            routes.setdefault(path, route)
    return routes


def _submission_paths(path: str) -> tuple[str, str]:
    """The short and the folder form of a full-submission path."""
    *head, name = path.split("/")
    accession = name.removesuffix(".txt")
    folder = accession.replace("-", "")
    if head[-1] == folder:
        head = head[:-1]
    base = "/".join(head)
    return f"{base}/{name}", f"{base}/{folder}/{name}"


def _staged_submissions(folder: Path) -> Iterator[tuple[str, str, Path]]:
    with (folder / "manifest.tsv").open(newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            if row["format"] != "sgml-txt" or not row["cik"] or not row["accession"]:
                continue
            raw = folder / "raw" / row["folder"]
            accession = row["accession"]
            candidates = [
                raw / f"{accession}.txt",
                *raw.glob(f"*_{accession}.txt"),
                raw / "raw.txt",
            ]
            found = next((path for path in candidates if path.is_file()), None)
            if found is not None:
                yield row["cik"], accession, found


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[EdgarServer]:
    """Run an :class:`EdgarServer` in a thread for the ``with`` block."""
    server = EdgarServer(routes)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def fast_config(**overrides: float) -> GatewayConfig:
    """A gateway configuration with the test User-Agent and small waits."""
    settings = {**FAST, **overrides}
    return GatewayConfig(
        user_agent=TEST_USER_AGENT,
        max_per_second=int(settings.pop("max_per_second", 10)),
        max_retries=int(settings.pop("max_retries")),
        **settings,
    )


def make_client(
    server: EdgarServer | None, cache_dir: Path, config: GatewayConfig | None = None
) -> EdgarClient:
    """A client of ``server`` with its cache in ``cache_dir`` (offline without server)."""
    base = server.url if server is not None else "http://127.0.0.1:9"
    gateway = Gateway(config or fast_config()) if server is not None else None
    return EdgarClient(sec_url=base, data_url=base, transport=gateway, cache=Cache(cache_dir))


def max_in_window(hits: list[Hit], window: float = 1.0) -> int:
    """The most requests the server saw in any window of ``window`` seconds."""
    times = sorted(hit.time for hit in hits)
    best, start = 0, 0
    for end, now in enumerate(times):
        while now - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best
