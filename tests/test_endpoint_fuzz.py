"""Property test of the endpoint's request parsing over real HTTP: any request line, headers, declared
length and body get an HTTP answer, promptly, and nothing but one-line entries in the log."""

from __future__ import annotations

import threading

import pytest
from conftest import GOLD_SETS
from endpoint_helpers import Running, exchange, status_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings

TOKEN = st.text(st.characters(min_codepoint=33, max_codepoint=0x2FF, exclude_characters="\x7f"), min_size=1, max_size=12)
METHODS = st.sampled_from(["GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "get"]) | TOKEN
PATHS = st.sampled_from([
    "/sparql", "/sparql?query=ASK%20%7B%7D", "/sparql?query=SELECT", "/sparql?update=CLEAR%20ALL",
    "/sparql?query=ASK%7B%7D&default-graph-uri=%20bad", "/sparql?query=%FF%FE", "/ontology.ttl", "/context.jsonld",
    "/", "*", "//[x/sparql", "http://[::1/sparql", "/sparql?query=" + "%28" * 3000,
]) | TOKEN
VERSIONS = st.sampled_from(["HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.1.1", "HTTP/x", "", "http/1.1"])
LENGTHS = st.sampled_from(["-1", "abc", "", " 7 ", "1e3", "0x10", "99999999999999999999", "+5", "٣"]) | st.integers(0, 5000).map(str)
HEADER_VALUE = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_characters="\x7f"), max_size=40)
HEADERS = st.lists(st.tuples(
    st.sampled_from(["Content-Type", "Accept", "Transfer-Encoding", "Expect", "Connection", "Host", "Origin",
                     "Content-Length", "X-Any"]) | TOKEN,
    st.sampled_from(["application/sparql-query", "application/x-www-form-urlencoded", "application/sparql-update",
                     "chunked", "100-continue", "close", "keep-alive", "text/csv;q=0.5, */*;q=nan"]) | HEADER_VALUE),
    max_size=6)
BODIES = st.sampled_from([b"", b"ASK {}", b"query=ASK%20%7B%7D", b"query=SELECT%20*", b"update=CLEAR%20ALL",
                          b"SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"]) | st.binary(max_size=3000)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    db = Store(str(tmp_path_factory.mktemp("fuzz") / "store"))
    ingest(db, [str(GOLD_SETS[1] / "articles")], Settings(json=False, rdf=True), workers=1)
    uncaught: list = []
    previous, threading.excepthook = threading.excepthook, uncaught.append
    try:
        with Running(db, timeout=2.0, max_running=1, max_body=2048, client_timeout=1.0) as running:
            running.uncaught = uncaught
            yield running
            assert running.get("ASK {}")[0] == 200  # still serving after everything
    finally:
        threading.excepthook = previous


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(method=METHODS, path=PATHS, version=VERSIONS, headers=HEADERS, length=st.none() | LENGTHS,
       second_length=st.none() | LENGTHS, body=BODIES)
def test_any_request_gets_an_http_answer_and_no_traceback(endpoint, method, path, version, headers, length,
                                                          second_length, body):
    lines = [f"{method} {path} {version}".rstrip()]
    lines += [f"{name}: {value}" for name, value in headers]
    lines += [f"Content-Length: {value}" for value in (length, second_length) if value is not None]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    answer = exchange(endpoint.server.server_address[:2], head, body, timeout=15)
    assert status_of(answer) is not None, (head, answer[:200])
    assert not [line for line in endpoint.lines if "Traceback" in line or line.startswith("error:")], endpoint.lines[-3:]
    assert not endpoint.uncaught
