"""SPARQL evaluation in worker processes that are killed at a query's deadline.

pyoxigraph cannot interrupt a query in progress: a thread running a cartesian ``COUNT`` keeps its CPU
and its growing memory until the query ends, which may be never. So each query runs in one of a fixed
number of worker processes, each with the store open read-only. A worker checks the query for
SERVICE clauses, evaluates it and serialises the answer, and stops by itself at the deadline when the
answer streams. A worker still busy at the deadline is killed (the kernel frees all its memory) and a
fresh one takes its slot, so slots always come back. Without allowed SERVICE hosts the workers also
run with ``connect(2)`` denied (see ``confine``). Workers die with the server.
"""

from __future__ import annotations

import io
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection, Pipe
from typing import NamedTuple

import pyoxigraph as ox

from .confine import deny_connections, die_with_parent
from .service_check import ServiceRefused, check_services, describe_failure

SELECT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
TEXT = "text/plain; charset=utf-8"
_GRACE = 0.25  # seconds the server waits past the deadline for a worker that stops by itself
_START_TIMEOUT = 60.0
_RECYCLE_BYTES = 512 << 20  # a worker left holding more memory than this after a query is replaced


@dataclass(frozen=True)
class Job:
    """One query: its text, the client's Accept header, the protocol's dataset and the seconds it may run."""

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    seconds: float = 10.0


class Answer(NamedTuple):
    status: int
    media: str
    body: bytes


class WorkerStartError(RuntimeError):
    """A worker process could not start (the message is one line)."""


def dataset(job: Job) -> dict:
    """Query keyword arguments for the job's default-graph-uri and named-graph-uri (ValueError on a bad IRI)."""
    arguments: dict = {"use_default_graph_as_union": True}
    if job.default_graphs:
        arguments = {"default_graph": [ox.NamedNode(g) for g in job.default_graphs]}
    if job.named_graphs:
        arguments["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return arguments


def negotiate(accept: str | None, offers: dict) -> str | None:
    """The offered media type that best matches an ``Accept`` header (the first offer for none or */*)."""
    ranges = []
    for position, item in enumerate((accept or "*/*").split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = next((_float(p[2:]) for p in params if p.startswith("q=")), 1.0)
        if media and q > 0:
            ranges.append((-q, position, media.lower()))
    for _, _, media in sorted(ranges):
        if media == "*/*":
            return next(iter(offers))
        if media.endswith("/*"):
            found = next((o for o in offers if o.startswith(media[:-1])), None)
            if found:
                return found
        elif media in offers:
            return media
    return None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


class QueryTimeout(Exception):
    """The answer was still being written at the deadline."""


class _DeadlineBuffer(io.RawIOBase):
    """Collects serialised bytes; raises QueryTimeout on a write past the deadline."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if time.monotonic() > self.deadline:
            raise QueryTimeout
        self.chunks.append(bytes(data))
        return len(data)


def evaluate(store: ox.Store, job: Job, prefixes: dict[str, str], allowed_hosts: frozenset[str]) -> Answer:
    """Check, run and serialise one query; every outcome is an Answer, never an exception."""
    deadline = time.monotonic() + job.seconds
    try:
        check_services(job.query, allowed_hosts, prefixes)
        result = store.query(job.query, prefixes=prefixes, **dataset(job))
        offers = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else SELECT_TYPES
        media = negotiate(job.accept, offers)
        if media is None:
            return Answer(HTTPStatus.NOT_ACCEPTABLE, TEXT, f"acceptable: {', '.join(offers)}\n".encode())
        buffer = _DeadlineBuffer(deadline)
        result.serialize(buffer, offers[media])
        return Answer(HTTPStatus.OK, media + "; charset=utf-8", b"".join(buffer.chunks))
    except ServiceRefused as exc:
        return Answer(HTTPStatus.BAD_REQUEST, TEXT, f"{exc}\n".encode())
    except SyntaxError as exc:
        return Answer(HTTPStatus.BAD_REQUEST, TEXT, f"SPARQL syntax error: {describe_failure(exc)}\n".encode())
    except QueryTimeout:
        return _timed_out(job)
    except Exception as exc:  # any evaluation failure is the client's answer; the worker keeps serving
        return Answer(HTTPStatus.INTERNAL_SERVER_ERROR, TEXT, f"query failed: {describe_failure(exc)}\n".encode())


def _timed_out(job: Job) -> Answer:
    return Answer(HTTPStatus.SERVICE_UNAVAILABLE, TEXT, f"query timed out after {job.seconds:g} s\n".encode())


def _work(fd: int) -> None:
    """A worker process: open the store, confine itself, then answer jobs until the server goes."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server decides
    die_with_parent()
    conn = Connection(fd)
    path, prefixes, allowed_hosts = conn.recv()
    try:
        store = ox.Store.read_only(path)
    except OSError as exc:
        conn.send(("error", f"{path}: cannot open the store ({describe_failure(exc)})"))
        return
    conn.send(("ready", False if allowed_hosts else deny_connections()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        answer = evaluate(store, job, prefixes, allowed_hosts)
        conn.send((answer, _resident_bytes()))


def _resident_bytes() -> int:
    """This process's resident memory (0 where /proc is absent)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _Worker:
    """One worker process (a fresh interpreter: no fork of the threaded server, no re-import of its main module)."""

    def __init__(self, path: str, prefixes: dict[str, str], allowed_hosts: frozenset[str]):
        self.conn, child = Pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", f"from {__name__} import _work; _work({child.fileno()})"],
                pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        except OSError as exc:
            self.conn.close()
            raise WorkerStartError(f"cannot start a query process ({exc})") from exc
        finally:
            child.close()
        try:
            self.conn.send((path, prefixes, allowed_hosts))
        except OSError as exc:
            self.stop()
            raise WorkerStartError(f"a query process ended while starting (exit code {self.process.poll()})") from exc

    def wait_ready(self) -> bool:
        """Wait for the worker to open the store; return whether it is confined; WorkerStartError if it failed."""
        try:
            if not self.conn.poll(_START_TIMEOUT):
                raise WorkerStartError(f"a query process did not start within {_START_TIMEOUT:g} s")
            state, detail = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerStartError(f"a query process ended while starting (exit code {self.process.poll()})") from exc
        if state != "ready":
            raise WorkerStartError(detail)
        return detail

    def ask(self, job: Job) -> tuple[Answer, bool]:
        """The job's answer, and whether this worker may take another job."""
        try:
            self.conn.send(job)
            if not self.conn.poll(job.seconds + _GRACE):
                return _timed_out(job), False
            answer, resident = self.conn.recv()
        except (EOFError, OSError):
            return Answer(HTTPStatus.INTERNAL_SERVER_ERROR, TEXT,
                          b"query failed: the query process ended unexpectedly\n"), False
        # A query stopped at its deadline, or one that left a large heap, costs its worker: a fresh
        # process is the only way to give that memory back to the system.
        return answer, answer.status != HTTPStatus.SERVICE_UNAVAILABLE and resident < _RECYCLE_BYTES

    def kill(self) -> None:
        """SIGKILL, then wait (briefly) until the process has ended and the kernel has freed its memory."""
        self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass

    def stop(self) -> None:
        self.kill()
        self.conn.close()


class QueryWorkers:
    """A fixed number of query processes; ``run`` hands a job to an idle one."""

    def __init__(self, store_path: str, size: int, prefixes: dict[str, str],
                 allowed_hosts: frozenset[str] = frozenset()):
        self._arguments = (store_path, prefixes, allowed_hosts)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._retired: queue.Queue[_Worker | None] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.confined = False
        started: queue.Queue = queue.Queue()
        # Every worker is started by this one long-lived thread: the kernel kills a worker when the
        # thread that started it ends (die_with_parent), so it must not be a short-lived one.
        self._keeper = threading.Thread(target=self._keep, args=(size, started), name="query-workers", daemon=True)
        self._keeper.start()
        outcome = started.get()
        if isinstance(outcome, Exception):
            self.close()
            raise outcome
        self.confined = outcome

    def _keep(self, size: int, started: queue.Queue) -> None:
        try:
            workers = [self._start() for _ in range(size)]
            confined = all([w.wait_ready() for w in workers])
        except Exception as exc:  # the server must not wait for ever: any failure is a start error
            started.put(exc if isinstance(exc, WorkerStartError) else WorkerStartError(describe_failure(exc)))
            return
        for worker in workers:
            self._idle.put(worker)
        started.put(confined)
        while (old := self._retired.get()) is not None:
            old.stop()
            with self._lock:
                self._all.discard(old)
            self._replace()

    def _start(self) -> _Worker:
        worker = _Worker(*self._arguments)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self) -> None:
        delay = 1.0
        while not self._closed:
            worker = None
            try:
                worker = self._start()
                worker.wait_ready()
            except Exception as exc:  # keep trying: the keeper must outlive any one failure
                if worker is not None:
                    worker.stop()
                    with self._lock:
                        self._all.discard(worker)
                if self._closed:
                    return
                print(f"warning: a query process could not start ({describe_failure(exc)}); retrying in {delay:g} s",
                      file=sys.stderr)
                time.sleep(delay)
                delay = min(delay * 2, 60.0)
                continue
            self._idle.put(worker)
            return

    def run(self, job: Job, wait: float) -> Answer:
        """The job's answer; 503 when no worker is free within ``wait`` seconds or the job passes its deadline."""
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return Answer(HTTPStatus.SERVICE_UNAVAILABLE, TEXT, b"too many queries running; try again later\n")
        reusable = False
        try:
            answer, reusable = worker.ask(job)
            return answer
        finally:
            if reusable:
                self._idle.put(worker)
            else:
                worker.kill()
                self._retired.put(worker)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.poll() is None)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        self._retired.put(None)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
