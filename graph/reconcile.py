"""After ingest: merge bare document nodes into the one dated document the store knows.

A bare reference stored before its dated counterpart arrived (or in another article) keeps a key
with an unknown year or term; once the store holds exactly one dated document it can be, every
triple about or pointing at the bare node moves to the dated one, in every article graph. The bare
node's own label and key give way to the dated document's, so each article graph still describes
every document it cites. Each node moves in one transaction, so a crash never leaves one half moved;
running ``reconcile`` again finishes what a crash interrupted.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from ..loaders.corpus import DocumentIndex
from ..loaders.iris import document_iri, parse_document_iri
from ..loaders.keys import DocumentKey
from ..loaders.vocab import RDFS, TD, term
from .catalogue import CATALOGUE
from .store import Store

_REPLACED = (term(str(TD.key)), term(str(RDFS.label)))


def reconcile(store: Store) -> dict[NamedNode, NamedNode]:
    """Merge bare document nodes into their dated documents; returns each merged node → its document."""
    index = DocumentIndex()
    loose: dict[str, str] = {}
    for quad in store.db.quads_for_pattern(None, _REPLACED[0], None, None):
        if quad.graph_name == CATALOGUE:
            continue
        key = quad.object.value
        if DocumentKey.parse(key).loose:
            loose[quad.subject.value] = key
        else:
            index.add(key)
    merged: dict[NamedNode, NamedNode] = {}
    for iri, key in loose.items():
        target = index.target(key)
        if target is None:
            continue
        old, new = term(iri), term(document_iri(target, parse_document_iri(iri)[0]))
        _move(store, old, new)
        merged[old] = new
    return merged


def _move(store: Store, old: NamedNode, new: NamedNode) -> None:
    """Every triple pointing at or about ``old`` now uses ``new``, in one transaction (a crash moves all or none)."""
    own = {p: _value(store, new, p) for p in _REPLACED}
    # A value left unbound (?none) drops the triple: the dated document has no such value to give.
    values = {p: "?none" if v is None else str(v) for p, v in own.items()}
    key, label = _REPLACED
    store.db.update(f"""
        DELETE {{ ?s ?p {old} }} INSERT {{ ?s ?p {new} }} WHERE {{ ?s ?p {old} }} ;
        DELETE {{ GRAPH ?g {{ ?s ?p {old} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {new} }} }} WHERE {{ GRAPH ?g {{ ?s ?p {old} }} }} ;
        DELETE {{ {old} ?p ?o }} INSERT {{ {new} ?p ?v }}
        WHERE {{ {old} ?p ?o BIND(IF(?p = {key}, {values[key]}, IF(?p = {label}, {values[label]}, ?o)) AS ?v) }} ;
        DELETE {{ GRAPH ?g {{ {old} ?p ?o }} }} INSERT {{ GRAPH ?h {{ {new} ?p ?v }} }}
        WHERE {{ GRAPH ?g {{ {old} ?p ?o }}
                BIND(IF(?g = {CATALOGUE}, ?none, ?g) AS ?h)
                BIND(IF(?p = {key}, {values[key]}, IF(?p = {label}, {values[label]}, ?o)) AS ?v) }}
    """)


def _value(store: Store, node: NamedNode, predicate: NamedNode):
    """The value of ``predicate`` for ``node`` in the catalogue, else in any graph; None if none."""
    for graph in (CATALOGUE, None):
        found = next(iter(store.db.quads_for_pattern(node, predicate, None, graph)), None)
        if found is not None:
            return found.object
    return None
