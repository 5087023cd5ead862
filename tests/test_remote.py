"""The store on a SPARQL 1.1 server: ingest, cites, query, stats, view, export and validate through the
command line give the same answers as the embedded store, on the examples (and the seed articles when
../shared is there). Real servers run on loopback: the Oxigraph server always (the ``oxigraph`` package of
the test extra), Virtuoso when its Debian package is installed (.ci/run installs it when it can)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import CLI, EXAMPLES, HAS_SHARED, SHARED, canonical_quads

from trichdan.graph.sparql_client import endpoints

OXIGRAPH = str(Path(sys.executable).with_name("oxigraph"))
NUMBERS = {"http://www.w3.org/2001/XMLSchema#nonNegativeInteger", "http://www.w3.org/2001/XMLSchema#integer"}


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600, **kwargs)


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    data = b"query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.returncode}")
        try:
            urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


def _oxigraph(folder: Path):
    port = _port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    return process, url


def _virtuoso(folder: Path):
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        pytest.skip("Virtuoso is not installed (Debian package virtuoso-opensource-7-bin)")
    sql, http = _port(), _port()
    (folder / "virtuoso.ini").write_text(textwrap.dedent(f"""\
        [Database]
        DatabaseFile = {folder}/virtuoso.db
        ErrorLogFile = {folder}/virtuoso.log
        LockFile = {folder}/virtuoso.lck
        TransactionFile = {folder}/virtuoso.trx
        xa_persistent_file = {folder}/virtuoso.pxa
        Striping = 0
        TempStorage = TempDatabase
        [TempDatabase]
        DatabaseFile = {folder}/virtuoso-temp.db
        TransactionFile = {folder}/virtuoso-temp.trx
        Striping = 0
        [Parameters]
        ServerPort = 127.0.0.1:{sql}
        NumberOfBuffers = 10000
        MaxDirtyBuffers = 6000
        DirsAllowed = ., {folder}
        [HTTPServer]
        ServerPort = 127.0.0.1:{http}
        MaxClientConnections = 4
        ServerThreads = 4
        [SPARQL]
        ResultSetMaxRows = 1000000
        MaxQueryExecutionTime = 300
        """), encoding="utf-8")
    process = subprocess.Popen(["virtuoso-t", "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http}/sparql"
    _wait(url, process)
    for statement in ('grant SPARQL_UPDATE to "SPARQL";', "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"):
        subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba", f"exec={statement}"], check=True,
                       capture_output=True, timeout=60)
    return process, url


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    process, url = (_oxigraph if request.param == "oxigraph" else _virtuoso)(folder)
    try:
        _wait(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)


@pytest.fixture(scope="module")
def inputs() -> list[str]:
    return [str(EXAMPLES)] + ([str(SHARED / "seeds")] if HAS_SHARED else [])


@pytest.fixture(scope="module")
def stores(server, inputs, tmp_path_factory):
    """The same inputs ingested into the server and into an embedded store."""
    embedded = str(tmp_path_factory.mktemp("embedded") / "store")
    for store in (server, embedded):
        result = cli("ingest", *inputs, "--store", store, "--workers", "1")
        assert result.returncode == 0, result.stderr
    return server, embedded


def _answers(store: str) -> dict:
    labels = [row["label"] for row in json.loads(cli(
        "query", "SELECT DISTINCT ?label WHERE { GRAPH td:catalogue { ?d rdfs:label ?label } } ORDER BY ?label",
        "--store", store, "-f", "json").stdout)]
    assert labels
    answers = {"stats": cli("stats", "--store", store, "-f", "json").stdout}
    for label in labels:
        answers[label] = json.loads(cli("cites", label, "--store", store, "-f", "json").stdout)
    answers["newest 2"] = json.loads(cli("cites", "Quyết định 99", "--store", store, "-f", "json", "-n", "2").stdout)
    # person_articles with a name without diacritics: Virtuoso's REPLACE leaves some accented names unfolded
    # (README, SPARQL servers), so "Nguyễn" would not find "Nguyên" there
    for name, params in (("localities", ["--ref", labels[0]]), ("speakers", ["--ref", labels[-1]]),
                         ("cocited", ["--ref", labels[0]]), ("most_cited", []), ("articles", []),
                         ("person_articles", ["--param", "qName=nguy"])):
        result = cli("query", name, *params, "--store", store, "-f", "json")
        assert result.returncode == 0, (name, result.stderr)
        answers[name] = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in json.loads(result.stdout))
    return answers


def _dataset(store: str) -> list[str]:
    """The export, blank nodes named canonically, numbers typed alike (Oxigraph keeps
    xsd:nonNegativeInteger as xsd:integer), without the extraction time stamps."""
    result = cli("export", "-f", "nq", "--store", store)
    assert result.returncode == 0, result.stderr
    quads = []
    for quad in ox.parse(result.stdout.encode(), format=ox.RdfFormat.N_QUADS):
        value = quad.object
        if isinstance(value, ox.Literal) and value.datatype.value in NUMBERS:
            quad = ox.Quad(quad.subject, quad.predicate, ox.Literal(value.value, datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#integer")), quad.graph_name)
        if "endedAtTime" not in quad.predicate.value:
            quads.append(quad)
    return canonical_quads(quads)


def test_the_server_answers_as_the_embedded_store(stores):
    server, embedded = stores
    assert _answers(server) == _answers(embedded)
    assert _dataset(server) == _dataset(embedded)


def test_views_exports_and_validation_work_against_the_server(stores, tmp_path):
    server, _ = stores
    page = tmp_path / "view.html"
    result = cli("view", "Quyết định 99", "--store", server, "--out", str(page))
    assert result.returncode == 0, result.stderr
    assert "Quyết định 99-QĐ/TW" in page.read_text("utf-8")
    graphml = cli("export", "-f", "graphml", "--store", server)
    assert graphml.returncode == 0 and "<graphml" in graphml.stdout
    validated = cli("validate", "--store", server)
    assert validated.returncode == 0 and "0 violation(s)" in validated.stderr, validated.stdout[-2000:]


def test_ingest_again_skips_unchanged_and_replaces_changed_articles(stores, inputs, tmp_path):
    server, _ = stores
    again = cli("ingest", *inputs, "--store", server, "--workers", "1")
    assert again.returncode == 0 and "0 added, 0 replaced" in again.stderr, again.stderr
    changed = tmp_path / "changed.txt"
    changed.write_text("Tin\n\nNgày 5/3/2019, xã Cẩm Bình quán triệt Quyết định số 99-QĐ/TW ngày 03/10/2017 "
                       "của Ban Bí thư.\n", "utf-8")
    assert cli("ingest", str(changed), "--store", server, "--workers", "1").returncode == 0
    changed.write_text(changed.read_text("utf-8").replace("Quyết định số 99-QĐ/TW ngày 03/10/2017",
                                                          "Chỉ thị số 05-CT/TW ngày 15/5/2016"), "utf-8")
    replaced = cli("ingest", str(changed), "--store", server, "--workers", "1")
    assert "0 added, 1 replaced" in replaced.stderr, replaced.stderr
    cited = json.loads(cli("cites", "Quyết định 99", "--store", server, "-f", "json").stdout)
    assert str(changed) not in {a["file"] for d in cited["documents"] for a in d["articles"]}
    chi_thi = json.loads(cli("cites", "Chỉ thị 05-CT/TW", "--store", server, "-f", "json").stdout)
    assert str(changed) in {a["file"] for d in chi_thi["documents"] for a in d["articles"]}


@pytest.mark.parametrize("url, kind, update, store, quads", [
    ("http://h:7878/query", "oxigraph", "http://h:7878/update", "http://h:7878/store", "http://h:7878/store"),
    ("http://h:3030/ds/sparql", "fuseki", "http://h:3030/ds/update", "http://h:3030/ds/data", "http://h:3030/ds"),
    ("http://h:3030/ds/query", "fuseki", "http://h:3030/ds/update", "http://h:3030/ds/data", "http://h:3030/ds"),
    ("http://h:8890/sparql", "virtuoso", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud", None),
    ("http://h:7200/repositories/news", "graphdb", "http://h:7200/repositories/news/statements",
     "http://h:7200/repositories/news/rdf-graphs/service", "http://h:7200/repositories/news/statements"),
    ("http://h:7019/", "qlever", "http://h:7019/", None, None),
])
def test_endpoint_urls_are_derived_for_known_servers(url, kind, update, store, quads):
    found = endpoints(url)
    assert (found.kind, found.update, found.graph_store, found.quads) == (kind, update, store, quads)


def test_given_urls_win_and_only_apply_to_servers(tmp_path):
    found = endpoints("http://h/sparql", update="http://h/up", graph_store="http://h/gsp")
    assert (found.update, found.graph_store, found.quads) == ("http://h/up", "http://h/gsp", None)
    result = cli("ingest", str(EXAMPLES), "--store", str(tmp_path / "store"), "--update-url", "http://h/up")
    assert result.returncode == 2
    assert "--update-url applies to a SPARQL server" in result.stderr
