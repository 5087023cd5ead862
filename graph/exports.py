"""Export the store: RDF (Turtle, N-Triples, N-Quads, TriG, compact JSON-LD) and networks (GraphML, GEXF, CSV).

Triple formats hold the union of all article graphs, each distinct triple once; dataset formats keep
one named graph per article. JSON-LD is written streaming, one article graph at a time, compacted
with the published context ``graph/context.jsonld`` (served as ``<base>context.jsonld``): inlined by
default so the file is self-contained, or referenced by URL with ``context_url``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import BinaryIO

import pyoxigraph as ox

from ..loaders.vocab import PREFIXES
from .store import GraphStore

FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
           "trig": ox.RdfFormat.TRIG}
NETWORK_FORMATS = ("graphml", "gexf", "csv")
_DISTINCT_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def export(store: GraphStore, fmt: str, output: BinaryIO, *, graph: str = "citation", context_url: str | None = None) -> None:
    """Write the store to ``output`` as ``fmt``; network formats write the ``graph`` projection."""
    if fmt in NETWORK_FORMATS:
        from . import projections
        projections.write(projections.PROJECTIONS[graph](store), fmt, output)
    elif fmt == "jsonld":
        write_jsonld(store, output, context_url)
    else:
        rdf_format = FORMATS[fmt]
        data = store.quads() if rdf_format.supports_datasets else store.query(_DISTINCT_TRIPLES)
        kwargs = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}} if fmt in ("ttl", "trig") else {}
        ox.serialize(data, output, format=rdf_format, **kwargs)


@cache
def context() -> dict:
    """The published JSON-LD context (the value of ``@context`` in graph/context.jsonld)."""
    return json.loads(resources.files("trichdan.graph").joinpath("context.jsonld").read_text("utf-8"))["@context"]


def write_jsonld(store: GraphStore, output: BinaryIO, context_url: str | None = None) -> None:
    """Compact JSON-LD: ``{"@context": ..., "@graph": [{"@id": <article>, "@graph": [nodes]} ...]}``."""
    header = json.dumps(context_url or context(), ensure_ascii=False)
    output.write(f'{{"@context": {header},\n "@graph": ['.encode("utf-8"))
    first = True
    for item in _graph_objects(store):
        output.write((("" if first else ",") + "\n  " + json.dumps(item, ensure_ascii=False)).encode("utf-8"))
        first = False
    output.write(b"\n]}\n")


def _graph_objects(store: GraphStore) -> Iterator[dict]:
    """Default-graph nodes, then one graph object per named graph."""
    yield from _nodes(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    for name in store.named_graphs():
        yield {"@id": _iri_or_bnode(name), "@graph": list(_nodes(store.quads_for_pattern(None, None, None, name)))}


def _nodes(quads) -> Iterator[dict]:
    for subject, group in itertools.groupby(quads, key=lambda q: q.subject):
        node: dict = {"@id": _iri_or_bnode(subject)}
        for quad in group:
            if quad.predicate.value == _RDF_TYPE and not isinstance(quad.object, ox.Literal):
                node.setdefault("@type", []).append(_compact_iri(quad.object.value))
                continue
            key, coercion = _term(quad.predicate.value)
            node.setdefault(key, []).append(_value(quad.object, coercion))
        yield {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in node.items()}


def _value(obj, coercion: str | None):
    """A JSON-LD value for ``obj`` under a term with type ``coercion`` (an expanded IRI, @id, @vocab or None)."""
    if isinstance(obj, ox.Literal):
        datatype = obj.datatype.value
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if coercion is None and datatype == _XSD_STRING or coercion == datatype:
            return obj.value
        if coercion in ("@id", "@vocab") and datatype == _XSD_STRING:
            return {"@value": obj.value}
        return {"@value": obj.value, "@type": _compact_iri(datatype)}
    ref = _iri_or_bnode(obj)
    if coercion == "@vocab":
        return _terms_by_iri().get(obj.value, (ref, None))[0] if isinstance(obj, ox.NamedNode) else {"@id": ref}
    return ref if coercion == "@id" else {"@id": ref}


def _iri_or_bnode(node) -> str:
    return f"_:{node.value}" if isinstance(node, ox.BlankNode) else _compact_iri(node.value)


def _term(iri: str) -> tuple[str, str | None]:
    """The context term for a predicate IRI and its expanded type coercion; a compact IRI when none."""
    return _terms_by_iri().get(iri, (_compact_iri(iri), None))


@cache
def _terms_by_iri() -> dict[str, tuple[str, str | None]]:
    out = {}
    for name, definition in context().items():
        if name.startswith("@") or name in _prefixes():
            continue
        iri, coercion = (definition, None) if isinstance(definition, str) else (definition["@id"], definition.get("@type"))
        out[_expand(iri)] = (name, _expand(coercion) if coercion and not coercion.startswith("@") else coercion)
    return out


def _prefixes() -> dict[str, str]:
    return {k: v for k, v in context().items() if isinstance(v, str) and v.endswith(("/", "#"))}


def _expand(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    return _prefixes()[prefix] + local if prefix in _prefixes() else curie


def _compact_iri(iri: str) -> str:
    """``schema:name`` for vocabulary IRIs of the context; data IRIs stay absolute."""
    for prefix, ns in _prefixes().items():
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
