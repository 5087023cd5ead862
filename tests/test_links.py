"""Document → document links an article states: eli:based_on from "căn cứ … ban hành …"."""

from __future__ import annotations

from trichdan.loaders.links import based_on
from trichdan.loaders.pipeline import extract
from trichdan.loaders.sources import Source
from trichdan.loaders.triples import to_quads

ELI_BASED_ON = "http://data.europa.eu/eli/ontology#based_on"


def _links(text: str) -> list[tuple[str, str]]:
    extraction = extract(Source("a.txt", "Tin\n\n" + text))
    return based_on(extraction.article.text, extraction.citations)


def test_basis_before_the_issued_document():
    assert _links("Căn cứ Nghị định 59/2023/NĐ-CP của Chính phủ, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số "
                  "125/KH-UBND ngày 6/3/2024.") == [("nn/ubnd.ha-tinh/ke-hoach/2024/125", "nn/cp/nghi-dinh/2023/59")]


def test_issued_document_before_its_basis():
    assert _links("Kế hoạch 126/KH-UBND ngày 8/3/2024 của UBND tỉnh Hà Tĩnh được ban hành căn cứ Nghị định "
                  "59/2023/NĐ-CP.") == [("nn/ubnd.ha-tinh/ke-hoach/2024/126", "nn/cp/nghi-dinh/2023/59")]


def test_no_link_without_a_basis_or_across_sentences():
    assert _links("Thực hiện Nghị định 59/2023/NĐ-CP, UBND tỉnh Hà Tĩnh ban hành Kế hoạch 125/KH-UBND.") == []
    assert _links("Căn cứ Nghị định 59/2023/NĐ-CP. UBND tỉnh Hà Tĩnh ban hành Kế hoạch 125/KH-UBND.") == []
    assert _links("Căn cứ Nghị định 59/2023/NĐ-CP và Nghị định 04/2015/NĐ-CP, tỉnh tổ chức hội nghị.") == []


def test_links_are_triples_between_documents():
    extraction = extract(Source("a.txt", "Tin\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022, ngày 6/3/2024, "
                                         "UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 125/KH-UBND.\n"))
    links = [q for q in to_quads(extraction) if q.predicate.value == ELI_BASED_ON]
    assert [(q.subject.value.rsplit("/doc/")[1], q.object.value.rsplit("/doc/")[1]) for q in links] == \
        [("nn/ubnd.ha-tinh/ke-hoach/2024/125", "nn/qh/luat/2022/thuc-hien-dan-chu-o-co-so")]
