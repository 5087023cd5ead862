"""Property tests (hypothesis): the citation finder never crashes and quotes exactly, stays linear on
pathological input, symbols round-trip through their canonical spelling, and normalisation is stable.

Speed claims live in bench/; the timing tests here only compare n with 4n on the same machine.
"""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trichdan.loaders import symbols
from trichdan.loaders.article import parse_article
from trichdan.loaders.citations import get_citations
from trichdan.loaders.lexicon import ABBREVIATIONS, CODE_TYPES, ISSUER_PHRASES, KNOWN_ISSUER_CODES, TYPES
from trichdan.loaders.numerals import legislature_years
from trichdan.loaders.normalize import normalize

PROFILE = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
LETTERS = _LOWER + _LOWER.upper()
ALPHABET = LETTERS + "0123456789" + "/-–. ,\n"
FRAGMENTS = sorted({t.word for t in TYPES} | {t.word.lower() for t in TYPES} | set(ABBREVIATIONS) | {
    "số ", "số: ", " số", "99-QĐ/TW", "99 - QĐ/TƯ", "217, 218-QĐ/TW", "04/2015/NĐ-CP", "10/2022/QH15",
    "34/2007/PL-UBTVQH11", "1613/UBND-KGVX", "02-NQ/TU", "-", "–", "/", "QĐ", "TW", "TƯ", "T.Ư", "QH", "UBTVQH",
    "ngày 3/10/2017", "ngày 14 tháng 8 năm 2023", "năm 2022", "năm ", "khóa XII", "(khóa XIII)", "nhiệm kỳ ",
    "Hội nghị Trung ương 4", "Trung ương ", "lần thứ ", "Đại hội ", "Đảng bộ tỉnh ", "Đảng", "Hà Tĩnh", "Can Lộc",
    "Điều 5 của ", "khoản 3 ", "điểm a ", "về ", "về việc ", "V/v ", "của ", "do ", "và ", "hoặc ", ", ", "; ", ". ",
    "\n", "(", ")", "“", "”", "thực hiện ", "căn cứ ", "thay thế ", "Ngày 5/3/2020, Tỉnh ủy Hà Tĩnh ban hành ",
    "Luật Thực hiện dân chủ ở cơ sở", "Hiến pháp năm 2013", "Điều lệ Đảng", "Cương lĩnh chính trị",
    "này", "người", "%", "1", "12", "2023", "XIII", "IV",
} | {p for p, _ in ISSUER_PHRASES})

article_text = st.lists(st.one_of(st.text(ALPHABET, max_size=12), st.sampled_from(FRAGMENTS)), max_size=40).map("".join)


# --- get_citations never crashes and quotes exactly -------------------------------------------------------

def _check_offsets(text: str, refs) -> None:
    for ref in refs:
        assert 0 <= ref.start <= ref.end <= len(text)
        assert text[ref.start:ref.end] == ref.text, ref


@PROFILE
@given(article_text)
@example("Quyết định số 99-QĐ/TW, ngày 3/10/2017 của Ban Bí thư về hướng dẫn khung")
@example("Nghị quyết 217, 218-QĐ/TW của Bộ Chính trị")
def test_get_citations_total_and_offsets_slice_text(raw):
    text = normalize(raw)
    _check_offsets(text, get_citations(text))


@PROFILE
@given(article_text)
def test_get_citations_with_article_zones(raw):
    article = parse_article("prop.txt", raw)  # as the pipeline calls it: normalised text and its zones
    refs = get_citations(article.text, article.zones)
    _check_offsets(article.text, refs)
    assert [r.start for r in refs] == sorted(r.start for r in refs)


# --- linear time on pathological input -------------------------------------------------------------------

def _seconds(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()  # CPU time: other jobs on the machine do not inflate it
        get_citations(text)
        best = min(best, time.process_time() - t0)
    return best


# name → (text for n, n): n is chosen so that 4n takes about 0.1-0.2 s; 4n of the first is 100,000 × "Quyết định số ".
PATHOLOGICAL = {
    "type word + số": (lambda n: "Quyết định số " * n, 25_000),
    "dangling dashes": (lambda n: "99-" * n, 10_000),
    "number list": (lambda n: "Nghị quyết " + "1, " * n, 5_000),
    "capitalised law name": (lambda n: "Luật " + "A " * n, 20_000),
    "symbol heads": (lambda n: "99-QĐ/" * n, 10_000),
    "law names with commas": (lambda n: "Luật Cán bộ, công chức, " * n, 800),
    "issuing clause before": (lambda n: "Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ sáu Ban Chấp hành " * n, 2_000),
    "spaced numbers": (lambda n: "Quyết định " + "1 " * n, 10_000),
    "abbreviations": (lambda n: "NQ " * n, 5_000),
    "plenum words": (lambda n: "Nghị quyết Hội nghị " * n, 2_000),
    "digits": (lambda n: "9" * (3 * n), 5_000),
    "spaces after number": (lambda n: "Quyết định 99" + " " * (3 * n) + "-QĐ/TW", 10_000),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_linear_time_on_pathological_input(name):
    make, n = PATHOLOGICAL[name]
    runs = 2 if n == 25_000 else 3  # best of several: one run can meet a garbage collection
    t_small, t_large = _seconds(make(n), runs), _seconds(make(4 * n), runs)
    floor = 0.005  # below this the ratio is timer noise
    assert t_large / max(t_small, floor) < 8, f"{name}: {t_small:.3f}s for n, {t_large:.3f}s for 4n"


def test_linear_time_long_symbol_list():
    make = lambda n: "Quyết định " + "99-QĐ/TW, " * n  # noqa: E731
    n = 1_000
    t_small, t_large = _seconds(make(n)), _seconds(make(4 * n))  # best of three: one run can meet a collection
    assert t_large / max(t_small, 0.002) < 8, f"{t_small:.3f}s for n, {t_large:.3f}s for 4n"


# --- symbols round-trip through their canonical spelling --------------------------------------------------

PARTY_CODES = sorted(CODE_TYPES["party"])
PARTY_ISSUERS = ["TW", "TU", "HU", "QU", "ĐU", "VPTW", "BTGTW", "BDVTW", "BTCTW", "UBKTTW", "BCSĐ", "ĐUK", "TWĐTN",
                 "MTTQ", "VPTU"]
PARTY_UNITS = ["BTT", "BTG", "VP", "ĐĐ"]  # 112-KH/MTTQ-BTT: a sub-unit after the issuer
STATE_CODES = ["NĐ", "QĐ", "TT", "NQ", "CT", "TTLT", "PL", "KH", "HD", "TB", "BC", "TTr", "CTr", "ĐA", "QC"]
STATE_ISSUERS = ["CP", "TTg", "UBND", "HĐND", "BNV", "BTP", "BTC", "VPCP", "CTN", "BNV-VPCP", "BTC-BNV",
                 "UBTVQH14", "QH15"]


@st.composite
def party_symbols(draw, issuers=tuple(PARTY_ISSUERS)):
    return symbols.Symbol(number=draw(st.integers(1, 999)), system="party", code=draw(st.sampled_from(PARTY_CODES)),
                          issuer=draw(st.sampled_from(issuers)), unit=draw(st.one_of(st.none(), st.sampled_from(PARTY_UNITS))))


@st.composite
def state_symbols(draw):
    number = draw(st.integers(1, 9999))
    year = draw(st.one_of(st.none(), st.integers(1990, 2030)))
    kind = draw(st.sampled_from(["coded", "law", "ordinance"]))
    if kind in ("law", "ordinance"):  # 10/2022/QH15, 34/2007/PL-UBTVQH11: a year in the legislature's term
        legislature = draw(st.integers(9, 16))
        first, last = legislature_years(legislature) or (1990, 2030)
        code, issuer = (None, "QH") if kind == "law" else ("PL", "UBTVQH")
        return symbols.Symbol(number=number, system="state", code=code, issuer=issuer,
                              year=draw(st.integers(first, last)), legislature=legislature)
    issuer = draw(st.sampled_from(STATE_ISSUERS))
    legislature = None
    for body in ("UBTVQH", "QH"):
        if issuer.startswith(body):
            issuer, legislature = body, int(issuer[len(body):])
            break
    if legislature and year and (term := legislature_years(legislature)):
        year = draw(st.integers(*term))  # a year outside the term is a misprint the reader drops
    return symbols.Symbol(number=number, system="state", code=draw(st.sampled_from(STATE_CODES)), issuer=issuer,
                          year=year, legislature=legislature)


@PROFILE
@given(st.one_of(party_symbols(), state_symbols()))
def test_canonical_symbol_round_trips(sym):
    parsed = symbols.parse(sym.text)
    assert parsed is not None, sym.text
    assert parsed.text == sym.text
    assert parsed == sym


@PROFILE
@given(party_symbols(issuers=("ThU",)))
def test_city_committee_symbol_round_trips(sym):
    parsed = symbols.parse(sym.text)
    assert parsed is not None and parsed.text == sym.text, sym.text


_DASHES = ["-", " - ", " -", "- ", "–", " – ", "-\n", "\n- "]
_SLASHES = ["/", " / ", "/ ", " /", "/\n"]


@st.composite
def noisy_symbols(draw):
    """A symbol and a spelling of it as real pages write it; the spelling must read back canonically."""
    sym = draw(st.one_of(party_symbols(), state_symbols()))
    dash, slash = draw(st.sampled_from(_DASHES)), draw(st.sampled_from(_SLASHES))
    number = draw(st.sampled_from([str(sym.number), f"{sym.number:02d}"]))

    def letters(part: str) -> str:
        return part.replace("Đ", "\u00d0") if draw(st.booleans()) else part  # Icelandic eth for Đ

    if sym.system == "party":
        issuer = sym.issuer
        if issuer.endswith("TW") and draw(st.booleans()):
            issuer = issuer[:-2] + (draw(st.sampled_from(["TƯ", "T.Ư", "T.W"])) if issuer == "TW" else "TƯ")
        unit = f"{draw(st.sampled_from(['-', '–']))}{letters(sym.unit)}" if sym.unit else ""
        return sym, f"{number}{dash}{letters(sym.code)}{slash}{letters(issuer)}{unit}"
    issuer = sym.issuer + (str(sym.legislature) if sym.legislature else "")
    tail = dash.join(p for p in (sym.code, *issuer.split("-")) if p)
    year = f"{sym.year}{slash}" if sym.year else ""
    return sym, f"{number}{slash}{year}{letters(tail)}"


@PROFILE
@given(noisy_symbols())
@example((symbols.Symbol(99, "party", "TW", "QĐ"), "99 - QÐ/TƯ"))
@example((symbols.Symbol(4, "state", "CP", "NĐ", 2015), "04/2015/NÐ – CP"))
@example((symbols.Symbol(112, "party", "MTTQ", "KH", unit="BTT"), "112 - KH/MTTQ-BTT"))
def test_noisy_spelling_parses_to_canonical(case):
    sym, written = case
    parsed = symbols.parse(normalize(written))
    assert parsed is not None, written
    assert parsed.text == sym.text, written


_DOUBLED = ["--", "- -", " -- ", "–-"]
_DOUBLED_SLASHES = ["//", "/ /", " // "]


@st.composite
def real_spellings(draw):
    """A symbol spelt as careless pages do: separators doubled, dropped between a type code and a known issuer
    ("61/2018/NĐCP"), replaced by a space ("282/QĐ TTg", "214 NQ/…"), codes in another case ("03-Ctr/TU",
    "QĐ-TTG", "1124/qđ-UBND")."""
    sym = draw(st.one_of(party_symbols(issuers=("TW", "TU", "HU", "ĐU", "VPTW", "TWĐTN")), state_symbols()))
    number = f"{sym.number:02d}"
    code = sym.code and draw(st.sampled_from([sym.code, sym.code.upper(), sym.code.lower(), sym.code.capitalize()]))
    if sym.system == "party":
        dash = draw(st.sampled_from(["-", *_DOUBLED, " "]))
        slash = draw(st.sampled_from(["/", *_DOUBLED_SLASHES]))
        unit = f"-{sym.unit}" if sym.unit else ""
        return sym, f"{number}{dash}{code}{slash}{sym.issuer}{unit}"
    slash = draw(st.sampled_from(["/", *_DOUBLED_SLASHES]))
    issuer = sym.issuer + (str(sym.legislature) if sym.legislature else "")
    issuer = issuer.upper() if issuer in ("TTg",) and draw(st.booleans()) else issuer
    if code is None:
        head = issuer
    else:
        gluable = sym.issuer in KNOWN_ISSUER_CODES and sym.code.isupper() and issuer.isupper()  # "NĐCP", "QĐUBND"
        joint = draw(st.sampled_from(["-", *_DOUBLED, " ", ""] if gluable else ["-", *_DOUBLED, " "]))
        head = f"{sym.code if joint == '' else code}{joint}{issuer}"  # glued, a code keeps its capitals
    year = f"{sym.year}{slash}" if sym.year else ""
    return sym, f"{number}{slash}{year}{head}"


@PROFILE
@given(real_spellings())
@example((symbols.Symbol(61, "state", "CP", "NĐ", 2018), "61/2018/NĐCP"))
@example((symbols.Symbol(282, "state", "TTg", "QĐ"), "282/QĐ TTg"))
@example((symbols.Symbol(3, "party", "TU", "CTr"), "03-Ctr/TU"))
def test_careless_spellings_parse_to_canonical(case):
    sym, written = case
    parsed = symbols.parse(normalize(written))
    assert parsed is not None, written
    assert parsed.text == sym.text, written


# --- normalisation -----------------------------------------------------------------------------------------

_REMOVED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD = _REMOVED + "\u00d0\u00f0\u0189\u0256\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000\u2028\u2029\u0085\r\n\t"
_OLD_TONES = ["hoà", "Hoà", "HOÀ", "thuỷ", "Thuỷ", "khoẻ", "cuả", "muà", "quý", "quả", "oà", "uỷ", "ua"]
composed_text = st.lists(st.one_of(st.text(ALPHABET + _ODD, max_size=10), st.sampled_from(_OLD_TONES)),
                         max_size=30).map("".join)


@PROFILE
@given(composed_text)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@PROFILE
@given(composed_text)
def test_normalize_length_changes_only_by_removed_characters(text):
    text = unicodedata.normalize("NFC", text)
    removed = sum(text.count(c) for c in _REMOVED) + text.count("\r\n")
    shrink = len(text) - len(normalize(text))
    assert 0 <= shrink <= removed


def test_normalize_idempotent_with_zero_width_inside_decomposed_letter():
    text = "a\u200b\u0301"
    once = normalize(text)
    assert normalize(once) == once
