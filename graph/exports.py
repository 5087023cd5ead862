"""Export the store as RDF: Turtle, N-Triples (the union of all graphs), N-Quads, TriG, JSON-LD (with graphs)."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from ..loaders.vocab import PREFIXES
from .store import Store

FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
           "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
_DISTINCT_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def export(store: Store, fmt: str, output: BinaryIO) -> None:
    """Write the whole store to ``output``; triple formats get each distinct triple once."""
    rdf_format = FORMATS[fmt]
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    data = store.quads() if rdf_format.supports_datasets else store.query(_DISTINCT_TRIPLES)
    kwargs = {"prefixes": prefixes} if fmt in ("ttl", "trig") else {}
    ox.serialize(data, output, format=rdf_format, **kwargs)
