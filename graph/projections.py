"""Network projections of the store for Gephi and friends, built from SPARQL SELECTs (never a full load).

* ``citation``: article → document, one edge per pair, weighted by the number of citations;
* ``cocitation``: document — document, weighted by the number of articles citing both;
* ``people``: person — organisation, from W3C ORG memberships, weighted by the articles reporting them.

Written as GraphML, GEXF (both open in Gephi; every node has ``label`` and ``kind``) or a CSV edge list.
Labels tell nodes apart: "Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)", "Phan Văn Khoa (Phó Trưởng
ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)" (``display``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import BinaryIO

import networkx as nx

from . import display, queries
from .store import GraphStore

# What an article says is read inside its graph (GRAPH ?id), shared nodes from their graphs (td:catalogue,
# td:people, td:bodies, td:places, td:roles), so that every pattern matches once.
_ARTICLES = """SELECT ?id (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?published) (SAMPLE(?f) AS ?file) (SAMPLE(?n) AS ?place)
WHERE { GRAPH ?id { ?id a schema:NewsArticle ; td:sourcePath ?f .
  OPTIONAL { ?id schema:headline ?t } OPTIONAL { ?id schema:datePublished ?d }
  OPTIONAL { ?id schema:contentLocation ?p } }
  OPTIONAL { GRAPH td:places { ?p schema:name ?n } } }
GROUP BY ?id"""
_DOCUMENTS = """SELECT ?id (MIN(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?y) AS ?year) (SAMPLE(?s) AS ?system)
WHERE { GRAPH td:catalogue { ?id a eli:LegalResource ; rdfs:label ?l ; td:typeName ?t .
  OPTIONAL { ?id td:system ?s } OPTIONAL { ?id td:year ?y } } }
GROUP BY ?id"""
_CITATIONS = """SELECT ?source ?target (COUNT(DISTINCT ?c) AS ?weight)
  (GROUP_CONCAT(DISTINCT ?kind; separator=" ") AS ?relations)
WHERE { GRAPH ?g { ?c cito:hasCitingEntity ?source ; cito:hasCitedEntity ?target ; cito:hasCitationCharacterization ?k . }
  BIND(REPLACE(STR(?k), "^.*[/#]", "") AS ?kind) }
GROUP BY ?source ?target"""
_COCITATIONS = """SELECT ?source ?target (COUNT(DISTINCT ?article) AS ?weight)
WHERE { GRAPH ?article { ?article cito:cites ?source , ?target . FILTER(STR(?source) < STR(?target)) } }
GROUP BY ?source ?target"""
_PEOPLE = """SELECT ?id (MIN(?n) AS ?label)
WHERE { { SELECT DISTINCT ?id WHERE { GRAPH ?g { ?m org:member ?id } } } GRAPH td:people { ?id schema:name ?n } }
GROUP BY ?id"""
_ORGANIZATIONS = """SELECT ?id (MIN(?n) AS ?label) (SAMPLE(?k) AS ?org_kind)
WHERE { { SELECT DISTINCT ?id WHERE { GRAPH ?g { ?m org:organization ?id } } }
  GRAPH td:bodies { ?id skos:prefLabel ?n OPTIONAL { ?id td:kind ?k } } }
GROUP BY ?id"""
_MEMBERSHIPS = """SELECT ?source ?target (COUNT(DISTINCT ?article) AS ?weight)
  (GROUP_CONCAT(DISTINCT ?role; separator="; ") AS ?roles)
WHERE { GRAPH ?article { ?m org:member ?source ; org:organization ?target ; org:role ?r }
  GRAPH td:roles { ?r skos:prefLabel ?role } }
GROUP BY ?source ?target"""


def citation(store: GraphStore) -> nx.DiGraph:
    """Articles → the documents they cite; edge ``relations`` lists the CiTO kinds used."""
    graph = nx.DiGraph(name="citation")
    _add_nodes(graph, store, _ARTICLES, "article", label=lambda r: r["title"] or r["file"])
    _add_nodes(graph, store, _DOCUMENTS, "document")
    _add_edges(graph, store, _CITATIONS)
    _relabel(graph, store)
    return graph


def cocitation(store: GraphStore) -> nx.Graph:
    """Documents linked when cited by the same articles; ``weight`` is how many articles cite both."""
    graph = nx.Graph(name="cocitation")
    _add_nodes(graph, store, _DOCUMENTS, "document")
    _add_edges(graph, store, _COCITATIONS)
    _relabel(graph, store)
    return graph


def people(store: GraphStore) -> nx.Graph:
    """People and the organisations they hold posts in; edge ``roles`` lists the posts."""
    graph = nx.Graph(name="people")
    _add_nodes(graph, store, _PEOPLE, "person")
    _add_nodes(graph, store, _ORGANIZATIONS, "organization")
    _add_edges(graph, store, _MEMBERSHIPS)
    _relabel(graph, store)
    return graph


PROJECTIONS: dict[str, Callable[[GraphStore], nx.Graph]] = {"citation": citation, "cocitation": cocitation, "people": people}


def write(graph: nx.Graph, fmt: str, output: BinaryIO) -> None:
    """``graphml``, ``gexf`` or ``csv`` (an edge list: source, target, their labels, then edge attributes)."""
    if fmt == "graphml":
        nx.write_graphml(graph, output)
    elif fmt == "gexf":
        nx.write_gexf(graph, output)
    else:
        _write_csv(graph, output)


def _relabel(graph: nx.Graph, store: GraphStore) -> None:
    """Documents and people labelled so that namesakes are told apart."""
    kinds = nx.get_node_attributes(graph, "kind")
    labels = {**display.document_labels(store, [n for n, k in kinds.items() if k == "document"]),
              **display.person_labels(store, [n for n, k in kinds.items() if k == "person"])}
    for node, label in labels.items():
        graph.nodes[node]["label"] = label


def _add_nodes(graph: nx.Graph, store: GraphStore, sparql: str, kind: str,
               label: Callable[[dict], str] = lambda r: r["label"]) -> None:
    for row in queries.rows(store.query(sparql)):
        attributes = {k: v for k, v in row.items() if k != "id" and v is not None}
        graph.add_node(row["id"], **{**attributes, "kind": kind, "label": label(row)})


def _add_edges(graph: nx.Graph, store: GraphStore, sparql: str) -> None:
    for row in queries.rows(store.query(sparql)):
        if row["source"] in graph and row["target"] in graph:
            graph.add_edge(row["source"], row["target"], **{k: v for k, v in row.items() if k not in ("source", "target")})


def _write_csv(graph: nx.Graph, output: BinaryIO) -> None:
    attributes = sorted({k for *_, data in graph.edges(data=True) for k in data})
    text = io.TextIOWrapper(output, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["source", "target", "source_label", "target_label", *attributes])
    for source, target, data in graph.edges(data=True):
        writer.writerow([source, target, graph.nodes[source]["label"], graph.nodes[target]["label"],
                         *(data.get(k, "") for k in attributes)])
    text.detach()
