"""The SPARQL 1.1 Protocol and Graph Store Protocol as a client: the endpoints of the servers trichdan knows
(see ``remote``), requests with HTTP basic authentication, and results read alike from every server."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.client import HTTPResponse
from urllib.parse import urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from .sparql_text import with_prefixes
from .store import StoreError, prefixes

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_TSV = "text/tab-separated-values"
_NQUADS = "application/n-quads"
_FORM = "application/x-www-form-urlencoded"
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


class SparqlClient:
    """Requests to one server; ``location`` (the URL as given) names it in errors."""

    def __init__(self, url: str, update_url: str | None = None, graph_store_url: str | None = None,
                 read_only: bool = False):
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

    def request(self, url: str, data: bytes | None = None, content_type: str | None = None,
                accept: str | None = None, method: str = "POST", params: dict | None = None) -> HTTPResponse:
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

    def query(self, sparql: str, accept: str) -> HTTPResponse:
        """POST the query as a form (what every server takes), with the known prefixes declared."""
        body = urlencode({"query": with_prefixes(sparql, prefixes())}).encode()
        return self.request(self.endpoints.query, body, _FORM, accept, params=self.endpoints.union)

    def select(self, sparql: str):
        """The rows of a SELECT (variable name → term, None when unbound)."""
        with self.query(sparql, self._results) as response:
            data = response.read()
        if self._results == _TSV:
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
        return _json_results(data)

    def results(self, sparql: str):
        """The answer in the form the server chose: SELECT rows, an ASK boolean, or CONSTRUCT triples."""
        with self.query(sparql, f"{_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8") as response:
            media = response.headers.get_content_type()
            data = response.read()
        if media in (_JSON, "application/json"):
            return _json_results(data)
        if media == "application/sparql-results+xml":
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.XML)
        fmt = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.N_TRIPLES
        return [q.triple for q in ox.parse(data, format=fmt)]

    def ask(self, sparql: str) -> bool:
        with self.query(sparql, _JSON) as response:
            answer = _json_results(response.read())
        if isinstance(answer, bool):
            return answer
        row = next(iter(answer), None)  # Virtuoso answers ASK with one row holding 1 or 0
        return row is not None and any(v is not None and v.value not in ("0", "false") for v in row.values())

    def update(self, sparql: str) -> None:
        if self.endpoints.update is None or self.read_only:
            raise StoreError(f"{self.location}: no SPARQL Update URL for this server; give --update-url")
        body = urlencode({"update": with_prefixes(sparql, prefixes())}).encode()
        with self.request(self.endpoints.update, body, _FORM):
            pass

    def upload(self, data: bytes) -> None:
        """N-Quads in one request where the server takes them, else one Graph Store Protocol POST per graph."""
        if self.endpoints.quads is not None:
            with self.request(self.endpoints.quads, data, _NQUADS):
                return
        if self.endpoints.graph_store is None:
            raise StoreError(f"{self.location}: no Graph Store Protocol URL for this server; give --graph-store-url")
        graphs: dict[ox.NamedNode, list[ox.Triple]] = {}
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            graphs.setdefault(quad.graph_name, []).append(quad.triple)
        for graph, triples in graphs.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            with self.request(self.endpoints.graph_store, body, _NTRIPLES, params={"graph": graph.value}):
                pass


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
