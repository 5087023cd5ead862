"""The language tables in loaders/data: each follows its JSON Schema, their cross-references hold, and the
lookups the grammar derives from them are what the tables say."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from trichdan.loaders import lexicon
from trichdan.loaders.authority import Authority, AuthorityError

DATA = Path(lexicon.__file__).parent / "data"
SCHEMAS = sorted((DATA / "schemas").glob("*.schema.json"))


def _rows(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((DATA / name).read_text("utf-8")), delimiter="\t"))


def test_every_table_has_a_schema_and_every_schema_a_table():
    tables = {p.name.split(".")[0] for p in DATA.iterdir() if p.suffix in (".json", ".tsv")}
    assert tables == {p.name.split(".")[0] for p in SCHEMAS}


@pytest.mark.parametrize("schema_path", SCHEMAS, ids=lambda p: p.name.split(".")[0])
def test_table_follows_its_schema(schema_path):
    schema = json.loads(schema_path.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    name = schema_path.name.split(".")[0]
    validator = jsonschema.Draft202012Validator(schema)
    if (DATA / f"{name}.tsv").exists():
        rows = _rows(f"{name}.tsv")
        assert rows
        errors = [f"row {i + 2}: {e.message}" for i, row in enumerate(rows) for e in validator.iter_errors(row)]
    else:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(json.loads((DATA / f"{name}.json").read_text("utf-8")))]
    assert errors == []


def test_every_issuer_code_a_table_names_is_declared():
    codes = set(lexicon.ISSUERS)
    named = {t.named_issuer for t in lexicon.TYPES if t.named_issuer} | set(lexicon.ISSUER_TYPES)
    named |= {code for _, code in lexicon.ISSUER_PHRASES}
    named |= {i.family for i in lexicon.ISSUERS.values() if i.family}
    named |= set(lexicon.CODE_SPELLINGS.values())
    assert named <= codes


def test_each_fact_once():
    words = [t.word for t in lexicon.TYPES]
    assert len(words) == len(set(words))
    bodies = lexicon.BODIES
    names = [b["name"] for part in ("central", "committees", "boards", "local", "described") for b in bodies[part]]
    names += [f"Bộ {d['name']}" for d in bodies["departments"]]  # a department names a ministry, a Sở, a Phòng
    assert len(names) == len(set(names))
    listed = [r["code"] for r in json.loads((DATA / "issuers.json").read_text("utf-8"))["issuers"]]
    assert len(listed) == len(set(listed))
    derived = {d.get(k) for d in bodies["departments"] for k in ("ministry_code", "department_code")} - {None}
    derived |= {c for d in bodies["departments"] for k in ("ministry_codes_also", "department_codes_also") for c in d.get(k, ())}
    derived |= {b["code"] + c for b in bodies["boards"] if b.get("code") for c in ("TW", "TU", "HU")}
    assert not derived & set(listed)  # what the bodies imply is not written again
    surnames = [row["name"] for row in _rows("surnames.tsv")]
    assert len(surnames) == len(set(surnames))
    state = [(d["type"], d["symbol"]) for d in json.loads((DATA / "authority.json").read_text("utf-8"))["documents"]
             if d.get("symbol") and not d["symbol"].endswith("/TW")]  # a Central Committee's number recurs each term
    assert len(state) == len(set(state))  # any other document once


def test_terms_follow_each_other():
    starts = [start for _, start in lexicon.TERMS]
    assert starts == sorted(starts)
    legislatures = [start for _, start in lexicon.LEGISLATURES]
    assert legislatures == sorted(legislatures) and legislatures[-1] <= lexicon.LEGISLATURES_KNOWN_UNTIL
    assert [n for n, _ in lexicon.LEGISLATURES] == list(range(lexicon.LEGISLATURES[0][0], lexicon.LEGISLATURES[-1][0] + 1))


def test_issuer_codes_derived_from_the_bodies():
    assert lexicon.ISSUERS["BTGTU"].name == "Ban Tuyên giáo Tỉnh ủy" and lexicon.ISSUERS["BTGTU"].level == "province"
    assert lexicon.ISSUERS["VPTW"].name == "Văn phòng Trung ương Đảng"
    assert lexicon.ISSUERS["BNV"].name == "Bộ Nội vụ" and lexicon.ISSUERS["BNV"].level == "central"
    assert lexicon.ISSUERS["SNV"].name == "Sở Nội vụ" and lexicon.ISSUERS["SNV"].level == "province"
    assert lexicon.issuer("BDVĐU").name == "Ban Dân vận Đảng ủy"
    second = lexicon.ISSUERS["BNNPTNT"]  # a ministry's second code, its documents keyed under the first
    assert (second.name, second.level, second.family) == ("Bộ Nông nghiệp và Phát triển nông thôn", "central", "BNN")
    assert lexicon.issuer("BCĐTU").level == "province"  # a body of the Tỉnh ủy the table does not list


def test_symbol_codes_are_derived_from_the_types():
    assert lexicon.CODE_TYPES["party"]["TT"] == "Thông tri"  # a Party thông tri, a state thông tư
    assert lexicon.CODE_TYPES["state"]["TT"] == "Thông tư"
    assert lexicon.CODE_TYPES["party"]["QĐi"] == "Quy định"
    assert lexicon.CODE_TYPES["party"]["QĐ"] == "Quyết định"  # the canonical code of Quyết định, not of Quy chế
    assert lexicon.AMBIGUOUS_ABBREVIATIONS == {"QĐ", "TT"}
    assert lexicon.code_type("party", "QĐNS") == "Quyết định"  # a secondary code names its one type
    assert lexicon.code_type("party", "CTHĐ") == "Chương trình"


def test_issuer_phrases_are_derived_from_the_bodies():
    phrases = dict(lexicon.ISSUER_PHRASES)
    assert phrases["Bộ Chính trị"] == "TW"
    assert phrases["Ban Thường vụ Tỉnh ủy"] == "TU"  # a committee's board signs for it
    assert phrases["BTV Huyện ủy"] == "HU"
    assert phrases["Ban Chấp hành Đảng bộ tỉnh"] == "TU"  # the Party committee of a level
    assert phrases["Chủ tịch UBND huyện"] == "UBND"  # the chairman signs for the committee
    assert phrases["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"] == "MTTQ"
    assert phrases["Công an tỉnh"] == "CAT" and "Công an" not in phrases  # only with its level
    assert phrases["Ban Tuyên giáo Trung ương"] == "BTGTW"
    assert lexicon.family("ThU") == "TU" and lexicon.family("QU") == "HU" and lexicon.family("UBND") == "UBND"
    lengths = [len(p) for p, _ in lexicon.ISSUER_PHRASES]
    assert lengths == sorted(lengths, reverse=True)  # longest first: the longest phrase wins


def test_titles_are_derived_from_the_posts_and_committees():
    titles = {t.form: t for t in lexicon.TITLES}
    assert titles["Phó Bí thư"].standing and not titles["Bí thư"].standing
    assert titles["Phó Ban"].title == "Phó Trưởng ban" and titles["Phó Ban"].implied == "Ban"
    assert titles["Huyện ủy viên"].member
    assert titles["Phó Thủ tướng"].fixed == "Chính phủ"
    assert lexicon.STANDING_ENDS == {"thư", "tịch", "ban", "viên", "nhiệm", "phòng", "tướng", "trưởng"}


def test_levels():
    assert lexicon.PROVINCE == "tỉnh"
    assert lexicon.COMMUNE_LEVELS == ("xã", "phường", "thị trấn", "đặc khu")
    assert lexicon.BARE_ABBREVIATIONS == {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã", "Tx": "thị xã"}
    assert lexicon.COMMITTEE_LEVELS["huyện ủy"] == "huyện"


def test_a_users_authority_file_is_checked_against_the_schema(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"documents": [{"symbol": "01-NQ/TU"}]}), "utf-8")
    with pytest.raises(AuthorityError, match="'type' is a required property"):
        Authority.load(str(path))
    path.write_text(json.dumps({"documents": [{"type": "Nghị quyết", "symbol": "01-NQ/TU", "date": "2021-03-04",
                                               "aliases": ["Nghị quyết về chuyển đổi số"]}]}), "utf-8")
    assert Authority.load(str(path)).by_symbol["01-NQ/TU"].document.date == "2021-03-04"
