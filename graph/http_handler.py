"""The HTTP side of the endpoint: a request handler that always answers, and careful reading of a POST body.

Every request gets an HTTP answer (with open CORS headers) or, when the client is gone, at most one log line;
a body is read only when its length is declared, valid and within ``max_body``; a refused body is drained
briefly so that closing does not reset the answer away.
"""

from __future__ import annotations

import re
import socket
import time
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import BinaryIO

from .query_workers import TEXT, Answer

_DIGITS = re.compile(r"[0-9]+")
_LINGER_SECONDS = 1.0
_CORS_HEADERS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                 "Access-Control-Allow-Headers": "Content-Type, Accept", "Vary": "Accept"}


class BadRequest(Exception):
    """A request the endpoint will not read further; carries the answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.answer = Answer(status, TEXT, f"{message}\n".encode())


class AnsweringHandler(BaseHTTPRequestHandler):
    """The standard request cycle, with every failure turned into an answer or one log line.

    The server provides ``client_timeout``, ``max_body`` and ``log(line)``.
    """

    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.timeout = self.server.client_timeout
        super().setup()

    def handle_one_request(self) -> None:
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
                declared_length(self.headers, self.server.max_body)
            except BadRequest as exc:
                self.close_connection = True
                self._send(exc.answer)
                return False
        return super().handle_expect_100()

    def _body(self) -> bytes | None:
        """The POST body; None after answering the refusal (and closing) when it is not read."""
        try:
            return read_body(self.rfile, declared_length(self.headers, self.server.max_body),
                             self.server.client_timeout)
        except BadRequest as exc:
            self.close_connection = True
            self._send(exc.answer)
            linger(self.connection, self.wfile)
            return None

    def _refuse_body(self) -> None:
        """Requests other than POST are answered without reading a body; one that has a body ends the connection."""
        if self.headers.get("Transfer-Encoding") or (self.headers.get("Content-Length") or "0").strip() != "0":
            self.close_connection = True

    def _send(self, answer: Answer, headers: dict[str, str] | None = None) -> None:
        self.answered = True
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.media)
        self.send_header("Content-Length", str(len(answer.body)))
        for name, value in {**_CORS_HEADERS, **(headers or {})}.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _try_send(self, answer: Answer) -> None:
        try:
            self._send(answer)
        except OSError:
            pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's errors (bad request line, headers too long, unknown method), as plain text."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # the default before a version was read: answer with a status line
            self.request_version = "HTTP/1.0"
        self._send(Answer(code, TEXT, f"{message or HTTPStatus(code).phrase}\n".encode("utf-8", "replace")))

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's signature
        self.server.log(f"{self.address_string()} - [{self.log_date_time_string()}] {format % args}")


def declared_length(headers: Message, max_body: int) -> int:
    """The Content-Length of a POST; BadRequest when it is missing, malformed, repeated or too large."""
    if headers.get("Transfer-Encoding"):
        raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length (chunked bodies are not accepted)")
    values = {v.strip() for v in headers.get_all("Content-Length") or []}
    if not values:
        raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header")
    if len(values) > 1 or not _DIGITS.fullmatch(next(iter(values))):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "bad Content-Length: expected one non-negative integer")
    length = int(next(iter(values)))
    if length > max_body:
        raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                         f"request body of {length} bytes refused: the limit is {max_body}")
    return length


def read_body(stream: BinaryIO, length: int, client_timeout: float) -> bytes:
    """``length`` bytes of body; BadRequest when they do not all arrive within ``client_timeout``."""
    try:
        body = stream.read(length)
    except TimeoutError:
        raise BadRequest(HTTPStatus.REQUEST_TIMEOUT,
                         f"request timed out: the body did not arrive within {client_timeout:g} s") from None
    if len(body) < length:
        raise BadRequest(HTTPStatus.BAD_REQUEST, f"incomplete body: {len(body)} of {length} bytes")
    return body


def linger(connection: socket.socket, output: BinaryIO) -> None:
    """After refusing an unread body, read on briefly so that closing does not reset the answer away."""
    try:
        output.flush()
        connection.shutdown(socket.SHUT_WR)
        connection.settimeout(_LINGER_SECONDS)
        deadline = time.monotonic() + _LINGER_SECONDS
        while time.monotonic() < deadline and connection.recv(1 << 16):
            pass
    except OSError:
        pass
