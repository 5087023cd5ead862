"""``trichdan evaluate``: the matching rules of both gold formats on hand-made records, reading the gold,
the command line (formats, exit codes, one-line errors), and, marked ``shared``, the same numbers and
errors as ../shared/eval/score.py and real_score.py on deliberately damaged extractions."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CLI, GOLD_SETS
from trichdan.cli import app
from trichdan.graph.evaluation import ArticlesError, GoldError, _file_key, answer_queries, evaluate, load_gold
from trichdan.graph.evaluation_real import real_document_matches, real_symbol, score_real
from trichdan.graph.evaluation_report import REAL, SEED, render_table
from trichdan.graph.evaluation_seed import score_seed, seed_document_matches, seed_fold
from trichdan.loaders.batch import Result, Settings, resolve_batch, run

runner = CliRunner()


def test_seed_fold_moves_old_tones_and_abbreviates_bodies():
    assert seed_fold("  Ủy ban nhân dân  tỉnh Thanh Hoá ") == "ubnd tỉnh thanh hóa"
    assert seed_fold("Uỷ ban Mặt trận Tổ quốc") == "ủy ban mttq"
    assert seed_fold("Hoàng Văn Thuỷ") == "hoàng văn thủy"  # "oà" inside a word keeps its tone
    assert seed_fold(None) == ""


def test_seed_document_matching():
    decision = {"type": "Quyết định", "number": 99, "year": 2017}
    assert seed_document_matches(decision, {"type": "quyết định", "number": "0099", "year": "2017"}, [])
    assert not seed_document_matches(decision, {"type": "Quyết định", "number": 99, "year": 2018}, [])
    assert seed_document_matches(decision, {"type": "Quyết định", "number": 99}, [])  # no year: no contradiction
    assert not seed_document_matches(decision, {"type": "Chỉ thị", "number": 99}, [])
    law = {"type": "Luật", "number": 10, "number_optional": True, "match": ["Thực hiện dân chủ ở cơ sở"]}
    assert seed_document_matches(law, {"type": "Luật", "number": None}, ["Luật Thực hiện dân chủ ở cơ sở năm 2022"])
    assert seed_document_matches(law, {"type": "Luật", "title": "Luật Thực hiện dân chủ ở cơ sở"}, [])
    assert not seed_document_matches(law, {"type": "Luật", "number": 11}, ["Luật Thực hiện dân chủ ở cơ sở"])
    local = {"type": "Kế hoạch", "number": 45, "scope": "Hà Tĩnh", "issuer": "Huyện ủy Can Lộc, tỉnh Hà Tĩnh"}
    assert seed_document_matches(local, {"type": "Kế hoạch", "number": 45, "scope": "Can Lộc"}, [])  # inside the issuer
    assert not seed_document_matches(local, {"type": "Kế hoạch", "number": 45, "scope": "Nghệ An"}, [])


SEED_GOLD = {
    "articles": {
        "a.txt": {"authors": ["Lê Văn Bút"], "documents": [
            {"key": "QD99", "type": "Quyết định", "number": 99, "symbol": "99-QĐ/TW", "date": "2017-10-03", "issuer": "Ban Bí thư"},
            {"key": "NQ02-HT", "type": "Nghị quyết", "number": 2, "symbol": "02-NQ/TU", "scope": "Hà Tĩnh",
             "issuer": "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh"},
            {"key": "DH13", "type": "Nghị quyết", "number": None, "match": ["Đại hội XIII"], "soft": True}],
            "people": [{"name": "Nguyễn Văn An", "titles": ["Bí thư"], "org_core": ["Tỉnh ủy", "Hà Tĩnh"]}],
            "places": [{"name": "Hà Tĩnh", "level": "tỉnh"}]},
        "b.txt": {"documents": [
            {"key": "QD99", "type": "Quyết định", "number": 99},
            {"key": "NQ02-NA", "type": "Nghị quyết", "number": 2, "scope": "Nghệ An"},
            {"key": "KL21", "type": "Kết luận", "number": 21}],
            "people": [{"name": "Nguyễn Văn An", "titles": ["Phó Bí thư"]}],
            "places": [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Vinh", "level": "thành phố"}]},
    },
    "queries": [{"ask": "Quyết định 99", "articles": ["a.txt", "b.txt"]},
                {"ask": "Nghị quyết 02-NQ/TU Hà Tĩnh", "articles": ["a.txt"]}],
    "same_person_across_articles": [{"name": "Nguyễn Văn An", "articles": ["a.txt", "b.txt"]}],
}
SEED_RECORDS = {
    "a.txt": {"authors": [], "documents": [
        {"id": "d:qd99", "type": "Quyết định", "number": 99, "symbol": "99-QĐ/TW", "date": "2017-10-03", "issuer": "Ban Bí thư"},
        {"id": "d:nq2", "type": "Nghị quyết", "number": 2, "symbol": "02 - NQ/TU", "scope": "Hà Tĩnh", "issuer": "Tỉnh ủy Hà Tĩnh"},
        {"id": "d:ct5", "type": "Chỉ thị", "number": 5, "symbol": "05-CT/TW"}],
        "citations": [{"document": "d:ct5", "text": "Chỉ thị số 05-CT/TW"}],
        "people": [{"id": "p:an", "name": "Nguyễn Văn An", "roles": [{"title": "Bí thư", "organization": "Tỉnh ủy Hà Tĩnh"}]},
                   {"id": "p:but", "name": "Lê Văn Bút", "roles": []},
                   {"id": "p:cuc", "name": "Trần Thị Cúc", "roles": []}],
        "places": [{"name": "Hà Tĩnh", "level": "tỉnh"}, {"name": "Can Lộc", "level": "huyện"}]},
    "b.txt": {"documents": [
        {"id": "d:qd99-again", "type": "Quyết định", "number": 99},
        {"id": "d:nq2", "type": "Nghị quyết", "number": 2, "scope": "Nghệ An"}],
        "people": [{"id": "p:an", "name": "Nguyễn Văn An", "roles": [{"title": "Bí thư", "organization": "Tỉnh ủy Nghệ An"}]}],
        "places": [{"name": "Nghệ An", "level": "thành phố"}]},
}


def test_seed_scores_counts_attributes_identity_and_queries():
    answers = {"Quyết định 99": {"a.txt", "b.txt"}, "Nghị quyết 02-NQ/TU Hà Tĩnh": {"a.txt", "b.txt"}}
    result = score_seed(SEED_GOLD, SEED_RECORDS, answers)
    assert (result.documents.tp, result.documents.fp, result.documents.fn) == (4, 1, 1)  # the soft one is no miss
    assert {k: str(v) for k, v in result.attributes.items()} == {"date": "1/1", "symbol": "2/2", "issuer": "1/2"}
    assert (result.people.tp, result.people.fp, result.people.fn) == (2, 1, 0)  # the author is not extra
    assert (str(result.titles), str(result.organisations)) == ("1/2", "1/1")
    assert (result.places.tp, result.places.fp, result.places.fn, str(result.levels)) == (2, 1, 1, "1/2")
    assert (str(result.same), str(result.distinct), str(result.queries)) == ("1/2", "0/1", "1/2")
    assert round(result.documents.f1, 3) == 0.8
    assert set(result.errors) == {
        "a.txt: extra document 05-CT/TW 5 'Chỉ thị số 05-CT/TW'", "a.txt: extra person Trần Thị Cúc",
        "a.txt: extra place Can Lộc", "b.txt: missed document KL21", "b.txt: missed place Vinh",
        "identity: QD99 split into 2 nodes", "identity: NQ02-HT and NQ02-NA merged into one node",
        "query 'Nghị quyết 02-NQ/TU Hà Tĩnh': got ['a.txt', 'b.txt'] want ['a.txt']"}
    assert result.summary() == "docF1=0.8 peopleF1=0.8 placesF1=0.667 queries=1/2 identity=1/3"


def test_seed_article_without_output_is_missing_everything():
    result = score_seed(SEED_GOLD, {"a.txt": SEED_RECORDS["a.txt"]}, {})
    assert result.missing == ["b.txt"]
    assert result.documents.fn == 3 and result.people.fn == 1 and result.places.fn == 2
    assert "query 'Quyết định 99': not asked" in result.errors


def test_real_symbols_and_types():
    assert real_symbol("09-NQ/TU") == real_symbol("9 NQ/TU") == real_symbol("9/NQ-TU") == "9NQTU"
    assert real_symbol("99-Q\u00d0/TW") == real_symbol("99-QĐ/TW")
    joint = {"type": "Thông tư liên tịch", "number": 55, "symbol": "55/2005/TTLT-BNV-VPCP"}
    assert real_document_matches(joint, {"type": "Thông tư", "number": 55, "symbol": "55/2005/TTLT-BNV-VPCP"}, [])
    assert not real_document_matches(joint, {"type": "Thông tư", "number": 55, "symbol": "55/2005/TT-BNV"}, [])
    assert real_document_matches(joint, {"type": "Thông tư", "number": 55, "symbol": "55/2005/TT-BNV"}, [], symbol=False)
    law = {"type": "Luật", "number": None, "keys": ["đất đai"], "exclude": ["sửa đổi"]}
    assert real_document_matches(law, {"type": "Luật"}, ["Luật Đất đai năm 2013"])
    assert not real_document_matches(law, {"type": "Luật"}, ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai"])


REAL_GOLD = {"articles": [{
    "file": "x.txt",
    "citations": [
        {"form": "Nghị quyết số 09-NQ/TU", "type": "Nghị quyết", "number": 9, "symbol": "09-NQ/TU", "province": "Hà Tĩnh"},
        {"form": "Quyết định số 1518-QĐ/TW", "type": "Quyết định", "number": 1518, "symbol": "1518-QĐ/TU",
         "symbol_alts": ["1518-QĐ/TW"], "province": "Quảng Bình", "scope_alts": ["Minh Hóa"]},
        {"form": "Kế hoạch 45", "type": "Kế hoạch", "number": 45, "symbol": None, "province": "Nghệ An"},
        {"form": "Chương trình 03-CTr/TU", "type": "Chương trình", "number": 3, "symbol": "03-CTr/TU", "province": "Thanh Hóa"},
        {"form": "Luật Đất đai", "type": "Luật", "number": None, "symbol": None, "keys": ["đất đai"]},
        {"form": "Số: 12/KH-UBND", "type": "Kế hoạch", "number": 12, "symbol": "12/KH-UBND", "uncertain": True},
        {"form": "Chỉ thị 05", "type": "Chỉ thị", "number": 5, "symbol": "05-CT/TW"}],
    "people": [{"name": "Nguyễn Văn An"}, {"name": "Lê Bút", "uncertain": True}],
    "places": ["Hà Tĩnh", "TP Hồ Chí Minh|TP.HCM", {"name": "Mù Cang Chải", "uncertain": True}, "Vinh"]}]}
REAL_RECORD = {
    "file": "texts/x.txt",
    "documents": [
        {"id": "d1", "type": "Nghị quyết", "number": 9, "symbol": "9/NQ-TU", "scope": "huyện Can Lộc, tỉnh Hà Tĩnh"},
        {"id": "d2", "type": "Quyết định", "number": 1518, "symbol": "1518-QĐ/TW", "scope": "huyện Minh Hóa"},
        {"id": "d3", "type": "Kế hoạch", "number": 45, "scope": "Quỳnh Lưu"},
        {"id": "d4", "type": "Chương trình", "number": 3, "symbol": "03-CTr/TU", "scope": None},
        {"id": "d5", "type": "Luật", "number": None},
        {"id": "d6", "type": "Chỉ thị", "number": 5, "symbol": "05-CT/TU"}],
    "citations": [{"document": "d5", "text": "Luật Đất đai năm 2013"}],
    "people": [{"name": "Nguyễn Văn  An", "roles": []}, {"name": "Trần Cúc", "roles": [{"title": "Chủ tịch", "organization": "UBND xã"}]}],
    "places": [{"name": "tỉnh Hà Tĩnh"}, {"name": "TP.HCM"}, {"name": "huyện Quỳnh Lưu", "within": "Nghệ An"}],
}


def test_real_scores_documents_scope_people_places():
    result = score_real(REAL_GOLD, {_file_key(REAL_RECORD["file"], REAL): REAL_RECORD})
    assert (result.documents.tp, result.documents.fp, result.documents.fn) == (5, 1, 1)
    lenient = result.lenient_documents
    assert (lenient.tp, lenient.fp, lenient.fn) == (6, 0, 0)  # the Chỉ thị's only fault is its symbol
    assert str(result.scope) == "3/4"  # the name ending the scope, scope_alts, the places' within chain; not None
    assert (result.people.tp, result.people.fp, result.people.fn) == (1, 1, 0)
    assert str(result.places_found) == "2/3"
    assert result.errors == [
        "x.txt: scope of 'Chương trình 03-CTr/TU': gold 'Thanh Hóa', extracted None",
        "x.txt: missed document 'Chỉ thị 05' (Chỉ thị 5 05-CT/TW)",
        "x.txt: extra document Chỉ thị 5 05-CT/TU [-|-] []",
        "x.txt: extra person 'Trần Cúc' (Chủ tịch UBND xã)",
        "x.txt: missed place 'Vinh'"]
    assert result.summary() == ("real docP=0.833 docR=0.833 docF1=0.833 peopleP=0.500 peopleR=1.000 placesR=0.667 "
                                "scope=3/4")


def test_real_nothing_to_count_scores_zero_as_the_real_scorer_does():
    result = score_real({"articles": [{"file": "y.txt", "citations": [], "people": [], "places": []}]}, {})
    assert (result.documents.precision, result.documents.recall, result.people.precision) == (0.0, 0.0, 0.0)
    assert result.missing == ["y.txt"]


def test_load_gold_tells_the_formats_apart(tmp_path):
    assert load_gold(GOLD_SETS[0] / "gold.json")[0] == SEED
    path = tmp_path / "real.json"
    path.write_text(json.dumps(REAL_GOLD, ensure_ascii=False), "utf-8")
    assert load_gold(path) == (REAL, REAL_GOLD)


@pytest.mark.parametrize("content, message", [
    (None, "cannot read the gold file"),
    ("{", "not a JSON file"),
    ('{"articles": 3}', "must map file names to annotations (seed format) or list annotated files"),
    ('{"articles": {"a.txt": {"documents": [{"type": "Luật"}], "people": [], "places": []}}}',
     "not a seed gold file: articles/a.txt/documents/0: 'key' is a required property"),
    ('{"articles": [{"file": "a.txt", "citations": [{"type": "Luật", "number": "5"}], "people": [], "places": []}]}',
     "not a real-text gold file: articles/0/citations/0/number: '5' is not of type 'integer', 'null'"),
])
def test_unreadable_gold_is_one_error(tmp_path, content, message):
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(GoldError, match=re.escape(message)):
        load_gold(path)


def test_missing_or_empty_articles(tmp_path):
    with pytest.raises(ArticlesError, match="no such file or directory"):
        evaluate(GOLD_SETS[0] / "gold.json", tmp_path / "nowhere")
    with pytest.raises(ArticlesError, match="directory has no .txt"):
        evaluate(GOLD_SETS[0] / "gold.json", tmp_path)


@pytest.fixture(scope="module")
def small_set(tmp_path_factory) -> tuple[Path, Path]:
    """Two articles of gold_a, their gold and one query, and a file that is not UTF-8."""
    folder = tmp_path_factory.mktemp("small")
    gold = json.loads((GOLD_SETS[0] / "gold.json").read_text("utf-8"))
    names = ["101_ha-tinh-huong-khe-chi-thi-30.txt", "114_phu-tho-tan-son-20-nam-chi-thi-30.txt"]
    (folder / "articles").mkdir()
    for name in names:
        shutil.copy(GOLD_SETS[0] / "articles" / name, folder / "articles" / name)
    gold = {"articles": {n: gold["articles"][n] for n in names},
            "queries": [{"ask": "Chỉ thị 30-CT/TW", "articles": names}, {"ask": "Luật Đất đai", "articles": [names[0]]}]}
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    (folder / "articles" / "broken.txt").write_bytes(b"Ngh\xff\xfe quy\xe1t")
    return folder / "gold.json", folder / "articles"


def test_cli_table_and_json(small_set):
    gold, articles = small_set
    result = runner.invoke(app, ["evaluate", str(gold), str(articles), "--workers", "1"])
    assert result.exit_code == 1  # the broken file; the others are scored
    assert re.search(r"error: \S*broken.txt: not UTF-8", result.stderr)
    assert re.search(r"^documents +1\.000 +1\.000 +1\.000 ", result.stdout, re.M)
    assert re.search(r"^queries +1/2$", result.stdout, re.M)
    assert "errors (1 of 1 shown):\n  - query 'Luật Đất đai': got [] want ['101_ha-tinh-huong-khe-chi-thi-30.txt']" in result.stdout
    assert result.stdout.rstrip().endswith("queries=1/2 identity=2/2")
    result = runner.invoke(app, ["evaluate", str(gold), str(articles), "-f", "json", "--errors", "0", "-j", "1"])
    data = json.loads(result.stdout)
    assert data["gold_format"] == "seed" and data["documents"]["tp"] == 10 and data["queries"] == {"right": 1, "total": 2}
    assert data["error_count"] == 1 and data["errors"] == []
    assert len(data["failed_inputs"]) == 1 and data["failed_inputs"][0].startswith(f"{articles / 'broken.txt'}: not UTF-8")


def test_render_table_for_real_text_gold():
    text = render_table(score_real(REAL_GOLD, {"x.txt": REAL_RECORD}), errors=2)
    assert re.search(r"^documents \(symbol ignored\) +1\.000 +1\.000 +1\.000 +6 +0 +0$", text, re.M)
    assert re.search(r"^scope of local documents +3/4$", text, re.M)
    assert "errors (2 of 5 shown):" in text and "missed place" not in text


@pytest.mark.parametrize("args, message", [
    (["missing.json", "."], "missing.json: cannot read the gold file (No such file or directory)"),
    ([str(GOLD_SETS[0] / "gold.json"), "missing-dir"], "missing-dir: no such file or directory"),
])
def test_console_script_user_errors_are_one_line(args, message):
    done = subprocess.run([CLI, "evaluate", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {message}"


# ---- the same numbers as the external scorers, on extractions damaged on purpose

def damage(record: dict, index: int) -> dict:
    """Drop, split, renumber and blur documents; rename, strip and re-level people and places."""
    docs = []
    for j, doc in enumerate(record["documents"]):
        k = index * 7 + j
        if k % 9 == 4:
            continue
        doc = {**doc, "id": doc["id"] + ("-split" if k % 5 == 1 else "")}
        if k % 7 == 3 and isinstance(doc["number"], int):
            doc["number"] += 1
        if k % 4 == 1 and doc["date"]:
            doc["date"] = "1999-01-01"
        if k % 5 == 3 and doc["symbol"]:
            doc["symbol"] = "0" + doc["symbol"].lower()
        if k % 3 == 0 and doc["scope"]:
            doc["scope"] = "huyện Foo, " + doc["scope"]
        doc["scope"] = None if k % 4 == 2 else doc["scope"]
        docs.append(doc)
    people = [{**p, "name": p["name"] + (" Văn" if (index + j) % 7 == 2 else ""),
               "roles": [] if (index + j) % 5 == 3 else p["roles"]} for j, p in enumerate(record["people"])]
    places = [{**p, "level": "xã" if (index + j) % 4 == 1 else p["level"]}
              for j, p in enumerate(record["places"]) if (index + j) % 5 != 4]
    return {**record, "documents": docs, "people": people, "places": places}


_FAKE_CLI = """#!{python}
import json, subprocess, sys
sys.path.insert(0, {tests!r})
from test_evaluation import damage
done = subprocess.run([{cli!r}, *sys.argv[1:]], capture_output=True, text=True)
sys.stderr.write(done.stderr)
lines = [line for line in done.stdout.splitlines() if line.startswith("{{")] if sys.argv[1] == "extract" else None
print(done.stdout if lines is None else "\\n".join(json.dumps(damage(json.loads(l), i), ensure_ascii=False) for i, l in enumerate(lines)))
sys.exit(done.returncode)
"""


def _damaged(tmp_path: Path, gold: Path, articles: Path) -> dict:
    kind = load_gold(gold)[0]
    items = [i for i in resolve_batch(run([str(articles)], Settings(json=True))) if isinstance(i, Result)]
    return {_file_key(item.record["file"], kind): damage(item.record, i) for i, item in enumerate(items)}


@pytest.fixture()
def fake_cli(tmp_path) -> str:
    path = tmp_path / "trichdan-damaged"
    path.write_text(_FAKE_CLI.format(python=sys.executable, tests=str(Path(__file__).parent), cli=CLI), "utf-8")
    path.chmod(0o755)
    return str(path)


@pytest.mark.shared
def test_same_numbers_as_score_py(shared, tmp_path, fake_cli):
    gold = json.loads((GOLD_SETS[3] / "gold.json").read_text("utf-8"))
    gold["queries"] = gold["queries"][:3]
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    done = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(tmp_path / "gold.json"),
                           str(GOLD_SETS[3] / "articles"), "--cmd", fake_cli, "--json"], capture_output=True, text=True, timeout=600)
    theirs = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    answers = answer_queries(str(GOLD_SETS[3] / "articles"), [q["ask"] for q in gold["queries"]])
    ours = score_seed(gold, _damaged(tmp_path, tmp_path / "gold.json", GOLD_SETS[3] / "articles"), answers).as_dict()
    assert ours["documents"]["fn"] > 3 and ours["people"]["fp"] > 0 and ours["identity_same"]["right"] < ours["identity_same"]["total"]
    for area in ("documents", "people", "places"):
        assert ours[area] == theirs[area]
    ratio = lambda name: f"{ours[name]['right']}/{ours[name]['total']}"
    assert {k: ratio(f"document_{k}s") for k in ("date", "symbol", "issuer")} == theirs["document_attributes"]
    assert (ratio("people_titles"), ratio("people_organisations"), ratio("place_levels"), ratio("queries")) == \
        (theirs["people_titles"], theirs["people_orgs"], theirs["place_levels"], theirs["queries"])
    assert f"same {ratio('identity_same')}, distinct {ratio('identity_distinct')}" == theirs["identity"]
    assert sorted(ours["errors"]) == sorted(theirs["errors"])


@pytest.mark.shared
def test_same_numbers_as_real_score_py(shared, tmp_path, fake_cli):
    done = subprocess.run([sys.executable, str(shared / "eval" / "real_score.py"), str(shared / "real-dev-a"), fake_cli],
                          capture_output=True, text=True, timeout=600)
    ours = score_real(load_gold(shared / "real-dev-a" / "gold.json")[1],
                      _damaged(tmp_path, shared / "real-dev-a" / "gold.json", shared / "real-dev-a" / "texts"))
    assert done.stdout.strip().splitlines()[-1] == ours.summary()
    d, p, lenient = ours.documents, ours.people, ours.lenient_documents
    assert (f"documents: tp={d.tp} fp={d.fp} fn={d.fn} (optional matched {ours.optional_matched}); "
            f"people: tp={p.tp} fp={p.fp} fn={p.fn}; places: {ours.places_found}") in done.stdout
    assert f"(tp={lenient.tp} fp={lenient.fp} fn={lenient.fn})" in done.stdout
    assert len(re.findall(r"^  (?:MISS|FP|SCOPE) ", done.stdout, re.M)) == len(ours.errors)
