"""The grammar of Vietnamese document numbers and symbols ("số, ký hiệu"), for both systems.

Party:  ``N-CODE/ISSUER[-UNIT]``        99-QĐ/TW, 11-QĐi/TW, 02-NQ/TU, 36-HD/VPTW, 84-QĐ/TWĐTN,
                                        112-KH/MTTQ-BTT (the standing board of a Mặt trận committee)
State:  ``N/YYYY/CODE-ISSUER[-ISSUER]`` 04/2015/NĐ-CP, 55/2005/TTLT-BNV-VPCP, 01/2024/NQ-HĐND
        ``N/CODE-ISSUER``               1458/QĐ-UBND, 1163/QĐ-TTg, 2023/KH-UBND
        ``N/YYYY/QHk``, ``N/YYYY/PL-UBTVQHk``  10/2022/QH15, 34/2007/PL-UBTVQH11
        ``N/ISSUER-UNIT`` (công văn)    1613/UBND-KGVX
Real pages bend it ("99 - QĐ/TW", "217 QĐ/ TW", "99/QĐ-TW", "QĐ/TƯ", "PL-UBTVQH XI"); ``parse`` reads
all of these and ``Symbol.text`` writes the one canonical form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    CODE_SPELLINGS,
    CODE_TYPES,
    ISSUER_TYPES,
    PARTY_CODES,
    PARTY_SUFFIXES,
    STATE_CODES,
)
from .numerals import from_roman

_SP = r"[ \t]*(?:\n[ \t]*)?"  # spaces, at most one line break
_NUM = r"(?P<num>\d{1,5})"
_DASH = rf"(?:{_SP}[-–—‐]{_SP}|[ \t]+)"
_PARTY_CODE = "|".join(PARTY_CODES + ("QDi", "QD"))
_TW = r"T\.[ƯU]\.?|T\.W\.?|T[ƯU]|TW"  # a final dot only after an inner one ("T.Ư."): "… 21-NQ/TW." ends a sentence
_CODE_PART = r"(?:CTr|TTr|QĐi|QDi|TTg|ThU|[A-ZĐƯ][A-ZĐƯ0-9]*)(?![a-zà-ỹđ])"
PARTY_RE = (rf"{_NUM}{_DASH}(?P<code>{_PARTY_CODE}){_SP}/{_SP}"
            rf"(?P<iss>(?:{_TW})(?![A-Za-zĐđƯư])|ThU(?![\w])|[A-ZĐƯ][A-ZĐƯ]{{0,6}}(?:{_TW})?(?![a-zà-ỹđ]))"
            rf"(?:[-–](?P<unit>[A-ZĐƯ][A-ZĐƯ]{{0,7}})(?![\w]))?")  # 112-KH/MTTQ-BTT: a sub-unit of the issuer
STATE_RE = (rf"{_NUM}{_SP}/{_SP}(?:(?P<year>(?:19|20)\d{{2}}){_SP}/{_SP})?"
            rf"(?P<tail>{_CODE_PART}(?:{_SP}[-–]{_SP}{_CODE_PART})*(?:[ \t]+[IVXL]{{1,5}}(?![\w]))?)")
SYMBOL_RE = rf"(?:{PARTY_RE.replace('?P<', '?P<p_')}|{STATE_RE.replace('?P<', '?P<s_')})"
_SYMBOL = re.compile(SYMBOL_RE)
_LEGISLATURE = re.compile(r"^(?P<body>UBTVQH|QH)(?:\s*(?P<n>\d{1,2})|\s+(?P<r>[IVXL]+))?$")


@dataclass(frozen=True, slots=True)
class Symbol:
    """A parsed number and symbol. ``code`` is the type code (None for laws and công văn)."""

    number: int
    system: str  # "party" or "state"
    issuer: str  # "TW", "TU", "VPTW", "CP", "TTg", "UBND", "QH", "UBTVQH", "BNV-VPCP" ...
    code: str | None = None
    year: int | None = None
    legislature: int | None = None  # QH15 → 15
    unit: str | None = None  # the drafting unit of a công văn (1613/UBND-KGVX → "KGVX") or the sub-unit
    # of a Party-style issuer (112-KH/MTTQ-BTT → "BTT")

    @property
    def text(self) -> str:
        """The canonical spelling: "99-QĐ/TW", "04/2015/NĐ-CP", "34/2007/PL-UBTVQH11", "1613/UBND-KGVX"."""
        number = f"{self.number:02d}"
        if self.system == "party":
            return f"{number}-{self.code}/{self.issuer}" + (f"-{self.unit}" if self.unit else "")
        issuer = self.issuer + (str(self.legislature) if self.legislature else "")
        tail = "-".join(p for p in (self.code, issuer, self.unit) if p)
        return f"{number}/{self.year}/{tail}" if self.year else f"{number}/{tail}"

    @property
    def type_word(self) -> str | None:
        """The type the code stands for in this system ("QĐi" → "Quy định"); None without a code."""
        if self.code is None:
            return ISSUER_TYPES.get(self.issuer)
        return CODE_TYPES[self.system].get(self.code)


def finditer(text: str, pos: int = 0, endpos: int | None = None):
    """Every symbol in ``text[pos:endpos]`` as (match, Symbol)."""
    for match in _SYMBOL.finditer(text, pos, len(text) if endpos is None else endpos):
        symbol = from_match(match)
        if symbol is not None:
            yield match, symbol


def match_at(text: str, pos: int) -> tuple[re.Match, Symbol] | None:
    """The symbol starting exactly at ``pos``, if any."""
    match = _SYMBOL.match(text, pos)
    if match is None:
        return None
    symbol = from_match(match)
    return (match, symbol) if symbol else None


def parse(text: str) -> Symbol | None:
    """Parse a whole symbol string ("99 - QĐ/TƯ") or return None."""
    found = match_at(text.strip(), 0)
    return found[1] if found and found[0].end() == len(text.strip()) else None


def from_match(match: re.Match) -> Symbol | None:
    """Build the Symbol of a ``SYMBOL_RE`` match, or None when the parts make no symbol."""
    g = match.groupdict()
    if g.get("p_num"):
        return _party(int(g["p_num"]), g["p_code"], g["p_iss"], g.get("p_unit"))
    return _state(int(g["s_num"]), g["s_year"], g["s_tail"])


def _clean_issuer(raw: str) -> str:
    raw = re.sub(r"\s+", "", raw).replace(".", "")
    for variant, canonical in CODE_SPELLINGS.items():  # "T.Ư", "BTGTƯ" → "TW", "BTGTW"
        raw = raw.replace(variant, canonical)
    return raw


def _clean_code(raw: str) -> str:
    return {"QD": "QĐ", "QDi": "QĐi"}.get(raw, raw)


def _party(number: int, code: str, issuer: str, unit: str | None = None) -> Symbol | None:
    return Symbol(number=number, system="party", issuer=_clean_issuer(issuer), code=_clean_code(code), unit=unit)


def _state(number: int, year: str | None, tail: str) -> Symbol | None:
    parts = [p for p in re.split(r"\s*[-–]\s*|\s+", tail.strip()) if p]
    if parts and from_roman(parts[-1]) and len(parts) > 1 and parts[-2] in ("UBTVQH", "QH"):
        term = from_roman(parts.pop())
        parts[-1] += str(term)
    elif parts and from_roman(parts[-1]) and len(parts) > 1:
        return None
    code = _clean_code(parts[0]) if parts and _clean_code(parts[0]) in STATE_CODES + PARTY_CODES else None
    rest = parts[1:] if code else parts
    if not rest:
        return None
    issuer_parts = [_clean_issuer(p) for p in rest]
    if code and len(issuer_parts) == 1 and _is_party_issuer(issuer_parts[0]) and code in PARTY_CODES:
        return Symbol(number=number, system="party", issuer=issuer_parts[0], code=code)  # "99/QĐ-TW"
    legislature = None
    leg = _LEGISLATURE.match(issuer_parts[0])
    if leg:
        issuer_parts[0] = leg.group("body")
        n = leg.group("n") or (str(from_roman(leg.group("r"))) if leg.group("r") else None)
        legislature = int(n) if n else None
    unit = None
    if code is None and len(issuer_parts) == 2 and issuer_parts[0] in ("UBND", "HĐND", "VPCP", "BNV", "TTg", "VP"):
        issuer_parts, unit = issuer_parts[:1], issuer_parts[1]  # công văn: 1613/UBND-KGVX
    if code is None and unit is None and not leg and not (len(issuer_parts) == 1 and issuer_parts[0] in ("CP", "TTg", "CTN")):
        return None
    return Symbol(number=number, system="state", issuer="-".join(issuer_parts), code=code,
                  year=int(year) if year else None, legislature=legislature, unit=unit)


def _is_party_issuer(issuer: str) -> bool:
    return issuer.endswith(PARTY_SUFFIXES) and issuer not in ("UBND",)
