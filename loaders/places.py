"""Administrative places named in an article, resolved to gazetteer units, and the article's locality.

One regex pass over each content zone finds two kinds of candidate:

* explicit: a level word or a body named after a level ("huyện", "TP.", "Huyện ủy", "Thị ủy") followed
  by a capitalised name, maybe past the kind of unit ("các huyện miền núi Sơn Tây", "xã vùng cao X"); an
  abbreviation ("P.", "H.") takes a real name, not a lone letter (a byline's "P.V"); the longest name prefix that the gazetteer knows at that level wins, so
  "Huyện ủy Can Lộc Nghiêm Sỹ Đống" yields Can Lộc; a list after it ("các huyện Can Lộc, Thạch Hà")
  shares its level;
* unverified: a commune, ward or town named with its level word ("xã Tân Hội", "phường X", "thị trấn Y")
  that the gazetteer cannot place in the article (merged, renamed, or in another district) is still a
  place, keyed by its name and level inside the unit the context gives ("xã Tân Hội, huyện Diễn Châu",
  else the article's district or province): ``425/xa-tan-hoi``. A personal name after a level word
  that may end a body or post ("Chủ tịch UBND xã Nguyễn Văn An") is no commune; after a word that places
  ("tại xã", "các xã") or opening a clause, it is one;
* bare: a run of capitalised syllables that is exactly a unit's name ("đưa Hà Tĩnh phát triển",
  "Bảo hiểm xã hội Can Lộc"). A bare name counts when it is a province, a district-level unit of the
  article's province, or a commune of the article's district, and never after a street, person or
  landmark word ("đường Trần Phú", "ông …"); a full personal name ("Nguyễn Đăng Quang") is never a
  unit's exact name, and the famous "Hồ Chí Minh" is a place only after a level word.

The article's province is voted by province mentions, district names unique to one province and
"(Hà Tĩnh)" hints; shared names ("Châu Thành", bare "Kỳ Anh") resolve inside it or by a following
"(Tiền Giang)" / ", huyện Đức Trọng", and an explicit name found only elsewhere counts when it is
unique in the country. The article's district is the district-level unit that dominates the mentions
of its province. Pre-2025 units are preferred, under their 2020–2023 names, then their later or
former names; 2025 units are the fallback when no pre-2025 unit has the name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from . import gazetteer
from .gazetteer import PRE2025, Unit
from .lexicon import (BARE_ABBREVIATIONS, COMMITTEE_LEVELS, COMMUNE_LEVELS, DISTRICT_LEVELS, LEVEL_ABBREVIATIONS,
                      LEVEL_WORDS, LOWER, PROVINCE, UNIT_KINDS, UPPER, alternation)
from .locality import locality_of, province_from_source
from .model import Article, Locality, Mention, Place
from .names import name_start
from .normalize import slug

_SYLLABLE = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
_JOIN = r"(?:[ ]|[ ]?[-–][ ]?)"
_RUN = rf"{_SYLLABLE}(?:{_JOIN}(?:{_SYLLABLE}|\d{{1,2}}(?![\d/.,]\d)))*"
_NAME = rf"(?:{_RUN}|\d{{1,2}}(?![\d/.,]\d)|HCM)"

# Level words and bodies named after a level → the level they announce.
_WORDS = {**{word: word for word in LEVEL_WORDS}, **COMMITTEE_LEVELS}
_ABBREVIATIONS = {abbreviation.lower(): level for abbreviation, level in LEVEL_ABBREVIATIONS.items()}
_BODIES = tuple(COMMITTEE_LEVELS)
_LEVEL = (
    rf"(?P<word>(?i:{alternation(_WORDS)}))[ ]+"
    rf"(?:(?P<kind>{alternation(UNIT_KINDS)})[ ]+)?"  # "các huyện miền núi Sơn Tây, Ba Tơ", "xã vùng cao X"
    # an abbreviation takes a real name, not a letter: "P.V" under an article is a reporter's initials
    rf"|(?P<abbr>{alternation(LEVEL_ABBREVIATIONS)})\.[ ]?(?![{UPPER}](?![{UPPER}{LOWER}'’]))"
    rf"|(?P<abbr2>{alternation(BARE_ABBREVIATIONS)})[ ]"
)
_SCAN = re.compile(rf"(?<![\w./])(?:(?:{_LEVEL})(?P<name>{_NAME})|(?P<run>{_RUN})|TPHCM)(?!\w)")
_LIST_ITEM = re.compile(rf"(?:,[ ]*|[ ]+và[ ]+)(?P<name>{_RUN})(?!\w)")
_WIDE = alternation((PROVINCE, *DISTRICT_LEVELS))
_HINT = re.compile(rf"[ ]?\((?:(?i:{_WIDE}|(?:{alternation(BARE_ABBREVIATIONS)})\.?)[ ]?)?(?P<paren>{_RUN})\)"
                   rf"|,[ ](?i:{_WIDE})[ ](?P<comma>{_RUN})")
_SPLIT = re.compile(r"[ ]?[-–][ ]?")

# Words before a capitalised name that make it a street, landmark, village or person, not a unit.
_NOT_UNIT_BEFORE = frozenset(
    "đường phố ngõ ngách hẻm kiệt cầu sông suối núi đèo hồ chợ thôn xóm bản ấp làng khu khối tổ đội trại đền "
    "chùa đình nhà ông bà anh chị em cô chú bác cụ cháu thầy họ tên tàu đảo cảng vịnh bãi mỏ ga bến "
    "đ/c đồng_chí gia_đình quốc_lộ tỉnh_lộ đại_lộ nhà_máy thủy_điện tư_tưởng phong_cách Bác".split())
# Capitalised first words of a sentence that are not part of a following name ("Tại Hà Tĩnh, …").
_SENTENCE_WORDS = frozenset(
    "tại ở về theo cùng với từ đến trong ngoài còn riêng toàn cả nay sau trước đó vì do để như nhưng và "
    "hiện người dân đưa giúp cho nhiều các những tới khi nếu đây sáng chiều tối trưa đêm ngày tháng năm "
    "hôm thời qua trên dưới giữa tuy mặc".split())
_BEFORE_WORD = re.compile(r"(\w+)[ ]+$")
# Words after which a level word names a place, not the body a post belongs to ("tại xã", "các xã", "địa bàn xã").
_LOCATIVE = frozenset("của các thuộc bàn cho và hoặc là gồm có mỗi một hai ba nhiều thăm nhập lập tên".split()) \
    | {"tại", "ở", "về", "từ", "đến", "tới", "trong", "ngoài", "với", "cùng", "toàn", "cả", "như"}
_LEVEL_TIER = {level: 0 if level == "tỉnh" else 2 if level in COMMUNE_LEVELS else 1 for level in set(_WORDS.values())}
_PERSON_ONLY = frozenset({"hồ chí minh"})  # a province's name that, bare, is nearly always the person
_EARLY = 500  # a district named this close to the start of the text is what the article is about


@dataclass(slots=True)
class _Hit:
    """A candidate mention and the units it may name."""

    start: int
    end: int
    text: str
    explicit: bool
    units: list[Unit]
    continues: bool = False  # more capitalised words follow the name (a person's name after "huyện X")
    hint: frozenset[str] = frozenset()  # keys of what "(Hà Tĩnh)", ", huyện Can Lộc" after the name may be
    group: list[Unit] = field(default_factory=list)  # for a list item: the units of the list's head
    unit: Unit | None = None
    name: str = ""  # the name without its level word
    level: str | None = None  # the commune level a level word announced, when it may name an unverified unit
    rest: tuple[str, ...] = ()  # the capitalised words after the name in its run
    after_body: bool = False  # the level word ends a body or post ("UBND xã"): a person's name may follow


def find_places(article: Article) -> tuple[list[Place], Locality]:
    """Administrative units named in the article's content zones, and its main province and district."""
    zones = article.content_zones()
    hits = [hit for zone in zones for hit in _scan(article.text, zone.start, zone.end)]
    province = _main_province(hits) or province_from_source(article.source)
    _resolve_all([h for h in hits if h.explicit], province, None, set())
    known = {h.unit.key for h in hits if h.unit}  # units named with their level settle bare ambiguous names
    _resolve_all([h for h in hits if not h.explicit], province, None, known)
    district = _main_district(hits, province, min((z.start for z in zones), default=0))
    _resolve_all([h for h in hits if h.unit is None], province, district, known)
    places = _places(hits)
    places += _unverified_places(hits, province, district, {p.name for p in places})
    return places, locality_of(province, district, places, article.source)


def _resolve_all(hits: list[_Hit], province: str | None, district: str | None, known: set[str]) -> None:
    for hit in hits:
        hit.unit = _resolve(hit, province, district, known)


def _scan(text: str, start: int, end: int) -> list[_Hit]:
    hits: list[_Hit] = []
    position = start
    while (match := _SCAN.search(text, position, end)) is not None:
        position = match.end()
        if match.group("run") is not None:
            hits += _bare_hits(text, match.start("run"), match.group("run"))
        elif match.group("name") is None:  # "TPHCM"
            hits.append(_Hit(match.start(), match.end(), match.group(), True, _named("HCM", lambda u: u.parent is None)))
        else:
            hit = _explicit_hit(text, match, end)
            if hit is not None:
                hits.append(hit)
                position = _list_items(text, hit, hit.end, end, hits)
    return hits


def _explicit_hit(text: str, match: re.Match, end: int) -> _Hit | None:
    """The longest name prefix known at the announced level, or in the same tier as a fallback."""
    word = (match.group("word") or "").lower()
    level = _WORDS.get(word) or _ABBREVIATIONS[(match.group("abbr") or match.group("abbr2")).lower()]
    tokens = match.group("name").split(" ")
    commune = _commune_word(text, match, level)
    for size in range(len(tokens), 0, -1):
        name = " ".join(tokens[:size])
        units = _named(name, lambda u: u.level == level) or _named(name, lambda u: _tier(u) == _LEVEL_TIER[level])
        if units:
            return _explicit(text, match, word, name, units, tokens[size:], commune, end)
    size = _unknown_size(tokens, _after_body(text, match.start())) if commune else 0
    return _explicit(text, match, word, " ".join(tokens[:size]), [], tokens[size:], commune, end) if size else None


def _explicit(text: str, match: re.Match, word: str, name: str, units: list[Unit], rest: list[str],
              commune: str | None, end: int) -> _Hit:
    name_at = match.start("name")
    name_end = name_at + len(name)
    start = name_at if word in _BODIES else match.start()
    hit = _Hit(start, name_end, text[start:name_end], True, units, continues=bool(rest), name=name, level=commune,
               rest=tuple(rest), after_body=commune is not None and _after_body(text, match.start()))
    hit.hint = _hint(text, name_end, end, units) if units else _hint_for_commune(text, name_end, end)
    return hit


def _commune_word(text: str, match: re.Match, level: str) -> str | None:
    """The commune level a level word announces ("xã", "phường", "thị trấn"), None for other levels,
    abbreviations, and a capitalised level word inside a run ("Bảo Hiểm Xã Hội") rather than opening a
    sentence ("Xã Tân Hội được …")."""
    word = match.group("word")
    if word is None or level not in COMMUNE_LEVELS:
        return None
    if word[0].isupper() and text[max(0, match.start() - 20):match.start()].rstrip()[-1:] not in (
            "", *".!?:;\n(\"“'-–"):
        return None
    return level


def _after_body(text: str, position: int) -> bool:
    """Whether the level word at ``position`` may end a body or a post ("UBND xã", "Chủ tịch xã", "Trung tâm
    Phục vụ hành chính công xã"), where a personal name may follow it: unless it opens a sentence or clause
    or follows a word that places ("tại xã", "các xã", "của xã"), it may."""
    before = text[max(0, position - 40):position].rstrip()
    if not before or before[-1] in ".!?:;,\n()\"“”'-–":
        return False
    previous = _BEFORE_WORD.search(before + " ")
    return previous is None or previous.group(1).lower() not in _LOCATIVE


def _unknown_size(words: list[str], after_body: bool) -> int:
    """How many words after a commune level word name a commune the gazetteer does not know: up to a
    person's name ("xã Tân Hội Nguyễn Văn An"); none when the run is a person's name after a body
    ("Chủ tịch UBND xã Nguyễn Văn An"); at least two syllables ("xã Anh hùng" is no commune), no digits."""
    if any(not w[:1].isalpha() for w in words):
        return 0
    start = name_start(words)
    if start == 0 and after_body:
        return 0
    size = len(words) if not start else start
    return size if 2 <= size <= 4 else 0


def _hint_for_commune(text: str, position: int, end: int) -> frozenset[str]:
    """Districts or provinces named right after an unknown commune: "xã Tân Hội, huyện Diễn Châu"."""
    match = _HINT.match(text, position, end)
    if match is None:
        return frozenset()
    name = match.group("paren") or match.group("comma")
    return frozenset(u.key for u in _named(name, lambda u: u.era == PRE2025 and _tier(u) < 2))


def _list_items(text: str, head: _Hit, position: int, end: int, hits: list[_Hit]) -> int:
    """Names listed after an explicit one ("huyện Can Lộc, Thạch Hà và Lộc Hà") at the same level."""
    levels = {u.level for u in head.units} or {head.level}
    while (item := _LIST_ITEM.match(text, position, end)) is not None:
        units = _named(item.group("name"), lambda u: u.level in levels)
        if not units:
            break
        hits.append(_Hit(item.start("name"), item.end("name"), item.group("name"), True, units, group=head.units,
                         name=item.group("name"), level=head.level))
        position = item.end()
    return position


def _bare_hits(text: str, start: int, run: str) -> list[_Hit]:
    """A capitalised run that is exactly a unit's name, or hyphen-joined parts that are."""
    if " " not in run:  # one syllable: too ambiguous to be a bare name ("Vinh", "Huế" need a level word)
        return []
    before = [w.strip("(“\"'") for w in text[max(0, start - 30):start].split()]
    if before and (before[-1] in _NOT_UNIT_BEFORE or "_".join(before[-2:]) in _NOT_UNIT_BEFORE):
        return []
    parts = [(start, run)]
    first, _, rest = run.partition(" ")
    if first.lower() in _SENTENCE_WORDS and rest:  # "Tại Hà Tĩnh": try "Hà Tĩnh" after the whole run
        parts.append((start + len(first) + 1, rest))
    for part_start, part in parts:
        pieces = [(part_start, part)] if _named(part) else _pieces(part_start, part)
        hits = [_Hit(at, at + len(piece), piece, False, units, hint=_hint(text, at + len(piece), len(text), units))
                for at, piece in pieces
                if " " in piece and piece.lower() not in _PERSON_ONLY and (units := _named(piece))]
        if hits:
            return hits
    return []


def _pieces(start: int, run: str) -> list[tuple[int, str]]:
    result, offset = [], 0
    for separator in _SPLIT.finditer(run):
        result.append((start + offset, run[offset:separator.start()]))
        offset = separator.end()
    return result + [(start + offset, run[offset:])] if result else []


def _hint(text: str, position: int, end: int, units: list[Unit]) -> frozenset[str]:
    """Larger units named right after ``units``: "Can Lộc (Hà Tĩnh)", "xã Vượng Lộc, huyện Can Lộc"."""
    below = min(map(_tier, units))
    match = _HINT.match(text, position, end) if below > 0 else None
    if match is None:
        return frozenset()
    name = match.group("paren") or match.group("comma")
    return frozenset(u.key for u in _named(name, lambda u: u.era == PRE2025 and _tier(u) < below))


def _named(name: str, keep: Callable[[Unit], bool] = lambda unit: True) -> list[Unit]:
    """Units whose name is exactly ``name`` (case and hyphen spacing aside) and that ``keep`` accepts."""
    return [u for u in _candidates(name) if keep(u)]


@lru_cache(maxsize=1 << 16)  # capitalised runs repeat across articles
def _candidates(name: str) -> tuple[Unit, ...]:
    name = "Hồ Chí Minh" if name == "HCM" else name
    wanted = _key(name)
    return tuple(u for u in gazetteer.lookup(name) if _key(u.name) == wanted)


def _key(name: str) -> str:
    return _SPLIT.sub("-", name.lower().replace("’", "'"))


def _tier(unit: Unit) -> int:
    """0 province, 1 district, 2 commune."""
    if unit.parent is None:
        return 0
    return 2 if unit.level in COMMUNE_LEVELS or unit.era != PRE2025 else 1


def _province(unit: Unit) -> str:
    """The GSO code of the unit's province (eras share province codes)."""
    return unit.province.partition("@")[0]


def _main_province(hits: list[_Hit]) -> str | None:
    """Most mentioned province, counting province names and names unique to one province's districts."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for hit in hits:
        units = _preferred(hit.units)
        provinces = [u for u in units if u.parent is None] or (
            [u for u in units if _tier(u) == 1] if hit.explicit else [])
        codes = {_province(u) for u in provinces} | {gazetteer.get(k).province for k in hit.hint}
        if len(codes) == 1:
            code = codes.pop()
            votes[code] += 1
            first.setdefault(code, hit.start)
    if not votes:
        return None
    return max(votes, key=lambda code: (votes[code], -first[code]))


def _preferred(units: list[Unit]) -> list[Unit]:
    """Pre-2025 units under their 2020–2023 names, else under another pre-2025 name, else 2025 units."""
    units = list({u.key: u for u in units}.values())  # a unit found under two of its names counts once
    earlier = [u for u in units if u.era == PRE2025]
    return [u for u in earlier if gazetteer.get(u.key) == u] or earlier or units


def _resolve(hit: _Hit, province: str | None, district: str | None, known: set[str]) -> Unit | None:
    units = hit.units
    if hit.hint:
        units = [u for u in units if hit.hint & {u.parent, u.province}] or units
    if hit.group:
        heads = {_province(u) for u in hit.group}
        units = [u for u in units if _province(u) in heads]
    local = _preferred([u for u in units if _province(u) == province])  # place before name and era
    units = _preferred(units)
    if hit.explicit:
        return _explicit_unit(hit, units, local, district)
    by_tier = sorted(units, key=_tier)
    if by_tier and _tier(by_tier[0]) == 0:
        return by_tier[0]
    districts = [u for u in local if _tier(u) == 1]
    if len(districts) > 1:
        districts = [u for u in districts if u.key in known]
    if districts:
        return districts[0] if len(districts) == 1 else None
    communes = [u for u in local if district is not None and u.parent == district]
    return communes[0] if len(communes) == 1 else None


def _explicit_unit(hit: _Hit, units: list[Unit], local: list[Unit], district: str | None) -> Unit | None:
    if len(local) > 1:  # "Phường 12" of a city with many: only the one in the article's district
        local = [u for u in local if u.parent == district]
    if local:
        return local[0] if len(local) == 1 else None
    if hit.continues:  # "UBND xã Hoàng Nam Nguyễn Văn …" away from the article's province: a person
        return None
    return units[0] if len(units) == 1 else None


def _main_district(hits: list[_Hit], province: str | None, text_start: int) -> str | None:
    """The district-level unit most named (with its communes), when it clearly dominates the province."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    province_mentions = 0
    for hit in hits:
        unit = hit.unit
        if unit is None or _province(unit) != province:
            continue
        if unit.parent is None:
            province_mentions += 1
            continue
        key = unit.key if _tier(unit) == 1 else unit.parent
        if gazetteer.get(key).parent is None:  # a 2025 commune lies directly in its province
            continue
        counts[key] += 1
        first.setdefault(key, hit.start)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    key, count = ranked[0]
    if count * 2 < province_mentions or (count < 2 and first[key] - text_start > _EARLY):
        return None
    return key


def _places(hits: list[_Hit]) -> list[Place]:
    places: dict[str, Place] = {}
    for hit in hits:
        unit = hit.unit
        if unit is None:
            continue
        place = places.get(unit.key)
        if place is None:
            parent = gazetteer.get(unit.parent) if unit.parent else None
            place = places[unit.key] = Place(unit.key, unit.name, unit.level, parent.name if parent else None,
                                              parent.key if parent else None)
        place.mentions.append(Mention(hit.start, hit.end, hit.text))
    return list(places.values())


def _unverified_places(hits: list[_Hit], province: str | None, district: str | None,
                       named: set[str]) -> list[Place]:
    """Communes named with their level word that the gazetteer cannot place in the article ("xã Tân Hội
    được biểu dương" where no Tân Hội lies in its district or province: merged, renamed or unknown).

    Such a mention still names a place: its name and level, inside the unit named right after it
    ("xã Tân Hội, huyện Diễn Châu"), else the article's district, else its province, else nowhere. A
    known name followed by capitalised words counts only when they are a person's name ("UBND xã Tân Hội
    Nguyễn Văn An"), not when they continue another name ("UBND xã Hoàng Nam Trung": a person).
    """
    places: dict[str, Place] = {}
    for hit in hits:
        if hit.unit is not None or hit.level is None or not hit.name:
            continue
        name, end = hit.name, hit.end
        if hit.units and hit.rest and name_start(list(hit.rest)) != 0:
            words = [*name.split(" "), *hit.rest]  # a known name's prefix: "xã Khe Sanh Mới"
            if _unknown_size(words, hit.after_body) != len(words):  # the whole run, no one's name after it
                continue
            name, end = " ".join(words), hit.end + 1 + len(" ".join(hit.rest))
        if name in named:
            continue
        within = _within(hit, province, district)
        key = f"{within.key if within else 'vn'}/{slug(hit.level)}-{slug(name)}"
        place = places.get(key)
        if place is None:
            place = places[key] = Place(key, name, hit.level, within.name if within else None,
                                        within.key if within else None)
        place.mentions.append(Mention(hit.start, end, hit.text[:end - hit.start] if end <= hit.end
                                      else hit.text + " " + " ".join(hit.rest)))
    return list(places.values())


def _within(hit: _Hit, province: str | None, district: str | None) -> Unit | None:
    """The unit containing an unverified commune: the one named after it, else the article's district or province."""
    hinted = sorted((gazetteer.get(k) for k in hit.hint), key=lambda u: (_province(u) != province, -_tier(u)))
    if hinted:
        return hinted[0]
    key = district or province
    return gazetteer.get(key) if key else None
