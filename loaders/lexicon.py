"""The language tables of ``loaders/data``, read once: document types, issuer codes, bodies, posts, level
words, Party terms, citation kinds, ordinals and family names.

Each fact lives in one data file, described by its JSON Schema in ``data/schemas`` (the tests validate
them); this module only reads the files and derives the lookups the grammar needs, so a domain editor adds
a body, a post or a document type without touching Python. Derived here, never written twice: the issuer
phrases of citations ("của Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh") from the bodies and their issuer
codes, the symbol codes of each system from the document types, the committee of each level from the
bodies, the Party committee members' titles ("Tỉnh ủy viên") from the committees.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .normalize import fold, initials

# The Vietnamese alphabet, for patterns: a capitalised word is [UPPER][LOWER]*, whatever its first letter
# ("Ân Thi", "Ứng Hòa", "Ý Yên" start with accented capitals).
LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
UPPER = LOWER.upper()


def read(name: str) -> str:
    """The text of data file ``name`` shipped with trichdan."""
    return resources.files("trichdan.loaders").joinpath("data", name).read_text("utf-8")


@cache
def table(name: str) -> dict:
    """A JSON data file, parsed."""
    return json.loads(read(name))


def phrase_key(text: str) -> str:
    """A phrase as a key, whatever stands between its words: spaces, a line break, or nothing where a
    spinner glued them ("Quốc\nhội", "Quốchội" → "Quốchội")."""
    return "".join(text.split())


def alternation(phrases) -> str:
    """A regex alternative of ``phrases`` in which the longest phrase wins, written as a trie of their
    words (``Ban\\ (?:Thường\\ vụ|Dân\\ vận)``): each shared beginning once, so the pattern compiles and
    fails fast. Words are joined by ``\\ `` (an escaped space), which callers may replace with a looser gap.

    Longest wins as with a longest-first list: at each branch a longer word is tried first, and a phrase
    that ends where a longer one goes on is tried after it (a greedy optional tail).
    """
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for word in phrase.split(" "):
            node = node.setdefault(word, {})
        node[None] = {}  # a phrase ends here
    return _branches(trie)


def _branches(node: dict) -> str:
    parts = []
    for word in sorted((w for w in node if w is not None), key=lambda w: (-len(w), w)):
        child = node[word]
        tail = _branches(child) if any(w is not None for w in child) else ""
        if not tail:
            parts.append(re.escape(word))
        elif None in child:
            parts.append(rf"{re.escape(word)}(?:\ (?:{tail}))?")
        else:
            parts.append(rf"{re.escape(word)}\ (?:{tail})")
    return "|".join(parts)


# ---------------------------------------------------------------- document types


@dataclass(frozen=True, slots=True)
class Charter:
    """An organisation whose charter (Điều lệ) is cited: "Điều lệ Đảng", "Điều lệ Đoàn"."""

    name: str
    forms: tuple[str, ...]  # as written after "Điều lệ", longest first
    issuer: str | None = None


@dataclass(frozen=True, slots=True)
class DocType:
    """A document type: its word, issuing systems, symbol codes (first canonical) and how it is cited."""

    word: str
    systems: tuple[str, ...]
    codes: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    numbered_alone: bool = True  # "Nghị quyết 35" is a citation; "Chương trình 135" is not
    named_issuer: str | None = None  # a document cited by name ("Luật Đất đai") has this issuer code
    name_form: str | None = None  # law, constitution, charter, platform, promulgation
    fixed_name: str | None = None  # the name the grammar gives it: "Đảng" of "Điều lệ Đảng"
    assemblies: bool = False  # cited by plenum or congress without a number ("Nghị quyết Đại hội XIII")
    also_written: tuple[str, ...] = ()  # words naming the type before a full symbol: "văn bản số 238/UBND-KGVX"
    charters: tuple[Charter, ...] = ()
    symbol_only: bool = False  # a document only with a full symbol: "Phương án số 316/PA-UBND", not "phương án số 3"
    not_names: frozenset[str] = frozenset()  # "Luật Sư: Lê Minh Công" is a lawyer
    abbreviated: tuple[tuple[str, str], ...] = ()  # ("BLHS", "Hình sự"): initials for the type word and a name
    branches: frozenset[str] = frozenset()  # "Luật Hành chính": a branch of law, no document without year or number
    compounds: frozenset[str] = frozenset()  # words (one or two) the type word ends: "kỷ luật", "Đại học Luật"
    carries: frozenset[str] = frozenset()  # other types' codes its symbols may carry: "thông báo số 01-KL/BCĐ"
    local_when_bare: bool = False  # "Kế hoạch số 53" with neither issuer nor symbol: the article's province's
    verb: bool = False  # also a verb: "Trung ương quy định 2 mức" (in lower case, a bare number is no citation)
    letter: bool = False  # sends a document of any type: "công văn số 01/TTr-UBDT" stays a công văn
    no_issuer: bool = False  # its symbols name no issuer: "Án lệ số 04/2016/AL"
    issued_by: str | None = None  # the one body issuing the type: "Nghị định 112/2020" is 112/2020/NĐ-CP
    dated_symbol: bool = False  # its symbols carry their year: "Thông tư 50/2025" of Bộ Công Thương is 50/2025/TT-BCT
    consolidates: bool = False  # a consolidated text: the heading under its number names the consolidated type
    correspondence: bool = False  # "văn bản số 57/TTr-UBND" stays a công văn; "văn bản số 11/BC-BTC" is a báo cáo


def _doc_type(record: dict) -> DocType:
    named = record.get("named") or {}
    charters = tuple(Charter(c["name"], tuple(sorted(c["forms"], key=len, reverse=True)), c.get("issuer"))
                     for c in named.get("charters", ()))
    return DocType(record["word"], tuple(record["systems"]), tuple(record["codes"]), tuple(record.get("abbreviations", ())),
                   record.get("numbered_alone", True), named.get("issuer"), named.get("form"), named.get("name"),
                   record.get("assemblies", False), tuple(record.get("also_written", ())), charters,
                   record.get("symbol_only", False), frozenset(named.get("not_names", ())),
                   tuple(named.get("abbreviated", {}).items()), frozenset(named.get("branches", ())),
                   frozenset(named.get("compounds", ())), frozenset(record.get("carries", ())),
                   record.get("local_when_bare", False), record.get("verb", False), record.get("letter", False),
                   record.get("no_issuer", False), record.get("issued_by"), record.get("dated_symbol", False),
                   record.get("consolidates", False), record.get("correspondence", False))


REVISED_NAME = " (sửa đổi)"  # after a law's name, a law revised whole: "Luật Việc làm (sửa đổi)"
TYPES: tuple[DocType, ...] = tuple(_doc_type(r) for r in table("doctypes.json")["types"])
# Initials standing for a type word and a name → (type word, name): "BLHS" → ("Bộ luật", "Hình sự")
ABBREVIATED_NAMES: dict[str, tuple[str, str]] = {a: (t.word, name) for t in TYPES for a, name in t.abbreviated}
_INITIALS_SKIPPED = frozenset(table("doctypes.json")["initials_skipped"])


def initial_forms(name: str) -> frozenset[str]:
    """The initials the press abbreviates a name with, with and without its linking words: "Phòng, chống tác hại
    của rượu, bia" → {"PCTHCRB", "PCTHRB"}."""
    return frozenset({initials(name), initials(" ".join(w for w in name.split() if w.lower() not in _INITIALS_SKIPPED))})
BY_WORD = {fold(phrase_key(t.word)): t for t in TYPES}
ABBREVIATIONS = {a: t.word for t in TYPES for a in t.abbreviations}  # "NQ 02", "QĐ 99"
# An abbreviation that is the code of several types ("QĐ": Quyết định, Quy định, Quy chế; "TT": Thông tư,
# Thông tri): the type it gives yields to what the authority file knows of the symbol.
AMBIGUOUS_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if sum(a in t.codes for t in TYPES) > 1)
# Type code in a symbol → type word, per system: the type whose canonical code it is.
CODE_TYPES = {system: {t.codes[0]: t.word for t in TYPES if t.codes and system in t.systems} for system in ("party", "state")}
TYPE_CODES = frozenset(c for t in TYPES for c in t.codes)  # every code, canonical or not ("QĐNS", "CTHĐ")
ISSUERLESS_CODES = frozenset(c for t in TYPES if t.no_issuer for c in t.codes)  # "04/2016/AL" (an Án lệ)
ALSO_WRITTEN = {w: t.word for t in TYPES for w in t.also_written}  # "văn bản" → "Công văn"
ALSO_WRITTEN_KEYS = {phrase_key(w): word for w, word in ALSO_WRITTEN.items()}


def code_type(system: str, code: str) -> str | None:
    """The type a symbol's code stands for in ``system``: the type whose canonical code it is, else the one
    type that also uses it ("QĐNS" → Quyết định); None when the system has no such type."""
    canonical = CODE_TYPES[system].get(code)
    if canonical:
        return canonical
    others = {t.word for t in TYPES if code in t.codes and system in t.systems}
    return others.pop() if len(others) == 1 else None
ISSUER_TYPES: dict[str, str] = table("doctypes.json")["issuer_types"]  # "10/2022/QH15" is a Luật
QUALIFIERS: tuple[str, ...] = tuple(table("doctypes.json")["qualifiers"])


@lru_cache(maxsize=512)
def doc_type(word: str) -> DocType:
    """The DocType of a type word as written ("nghị quyết", "NGHỊ QUYẾT", "Quyết\nđịnh")."""
    return BY_WORD[fold(phrase_key(word))]


def type_word_of(phrase: str) -> str | None:
    """The type word ``phrase`` is ("kết luận" → "Kết luận"), else None."""
    kind = BY_WORD.get(fold(phrase_key(phrase)))
    return kind.word if kind else None


# ---------------------------------------------------------------- issuers and terms

BODIES: dict = table("bodies.json")


@dataclass(frozen=True, slots=True)
class Issuer:
    """An issuing body: its code in symbols, canonical name, system and level."""

    code: str
    name: str
    system: str
    level: str  # "central", "province", "district", "commune"
    leveled: bool = False  # the name takes the level word before the place: "Ủy ban nhân dân tỉnh Quảng Ngãi"
    family: str | None = None  # the code its documents are keyed under ("ThU" → "TU")
    suffix: bool = False  # ends compound Party issuer codes ("BTGTU")
    signs: str | None = None  # the code on its symbols when not its own: Đảng ủy UBND tỉnh (ĐUUBND) signs "ĐU"
    credited_to: str | None = None  # the body the press credits its documents to: "TTg" → "CP"


ISSUER_UNITS: dict[str, str] = table("issuers.json")["units"]  # 112-KH/MTTQ-BTT: the sub-unit that signs
CODE_SPELLINGS: dict[str, str] = table("issuers.json")["spellings"]  # "TƯ" → "TW"
TERMS: tuple[tuple[str, str], ...] = tuple((t["term"], t["start"]) for t in table("terms.json")["terms"])
LEGISLATURES: tuple[tuple[int, str], ...] = tuple((t["legislature"], t["start"]) for t in table("terms.json")["legislatures"])
LEGISLATURES_KNOWN_UNTIL: str = table("terms.json")["legislatures_known_until"]
NATIONAL_CONGRESSES = len(TERMS) + 5  # the terms begin with the VIth congress's: the last one's number
LOCAL_CONGRESSES: tuple[dict, ...] = tuple(table("terms.json")["local_congresses"])
FORMER_PROVINCES: dict[str, dict] = {p["name"]: p for p in table("former_units.json")["provinces"]}


def successor(province: str, year: int) -> str | None:
    """The one province a former province had become by ``year`` ("Hà Tây", 2021 → "Hà Nội"); None when it still
    existed then, when it became several, or for a province that is not a former one."""
    current = province
    while (former := FORMER_PROVINCES.get(current)) is not None:
        if year <= max(end for _, end in former["periods"]) or len(former["became"]) != 1:
            break
        current = former["became"][0]
    return None if current == province else current


def local_term(date: str, level: str) -> str | None:
    """The term ("2020-2025") of the local Party organisations of ``level`` (province, district, commune) whose
    congresses were held last before ``date`` ("2021-03-05"); None inside a season of their congresses, before
    the first one the table knows, or for a date without its day."""
    if len(date) < 10:
        return None
    found = None
    for cycle in LOCAL_CONGRESSES:
        if (season := cycle.get(level)) is None:
            continue
        if date < season[0]:
            break
        if date <= season[1]:
            return None
        found = cycle["term"]
    return found


def sector_committees(sector: dict) -> list[str]:
    """The names of a sector's Party committee, canonical first: "Đảng ủy Ủy ban nhân dân", "Đảng ủy UBND", "Ban
    Chấp hành Đảng bộ Ủy ban nhân dân"; "Quân ủy Trung ương" (its own ``committee``)."""
    if "committee" in sector:
        return [sector["committee"]]
    forms = (sector["name"], *sector.get("aliases", ()))
    return [f"Đảng ủy {form}" for form in forms] + [f"Ban Chấp hành Đảng bộ {form}" for form in forms]


def _issuers() -> dict[str, Issuer]:
    """The issuer table, with the codes the bodies table implies: a board's code joined to a committee's
    ("BTG" + "TU": Ban Tuyên giáo Tỉnh ủy), a ministry's ("BNV") and a provincial department's ("SNV")."""
    found = {r["code"]: Issuer(**r) for r in table("issuers.json")["issuers"]}
    committees = {c.code: c for c in found.values() if c.suffix and c.system == "party" and c.code not in ("ĐUK", "TWĐTN", "BCSĐ")}
    for board in BODIES["boards"]:
        for committee in committees.values() if board.get("code") else ():
            central = committee.level == "central"
            if central and not board.get("central"):
                continue
            name = board.get("central_name", f"{board['name']} Trung ương") if central else f"{board['name']} {committee.name}"
            found.setdefault(board["code"] + committee.code, Issuer(board["code"] + committee.code, name, "party", committee.level))
    for sector in BODIES["sectors"]:  # "Đảng ủy Quân sự" (ĐUQS), "Quân ủy Trung ương" (QUTW)
        found.setdefault(sector["code"], Issuer(sector["code"], sector_committees(sector)[0], "party",
                                                "central" if sector.get("central") else "province",
                                                leveled=not sector.get("central"), signs=sector.get("signs")))
    for department in BODIES["departments"]:
        if code := department.get("ministry_code"):
            found.setdefault(code, Issuer(code, f"Bộ {department['name']}", "state", "central"))
            for other in department.get("ministry_codes_also", ()):  # "TT-BNNPTNT" beside "…/BNN-KH"
                found.setdefault(other, Issuer(other, f"Bộ {department['name']}", "state", "central", family=code))
        if code := department.get("department_code"):
            found.setdefault(code, Issuer(code, f"Sở {department['name']}", "state", "province", leveled=True))
            for other in department.get("department_codes_also", ()):
                found.setdefault(other, Issuer(other, f"Sở {department['name']}", "state", "province", leveled=True,
                                               family=code))
    return found


ISSUERS = _issuers()
MINISTRIES = frozenset(code for d in BODIES["departments"] for code in (d.get("ministry_code"), *d.get("ministry_codes_also", ())) if code)
PARTY_SUFFIXES = tuple(c for c, i in ISSUERS.items() if i.suffix) + tuple(s for s, c in CODE_SPELLINGS.items() if ISSUERS[c].suffix)
# The Party's committees and their boards ("TW", "TU", "BTGTW"): their "TƯ" is "TW" in any layout of symbol.
_COMMITTEE_CODES = frozenset(c for c, i in ISSUERS.items() if i.suffix and i.system == "party")
BOARD_CODES = frozenset(b["code"] for b in BODIES["boards"] if b.get("code"))  # "BTC": Ban Tổ chức (and Bộ Tài chính)
PARTY_ORGANS = _COMMITTEE_CODES | frozenset(b + c for b in BOARD_CODES for c in _COMMITTEE_CODES)
# Codes a symbol reader recognises in any case: issuers, their units, and the legislature bodies.
KNOWN_ISSUER_CODES = frozenset(ISSUERS) | frozenset(ISSUER_UNITS)


def issuer(code: str | None) -> Issuer | None:
    """The issuer of ``code``: from the table, else, for a compound Party code the table does not list
    ("BDVHU", "VPĐU"), a body of the committee its code ends with; of joint issuers, the first."""
    if not code:
        return None
    if "-" in code:  # joint issuers ("BNV-VPCP"): the first one's kind and level
        return issuer(code.split("-")[0])
    found = ISSUERS.get(code) or ISSUERS.get(with_canonical_spellings(code))
    if found is None and code.endswith(PARTY_SUFFIXES) and code not in CODE_SPELLINGS and "Ư" not in code:  # a state
        # body's own "TƯ" ("VSDTTƯ") is kept as written by the symbol reader; a Party body's is read "TW"
        committee = ISSUERS[next(s for s in sorted(PARTY_SUFFIXES, key=len, reverse=True) if code.endswith(s))
                            .replace("TƯ", "TW")]
        found = Issuer(code, committee.name, "party", committee.level)  # a body of that committee
    return found


def with_canonical_spellings(code: str) -> str:
    """A code with its committees' spellings canonical: "BTGTƯ" → "BTGTW", "MTTƯ" → "MTTW" (which symbols of the
    state's layout keep as written)."""
    for variant, canonical in CODE_SPELLINGS.items():
        code = code.replace(variant, canonical)
    return code


def family(code: str | None) -> str | None:
    """The code documents of issuer ``code`` are keyed under: Thành ủy's "ThU" → "TU", "QU" → "HU"."""
    found = ISSUERS.get(code or "")
    return found.family or code if found else code


# ---------------------------------------------------------------- levels


@dataclass(frozen=True, slots=True)
class Level:
    """An administrative level word: "tỉnh", "huyện", "phường" …"""

    word: str
    tier: str  # "province", "district" or "commune"
    slug: str
    abbreviations: tuple[str, ...] = ()  # written with a dot: "TP.", "H."
    bare: tuple[str, ...] = ()  # abbreviations that may stand without a dot: "TP Vinh"
    numbered: bool = False  # its units may be named by a number: "Quận 6", "Phường 12"


LEVELS: tuple[Level, ...] = tuple(
    Level(r["word"], r["tier"], r["slug"], tuple(r.get("abbreviations", ())), tuple(r.get("bare", ())),
          r.get("numbered", False))
    for r in table("levels.json")["levels"])
LEVEL_WORDS = tuple(level.word for level in LEVELS)
PROVINCE = next(level.word for level in LEVELS if level.tier == "province")  # "tỉnh"
DISTRICT_LEVELS = tuple(level.word for level in LEVELS if level.tier == "district")
COMMUNE_LEVELS = tuple(level.word for level in LEVELS if level.tier == "commune")
LEVEL_ABBREVIATIONS = {a: level.word for level in LEVELS for a in level.abbreviations}  # "TP" → "thành phố"
BARE_ABBREVIATIONS = {a: level.word for level in LEVELS for a in level.bare}
NUMBERED_LEVELS = frozenset(level.word for level in LEVELS if level.numbered)  # "Quận 6", "Phường 12"
UNIT_KINDS: tuple[str, ...] = tuple(table("levels.json")["kinds"])  # "các huyện miền núi Sơn Tây"
PLACE_CODES: dict[str, str] = table("levels.json")["place_codes"]  # "TP.HCM"
NOT_LEVELS = frozenset(table("levels.json").get("words", []))  # "xã hội": a word, no level word and name
LEVEL_PATTERN = alternation(LEVEL_WORDS)  # "tỉnh|thành phố|…"


# ---------------------------------------------------------------- bodies


# The Party committee of each level: "tỉnh" → "Tỉnh ủy", and the Youth Union's ("tỉnh" → "Tỉnh đoàn").
COMMITTEES = {c["level"]: c["name"] for c in BODIES["committees"] if c["kind"] == "party"}
# Committees named after their unit, the Youth Union's too: "huyện ủy" → "huyện", "Tỉnh Đoàn Ninh Bình".
COMMITTEE_LEVELS = {c["name"].lower(): c["level"] for c in BODIES["committees"]}
WORD_ABBREVIATIONS: dict[str, str] = BODIES["word_abbreviations"]  # "BTV" → "Ban Thường vụ"
PARTY_CENTRE = next(b["name"] for b in BODIES["central"] if (b.get("issuer") or {}).get("also"))


def _forms(record: dict) -> list[str]:
    return [form for phrase in (record["name"], *record.get("aliases", ())) for form in with_hyphened_initials(phrase)]


def with_hyphened_initials(phrase: str) -> list[str]:
    """``phrase``, and with "-" for the "&" between initials ("Bộ GD&ĐT", "Bộ GD-ĐT")."""
    return [phrase, phrase.replace("&", "-")] if _INITIALS_AND.search(phrase) else [phrase]


_INITIALS_AND = re.compile(r"\w&\w")


def _issuer_phrases() -> tuple[tuple[str, str], ...]:
    """Every phrase naming an issuer in a citation → its code, longest first."""
    found: dict[str, str] = {}
    for body in BODIES["central"]:
        if issuer := body.get("issuer"):
            for form in [*_forms(body), *issuer.get("also", ())]:
                found.setdefault(form, issuer["code"])
    for board in BODIES["boards"]:
        if board.get("central") and board.get("code"):
            found.setdefault(board.get("central_name", f"{board['name']} Trung ương"), board["code"] + "TW")
    signing = [f for b in BODIES["boards"] if b["name"] in BODIES["committee_boards"] for f in _forms(b)]
    by_level = {}
    for committee in BODIES["committees"]:
        if code := committee.get("issuer"):
            by_level[committee["level"]] = code
            for board in ("", *signing):
                found.setdefault(f"{board} {committee['name']}".strip(), code)
    party = BODIES["party"]
    for board in ("", *signing):  # "Đảng ủy", "Ban Thường vụ Đảng ủy xã Nông Thượng"
        found.setdefault(f"{board} {party['name']}".strip(), party["issuer"])
    for alias in party.get("aliases", ()):
        for level, code in by_level.items():
            found.setdefault(f"{alias} {level}", code)
        for level in COMMUNE_LEVELS:  # "Ban Chấp hành Đảng bộ xã Ninh Hải": the commune's Đảng ủy
            found.setdefault(f"{alias} {level}", party["issuer"])
    for body in BODIES["local"]:
        if issuer := body.get("issuer"):
            for form in issuer.get("forms") or _forms(body):
                for board in ("", *issuer.get("boards", ())):
                    phrase = f"{board} {form}".strip()
                    if issuer.get("alone", True):
                        found.setdefault(phrase, issuer["code"])
                    for level in issuer.get("levels", ()):
                        found.setdefault(f"{phrase} {level}", issuer["code"])
    for sector in BODIES["sectors"]:  # "Đảng ủy Quốc hội", "Ban Thường vụ Đảng ủy UBND" (the place after it: "tỉnh …");
        groups = sector.get("groups", ()) if sector.get("described") else ("",)  # "Đảng ủy Khối các cơ quan tỉnh"
        for form in sector_committees(sector):
            for board in ("", *signing):
                for group in groups:
                    found.setdefault(f"{board} {form} {group}".strip(), sector["code"])
    for department in BODIES["departments"]:
        if code := department.get("ministry_code"):
            for form in _forms(department):
                found.setdefault(f"Bộ {form}", code)
    return tuple(sorted(found.items(), key=lambda item: (-len(item[0]), item[0])))


ISSUER_PHRASES = _issuer_phrases()


@dataclass(frozen=True, slots=True)
class Organisation:
    """A front or mass organisation whose congresses pass resolutions: the code of its local bodies and of
    its national one."""

    name: str
    national: str  # its name as a national organisation: "Công đoàn Việt Nam"
    code: str
    central: str


def _congress_organisations() -> dict[str, Organisation]:
    """How the press names a front or mass organisation after "Đại hội" (lower case) → the organisation."""
    found: dict[str, Organisation] = {}
    for body in BODIES["local"]:
        if congress := body.get("congress"):
            organisation = Organisation(body["name"], congress["national"], body["issuer"]["code"], congress["central"])
            for form in [*_forms(body), *congress.get("forms", ())]:
                found.setdefault(" ".join(form.lower().split()), organisation)
    return found


CONGRESS_ORGANISATIONS = _congress_organisations()


@dataclass(frozen=True, slots=True)
class Sector:
    """A sector's Party organisation: "Quân sự" of "Đảng bộ Quân sự tỉnh", keyed under ``code``."""

    name: str
    code: str
    central: bool = False
    described: bool = False


SECTORS: dict[str, Sector] = {form: Sector(r["name"], r["code"], r.get("central", False), r.get("described", False))
                              for r in BODIES["sectors"] for form in _forms(r)}
CONGRESS_ORGANISATION_KEYS = {phrase_key(form): o for form, o in CONGRESS_ORGANISATIONS.items()}  # by phrase_key


# ---------------------------------------------------------------- posts


@dataclass(frozen=True, slots=True)
class Title:
    """A post title and what it says about the body it belongs to."""

    title: str
    implied: str | None = None  # the body word it swallows: "Trưởng ban" (Dân vận) → "Ban"
    fixed: str | None = None  # the national body it alone names: "Thủ tướng" → Chính phủ
    standing: bool = False  # takes "Thường trực": "Phó Bí thư Thường trực"
    informal: str | None = None  # the body meant before a level word: "Chủ tịch xã X" → Ủy ban nhân dân
    village: bool = False  # "Trưởng thôn Tân Phúc": named after the village
    member: bool = False  # "Tỉnh ủy viên": a member of the committee its first words name
    secretary: bool = False  # "Bí thư", "Phó Bí thư": of the committee of the chain's level
    in_group: bool = True  # a post taken in a group being set up ("làm Tổ trưởng")
    written: str | None = None  # how an abbreviated title is written: "Phó Ban" for "Phó Trưởng ban"

    @property
    def form(self) -> str:
        """The words as they stand in text."""
        return self.written or self.title


def _titles() -> tuple[Title, ...]:
    posts, found = table("posts.json"), []
    for r in posts["titles"]:
        common = dict(implied=r.get("implied"), fixed=r.get("fixed"), informal=r.get("informal"),
                      village=r.get("village", False), secretary=r.get("secretary", False),
                      in_group=not r.get("not_in_group", False))
        found.append(Title(r["title"], standing=r.get("standing") == "always", **common))
        if r.get("deputy"):
            found.append(Title(f"Phó {r['title']}", standing=r.get("standing") in ("deputy", "always"), **common))
    fixed = {t.title: t.fixed for t in found if t.fixed}  # "Phó TTgCP" names the Chính phủ as "Phó Thủ tướng" does
    for r in posts["abbreviated_titles"]:
        found.append(Title(r["title"], r.get("implied"), fixed=fixed.get(r["title"]), standing=r.get("standing") == "always",
                           written=r["written"]))
    found += [Title(f"{name} viên", member=True) for name in COMMITTEES.values()]
    return tuple(found)


TITLES = _titles()
POSTS: dict = table("posts.json")
# Last words of titles that take "Thường trực" ("Phó Bí thư Thường trực Tỉnh ủy": part of the title).
STANDING_ENDS = frozenset(t.title.split()[-1].lower() for t in TITLES if t.standing)


# ---------------------------------------------------------------- words


ORDINALS: dict[str, int] = table("numbers.json")["ordinals"]
RELATION_CUES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (r["kind"], tuple(r["cues"])) for r in table("relations.json")["kinds"] if r["cues"])
# How each kind of citation is named where it is shown: kind → (Vietnamese, English).
RELATION_WORDS: dict[str, tuple[str, str]] = {r["kind"]: (r["label"], r["english"]) for r in table("relations.json")["kinds"]}


@cache
def surnames() -> dict[str, bool]:
    """Family names (lower case) → whether they are among the most common ones."""
    return {row["name"].lower(): row["common"] == "yes" for row in csv.DictReader(io.StringIO(read("surnames.tsv")), delimiter="\t")}
