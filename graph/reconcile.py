"""After ingest: merge bare document nodes into the one dated document the store knows.

A bare reference stored before its dated counterpart arrived (or in another article) keeps a key
with an unknown year or term; once the catalogue holds exactly one dated document it can be, every
triple about or pointing at the bare node in the article graphs moves to the dated one, and the bare
node's catalogue entry is merged into the dated document's (its key and label give way; a value the
dated document lacks is kept) and removed. Each node moves in one SPARQL Update, so a crash never leaves
one half moved; running ``reconcile`` again finishes what a crash interrupted.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from ..loaders.corpus import DocumentIndex
from ..loaders.iris import document_iri, parse_document_iri
from ..loaders.keys import DocumentKey
from ..loaders.triples import CATALOGUE
from ..loaders.vocab import TD, term
from .shared import SINGLE
from .store import GraphStore

_KEY = term(str(TD.key))
_SINGLE = ", ".join(f"<{p}>" for p in sorted(SINGLE))


def reconcile(store: GraphStore) -> dict[NamedNode, NamedNode]:
    """Merge bare document nodes into their dated documents; returns each merged node → its document."""
    index = DocumentIndex()
    loose: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, _KEY, None, CATALOGUE):
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


def _move(store: GraphStore, old: NamedNode, new: NamedNode) -> None:
    """Every triple pointing at or about ``old`` in an article graph now uses ``new``; the catalogue entries
    merge. One SPARQL Update: a crash moves all or none."""
    store.update(f"""
        DELETE {{ GRAPH ?g {{ ?s ?p {old} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {new} }} }}
        WHERE {{ GRAPH ?g {{ ?s ?p {old} }} FILTER (?g != {CATALOGUE}) }} ;
        DELETE {{ GRAPH ?g {{ {old} ?p ?o }} }} INSERT {{ GRAPH ?g {{ {new} ?p ?o }} }}
        WHERE {{ GRAPH ?g {{ {old} ?p ?o }} FILTER (?g != {CATALOGUE}) }} ;
        INSERT {{ GRAPH {CATALOGUE} {{ {new} ?p ?o }} }}
        WHERE {{ GRAPH {CATALOGUE} {{ {old} ?p ?o FILTER (?p NOT IN ({_SINGLE}) || NOT EXISTS {{ {new} ?p ?any }}) }} }} ;
        DELETE WHERE {{ GRAPH {CATALOGUE} {{ {old} ?p ?o }} }}
    """)
