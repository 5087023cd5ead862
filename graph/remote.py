"""A SPARQL 1.1 server as the store: queries through the SPARQL Protocol, changes through SPARQL Update,
article graphs uploaded through the Graph Store Protocol.

``--store URL`` gives the server's query URL; its update and graph store URLs are derived for the servers
trichdan knows, by the shape of the URL, or given with ``--update-url`` and ``--graph-store-url``:

============  ===========================================  ===============================  ===========================
server        query URL (``--store``)                      update URL                       graph store URL
============  ===========================================  ===============================  ===========================
Oxigraph      ``http://host:7878/query``                   ``…/update``                     ``…/store`` (N-Quads too)
Fuseki        ``http://host:3030/DATASET/sparql`` (/query)  ``…/DATASET/update``             ``…/DATASET/data``; N-Quads
                                                                                             to ``…/DATASET``
Virtuoso      ``http://host:8890/sparql``                  the same URL                     ``…/sparql-graph-crud``
GraphDB       ``http://host:7200/repositories/REPO``        ``…/REPO/statements`` (N-Quads)  ``…/REPO/rdf-graphs/service``
QLever        ``http://host:PORT/`` (the root)             the same URL                     none: read only
============  ===========================================  ===============================  ===========================

A server that takes N-Quads (Oxigraph, Fuseki, GraphDB) gets each batch of article graphs in one request;
any other gets one Graph Store Protocol ``POST`` per graph. The default graph must be the union of the
named graphs, as on Virtuoso, GraphDB and QLever; trichdan asks Oxigraph for it per query
(``union-default-graph``); Fuseki needs ``tdb2:unionDefaultGraph true`` (see the README). Credentials in the
URL (``http://user:password@host/…``) are sent as HTTP basic authentication (requests: ``sparql_client``).

A write is marked by a quad in the graph ``td:writing`` from its start to its end; a write that finds the
mark repairs what an interrupted one left, and readers are told. Unlike the embedded store's lock, the mark
cannot tell a running ingest from an interrupted one: let one process write a server at a time.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pyoxigraph as ox

from ..loaders.namespaces import RDFS, SDO, TD, term
from .sparql_client import SparqlClient
from .sparql_text import bind
from .store import TRICHDAN_GRAPHS, COMPLETION, SOURCE_PATH, GraphStore, StoreWriting, as_term, is_article_graph

_MARK = term(f"{TD}writing")
_COMMENT = term(f"{RDFS}comment")
_CHUNK = 200  # terms per VALUES block
_ARTICLE = f"<{SDO}NewsArticle>"
_GRAPHS = TRICHDAN_GRAPHS


class _RemoteWriting(StoreWriting):
    """The changes to a server: SPARQL Update, graph uploads, and the write mark."""

    _client: SparqlClient
    interrupted: bool

    @contextmanager
    def writing(self) -> Iterator[bool]:
        interrupted = self._client.ask(f"ASK {{ GRAPH {_MARK} {{ ?s ?p ?o }} }}")
        note = ox.Literal(f"written by process {os.getpid()} on {socket.gethostname()} since "
                          f"{time.strftime('%Y-%m-%dT%H:%M:%S')}")
        self._client.update(f"INSERT DATA {{ GRAPH {_MARK} {{ {_MARK} {_COMMENT} {note} }} }}")
        yield interrupted
        self._client.update(f"DROP SILENT GRAPH {_MARK}")
        self.interrupted = False

    def load(self, chunks: Iterable[bytes]) -> None:
        data = b"".join(chunks)
        if not data.strip():
            return
        self._client.upload(data)

    def insert(self, quads: Iterable[ox.Quad]) -> None:
        for chunk in _chunks(list(quads), 2000):
            self._client.update("INSERT DATA { " + " ".join(_data(q) for q in chunk) + " }")

    def delete(self, quads: Iterable[ox.Quad]) -> None:
        for chunk in _chunks(list(quads), 2000):
            self._client.update("DELETE DATA { " + " ".join(_data(q) for q in chunk) + " }")

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        for chunk in _chunks(list(graphs)):
            self._client.update(" ; ".join(f"DROP SILENT GRAPH {term(g)}" for g in chunk))

    def update(self, sparql: str) -> None:
        self._client.update(sparql)


class RemoteStore(_RemoteWriting, GraphStore):
    """A SPARQL 1.1 server (see the module docstring)."""

    def __init__(self, url: str, *, read_only: bool = False, update_url: str | None = None,
                 graph_store_url: str | None = None):
        self.location = url
        self.read_only = read_only
        self._client = SparqlClient(url, update_url, graph_store_url, read_only)
        self.endpoints = self._client.endpoints
        self._current: set[str] | None = None
        self.interrupted = self._client.ask(f"ASK {{ GRAPH {_MARK} {{ ?s ?p ?o }} }}")

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        if isinstance(graph, ox.DefaultGraph) or any(isinstance(t, ox.BlankNode) for t in (subject, predicate, obj, graph)):
            return iter(())  # trichdan writes no default graph; a server's blank nodes have no name to ask by
        terms = {"s": subject, "p": predicate, "o": obj, "g": graph}
        pattern = " ".join(str(terms[v]) if terms[v] is not None else f"?{v}" for v in "spo")
        g = str(graph) if graph is not None else "?g"
        rows = self._client.select(f"SELECT * WHERE {{ GRAPH {g} {{ {pattern} }} }}")
        return (ox.Quad(*(terms[v] if terms[v] is not None else row[v] for v in "spog")) for row in rows)

    def query(self, sparql: str, substitutions: dict | None = None):
        values = {k: as_term(v) for k, v in (substitutions or {}).items() if v is not None}
        return self._client.results(bind(sparql, values))

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        """trichdan's graphs: the article graphs and the shared ones (a server may hold graphs of its own)."""
        rows = self._client.select(f"SELECT ?g WHERE {{ {_GRAPHS} }}")
        return (row["g"] for row in rows if isinstance(row["g"], ox.NamedNode))

    def quads(self) -> Iterator[ox.Quad]:
        rows = self._client.select(f"SELECT ?s ?p ?o ?g WHERE {{ {{ {_GRAPHS} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return (ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows)

    def __len__(self) -> int:
        rows = list(self._client.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ {_GRAPHS} }} GRAPH ?g {{ ?s ?p ?o }} }}"))
        return int(rows[0]["n"].value)

    def is_empty(self) -> bool:
        return not self._client.ask(f"ASK {{ GRAPH ?g {{ ?a a {_ARTICLE} }} }}")

    def has_graph(self, graph: str) -> bool:
        return self._client.ask(f"ASK {{ GRAPH {term(graph)} {{ ?s ?p ?o }} }}")

    def existing(self, graphs: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks([term(g) for g in graphs]):
            rows = self._client.select(f"SELECT ?g WHERE {{ VALUES ?g {{ {' '.join(map(str, chunk))} }} "
                                       "FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            found |= {row["g"].value for row in rows}
        return found

    def is_current(self, graph: str, agent: str) -> bool:
        if self._current is None:  # one query for the whole run rather than one per article
            rows = self._client.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?e {COMPLETION} {term(agent)} }} }}")
            self._current = {row["g"].value for row in rows}
        return graph in self._current

    def graphs_from(self, paths: Iterable[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for chunk in _chunks([ox.Literal(p) for p in paths]):
            rows = self._client.select(f"SELECT ?path ?g WHERE {{ VALUES ?path {{ {' '.join(map(str, chunk))} }} "
                                       f"GRAPH ?g {{ ?a {SOURCE_PATH} ?path }} }}")
            for row in rows:
                if is_article_graph(row["g"]):
                    found.setdefault(row["path"].value, set()).add(row["g"].value)
        return found

    def descriptions(self, nodes: Iterable[tuple[ox.NamedNode, ox.NamedNode]]) -> Iterator[ox.Quad]:
        for chunk in _chunks(list(nodes)):
            pairs = " ".join(f"({node} {graph})" for node, graph in chunk)
            rows = self._client.select(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES (?s ?g) {{ {pairs} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            for row in rows:
                yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def incomplete_graphs(self) -> dict[str, str]:
        rows = self._client.select(f"""SELECT ?g (SAMPLE(?file) AS ?path) WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle
            OPTIONAL {{ ?a {SOURCE_PATH} ?file }} FILTER NOT EXISTS {{ ?e {COMPLETION} ?agent }} }} }} GROUP BY ?g""")
        return {row["g"].value: row["path"].value if row["path"] is not None else "" for row in rows
                if is_article_graph(row["g"])}


def _data(quad: ox.Quad) -> str:
    return f"GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }}"


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
