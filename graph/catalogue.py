"""The catalogue graph (``td:catalogue``): one description per document, for lookups in constant time.

A document's description is merged from what the articles citing it claim (``graph/shared.py``): its type,
label, key, number, symbol, issuer, year, term, scope, aliases. The date and the subject are what articles
word differently, so each article graph keeps the ones it gives, and the catalogue holds the most common
value across the articles citing the document (ties: the smallest, so it is deterministic). Ingest refreshes
the documents it touched; a document no article cites any more leaves the catalogue; ``rebuild`` refreshes
them all.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad

from ..loaders.triples import CATALOGUE
from ..loaders.vocab import ELI, RDF, term
from .store import GraphStore, is_article_graph

__all__ = ["CATALOGUE", "is_built", "rebuild", "refresh"]

_STATED = (term(str(ELI.date_document)), term(str(ELI.title)))  # what each article says, most common wins
_PASSED_BY = term(str(ELI.passed_by))


def refresh(store: GraphStore, documents: Iterable[NamedNode]) -> set[NamedNode]:
    """Recompute the date and subject of ``documents``; a document no article graph refers to goes.

    Returns the issuing bodies of the documents that went (their descriptions may be garbage now).
    """
    orphans: set[NamedNode] = set()
    for doc in documents:
        entry = list(store.quads_for_pattern(doc, None, None, CATALOGUE))
        if not _cited(store, doc):
            if entry:
                store.delete(entry)
                orphans |= {q.object for q in entry if q.predicate == _PASSED_BY}
            continue
        stale, fresh = [], []
        for predicate in _STATED:
            counts = store.value_counts(doc, predicate)
            current = [q for q in entry if q.predicate == predicate]
            chosen = [Quad(doc, predicate, _most_common(counts), CATALOGUE)] if counts else []
            if current != chosen:
                stale += current
                fresh += chosen
        if stale:
            store.delete(stale)
        if fresh:
            store.insert(fresh)
    return orphans


def rebuild(store: GraphStore) -> tuple[int, set[NamedNode]]:
    """Refresh every document of the catalogue; returns their number and the issuers of those that went."""
    documents = {q.subject for q in store.quads_for_pattern(None, term(str(RDF.type)), term(str(ELI.LegalResource)),
                                                             CATALOGUE)}
    return len(documents), refresh(store, documents)


def is_built(store: GraphStore) -> bool:
    """True when the store has a catalogue (or nothing yet)."""
    return store.first(graph=CATALOGUE) is not None or store.is_empty()


def _cited(store: GraphStore, doc: NamedNode) -> bool:
    return any(is_article_graph(q.graph_name) for q in store.quads_for_pattern(None, None, doc, None))


def _most_common(counts: dict):
    best = max(counts.values())
    return min((value for value, n in counts.items() if n == best), key=str)
