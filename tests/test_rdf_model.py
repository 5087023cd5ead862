"""The RDF model: article graphs say what the article says, shared graphs describe each node once (one
preferred label per body, document labels from the canonical key), a citation's target is its span of the text."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.graph.validate import check, label_conflicts, validate
from trichdan.loaders.batch import Settings
from trichdan.loaders.iris import span_of
from trichdan.loaders.labels import document_label
from trichdan.loaders.model import Document
from trichdan.loaders.resolve import canonical_name
from trichdan.loaders.triples import BODIES

BASE = "https://trichdan.example/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PREF = ox.NamedNode(SKOS + "prefLabel")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
OA_TARGET = ox.NamedNode("http://www.w3.org/ns/oa#hasTarget")
CITATION = ox.NamedNode("http://purl.org/spar/cito/Citation")
ANNOTATION = ox.NamedNode("http://www.w3.org/ns/oa#Annotation")
TINH_UY = ox.NamedNode(BASE + "org/tinh-uy-ha-tinh")

# Two articles naming the same bodies and documents in different words.
ARTICLES = {
    "a.txt": "Hà Tĩnh sơ kết Nghị quyết về nông nghiệp\n\n"
             "Ngày 12/5/2021, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh ban hành Nghị quyết số 05-NQ/TU về phát triển "
             "nông nghiệp. Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX xác định nông nghiệp là trụ cột. "
             "Hội nghị cũng quán triệt Luật Thủ Đô năm 2024.\n",
    "b.txt": "Can Lộc triển khai Nghị quyết 05 của Tỉnh ủy\n\n"
             "Sáng 3/6, Huyện ủy Can Lộc tổ chức hội nghị quán triệt Nghị quyết số 05-NQ/TU ngày 12/5/2021 của "
             "Tỉnh ủy Hà Tĩnh về phát triển nông nghiệp. Thực hiện Nghị quyết Trung ương 4 khóa XII, huyện rà soát "
             "quỹ đất. Huyện cũng tuyên truyền Luật Thủ đô 2024 đến cán bộ.\n",
}


@pytest.fixture()
def store(tmp_path) -> Store:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = Store(str(tmp_path / "store"))
    report = ingest(db, [str(folder)], Settings(json=False, rdf=True), workers=1)
    assert report.added == 2 and report.failed == 0
    return db


def _values(store: Store, sparql: str) -> set[str]:
    return {row[0].value for row in store.query(sparql)}


def _article_graphs(store: Store) -> list[ox.NamedNode]:
    article = ox.NamedNode("https://schema.org/NewsArticle")
    return [g for g in store.db.named_graphs() if ox.Quad(g, RDF_TYPE, article, g) in store.db]


def test_a_body_named_differently_is_described_once_with_one_preferred_label(store):
    labels = _values(store, f"SELECT ?l WHERE {{ <{TINH_UY.value}> skos:prefLabel ?l }}")
    assert labels == {"Tỉnh ủy Hà Tĩnh"}
    alternatives = _values(store, f"SELECT ?l WHERE {{ <{TINH_UY.value}> skos:altLabel ?l }}")
    assert "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh" in alternatives and "Tỉnh ủy Hà Tĩnh" not in alternatives
    # the description is in the bodies' graph only; each article graph names the body, never describes it
    assert {q.graph_name for q in store.db.quads_for_pattern(TINH_UY, None, None, None)} == {BODIES}
    assert len(_article_graphs(store)) == 2
    assert _values(store, "SELECT DISTINCT ?n WHERE { ?d td:key 'dang/tu.ha-tinh/nghi-quyet/2021/5' ; "
                          "td:issuerName ?n }") == {"Tỉnh ủy Hà Tĩnh"}
    several = "SELECT ?s WHERE { ?s skos:prefLabel ?l } GROUP BY ?s (LANG(?l)) HAVING (COUNT(DISTINCT ?l) > 1)"
    assert _values(store, several) == set()


def test_article_graphs_hold_no_description_of_a_shared_node(store):
    for graph in _article_graphs(store):
        subjects = {q.subject.value for q in store.db.quads_for_pattern(None, None, None, graph)
                    if isinstance(q.subject, ox.NamedNode)}
        described = {s.split("/id/", 1)[1].split("/")[0] for s in subjects}
        assert described <= {"article", "doc", "membership"}, described  # doc: the date and subject it gives


def test_the_union_passes_the_shapes_and_validate(store):
    assert [v for v in check(store.quads()) if v.path == "skos:prefLabel"] == []
    assert validate(store).violations == []


def test_a_second_preferred_label_is_a_violation(store):
    first, second = _article_graphs(store)
    store.db.add(ox.Quad(TINH_UY, PREF, ox.Literal("Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh"), second))
    conflicts = [v for v in label_conflicts(store) if v.severity == "Violation"]
    assert [(v.focus, v.path) for v in conflicts] == [(TINH_UY.value, "skos:prefLabel")]
    assert "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh" in conflicts[0].value
    found = [v for v in validate(store).violations if v.focus == TINH_UY.value and v.path == "skos:prefLabel"]
    assert {v.graph for v in found} >= {second.value}  # the article graph checked with the body's description


def test_documents_have_one_readable_label_across_articles(store):
    rows = {row["k"].value: row["l"].value for row in store.query(
        "SELECT ?k ?l WHERE { ?d a eli:LegalResource ; td:key ?k ; rdfs:label ?l }")}
    assert rows["nn/qh/luat/2024/39"] == "Luật Thủ đô 2024"  # "Luật Thủ Đô năm 2024" and "Luật Thủ đô 2024"
    assert rows["dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-19"] == "Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XIX"
    assert rows["dang/tu.ha-tinh/nghi-quyet/2021/5"] == "Nghị quyết 05-NQ/TU"
    assert [v for v in label_conflicts(store)] == []


def test_a_citation_targets_its_span_of_the_article_text(store):
    graph = _article_graphs(store)[0]
    quads = list(store.db.quads_for_pattern(None, None, None, graph))
    body = next(q.object.value for q in quads if q.predicate.value == "https://schema.org/articleBody")
    targets = {q.subject: q.object for q in quads if q.predicate == OA_TARGET}
    assert targets and not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads)
    for citation, target in targets.items():
        assert target.value.startswith(f"{graph.value}#char=")
        start, end = span_of(target.value)
        assert span_of(citation.value) == (start, end) and 0 <= start < end <= len(body)
        assert {q.object for q in quads if q.subject == citation and q.predicate == RDF_TYPE} == {CITATION, ANNOTATION}
    moved = [q if q.predicate != OA_TARGET else ox.Quad(q.subject, q.predicate, ox.NamedNode(f"{graph.value}#char=0,999999"), q.graph_name)
             for q in quads]
    assert any("not a span of the citing article's text" in v.message for v in check(moved))


def _doc(key: str, type_word: str, system: str = "party", **more) -> Document:
    return Document(key=key, type=type_word, system=system, **more)


@pytest.mark.parametrize("doc, quoted, label", [
    (_doc("dang/tw/quyet-dinh/xii/99", "Quyết định", number=99, symbol="99-QĐ/TW"), [], "Quyết định 99-QĐ/TW"),
    (_doc("dang/tu.ha-tinh/nghi-quyet/-/35", "Nghị quyết", number=35, scope="Hà Tĩnh"), [],
     "Nghị quyết số 35 (Hà Tĩnh)"),
    (_doc("dang/tw/nghi-quyet/xii/hntw-4", "Nghị quyết", term="XII"), [], "Nghị quyết Trung ương 4 khóa XII"),
    (_doc("dang/tw/nghi-quyet/-/hntw-7", "Nghị quyết"), [], "Nghị quyết Trung ương 7"),
    (_doc("dang/tw/nghi-quyet/xiii/dai-hoi-13", "Nghị quyết", term="XIII"), [], "Nghị quyết Đại hội XIII của Đảng"),
    (_doc("dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-18", "Nghị quyết", scope="Hà Tĩnh"), [],
     "Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XVIII"),
    (_doc("dang/tu.ha-noi/nghi-quyet/-/dai-hoi-17", "Nghị quyết", scope="Hà Nội"), [],
     "Nghị quyết Đại hội Đảng bộ thành phố Hà Nội lần thứ XVII"),
    (_doc("dang/hu.can-loc/nghi-quyet/-/dai-hoi-25", "Nghị quyết", scope="Can Lộc"), [],
     "Nghị quyết Đại hội Đảng bộ huyện Can Lộc lần thứ XXV"),
    (_doc("dang/tu/nghi-quyet/-/dai-hoi-18", "Nghị quyết"), [], "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"),
    (_doc("nn/qh/luat/2022/thuc-hien-dan-chu-o-co-so", "Luật", "state", year=2022),
     ["Luật Thực hiện dân chủ ở cơ sở năm 2022"], "Luật Thực hiện dân chủ ở cơ sở 2022"),
    (_doc("nn/qh/luat/2022/thuc-hien-dan-chu-o-co-so", "Luật", "state", year=2022),
     ["LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ"], "Luật Thực hiện dân chủ ở cơ sở 2022"),
    (_doc("nn/qh/luat/2015/mat-tran-to-quoc-viet-nam", "Luật", "state", year=2015),
     ["theo Luật Mặt Trận Tổ Quốc Việt Nam,"], "Luật Mặt trận Tổ quốc Việt Nam 2015"),
    (_doc("nn/qh/luat/2006/phong-chong-hiv-aids", "Luật", "state", year=2006),
     ["Luật Phòng, chống HIV/AIDS"], "Luật Phòng, chống HIV/AIDS 2006"),
    (_doc("nn/qh/hien-phap/2013/hien-phap", "Hiến pháp", "state", year=2013,
          title="quyền làm chủ của Nhân dân"), ["Hiến pháp năm 2013"], "Hiến pháp 2013"),
    (_doc("dang/tw/dieu-le/xi/dang", "Điều lệ", term="XI"), ["Điều lệ Đảng"], "Điều lệ Đảng"),
    (_doc("dang/tw/cuong-linh/xi/xay-dung-dat-nuoc", "Cương lĩnh", term="XI"), ["Cương lĩnh chính trị"],
     "Cương lĩnh xây dựng đất nước"),
    (_doc("nn/ctn/lenh/-/cong-bo-luat-thuc-hien-dan-chu-o-co-so", "Lệnh", "state"),
     ["Lệnh công bố Luật thực hiện dân chủ ở cơ sở"], "Lệnh công bố Luật Thực hiện dân chủ ở cơ sở"),
])
def test_document_label(doc, quoted, label):
    assert document_label(doc, quoted) == label


def test_canonical_name_of_a_body_the_article_words_differently():
    assert canonical_name("tinh-uy-ha-tinh", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", {}) == "Tỉnh ủy Hà Tĩnh"
    assert canonical_name("ban-bi-thu-trung-uong-dang", "Ban Bí thư", {}) == "Ban Bí thư Trung ương Đảng"
    assert canonical_name("tinh-uy-ha-tinh", "BCH Đảng bộ tỉnh", {"tinh-uy-ha-tinh": "Tỉnh ủy Hà Tĩnh"}) == "Tỉnh ủy Hà Tĩnh"
    assert canonical_name("bo-chinh-tri", "Bộ Chính trị", {}) == "Bộ Chính trị"


def test_the_district_an_article_is_set_in_is_described_when_no_mention_names_it():
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    from trichdan.loaders.triples import to_quads
    text = ("Xã Tam Nghĩa, xã Tam Quang và xã Tam Hải tổ chức ra quân làm đường giao thông nông thôn theo "
            "Kế hoạch số 12/KH-UBND của UBND tỉnh Quảng Nam.\n")
    extraction = extract(Source("p.txt", text))
    assert extraction.main_place not in {p.key for p in extraction.places}  # Núi Thành, named by no mention
    described = {q.subject.value for q in to_quads(extraction)
                 if q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                 and q.object.value.endswith("AdministrativeArea")}
    assert any(iri.endswith(f"/place/{extraction.main_place}") for iri in described)
