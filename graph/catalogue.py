"""The catalogue graph: one merged description per document, for lookups in constant time.

Every article graph describes the documents it cites (its own view, next to its evidence), so finding
a document there costs one row per citing article: thousands for a document such as Quy định 99. The
catalogue (named graph ``td:catalogue``) holds one description per document, merged from every article
graph that describes it: the most common value of each single-valued property, every alias and type (the
issuing body stays in the article graphs, which describe it).
Ingest refreshes the entries of the documents it touched; ``rebuild`` recomputes them all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad

from ..loaders.vocab import ELI, RDF, RDFS, TD, term
from .store import Store

CATALOGUE = term(f"{TD._NS}catalogue")
_CITES = term("http://purl.org/spar/cito/cites")
_LEGAL_RESOURCE = term(str(ELI.LegalResource))
_RDF_TYPE = term(str(RDF.type))
# One value per document: the most common across articles (ties: the smallest, so it is deterministic).
_SINGLE = {str(p) for p in (RDFS.label, TD.key, TD.typeName, TD.system, TD.number, TD.year, TD.partyTerm,
                            TD.scope, TD.issuerName, ELI.id_local, ELI.date_document, ELI.title,
                            ELI.type_document)}
# Left to the article graphs, which also describe the issuing body.
_SKIPPED = {str(ELI.passed_by)}


def cited_in(store: Store, graphs: Iterable[str]) -> set[NamedNode]:
    """Documents cited by the article graphs ``graphs`` (as they are stored now)."""
    found: set[NamedNode] = set()
    for graph in graphs:
        found.update(q.object for q in store.db.quads_for_pattern(None, _CITES, None, term(graph)))
    return found


def refresh(store: Store, documents: Iterable[NamedNode]) -> None:
    """Recompute the catalogue entries of ``documents``; a document no article describes any more goes."""
    db = store.db
    for doc in documents:
        for quad in list(db.quads_for_pattern(doc, None, None, CATALOGUE)):
            db.remove(quad)
        values: dict[NamedNode, Counter] = defaultdict(Counter)
        for quad in db.quads_for_pattern(doc, None, None, None):
            if quad.graph_name != CATALOGUE and quad.predicate.value not in _SKIPPED:
                values[quad.predicate][quad.object] += 1
        for predicate, counts in values.items():
            if predicate.value in _SINGLE:
                best = max(counts.values())
                chosen = [min((o for o, n in counts.items() if n == best), key=str)]
            else:
                chosen = sorted(counts, key=str)
            for obj in chosen:
                db.add(Quad(doc, predicate, obj, CATALOGUE))


def rebuild(store: Store) -> int:
    """Recompute the whole catalogue from the article graphs; returns the number of documents."""
    store.db.clear_graph(CATALOGUE)
    documents = {q.subject for q in store.db.quads_for_pattern(None, _RDF_TYPE, _LEGAL_RESOURCE, None)
                 if isinstance(q.subject, NamedNode)}
    refresh(store, documents)
    return len(documents)


def is_built(store: Store) -> bool:
    """True when the store has a catalogue (stores written before it existed need ``rebuild``)."""
    return store.db.contains_named_graph(CATALOGUE) or store.is_empty()
