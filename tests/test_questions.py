"""The question commands end to end, with their exact answers: on the shipped examples, on the cascade
articles of tests/data/cascade (a decision implemented down to a commune), and on the seed articles."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from conftest import CLI, EXAMPLES, ROOT
from trichdan.cli import app

runner = CliRunner()
CASCADE = ROOT / "tests" / "data" / "cascade"
QD99 = "Quyết định 99-QĐ/TW (Ban Bí thư Trung ương Đảng, 3/10/2017)"
LUAT = "Luật Thực hiện dân chủ ở cơ sở 2022 (Quốc hội, 10/11/2022)"
NQ02_HT = "Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)"
NQ02_TH = "Nghị quyết 02-NQ/TU (Tỉnh ủy Thanh Hóa, 20/9/2016)"
QD217 = "Quyết định 217-QĐ/TW (Bộ Chính trị, 12/12/2013)"
QD218 = "Quyết định 218-QĐ/TW (Bộ Chính trị, 12/12/2013)"
CT30 = "Chỉ thị 30-CT/TW (Bộ Chính trị, 18/2/1998)"
QDI11 = "Quy định 11-QĐi/TW (Bộ Chính trị, 18/2/2019)"
ND59 = "Nghị định 59/2023/NĐ-CP (Chính phủ, 14/8/2023)"
QD124 = "Quy định 124-QĐ/TW (Ban Bí thư Trung ương Đảng, 2/2/2018)"


def _ingest(path, source) -> str:
    result = runner.invoke(app, ["ingest", str(source), "--store", str(path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return str(path)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return _ingest(tmp_path_factory.mktemp("examples"), EXAMPLES)


@pytest.fixture(scope="module")
def cascade_store(tmp_path_factory):
    return _ingest(tmp_path_factory.mktemp("cascade"), CASCADE)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, shared):
    return _ingest(tmp_path_factory.mktemp("seeds"), shared / "seeds")


def ask(*args, code: int = 0) -> str:
    result = runner.invoke(app, [*map(str, args)])
    assert result.exit_code == code, result.output
    return result.stdout


def table(*args) -> list[list[str]]:
    """The TSV answer as rows (the header first)."""
    return [line.split("\t") for line in ask(*args, "--format", "tsv").splitlines()]


# ---------------------------------------------------------------- cited-by

CITED_BY_01 = [
    ["article", "document", "relations", "citations", "context"],
    ["Cẩm Xuyên tổng kết Nghị quyết 02-NQ/TU về dân chủ ở cơ sở", NQ02_HT, "reviews, implements", "5",
     "… Tĩnh) tổng kết 6 năm thực hiện Nghị quyết 02-NQ/TU ngày 12/5/2017 của Ban Chấp …"],
    ["Cẩm Xuyên tổng kết Nghị quyết 02-NQ/TU về dân chủ ở cơ sở", QD99, "cites", "1",
     "… sát cán bộ, đảng viên theo Quyết định số 99-QĐ/TW ngày 03-10-2017 của Ban Bí …"],
    ["Cẩm Xuyên tổng kết Nghị quyết 02-NQ/TU về dân chủ ở cơ sở", LUAT, "implements", "1",
     "… các điều kiện để triển khai Luật Thực hiện dân chủ ở cơ sở, có hiệu lực từ ngày …"],
]


def test_cited_by_a_file_as_ingested(store):
    assert table("cited-by", EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt", "--store", store) == CITED_BY_01


def test_cited_by_a_relative_path_a_moved_copy_and_the_iri(store, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    relative = os.path.join("examples", "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt")
    assert table("cited-by", relative, "--store", store) == CITED_BY_01
    copy = tmp_path / "elsewhere.txt"  # the same article read from another place: found by its text
    shutil.copy(EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt", copy)
    assert table("cited-by", copy, "--store", store) == CITED_BY_01
    answer = json.loads(ask("cited-by", copy, "--store", store, "--format", "json"))
    iri = answer["articles"][0]["id"]
    assert table("cited-by", iri, "--store", store) == CITED_BY_01


def test_cited_by_a_url_in_json(store):
    url = "https://baonghean.vn/nam-dan-nguoi-dung-dau-doi-thoai-truc-tiep-voi-nhan-dan.html"
    answer = json.loads(ask("cited-by", url, "--store", store, "--format", "json"))
    [article] = answer["articles"]
    assert (article["title"], article["published"], article["site"], article["url"]) == (
        "Nam Đàn: Người đứng đầu đối thoại trực tiếp với Nhân dân", "2023-08-24", "Báo Nghệ An điện tử", url)
    assert [(d["display"], d["relations"], [(c["quote"], c["start"], c["end"]) for c in d["citations"]])
            for d in article["documents"]] == [
        (LUAT, ["cites"], [("Luật Thực hiện dân chủ ở cơ sở", 543, 573)]),
        (QDI11, ["implements"], [("Quy định 11-QĐi/TW", 609, 627)]),
        (CT30, ["implements"], [("Chỉ thị 30-CT/TW", 1261, 1277)]),
        (QD99, ["cites"], [("Quyết định 99-QĐ/TW", 1377, 1396)]),
    ]


def test_cited_by_an_unknown_article_exits_1(store, tmp_path):
    result = runner.invoke(app, ["cited-by", str(tmp_path / "nothing.txt"), "--store", store])
    assert result.exit_code == 1
    assert "no article in the store is" in result.stderr


# ---------------------------------------------------------------- documents

DOCUMENTS_HEADER = ["rank", "document", "type", "issuer", "date", "articles", "first", "last"]


def test_documents_most_cited(store):
    assert table("documents", "--store", store, "--limit", "5") == [
        DOCUMENTS_HEADER,
        ["1", LUAT, "Luật", "Quốc hội", "2022-11-10", "4", "2023-05-17", "2024-04-18"],
        ["2", QD99, "Quyết định", "Ban Bí thư Trung ương Đảng", "2017-10-03", "4", "2021-12-09", "2024-04-18"],
        ["3", CT30, "Chỉ thị", "Bộ Chính trị", "1998-02-18", "3", "2021-12-09", "2024-04-18"],
        ["4", NQ02_HT, "Nghị quyết", "Tỉnh ủy Hà Tĩnh", "2017-05-12", "2", "2023-05-17", "2023-09-21"],
        ["5", QD217, "Quyết định", "Bộ Chính trị", "2013-12-12", "2", "2022-11-15", "2023-09-21"],
    ]


def test_documents_filters(store):
    by_issuer = table("documents", "--store", store, "--issuer", "bo chinh tri", "--since", "2022-11", "--until", "2023-09")
    assert [row[1] for row in by_issuer[1:]] == [QD217, QD218, CT30, QDI11]
    assert [row[5] for row in by_issuer[1:]] == ["2", "2", "1", "1"]
    decisions = table("documents", "--store", store, "--type", "quyet dinh", "--since", "2023")
    assert [(row[1], row[5]) for row in decisions[1:]] == [(QD99, "3"), (QD217, "1"), (QD218, "1")]
    # a scope names any unit, without diacritics if need be; a province includes its districts
    assert [row[1] for row in table("documents", "--store", store, "--scope", "ha tinh")[1:]] == [NQ02_HT]
    assert [row[1] for row in table("documents", "--store", store, "--scope", "Thanh Hóa", "--type", "Nghị quyết")[1:]] == [NQ02_TH]


def test_documents_bad_filters(store):
    for args, message in ((["--since", "2023-13"], "--since '2023-13': expected a date"),
                          (["--scope", "Atlantis"], "--scope 'Atlantis': no administrative unit"),
                          (["--since", "2024", "--until", "2023"], "--since 2024 is after --until 2023")):
        result = subprocess.run([CLI, "documents", "--store", store, *args], capture_output=True, text=True)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    nothing = subprocess.run([CLI, "documents", "--store", store, "--scope", "Nghệ An"], capture_output=True, text=True)
    assert nothing.returncode == 1 and nothing.stderr.strip() == "error: no document matches these filters"


# ---------------------------------------------------------------- related

def test_related_lists_each_document_a_reference_names(store):
    assert table("related", "Nghị quyết 02-NQ/TU", "--store", store) == [
        ["document", "related", "together", "share"],
        [NQ02_HT, LUAT, "2", "100%"],
        [NQ02_HT, QD217, "1", "50%"],
        [NQ02_HT, QD218, "1", "50%"],
        [NQ02_HT, QD99, "1", "50%"],
        [NQ02_TH, CT30, "1", "100%"],
        [NQ02_TH, QD99, "1", "100%"],
    ]


def test_related_json_and_a_document_iri(store):
    iri = "https://trichdan.example/id/doc/dang/tw/quyet-dinh/xii/99"
    answer = json.loads(ask("related", iri, "--store", store, "--format", "json", "--limit", "2"))
    [doc] = answer["documents"]
    assert (doc["display"], doc["articles"], doc["more"]) == (QD99, 4, 4)
    assert [(r["display"], r["together"], r["share"]) for r in doc["related"]] == [(CT30, 3, 0.75), (LUAT, 3, 0.75)]


def test_unreadable_and_unknown_references(store):
    unreadable = subprocess.run([CLI, "related", "hello", "--store", store], capture_output=True, text=True)
    assert unreadable.returncode == 1 and "cannot read 'hello' as a document reference" in unreadable.stderr
    unknown = subprocess.run([CLI, "timeline", "Quyết định 12345", "--store", store], capture_output=True, text=True)
    assert unknown.returncode == 1 and len(unknown.stderr.splitlines()) == 1
    assert unknown.stderr.startswith("error: no document in the store matches 'Quyết định 12345'; did you mean ")
    assert "Quyết định 99-QĐ/TW" in unknown.stderr
    assert "Traceback" not in unreadable.stderr + unknown.stderr


# ---------------------------------------------------------------- implements

CASCADE_TREE = f"""\
{QD99} — trung ương / central, 2017-10-03
├── tỉnh / province: 1 document(s), first 2017-11-20 (+48 days); 2 article(s) in 2 localities, first 2017-11-10 (+38 days)
│   ├── Kế hoạch 45-KH/TU (Ban Thường vụ Tỉnh ủy Hà Tĩnh, 20/11/2017) — thực hiện / implements {QD99}; 2017-11-20 (+48 days)
│   ├── Nghệ An: 1 article(s), first 2017-11-10 (+38 days) — {QD99}
│   └── Hà Tĩnh: 1 article(s), first 2017-12-02 (+60 days) — {QD99}
├── huyện / district: 1 document(s), first 2018-01-05 (+94 days); 3 article(s) in 2 localities, first 2018-01-10 (+99 days)
│   ├── Kế hoạch 12-KH/HU (Ban Thường vụ Huyện ủy Nghi Xuân, 5/1/2018) — căn cứ / based on Kế hoạch 45-KH/TU (Ban Thường vụ Tỉnh ủy Hà Tĩnh, 20/11/2017); 2018-01-05 (+94 days)
│   ├── Nghi Xuân (Hà Tĩnh): 2 article(s), first 2018-01-10 (+99 days) — Kế hoạch 12-KH/HU (Ban Thường vụ Huyện ủy Nghi Xuân, 5/1/2018), Kế hoạch 45-KH/TU (Ban Thường vụ Tỉnh ủy Hà Tĩnh, 20/11/2017)
│   └── Diễn Châu (Nghệ An): 1 article(s), first 2018-10-15 (+377 days) — {QD99}
└── xã / commune: 1 document(s), first 2018-03-01 (+149 days)
    └── Kế hoạch 03-KH/ĐU (Đảng ủy Xuân Hội, 1/3/2018) — thực hiện / implements Kế hoạch 12-KH/HU (Ban Thường vụ Huyện ủy Nghi Xuân, 5/1/2018); 2018-03-01 (+149 days)
"""


def test_implements_tree_down_to_the_commune(cascade_store):
    assert ask("implements", "Quyết định 99", "--store", cascade_store) == CASCADE_TREE


def test_implements_levels_and_tree_in_json(cascade_store):
    [cascade] = json.loads(ask("implements", "QĐ 99-QĐ/TW", "--store", cascade_store, "--format", "json"))["cascades"]
    assert [(level["level"], level["documents"], level["first_document"], level["document_lag_days"],
             level["articles"], level["localities"], level["first_article"], level["article_lag_days"])
            for level in cascade["levels"]] == [
        ("province", 1, "2017-11-20", 48, 2, 2, "2017-11-10", 38),
        ("district", 1, "2018-01-05", 94, 3, 2, "2018-01-10", 99),
        ("commune", 1, "2018-03-01", 149, 0, 0, None, None),
    ]
    [province] = cascade["tree"]
    [district] = province["children"]
    [commune] = district["children"]
    assert [(n["label"], n["level"], n["relation"], n["lag_days"]) for n in (province, district, commune)] == [
        ("Kế hoạch 45-KH/TU", "province", "implements", 48), ("Kế hoạch 12-KH/HU", "district", "basedOn", 94),
        ("Kế hoạch 03-KH/ĐU", "commune", "implements", 149)]
    assert commune["children"] == []


def test_implements_flat_rows(cascade_store):
    rows = table("implements", "Quyết định 99", "--store", cascade_store)
    assert rows[0] == ["document", "level", "kind", "name", "via", "date", "lag_days", "articles"]
    assert [(r[1], r[2], r[3].split(" (")[0], r[5], r[6]) for r in rows[1:]] == [
        ("province", "document", "Kế hoạch 45-KH/TU", "2017-11-20", "48"),
        ("district", "document", "Kế hoạch 12-KH/HU", "2018-01-05", "94"),
        ("commune", "document", "Kế hoạch 03-KH/ĐU", "2018-03-01", "149"),
        ("province", "locality", "Nghệ An", "2017-11-10", "38"),
        ("province", "locality", "Hà Tĩnh", "2017-12-02", "60"),
        ("district", "locality", "Nghi Xuân", "2018-01-10", "99"),
        ("district", "locality", "Diễn Châu", "2018-10-15", "377"),
    ]


def test_implements_on_the_examples_reports_localities_only(store):
    assert ask("implements", "Luật Thực hiện dân chủ ở cơ sở", "--store", store) == f"""\
{LUAT} — trung ương / central, 2022-11-10
└── huyện / district: 3 article(s) in 3 localities, first 2023-05-17 (+188 days)
    ├── Cẩm Xuyên (Hà Tĩnh): 1 article(s), first 2023-05-17 (+188 days) — {LUAT}
    ├── Nghi Xuân (Hà Tĩnh): 1 article(s), first 2023-09-21 (+315 days) — {LUAT}
    └── Triệu Phong (Quảng Trị): 1 article(s), first 2024-04-18 (+525 days) — {LUAT}
"""


def test_a_provincial_plan_cascades_from_its_own_level(cascade_store):
    tree = ask("implements", "Kế hoạch 45-KH/TU", "--store", cascade_store)
    assert tree.splitlines()[0] == "Kế hoạch 45-KH/TU (Ban Thường vụ Tỉnh ủy Hà Tĩnh, 20/11/2017) — tỉnh / province, 2017-11-20"
    assert "Kế hoạch 12-KH/HU" in tree and "Kế hoạch 03-KH/ĐU" in tree and "Kế hoạch 45-KH/TU (Ban" not in tree.splitlines()[1]


# ---------------------------------------------------------------- who

def test_who_without_diacritics(store):
    assert table("who", "phan van khoa", "--store", store) == [
        ["person", "date", "post", "body", "article", "site"],
        ["Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)", "2023-05-17", "Phó Trưởng ban Thường trực",
         "Ban Dân vận Tỉnh ủy Hà Tĩnh", "Cẩm Xuyên tổng kết Nghị quyết 02-NQ/TU về dân chủ ở cơ sở", "baohatinh.vn"],
        ["Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)", "2023-09-21", "Phó Trưởng ban",
         "Ban Dân vận Tỉnh ủy Hà Tĩnh", str(EXAMPLES / "04_hatinh-nghixuan-dan-van-kheo.txt"), "baohatinh.vn"],
    ]


def test_who_json_posts_over_time_and_partial_names(store):
    answer = json.loads(ask("who", "Văn Khoa", "--store", store, "--format", "json"))
    [person] = answer["people"]
    assert person["posts"] == [
        {"post": "Phó Trưởng ban Thường trực", "body": "Ban Dân vận Tỉnh ủy Hà Tĩnh", "first": "2023-05-17", "last": "2023-05-17", "articles": 1},
        {"post": "Phó Trưởng ban", "body": "Ban Dân vận Tỉnh ủy Hà Tĩnh", "first": "2023-09-21", "last": "2023-09-21", "articles": 1}]
    assert [a["published"] for a in person["articles"]] == ["2023-05-17T09:40:00", "2023-09-21T10:05:00"]
    assert table("who", "Phan Văn Khoa", "--store", store) == table("who", "phan van khoa", "--store", store)
    nobody = runner.invoke(app, ["who", "Khoan", "--store", store])  # whole words only
    assert nobody.exit_code == 1 and "no person named 'Khoan'" in nobody.stderr


# ---------------------------------------------------------------- where

WHERE_HEADER = ["place", "kind", "name", "detail", "articles", "first", "last"]


def test_where_a_province_includes_its_districts(store):
    assert table("where", "ha tinh", "--store", store) == [
        WHERE_HEADER,
        ["tỉnh Hà Tĩnh", "document", LUAT, "Nghi Xuân, Cẩm Xuyên", "2", "2023-05-17", "2023-09-21"],
        ["tỉnh Hà Tĩnh", "document", NQ02_HT, "Nghi Xuân, Cẩm Xuyên", "2", "2023-05-17", "2023-09-21"],
        ["tỉnh Hà Tĩnh", "document", QD217, "Nghi Xuân", "1", "2023-09-21", "2023-09-21"],
        ["tỉnh Hà Tĩnh", "document", QD218, "Nghi Xuân", "1", "2023-09-21", "2023-09-21"],
        ["tỉnh Hà Tĩnh", "document", QD99, "Cẩm Xuyên", "1", "2023-05-17", "2023-05-17"],
        ["tỉnh Hà Tĩnh", "official", "Phan Văn Khoa",
         "Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh; Phó Trưởng ban Thường trực, Ban Dân vận Tỉnh ủy Hà Tĩnh", "2", "2023-05-17", "2023-09-21"],
        ["tỉnh Hà Tĩnh", "official", "Đặng Thị Hồng Nhung", "Trưởng ban, Ban Dân vận Huyện ủy Nghi Xuân", "1", "2023-09-21", "2023-09-21"],
        ["tỉnh Hà Tĩnh", "official", "Lê Thị Thúy Hằng", "Bí thư, Huyện ủy Cẩm Xuyên", "1", "2023-05-17", "2023-05-17"],
    ]


def test_where_a_district_and_json(store):
    answer = json.loads(ask("where", "huyện Mộc Châu", "--store", store, "--format", "json"))
    [place] = answer["places"]
    assert (place["place"], place["articles"], place["first"]) == ("huyện Mộc Châu (Sơn La)", 1, "2022-11-15")
    assert [d["display"] for d in place["documents"]] == [QD124, QD217, QD218]
    assert [(p["name"], p["posts"]) for p in place["officials"]] == [
        ("Vì Văn Sơn", ["Chủ tịch, Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mộc Châu"])]


def test_where_errors(store):
    unknown = runner.invoke(app, ["where", "Atlantis", "--store", store])
    assert unknown.exit_code == 1 and "no administrative unit is named 'Atlantis'" in unknown.stderr
    empty = runner.invoke(app, ["where", "Đà Nẵng", "--store", store])
    assert empty.exit_code == 1 and "no article in the store is about 'Đà Nẵng'" in empty.stderr


# ---------------------------------------------------------------- timeline

def test_timeline_chart_table_and_plots(store, tmp_path):
    assert ask("timeline", "Quyết định 99", "--store", store) == f"""\
{QD99}
2021-12 ████████████████████████████████████████ 1
2022-01 … 2023-04 · 0 (16 months)
2023-05 ████████████████████████████████████████ 1
2023-06 · 0
2023-07 · 0
2023-08 ████████████████████████████████████████ 1
2023-09 … 2024-03 · 0 (7 months)
2024-04 ████████████████████████████████████████ 1
4 citations in 4 dated articles
"""
    rows = list(csv.reader(io.StringIO(ask("timeline", "Quyết định 99", "--store", store, "--format", "csv"))))
    assert rows[0] == ["document", "month", "articles", "citations"] and len(rows) == 1 + 29
    assert [r[1:] for r in rows[1:] if r[3] != "0"] == [["2021-12", "1", "1"], ["2023-05", "1", "1"],
                                                        ["2023-08", "1", "1"], ["2024-04", "1", "1"]]
    for name in ("qd99.svg", "qd99.png"):
        result = runner.invoke(app, ["timeline", "Quyết định 99", "--store", store, "--plot", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "qd99.svg").read_text("utf-8").lstrip().startswith("<?xml")
    assert (tmp_path / "qd99.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = subprocess.run([CLI, "timeline", "Quyết định 99", "--store", store, "--plot", str(tmp_path / "x.gif")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.strip().endswith("x.gif: the file must end in .png or .svg")
    assert not (tmp_path / "x.gif").exists()


def test_timeline_of_a_document_cited_once_per_article_in_json(store):
    answer = json.loads(ask("timeline", "Nghị quyết 02-NQ/TU Hà Tĩnh", "--store", store, "--format", "json"))
    [doc] = answer["documents"]
    months = [(m["month"], m["articles"], m["citations"]) for m in doc["months"]]
    assert (months[0], months[-1], len(months)) == (("2023-05", 1, 5), ("2023-09", 1, 1), 5)


# ---------------------------------------------------------------- rank, communities

def test_rank_documents_officials_and_bodies(store):
    rows = table("rank", "--store", store, "--limit", "3")
    assert rows[0] == ["kind", "rank", "name", "score", "degree", "articles"]
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows[1:]] == [
        ("documents", "1", QD99, "4", "4"), ("documents", "2", LUAT, "4", "4"), ("documents", "3", CT30, "3", "3"),
        ("officials", "1", "Hồ Thị Minh Thư", "2", "1"), ("officials", "2", "Phan Văn Khoa", "1", "2"),
        ("officials", "3", "Phạm Thị Minh Hoa", "1", "1"),
        ("bodies", "1", "Huyện ủy Nam Đàn", "4", "1"), ("bodies", "2", "Huyện ủy Hoằng Hóa", "4", "1"),
        ("bodies", "3", "Tỉnh ủy Thanh Hóa", "3", "0"),
    ]
    scores = [float(r[3]) for r in rows[1:4]]
    assert scores == sorted(scores, reverse=True) and all(0 < s < 1 for s in scores)
    only = json.loads(ask("rank", "--store", store, "--kind", "bodies", "--format", "json", "--limit", "1"))
    assert list(only) == ["bodies"] and only["bodies"][0]["name"] == "Huyện ủy Nam Đàn"


def test_rank_follows_based_on(cascade_store):
    documents = json.loads(ask("rank", "--store", cascade_store, "--kind", "documents", "--format", "json"))["documents"]
    # the provincial plan gains from the district plan based on it: above the decision cited by one more article
    assert [(d["name"].split(" (")[0], d["degree"], d["articles"]) for d in documents] == [
        ("Kế hoạch 45-KH/TU", 3, 2), ("Quyết định 99-QĐ/TW", 3, 3), ("Kế hoạch 12-KH/HU", 2, 2), ("Kế hoạch 03-KH/ĐU", 1, 1)]


def test_communities_of_cited_together_documents(store):
    assert table("communities", "--store", store) == [
        ["community", "documents", "articles", "members"],
        ["1", "6", "4", "; ".join([QD99, LUAT, CT30, NQ02_TH, QDI11, ND59])],
        ["2", "4", "2", "; ".join([NQ02_HT, QD217, QD218, QD124])],
    ]
    assert json.loads(ask("communities", "--store", store, "--min-size", "5", "--format", "json"))["communities"][0]["size"] == 6


# ---------------------------------------------------------------- seeds

def test_seed_questions(seed_store, shared):
    canloc = str(shared / "seeds" / "000_9dbe0eee221c4d6c.txt")
    assert table("cited-by", canloc, "--store", seed_store)[1][1:4] == [NQ02_HT, "implements, reviews", "8"]
    assert [row[1] for row in table("documents", "--store", seed_store, "--scope", "Hà Tĩnh")[1:]] == [
        NQ02_HT, "Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XVIII (Tỉnh ủy Hà Tĩnh)"]
    where = json.loads(ask("where", "Can Lộc", "--store", seed_store, "--format", "json"))["places"]
    assert [(p["place"], [d["display"] for d in p["documents"]]) for p in where] == [("huyện Can Lộc (Hà Tĩnh)", [NQ02_HT])]
    assert "Ngô Văn Huỳnh" in [p["name"] for p in where[0]["officials"]]


# ---------------------------------------------------------------- the ready-made queries behind the questions

QUESTION_QUERIES = ["article_card", "article_citations", "article_text", "articles_by_path", "articles_by_url",
                    "based_on_edges", "body_parents", "catalogue", "citation_edges", "citations_by_month",
                    "cocitation_edges", "derived_documents", "document_card", "documents_cited",
                    "implementation_reports", "implementing_citations", "membership_edges", "node_name",
                    "people_by_name", "people_named", "person_articles_named", "person_posts", "place_articles",
                    "place_citations", "place_people", "place_posts", "places_within"]


def test_question_queries_are_described_and_run(store):
    from pyoxigraph import Literal, NamedNode

    from trichdan.graph import queries
    from trichdan.graph.store import Store
    db = Store(store, read_only=True)
    listed = ask("queries")
    for name in QUESTION_QUERIES:
        text = queries.load(name)
        assert text.startswith("# ") and text.splitlines()[0].endswith("."), name
        assert name in listed
        params = {p: Literal("2023") if p in ("qSince", "qUntil", "qName", "qPath") else NamedNode("https://trichdan.example/x")
                  for p in queries.parameters(text)}
        assert isinstance(queries.run(db, name, **params), list)
