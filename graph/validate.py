"""Validate the store: SHACL shapes (shapes.ttl) per article graph, and the vocabulary over the union.

The shapes run one article graph at a time, streaming, each with what the shared graphs say of the nodes
it names (and of the nodes those name: a document's issuer, a body's parent) and the document-type
concepts of ontology.ttl: what the article says is checked together with the descriptions it relies on,
so every shared node an article names is checked too. The catalogue's date and subject of a document are
left out there: the article's own are the ones to check. pyshacl evaluates over an in-memory Oxigraph
store, so the SHACL-SPARQL constraints run in Oxigraph. That every class, predicate and vocabulary term
in the data is declared in ontology.ttl is one SPARQL query over the union of all graphs; so is the rule
that a node has one skos:prefLabel per language in the union, and, as a warning, that a document has one
rdfs:label.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph as ox
import pyshacl
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

from ..loaders.vocab import PREFIXES
from .shared import shared_graph_of
from .types import ontology, scheme
from .store import TRICHDAN_GRAPHS, GraphStore, is_article_graph

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_STATED = {ox.NamedNode("http://data.europa.eu/eli/ontology#date_document"), ox.NamedNode("http://data.europa.eu/eli/ontology#title")}
_DECLARED = "SELECT DISTINCT ?term WHERE { ?term a ?kind FILTER(isIRI(?term)) }"
_LABELS = """SELECT ?node ?lang (COUNT(DISTINCT ?label) AS ?n)
    (GROUP_CONCAT(DISTINCT STR(?label); separator=" | ") AS ?labels) WHERE {
    { %s } GRAPH ?g { %s } BIND (LANG(?label) AS ?lang) }
  GROUP BY ?node ?lang HAVING (COUNT(DISTINCT ?label) > 1) ORDER BY ?node"""
_PREF = "?node skos:prefLabel ?label"
_DOC = "?node a eli:LegalResource ; rdfs:label ?label"
_USED = """SELECT DISTINCT ?term ?kind WHERE { { %s } GRAPH ?g {
  { ?s ?term ?o BIND("property" AS ?kind) }
  UNION { ?s a ?term BIND("class" AS ?kind) }
  UNION { ?s ?p ?term FILTER(isIRI(?term) && ?p != rdf:type && (%s)) BIND("term" AS ?kind) }
} }"""


@dataclass(frozen=True, slots=True)
class Violation:
    """One validation result: where (article graph, node, path), what, and how bad."""

    graph: str
    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""


@dataclass(slots=True)
class Report:
    """All results, how many graphs were checked and how long it took."""

    results: list[Violation] = field(default_factory=list)
    graphs: int = 0
    seconds: float = 0.0

    @property
    def violations(self) -> list[Violation]:
        return [r for r in self.results if r.severity == "Violation"]


@cache
def shapes() -> rdflib.Graph:
    """The SHACL shapes graph (shapes.ttl)."""
    text = resources.files("trichdan").joinpath("shapes.ttl").read_text("utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


def validate(store: GraphStore, base: str | None = None, on_graph: Callable[[], None] = lambda: None) -> Report:
    """Check every article graph against the shapes and the whole store against the ontology."""
    started = time.perf_counter()
    onto = ontology(base)
    concepts = [ox.Quad(t.subject, t.predicate, t.object) for t in scheme(base, onto)]
    report = Report(results=list(undeclared(store, onto)) + list(label_conflicts(store)))
    for graph in _graphs(store):
        quads = list(store.quads_for_pattern(None, None, None, graph))
        report.results += check(quads, [*concepts, *neighbourhood(store, quads)], _name(graph))
        report.graphs += 1
        on_graph()
    report.seconds = time.perf_counter() - started
    return report


def neighbourhood(store: GraphStore, quads: list[ox.Quad]) -> list[ox.Quad]:
    """What the shared graphs say of the shared nodes ``quads`` name, and of the nodes those name, but the
    catalogue's date and subject of documents (the article states its own)."""
    found: list[ox.Quad] = []
    seen: set[ox.NamedNode] = set()
    nodes = _named(quads)
    for _ in range(2):
        nodes -= seen
        seen |= nodes
        pairs = [(n, shared_graph_of(n.value)) for n in sorted(nodes, key=str)]
        described = [q for q in store.descriptions(pairs) if q.predicate not in _STATED]
        found += described
        nodes = _named(described)
    return [ox.Quad(q.subject, q.predicate, q.object) for q in found]


def _named(quads: Iterable[ox.Quad]) -> set[ox.NamedNode]:
    return {n for q in quads for n in (q.subject, q.object) if isinstance(n, ox.NamedNode) and shared_graph_of(n.value)}


def graph_count(store: GraphStore) -> int:
    return sum(1 for _ in _graphs(store))


def check(quads: Iterable[ox.Quad], extra: Iterable[ox.Quad] = (), graph: str = "") -> list[Violation]:
    """SHACL results for one graph's ``quads`` (plus ``extra`` context such as the type concepts)."""
    data = ox.Store()
    data.extend(extra)
    data.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True,
                                     allow_infos=True)
    return list(_results(results, graph))


def undeclared(store: GraphStore, onto: ox.Store) -> Iterator[Violation]:
    """Classes, predicates and vocabulary terms used in the store but not declared in the ontology."""
    declared = {s["term"].value for s in onto.query(_DECLARED)} | {_RDF_TYPE}
    namespaces = " || ".join(f'STRSTARTS(STR(?term), "{ns}")' for ns in PREFIXES.values())
    for row in store.query(_USED % (TRICHDAN_GRAPHS, namespaces)):
        if row["term"].value not in declared:
            yield Violation("", row["term"].value, row["kind"].value, f"{row['kind'].value} not declared in ontology.ttl")


def label_conflicts(store: GraphStore) -> Iterator[Violation]:
    """Nodes with several skos:prefLabel of one language across the article graphs (a violation), and
    documents with several rdfs:label (a warning: an article that knows less words it differently)."""
    for pattern, path, severity in ((_PREF, "skos:prefLabel", "Violation"), (_DOC, "rdfs:label", "Warning")):
        for row in store.query(_LABELS % (TRICHDAN_GRAPHS, pattern)):
            lang = row["lang"].value
            yield Violation("", row["node"].value, path,
                            f"{row['n'].value} different {path} values{f' @{lang}' if lang else ''} across article graphs",
                            severity, row["labels"].value)


def _graphs(store: GraphStore) -> Iterator[ox.NamedNode | ox.DefaultGraph]:
    """The article graphs (and the default graph, which trichdan never writes, if anything is there)."""
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        yield ox.DefaultGraph()
    yield from (g for g in store.named_graphs() if is_article_graph(g))


def _name(graph) -> str:
    return "" if isinstance(graph, ox.DefaultGraph) else graph.value


def _results(results: rdflib.Graph, graph: str) -> Iterator[Violation]:
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        messages = sorted(results.objects(result, SH.resultMessage), key=lambda m: getattr(m, "language", "") != "en")
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        yield Violation(graph, str(results.value(result, SH.focusNode) or ""),
                        _path(results, results.value(result, SH.resultPath)),
                        str(messages[0]) if messages else "", str(severity).rsplit("#", 1)[-1],
                        "" if value is None else str(value))


def _path(results: rdflib.Graph, path) -> str:
    """A result path as prefixed names; sequence paths joined with "/"."""
    if path is None:
        return ""
    if isinstance(path, rdflib.BNode):
        return "/".join(_path(results, step) for step in Collection(results, path))
    return compact(str(path))


def compact(iri: str) -> str:
    """``schema:name`` for ``https://schema.org/name``; other IRIs unchanged."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri
