"""The ontology (``ontology.ttl``) and its scheme of document types, which the store holds in ``td:types``.

Documents point at their type (``eli:type_document`` → ``<base>type/nghi-quyet``), a SKOS concept with its
Vietnamese and English names; ingest writes the scheme, under the data's base, into the shared graph
``td:types`` the first time, so that the store describes every node it points at.
"""

from __future__ import annotations

from importlib import resources

import pyoxigraph as ox

from ..loaders.iris import DEFAULT_BASE, base_iri
from ..loaders.namespaces import PREFIXES
from ..loaders.triples import TYPES
from .store import GraphStore

_SCHEME = """CONSTRUCT { ?s ?p ?o } WHERE {
  VALUES ?c { skos:Concept skos:ConceptScheme } ?s a ?c ; ?p ?o }"""


def ontology(base: str | None = None) -> ox.Store:
    """ontology.ttl in an in-memory store, its document-type concepts moved under the data ``base``."""
    text = resources.files("trichdan").joinpath("ontology.ttl").read_text("utf-8")
    store = ox.Store()
    store.load(text.replace(DEFAULT_BASE, base_iri(base)), format=ox.RdfFormat.TURTLE)
    return store


def scheme(base: str | None = None, onto: ox.Store | None = None) -> list[ox.Triple]:
    """The document-type concepts and their scheme, under ``base``."""
    return list((onto or ontology(base)).query(_SCHEME, prefixes=dict(PREFIXES)))


def write(store: GraphStore, base: str | None = None) -> None:
    """Write the scheme into ``td:types`` unless it is there."""
    if store.first(graph=TYPES) is None:
        store.insert([ox.Quad(t.subject, t.predicate, t.object, TYPES) for t in scheme(base)])
