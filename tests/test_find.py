"""Issue 13's cases from the command line, with their exact answers on the examples and the seed articles:
references as people type them, "did you mean", labels that tell documents apart, `cites` per article,
`search`, one-line query parameter errors, full query descriptions, help texts and ingest progress."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from conftest import CLI, EXAMPLES, ROOT
from trichdan.cli import app

runner = CliRunner()
OWN = ROOT / "tests" / "data" / "lookup"
QD_99 = "Quyết định 99-QĐ/TW (Ban Bí thư Trung ương Đảng, 3/10/2017)"
LUAT = "Luật Thực hiện dân chủ ở cơ sở 2022 (Quốc hội, 10/11/2022)"
PHAP_LENH = "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn 2007 (Ủy ban Thường vụ Quốc hội, 20/4/2007)"
NQ_02_HT = "Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)"
NQ_02_TH = "Nghị quyết 02-NQ/TU (Tỉnh ủy Thanh Hóa, 20/9/2016)"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """The examples and the two articles of tests/data/lookup, ingested from a relative path."""
    folder = tmp_path_factory.mktemp("find-articles")
    for source in [*EXAMPLES.iterdir(), *OWN.iterdir()]:
        if source.suffix in (".txt", ".html"):
            shutil.copy(source, folder / source.name)
    path = str(tmp_path_factory.mktemp("find-store"))
    here = os.getcwd()
    os.chdir(folder.parent)
    try:
        result = runner.invoke(app, ["ingest", folder.name, "--store", path, "--workers", "1"])
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def seeds(shared, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("find-seeds"))
    result = runner.invoke(app, ["ingest", str(shared / "seeds"), "--store", path, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


def cites(store: str, reference: str) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["cites", reference, "--store", store, "-f", "json"])
    return result.exit_code, json.loads(result.stdout), result.stderr


def found(answer: dict) -> list[tuple[str, int]]:
    return [(d["display_label"], len(d["articles"])) for d in answer["documents"]]


@pytest.mark.parametrize("reference, examples_answer, seeds_answer", [
    ("Quyet dinh 99", [(QD_99, 4)], [(QD_99, 1)]),  # no diacritics
    ("QD 99", [(QD_99, 4)], [(QD_99, 1)]),
    ("Quyết đinh 99", [(QD_99, 4)], [(QD_99, 1)]),  # a typo
    ("Luật dân chủ cơ sở", [(LUAT, 4)], [(LUAT, 1)]),
    ("Luật Dân chủ cơ sở", [(LUAT, 4)], [(LUAT, 1)]),
    ("luật thực hiện dân chủ ở cơ sở", [(LUAT, 4)], [(LUAT, 1)]),  # lower case
    ("Pháp lệnh dân chủ", [], [(PHAP_LENH, 2)]),  # words of an alias
    ("Pháp lệnh dân chủ ở cơ sở", [], [(PHAP_LENH, 2)]),  # an alias in the authority file
])
def test_references_as_people_type_them(store, seeds, reference, examples_answer, seeds_answer):
    for path, expected in ((store, examples_answer), (seeds, seeds_answer)):
        code, answer, _ = cites(path, reference)
        assert (code, found(answer)) == (0 if expected else 1, expected)


@pytest.mark.parametrize("reference", ["Pháp lệnh dân chủ ở cơ sở", "Pháp lệnh dân chủ"])
def test_a_known_document_no_article_cites_is_said_in_one_line(store, reference):
    result = runner.invoke(app, ["cites", reference, "--store", store])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: no article in the store cites Pháp lệnh 34/2007/PL-UBTVQH11 (2007-04-20), "
                                    f"which {reference!r} names")


def test_did_you_mean_and_exit_1_when_nothing_matches(store):
    result = runner.invoke(app, ["cites", "Quyết định 999", "--store", store])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: no document in the store matches 'Quyết định 999'; did you mean {QD_99} [document] | ")
    code, answer, _ = cites(store, "Quyết định 999")
    assert code == 1 and answer["documents"] == [] and answer["suggestions"][0]["label"] == QD_99
    result = runner.invoke(app, ["cites", "hello", "--store", store])
    assert (result.exit_code, result.stderr) == (1, "error: cannot read 'hello' as a document reference (try "
                                                     "'Quyết định 99' or '99-QĐ/TW'); nothing in the store is named so\n")


def test_a_respelt_reference_is_noted(store):
    result = runner.invoke(app, ["cites", "QD 99", "--store", store, "-f", "tsv"])
    assert result.stderr == "note: read 'QD 99' as 'QĐ 99'\n"


def test_a_province_scope_holds_its_districts(store):
    code, answer, _ = cites(store, "Nghị quyết 05-NQ/HU Hưng Yên")
    assert (code, found(answer)) == (0, [("Nghị quyết 05-NQ/HU (Huyện ủy Ân Thi, 12/3/2024)", 1)])
    code, answer, _ = cites(store, "Nghị quyết 05-NQ/HU Ân Thi")
    assert answer["parsed"]["scope"] == "Ân Thi" and len(answer["documents"]) == 1
    code, answer, _ = cites(store, "nghi quyet 05 ha tinh")
    assert found(answer) == [("Nghị quyết 05-NQ/HU (Huyện ủy Can Lộc, 10/5/2021)", 1)]


def test_documents_sharing_a_number_are_told_apart(store, seeds):
    result = runner.invoke(app, ["cites", "Nghị quyết 02", "--store", store, "-f", "tsv"])
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == [NQ_02_HT, NQ_02_HT, NQ_02_TH]
    result = runner.invoke(app, ["cites", "Nghị quyết 02", "--store", seeds, "-f", "tsv"])
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == \
        [NQ_02_HT, NQ_02_HT, "Nghị quyết 02-NQ/TU (Tỉnh ủy, không rõ địa phương)"]
    result = runner.invoke(app, ["query", "localities", "--ref", "Nghị quyết 02", "--store", store, "-f", "tsv"])
    assert [line.split("\t") for line in result.stdout.splitlines()] == [
        ["document", "place", "name", "level", "articles"],
        [NQ_02_HT, "https://trichdan.example/id/place/446", "Cẩm Xuyên", "huyện", "1"],
        [NQ_02_HT, "https://trichdan.example/id/place/442", "Nghi Xuân", "huyện", "1"],
        [NQ_02_TH, "https://trichdan.example/id/place/399", "Hoằng Hóa", "huyện", "1"]]


def test_cites_says_how_where_and_with_which_words(store):
    code, answer, _ = cites(store, "Nghị quyết 02-NQ/TU Thanh Hóa")
    [doc] = answer["documents"]
    assert {k: doc[k] for k in ("label", "display_label", "symbol", "date", "issuer", "scope")} == {
        "label": "Nghị quyết 02-NQ/TU", "display_label": NQ_02_TH, "symbol": "02-NQ/TU", "date": "2016-09-20",
        "issuer": "Tỉnh ủy Thanh Hóa", "scope": "Thanh Hóa"}
    [article] = doc["articles"]
    assert {"id", "file", "title", "published"} <= set(article)  # the fields it had, and the new ones
    assert (article["site"], article["url"], article["kinds"], article["how"]) == ("baothanhhoa.vn", None, ["reviews"], "sơ kết, tổng kết")
    assert os.path.isabs(article["file"]) and article["file"].endswith("02_thanhhoa-hoanghoa-nghi-quyet-02.txt")
    assert article["citations"][0]["quote"] == "Nghị quyết 02-NQ/TU"
    assert article["citations"][0]["sentence"].startswith("Hoằng Hóa: Sơ kết 5 năm thực hiện Nghị quyết 02-NQ/TU")
    table = runner.invoke(app, ["cites", "Nghị quyết 02-NQ/TU Thanh Hóa", "--store", store, "-f", "csv"])
    assert table.stdout.splitlines()[0] == "document,published,site,title,how,sentence,url,file"


def test_person_articles_without_diacritics(store):
    result = runner.invoke(app, ["query", "person_articles", "--param", "qName=Phan Van Khoa", "--store", store, "-f", "json"])
    rows = json.loads(result.stdout)
    assert [(r["name"], os.path.basename(r["file"])) for r in rows] == [
        ("Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)", "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt"),
        ("Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)", "04_hatinh-nghixuan-dan-van-kheo.txt")]


def test_search_lists_what_matches_with_counts(store):
    result = runner.invoke(app, ["search", "Hà Tĩnh", "--store", store, "-f", "tsv"])
    assert result.exit_code == 0
    rows = [line.split("\t")[:3] for line in result.stdout.splitlines()]
    assert rows == [["kind", "name", "articles"], ["document", NQ_02_HT, "2"], ["organization", "Tỉnh ủy Hà Tĩnh", "3"],
                    ["organization", "Ban Dân vận Tỉnh ủy Hà Tĩnh", "2"], ["place", "Hà Tĩnh", "3"]]
    answer = json.loads(runner.invoke(app, ["search", "phan van khoa", "--store", store, "-f", "json"]).stdout)
    assert answer["counts"] == {"document": 0, "person": 1, "organization": 0, "place": 0}
    missing = runner.invoke(app, ["search", "Phan Van Khao", "--store", store])
    assert (missing.exit_code, missing.stderr) == (1, "error: nothing in the store is named 'Phan Van Khao'; did you mean "
                                                      "Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh) [person]?\n")


@pytest.mark.parametrize("args, message", [
    (["query", "most_cited", "--param", "qBogus=1"],
     "--param 'qBogus=1': the query has no parameter ?qBogus (its parameters: ?qFrom ?qTo)"),
    (["query", "nosuchquery"], "'nosuchquery' is not a ready-made query; they are: "),
    (["query", "localities", "--param", "qDoc=Quyết định 99"],
     "--param qDoc='Quyết định 99': ?qDoc takes an IRI (https://…), not a name; use --ref 'Quyết định 99' to bind the documents it names"),
    (["query", "speakers", "--param", "qDoc"], "--param 'qDoc': expected NAME=VALUE"),
    (["query", "stats", "--ref", "QD 99"], "--ref binds ?qDoc, which this query does not use (its parameters: none)"),
])
def test_query_parameter_errors_are_one_line(store, args, message):
    result = subprocess.run([CLI, *args, "--store", store], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.startswith("error: " + message) and result.stderr.count("\n") == 1, result.stderr


def test_an_iri_parameter_takes_an_iri(store):
    iri = "https://trichdan.example/id/doc/dang/tu.thanh-hoa/nghi-quyet/2016/2"
    result = runner.invoke(app, ["query", "localities", "--param", f"qDoc=<{iri}>", "--store", store, "-f", "tsv"])
    assert result.stdout.splitlines()[1].split("\t")[1:] == ["Hoằng Hóa", "huyện", "1"]


def test_queries_lists_whole_descriptions():
    result = runner.invoke(app, ["queries"])
    rows = {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()}
    assert rows["most_cited"][1:] == ["?qFrom ?qTo", '"The most cited documents, published between ?qFrom and ?qTo '
                                      '(YYYY-MM-DD strings; """" and ""9999"" for an open period). Labels from the catalogue."']


def commands() -> list[str]:
    return [c.name or c.callback.__name__ for c in app.registered_commands]


@pytest.mark.parametrize("command", commands())
def test_help_has_real_metavariables(command):
    text = runner.invoke(app, [command, "--help"]).stdout
    assert not re.search(r"<(str|int|float|list|int range|float range)|\{\w|list\[", text), text
    options = re.findall(r"^\s+(?:-\w, )?(--[\w-]+)[^\n]*?(?:\s{2,}(\S.*))?$", text.split("Options:")[1], re.M)
    assert all(help_text for name, help_text in options if name != "--help"), options


def test_out_and_port_have_help():
    assert "Where to write the page." in runner.invoke(app, ["view", "--help"]).stdout
    assert "TCP port to listen on" in runner.invoke(app, ["serve", "--help"]).stdout


def test_each_article_has_its_own_site_or_none(tmp_path):
    """`cites` reads the articles' cards in one query: an article with no publisher gets no site, never
    another article's."""
    folder = tmp_path / "articles"
    folder.mkdir()
    sentence = "Huyện ủy Cẩm Xuyên quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư."
    (folder / "sited.txt").write_text(f"Cẩm Xuyên quán triệt\n\n(Baohatinh.vn) - {sentence}\n", encoding="utf-8")
    (folder / "bare.txt").write_text(f"Can Lộc quán triệt\n\nNgày 4/5/2023, {sentence.replace('Cẩm Xuyên', 'Can Lộc')}\n",
                                     encoding="utf-8")
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(folder), "--store", store, "--workers", "1"]).exit_code == 0
    code, answer, _ = cites(store, "Quyết định 99")
    sites = {os.path.basename(a["file"]): a["site"] for d in answer["documents"] for a in d["articles"]}
    assert code == 0 and sites == {"sited.txt": "baohatinh.vn", "bare.txt": None}
