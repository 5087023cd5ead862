"""Ingest: run the extraction batch and write each article's graph, replacing what changed.

An article already stored with the same text by the same trichdan version is left untouched (and not
even extracted), so ingesting the same files twice leaves the store unchanged; a file whose text
changed replaces the graph it produced before. Afterwards bare references are reconciled and the catalogue entries of every
document touched are refreshed.

Crash safety: the whole run happens inside ``Store.writing``. When the previous run was interrupted
(killed, out of memory, disk full), this one first removes the article graphs it had cut short, then
reconciles the whole store and rebuilds the whole catalogue, so the store ends exactly as if no run
had been interrupted (once the same inputs are ingested again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pyoxigraph import NamedNode

from ..loaders.batch import Result, Settings, Skipped, run
from ..loaders.iris import agent_iri
from ..loaders.sources import Notice, SourceError
from . import catalogue
from .reconcile import reconcile
from .store import Store

_BATCH_BYTES = 8 << 20


@dataclass(slots=True)
class Report:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    merged: int = 0  # bare document nodes merged into their dated documents
    recovered: dict[str, str] | None = None  # after an interrupted run: graphs it had cut short → their files


def ingest(store: Store, paths: Iterable[str], settings: Settings, workers: int | None = None,
           on_article: Callable[[], None] = lambda: None,
           on_error: Callable[[SourceError], None] = lambda e: None,
           on_note: Callable[[Notice], None] = lambda n: None,
           on_phase: Callable[[str], None] = lambda phase: None) -> Report:
    """Extract everything under ``paths`` into ``store``; returns what happened per article.

    ``on_phase`` is told each phase as it starts: loading (a batch into the store; then extracting
    again), reconciling, catalogue."""
    report = Report()
    with store.writing() as interrupted:
        if interrupted:
            report.recovered = store.incomplete_graphs()
            for graph in report.recovered:
                store.remove(graph)
        _load(store, paths, settings, workers, report, on_article, on_error, on_note, on_phase,
              rebuild=interrupted or not catalogue.is_built(store))
    return report


def repair(store: Store) -> tuple[dict[str, str], int, int]:
    """Remove article graphs a crash cut short, reconcile, rebuild the catalogue.

    Returns the removed graphs (→ their files, to ingest again), the merged nodes and the documents.
    """
    with store.writing():
        incomplete = store.incomplete_graphs()
        for graph in incomplete:
            store.remove(graph)
        merged = reconcile(store)
        documents = catalogue.rebuild(store)
    return incomplete, len(merged), documents


def _load(store: Store, paths: Iterable[str], settings: Settings, workers: int | None, report: Report,
          on_article: Callable[[], None], on_error: Callable[[SourceError], None],
          on_note: Callable[[Notice], None], on_phase: Callable[[str], None], rebuild: bool) -> None:
    agent = agent_iri(settings.base)
    touched: set[NamedNode] = set()
    pending_graphs: list[str] = []
    pending: list[bytes] = []
    completions: list[bytes] = []
    size = 0

    def flush() -> None:
        on_phase("loading")
        touched.update(catalogue.cited_in(store, pending_graphs))  # what they cited before
        store.replace(pending_graphs, b"".join(pending), b"".join(completions))
        touched.update(catalogue.cited_in(store, pending_graphs))  # and now
        on_phase("extracting")

    # Asking the store costs the main process a hash of each text: not worth it while the store is empty.
    skip = None if store.is_empty() else (lambda graph: store.is_current(graph, agent))
    for item in run(paths, settings, workers, skip=skip):
        if isinstance(item, SourceError):
            report.failed += 1
            on_error(item)
            continue
        if isinstance(item, Notice):
            on_note(item)
            continue
        on_article()
        if isinstance(item, Skipped):
            report.unchanged += 1
            continue
        assert isinstance(item, Result)
        stale = [g for g in store.graphs_from(item.path) if g != item.graph]
        if stale or store.has_graph(item.graph):
            report.replaced += 1
        else:
            report.added += 1
        pending_graphs += stale + [item.graph]
        pending.append(item.nquads)
        completions.append(item.completion)
        size += len(item.nquads)
        if size >= _BATCH_BYTES:
            flush()
            pending_graphs, pending, completions, size = [], [], [], 0
    flush()
    on_phase("reconciling")
    merged = reconcile(store)
    report.merged = len(merged)
    on_phase("catalogue")
    if rebuild:
        catalogue.rebuild(store)
    else:
        catalogue.refresh(store, touched | set(merged) | set(merged.values()))
