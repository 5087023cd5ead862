"""Display labels of documents, decided once when a document is resolved, so that every article graph
and every answer names a document the same way: computed from its canonical key, with a named document's
name read back from the texts that cite it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from . import gazetteer
from .keys import DocumentKey
from .lexicon import CONGRESS_ORGANISATIONS, DISTRICT_LEVELS, PROVINCE, SECTORS, TYPES, doc_type
from .model import Document
from .normalize import slug
from .numerals import roman


def document_label(doc: Document, quoted: Iterable[str] = ()) -> str:
    """A readable label computed from the canonical key, so that every article writes the same one.

    "Quyết định 99-QĐ/TW", "Nghị quyết số 35 (Hà Tĩnh)", "Nghị quyết Trung ương 4 khóa XII",
    "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XVIII",
    "Luật Thực hiện dân chủ ở cơ sở 2022", "Hiến pháp 2013", "Điều lệ Đảng". A named document's name is
    read back (with its diacritics) from ``quoted``, the texts citing it, where a run of words has the
    key's slug; its letter case is normalised so that "Luật Đất Đai" and "Luật đất đai" agree.
    """
    key = DocumentKey.parse(doc.key)
    code, ident = key.issuer, key.ident
    if doc.name and doc.number is not None and doc_type(doc.type).name_form == "law":  # "Luật Thủ đô 2024"
        return f"{doc.type} {_name_case(doc.name)}" + (f" {doc.year}" if doc.year else "")
    epoch = None if key.loose else key.epoch
    if doc.number is not None and key.number is not None:
        if doc.symbol:
            return f"{doc.type} {doc.symbol}"
        return f"{doc.type} số {doc.number}" + (f" ({doc.scope})" if doc.scope else "")
    scope = doc.scope if doc.scope and slug(doc.scope) == key.scope else None
    if key.plenum is not None:
        label = f"{doc.type} Trung ương {key.plenum}" if code == "tw" else f"{doc.type} Hội nghị lần thứ {key.plenum}"
        label += f" khóa {epoch.upper()}" if epoch and not epoch.isdigit() else ""
        return label + (f" ({scope})" if scope else "")
    if key.congress is not None:
        ordinal = roman(key.congress)
        if code == "tw":
            return f"{doc.type} Đại hội {ordinal} của Đảng"
        return f"{doc.type} Đại hội {_congress_body(code, scope)} lần thứ {ordinal}"
    if key.congress_years is not None:
        return f"{doc.type} Đại hội {_congress_body(code, scope)} nhiệm kỳ {key.congress_years}"
    name = _FIXED_NAMES.get(ident) or _quoted_name(ident, quoted) \
        or (_name_case(doc.name) if doc.name and slug(doc.name) == ident else None)  # "… của BLHS": spelt out
    if name is None or slug(name) == slug(doc.type):
        label = doc.type if ident == slug(doc.type) else f"{doc.type} {name or ident}"
    else:
        label = f"{doc.type} {name}"
    if doc.system == "state" and epoch and epoch.isdigit() and not label.endswith(epoch):
        label += f" {epoch}"
    return label + (f" ({scope})" if scope else "")


# Names the citation grammar gives itself (``fixed_name`` in data/doctypes.json), not read from the text.
_FIXED_NAMES = {slug(t.fixed_name): t.fixed_name for t in TYPES if t.fixed_name}
_COMMITTEES = {"tu": PROVINCE, "hu": "huyện", "du": None}  # the level of a congress's Party body by its code
# Words of document names written with capitals (proper nouns), restored after lower-casing a name.
_PROPER = re.compile(r"(?<!\w)(việt nam|cộng hòa|quốc hội|chính phủ|nhà nước|tổ quốc|thủ đô|hồ chí minh|"
                     r"mặt trận|tòa án|viện kiểm sát|hội đồng nhân dân|ủy ban nhân dân|ủy ban thường vụ|"
                     r"quân đội|công an|đảng(?! viên| bộ| ủy| phái| đoàn))(?!\w)")
_PROPER_FORMS = {"hội đồng nhân dân": "Hội đồng nhân dân", "ủy ban nhân dân": "Ủy ban nhân dân",
                 "ủy ban thường vụ": "Ủy ban Thường vụ", "tòa án": "Tòa án", "viện kiểm sát": "Viện kiểm sát",
                 "cộng hòa": "Cộng hòa", "quốc hội": "Quốc hội", "chính phủ": "Chính phủ", "nhà nước": "Nhà nước",
                 "tổ quốc": "Tổ quốc", "thủ đô": "Thủ đô", "mặt trận": "Mặt trận", "quân đội": "Quân đội",
                 "công an": "Công an"}
_PROMULGATED = re.compile(r"công bố (bộ luật|luật|pháp lệnh) (.+)")
_PUNCTUATION = " ,.;:()\"“”'"


def _quoted_name(ident: str, quoted: Iterable[str]) -> str | None:
    """The run of words in one of ``quoted`` whose slug is ``ident``, in canonical letter case."""
    for text in sorted(quoted, key=lambda t: (len(t), t)):
        words = text.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                found = slug(" ".join(words[i:j]))
                if found == ident:
                    name = " ".join(words[i:j]).strip(_PUNCTUATION)
                    return _name_case(name + ")" * (name.count("(") - name.count(")")))  # "Việc làm (sửa đổi)"
                if not ident.startswith(found):
                    break
    return None


def _name_case(name: str) -> str:
    """"ĐẤT ĐAI", "Đất Đai" → "Đất đai": the first letter and proper nouns ("Việt Nam", "Quốc hội") in
    capitals, acronyms ("HIV/AIDS") kept; in "công bố Luật Thực hiện dân chủ ở cơ sở" (a Lệnh), the law's type
    word and name too."""
    shouted = name.upper() == name
    low = " ".join(w if len(w) > 1 and w.isupper() and not shouted else w.lower() for w in name.split(" "))
    low = _PROPER.sub(lambda m: _PROPER_FORMS.get(m.group(), m.group().title()), low)
    if (law := _PROMULGATED.fullmatch(low)) is not None:
        return f"công bố {_upper_first(law.group(1))} {_upper_first(law.group(2))}"
    return _upper_first(low)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _congress_body(code: str, scope: str | None) -> str:
    """Whose congress: a front or mass organisation ("Hội Nông dân tỉnh Cà Mau", "Công đoàn Việt Nam" for its
    national body), else a Party organisation ("Đảng bộ tỉnh Hà Tĩnh")."""
    if code in _NATIONAL_ORGANISATIONS:
        return _NATIONAL_ORGANISATIONS[code]
    if code in _SECTORS:  # "Đảng bộ Quân đội", "Đảng bộ Quân sự tỉnh Nghệ An"
        sector = _SECTORS[code]
        level = None if sector.central or not scope else _level(scope, province=True)
        return " ".join(filter(None, ("Đảng bộ", sector.name, level, None if sector.central else scope)))
    if code in _LOCAL_ORGANISATIONS:
        level = _level(scope, province=False) or _level(scope, province=True) if scope else None
        return " ".join(filter(None, (_LOCAL_ORGANISATIONS[code], level, scope)))
    return _party_organisation(code, scope)


_LOCAL_ORGANISATIONS = {slug(o.code): o.name for o in CONGRESS_ORGANISATIONS.values()}
_SECTORS = {slug(sector.code): sector for sector in SECTORS.values()}
_NATIONAL_ORGANISATIONS = {slug(o.central): o.national for o in CONGRESS_ORGANISATIONS.values()}


def _party_organisation(code: str, scope: str | None) -> str:
    """"Đảng bộ tỉnh Hà Tĩnh", "Đảng bộ thành phố Hà Nội", "Đảng bộ huyện Can Lộc": the congress's Party body."""
    if scope is None:
        level = _COMMITTEES.get(code)
        return f"Đảng bộ {level}" if level else "Đảng bộ"
    level = _level(scope, province=code == "tu") if code in ("tu", "hu") else None
    return " ".join(filter(None, ("Đảng bộ", level, scope)))


@cache
def _level(place: str, province: bool) -> str | None:
    """The level word of ``place`` as a province (tỉnh, thành phố) or a district, from the gazetteer."""
    units = gazetteer.lookup(place)
    for era in (gazetteer.PRE2025, gazetteer.Y2025):
        levels = {u.level for u in units if u.era == era and (u.parent is None) == province
                  and (province or u.level in DISTRICT_LEVELS)}
        if len(levels) == 1:
            return levels.pop()
    return "tỉnh" if province else None
