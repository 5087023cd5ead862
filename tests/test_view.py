"""Views without a browser: what a view holds, its budgets and notices, labels, the document page, escaping."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from typer.testing import CliRunner

from conftest import CLI, EXAMPLES
from trichdan.cli import app
from trichdan.graph.store import Store
from trichdan.graph.views import build, document_html, graph_html
from trichdan.graph.views import content as content_module
from trichdan.graph.display import sentence
from trichdan.graph.views.labels import article_label, document_label, heading_line
from trichdan.graph.views.page import script_json

runner = CliRunner()
RELATIONS = """Tỉnh triển khai quy định mới về dân chủ ở cơ sở

(Baohatinh.vn) - Ngày 5/9/2023, UBND tỉnh Hà Tĩnh tổ chức hội nghị triển khai các văn bản mới.

Căn cứ Nghị định số 59/2023/NĐ-CP của Chính phủ, UBND tỉnh ban hành Kế hoạch số 125/KH-UBND về thực hiện dân chủ ở cơ sở.

Nghị định số 59/2023/NĐ-CP thay thế Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước.

Quyết định số 10/2023/QĐ-UBND sửa đổi, bổ sung Quyết định số 25/2019/QĐ-UBND của UBND tỉnh Hà Tĩnh.
"""


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("examples-store"))
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--store", path, "--workers", "1"]).exit_code == 0
    return path


@pytest.fixture(scope="module")
def db(examples) -> Store:
    return Store(examples, read_only=True)


def doc_iri(db: Store, reference: str) -> list[str]:
    from trichdan.graph.cites import cites
    return [d["id"] for d in cites(db, reference)["documents"]]


def kinds(view, kind: str) -> dict[str, dict]:
    return {i: m for i, m in view.meta.items() if m["kind"] == kind}


def test_whole_store_view_draws_every_article_with_what_it_names(db):
    view = build(db)
    articles = kinds(view, "article")
    assert len(articles) == 6 and set(articles) <= set(view.drawn)
    assert view.heading == "Toàn bộ kho / whole store"
    assert view.notices[0] == "6 bài báo trong kho (tất cả / all)"
    assert view.group_by is None
    # people, organisations and places are nodes, all drawn while the drawing stays small
    for kind in ("person", "organization", "place", "document"):
        assert kinds(view, kind) and set(kinds(view, kind)) <= set(view.drawn)
    assert all("x" in n and "y" in n for n in view.nodes if n["id"] in view.drawn)


def test_labels_tell_documents_apart_and_articles_never_use_the_file_name(db):
    view = build(db)
    labels = {m["label"] for m in kinds(view, "document").values()}
    assert "Nghị quyết 02-NQ/TU (Hà Tĩnh, 2017)" in labels
    assert any(label.startswith("Nghị quyết 02-NQ/TU (Thanh Hóa") for label in labels)
    nodes = {n["id"]: n for n in view.nodes}
    for i, m in kinds(view, "article").items():
        assert "examples/" not in nodes[i]["label"] and ".txt" not in nodes[i]["label"]
    untitled = next(m for m in kinds(view, "article").values() if m["file"].endswith("04_hatinh-nghixuan-dan-van-kheo.txt"))
    assert untitled["heading"] == 'Nghi Xuân nhân rộng mô hình "Dân vận khéo"'


def test_rich_details_posts_issuers_and_places(db):
    view = build(db)
    people = {m["name"]: m for m in kinds(view, "person").values()}
    khoa = people["Phan Văn Khoa"]
    assert khoa["province"] == "Hà Tĩnh" and len(khoa["articles"]) == 2
    assert any(role == "Phó Trưởng ban" for role, _ in khoa["posts"])
    q99 = next(m for m in kinds(view, "document").values() if m["symbol"] == "99-QĐ/TW")
    assert q99["type"] == "Quyết định" and q99["date"] == "2017-10-03" and q99["cited"] == 4
    issuer = view.meta[q99["issuerNode"]]
    assert issuer["kind"] == "organization" and view.ids[q99["iri"]] in issuer["issued"]
    assert q99["issuer"] in issuer["name"]
    assert q99["kinds"] and all(k in ("implements", "cites", "citesAsAuthority", "reviews") for k in q99["kinds"])
    article = view.meta[q99["articles"][0]]
    sentences = [s for d, _, said in article["cites"] if d == view.ids[q99["iri"]] for s in said]
    assert sentences and all("99" in s for s in sentences)
    place = next(m for m in kinds(view, "place").values() if m["name"] == "Nghi Xuân")
    assert place["level"] == "huyện" and place["parent"] == "Hà Tĩnh"


def test_layout_is_stable(db):
    first, second = build(db), build(db)
    assert [(n["id"], n.get("x"), n.get("y")) for n in first.nodes] == [(n["id"], n.get("x"), n.get("y")) for n in second.nodes]


def test_past_the_budget_articles_are_grouped_with_counts(db, monkeypatch):
    monkeypatch.setattr(content_module, "ARTICLE_BUDGET", 3)
    for group_by, expected in (("province", {"Hà Tĩnh": 2, "Thanh Hóa": 1, "Quảng Trị": 1, "Sơn La": 1, "Nghệ An": 1}),
                               ("month", None), ("site", None)):
        view = build(db, group_by=group_by)
        groups = kinds(view, "group")
        assert view.group_by == group_by
        assert sum(len(g["members"]) for g in groups.values()) == 6
        assert not set(kinds(view, "article")) & set(view.drawn)  # articles wait in their group
        assert set(groups) <= set(view.drawn)
        if expected:
            assert {g["name"]: len(g["members"]) for g in groups.values()} == expected
        assert any("bấm vào một nhóm" in n for n in view.notices)
        nodes = {n["id"]: n for n in view.nodes}
        assert all("x" in nodes[a] for g in groups.values() for a in g["members"])  # placed around their group


def test_limit_is_honest(db):
    view = build(db, limit=2)
    assert len(kinds(view, "article")) == 2
    assert view.notices[0].startswith("2 bài báo trong kho mới nhất trong 6")
    assert any("--limit 6" in n for n in view.notices)
    dates = sorted((m["date"] for m in kinds(view, "article").values()), reverse=True)
    assert dates == ["2024-04-18", "2023-09-21"]  # the newest two


def test_document_focus_view(db):
    focus = doc_iri(db, "Quyết định 99")
    view = build(db, focus)
    assert view.focus == [view.ids[focus[0]]]
    assert view.meta[view.focus[0]]["focus"] and view.heading == "Quyết định 99-QĐ/TW"
    assert view.notices[0] == "4 bài báo trích dẫn Quyết định 99-QĐ/TW (tất cả / all)"
    node = next(n for n in view.nodes if n["id"] == view.focus[0])
    assert (node["x"], node["y"]) == (0.0, 0.0) and node["group"] == "focus"


def test_document_page(db):
    html = document_html(db, doc_iri(db, "Quyết định 99")[0])
    assert "<h1>Quyết định 99-QĐ/TW (2017)</h1>" in html
    assert "Ban Bí thư" in html and "dang/tw/quyet-dinh/xii/99" in html
    table = json.loads(re.search(r'<script type="application/json" id="trichdan-table">(.*?)</script>', html, re.S).group(1))
    assert len(table) == 4 and {"date", "site", "title", "how", "sentence"} <= set(table[0])
    assert all(row["sentence"] and row["how"] for row in table)
    assert "Địa bàn / localities (4)" in html and "Cẩm Xuyên" in html
    assert "Cán bộ / officials" in html and "Phan Văn Khoa" in html
    assert not re.search(r"(src|href)=\"https?:", html)


def test_document_relations_both_directions(tmp_path):
    (tmp_path / "rel.txt").write_text(RELATIONS, encoding="utf-8")
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(tmp_path / "rel.txt"), "--store", store, "--workers", "1"]).exit_code == 0
    db = Store(store, read_only=True)

    def relations(reference):
        html = document_html(db, doc_iri(db, reference)[0])
        return {title: items for title, items in re.findall(r"<h3>(.*?)</h3>\s*(?:<ul>(.*?)</ul>|<span)", html, re.S)}

    plan = relations("Kế hoạch 125/KH-UBND")
    assert "Nghị định 59/2023/NĐ-CP" in plan["Căn cứ / based on"]
    decree = relations("Nghị định 59/2023/NĐ-CP")
    assert "Kế hoạch 125/KH-UBND" in decree["Là căn cứ của / basis of"]
    assert "Nghị định 04/2015/NĐ-CP" in decree["Thay thế / replaces"]
    assert "Nghị định 59/2023/NĐ-CP" in relations("Nghị định 04/2015/NĐ-CP")["Bị thay thế bởi / replaced by"]
    assert "Quyết định 10/2023/QĐ-UBND" in relations("Quyết định 25/2019/QĐ-UBND")["Được sửa đổi bởi / amended by"]
    assert "Quyết định 25/2019/QĐ-UBND" in relations("Quyết định 10/2023/QĐ-UBND")["Sửa đổi, bổ sung / amends"]


def test_script_json_cannot_close_the_script():
    text = script_json({"t": "</script><script>alert(1)</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["t"].startswith("</script>")


def test_the_reference_is_escaped_in_the_heading(examples, tmp_path):
    out = tmp_path / "ref.html"
    reference = "<img src=x onerror=alert(9)> Nghị quyết 02-NQ/TU"
    result = runner.invoke(app, ["view", reference, "--store", examples, "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(9)&gt; Nghị quyết 02-NQ/TU" in html


def test_one_document_gives_its_page_several_give_the_graph(examples, tmp_path):
    one = runner.invoke(app, ["view", "Quyết định 99", "--store", examples, "--out", str(tmp_path / "one.html")])
    assert one.exit_code == 0 and "document page, 4 of 4 articles" in one.stderr
    two = runner.invoke(app, ["view", "Nghị quyết 02-NQ/TU", "--store", examples, "--out", str(tmp_path / "two.html")])
    assert two.exit_code == 0 and "graph page, 3 of 3 articles" in two.stderr
    html = (tmp_path / "two.html").read_text(encoding="utf-8")
    assert "Nghị quyết 02-NQ/TU (Hà Tĩnh, 2017)" in html and 'id="trichdan-table"' not in html


def test_out_into_a_missing_folder_is_one_line(examples, tmp_path):
    result = subprocess.run([CLI, "view", "--store", examples, "--out", str(tmp_path / "missing" / "v.html")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "missing" in result.stderr and "does not exist" in result.stderr


def test_heading_line():
    assert heading_line("Cập nhật: 10:05 21/09/2023\n(Baohatinh.vn) - Huyện Nghi Xuân đã làm.\n\n"
                        "Nghi Xuân nhân rộng mô hình\n\nNghi Xuân nhân rộng mô hình\n") == "Nghi Xuân nhân rộng mô hình"
    assert heading_line("21/09/2023 10:05\nĐối thoại với dân ở Nam Đàn\nSáng nay, huyện tổ chức đối thoại.") == \
        "Đối thoại với dân ở Nam Đàn"
    assert heading_line("Một câu trọn vẹn kết thúc bằng dấu chấm.") is None
    assert article_label(None, None, "2023-05-17T09:40:00", "baohatinh.vn") == "(không có tiêu đề)\n17/05/2023 · baohatinh.vn"


def test_document_label_and_sentence():
    assert document_label("Nghị quyết 02-NQ/TU", "Hà Tĩnh", "2017") == "Nghị quyết 02-NQ/TU (Hà Tĩnh, 2017)"
    assert document_label("Luật Thực hiện dân chủ ở cơ sở 2022", None, "2022") == "Luật Thực hiện dân chủ ở cơ sở 2022"
    text = "Câu đầu. Hội nghị quán triệt Chỉ thị 30-CT/TW của Bộ Chính trị. Câu sau."
    start = text.index("Chỉ thị")
    assert sentence(text, start, start + len("Chỉ thị 30-CT/TW")) == "Hội nghị quán triệt Chỉ thị 30-CT/TW của Bộ Chính trị."


def test_graph_page_is_offline(db):
    html = graph_html(build(db))
    assert not re.search(r"(src|href)=[\"']?https?:", html)
    assert not re.search(r"<link[^>]+href|<script[^>]+src", html)
