"""A read-only SPARQL 1.1 Protocol endpoint over the store (standard library HTTP server + Oxigraph).

``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or an ``application/sparql-query``
body. Results are negotiated from ``Accept``: SPARQL JSON (default), XML, CSV, TSV for SELECT/ASK;
Turtle (default), N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE. The default graph is the union
of all article graphs unless ``default-graph-uri`` is given. Updates are refused (405); CORS is open
so YASGUI in a browser can query it. ``GET /sparql`` without a query returns a service description;
``/context.jsonld``, ``/ontology.ttl`` and ``/shapes.ttl`` serve the published files. ``GET /`` is a search
page whose answer is the page of the document found (``search_page``), made in the request's thread, at most
``max_pages`` at a time (others wait up to the timeout, then get 503), with a Content-Security-Policy that
lets no request leave the page.

What it refuses, so that a hostile page or client cannot misuse it:

* SERVICE clauses (400), unless ``allow_service`` names the hosts they may call (``service_check``);
* queries past their deadline: 503, and the process evaluating the query is killed (``query_workers``);
* request bodies over ``max_body`` bytes (413), a bad, negative or repeated Content-Length (400), a POST
  without one (411); a client that stalls for ``client_timeout`` seconds is disconnected.

The listen backlog holds bursts of ``request_queue_size`` connections. Every request gets an HTTP
answer and at most one log line; no traceback reaches the log.
"""

from __future__ import annotations

import os
import sys
import threading
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from importlib import resources
from urllib.parse import SplitResult, parse_qs, urlsplit

from ..loaders.vocab import PREFIXES
from .http_handler import AnsweringHandler
from .query_workers import TEXT, Answer, Job, QueryWorkers, dataset
from .store import GraphStore

STATIC = {"/context.jsonld": ("trichdan.graph", "context.jsonld", "application/ld+json"),
          "/ontology.ttl": ("trichdan", "ontology.ttl", "text/turtle"),
          "/shapes.ttl": ("trichdan", "shapes.ttl", "text/turtle")}
DEFAULT_MAX_BODY = 1 << 20
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_NOT_FOUND = Answer(HTTPStatus.NOT_FOUND, TEXT, b"not found; the endpoint is /sparql, the search page /\n")
_CONTROL = {c: f"\\x{c:02x}" for c in [*range(32), *range(127, 160)]}
_HTML = "text/html; charset=utf-8"
_PAGE_HEADERS = {  # the pages are self-contained: inline scripts and styles, no other request but the form
    "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                               "img-src data: blob:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


class SparqlServer(ThreadingHTTPServer):
    """The endpoint: ``serve_forever()`` to run, ``shutdown()`` then ``server_close()`` to stop."""

    daemon_threads = True
    request_queue_size = 128  # the listen backlog; the standard library's 5 drops bursts of clients

    def __init__(self, store: GraphStore, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
                 max_running: int | None = None, quiet: bool = False, allow_service: frozenset[str] = frozenset(),
                 max_body: int = DEFAULT_MAX_BODY, client_timeout: float = 30.0, max_pages: int = 2):
        super().__init__((host, port), _Handler)
        self.store = store
        self.timeout_seconds = timeout
        self.quiet = quiet
        self.allow_service = frozenset(allow_service)
        self.max_body = max_body
        self.client_timeout = client_timeout
        self._pages = threading.BoundedSemaphore(max_pages)
        self._lookup_lock = threading.Lock()
        self._lookup = None
        try:
            self.workers = QueryWorkers(store.path, max_running or os.cpu_count() or 2,
                                        {p: str(ns) for p, ns in PREFIXES.items()}, self.allow_service)
        except BaseException:
            super().server_close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def page(self, params: dict[str, list[str]]) -> tuple[Answer, dict[str, str]]:
        """The search page's answer to ``GET /?…`` (503 when ``max_pages`` are being made past the timeout)."""
        if not self._pages.acquire(timeout=self.timeout_seconds):
            return Answer(HTTPStatus.SERVICE_UNAVAILABLE, TEXT, b"busy: too many pages are being made; try again\n"), {}
        try:
            from .search_page import answer
            found = answer(self.lookup(), params)
        finally:
            self._pages.release()
        return Answer(found.status, _HTML, found.html.encode("utf-8")), _PAGE_HEADERS

    def lookup(self):
        """The store's lookup, made on first use and kept: the store is read-only, so its names never change."""
        with self._lookup_lock:
            if self._lookup is None:
                from ..loaders.authority import Authority
                from .lookup import Lookup
                self._lookup = Lookup(self.store, Authority.load())
            return self._lookup

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()

    def handle_error(self, request, client_address) -> None:
        """One line instead of the standard library's traceback (the handler catches nearly everything)."""
        kind, exc = sys.exc_info()[:2]
        self.log(f"error: request from {client_address[0]}: {kind.__name__ if kind else 'error'}: {exc}")

    def log(self, line: str) -> None:
        """One line on stderr (control characters escaped), unless quiet."""
        if not self.quiet:
            sys.stderr.write(line.translate(_CONTROL) + "\n")


class _Handler(AnsweringHandler):
    """The routes: the SPARQL endpoint, the search page, the published files."""

    server: SparqlServer
    server_version = "trichdan-sparql"

    def do_OPTIONS(self) -> None:
        self._refuse_body()
        self._send(Answer(HTTPStatus.NO_CONTENT, TEXT, b""))

    def do_GET(self) -> None:
        self._refuse_body()
        url = self._url()
        if url is None:
            return
        if url.path in STATIC:
            package, name, media = STATIC[url.path]
            self._send(Answer(HTTPStatus.OK, media + "; charset=utf-8", resources.files(package).joinpath(name).read_bytes()))
        elif url.path == "/":
            self._send(*self.server.page(parse_qs(url.query)))
        elif url.path == "/sparql":
            params = parse_qs(url.query)
            if "update" in params:
                self._refuse_update()
            elif "query" in params:
                self._query(params["query"][0], params)
            else:
                self._send(Answer(HTTPStatus.OK, "text/turtle; charset=utf-8", _description(self.server.url)))
        else:
            self._send(_NOT_FOUND)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        body = self._body()
        if body is None:
            return
        url = self._url()
        if url is None:
            return
        if url.path != "/sparql":
            self._send(_NOT_FOUND)
            return
        text = body.decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == _FORM:
            params.update(parse_qs(text))
        if media == "application/sparql-update" or "update" in params:
            self._refuse_update()
        elif media == _QUERY:
            self._query(text, params)
        elif media == _FORM and "query" in params:
            self._query(params["query"][0], params)
        else:
            self._send(Answer(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, TEXT,
                              f"send a form with query=... or an {_QUERY} body\n".encode()))

    def _url(self) -> SplitResult | None:
        """The request target split into parts; None after answering 400 when it cannot be."""
        try:
            return urlsplit(self.path)
        except ValueError as exc:
            self._send(Answer(HTTPStatus.BAD_REQUEST, TEXT, f"bad request target: {exc}\n".encode()))
            return None

    def _refuse_update(self) -> None:
        self._send(Answer(HTTPStatus.METHOD_NOT_ALLOWED, TEXT, b"read-only endpoint: SPARQL updates are refused\n"),
                   {"Allow": "GET, POST, OPTIONS"})

    def _query(self, query: str, params: dict[str, list[str]]) -> None:
        job = Job(query, self.headers.get("Accept"), tuple(params.get("default-graph-uri", ())),
                  tuple(params.get("named-graph-uri", ())), self.server.timeout_seconds)
        try:
            dataset(job)
        except ValueError as exc:
            self._send(Answer(HTTPStatus.BAD_REQUEST, TEXT, f"bad graph IRI: {exc}\n".encode()))
            return
        self._send(self.server.workers.run(job, wait=self.server.timeout_seconds))


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
