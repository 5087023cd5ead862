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
import re
import socket
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import SplitResult, parse_qs, urlsplit

from ..loaders.vocab import PREFIXES
from .query_workers import TEXT, Answer, Job, QueryWorkers, dataset
from .store import GraphStore

STATIC = {"/context.jsonld": ("trichdan.graph", "context.jsonld", "application/ld+json"),
          "/ontology.ttl": ("trichdan", "ontology.ttl", "text/turtle"),
          "/shapes.ttl": ("trichdan", "shapes.ttl", "text/turtle")}
DEFAULT_MAX_BODY = 1 << 20
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_DIGITS = re.compile(r"[0-9]+")
_NOT_FOUND = Answer(HTTPStatus.NOT_FOUND, TEXT, b"not found; the endpoint is /sparql, the search page /\n")
_CONTROL = {c: f"\\x{c:02x}" for c in [*range(32), *range(127, 160)]}
_LINGER_SECONDS = 1.0
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


class BadRequest(Exception):
    """A request the endpoint will not read further; carries the answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.answer = Answer(status, TEXT, f"{message}\n".encode())


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "trichdan-sparql"

    def setup(self) -> None:
        self.timeout = self.server.client_timeout
        super().setup()

    def handle_one_request(self) -> None:
        """The standard request cycle, with every failure turned into an answer or one log line."""
        self.answered = False
        try:
            super().handle_one_request()
        except ConnectionError:
            self.close_connection = True
        except Exception as exc:  # a bug must not kill the connection without an answer or flood the log
            self.close_connection = True
            request = f"{getattr(self, 'command', None)} {getattr(self, 'path', '')!r}"
            self.server.log(f"error: {request}: {type(exc).__name__}: {exc}")
            if not self.answered:
                self._try_send(Answer(HTTPStatus.INTERNAL_SERVER_ERROR, TEXT, b"internal error\n"))

    def version_string(self) -> str:
        """The Server header, without the Python version."""
        return self.server_version

    def _try_send(self, answer: Answer) -> None:
        try:
            self._send(answer)
        except OSError:
            pass

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

    def parse_request(self) -> bool:
        """The standard parsing, without HTTP/0.9 (whose answers have no status line)."""
        if not super().parse_request():
            return False
        if self.request_version == "HTTP/0.9":
            self.send_error(HTTPStatus.BAD_REQUEST, "HTTP/0.9 requests are not accepted")
            return False
        return True

    def handle_expect_100(self) -> bool:
        """Answer ``Expect: 100-continue`` with the refusal itself when the declared body will be refused."""
        if self.command == "POST":
            try:
                self._declared_length()
            except BadRequest as exc:
                self.close_connection = True
                self._send(exc.answer)
                return False
        return super().handle_expect_100()

    def do_POST(self) -> None:
        try:
            body = self._body()
        except BadRequest as exc:
            self.close_connection = True
            self._send(exc.answer)
            self._linger()
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

    def _body(self) -> bytes:
        """The request body, read only when its length is declared, valid and within bounds."""
        length = self._declared_length()
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            raise BadRequest(HTTPStatus.REQUEST_TIMEOUT,
                             f"request timed out: the body did not arrive within {self.server.client_timeout:g} s") from None
        if len(body) < length:
            raise BadRequest(HTTPStatus.BAD_REQUEST, f"incomplete body: {len(body)} of {length} bytes")
        return body

    def _declared_length(self) -> int:
        """The Content-Length of a POST; BadRequest when it is missing, malformed, repeated or too large."""
        if self.headers.get("Transfer-Encoding"):
            raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length (chunked bodies are not accepted)")
        values = {v.strip() for v in self.headers.get_all("Content-Length") or []}
        if not values:
            raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header")
        if len(values) > 1 or not _DIGITS.fullmatch(next(iter(values))):
            raise BadRequest(HTTPStatus.BAD_REQUEST, "bad Content-Length: expected one non-negative integer")
        length = int(next(iter(values)))
        if length > self.server.max_body:
            raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                             f"request body of {length} bytes refused: the limit is {self.server.max_body}")
        return length

    def _linger(self) -> None:
        """After refusing an unread body, read on briefly so that closing does not reset the answer away."""
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(_LINGER_SECONDS)
            deadline = time.monotonic() + _LINGER_SECONDS
            while time.monotonic() < deadline and self.connection.recv(1 << 16):
                pass
        except OSError:
            pass

    def _refuse_body(self) -> None:
        """Requests other than POST are answered without reading a body; one that has a body ends the connection."""
        if self.headers.get("Transfer-Encoding") or (self.headers.get("Content-Length") or "0").strip() != "0":
            self.close_connection = True

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

    def _send(self, answer: Answer, headers: dict[str, str] | None = None) -> None:
        self.answered = True
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.media)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Vary", "Accept")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's errors (bad request line, headers too long, unknown method), as plain text."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # the default before a version was read: answer with a status line
            self.request_version = "HTTP/1.0"
        self._send(Answer(code, TEXT, f"{message or HTTPStatus(code).phrase}\n".encode("utf-8", "replace")))

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's signature
        self.server.log(f"{self.address_string()} - [{self.log_date_time_string()}] {format % args}")


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
