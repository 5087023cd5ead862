"""Finding what users name: references respelt, aliases, scopes as any unit, people and bodies by name,
suggestions, and the labels that tell documents and people apart (graph/spelling, scopes, lookup, display)."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from trichdan.cli import app
from trichdan.graph import display, scopes
from trichdan.graph.cites import parse_reference
from trichdan.graph.lookup import Lookup, nearness
from trichdan.graph.spelling import read, words
from trichdan.graph.store import Store

runner = CliRunner()
OWN = ROOT / "tests" / "data" / "lookup"  # two articles written for these tests: Ân Thi (Hưng Yên), Can Lộc (Hà Tĩnh)
HT_02 = "https://trichdan.example/id/doc/dang/tu.ha-tinh/nghi-quyet/2017/2"
TH_02 = "https://trichdan.example/id/doc/dang/tu.thanh-hoa/nghi-quyet/2016/2"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    folder = tmp_path_factory.mktemp("articles")
    for source in [*EXAMPLES.iterdir(), *OWN.iterdir()]:
        if source.suffix in (".txt", ".html"):
            shutil.copy(source, folder / source.name)
    path = str(tmp_path_factory.mktemp("lookup-store"))
    result = runner.invoke(app, ["ingest", str(folder), "--store", path, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return Store(path, read_only=True)


@pytest.fixture(scope="module")
def lookup(store, authority) -> Lookup:
    return Lookup(store, authority)


@pytest.mark.parametrize("typed, expected", [
    ("Quyet dinh 99", "Quyết định 99"),  # no diacritics
    ("QD 99", "QĐ 99"),
    ("qd so 99", "QĐ số 99"),
    ("Quyết đinh 99", "Quyết định 99"),  # a tone mark missing
    ("Quyêt dinhh 99", "Quyết định 99"),  # a slip, corrected by rapidfuzz
    ("Nghịquyết 02", "Nghị quyết 02"),
    ("99-QD/TW", "99-QĐ/TW"),
    ("Nghi dinh 04/2015/ND-CP", "Nghị định 04/2015/NĐ-CP"),
    ("NQ TW4 khoa XII", "NQ TW4 khóa XII"),
    ("chi thi 30 cua bo chinh tri", "Chỉ thị 30 của Bộ Chính trị"),
    ("Nghi quyet 02 nam 2017", "Nghị quyết 02 năm 2017"),
    ("Da Nang", "Da Nang"),  # not the abbreviation ĐA: no number follows
    ("nam dan", "nam dan"),  # a place typed in lower case keeps its letters
])
def test_references_are_respelt(typed, expected):
    assert read(typed).text == expected


def test_words_fold_case_diacritics_and_leading_zeros():
    assert words("Luật Dân chủ cơ sở 02-NQ/TU") == ["luat", "dan", "chu", "co", "so", "2", "nq", "tu"]


@pytest.mark.parametrize("reference, scope, level", [
    ("Nghị quyết 05-NQ/HU Ân Thi", "Ân Thi", None),
    ("Nghị quyết 05-NQ/HU huyện Ân Thi", "Ân Thi", "huyện"),
    ("nghi quyet 02 ha tinh", "ha tinh", None),  # "02 ha" is not two hectares here
    ("Nghị quyết 05-NQ/HU hung yen", "hung yen", None),
])
def test_scopes_after_a_reference(reference, scope, level):
    query = parse_reference(reference)
    assert (query.scope, query.scope_level) == (scope, level)


def test_a_province_holds_its_districts_in_either_spelling():
    assert scopes.inside("Ân Thi", "Hưng Yên", "district")
    assert scopes.inside("Ân Thi", "hung yen", "district")
    assert scopes.inside("Hoằng Hóa", "tỉnh Thanh Hóa", "district")
    assert not scopes.inside("Ân Thi", "Hà Tĩnh", "district")
    assert not scopes.inside("Hà Tĩnh", "thành phố Hà Tĩnh", "province")  # the province is not inside its city


@pytest.mark.parametrize("text", ["Pháp lệnh dân chủ", "Pháp lệnh dân chủ ở cơ sở", "pháp lệnh dân chủ cơ sở"])
def test_authority_aliases_by_their_words(text, authority):
    query = parse_reference(text, authority)  # by the grammar (an alias it knows) or by the alias's words
    assert (query.symbol, query.key) == ("34/2007/PL-UBTVQH11", "nn/ubtvqh/phap-lenh/2007/34")


def test_documents_that_share_a_number_are_told_apart(store):
    labels = display.document_labels(store, [HT_02, TH_02])
    assert labels == {HT_02: "Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)",
                      TH_02: "Nghị quyết 02-NQ/TU (Tỉnh ủy Thanh Hóa, 20/9/2016)"}


def test_an_unknown_locality_is_said():
    assert display.document_label({"label": "Nghị quyết 02-NQ/TU", "issuer": "Tỉnh ủy",
                                   "key": "dang/tu/nghi-quyet/-/2"}) == "Nghị quyết 02-NQ/TU (Tỉnh ủy, không rõ địa phương)"


def test_people_with_their_post_and_body(store):
    assert display.person_label(store, "https://trichdan.example/id/person/ha-tinh/phan-van-khoa") == \
        "Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)"
    assert display.person_label(store, HT_02) is None


def test_search_finds_people_bodies_and_places_without_diacritics(lookup):
    found = [(h.kind, h.label, h.articles) for h in lookup.search("Phan Van Khoa")]
    assert found == [("person", "Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)", 2)]
    assert [(h.kind, h.label) for h in lookup.search("UBND huyện Nam Đàn")] == \
        [("organization", "Ủy ban nhân dân huyện Nam Đàn")]  # an abbreviation written out
    assert [h.label for h in lookup.search("Ban Chấp hành Đảng bộ huyện Cẩm Xuyên")] == ["Huyện ủy Cẩm Xuyên"]
    assert [(h.kind, h.label) for h in lookup.search("nghe an") if h.kind == "place"] == [("place", "Nghệ An")]


def test_a_province_scope_finds_its_districts_documents(lookup):
    answer = lookup.documents("Nghị quyết 05-NQ/HU Hưng Yên")
    assert [d["display"] for d in answer.documents] == ["Nghị quyết 05-NQ/HU (Huyện ủy Ân Thi, 12/3/2024)"]
    answer = lookup.documents("Nghị quyết 05-NQ/HU")
    assert [d["display"] for d in answer.documents] == ["Nghị quyết 05-NQ/HU (Huyện ủy Ân Thi, 12/3/2024)",
                                                        "Nghị quyết 05-NQ/HU (Huyện ủy Can Lộc, 10/5/2021)"]
    assert lookup.documents("Nghị quyết 05-NQ/HU Thái Bình").documents == []


def test_suggestions_are_the_nearest_names(lookup):
    assert [h.label for h in lookup.suggest("Quyết định 999")][0] == "Quyết định 99-QĐ/TW (Ban Bí thư Trung ương Đảng, 3/10/2017)"
    assert [h.label for h in lookup.suggest("Phan Van Khao")] == ["Phan Văn Khoa (Phó Trưởng ban, Ban Dân vận Tỉnh ủy Hà Tĩnh)"]
    assert lookup.suggest("xyzzy") == []


def test_nearness_weighs_whole_names_first_words_and_shared_words():
    assert nearness("quyet dinh 999", "quyet dinh 99 qd tw") > 90
    assert nearness("phap lenh dan chu o co so", "luat thuc hien dan chu o co so 2022") >= 70
    assert nearness("nghe an", "ngo van huynh") < 70
