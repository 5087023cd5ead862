"""The catalogue graph (one description per document) and reconciling bare references."""

from __future__ import annotations

import pyoxigraph as ox

from trichdan.graph import catalogue, queries, reconcile
from trichdan.graph.cites import cites
from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings

FULL = """Quán triệt Quyết định số 99-QĐ/TW

Ngày 5/3/2019, Đảng ủy xã Cẩm Bình (huyện Cẩm Xuyên, tỉnh Hà Tĩnh) tổ chức hội nghị quán triệt Quyết định
số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về phát huy vai trò của Nhân dân.
"""
BARE = """Dân vận khéo ở Cẩm Xuyên

Năm 2022, các chi bộ ở huyện Cẩm Xuyên, tỉnh Hà Tĩnh tiếp tục thực hiện Nghị quyết 07 của Tỉnh ủy về dân vận.
"""
DATED = """Sơ kết Nghị quyết 07-NQ/TU

Ngày 5/3/2023, Huyện ủy Cẩm Xuyên (tỉnh Hà Tĩnh) sơ kết Nghị quyết số 07-NQ/TU ngày 12/5/2021 của Tỉnh ủy
Hà Tĩnh về công tác dân vận.
"""
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
KEY = ox.NamedNode("https://trichdan.example/ontology#key")
DATE = ox.NamedNode("http://data.europa.eu/eli/ontology#date_document")
DOC = "https://trichdan.example/id/doc/dang/tw/quyet-dinh/xii/99"


def _ingest(store: Store, *paths) -> None:
    report = ingest(store, [str(p) for p in paths], Settings(json=False, rdf=True), workers=1)
    assert report.failed == 0


def _entries(store: Store) -> dict[str, list[str]]:
    """Catalogue: document IRI → its labels there."""
    found: dict[str, list[str]] = {}
    for quad in store.db.quads_for_pattern(None, LABEL, None, catalogue.CATALOGUE):
        found.setdefault(quad.subject.value, []).append(quad.object.value)
    return found


def test_one_entry_per_document_whatever_the_number_of_articles(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(FULL.replace("5/3/2019", f"{i + 5}/3/2019"), "utf-8")
    store = Store(str(tmp_path / "store"))
    _ingest(store, tmp_path)
    assert _entries(store)[DOC] == ["Quyết định 99-QĐ/TW"]
    rows = queries.run(store, "documents_by_symbol", qSymbol="99-QĐ/TW")
    assert [r["doc"] for r in rows] == [DOC]
    assert len(cites(store, "Quyết định 99")["documents"][0]["articles"]) == 3


def test_entries_follow_replaced_articles(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(FULL, "utf-8")
    store = Store(str(tmp_path / "store"))
    _ingest(store, article)
    assert DOC in _entries(store)
    article.write_text(FULL.replace("Quyết định\nsố 99-QĐ/TW ngày 03/10/2017", "Chỉ thị số 05-CT/TW ngày 15/5/2016")
                       .replace("Quán triệt Quyết định số 99-QĐ/TW", "Quán triệt Chỉ thị 05"), "utf-8")
    _ingest(store, article)
    assert DOC not in _entries(store)
    assert "https://trichdan.example/id/doc/dang/tw/chi-thi/xii/5" in _entries(store)


def test_a_bare_reference_merged_later_points_at_the_dated_document(tmp_path):
    bare, full = tmp_path / "1-bare.txt", tmp_path / "2-full.txt"
    bare.write_text(BARE, "utf-8")
    store = Store(str(tmp_path / "store"))
    _ingest(store, bare)
    loose = {q.subject for q in store.db.quads_for_pattern(None, KEY, None, catalogue.CATALOGUE)}
    assert len(loose) == 1 and next(iter(loose)).value.endswith("/nghi-quyet/-/7")
    full.write_text(DATED, "utf-8")
    report = ingest(store, [str(full)], Settings(json=False, rdf=True), workers=1)
    assert report.merged == 1
    doc = ox.NamedNode("https://trichdan.example/id/doc/dang/tu.ha-tinh/nghi-quyet/2021/7")
    graphs = {q.graph_name for q in store.db.quads_for_pattern(None, None, doc, None)} - {catalogue.CATALOGUE}
    assert len(graphs) == 2  # both articles cite the dated document now
    assert not any(store.db.quads_for_pattern(next(iter(loose)), None, None, None))
    assert not any(store.db.quads_for_pattern(None, None, next(iter(loose)), None))
    assert [q.object.value for q in store.db.quads_for_pattern(doc, LABEL, None, None)] == ["Nghị quyết 07-NQ/TU"]
    assert [q.object.value for q in store.db.quads_for_pattern(doc, KEY, None, None)] == ["dang/tu.ha-tinh/nghi-quyet/2021/7"]
    assert list(_entries(store)) == [doc.value]
    assert len(cites(store, "Nghị quyết 07-NQ/TU Hà Tĩnh")["documents"][0]["articles"]) == 2


def _merged_store(tmp_path, name: str) -> Store:
    """Three articles citing the bare Nghị quyết 07, then one giving it in full (which merges them)."""
    folder = tmp_path / name
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}-bare.txt").write_text(BARE.replace("Năm 2022", f"Năm {2018 + i}"), "utf-8")
    store = Store(str(folder / "store"))
    _ingest(store, *sorted(folder.glob("*-bare.txt")))
    (folder / "9-full.txt").write_text(DATED, "utf-8")
    assert ingest(store, [str(folder / "9-full.txt")], Settings(json=False, rdf=True), workers=1).merged == 1
    return store


def test_a_node_cited_by_many_articles_moves_in_chunks_to_the_same_store(tmp_path, monkeypatch):
    whole = _merged_store(tmp_path, "whole")
    monkeypatch.setattr(reconcile, "CHUNK", 1)
    moves: list[int] = []
    insert = Store.insert

    def counted(self, quads):
        quads = list(quads)
        moves.append(len(quads))
        insert(self, quads)
    monkeypatch.setattr(Store, "insert", counted)
    chunked = _merged_store(tmp_path, "chunked")
    assert moves.count(1) > 3  # the bare node's triples moved one update at a time
    stamp = ox.NamedNode("http://www.w3.org/ns/prov#endedAtTime")

    def quads(store: Store) -> set[str]:
        return {str(q).replace(str(tmp_path / "whole"), "").replace(str(tmp_path / "chunked"), "")
                for q in store.db if q.predicate != stamp}
    assert quads(chunked) == quads(whole)
    doc = ox.NamedNode("https://trichdan.example/id/doc/dang/tu.ha-tinh/nghi-quyet/2021/7")
    assert len({q.graph_name for q in chunked.db.quads_for_pattern(None, None, doc, None)} - {catalogue.CATALOGUE}) == 4


def test_the_date_and_subject_are_the_most_common_the_articles_give(tmp_path):
    for i, date in enumerate(("03/10/2017", "03/10/2017", "04/10/2017")):
        (tmp_path / f"a{i}.txt").write_text(FULL.replace("03/10/2017", date).replace("5/3/2019", f"{i + 5}/3/2019"), "utf-8")
    store = Store(str(tmp_path / "store"))
    _ingest(store, tmp_path)
    dates = [q.object.value for q in store.db.quads_for_pattern(ox.NamedNode(DOC), DATE, None, catalogue.CATALOGUE)]
    assert dates == ["2017-10-03"]
    (tmp_path / "a0.txt").write_text(FULL.replace("03/10/2017", "04/10/2017"), "utf-8")
    _ingest(store, tmp_path / "a0.txt")  # now two of three articles give the 4th
    dates = [q.object.value for q in store.db.quads_for_pattern(ox.NamedNode(DOC), DATE, None, catalogue.CATALOGUE)]
    assert dates == ["2017-10-04"]


def test_rebuild_recreates_the_same_catalogue(tmp_path):
    (tmp_path / "a.txt").write_text(FULL, "utf-8")
    (tmp_path / "b.txt").write_text(BARE, "utf-8")
    store = Store(str(tmp_path / "store"))
    _ingest(store, tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text(DATED, "utf-8")
    _ingest(store, tmp_path)
    before = sorted(map(str, store.db.quads_for_pattern(None, None, None, catalogue.CATALOGUE)))
    assert catalogue.rebuild(store) == (len(_entries(store)), set())
    assert sorted(map(str, store.db.quads_for_pattern(None, None, None, catalogue.CATALOGUE))) == before
