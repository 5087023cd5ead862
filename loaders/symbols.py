"""The grammar of Vietnamese document numbers and symbols ("số, ký hiệu"), read as parts.

A symbol is a number (maybe with a letter: "30a"), then parts joined by separators: a year, the type
code, the issuer codes, sub-units, a legislature. Two layouts exist:

Party:  ``N-CODE/ISSUER[-UNIT]``        99-QĐ/TW, 11-QĐi/TW, 02-NQ/TU, 112-KH/MTTQ-BTT, 2569-QĐNS/TW
State:  ``N/[YYYY/]CODE-ISSUER[-…]``    04/2015/NĐ-CP, 55/2005/TTLT-BNV-VPCP, 1458/QĐ-UBND, 10/2022/QH15,
                                        34/2007/PL-UBTVQH11, and công văn ``N/ISSUER-UNIT``: 1613/UBND-KGVX

Real pages bend every joint: "99 - QĐ/TƯ", "217 QĐ/ TW", "282/QĐ TTg", "214 NQ/UBTVQH9", "03-Ctr/TU",
"QĐ-TTG", "61/2018/NĐCP", "2468/QĐUBND", "34/2007/PL-UBTVQH XI", a line break inside, text glued after
it ("13/2008/NĐ-CPngày"). So the reader takes any separator between parts (a hyphen or dash, a slash,
spaces, one line break), known codes in any case, a type code glued to its issuer, and stops at the
first part that cannot belong to a symbol; :attr:`Symbol.text` writes the one canonical form. Which
part is the code, the issuer or a unit is decided by the tables (``data/doctypes.json``,
``data/issuers.json``), not by the spelling; there is no list of variant patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from .lexicon import (BOARD_CODES, CODE_SPELLINGS, ISSUER_TYPES, ISSUER_UNITS, ISSUERLESS_CODES, ISSUERS, KNOWN_ISSUER_CODES,
                      MINISTRIES, PARTY_ORGANS, PARTY_SUFFIXES, TYPE_CODES, alternation, code_type, with_canonical_spellings)
from .names import is_syllable
from .numerals import from_roman, legislature_years

_NUMBER = re.compile(r"(0*\d{1,5})(?:([a-zđ])(?![\w])|([A-Z])(?=[-/])|(\.\d{1,2})(?=/))?")  # "30a/2008/NQ-CP", "64B-HĐBT",
# "66.2/2025/NQ-CP", "010094/UBND-TH" (zeros before the number)
# a hyphen, dash or slash (maybe doubled: "//", "- -"), or a line break
_HARD = re.compile(r"[ \t]*(?:\n[ \t]*)?[-–—‐/](?:[ \t]*[-–—‐/])?[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*|_(?=[A-ZĐ])"  # "TCT_DNNCN"
                   r"|[ \t]?\.(?=[A-ZĐ]{2})")  # a dot between codes, as old symbols have it: "63/2002/QĐ.UB", "7080/TTr .UBND"
_SOFT = re.compile(r"[ \t]+")
_CODE_LETTERS = "A-ZĐƯ"
# A code part: capitals (Đ, Ư), digits, "&"; inner dots only between capitals ("T.Ư", "TT.HĐND").
# capitals and digits; "&" or "." between capitals, "&" also with a space beside it before a last part in capitals
# ("BGD &ĐT"); a small letter only between capitals ("GDTrH")
_RUN = re.compile(rf"[{_CODE_LETTERS}][{_CODE_LETTERS}0-9]*(?:(?:[.&]|[ ]?&[ ]?(?=[{_CODE_LETTERS}][{_CODE_LETTERS}0-9]*(?![^\W_]))"
                  rf"|[a-z](?=[{_CODE_LETTERS}]))[{_CODE_LETTERS}][{_CODE_LETTERS}0-9]*)*")
_DIGITS = re.compile(r"\d{1,5}(?![\w])")
_ROMAN = re.compile(r"[IVXL]{1,5}(?![\w])")
_KNOWN = re.compile(rf"(?i:{alternation([*TYPE_CODES, *KNOWN_ISSUER_CODES, *CODE_SPELLINGS])})")
_CANONICAL = {c.upper(): c for c in (*TYPE_CODES, *KNOWN_ISSUER_CODES)} | {s.upper(): s for s in CODE_SPELLINGS}
_LEGISLATURES = ("UBTVQH", "QH", "HĐND")  # bodies whose symbols carry their term's number: QH15, UBTVQH11, HĐND17
_SITTING = re.compile(rf"(?:{'|'.join(_LEGISLATURES)})\d{{1,2}}")  # "UBTVQH14"
_UNIT_WITH_DIGITS = re.compile(rf"[{_CODE_LETTERS}]+\d+")  # "V28": a unit may follow after a space
# Central state issuers of the issuer table, whose old symbols are the number and the code alone ("120-HĐBT",
# "64-CP"): such a code may follow a type word's number after a bare space ("Nghị quyết 120 HĐBT").
_CENTRAL_STATE = frozenset(c for c, i in ISSUERS.items()
                           if i.system == "state" and i.level == "central" and c not in MINISTRIES)
_MAX_PARTS = 10  # "2198/CTHĐ/BKHCN-BVHTTDL-…-VKSNDTC": a programme of nine bodies
_FOOTNOTE = re.compile(r"\d")  # one digit: "BCĐ57" is a code
_CODE_ENDING_LOWER = re.compile(rf"[{_CODE_LETTERS}]{{2,6}}[a-z]{{1,2}}(?![\w])")  # "CTTr", "VPTr", "TTra": capitals and
# one or two small letters
_LETTERS = re.compile(r"[^\W\d_]+")
_GLUED_YEAR = re.compile(r"(\d{1,4})((?:19|20)\d\d)(?=[A-ZĐ])")  # a number, its year and a code, glued: "262018AL"
_YEAR_LAST = re.compile(r"[.-]([4-9]\d)(?![\w]|[.,]\d)")  # "31/CT.UBT.93", "3579/QĐ.TCCB-94": a 1940–1999 year, last (from
# 2004 on, the year follows the number)
_PARTY_ORGAN = re.compile(r"(?:BCSĐ|ĐĐ)[A-ZĐ]{2,}")  # the Ban cán sự đảng or Đảng đoàn of a body: "BCSĐBVHTTDL"
_BRACKETED_UNIT = re.compile(rf"\(([{_CODE_LETTERS}][{_CODE_LETTERS}\d]{{1,9}})\)")  # a unit in brackets, glued


@dataclass(frozen=True, slots=True)
class Symbol:
    """A parsed number and symbol. ``code`` is the type code (None for laws and công văn)."""

    number: int
    system: str  # "party" or "state"
    issuer: str | None  # "TW", "TU", "VPTW", "CP", "TTg", "UBND", "QH", "UBTVQH", "BNV-VPCP", "SKHĐT" ...
    code: str | None = None
    year: int | None = None
    legislature: int | None = None  # QH15 → 15
    unit: str | None = None  # the drafting unit of a công văn (1613/UBND-KGVX → "KGVX") or the sub-unit
    # of a Party-style issuer (112-KH/MTTQ-BTT → "BTT")
    letter: str | None = None  # "30a/2008/NQ-CP" → "a", "66.2/2025/NQ-CP" → ".2"
    written_tu: bool = False  # the issuer was written "TƯ", which may stand for a Tỉnh ủy's "TU"
    year_last: bool = False  # the year written last in two digits, as local symbols of the 1990s have it: "31/CT.UBT.93"
    lost_year: str | None = None  # a year misprinted with a digit too few or too many, as written: "201" of "15/201/NĐ-CP"

    @property
    def ident(self) -> str:
        """The number as identified: "30a", "99"."""
        return f"{self.number}{self.letter or ''}"

    @property
    def text(self) -> str:
        """The canonical spelling: "99-QĐ/TW", "04/2015/NĐ-CP", "34/2007/PL-UBTVQH11", "1613/UBND-KGVX"."""
        number = f"{self.number:02d}{self.letter or ''}"
        if self.system == "party" and self.code and self.issuer:
            return f"{number}-{self.code}/{self.issuer}" + (f"-{self.unit}" if self.unit else "")
        issuer = _with_legislature(self.issuer or "", self.legislature)
        tail = "-".join(p for p in (self.code, issuer, self.unit) if p)
        if self.year_last:
            return f"{number}/{tail}.{self.year % 100:02d}"
        return f"{number}/{self.year}/{tail}" if self.year else f"{number}/{tail}"

    @property
    def type_word(self) -> str | None:
        """The type the code stands for in this system ("QĐi" → "Quy định"); for a symbol without a code,
        the type its issuer's symbols have ("QH": Luật); None when neither tells."""
        if self.code is None:
            return ISSUER_TYPES.get(self.issuer)
        return code_type(self.system, self.code)


def _with_legislature(issuer: str, legislature: int | None) -> str:
    """"UBTVQH-CP" and 14 → "UBTVQH14-CP": the number goes with the legislature body, wherever it stands."""
    if not legislature:
        return issuer
    parts = issuer.split("-")
    at = next((i for i, part in enumerate(parts) if part.endswith(_LEGISLATURES)), len(parts) - 1)
    parts[at] += str(legislature)
    return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Found:
    """A symbol read at ``start``; ``end`` is where its last part ends."""

    start: int
    end: int
    symbol: Symbol


def read(text: str, pos: int, *, spaced: bool = True) -> Found | None:
    """The symbol whose number starts exactly at ``pos``, or None. ``spaced`` lets a space (not only a
    hyphen or slash) join the number to a known type code ("214 NQ/UBTVQH9")."""
    if glued := _GLUED_YEAR.match(text, pos):  # "1572007QĐTTg": 157/2007/QĐ-TTg, every separator lost
        parts, joints, end = _parts(text, glued.end(), spaced)
        symbol = _interpret(int(glued.group(1)), None, [glued.group(2), *parts], ["/", *joints]) if parts else None
        return Found(pos, end, symbol) if symbol else None
    number = _NUMBER.match(text, pos)
    if number is None:
        return None
    parts, joints, end = _parts(text, number.end(), spaced)
    symbol = _interpret(int(number.group(1)), number.group(2) or number.group(3) or number.group(4), parts, joints)
    if symbol and symbol.unit is None and (bracketed := _BRACKETED_UNIT.match(text, end)):
        symbol, end = replace(symbol, unit=bracketed.group(1)), bracketed.end()  # "16/QĐ-CSĐT(CSKT)"
    if symbol and symbol.system == "state" and symbol.year is None and symbol.legislature is None \
            and (year := _YEAR_LAST.match(text, end)):
        symbol, end = replace(symbol, year=1900 + int(year.group(1)), year_last=True), year.end()
    return Found(pos, end, symbol) if symbol else None


def finditer(text: str, pos: int = 0, endpos: int | None = None, skip=lambda start: False):
    """Every symbol in ``text[pos:endpos]`` as Found, but those starting where ``skip(start)`` says."""
    stop = len(text) if endpos is None else endpos
    after = pos  # a symbol's year is no symbol of its own: "4a/ 2001/NQ /HĐND"
    for match in _CANDIDATE.finditer(text, pos, stop):
        if match.start() < after or skip(match.start()):
            continue
        found = read(text, match.start(), spaced=False)
        if found is not None and found.end <= stop:
            after = found.end
            yield found


_CANDIDATE = re.compile(r"(?:(?<![\w/.,-])|(?<=(?<!\w)s))"  # "s207/QĐ-TTg": "số" a PDF's font cut to "s"
                        r"0*\d{1,5}(?:[a-zđ]|\.\d{1,2}(?=/))?(?=[ \t]*[-–—‐/])")


def parse(text: str) -> Symbol | None:
    """Parse a whole symbol string ("99 - QĐ/TƯ") or return None."""
    text = text.strip()
    found = read(text, 0)
    return found.symbol if found and found.end == len(text) else None


# ---------------------------------------------------------------- reading parts


def _parts(text: str, pos: int, spaced: bool) -> tuple[list[str], list[str], int]:
    """The parts after the number, the joint before each ("-", "/", " "), and where the last part ends."""
    parts: list[str] = []
    joints: list[str] = []
    end = pos
    lower = False  # the type code written in lower case: the issuer may be too ("chỉ thị 45-ct/tw")
    while len(parts) < _MAX_PARTS:
        joint, at = _joint(text, end)
        if joint is None:
            break
        first = all(p.isdigit() for p in parts)  # the type code's place
        part, stop = _part(text, at, first=first, lower=lower)
        if not first and joint != " " and part is not None and (split := _split_code(text, part, stop, lower)):
            part, stop = split  # "23/2015/TTLT-BGD ĐT-BNV": one issuer's code a space split
        lower = lower or first and part is not None and text[at:stop].islower()
        slashed = joint == " " and not parts and _joint(text, stop)[0] == "/"  # "số 7184 TC/NSNN"
        if part is None or not _fits(joint, part, parts, joints, spaced, slashed):
            break
        parts.append(part)
        joints.append(joint)
        end = stop
    if joints[:1] == [" "] and parts[0] not in TYPE_CODES and len(parts) == 1 \
            and (parts[0] not in _CENTRAL_STATE or _joint(text, end)[0] == "/"):
        return [], [], pos  # "số 12 HTX/năm": a code a slash follows must have a part after the slash
    return parts, joints, end


def _split_code(text: str, part: str, stop: int, lower: bool) -> tuple[str, int] | None:
    """The known issuer code ``part`` and the part a space after it make together, and where that ends; else None."""
    if _CANONICAL.get(part.upper(), part) in KNOWN_ISSUER_CODES or (gap := _joint(text, stop))[0] != " ":
        return None
    following, end = _part(text, gap[1], first=False, lower=lower)
    joined = _CANONICAL.get(f"{part}{following}".upper(), f"{part}{following}") if following else None
    return (joined, end) if joined in KNOWN_ISSUER_CODES else None


def _joint(text: str, pos: int) -> tuple[str | None, int]:
    """The kind of separator at ``pos`` and where it ends: "-" a hyphen or dash between two parts, "~" one
    with spaces or a line break around it, "/" a slash, " " spaces or a line break, "" nothing (glued)."""
    hard = _HARD.match(text, pos)
    if hard:
        mark = hard.group().strip()
        if "/" in mark:
            return "/", hard.end()
        return ("-" if hard.group() == mark else "~") if mark else " ", hard.end()
    soft = _SOFT.match(text, pos)
    if soft:
        return " ", soft.end()
    return "", pos


def _part(text: str, pos: int, first: bool, lower: bool = False) -> tuple[str | None, int]:
    """One part at ``pos``: a known code (in any case; then glued text may follow), a run of capitals and
    digits, a year or legislature number, or a Roman numeral. A known code in lower case is the type code
    (``first``), or one after a type code written so (``lower``: a headline in lower case)."""
    known = _KNOWN.match(text, pos)
    run = _RUN.match(text, pos)
    glued = run is not None and "." in run.group() and run.end() < len(text) and text[run.end()].islower()  # "TW.Theo"
    footnote = known is not None and run is not None and _FOOTNOTE.fullmatch(text, known.end(), run.end()) is not None \
        and _CANONICAL[known.group().upper()] in ISSUERS \
        and not _CANONICAL[known.group().upper()].endswith(_LEGISLATURES)  # "26-NQ/TW1": a note's number, not "QH15" or "VP3"
    if known and (code := _CODE_ENDING_LOWER.match(text, pos)) and code.end() > known.end():
        return code.group(), code.end()  # "753A/CT-CTTr" (Chánh Thanh tra), "461/KLKT-TTra": one code, not "CT" or "TTr"
        # and a glued word
    if known and (run is None or run.end() <= known.end() or _word_at(text, known.end()) or glued or footnote) \
            and (_ends(text, known.end(), len(known.group())) or footnote):
        written, canonical = known.group(), _CANONICAL[known.group().upper()]
        if written.islower() and not first and not lower:
            return None, pos  # lower case only for the type code ("1124/qđ"), not for what follows one in capitals
        if written != canonical and known.end() < len(text) and text[known.end()].islower():
            return None, pos  # "Thuận": a word, not "ThU" glued to text
        return canonical, known.end()
    if run and len(run.group()) >= 2:
        stop = run.end()
        if stop < len(text) and text[stop].isalpha() and text[stop].isupper():
            return None, pos  # "UBNDÝ": not a code
        if _word_at(text, stop - 1) and (run.group()[-2].isdigit() or len(run.group()) > 3 and _glued_word(text, stop - 1)):
            return run.group()[:-1], stop - 1  # "51/2014/QH13Luật Hòa giải …", "25-HD/BCĐTWNgày": a word glued after
        return _with_dd(run.group()), stop
    if run and not first and (run.end() == len(text) or not text[run.end()].isalnum()):
        return run.group(), run.end()  # one capital: a unit ("6732/UBND-Y"), which only a hyphen may join
    digits = _DIGITS.match(text, pos)
    if digits:
        return digits.group(), digits.end()
    return None, pos


def _with_dd(run: str) -> str:
    """A known code written with "D" for "Đ" ("ND-CP", "QD-TTg", "HDND"), as canonically spelt; else ``run``."""
    if "D" not in run:
        return run
    places = [i for i, c in enumerate(run) if c == "D"][:3]
    for size in range(1, len(places) + 1):
        for chosen in combinations(places, size):
            spelt = "".join("Đ" if i in chosen else c for i, c in enumerate(run))
            if spelt in _CANONICAL:
                return _CANONICAL[spelt]
    return run


def _word_at(text: str, pos: int) -> bool:
    """A capitalised word starts at ``pos`` ("HĐNDNgày"): glued text, not more of a code."""
    return pos + 1 < len(text) and text[pos].isupper() and text[pos + 1].islower()


def _glued_word(text: str, pos: int) -> bool:
    """A syllable glued after a code starts at ``pos`` with its capital ("BCĐTWNgày"), not only its small letters
    after the code's last capital ("KSONMTngày")."""
    word = _LETTERS.match(text, pos)
    return word is not None and is_syllable(word.group())


def _ends(text: str, pos: int, size: int) -> bool:
    """A known code ends at ``pos``: before a non-letter, or before a word glued to it ("CPngày",
    "HĐNDNgày"), which a one-letter code ("L" of "Luật") may not have."""
    if pos >= len(text) or not (text[pos].isalnum() or text[pos] in "&"):
        return True
    return size > 1 and (text[pos].islower() or _word_at(text, pos))


def _fits(joint: str, part: str, before: list[str], joints: list[str], spaced: bool, slashed: bool = False) -> bool:
    """Whether ``part`` may join the symbol after ``joint`` given the parts ``before`` it (and their joints);
    ``slashed``: a slash follows the part.

    Any separator may join the number, the type code and the issuer ("99 - QĐ/ TW", "282/QĐ TTg"); after
    the issuer only a hyphen (spaced in a state-style symbol: "2735/VPCP - QHĐP"), or spaces before a known
    code, may: "02-NQ/TU - UBND tỉnh" ends at TU."""
    if len(part) == 1 and part.isalpha() and part not in TYPE_CODES:  # a one-letter unit after the issuer: "6732/UBND-Y"
        return joint == "-" and any(not p.isdigit() and p not in TYPE_CODES for p in before)
    if part.isdigit():  # a year right after the number, or a legislature's number
        if not before:  # "/2019", or "-2017" before a slash: "19-2017/NQ-CP"; spaced after a type word's number;
            # a year a digit too short or too long: "15/201/NĐ-CP", "63/20220/QH14"
            return (joint in ("/", "-") or spaced and joint == " ") and len(part) == 4 and part[:2] in ("19", "20") \
                or joint == "/" and len(part) in (3, 5) and part[:2] in ("19", "20")
        if joint == "/" and len(part) == 4 and part[:2] in ("19", "20") and joints[:1] == ["/"] and len(before) >= 2 \
                and before[0] in TYPE_CODES and not any(p.isdigit() for p in before):
            return True  # "100/NĐ-CP/2019": the year written last, after the issuer
        return before[-1].endswith(_LEGISLATURES) and joint in (" ", "") and len(part) <= 2  # "QH 14", not "HĐND 2019"
    if joint == "":  # "số 12NQ…": glued only to a type code (the issuer glued to it too: "09NQTW"), or to an issuer a
        # unit follows ("số 3287UBND-VX")
        return not before and (part in TYPE_CODES or part in KNOWN_ISSUER_CODES or _glued_code(part) is not None)
    named = [p for p in before if not p.isdigit()]
    if _ROMAN.fullmatch(part) and named and named[-1] in _LEGISLATURES:
        return joint in (" ", "-")  # "UBTVQH XI"
    if not named:  # "214 NQ/UBTVQH9", or a code a slash follows: "số 7184 TC/NSNN", or the issuer after a spaced year:
        # "Nghị quyết số 31 1999 QH10"
        return joint != " " or spaced and (part in TYPE_CODES or slashed and len(part) > 1
                                           or bool(before) and _legislature([part])[0] is not None
                                           or not before and part in _CENTRAL_STATE)
    if len(named) == 1 and named[0] in TYPE_CODES:  # the issuer, right after the type code: "282/QĐ TTg"
        return joint != " " or part in KNOWN_ISSUER_CODES or _legislature([part])[0] is not None
    party = len(joints) >= 2 and joints[-len(named)] in ("-", "~") and "/" in joints
    if party and joint == "~" and _PARTY_ORGAN.fullmatch(part):
        return True  # a joint issuer after a spaced dash: "40 - HD/BTGTW – BCSĐBVHTTDL"
    if joint == "-" or (joint in ("/", "~") and not party):  # "2735/VPCP - QHĐP": a state-style unit after spaces
        return True
    return not party and part in KNOWN_ISSUER_CODES or (joint == " " and bool(_UNIT_WITH_DIGITS.fullmatch(part)))


# ---------------------------------------------------------------- what the parts are


def _interpret(number: int, letter: str | None, parts: list[str], joints: list[str]) -> Symbol | None:
    if not parts:
        return None
    year = lost_year = None
    if parts[0].isdigit():
        written = parts.pop(0)
        year, lost_year = (int(written), None) if len(written) == 4 else (None, written)
        joints = joints[1:]
        if not parts:
            return None
    if year is None and len(parts) > 2 and parts[-1].isdigit() and len(parts[-1]) == 4:  # "100/NĐ-CP/2019"
        year, parts, joints = int(parts[-1]), parts[:-1], joints[:-1]
    layout = "party" if joints[0] in ("-", "~") and "/" in joints[1:2] else "state"
    code, names = _code_and_names(parts)
    legislature, names = _legislature(names)
    if year and legislature and (span := legislature_years(legislature)) and not span[0] <= year <= span[1]:
        year, lost_year = None, str(year)  # "112/2005/QH13": the XIIIth sat from 2011 to 2016, so the year is misprinted
    if not names and code is None:
        return None
    written_tu = any(_clean(n) == "TW" and "Ư" in n for n in names[:1])
    own = [layout == "state" and "Ư" in n and _clean(n) not in PARTY_ORGANS for n in names]
    names = [n.replace(".", "") if kept else _clean(n) for n, kept in zip(names, own)]  # "524/VSDTTƯ-TCQG",
    # "924/QĐ-MTTƯ": a symbol of the state's layout keeps a body's "TƯ" as written; the Party's and its boards' is "TW"
    issuer, unit = _issuer_and_unit(names)
    if joints[0] == "" and code is None and unit is None:
        return None  # "64CP": an issuer glued to the number needs a unit after it to be read as a symbol
    if issuer is None and (code is None or (year is not None or lost_year) and code not in ISSUERLESS_CODES or legislature):
        return None  # "04/2015/NĐ" names no one (but "04/2016/AL", a precedent, never does); a code alone
        # ("121/NgĐ") is a short old form
    system = "state" if own[:1] == [True] else _system(issuer, layout, code, year, legislature)
    return Symbol(number=number, system=system, issuer=issuer, code=code, year=year, legislature=legislature, lost_year=lost_year,
                  unit=unit, letter=letter, written_tu=written_tu)


def _code_and_names(parts: list[str]) -> tuple[str | None, list[str]]:
    """The type code (the first part, or the head of a first part glued to the issuer: "NĐCP") and the rest."""
    first, rest = parts[0], parts[1:]
    if first in TYPE_CODES:
        return first, rest
    code, dot, issuer = first.partition(".")
    if dot and code in TYPE_CODES and _CANONICAL.get(issuer.upper()) in KNOWN_ISSUER_CODES:
        return code, [_CANONICAL[issuer.upper()], *rest]  # "54/2011/QĐ.UBND": a dot for the hyphen
    head = _glued_code(first) if first not in KNOWN_ISSUER_CODES else None
    if head:
        glued = first[len(head):]
        return head, [_CANONICAL.get(glued.upper(), glued), *rest]  # "NĐTTG": NĐ, TTg
    return None, parts


@lru_cache(maxsize=4096)
def _glued_code(part: str) -> str | None:
    """The type code a part starts with when a known issuer is glued to it: "NĐCP" → "NĐ", "QĐUBND" → "QĐ"."""
    for code in sorted(TYPE_CODES, key=len, reverse=True):
        rest = part[len(code):]
        if len(code) > 1 and part.startswith(code) and (_CANONICAL.get(rest.upper()) in KNOWN_ISSUER_CODES
                                                         or _SITTING.fullmatch(rest)):
            return code
    return None


def _legislature(names: list[str]) -> tuple[int | None, list[str]]:
    """QH15, "UBTVQH 14", "UBTVQH XI": the legislature's number, taken off the issuer."""
    if not names:
        return None, names
    for i, name in enumerate(names):
        for body in _LEGISLATURES:
            attached = re.fullmatch(rf"([{_CODE_LETTERS}]*{body})(\d{{1,2}})", name)
            if attached:  # "UBTVQH14", "QH15"
                return int(attached.group(2)), [*names[:i], attached.group(1), *names[i + 1:]]
            if name.endswith(body) and i + 1 < len(names):  # "UBTVQH 14", "UBTVQH XI"
                following = names[i + 1]
                number = int(following) if following.isdigit() else from_roman(following) if _ROMAN.fullmatch(following) else None
                if number:
                    return number, [*names[:i + 1], *names[i + 2:]]
    return None, names


def _clean(name: str) -> str:
    """A code as canonically spelt: "T.Ư" → "TW", "BTGTƯ" → "BTGTW", "BGD&ĐT" → "BGDĐT"; dots of unknown codes
    are kept."""
    name = name.replace(" ", "")  # "BGD &ĐT"
    undotted = with_canonical_spellings(name.replace(".", ""))
    if "&" in undotted and undotted.replace("&", "") in KNOWN_ISSUER_CODES:
        return undotted.replace("&", "")
    return undotted if (undotted in KNOWN_ISSUER_CODES or "." not in name or undotted.endswith(PARTY_SUFFIXES)) else name


def _issuer_and_unit(names: list[str]) -> tuple[str | None, str | None]:
    """The issuer (joint issuers joined: "BNV-VPCP") and what follows it: a unit ("KGVX", "BTT")."""
    if not names:
        return None, None
    issuers = [names[0]]
    i = 1
    while i < len(names) and (names[i] in KNOWN_ISSUER_CODES and names[i] not in ISSUER_UNITS
                              or _PARTY_ORGAN.fullmatch(names[i])):
        issuers.append(names[i])
        i += 1
    rest = names[i:]
    return "-".join(issuers), "-".join(rest) or None


def _system(issuer: str | None, layout: str, code: str | None, year: int | None, legislature: int | None) -> str:
    """Party when the issuer is a Party body (by the table, or a compound ending like "BTGTU"), or when the
    layout is the Party's ("2027-CV/BTC": a Party committee's board); state otherwise."""
    first = (issuer or "").split("-")[0]
    known = ISSUERS.get(first)
    if known is not None and (known.system == "party" or first.endswith(PARTY_SUFFIXES)):
        return "party" if not year else "state"
    if known is None and first.endswith(PARTY_SUFFIXES) and not year:
        return "party"
    if first in MINISTRIES and first not in BOARD_CODES:
        return "state"  # "04-TT/BNV": a ministry's older circular in the Party's layout ("2027-CV/BTC" may be a board's)
    return "party" if layout == "party" and not year and not legislature and code else "state"


def without_year(symbol: str) -> str | None:
    """A legislature's symbol without its year, which the number and the legislature still name: "63/QH14" of
    "63/2020/QH14" (written "63/20220/QH14"); None for other symbols, whose numbers start again every year."""
    number, _, rest = symbol.partition("/")
    year, _, issuer = rest.partition("/")
    return f"{number}/{issuer}" if year.isdigit() and _LEGISLATURE_CODE.fullmatch(issuer) else None


_LEGISLATURE_CODE = re.compile(r"(?:QH|PL-UBTVQH|NQ-UBTVQH)\d{1,2}")
