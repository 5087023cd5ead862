"""One line where a traceback was (issue 11, case 9) and messages that cannot be misread (case 11).

Export into a missing folder, a parameter name that is SPARQL text, an unknown parameter, a full disk
during ingest; file names and error texts printed literally, identical errors capped, stores refused
when they cannot be one, and readers told that the store is being written.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess

import pyoxigraph as ox
import pytest

from conftest import CLI, EXAMPLES, canonical_quads

SENTENCE = "Huyện ủy Cẩm Xuyên quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của Nhân dân."


def run(*args: str, cwd=None, preexec_fn=None) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300, cwd=cwd, preexec_fn=preexec_fn)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store") / "db")
    assert run("ingest", str(EXAMPLES), "--store", path, "--workers", "1").returncode == 0
    return path


# Case 9

def test_a_store_of_the_older_model_is_named_with_what_to_do(tmp_path):
    path = str(tmp_path / "db")
    assert run("ingest", str(EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt"), "--store", path, "--workers", "1").returncode == 0
    db = ox.Store(path)  # a citation as trichdan 0.2 wrote it: a blank target with a selector
    graph = next(g for g in db.named_graphs() if "/article/" in g.value)
    target, selector = ox.BlankNode(), ox.BlankNode()
    db.add(ox.Quad(target, ox.NamedNode("http://www.w3.org/ns/oa#hasSelector"), selector, graph))
    del db
    for command in (["cites", "Quyết định 99"], ["stats"], ["cited-by", str(EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt")]):
        result = run(*command, "--store", path)
        assert result.returncode == 2, command
        assert one_line(result) == (f"error: {path}: written by trichdan before 0.3 (citations kept with selectors); "
                                    "ingest the same inputs again to upgrade it")


def test_export_into_a_missing_folder_is_one_line(store, tmp_path):
    result = run("export", "-f", "nq", "--store", store, "--out", str(tmp_path / "missing" / "all.nq"))
    assert result.returncode == 2
    assert one_line(result) == f"error: {tmp_path / 'missing' / 'all.nq'}: cannot write (No such file or directory)"


@pytest.mark.parametrize("param, message", [
    ("} DROP ALL {=1", "error: --param '} DROP ALL {=1': '} DROP ALL {' is not a parameter name (letters, digits, _)"),
    ("qBogus=1", "error: --param 'qBogus=1': the query has no parameter ?qBogus (its parameters: ?qFrom ?qTo)"),
    ("qFrom", "error: --param 'qFrom': expected NAME=VALUE"),
])
def test_bad_query_parameters_are_one_line(store, param, message):
    result = run("query", "most_cited", "--param", param, "--store", store)
    assert result.returncode == 2 and one_line(result) == message


def test_a_query_that_fails_while_running_is_one_line(store):
    result = run("query", "SELECT (<http://example.org/nowhere>(1) AS ?n) WHERE {}", "--store", store)
    assert result.returncode == 2
    assert one_line(result) == "error: query failed: The custom function <http://example.org/nowhere> is not supported"


def _file_size_limit(size: int):
    def limit() -> None:  # a full disk as a process sees it: writes past this size fail (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


def test_a_full_disk_during_ingest_is_one_line_and_loses_nothing(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    examples = sorted(EXAMPLES.iterdir())
    for i, path in enumerate(examples):
        (first if i < 3 else second).joinpath(path.name).write_bytes(path.read_bytes())
    store, clean = str(tmp_path / "store"), str(tmp_path / "clean")
    assert run("ingest", str(first), "--store", store, "--workers", "1").returncode == 0
    before = run("export", "-f", "nq", "--store", store).stdout
    full = run("ingest", str(second), "--store", store, "--workers", "1", preexec_fn=_file_size_limit(70_000))
    assert full.returncode == 2
    line = one_line(full)
    assert line.startswith(f"error: {store}: cannot write the store (") and "run the same ingest again" in line
    kept = set(run("export", "-f", "nq", "--store", store).stdout.splitlines())
    assert set(before.splitlines()) <= kept  # nothing stored before is lost
    assert run("ingest", str(second), "--store", store, "--workers", "1").returncode == 0
    assert run("ingest", str(first), str(second), "--store", clean, "--workers", "1").returncode == 0

    def quads(path):
        exported = ox.parse(run("export", "-f", "nq", "--store", path).stdout.encode(), format=ox.RdfFormat.N_QUADS)
        return canonical_quads(q for q in exported if "endedAtTime" not in q.predicate.value)
    assert quads(store) == quads(clean)


# Case 11

def test_file_names_and_texts_are_printed_literally(tmp_path):
    (tmp_path / "[red]b:smile:.txt").write_text("", encoding="utf-8")
    lines = [json.dumps({"text": SENTENCE}, ensure_ascii=False)] * 99 + ["{oops"]
    (tmp_path / "readme.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("ingest", str(tmp_path / "[red]b:smile:.txt"), str(tmp_path / "readme.jsonl"),
                 "--store", str(tmp_path / "store"), "--workers", "1")
    assert f"error: {tmp_path}/[red]b:smile:.txt: empty, no text" in result.stderr.splitlines()
    assert f"error: {tmp_path}/readme.jsonl:100: invalid JSON (Expecting property name enclosed in double quotes)" in result.stderr
    assert "😄" not in result.stderr and "💯" not in result.stderr


def test_identical_errors_are_capped_with_a_summary(tmp_path):
    for i in range(300):
        (tmp_path / f"{i:04}.txt").write_bytes(b"")
    result = run("ingest", str(tmp_path), "--store", str(tmp_path / "store"), "--workers", "1")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 6 and result.returncode == 1
    assert errors[-1] == "error: 300 failed: 300 empty; 295 not shown above (--errors FILE lists them all)"


def test_a_folder_of_articles_is_not_taken_for_a_store(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    before = sorted(os.listdir(tmp_path))
    result = run("ingest", str(tmp_path / "a.txt"), "--store", str(tmp_path))
    assert result.returncode == 2
    assert one_line(result) == f"error: {tmp_path}: not a trichdan store (the folder holds other files); give a new or empty folder"
    assert sorted(os.listdir(tmp_path)) == before
    assert "not a trichdan store" in one_line(run("stats", "--store", str(tmp_path)))
    assert "is a file, not a store folder" in one_line(run("stats", "--store", str(tmp_path / "a.txt")))


def test_a_url_is_a_server_never_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/query"
    for command in (["ingest", "a.txt"], ["stats"]):
        result = run(*command, "--store", url, cwd=tmp_path)
        assert result.returncode == 2
        assert one_line(result).startswith(f"error: {url}: cannot reach the SPARQL server (")
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_readers_are_told_that_the_store_is_being_written(tmp_path):
    from trichdan.graph.store import Store
    path = str(tmp_path / "store")
    writer = Store(path)
    with writer.writing():  # as a first ingest does while it runs
        result = run("cites", "Quyết định 99", "--store", path)
        assert result.returncode == 2
        assert "the store is being written by an ingest right now" in one_line(result)
        assert f"process {os.getpid()}" in result.stderr
    del writer
    assert run("stats", "--store", path).returncode == 0
