"""Helpers for the endpoint tests: a SparqlServer in a thread, raw HTTP exchanges, a stand-in remote service."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from trichdan.graph.server import SparqlServer
from trichdan.graph.store import Store


class Running:
    """A SparqlServer on 127.0.0.1 and an ephemeral port, served from a thread during a with block.

    Its log lines are collected in ``lines`` instead of going to stderr.
    """

    def __init__(self, store: Store, serve: bool = True, **options):
        options.setdefault("timeout", 5.0)
        options.setdefault("quiet", True)
        self.server = SparqlServer(store, "127.0.0.1", 0, **options)
        self.lines: list[str] = []
        self.server.quiet = False
        self.server.log = self.lines.append
        self.serve = serve

    def start(self) -> None:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def __enter__(self) -> Running:
        if self.serve:
            self.start()
        return self

    def __exit__(self, *_) -> None:
        if self.serve:
            self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        return self.server.url

    def get(self, query: str, accept: str | None = None, timeout: float = 30):
        url = self.url + "?" + urllib.parse.urlencode({"query": query})
        return request(url, headers={"Accept": accept} if accept else {}, timeout=timeout)


def request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
            timeout: float = 30):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def exchange(address: tuple[str, int], head: bytes, body: bytes = b"", timeout: float = 10.0,
             half_close: bool = True) -> bytes:
    """Send raw bytes, optionally half-close, and read until the server closes or ``timeout`` passes."""
    with socket.create_connection(address, timeout=timeout) as conn:
        try:
            conn.sendall(head + body)
            if half_close:
                conn.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer and close before reading everything
        received = b""
        try:
            while chunk := conn.recv(1 << 16):
                received += chunk
        except (ConnectionResetError, TimeoutError):
            pass
        return received


def status_of(answer: bytes) -> int | None:
    """The status code of the first HTTP response in ``answer`` (None when there is none)."""
    parts = answer.split(b"\r\n", 1)[0].split(b" ")
    if len(parts) >= 2 and parts[0].startswith(b"HTTP/1.") and parts[1].isdigit() and len(parts[1]) == 3:
        return int(parts[1])
    return None


class RemoteService:
    """A stand-in for a remote SPARQL service on loopback that records every call.

    ``/ok`` answers one row (?s = SECRET-ROW); any other path answers 500 with the body SECRET-BODY.
    """

    def __init__(self):
        self.calls: list[str] = []
        calls = self.calls

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self._answer()

            def do_POST(self):
                self._answer()

            def _answer(self):
                calls.append(self.path)
                if self.path.startswith("/ok"):
                    rows = {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "literal", "value": "SECRET-ROW"}}]}}
                    status, media, body = 200, "application/sparql-results+json", json.dumps(rows).encode()
                else:
                    status, media, body = 500, "text/plain", b"SECRET-BODY of an internal service"
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]

    def __enter__(self) -> RemoteService:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_) -> None:
        self.server.shutdown()
        self.server.server_close()

    def iri(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/{path}"
