"""Issue 11's endpoint cases over real HTTP on loopback; each failed on the old hand-written server.

1. SERVICE clauses made the endpoint call any address (SSRF) and copied the reply into errors.
2. A runaway query kept its evaluation slot (and growing memory) after its 503, for good.
5. ``Content-Length: -1`` was read until EOF; ``abc`` gave a traceback and no answer.
   A burst of clients overflowed the standard library's listen backlog of 5.
9. ``trichdan query`` with an unreachable SERVICE gave a traceback.
"""

from __future__ import annotations

import ctypes.util
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.parse

import pytest
from conftest import CLI, GOLD_SETS
from endpoint_helpers import RemoteService, Running, exchange, request, status_of

from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("trust") / "store"
    db = Store(str(path))
    ingest(db, [str(GOLD_SETS[0] / "articles")], Settings(json=False, rdf=True), workers=1)
    del db
    return Store(str(path), read_only=True)


@pytest.fixture(scope="module")
def endpoint(store):
    with Running(store, timeout=5.0, max_running=2) as running:
        yield running


def _one_line(body: bytes) -> str:
    text = body.decode()
    assert text.endswith("\n") and text.count("\n") == 1, text
    return text.strip()


# 1. SERVICE ------------------------------------------------------------------------------------

def test_service_is_refused_and_never_called(endpoint):
    with RemoteService() as remote:
        for query in (f"SELECT * WHERE {{ SERVICE <{remote.iri('ok')}> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ SERVICE <{remote.iri('fail')}> {{ ?s ?p ?o }} }}",
                      f"select * where {{ service silent<{remote.iri('ok')}>{{?s ?p ?o}} }}",
                      f"PREFIX r: <{remote.iri('')}> ASK {{ FILTER EXISTS {{ SERVICE r:ok {{ ?s ?p ?o }} }} }}",
                      f"SELECT * WHERE {{ VALUES ?x {{ <{remote.iri('ok')}> }} SERVICE ?x {{ ?s ?p ?o }} }}"):
            status, _, body = endpoint.get(query)
            assert status == 400, (query, body)
            line = _one_line(body)
            assert "SERVICE" in line and "--allow-service" in line and "SECRET" not in line
            form = urllib.parse.urlencode({"query": query}).encode()
            assert request(endpoint.url, form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
        assert remote.calls == []
    assert endpoint.get('SELECT * WHERE { ?s ?p "service" } LIMIT 1')[0] == 200  # the word alone is fine


def test_allowed_service_hosts_only_and_no_upstream_body_in_errors(store):
    with RemoteService() as remote, Running(store, allow_service=frozenset({"127.0.0.1"}), max_running=1) as endpoint:
        status, _, body = endpoint.get(f"SELECT ?s WHERE {{ SERVICE <{remote.iri('ok')}> {{ ?s ?p ?o }} }}")
        assert status == 200 and b"SECRET-ROW" in body and remote.calls == ["/ok"]
        status, _, body = endpoint.get(f"SELECT ?s WHERE {{ SERVICE <{remote.iri('fail')}> {{ ?s ?p ?o }} }}")
        assert status == 500 and b"SECRET" not in body, body
        _one_line(body)
        status, _, body = endpoint.get(f"SELECT * WHERE {{ SERVICE <{remote.iri('ok', 'localhost')}> {{ ?s ?p ?o }} }}")
        assert status == 400 and b"127.0.0.1" in body
        assert remote.calls == ["/ok", "/fail"]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not ctypes.util.find_library("seccomp"),
                    reason="needs Linux and libseccomp (Debian's libseccomp2)")
def test_query_processes_cannot_connect_even_past_the_check():
    with RemoteService() as remote:
        script = textwrap.dedent(f"""
            import pyoxigraph as ox
            from trichdan.graph.confine import deny_connections
            assert deny_connections()
            try:
                list(ox.Store().query("SELECT * WHERE {{ SERVICE <{remote.iri('ok')}> {{ ?s ?p ?o }} }}"))
            except OSError as exc:
                print("refused:", exc)
            """)
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0 and run.stdout.startswith("refused:"), run.stdout + run.stderr
        assert remote.calls == []


# 2. Runaway queries ----------------------------------------------------------------------------

def test_runaway_queries_are_killed_and_later_queries_answered(store):
    with Running(store, timeout=1.0, max_running=2) as endpoint:
        before = set(endpoint.server.workers.pids())
        answers = {}
        threads = [threading.Thread(target=lambda i=i: answers.__setitem__(i, endpoint.get(CARTESIAN_COUNT)))
                   for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert [answers[i][0] for i in range(2)] == [503, 503]
        assert b"timed out" in answers[0][2]
        for pid in before:  # the processes that ran them are gone, and their memory with them
            assert not _alive(pid), pid
        for _ in range(3):  # every slot came back
            status, _, body = endpoint.get(COUNT)
            assert status == 200, body
        assert endpoint.get(CARTESIAN_ROWS)[0] == 503  # one that streams rows
        assert endpoint.get(COUNT)[0] == 200
        deadline = time.monotonic() + 30
        while len(endpoint.server.workers.pids()) < 2 and time.monotonic() < deadline:  # the replacement starting
            time.sleep(0.05)
        assert len(endpoint.server.workers.pids()) == 2


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return "zombie" not in handle.read()
    except FileNotFoundError:
        return False


# 5. Request bodies and the backlog -------------------------------------------------------------

def _post_head(length: bytes | None, extra: bytes = b"") -> bytes:
    return (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n" + extra
            + (b"Content-Length: " + length + b"\r\n" if length is not None else b"") + b"\r\n")


@pytest.mark.parametrize("length,extra,status", [
    (b"-1", b"", 400), (b"abc", b"", 400), (b"1e3", b"", 400), (b" ", b"", 400),
    (None, b"", 411), (None, b"Transfer-Encoding: chunked\r\n", 411),
    (b"5000000", b"", 413), (b"10", b"Content-Length: 11\r\n", 400),
])
def test_bad_content_length(endpoint, length, extra, status):
    # The socket stays open for writing: a server that reads to EOF, or hangs, never answers.
    answer = exchange(endpoint.server.server_address[:2], _post_head(length, extra), b"ASK {}" + b" " * 4000,
                      timeout=5, half_close=False)
    assert status_of(answer) == status, answer[:200]
    assert b"Traceback" not in answer


def test_declared_length_is_read_and_bounded(store):
    with Running(store, max_body=1000, max_running=1) as endpoint:
        body = COUNT.encode()
        answer = exchange(endpoint.server.server_address[:2], _post_head(str(len(body)).encode()), body)
        assert status_of(answer) == 200
        status, _, reply = request(endpoint.url, b"ASK {}" + b" " * 2000, {"Content-Type": "application/sparql-query"})
        assert status == 413 and b"limit is 1000" in reply
        answer = exchange(endpoint.server.server_address[:2], _post_head(b"100"), b"ASK {}")  # then EOF
        assert status_of(answer) == 400 and b"incomplete" in answer
        assert not [line for line in endpoint.lines if "Traceback" in line or "error:" in line]


def test_a_stalled_client_is_answered_408_and_disconnected(store):
    with Running(store, client_timeout=1.0, max_running=1) as endpoint:
        answer = exchange(endpoint.server.server_address[:2], _post_head(b"100"), b"ASK {", timeout=20, half_close=False)
        assert status_of(answer) == 408


def test_backlog_holds_a_burst_of_64_clients(store):
    """64 clients connect while the server is not yet accepting: the listen backlog must hold all of them."""
    with Running(store, serve=False, max_running=2) as endpoint:
        address = endpoint.server.server_address[:2]
        target = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
        barrier, connected, answers = threading.Barrier(64), [], []

        def client() -> None:
            barrier.wait()
            try:
                conn = socket.create_connection(address, timeout=3)
            except OSError:
                return
            connected.append(conn)
            conn.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())

        threads = [threading.Thread(target=client) for _ in range(64)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(connected) == 64
        endpoint.start()
        try:
            for conn in connected:
                conn.settimeout(30)
                answers.append(status_of(conn.recv(1 << 16)))
                conn.close()
        finally:
            endpoint.server.shutdown()
        assert answers == [200] * 64


# 9. SERVICE in `trichdan query` ----------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "400"})


def test_query_refuses_service_in_one_line(store):
    with RemoteService() as remote:
        run = _cli("query", f"SELECT * WHERE {{ SERVICE <{remote.iri('ok')}> {{ ?s ?p ?o }} }}", "--store", store.path)
        assert run.returncode == 2 and run.stdout == "", run.stderr
        assert run.stderr.count("\n") == 1 and "SERVICE" in run.stderr and "--allow-service" in run.stderr
        assert remote.calls == []


def test_query_unreachable_or_failing_service_is_one_line(store):
    unreachable = f"http://127.0.0.1:{_free_port()}/sparql"
    run = _cli("query", f"SELECT * WHERE {{ SERVICE <{unreachable}> {{ ?s ?p ?o }} }}", "--store", store.path,
               "--allow-service", "127.0.0.1")
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert "query failed" in run.stderr
    with RemoteService() as remote:
        run = _cli("query", f"SELECT * WHERE {{ SERVICE <{remote.iri('fail')}> {{ ?s ?p ?o }} }}", "--store", store.path,
                   "--allow-service", "127.0.0.1")
        assert run.returncode == 2 and run.stderr.count("\n") == 1 and "SECRET" not in run.stderr, run.stderr
        run = _cli("query", f"SELECT ?s WHERE {{ SERVICE <{remote.iri('ok')}> {{ ?s ?p ?o }} }}", "--store", store.path,
                   "--allow-service", "127.0.0.1", "--format", "csv")
        assert run.returncode == 0 and "SECRET-ROW" in run.stdout, run.stderr


def test_serve_states_what_it_refuses(store):
    """The real console script: one line saying SERVICE is refused, then it answers and stops on SIGINT."""
    port = _free_port()
    # Ctrl-C as a terminal sends it: SIGINT handled by default even when the suite itself runs as a background
    # job of a non-interactive shell, whose children start with SIGINT ignored
    server = subprocess.Popen([CLI, "serve", "--store", store.path, "--port", str(port), "--timeout", "2"],
                              stderr=subprocess.PIPE, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = server.stderr.readline()
        assert "SERVICE refused" in line, line
        status, _, _ = request(f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))
        assert status == 200
    finally:
        server.send_signal(signal.SIGINT)
        rest = server.communicate(timeout=30)[1]
    assert "Traceback" not in rest and server.returncode == 0, rest
    bad = _cli("serve", "--store", store.path, "--allow-service", "http://x/")
    assert bad.returncode == 2 and "--allow-service" in bad.stderr

