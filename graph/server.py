"""A read-only SPARQL 1.1 Protocol endpoint over the store (standard library HTTP server + Oxigraph).

``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or an ``application/sparql-query``
body. Results are negotiated from ``Accept``: SPARQL JSON (default), XML, CSV, TSV for SELECT/ASK;
Turtle (default), N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE. The default graph is the union
of all article graphs unless ``default-graph-uri`` is given. Updates are refused (405); CORS is open
so YASGUI in a browser can query it. ``GET /sparql`` without a query returns a service description;
``/context.jsonld``, ``/ontology.ttl`` and ``/shapes.ttl`` serve the published files.

Each query runs in a worker thread and is serialised into a buffer that checks a deadline on every
write, so a query that streams results stops at the deadline; one that computes for a long time
before its first result (a big aggregate or sort) gets its 503 at the deadline but finishes in the
background, holding one of ``max_running`` evaluation slots until then.
"""

from __future__ import annotations

import io
import os
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from ..loaders.vocab import PREFIXES
from .store import Store

SELECT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
STATIC = {"/context.jsonld": ("trichdan.graph", "context.jsonld", "application/ld+json"),
          "/ontology.ttl": ("trichdan", "ontology.ttl", "text/turtle"),
          "/shapes.ttl": ("trichdan", "shapes.ttl", "text/turtle")}
_FORM = "application/x-www-form-urlencoded"
_MAX_BODY = 1 << 20


class QueryTimeout(Exception):
    """The query went past its deadline."""


class SparqlServer(ThreadingHTTPServer):
    """The endpoint: ``serve_forever()`` to run, ``shutdown()`` to stop."""

    daemon_threads = True

    def __init__(self, store: Store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
                 max_running: int | None = None, quiet: bool = False):
        super().__init__((host, port), _Handler)
        self.store = store
        self.timeout_seconds = timeout
        self.slots = threading.BoundedSemaphore(max_running or os.cpu_count() or 4)
        self.quiet = quiet

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def negotiate(accept: str | None, offers: dict) -> str | None:
    """The offered media type that best matches an ``Accept`` header (the first offer for none or */*)."""
    ranges = []
    for position, item in enumerate((accept or "*/*").split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = next((_float(p[2:]) for p in params if p.startswith("q=")), 1.0)
        if media and q > 0:
            ranges.append((-q, position, media.lower()))
    for _, _, media in sorted(ranges):
        if media == "*/*":
            return next(iter(offers))
        if media.endswith("/*"):
            found = next((o for o in offers if o.startswith(media[:-1])), None)
            if found:
                return found
        elif media in offers:
            return media
    return None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


class _DeadlineBuffer(io.RawIOBase):
    """Collects serialised bytes; raises QueryTimeout on a write past the deadline or after cancel()."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.cancelled = threading.Event()
        self.chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.cancelled.is_set() or time.monotonic() > self.deadline:
            raise QueryTimeout
        self.chunks.append(bytes(data))
        return len(data)


class _Job:
    """One query evaluation in a worker thread; ``outcome`` is (status, media type, body)."""

    def __init__(self, server: SparqlServer, query: str, accept: str | None, dataset: dict):
        self.server, self.query, self.accept, self.dataset = server, query, accept, dataset
        self.buffer = _DeadlineBuffer(time.monotonic() + server.timeout_seconds)
        self.outcome: tuple[int, str, bytes] = (HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", b"query timed out\n")

    def run(self) -> None:
        try:
            self.outcome = self._evaluate()
        except QueryTimeout:
            pass
        except SyntaxError as exc:
            self.outcome = (HTTPStatus.BAD_REQUEST, "text/plain", f"SPARQL syntax error: {exc}\n".encode())
        except Exception as exc:  # report any evaluation failure to the client, keep serving
            self.outcome = (HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", f"{type(exc).__name__}: {exc}\n".encode())
        finally:
            self.server.slots.release()

    def _evaluate(self) -> tuple[int, str, bytes]:
        result = self.server.store.db.query(self.query, prefixes={p: str(ns) for p, ns in PREFIXES.items()},
                                            **self.dataset)
        offers = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else SELECT_TYPES
        media = negotiate(self.accept, offers)
        if media is None:
            return HTTPStatus.NOT_ACCEPTABLE, "text/plain", f"acceptable: {', '.join(offers)}\n".encode()
        result.serialize(self.buffer, offers[media])
        return HTTPStatus.OK, media + "; charset=utf-8", b"".join(self.buffer.chunks)


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "trichdan-sparql"

    def do_OPTIONS(self) -> None:
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in STATIC:
            package, name, media = STATIC[url.path]
            self._send(HTTPStatus.OK, media + "; charset=utf-8", resources.files(package).joinpath(name).read_bytes())
        elif url.path == "/sparql":
            params = parse_qs(url.query)
            if "update" in params:
                self._refuse_update()
            elif "query" in params:
                self._query(params["query"][0], params)
            else:
                self._send(HTTPStatus.OK, "text/turtle; charset=utf-8", _description(self.server.url))
        else:
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found; the endpoint is /sparql\n")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found; the endpoint is /sparql\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"request too large\n")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == _FORM:
            params.update(parse_qs(body))
        if media == "application/sparql-update" or "update" in params:
            self._refuse_update()
        elif media == "application/sparql-query":
            self._query(body, params)
        elif media == _FORM and "query" in params:
            self._query(params["query"][0], params)
        else:
            self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain",
                       b"send a form with query=... or an application/sparql-query body\n")

    def _refuse_update(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain", b"read-only endpoint: SPARQL updates are refused\n",
                   {"Allow": "GET, POST, OPTIONS"})

    def _query(self, query: str, params: dict[str, list[str]]) -> None:
        try:
            dataset = _dataset(params)
        except ValueError as exc:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"bad graph IRI: {exc}\n".encode())
            return
        if not self.server.slots.acquire(timeout=self.server.timeout_seconds):
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", b"too many queries running\n")
            return
        job = _Job(self.server, query, self.headers.get("Accept"), dataset)
        worker = threading.Thread(target=job.run, daemon=True, name="sparql-query")
        worker.start()
        worker.join(self.server.timeout_seconds)
        if worker.is_alive():
            job.buffer.cancelled.set()
        status, media, body = job.outcome
        self._send(status, media, body)

    def _send(self, status: int, media: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Vary", "Accept")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's signature
        if not self.server.quiet:
            super().log_message(format, *args)


def _dataset(params: dict[str, list[str]]) -> dict:
    """Query keyword arguments for the protocol's default-graph-uri and named-graph-uri."""
    dataset: dict = {"use_default_graph_as_union": True}
    if params.get("default-graph-uri"):
        dataset = {"default_graph": [ox.NamedNode(g) for g in params["default-graph-uri"]]}
    if params.get("named-graph-uri"):
        dataset["named_graphs"] = [ox.NamedNode(g) for g in params["named-graph-uri"]]
    return dataset


def _description(endpoint: str) -> bytes:
    """A SPARQL 1.1 Service Description of the endpoint."""
    formats = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
               "Turtle", "N-Triples", "RDF_XML", "JSON-LD"]
    return (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        f"[] a sd:Service ;\n  sd:endpoint <{endpoint}> ;\n  sd:supportedLanguage sd:SPARQL11Query ;\n"
        "  sd:feature sd:UnionDefaultGraph ;\n"
        f"  sd:resultFormat {', '.join(f'<http://www.w3.org/ns/formats/{f}>' for f in formats)} .\n"
    ).encode("utf-8")
