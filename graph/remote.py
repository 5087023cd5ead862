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
URL (``http://user:password@host/…``) are sent as HTTP basic authentication.

A write is marked by a quad in the graph ``td:writing`` from its start to its end; a write that finds the
mark repairs what an interrupted one left, and readers are told. Unlike the embedded store's lock, the mark
cannot tell a running ingest from an interrupted one: let one process write a server at a time.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from ..loaders.namespaces import RDFS, SDO, TD, term
from .sparql_text import bind, with_prefixes
from .store import TRICHDAN_GRAPHS, COMPLETION, SOURCE_PATH, GraphStore, StoreError, as_term, is_article_graph, prefixes

_MARK = term(f"{TD}writing")
_COMMENT = term(f"{RDFS}comment")
_JSON = "application/sparql-results+json"
_TSV = "text/tab-separated-values"
_NQUADS = "application/n-quads"
_NTRIPLES = "application/n-triples"
_FORM = "application/x-www-form-urlencoded"
_CHUNK = 200  # terms per VALUES block
_ARTICLE = f"<{SDO}NewsArticle>"
_GRAPHS = TRICHDAN_GRAPHS
_TIMEOUT = float(os.environ.get("TRICHDAN_HTTP_TIMEOUT", "600"))


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where to send queries, updates, graphs and N-Quads; ``union`` is the query parameter that makes the
    default graph the union of all graphs, for servers that need one."""

    kind: str
    query: str
    update: str | None
    graph_store: str | None
    quads: str | None
    union: dict[str, str]


def endpoints(url: str, update: str | None = None, graph_store: str | None = None) -> Endpoints:
    """The endpoints of the server whose query URL is ``url`` (``update``, ``graph_store``: given ones)."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    repository = re.fullmatch(r"(.*/repositories/[^/]+)", path)
    dataset = re.fullmatch(r"(.*)/(?:sparql|query)", path)
    if repository:
        kind, derived = "graphdb", (at(path + "/statements"), at(path + "/rdf-graphs/service"), at(path + "/statements"))
    elif path == "/sparql":
        kind, derived = "virtuoso", (url, at("/sparql-graph-crud"), None)
    elif path == "/query":
        kind, derived = "oxigraph", (at("/update"), at("/store"), at("/store"))
    elif dataset:
        base = dataset.group(1)
        kind, derived = "fuseki", (at(base + "/update"), at(base + "/data"), at(base))
    elif path == "":
        kind, derived = "qlever", (url, None, None)
    else:
        kind, derived = "sparql", (None, None, None)
    quads = derived[2] if graph_store is None or graph_store == derived[1] else None
    return Endpoints(kind, url, update or derived[0], graph_store or derived[1], quads,
                     {"union-default-graph": ""} if kind == "oxigraph" else {})


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server (see the module docstring)."""

    def __init__(self, url: str, *, read_only: bool = False, update_url: str | None = None,
                 graph_store_url: str | None = None):
        self.location = url
        self.read_only = read_only
        parts = urlsplit(url)
        self._auth = None
        if parts.username is not None:
            credentials = f"{parts.username}:{parts.password or ''}".encode()
            self._auth = "Basic " + base64.b64encode(credentials).decode()
            url = urlunsplit((parts.scheme, parts.hostname + (f":{parts.port}" if parts.port else ""), parts.path,
                              parts.query, parts.fragment))
        self.endpoints = endpoints(url, update_url, graph_store_url)
        self._results = _TSV if self.endpoints.kind == "oxigraph" else _JSON  # TSV is faster to read, JSON is read alike by all
        self._current: set[str] | None = None
        self.interrupted = self._ask(f"ASK {{ GRAPH {_MARK} {{ ?s ?p ?o }} }}")

    # -- HTTP ---------------------------------------------------------------------------------------
    def _request(self, url: str, data: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, method: str = "POST", params: dict | None = None):
        if params:
            url += ("&" if "?" in url else "?") + urlencode(params)
        request = urllib.request.Request(url, data=data, method=method)
        for name, value in (("Content-Type", content_type), ("Accept", accept), ("Authorization", self._auth)):
            if value:
                request.add_header(name, value)
        try:
            return urllib.request.urlopen(request, timeout=_TIMEOUT)
        except urllib.error.HTTPError as exc:
            body = exc.read(2000).decode("utf-8", "replace").strip()
            detail = next((line.strip() for line in body.splitlines() if line.strip()), exc.reason)
            raise StoreError(f"{self.location}: the server answered {exc.code} to a "
                             f"{'query' if url.startswith(self.endpoints.query) else 'change'}: {detail[:300]}") from exc
        except (urllib.error.URLError, socket.timeout, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{self.location}: cannot reach the SPARQL server ({getattr(reason, 'strerror', None) or reason})") from exc

    def _query(self, sparql: str, accept: str):
        """POST the query as a form (what every server takes), with the known prefixes declared."""
        body = urlencode({"query": with_prefixes(sparql, prefixes())}).encode()
        return self._request(self.endpoints.query, body, _FORM, accept, params=self.endpoints.union)

    def _select(self, sparql: str):
        with self._query(sparql, self._results) as response:
            data = response.read()
        if self._results == _TSV:
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
        return _json_results(data)

    def _ask(self, sparql: str) -> bool:
        with self._query(sparql, _JSON) as response:
            answer = _json_results(response.read())
        if isinstance(answer, bool):
            return answer
        row = next(iter(answer), None)  # Virtuoso answers ASK with one row holding 1 or 0
        return row is not None and any(v is not None and v.value not in ("0", "false") for v in row.values())

    def _update(self, sparql: str) -> None:
        if self.endpoints.update is None or self.read_only:
            raise StoreError(f"{self.location}: no SPARQL Update URL for this server; give --update-url")
        body = urlencode({"update": with_prefixes(sparql, prefixes())}).encode()
        with self._request(self.endpoints.update, body, _FORM):
            pass

    # -- reading ------------------------------------------------------------------------------------
    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        if isinstance(graph, ox.DefaultGraph) or any(isinstance(t, ox.BlankNode) for t in (subject, predicate, obj, graph)):
            return iter(())  # trichdan writes no default graph; a server's blank nodes have no name to ask by
        terms = {"s": subject, "p": predicate, "o": obj, "g": graph}
        pattern = " ".join(str(terms[v]) if terms[v] is not None else f"?{v}" for v in "spo")
        g = str(graph) if graph is not None else "?g"
        rows = self._select(f"SELECT * WHERE {{ GRAPH {g} {{ {pattern} }} }}")
        return (ox.Quad(*(terms[v] if terms[v] is not None else row[v] for v in "spog")) for row in rows)

    def query(self, sparql: str, substitutions: dict | None = None):
        values = {k: as_term(v) for k, v in (substitutions or {}).items() if v is not None}
        response = self._query(bind(sparql, values), f"{_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8")
        with response:
            media = response.headers.get_content_type()
            data = response.read()
        if media in (_JSON, "application/json"):
            return _json_results(data)
        if media == "application/sparql-results+xml":
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.XML)
        fmt = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.N_TRIPLES
        return [q.triple for q in ox.parse(data, format=fmt)]

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        """trichdan's graphs: the article graphs and the shared ones (a server may hold graphs of its own)."""
        rows = self._select(f"SELECT ?g WHERE {{ {_GRAPHS} }}")
        return (row["g"] for row in rows if isinstance(row["g"], ox.NamedNode))

    def quads(self) -> Iterator[ox.Quad]:
        rows = self._select(f"SELECT ?s ?p ?o ?g WHERE {{ {{ {_GRAPHS} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return (ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows)

    def __len__(self) -> int:
        rows = list(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ {_GRAPHS} }} GRAPH ?g {{ ?s ?p ?o }} }}"))
        return int(rows[0]["n"].value)

    def is_empty(self) -> bool:
        return not self._ask(f"ASK {{ GRAPH ?g {{ ?a a {_ARTICLE} }} }}")

    def has_graph(self, graph: str) -> bool:
        return self._ask(f"ASK {{ GRAPH {term(graph)} {{ ?s ?p ?o }} }}")

    def existing(self, graphs: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks([term(g) for g in graphs]):
            rows = self._select(f"SELECT ?g WHERE {{ VALUES ?g {{ {' '.join(map(str, chunk))} }} "
                                "FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            found |= {row["g"].value for row in rows}
        return found

    def is_current(self, graph: str, agent: str) -> bool:
        if self._current is None:  # one query for the whole run rather than one per article
            rows = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?e {COMPLETION} {term(agent)} }} }}")
            self._current = {row["g"].value for row in rows}
        return graph in self._current

    def graphs_from(self, paths: Iterable[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for chunk in _chunks([ox.Literal(p) for p in paths]):
            rows = self._select(f"SELECT ?path ?g WHERE {{ VALUES ?path {{ {' '.join(map(str, chunk))} }} "
                                f"GRAPH ?g {{ ?a {SOURCE_PATH} ?path }} }}")
            for row in rows:
                if is_article_graph(row["g"]):
                    found.setdefault(row["path"].value, set()).add(row["g"].value)
        return found

    def descriptions(self, nodes: Iterable[tuple[ox.NamedNode, ox.NamedNode]]) -> Iterator[ox.Quad]:
        for chunk in _chunks(list(nodes)):
            pairs = " ".join(f"({node} {graph})" for node, graph in chunk)
            rows = self._select(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES (?s ?g) {{ {pairs} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            for row in rows:
                yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def incomplete_graphs(self) -> dict[str, str]:
        rows = self._select(f"""SELECT ?g (SAMPLE(?file) AS ?path) WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle
            OPTIONAL {{ ?a {SOURCE_PATH} ?file }} FILTER NOT EXISTS {{ ?e {COMPLETION} ?agent }} }} }} GROUP BY ?g""")
        return {row["g"].value: row["path"].value if row["path"] is not None else "" for row in rows
                if is_article_graph(row["g"])}

    # -- writing ------------------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[bool]:
        interrupted = self._ask(f"ASK {{ GRAPH {_MARK} {{ ?s ?p ?o }} }}")
        note = ox.Literal(f"written by process {os.getpid()} on {socket.gethostname()} since "
                          f"{time.strftime('%Y-%m-%dT%H:%M:%S')}")
        self._update(f"INSERT DATA {{ GRAPH {_MARK} {{ {_MARK} {_COMMENT} {note} }} }}")
        yield interrupted
        self._update(f"DROP SILENT GRAPH {_MARK}")
        self.interrupted = False

    def load(self, chunks: Iterable[bytes]) -> None:
        data = b"".join(chunks)
        if not data.strip():
            return
        if self.endpoints.quads is not None:
            with self._request(self.endpoints.quads, data, _NQUADS):
                return
        if self.endpoints.graph_store is None:
            raise StoreError(f"{self.location}: no Graph Store Protocol URL for this server; give --graph-store-url")
        graphs: dict[ox.NamedNode, list[ox.Triple]] = {}
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            graphs.setdefault(quad.graph_name, []).append(quad.triple)
        for graph, triples in graphs.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            with self._request(self.endpoints.graph_store, body, _NTRIPLES, params={"graph": graph.value}):
                pass

    def insert(self, quads: Iterable[ox.Quad]) -> None:
        for chunk in _chunks(list(quads), 2000):
            self._update("INSERT DATA { " + " ".join(_data(q) for q in chunk) + " }")

    def delete(self, quads: Iterable[ox.Quad]) -> None:
        for chunk in _chunks(list(quads), 2000):
            self._update("DELETE DATA { " + " ".join(_data(q) for q in chunk) + " }")

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        for chunk in _chunks(list(graphs)):
            self._update(" ; ".join(f"DROP SILENT GRAPH {term(g)}" for g in chunk))

    def update(self, sparql: str) -> None:
        self._update(sparql)


class Solutions:
    """SELECT results read from a server: ``variables`` and rows (variable name → term, None when unbound)."""

    def __init__(self, variables: list[str], rows: list[dict]):
        self.variables = [ox.Variable(v) for v in variables]
        self._rows = rows

    def __iter__(self) -> Iterator[dict]:
        return iter(self._rows)


def _json_results(data: bytes) -> Solutions | bool:
    """SPARQL JSON results, as servers write them: Virtuoso's "typed-literal" and "nodeID://" blank nodes too."""
    document = json.loads(data)
    if "boolean" in document:
        return bool(document["boolean"])
    variables = document["head"].get("vars", [])
    rows = [{v: _term(binding.get(v)) for v in variables} for binding in document["results"]["bindings"]]
    return Solutions(variables, rows)


def _term(value: dict | None):
    if value is None:
        return None
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return ox.NamedNode(text)
    if kind == "bnode":
        return ox.BlankNode(hashlib.blake2b(text.encode(), digest_size=16).hexdigest())
    if "xml:lang" in value:
        return ox.Literal(text, language=value["xml:lang"])
    return ox.Literal(text, datatype=ox.NamedNode(value["datatype"])) if "datatype" in value else ox.Literal(text)


def _data(quad: ox.Quad) -> str:
    return f"GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }}"


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
