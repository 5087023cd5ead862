"""The command line, end to end on the shipped examples: extract, ingest (idempotent), cites, query,
stats, view, export; and user errors: one line, a clear exit code, no traceback."""

import json
import re
import subprocess

import pytest
from typer.testing import CliRunner

from conftest import CLI, EXAMPLES
from trichdan.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store")
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--store", str(path), "--workers", "2"])
    assert result.exit_code == 0, result.output
    return str(path)


def test_extract_jsonl_contract():
    result = runner.invoke(app, ["extract", str(EXAMPLES), "--format", "jsonl", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 6
    for record in records:
        assert {"file", "title", "published", "source", "authors", "citations", "documents", "people",
                "organizations", "places"} <= set(record)
        text = open(record["file"], encoding="utf-8").read() if record["file"].endswith(".txt") else None
        ids = {d["id"] for d in record["documents"]}
        for citation in record["citations"]:
            assert citation["document"] in ids
        if text is not None:
            from trichdan.loaders.normalize import normalize
            for citation in record["citations"]:
                assert normalize(text)[citation["start"]:citation["end"]] == citation["text"]
    symbols = {d["symbol"] for r in records for d in r["documents"]}
    assert "99-QĐ/TW" in symbols and "02-NQ/TU" in symbols


def test_extract_rdf_formats():
    for fmt in ("nq", "ttl"):
        result = runner.invoke(app, ["extract", str(EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt"),
                                     "--format", fmt, "--workers", "1"])
        assert result.exit_code == 0 and "http://purl.org/spar/cito/" in result.stdout


def test_ingest_twice_leaves_the_store_unchanged(store):
    before = runner.invoke(app, ["export", "--store", store, "-f", "nq"]).stdout
    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--store", store, "--workers", "1"])
    assert again.exit_code == 0 and "0 added, 0 replaced, 6 unchanged" in again.stderr
    assert runner.invoke(app, ["export", "--store", store, "-f", "nq"]).stdout == before


def test_changed_file_replaces_its_graph(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Tỉnh ủy Hà Tĩnh quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư.", encoding="utf-8")
    db = str(tmp_path / "db")
    runner.invoke(app, ["ingest", str(article), "--store", db, "--workers", "1"])
    article.write_text("Tỉnh ủy Hà Tĩnh sơ kết Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--store", db, "--workers", "1"])
    assert "0 added, 1 replaced" in result.stderr
    answer = json.loads(runner.invoke(app, ["cites", "Quyết định 99", "--store", db, "-f", "json"]).stdout)
    assert answer["documents"] == []
    answer = json.loads(runner.invoke(app, ["cites", "Chỉ thị 30", "--store", db, "-f", "json"]).stdout)
    assert [a["file"] for d in answer["documents"] for a in d["articles"]] == [str(article)]


def test_cites_json_and_table(store):
    answer = json.loads(runner.invoke(app, ["cites", "Quyết định 99", "--store", store, "-f", "json"]).stdout)
    [doc] = answer["documents"]
    assert doc["label"] == "Quyết định 99-QĐ/TW" and len(doc["articles"]) >= 3
    table = runner.invoke(app, ["cites", "QĐ 99-QĐ/TW", "--store", store])
    assert table.exit_code == 0 and "Quyết định 99-QĐ/TW" in table.stdout


def test_cites_limit_keeps_the_newest_and_gives_the_total(store):
    full = json.loads(runner.invoke(app, ["cites", "Quyết định 99", "--store", store, "-f", "json"]).stdout)["documents"][0]
    result = runner.invoke(app, ["cites", "Quyết định 99", "--store", store, "-f", "json", "--limit", "2"])
    limited = json.loads(result.stdout)["documents"][0]
    assert limited["articles"] == full["articles"][:2]
    assert limited["total_articles"] == full["total_articles"] == len(full["articles"]) > 2
    assert f"the newest 2 of {len(full['articles'])} citing articles" in result.stderr
    whole = runner.invoke(app, ["cites", "Quyết định 99", "--store", store, "-f", "json", "-n", "50"])
    assert json.loads(whole.stdout)["documents"][0]["articles"] == full["articles"] and "newest" not in whole.stderr


def test_cites_lists_each_candidate(store):
    answer = json.loads(runner.invoke(app, ["cites", "Nghị quyết 02-NQ/TU", "--store", store, "-f", "json"]).stdout)
    assert len(answer["documents"]) == 2
    answer = json.loads(runner.invoke(app, ["cites", "Nghị quyết 02-NQ/TU Thanh Hóa", "--store", store, "-f", "json"]).stdout)
    assert len(answer["documents"]) == 1


def test_query_formats_and_ready_made_queries(store):
    sparql = "SELECT ?label WHERE { ?d a eli:LegalResource ; rdfs:label ?label } ORDER BY ?label"
    csv_out = runner.invoke(app, ["query", sparql, "--store", store, "-f", "csv"]).stdout.splitlines()
    assert csv_out[0] == "label" and "Quyết định 99-QĐ/TW" in csv_out
    rows = json.loads(runner.invoke(app, ["query", "most_cited", "--store", store, "-f", "json"]).stdout)
    assert rows[0]["articles"] >= 3
    rows = json.loads(runner.invoke(app, ["query", "most_cited", "--store", store, "-f", "json", "-p", "qFrom=2030-01-01"]).stdout)
    assert rows == []
    rows = json.loads(runner.invoke(app, ["query", "localities", "--ref", "Quyết định 99", "--store", store, "-f", "json"]).stdout)
    assert rows and {"place", "name", "level", "articles"} <= set(rows[0])
    needs = runner.invoke(app, ["query", "cocited", "--store", store])
    assert needs.exit_code != 0
    assert runner.invoke(app, ["query", "ASK { ?a cito:cites ?d }", "--store", store]).stdout.strip() == "true"
    tsv = runner.invoke(app, ["stats", "--store", store, "-f", "tsv"]).stdout.splitlines()
    assert tsv[0].split("\t")[0] == "articles" and tsv[1].split("\t")[0] == "6"


def test_view_writes_a_self_contained_page(store, tmp_path):
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["view", "Quyết định 99", "--store", store, "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "vis-network" in html and "doc/dang/tw/quyet-dinh/xii/99" in html
    assert not re.search(r"(src|href)=\"https?:", html)  # everything inlined: the page opens offline


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Huyện ủy quán triệt Chỉ thị số 30-CT/TW của Bộ Chính trị.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    db = str(tmp_path / "db")
    result = run("ingest", str(good), str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"), "--store", db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert "bad.txt" in result.stderr and "1 added" in result.stderr
    assert "Chỉ thị 30-CT/TW" in run("cites", "Chỉ thị 30", "--store", db).stdout


@pytest.mark.parametrize("args, message", [
    (["query", "SELECT WHERE {", "--store", "{db}"], "SPARQL syntax error"),
    (["query", "missing.rq", "--store", "{db}"], "no such query file"),
    (["stats", "--store", "{tmp}/nothing"], "no store here yet"),
    (["extract", "x.txt", "--authority", "{tmp}/none.json"], "authority file not found"),
])
def test_user_errors_are_one_line(tmp_path, args, message):
    db = tmp_path / "db"
    run("ingest", str(EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt"), "--store", str(db))
    result = run(*[a.replace("{db}", str(db)).replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_extract_gives_names_and_citations_as_the_page_writes_them(tmp_path):
    """The page's old tone placement ("Thuỷ", "ma tuý") in the JSON; keys and IRIs use one convention."""
    page = tmp_path / "old-tones.txt"
    page.write_text("Hội nghị do đồng chí Lê Văn Thuỷ, Phó Bí thư Tỉnh uỷ chủ trì, triển khai Luật Phòng, chống ma tuý "
                    "năm 2021 trên địa bàn tỉnh Thanh Hoá.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page), "--format", "jsonl", "--workers", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert [p["name"] for p in record["people"]] == ["Lê Văn Thuỷ"]
    assert record["people"][0]["id"].endswith("/le-van-thuy")
    law = next(c for c in record["citations"] if c["text"].startswith("Luật"))
    assert law["text"] == "Luật Phòng, chống ma tuý năm 2021"
    assert page.read_text(encoding="utf-8")[law["start"]:law["end"]] == law["text"]
    assert "Thanh Hoá" in [p["name"] for p in record["places"]]
