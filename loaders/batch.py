"""Run the pipeline over many inputs on every core, streaming, in input order.

The main process reads sources; worker processes extract and serialise; results come back in order
with at most ``workers × chunk`` articles in flight, so memory stays bounded on any corpus size.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timezone

from pyoxigraph import RdfFormat, serialize

from .authority import Authority
from .corpus import DocumentIndex
from .iris import article_iri, document_iri, text_sha1
from .jsonout import to_json
from .normalize import normalize
from .pipeline import extract
from .sources import Notice, ReadOptions, Source, SourceError, iter_sources
from .triples import article_graphs


@dataclass(slots=True)
class Result:
    """One article done: its source path, graph IRI, JSON record and/or N-Quads bytes.

    The N-Quads come in three parts: ``nquads``, the article's graph but for the quad that says which
    trichdan version extracted it; ``completion``, that quad; ``shared``, the article's claims about the
    shared nodes it names (one line each). A store writes the completion last, so a graph interrupted while
    loading is never taken for a finished one. ``documents``: the IRIs of the documents it cites.
    """

    path: str
    graph: str
    record: dict | None = None
    nquads: bytes | None = None
    completion: bytes | None = None
    shared: bytes | None = None
    documents: list[str] | None = None


@dataclass(slots=True)
class Skipped:
    """An article the caller already has (``skip`` said so): not extracted."""

    path: str
    graph: str


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs: output kinds, IRI base and authority file; and how inputs are read."""

    json: bool = True
    rdf: bool = False
    base: str | None = None
    authority: str | None = None  # path; "" for none; None for the built-in file
    reading: ReadOptions = ReadOptions()


_state: dict = {}


def prepare(settings: Settings) -> None:
    """Set this process up to extract (each worker runs it first)."""
    _state["settings"] = settings
    _state["authority"] = None if settings.authority == "" else Authority.load(settings.authority)
    _state["when"] = datetime.now(timezone.utc)
    _state["described"] = set()  # claims about shared nodes this process already wrote


def work(source: Source) -> Result | SourceError:
    """One article, or an error naming it: a bug on one article must not stop the others."""
    try:
        return _result(source)
    except Exception as exc:
        detail = str(exc).strip().splitlines()
        return SourceError(source.path, f"extraction failed: {type(exc).__name__}" + (f": {detail[0]}" if detail else ""),
                           "extraction failed")


def _result(source: Source) -> Result:
    settings: Settings = _state["settings"]
    extraction = extract(source, _state["authority"])
    sha1 = text_sha1(extraction.article.text)
    result = Result(source.path, article_iri(extraction.article.text, settings.base, sha1=sha1))
    if settings.json:
        result.record = to_json(extraction, settings.base)
    if settings.rdf:
        graphs = article_graphs(extraction, settings.base, when=_state["when"], sha1=sha1, described=_state["described"])
        result.nquads = serialize(graphs.article, format=RdfFormat.N_QUADS)
        result.completion = serialize(graphs.completion, format=RdfFormat.N_QUADS)
        result.shared = serialize(graphs.shared, format=RdfFormat.N_QUADS)
        result.documents = sorted({document_iri(d.key, settings.base) for d in extraction.documents})
    return result


def run(paths: Iterable[str], settings: Settings, workers: int | None = None, window: int = 256,
        skip: Callable[[str], bool] | None = None) -> Iterator[Result | Skipped | SourceError | Notice]:
    """Results for every article under ``paths`` (or a SourceError per unreadable input, a Notice), in order.

    ``skip(graph)`` is asked before extraction with the article's graph IRI (a hash of its text);
    when it says yes the article is not extracted and comes back as Skipped. At most ``window``
    articles are in flight, so memory stays bounded whatever the corpus size.
    """
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    sources = _with_skipped(iter_sources(paths, settings.reading), settings, skip)
    if workers <= 1:
        prepare(settings)
        for item in sources:
            yield work(item) if isinstance(item, Source) else item
        return
    with _Workers(workers, settings) as pool:
        pending: deque[tuple[Source | None, Future | _Ready]] = deque()
        for item in sources:
            pending.append((item, pool.submit(item)) if isinstance(item, Source) else (None, _Ready(item)))
            if len(pending) >= window:
                yield pool.next(pending)
        while pending:
            yield pool.next(pending)


def _with_skipped(sources: Iterable[Source | SourceError | Notice], settings: Settings,
                  skip: Callable[[str], bool] | None) -> Iterator[Source | SourceError | Notice | Skipped]:
    """Sources, with those ``skip`` accepts replaced by Skipped."""
    for item in sources:
        if skip is not None and isinstance(item, Source):
            graph = article_iri(normalize(item.raw), settings.base)
            if skip(graph):
                yield Skipped(item.path, graph)
                continue
        yield item


_DIED = "extraction failed: its worker process died (killed, or out of memory)"


class _Workers:
    """Worker processes that outlive the death of one of them (killed, out of memory).

    A dead worker breaks the whole pool and fails every article in flight without saying which one killed
    it; each failed article is then extracted again alone, in a process of its own: the one that kills its
    process again is an error naming it, the others come back as results, and the rest of the queue goes on
    in a new pool.
    """

    def __init__(self, workers: int, settings: Settings):
        self.workers, self.settings = workers, settings
        self.executor = self._pool(workers)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc) -> None:
        # After a normal run, wait for the workers to exit: an executor left to the interpreter's exit can
        # find its wake-up pipe closed and print a traceback ("Bad file descriptor") after the output.
        self.executor.shutdown(wait=exc[0] is None, cancel_futures=True)

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=prepare,
                                   initargs=(self.settings,))

    def submit(self, source: Source) -> Future:
        return self.executor.submit(work, source)

    def next(self, pending: deque) -> Result | Skipped | SourceError | Notice:
        """The result of the oldest article in ``pending`` (removed from it)."""
        source, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._pool(self.workers)
            for index, (queued, _) in enumerate(pending):
                if queued is not None:
                    pending[index] = (queued, self.submit(queued))
            return self._alone(source)

    def _alone(self, source: Source) -> Result | SourceError:
        """``source`` extracted in a process of its own."""
        with self._pool(1) as alone:
            try:
                return alone.submit(work, source).result()
            except BrokenProcessPool:
                return SourceError(source.path, _DIED, "extraction failed")


class _Ready:
    """An already known result, queued in order among the workers' pending ones."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def resolve_batch(items: Iterable[Result | SourceError | Notice]) -> Iterator[Result | SourceError | Notice]:
    """Second pass over JSON results: bare references point at the one dated document the batch knows.

    Records are spooled to a temporary file, so memory holds only the index of dated documents.
    Errors and notices are passed on at once.
    """
    index = DocumentIndex()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for item in items:
            if isinstance(item, (SourceError, Notice)):
                yield item
                continue
            for doc in item.record["documents"]:
                index.add(doc["key"], doc)
            spool.write(json.dumps([item.path, item.graph, item.record], ensure_ascii=False) + "\n")
        spool.seek(0)
        for line in spool:
            path, graph, record = json.loads(line)
            yield Result(path, graph, index.apply(record))
