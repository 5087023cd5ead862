"""Party, state, front and mass-organisation bodies named in an article, under one canonical name each.

A body phrase ("BTV Huyện ủy", "Ủy ban MTTQ huyện Can Lộc", "Ban Dân vận Tỉnh ủy") is parsed into a
:class:`BodyRef` (what the text says) and resolved against the article's :class:`Locality` into a
:class:`Body` (canonical name, key, parent). Abbreviations are expanded ("UBND tỉnh" → "Ủy ban nhân
dân tỉnh Hà Tĩnh"), "Ban Chấp hành Đảng bộ tỉnh X" is "Tỉnh ủy X", and a local body whose place cannot
be told gets no key. The tokeniser and the place/name boundary live here too; ``people`` reuses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from . import gazetteer
from .model import Article, Locality, Mention, Organization
from .normalize import normalize, slug

_DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\n|[^\w\s]")
PROVINCE, DISTRICT = "tỉnh", ("thành phố", "quận", "huyện", "thị xã")
_LEVEL_WORDS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "TP": "thành phố", "huyện": "huyện", "thị xã": "thị xã",
                "TX": "thị xã", "quận": "quận", "xã": "xã", "phường": "phường", "thị trấn": "thị trấn"}
_LEVEL_FIRST = {words.split()[0].lower() for words in _LEVEL_WORDS}
_COMMITTEE = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy", "quận": "Quận ủy"}
_PARTY_CENTRE = "Ban Chấp hành Trung ương Đảng"
_PLACE_CODES = {"HCM": "Hồ Chí Minh"}  # "TP.HCM"
_TITLE_ENDS = {"thư", "tịch", "ban", "viên", "nhiệm"}  # last words of titles taking "Thường trực"


class Token(NamedTuple):
    """A word or punctuation mark of the article text, with its offsets."""

    text: str
    start: int
    end: int
    low: str

    @property
    def name_like(self) -> bool:
        """Capitalised like a syllable of a name or place ("Nguyễn", "A", "K'ré"), not an acronym."""
        t = self.text
        return t[0].isupper() and t[0].isalpha() and not (len(t) > 1 and t[1:].isupper())


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, line breaks and punctuation of ``text[start:end]``."""
    stop = len(text) if end is None else end
    lower = text[start:stop].lower()
    if len(lower) != stop - start:  # a character whose lower case is longer: no shared offsets
        return [Token(w := m.group(), m.start(), m.end(), w.lower()) for m in _TOKEN.finditer(text, start, stop)]
    tokens, position, find, new = [], start, text.find, tuple.__new__
    for word in _TOKEN.findall(text, start, stop):  # the words are contiguous but for spaces
        position = find(word, position)
        end = position + len(word)
        tokens.append(new(Token, (word, position, end, lower[position - start:end - start])))
        position = end
    return tokens


@cache
def _lead(words: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(words))


class Trie:
    """Longest-match lookup of multi-word phrases over tokens, compared in lower case."""

    def __init__(self) -> None:
        self._root: dict = {}

    def add(self, phrase: str, value: object) -> None:
        node = self._root
        for token in tokenize(normalize(phrase)):
            node = node.setdefault(token.low, {})
        node[None] = value

    def match(self, tokens: list[Token], i: int, lead: tuple[str, ...] = ()) -> tuple[object, int] | None:
        """The value of the longest phrase equal to ``lead`` + ``tokens[i:j]``, and ``j``."""
        node: dict | None = self._root
        for word in lead:
            node = node.get(word)
            if node is None:
                return None
        best = (node[None], i) if lead and None in node else None
        while i < len(tokens) and (node := node.get(tokens[i].low)) is not None:
            i += 1
            if None in node:
                best = (node[None], i)
        return best


# ---------------------------------------------------------------- names and places


@cache
def surnames() -> dict[str, bool]:
    """Family names → whether they are among the most common ones."""
    table: dict[str, bool] = {}
    for line in (_DATA / "people_surnames.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, *tag = line.split()
            table[word.lower()] = bool(tag)
    return table


def is_surname(word: str) -> bool:
    """Whether ``word`` can begin a person's name (ethnic prefixes "Y", "H'" included)."""
    low = word.lower()
    return low in surnames() or low.startswith(("h'", "h’", "k'", "k’"))


_LENGTH_PREFERENCE = {2: 0.5, 3: 2.0, 4: 1.0, 5: 0.0}


def name_start(words: list[str]) -> int | None:
    """Where a person's name begins in a run of capitalised words that ends with it, or None.

    "Thạch Hà Trần Đình Nghị" → 2: common family names win, then names of three syllables.
    """
    table, best, best_score = surnames(), None, 0.0
    for i, word in enumerate(words):
        size = len(words) - i
        if size < 2 or not is_surname(word):
            continue
        if size > 5:
            continue
        score = 1 + 2 * table.get(word.lower(), False) + _LENGTH_PREFERENCE[size]
        if size > 2 and table.get(words[i + 1].lower()):
            score -= 1
        if score > best_score:
            best, best_score = i, score
    return best


def run_end(tokens: list[Token], i: int, limit: int = 8) -> int:
    """End of the run of capitalised words starting at ``i`` (same line, at most ``limit``)."""
    j = i
    while j < len(tokens) and j - i < limit and tokens[j].name_like:
        j += 1
    return j


def is_place(name: str, levels: tuple[str, ...] | None, locality: Locality) -> bool:
    """Whether ``name`` is an administrative unit of one of ``levels`` (any level when None)."""
    if name == locality.province and (levels is None or _province_level(name) in levels):
        return True
    if name == locality.district and (levels is None or locality.district_level in levels):
        return True
    return any(levels is None or u.level in levels for u in _units(name))


@lru_cache(maxsize=1 << 16)
def _units(name: str) -> tuple[gazetteer.Unit, ...]:
    """Administrative units named ``name`` (cached: the same few names recur in every article)."""
    return tuple(gazetteer.lookup(name))


def _words(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def _place(tokens: list[Token], i: int, j: int) -> str | None:
    """The place name spelt by ``tokens[i:j]`` ("HCM" → "Hồ Chí Minh"), None when empty."""
    return (_PLACE_CODES.get(tokens[i].text) if j == i + 1 else None) or _words(tokens, i, j) or None


def place_length(tokens: list[Token], i: int, levels: tuple[str, ...] | None, locality: Locality) -> int:
    """How many capitalised words from ``i`` form a known place name of ``levels`` (0 if none)."""
    if i < len(tokens) and tokens[i].text in _PLACE_CODES:
        return 1
    end = run_end(tokens, i, 4)
    for j in range(end, i, -1):
        if is_place(_words(tokens, i, j), levels, locality):
            return j - i
    return 0


def same_tier(level: str) -> tuple[str, ...]:
    """The levels a unit named after ``level`` may have in the gazetteer: units change level over the
    years ("huyện Quế Võ" became a thị xã, "xã Nghèn" a thị trấn), never tier (province, district, commune)."""
    if level in DISTRICT:
        return DISTRICT
    if level in gazetteer.COMMUNE_LEVELS:
        return gazetteer.COMMUNE_LEVELS
    return (level,)


def known_place_length(tokens: list[Token], i: int, level: str, locality: Locality) -> int:
    """Words of the longest place name at ``i`` known at ``level``, else at another level of its tier."""
    return place_length(tokens, i, (level,), locality) or place_length(tokens, i, same_tier(level), locality)


def place_after_level(tokens: list[Token], i: int, level: str, locality: Locality) -> int:
    """Length of the place name after a level word: known names first, else up to a person's name."""
    known = known_place_length(tokens, i, level, locality)
    if i < len(tokens) and tokens[i].text in _PLACE_CODES:
        return known
    end = run_end(tokens, i)
    words = [t.text for t in tokens[i:end]]
    if known and (known == len(words) or name_start(words[known:]) == 0):
        return known  # a known name, alone or followed by a person's
    start = name_start(words)
    return min(end - i if start is None else start, 4)


def level_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A level word ("huyện", "thị xã", "TP.", "Thành phố" before a name) at ``i``, and the index after it."""
    if i >= len(tokens) or tokens[i].low not in _LEVEL_FIRST:
        return None
    for size in (2, 1):
        if i + size <= len(tokens):
            words = _words(tokens, i, i + size)
            j = i + size
            if words not in _LEVEL_WORDS and not (words.lower() in _LEVEL_WORDS and j < len(tokens)
                                                  and (tokens[j].name_like or tokens[j].text in _PLACE_CODES)):
                continue
            if words in ("TP", "TX") and j < len(tokens) and tokens[j].text == ".":
                j += 1
            return _LEVEL_WORDS[words if words in _LEVEL_WORDS else words.lower()], j
    return None


# ---------------------------------------------------------------- the body table


@dataclass(frozen=True, slots=True)
class Spec:
    """One kind of body as named in text: canonical stem, kind and how it takes its locality.

    ``role``: "central" (one national body), "committee" (Tỉnh ủy ..., level fixed), "party" (Đảng ủy /
    BCH Đảng bộ + level word → committee), "local" (stem + level + place), "sub" (a board of the body
    that follows: "Ban Dân vận" + "Tỉnh ủy"), "desc" (stem + description + level + place).
    """

    stem: str
    kind: str
    role: str
    level: str | None = None  # committee level, or the default level of a local body
    bare: bool = False  # a local body that may take a place name without level word ("BHXH Can Lộc")
    parent: str | None = None  # central: parent stem; local: "ubnd" (under the people's committee) or "same"
    levels: tuple[str, ...] | None = None  # levels a local body exists at, when restricted


def _central(stem: str, kind: str, parent: str | None = None) -> Spec:
    return Spec(stem, kind, "central", parent=parent)


_BODIES = Trie()


def _add(spec: Spec, *aliases: str) -> None:
    for phrase in (spec.stem, *aliases):
        _BODIES.add(phrase, spec)


def _build() -> None:
    party, state, front, mass = "party", "state", "front", "mass"
    _add(_central("Bộ Chính trị", party, _PARTY_CENTRE))
    _add(_central("Ban Bí thư Trung ương Đảng", party, _PARTY_CENTRE), "Ban Bí thư Trung ương", "Ban Bí thư")
    _add(_central(_PARTY_CENTRE, party), "Ban Chấp hành Trung ương", "BCH Trung ương Đảng", "BCH Trung ương",
         "BCHTW", "BCH TW", "Trung ương Đảng")
    _add(_central("Quốc hội", state))
    _add(_central("Ủy ban Thường vụ Quốc hội", state, "Quốc hội"), "UBTVQH", "UBTV Quốc hội")
    _add(_central("Văn phòng Quốc hội", state, "Quốc hội"))
    _add(_central("Chính phủ", state))
    _add(_central("Thủ tướng Chính phủ", state, "Chính phủ"))
    _add(_central("Văn phòng Chính phủ", state, "Chính phủ"))
    _add(_central("Thanh tra Chính phủ", state, "Chính phủ"))
    _add(_central("Chủ tịch nước", state))
    _add(_central("Văn phòng Chủ tịch nước", state))
    _add(_central("Kiểm toán Nhà nước", state))
    _add(_central("Ngân hàng Nhà nước Việt Nam", state, "Chính phủ"), "Ngân hàng Nhà nước")
    _add(_central("Tòa án nhân dân tối cao", state), "TAND tối cao")
    _add(_central("Viện Kiểm sát nhân dân tối cao", state), "VKSND tối cao")
    _add(_central("Bảo hiểm xã hội Việt Nam", state, "Chính phủ"), "BHXH Việt Nam")
    _add(_central("Ủy ban Dân tộc", state, "Chính phủ"))
    _add(_central("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", front), "Ủy ban Trung ương MTTQ Việt Nam",
         "Ủy ban Trung ương MTTQ", "Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc")
    _add(_central("Tổng Liên đoàn Lao động Việt Nam", mass))
    _add(_central("Liên đoàn Luật sư Việt Nam", mass))
    _add(_central("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", mass), "Trung ương Đoàn")
    for level, stem in _COMMITTEE.items():
        _add(Spec(stem, party, "committee", level))
    for level, stem in (("tỉnh", "Tỉnh đoàn"), ("thành phố", "Thành đoàn"), ("huyện", "Huyện đoàn"),
                        ("thị xã", "Thị đoàn"), ("quận", "Quận đoàn")):
        _add(Spec(stem, mass, "committee", level))
    _add(Spec("Đảng ủy", party, "party"), "Ban Chấp hành Đảng bộ", "BCH Đảng bộ", "Ban chấp hành Đảng bộ")
    for stem, aliases in (("Ban Thường vụ", ("BTV",)), ("Thường trực", ()), ("Ban Chấp hành", ("BCH",)),
                          ("Ban Dân vận", ()), ("Ban Tuyên giáo", ()), ("Ban Tổ chức", ()), ("Ban Nội chính", ()),
                          ("Ban Kinh tế", ()), ("Ban Đối ngoại", ()), ("Ban Tuyên giáo và Dân vận", ()),
                          ("Ủy ban Kiểm tra", ("UBKT",)), ("Văn phòng", ()), ("Ban Thường trực", ()),
                          ("Ban Pháp chế", ()), ("Ban Kinh tế - Ngân sách", ()), ("Ban Văn hóa - Xã hội", ()),
                          ("Ban Dân tộc", ()), ("Ban Đô thị", ())):
        _add(Spec(stem, party, "sub"), *aliases)
    same = "same"
    for stem, kind, aliases in (
        ("Hội đồng nhân dân", state, ("HĐND",)),
        ("Ủy ban nhân dân", state, ("UBND",)),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", front, ("Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ",
                                                     "UBMTTQ", "UBMTTQ Việt Nam", "MTTQ Việt Nam", "MTTQ",
                                                     "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Mặt trận")),
        ("Hội Nông dân", mass, ("Hội ND",)),
        ("Hội Liên hiệp Phụ nữ", mass, ("Hội LHPN", "Hội Phụ nữ")),
        ("Hội Cựu chiến binh", mass, ("Hội CCB",)),
        ("Liên đoàn Lao động", mass, ("LĐLĐ",)),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", mass, ("Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên", "Đoàn TN")),
        ("Hội Chữ thập đỏ", mass, ()),
        ("Hội Người cao tuổi", mass, ()),
        ("Hội Khuyến học", mass, ()),
        ("Hội Cựu thanh niên xung phong", mass, ()),
        ("Liên minh Hợp tác xã", mass, ()),
        ("Bảo hiểm xã hội", state, ("BHXH",)),
        ("Công an", state, ()),
        ("Tòa án nhân dân", state, ("TAND",)),
        ("Viện Kiểm sát nhân dân", state, ("VKSND",)),
        ("Kho bạc Nhà nước", state, ()),
        ("Chi cục Thuế", state, ()),
        ("Ban Thanh tra nhân dân", front, ("Ban TTND",)),
        ("Đoàn Luật sư", mass, ()),  # the bar of a province: "Đoàn Luật sư tỉnh Cà Mau"
    ):
        _add(Spec(stem, kind, "local", bare=True, parent=same), *aliases)
    for stem, level in (("Đoàn đại biểu Quốc hội", PROVINCE), ("Bộ Chỉ huy Quân sự", PROVINCE),
                        ("Cục Thuế", PROVINCE), ("Thanh tra", None), ("Trường Chính trị", PROVINCE),
                        ("Bộ đội Biên phòng", PROVINCE), ("Ban Chỉ huy Quân sự", None)):
        _add(Spec(stem, state, "local", level, bare=True), *{"Đoàn đại biểu Quốc hội": ("Đoàn ĐBQH",),
                                                              "Bộ Chỉ huy Quân sự": ("Bộ CHQS",),
                                                              "Ban Chỉ huy Quân sự": ("Ban CHQS",)}.get(stem, ()))
    _add(Spec("Ban Chỉ đạo", state, "desc"))
    for stem in ("Đảng ủy Khối", "Đảng ủy Quân sự", "Đảng ủy Công an"):
        _add(Spec(stem, party, "desc", parent="committee"))
    for line in (_DATA / "org_departments.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, *aliases = [part.strip() for part in line.split("|")]
            _add(_central(f"Bộ {name}", state, "Chính phủ"), *(f"Bộ {a}" for a in aliases))
            _add(Spec(f"Sở {name}", state, "local", PROVINCE, True, "ubnd", (PROVINCE, "thành phố")),
                 *(f"Sở {a}" for a in aliases))
            _add(Spec(f"Phòng {name}", state, "local", "huyện", True, "ubnd", DISTRICT),
                 *(f"Phòng {a}" for a in aliases))


_build()
_CENTRAL_STEMS = {"trung ương", "trung ương đảng"}


# ---------------------------------------------------------------- parsing


@dataclass(slots=True)
class BodyRef:
    """A body as the text names it: its spec, the tokens it spans and the locality given explicitly."""

    spec: Spec
    start: int
    end: int
    level: str | None = None
    place: str | None = None
    desc: str = ""
    owner: BodyRef | None = None  # the body a sub-body ("Ban Dân vận") belongs to
    central: bool = False  # "Ban Dân vận Trung ương", "Hội Nông dân Việt Nam"

    def explicit(self) -> dict[str, str]:
        """Level → place named explicitly in this phrase (and its owner), for sibling posts to inherit."""
        found = self.owner.explicit() if self.owner else {}
        if self.level and self.place:
            found[self.level] = self.place
        return found


def parse_body(tokens: list[Token], i: int, locality: Locality, implied: str | None = None) -> BodyRef | None:
    """The body phrase starting at ``tokens[i]`` (after the word ``implied``: "Ban" of "Trưởng ban")."""
    lead = _lead(implied) if implied else ()
    if not lead and (tokens[i].low == tokens[i].text or not tokens[i].text[0].isalpha()):
        return None  # body names are capitalised; "công an", "mặt trận" in lower case are generic
    found = _BODIES.match(tokens, i, lead)
    if found is None:
        return None
    spec, j = found
    ref = _complete(BodyRef(spec, i, j), tokens, locality)
    return None if lead and ref.end == i else ref


def _complete(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    """Read what follows the body's own words: its owner, level and place, or description."""
    spec, j = ref.spec, ref.end
    if spec.role == "central":
        return ref
    if spec.role == "sub":
        return _sub(ref, tokens, locality)
    if spec.role == "committee":
        ref.level = spec.level
        found = level_at(tokens, j)  # "Thành ủy TP.HCM", "Huyện ủy huyện Can Lộc"
        if found and found[0] == spec.level:
            j = found[1]
        ref.end = j + known_place_length(tokens, j, spec.level, locality)
        ref.place = _place(tokens, j, ref.end)
        return ref
    if spec.role == "desc":
        return _described(ref, tokens, locality)
    return _located(ref, tokens, locality)


def _sub(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    j = ref.end
    if _words(tokens, j, j + 2).lower() in _CENTRAL_STEMS:
        ref.central = True
        ref.end = j + 2 + (j + 2 < len(tokens) and tokens[j + 2].low == "đảng")
        return ref
    if j < len(tokens):
        owner = parse_body(tokens, j, locality)
        if owner is not None and owner.spec.role != "sub":
            ref.owner, ref.end = owner, owner.end
    return ref


def _located(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    j = ref.end
    if ref.spec.role == "local" and _words(tokens, j, j + 2) == "Việt Nam":
        j += 2
        if level_at(tokens, j) is None:
            ref.central, ref.end = True, j
            return ref
    found = level_at(tokens, j)
    if found:
        ref.level, j = found
        size = place_after_level(tokens, j, ref.level, locality)
    elif ref.spec.bare:
        size = place_length(tokens, j, ref.spec.levels or WIDE_LEVELS, locality)
    else:
        size = 0
    ref.place = _place(tokens, j, j + size)
    ref.end = j + size
    return ref


WIDE_LEVELS = (PROVINCE, *DISTRICT)  # a commune is always named with its level word
_DESC_STOP = {",", ".", ";", ":", "(", ")", "\n", "!", "?", "“", "”", '"'}


def _described(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    """"Ban Chỉ đạo" + what it directs + level + place; unresolved when no level word comes soon."""
    j = ref.end
    while j < len(tokens) and j - ref.end < 12 and tokens[j].text not in _DESC_STOP:
        if level_at(tokens, j):
            ref.desc = _words(tokens, ref.end, j)
            ref.end = j
            return _located(ref, tokens, locality)
        if tokens[j].name_like and j + 1 < len(tokens) and tokens[j + 1].name_like and is_surname(tokens[j].text):
            break
        j += 1
    if j > ref.end and tokens[ref.end].text[0].isdigit():  # "Ban Chỉ đạo 35"
        ref.desc, ref.end = tokens[ref.end].text, ref.end + 1
    return ref


# ---------------------------------------------------------------- resolution


@dataclass(slots=True)
class Body:
    """A resolved body: canonical name, kind, key (None when its locality is unknown), parent, province."""

    name: str
    kind: str
    key: str | None
    parent: Body | None = None
    province: str | None = None
    central: bool = False

    def lineage(self) -> list[Body]:
        """This body and its ancestors that have keys."""
        out, body = [], self
        while body is not None:
            if body.key:
                out.append(body)
            body = body.parent
        return out


def _body(name: str, kind: str, resolved: bool = True, **more) -> Body:
    return Body(name, kind, _key(name) if resolved else None, **more)


@lru_cache(maxsize=1 << 14)
def _key(name: str) -> str:
    return slug(name)


@cache
def central_body(stem: str) -> Body:
    """The national body named ``stem`` (a canonical name from the table), with its parents."""
    spec = _BODIES.match(tokenize(normalize(stem)), 0)[0]
    parent = central_body(spec.parent) if spec.parent else None
    return _body(spec.stem, spec.kind, parent=parent, central=True)


def committee_ref(level: str) -> BodyRef:
    """The party committee at ``level`` ("huyện" → Huyện ủy), its place left to the locality."""
    if level in _COMMITTEE:
        return BodyRef(_BODIES.match(tokenize(_COMMITTEE[level]), 0)[0], 0, 0, level)
    return BodyRef(_BODIES.match(tokenize("Đảng ủy"), 0)[0], 0, 0, level)


def resolve_body(ref: BodyRef, locality: Locality, hints: dict[str, str] | None = None) -> Body:
    """Canonical body of ``ref``; a missing place comes from ``hints`` (level → place), then the locality."""
    spec, hints = ref.spec, hints or {}
    if spec.role == "central":
        return central_body(spec.stem)
    if spec.role == "sub":
        if ref.central:
            name = "Văn phòng Trung ương Đảng" if spec.stem == "Văn phòng" else f"{spec.stem} Trung ương"
            return _body(name, spec.kind, parent=central_body(_PARTY_CENTRE), central=True)
        if ref.owner is None:
            return _body(spec.stem, spec.kind, False)
        owner = resolve_body(ref.owner, locality, hints)
        kind = spec.kind if owner.kind == "party" else owner.kind
        return Body(f"{spec.stem} {owner.name}", kind, owner.key and _key(f"{spec.stem} {owner.name}"), owner,
                    owner.province, owner.central)
    if ref.central:
        return _body(f"{spec.stem} Việt Nam", spec.kind, central=True)
    level, place = ref.level, ref.place
    if place and not level:
        level = _level_of(place, spec.levels, locality)
    if not level and spec.role == "party":
        level = next((lv for lv in hints if lv in gazetteer.COMMUNE_LEVELS), None)
    if not level and spec.levels == DISTRICT and locality.district:
        level = locality.district_level
    level = level or spec.level
    if not place and level:
        place = hints.get(level) or _implicit(level, locality)
    if spec.role == "party" or (spec.role == "committee" and spec.kind == "party"):
        return _committee(level, place, locality)
    if spec.role == "committee":
        return _body(f"{spec.stem} {place}" if place else spec.stem, spec.kind, bool(place),
                     province=place and _province_of(level, place, locality))
    stem = f"{spec.stem} {ref.desc}" if ref.desc else spec.stem
    if not (level and place):
        return _body(" ".join(filter(None, (stem, level))), spec.kind, False)
    province = _province_of(level, place, locality)
    return _body(f"{stem} {level} {place}", spec.kind, parent=_local_parent(spec, level, place, locality),
                 province=province)


def _committee(level: str | None, place: str | None, locality: Locality) -> Body:
    stem = _COMMITTEE.get(level or "", f"Đảng ủy {level}" if level else "Đảng ủy")
    if not place:
        return _body(stem, "party", False)
    province = _province_of(level, place, locality)
    parent = None
    if level in DISTRICT and province and not _is_province(level, place):
        parent = _committee(_province_level(province), province, locality)
    elif level not in _COMMITTEE:
        district = _district_of(level, place, locality)
        parent = _committee(district[0], district[1], locality) if district else None
    return _body(f"{stem} {place}", "party", parent=parent, province=province)


def _local_parent(spec: Spec, level: str, place: str, locality: Locality) -> Body | None:
    if spec.parent == "ubnd":
        return _body(f"Ủy ban nhân dân {level} {place}", "state", parent=None,
                     province=_province_of(level, place, locality))
    if spec.parent == "committee":
        return _committee(level, place, locality)
    if spec.parent != "same":
        return None
    if level in DISTRICT:
        province = _province_of(level, place, locality)
        if province and not _is_province(level, place):
            return resolve_body(BodyRef(spec, 0, 0, _province_level(province), province), locality)
        return None
    if level in gazetteer.COMMUNE_LEVELS:
        district = _district_of(level, place, locality)
        if district:
            return resolve_body(BodyRef(spec, 0, 0, *district), locality)
    return None


def _is_province(level: str | None, place: str) -> bool:
    return level == PROVINCE or (level == "thành phố" and _province_level(place) == "thành phố")


@cache
def _province_level(province: str) -> str:
    units = [u for u in _units(province) if u.era == gazetteer.PRE2025]
    return "thành phố" if any(u.level == "thành phố" and u.parent is None for u in units) else PROVINCE


def _implicit(level: str, locality: Locality) -> str | None:
    """The article's own unit at ``level``: "Huyện ủy" in an article about Can Lộc is Can Lộc's."""
    if level == PROVINCE:
        return locality.province
    if level in DISTRICT and locality.district and locality.district_level in (None, level):
        return locality.district
    if level == "thành phố" and locality.province and _province_level(locality.province) == "thành phố":
        return locality.province
    return None


def _level_of(place: str, levels: tuple[str, ...] | None, locality: Locality) -> str | None:
    """The level of a place named without level word: the article's units first, then the gazetteer."""
    if place == locality.district and locality.district_level:
        return locality.district_level
    if place == locality.province:
        return _province_level(place)
    units = [u for u in _units(place) if levels is None or u.level in levels]
    for wanted in (lambda u: u.parent is None, lambda u: u.level in DISTRICT, lambda u: True):
        for unit in units:
            if wanted(unit):
                return unit.level
    return None


def _units_in_province(place: str, level: str, locality: Locality) -> list[gazetteer.Unit]:
    units = [u for u in _units(place) if u.level == level]
    if locality.province:
        local = [u for u in units if gazetteer.get(u.province).name == locality.province]
        return local or units
    return units


def _province_of(level: str | None, place: str, locality: Locality) -> str | None:
    """Province containing the unit ``place`` of ``level`` (the article's province when it fits)."""
    if _is_province(level, place) and place != locality.district:
        return place
    units = _units_in_province(place, level or "", locality)
    provinces = {gazetteer.get(u.province).name for u in units}
    if not units or locality.province in provinces:
        return locality.province
    return next(iter(sorted(provinces))) if len(provinces) == 1 else locality.province


def _district_of(level: str, place: str, locality: Locality) -> tuple[str, str] | None:
    """(level, name) of the district containing commune ``place``, when it can be told."""
    units = [u for u in _units_in_province(place, level, locality) if u.era == gazetteer.PRE2025]
    districts = {gazetteer.get(u.parent) for u in units if u.parent}
    if locality.district and (not units or any(d.name == locality.district for d in districts)):
        level = locality.district_level or next((d.level for d in districts if d.name == locality.district), None)
        return (level, locality.district) if level else None
    if len(districts) == 1:
        district = districts.pop()
        return district.level, district.name
    return None


# ---------------------------------------------------------------- API


def canonical_organization(phrase: str, locality: Locality) -> tuple[str, str] | None:
    """(canonical name, key) of a body phrase such as "BCH Đảng bộ tỉnh" or "UBND tỉnh".

    None when the phrase is not a body name as a whole or its locality cannot be resolved.
    """
    tokens = tokenize(normalize(phrase).strip())
    if not tokens:
        return None
    ref = parse_body(tokens, 0, locality)
    if ref is None or ref.end != len(tokens):
        return None
    body = resolve_body(ref, locality)
    return (body.name, body.key) if body.key else None


def to_organization(body: Body) -> Organization:
    """The shared record of a resolved body (``key`` must be set)."""
    parent = next((b.key for b in body.lineage()[1:]), None)
    return Organization(key=body.key, name=body.name, kind=body.kind, parent=parent)


def add_body(found: dict[str, Organization], body: Body, mention: Mention | None = None) -> None:
    """Add ``body`` and its ancestors to ``found`` (by key), recording ``mention`` on ``body``."""
    for item in body.lineage():
        org = found.setdefault(item.key, to_organization(item))
        if mention is not None and item is body:
            org.mentions.append(mention)


def zone_tokens(article: Article) -> list[list[Token]]:
    """The tokens of each zone holding the article's own words."""
    return [tokenize(article.text, zone.start, zone.end) for zone in article.content_zones()]


def find_organizations(article: Article, locality: Locality) -> list[Organization]:
    """Bodies named in the article's own words, with their parents, in order of first mention."""
    return organizations_in(article, locality, zone_tokens(article))


def organizations_in(article: Article, locality: Locality, zones: list[list[Token]]) -> list[Organization]:
    """:func:`find_organizations` over already tokenised zones."""
    found: dict[str, Organization] = {}
    for tokens in zones:
        i = 0
        while i < len(tokens):
            ref = parse_body(tokens, i, locality) if tokens[i].text[0].isupper() else None
            if ref is None:
                i += 1
                continue
            if ref.spec.stem == "Thường trực" and ref.owner and i and tokens[i - 1].low in _TITLE_ENDS:
                ref = ref.owner  # "Phó Bí thư Thường trực Tỉnh ủy": part of the title, not a body
            body = resolve_body(ref, locality)
            if body.key:
                start, end = tokens[ref.start].start, tokens[ref.end - 1].end
                add_body(found, body, Mention(start, end, article.text[start:end]))
            i = ref.end
    return list(found.values())
