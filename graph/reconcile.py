"""After ingest: merge bare document nodes into the one dated document the store knows.

A bare reference stored before its dated counterpart arrived (or in another article) keeps a key
with an unknown year or term; once the store holds exactly one dated document it can be, every
triple about or pointing at the bare node moves to the dated one, in every article graph.
"""

from __future__ import annotations

from pyoxigraph import Quad

from ..loaders.corpus import DocumentIndex, is_loose
from ..loaders.vocab import RDFS, TD, term
from .store import Store

_DROPPED = {str(TD.key), str(RDFS.label)}


def reconcile(store: Store) -> int:
    """Merge bare document nodes into their dated documents; returns how many nodes were merged."""
    index = DocumentIndex()
    loose: dict[str, str] = {}
    for quad in store.db.quads_for_pattern(None, term(str(TD.key)), None, None):
        key = quad.object.value
        if is_loose(key):
            loose[quad.subject.value] = key
        else:
            index.add(key)
    merged = 0
    for iri, key in loose.items():
        target = index.target(key)
        if target is None:
            continue
        _move(store, term(iri), term(iri[: len(iri) - len(key)] + target))
        merged += 1
    return merged


def _move(store: Store, old, new) -> None:
    db = store.db
    for quad in list(db.quads_for_pattern(None, None, old, None)):
        db.remove(quad)
        db.add(Quad(quad.subject, quad.predicate, new, quad.graph_name))
    for quad in list(db.quads_for_pattern(old, None, None, None)):
        db.remove(quad)
        if quad.predicate.value not in _DROPPED:
            db.add(Quad(new, quad.predicate, quad.object, quad.graph_name))
