"""Ingest: run the extraction batch and write each article's graph, replacing what changed.

An article already stored with the same text by the same trichdan version is left untouched (and not
even extracted), so ingesting the same files twice leaves the store unchanged; a file whose text changed
replaces the graph it produced before. One process writes: the workers extract and serialise, the main
process gathers their N-Quads into large batches, each written, by one thread while the next batch
gathers, with one bulk load (the article graphs and the new shared claims, ``graph/shared.py``) and one
transaction (the batch's completion quads). Nothing
per batch depends on the size of the store: replaced graphs are found by index lookups, claims about nodes
already described by one lookup per node and run. Afterwards bare references are reconciled, the catalogue
entries of the documents touched are refreshed, the shared nodes only replaced articles named are removed,
and the store is flushed, so that the next command opens it without replaying a log; after a first load or
a large one (``_COMPACT_AFTER`` articles) it is compacted too: the files the loads left are merged into
one sorted run per index, so that reads look in one place.

Crash safety: the whole run happens inside ``GraphStore.writing``. When the previous run was interrupted
(killed, out of memory, disk full), this one first removes the article graphs it had cut short, then
reconciles the whole store, refreshes the whole catalogue and collects every unreferenced shared node, so
the store ends exactly as if no run had been interrupted (once the same inputs are ingested again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from ..loaders.batch import Result, Settings, Skipped, run
from ..loaders.iris import agent_iri
from ..loaders.sources import Notice, SourceError
from ..loaders.vocab import term
from . import catalogue, shared, types
from .reconcile import reconcile
from .store import SOURCE_PATH, GraphStore

_BATCH_BYTES = 96 << 20  # N-Quads per bulk load: ~3,000 articles, ~400 MB of loader memory
_COMPACT_AFTER = 10_000  # articles written by a run into a store that was not empty, for the store to be compacted


@dataclass(slots=True)
class Report:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    merged: int = 0  # bare document nodes merged into their dated documents
    recovered: dict[str, str] | None = None  # after an interrupted run: graphs it had cut short → their files
    removed: int = 0  # shared nodes no article names any more


def ingest(store: GraphStore, paths: Iterable[str], settings: Settings, workers: int | None = None,
           on_article: Callable[[], None] = lambda: None,
           on_error: Callable[[SourceError], None] = lambda e: None,
           on_note: Callable[[Notice], None] = lambda n: None,
           on_phase: Callable[[str], None] = lambda phase: None) -> Report:
    """Extract everything under ``paths`` into ``store``; returns what happened per article."""
    return write(store, lambda skip: run(paths, settings, workers, skip=skip), settings.base,
                 on_article, on_error, on_note, on_phase)


def write(store: GraphStore, items: Callable[[Callable[[str], bool] | None], Iterable],
          base: str | None = None, on_article: Callable[[], None] = lambda: None,
          on_error: Callable[[SourceError], None] = lambda e: None,
          on_note: Callable[[Notice], None] = lambda n: None,
          on_phase: Callable[[str], None] = lambda phase: None) -> Report:
    """Write extracted articles into ``store``: ``items(skip)`` yields them (Result, Skipped, SourceError,
    Notice), given ``skip(graph)``, which says which articles the store already has. ``ingest`` extracts
    them here; ``graph/shards.py`` reads them from N-Quads shards extracted elsewhere.

    ``on_phase`` is told each phase after the articles are read, as it starts: loading (the last batch into
    the store), reconciling, catalogue (batches before the last are loaded while the next is extracted)."""
    report = Report()
    with store.writing() as interrupted:
        if interrupted:
            report.recovered = store.incomplete_graphs()
            store.drop_graphs(report.recovered)
        rebuild = interrupted or not catalogue.is_built(store)
        loader = _Loader(store, base, report)
        for item in items(loader.skip):
            if isinstance(item, SourceError):
                report.failed += 1
                on_error(item)
            elif isinstance(item, Notice):
                on_note(item)
            else:
                on_article()
                loader.add(item)
        on_phase("loading")
        loader.flush()
        loader.wait()
        loader.executor.shutdown()
        types.write(store, base)
        _derive(store, report, loader.documents, loader.candidates, rebuild,
                compact=loader.empty or len(loader.written) >= _COMPACT_AFTER, on_phase=on_phase)
    return report


def repair(store: GraphStore) -> tuple[dict[str, str], int, int]:
    """Remove article graphs a crash cut short, reconcile, refresh the catalogue, collect unreferenced nodes.

    Returns the removed graphs (→ their files, to ingest again), the merged nodes and the documents.
    """
    report = Report()
    with store.writing():
        incomplete = store.incomplete_graphs()
        store.drop_graphs(incomplete)
        documents = _derive(store, report, set(), set(), rebuild=True)
    return incomplete, report.merged, documents


def _derive(store: GraphStore, report: Report, documents: set[NamedNode], candidates: set[NamedNode],
            rebuild: bool, compact: bool = False, on_phase: Callable[[str], None] = lambda phase: None) -> int:
    """Reconcile, refresh the catalogue, collect garbage, flush (and ``compact``); returns the documents refreshed."""
    on_phase("reconciling")
    merged = reconcile(store)
    report.merged = len(merged)
    on_phase("catalogue")
    if rebuild:
        count, orphans = catalogue.rebuild(store)
        candidates = shared.all_nodes(store)
    else:
        touched = documents | set(merged) | set(merged.values())
        count, orphans = len(touched), catalogue.refresh(store, touched)
    report.removed = shared.collect_garbage(store, candidates | orphans)
    store.finish(compact)
    return count


@dataclass(slots=True)
class _Loader:
    """Gathers extracted articles into batches and writes each batch: stale graphs out, new graphs in."""

    store: GraphStore
    base: str | None
    report: Report
    empty: bool = False
    agent: str = ""
    merger: shared.Merger | None = None
    batch: dict[str, Result] = field(default_factory=dict)  # graph → its result
    paths: list[Quad] = field(default_factory=list)  # more files an article of the batch was read from
    size: int = 0
    written: set[str] = field(default_factory=set)  # graphs written by this run
    documents: set[NamedNode] = field(default_factory=set)  # documents cited by graphs added or removed
    candidates: set[NamedNode] = field(default_factory=set)  # shared nodes removed graphs named
    executor: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "trichdan-writer"))
    writer: Future | None = None  # the batch being written

    def __post_init__(self) -> None:
        self.empty = self.store.is_empty()  # an empty store has nothing to skip or replace
        self.agent = agent_iri(self.base)
        self.merger = shared.Merger(self.store, self.empty)

    @property
    def skip(self) -> Callable[[str], bool] | None:
        """Asking the store costs a hash of each text: not worth it while the store is empty."""
        return None if self.empty else (lambda graph: self.store.is_current(graph, self.agent))

    def add(self, item: Result | Skipped) -> None:
        if isinstance(item, Skipped):
            self.report.unchanged += 1
            return
        if item.graph in self.batch or item.graph in self.written:  # the same text in another file of this run
            self.report.added += 1
            self.paths.append(Quad(term(item.graph), SOURCE_PATH, Literal(item.path), term(item.graph)))
            return
        self.batch[item.graph] = item
        self.written.add(item.graph)
        self.size += len(item.nquads) + len(item.shared)
        if self.size >= _BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the batch in the background (the workers go on extracting meanwhile), after the previous one."""
        self.wait()
        results, paths = list(self.batch.values()), list(self.paths)
        self.batch.clear()
        self.paths.clear()
        self.size = 0
        if results or paths:
            self.writer = self.executor.submit(self._write, results, paths)

    def wait(self) -> None:
        """Wait for the batch being written (its error, such as a full disk, is raised here)."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.result()

    def _write(self, results: list[Result], paths: list[Quad]) -> None:
        if not results:
            self.store.insert(paths)
            return
        stale = self._stale(results)
        for graph in stale:
            named = shared.references(self.store, graph)
            self.candidates |= named
            self.documents |= {n for n in named if shared.shared_graph_of(n.value) == catalogue.CATALOGUE}
        self.store.drop_graphs(stale)
        claims = self.merger.accept(line for r in results for line in r.shared.splitlines())
        self.store.load([*(r.nquads for r in results), b"\n".join(claims) + b"\n"])
        self.store.insert([*parse(b"".join(r.completion for r in results), format=RdfFormat.N_QUADS), *paths])
        for result in results:
            self.documents |= {term(d) for d in result.documents}

    def _stale(self, results: list[Result]) -> set[str]:
        """Graphs to remove before the batch is written (counting each article as added or replaced)."""
        from_paths = {} if self.empty else self.store.graphs_from(r.path for r in results)
        existing = self.store.existing(r.graph for r in results) if not self.empty else set()
        stale: set[str] = set()
        for result in results:
            old = from_paths.get(result.path, set()) | ({result.graph} & existing)
            if old:
                self.report.replaced += 1
                stale |= old
            else:
                self.report.added += 1
        return stale
