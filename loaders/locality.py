"""The setting of an article: the province a provincial site's host names, the :class:`Locality` (province
and district) that bare "Tỉnh ủy", "UBND huyện", "02-NQ/TU" resolve against, and the provinces each
sentence names, which place a local document cited there ("Nghị quyết 159/2025/NQ-HĐND … trên địa bàn
tỉnh Hà Tĩnh" in a Cà Mau article)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import gazetteer
from .gazetteer import COMMUNE_LEVELS, PRE2025, Unit
from .lexicon import LEVELS, table
from .model import Locality, Place
from .normalize import fold


@lru_cache(maxsize=4096)  # a pure function of the site, asked several times an article
def province_from_source(source: str | None) -> str | None:
    """A provincial paper's host names its province: "baohatinh.vn" → Hà Tĩnh, and the papers and stations
    whose host does not (``data/sites.json``): "baodongkhoi.vn" → Bến Tre."""
    host = (source or "").lower()
    listed = next((code for site, code in _sites().items() if host == site or host.endswith("." + site)), None)
    if listed is not None:
        return listed
    if (district := district_from_source(host)) is not None:
        return district.province  # "travinh.namtramy.gov.vn": the district's portal, in Quảng Nam
    host = host.replace("-", "")
    return next((code for slug, code in _province_slugs() if slug in host), None)


def province_from_url(url: str | None) -> str | None:
    """A page's address whose first part is a province's section ("vbpl.vn/tayninh/Pages/…": Tây Ninh), or that
    names a province after its level word ("…/thanh-lap-hoi-cuu-chien-binh-…-tinh-yen-bai/" → Yên Bái,
    "…-lich-su-dang-bo-thanh-pho-ho-chi-minh-152332" → Hồ Chí Minh, the one
    province so named), else whose last part opens with one, as a headline "Ninh Thuận: …" does
    ("…/ninh-thuan-thanh-lap-doan-giam-sat-….htm")."""
    path = (url or "").lower().partition("://")[2].partition("/")[2]
    words = re.split(r"[^a-z0-9]+", path)
    named = dict(_province_slugs())
    if (section := path.partition("/")[0].replace("-", "")) in named and "/" in path:
        return named[section]
    found = {named.get("".join(words[i + 1:i + 1 + size])) for i, word in enumerate(words)
             if word in _URL_LEVELS or word == "pho" and words[i - 1:i] == ["thanh"] for size in (1, 2, 3)} - {None}
    if len(found) == 1:
        return found.pop()
    last = re.split(r"[^a-z0-9]+", path.rstrip("/").rpartition("/")[2])
    return next((named["".join(last[:size])] for size in (4, 3, 2) if "".join(last[:size]) in named), None) \
        if not found else None


_URL_LEVELS = ("tinh", "tp")


@cache
def _sites() -> dict[str, str]:
    """Host → province code of the sites in ``data/sites.json``."""
    codes = dict(_province_slugs())
    return {site: codes[re.sub(r"[^a-z]", "", fold(name))] for site, name in table("sites.json")["sites"].items()}


@cache
def _province_slugs() -> list[tuple[str, str]]:
    """("hatinh", "42") for every pre-2025 province, longest first."""
    slugs = [(re.sub(r"[^a-z]", "", fold(u.name)), u.code) for u in gazetteer.units(PRE2025) if u.parent is None]
    return sorted(slugs, key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=4096)
def district_from_source(source: str | None) -> Unit | None:
    """A district's or town's portal names it in its host: "cualo.vn" → thị xã Cửa Lò,
    "thuanchau.sonla.gov.vn" → huyện Thuận Châu (a province in the host settles a shared name), and so does
    its broadcaster: "dailocrt.vn" → huyện Đại Lộc, the portal of its Huyện ủy or Front: "huyenuybudop.vn" →
    huyện Bù Đốp, and of one of its numbered wards: "phuong6govap.gov.vn" → quận Gò Vấp."""
    labels = list(enumerate((source or "").lower().replace("-", "").split(".")))
    named = dict(_province_slugs())
    labels += [(k, label[:-len(end)]) for k, label in labels for end in _station_suffixes() if label.endswith(end)]
    labels += [(k, label[len(start):]) for k, label in labels for start in _body_prefixes() if label.startswith(start)]
    labels += [(k, label[numbered.end():]) for k, label in labels if (numbered := _numbered_unit().match(label))]
    found = [(k, u) for k, label in labels if label not in named for u in _district_slugs().get(label, ())]
    widest = max((k for k, _ in found), default=-1)
    # a province's label counts to the right of the district's only ("hatinh": the province, not its city;
    # "travinh.namtramy.gov.vn": xã Trà Vinh of huyện Nam Trà My, not tỉnh Trà Vinh)
    provinces = {named[label] for k, label in labels if label in named and k > widest}
    units = [u for _, u in found if not provinces or u.province in provinces]
    return units[0] if len(units) == 1 else None


@cache
def _station_suffixes() -> tuple[str, ...]:
    return tuple(table("sites.json").get("station_suffixes", ()))


@cache
def _body_prefixes() -> tuple[str, ...]:
    return tuple(table("sites.json").get("body_prefixes", ()))


@cache
def _numbered_unit() -> re.Pattern:
    """A numbered unit's level and number opening a host's label ("phuong6"): levels.json `numbered`."""
    slugs = [level.slug for level in LEVELS if level.numbered]
    return re.compile(rf"(?:{'|'.join(slugs)})\d{{1,2}}")


@cache
def _district_slugs() -> dict[str, list[Unit]]:
    """"cualo" → [thị xã Cửa Lò] for every pre-2025 district-level unit."""
    slugs: dict[str, list[Unit]] = {}
    for unit in gazetteer.units(PRE2025):
        if unit.parent is not None and unit.level not in COMMUNE_LEVELS:
            slugs.setdefault(re.sub(r"[^a-z]", "", fold(unit.name)), []).append(unit)
    return slugs


def unit_place(key: str) -> Place | None:
    """The gazetteer's description of the unit ``key`` as a place no mention names (an article's district known
    only from its site or its communes), or None for a key the gazetteer does not hold."""
    try:
        unit = gazetteer.get(key)
    except KeyError:
        return None
    parent = gazetteer.get(unit.parent) if unit.parent else None
    return Place(unit.key, unit.name, unit.level, parent.name if parent else None, parent.key if parent else None)


def locality_of(province: str | None, district: str | None, places: list[Place], source: str | None = None) -> Locality:
    """The province and district as the article names them (a district may be named only through its
    communes), and the province of the site that published it."""
    site_code = province_from_source(source)
    site = gazetteer.get(site_code).name if site_code else None
    if province is None:
        return Locality(site=site)
    named = {p.key: (p.name, p.level) for p in places}
    unit = gazetteer.get(province)
    if district is None:
        return Locality(named.get(province, (unit.name, unit.level))[0], unit.key, site=site)
    seat = gazetteer.get(district)
    name, level = named.get(district, (seat.name, seat.level))
    return Locality(named.get(province, (unit.name,))[0], unit.key, name, level, seat.key, site)


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_OF_A_COMMUNE = re.compile(r"(?i:đảng bộ|đảng ủy|ủy ban nhân dân|ubnd|hđnd|hội đồng nhân dân)[ \t]+(?:(?i:xã|phường|thị trấn|đặc khu)[ \t]+)?$")
_OF_A_BODY = re.compile(r"(?i:ủy|ủy ban nhân dân|ubnd|hđnd|mttq|mặt trận tổ quốc|đảng bộ)[ \t]+(?:(?i:tỉnh|thành phố)[ \t]+)?$")
_ROW_START = re.compile(r"[ \t]*(?:\d{1,3}[.)]?[ \t]+)?")  # a table's row: its number, then its province
_NUMBERED_ROW = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+")
_ROW_GAP = re.compile(r"[ \t]*(?:[–—-][ \t]*)?")  # between a row's province and its document; before a citation opening a line
_ROW_REACH = 1500  # characters back to the row a line of its own belongs to
_ISSUES_IT = re.compile(r"[ \t]+(?:(?:đã|vừa|mới|cũng)[ \t]+)*(?:ban hành|phê duyệt)[ \t]+")  # "tỉnh Sơn La đã ban hành …"


class SentenceProvinces:
    """The provinces each sentence of an article names, from the places found in it."""

    def __init__(self, text: str, places: list[Place]):
        self._text = text
        self._mentions = sorted((m.start, province) for place in places if (province := _province_name(place.key))
                                for m in place.mentions)
        self._communes = sorted((m.start, place.name) for place in places if place.level in COMMUNE_LEVELS
                                for m in place.mentions)
        self._ends = {m.end: province for place in places if (province := _province_name(place.key))
                      for m in place.mentions}
        self._spans = sorted((m.start, m.end, province) for place in places if _is_province(place.key)
                             and (province := _province_name(place.key)) for m in place.mentions)

    def bracketed(self, start: int) -> str | None:
        """The province named right before the brackets a citation at ``start`` stands in: "UBND các tỉnh: Nghệ An
        (số 5061/UBND-KT …), Hà Tĩnh (số 3358/UBND-CN1 … và số 6084/UBND-CN1 …)"."""
        opened = self._text.rfind("(", max(0, start - 200), start)
        if opened < 0 or ")" in self._text[opened:start]:
            return None
        return self._ends.get(len(self._text[:opened].rstrip()))

    def row(self, start: int) -> str | None:
        """The province a table's row names for a citation at ``start``: right before it on its line ("3 Bắc Giang Kế
        hoạch hành động số 1492 KH-UBND …"), or, for a citation that opens a line of its own, the province that
        opens the last numbered row above it ("2 Bà Rịa – Vũng Tàu Kế hoạch …", then "Quyết định số 2922/QĐ-UBND …")."""
        line_start = self._text.rfind("\n", 0, start) + 1
        for at, end, province in self._spans:
            if line_start <= at < start and _ROW_START.fullmatch(self._text, line_start, at) \
                    and _ROW_GAP.fullmatch(self._text, end, start):
                return province
        if not _ROW_GAP.fullmatch(self._text, line_start, start):
            return None  # inside a sentence: no row
        for at, _, province in reversed(self._spans):
            if at >= line_start:
                continue
            if line_start - at > _ROW_REACH:
                return None
            if _NUMBERED_ROW.fullmatch(self._text, self._text.rfind("\n", 0, at) + 1, at):
                return province
        return None

    def _sentence_start(self, start: int) -> int:
        """Where the sentence holding ``start`` begins (looking back 400 characters at most)."""
        return max((m.end() for m in _SENTENCE_END.finditer(self._text, max(0, start - 400), start)), default=0)

    def named_before(self, start: int) -> str | None:
        """The one province the sentence of a citation at ``start`` names before it, which the citation's issuer
        then names by its level word alone ("Thành phố Hồ Chí Minh thu phí … theo Nghị quyết 15/2023/NQ-HĐND … của
        HĐND Thành phố"); None when none or several."""
        begin = self._sentence_start(start)
        found = {province for at, province in self._mentions if begin <= at < start}
        return found.pop() if len(found) == 1 else None

    def commune_of(self, start: int, end: int) -> str | None:
        """The commune of a commune's document at ``text[start:end]``: the one its sentence names last before it
        ("Đảng bộ, nhân dân xã Vũ Phúc … Nghị quyết Đại hội Đảng bộ xã lần thứ 21"), else the one it names after it
        ("Kế hoạch số 43-KH/ĐU của Đảng ủy xã và … của UBND xã Lao Chải"), else the one commune whose Party
        organisation or council the article names ("… làm việc với Đảng bộ xã Vạn Xuân"), else the one commune
        the 600 characters before it name ("Tại xã Thần Sa, Đảng bộ xã tổ chức …")."""
        begin = self._sentence_start(start)
        before = [name for at, name in self._communes if begin <= at < start]
        if before:
            return before[-1]
        after = _SENTENCE_END.search(self._text, end)
        stop = after.start() if after else len(self._text)
        for found in ({name for at, name in self._communes if end <= at < stop},
                      {name for at, name in self._communes if _OF_A_COMMUNE.search(self._text, max(0, at - 40), at)},
                      {name for at, name in self._communes if start - 600 <= at < start}):
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def named_with(self, start: int, end: int, reach: int | None = None) -> str | None:
        """The one province the sentence of ``text[start:end]`` names after it (within ``reach`` characters, when
        given), else before it in its paragraph as the place of a body ("… của UBND tỉnh Quảng Ngãi … Kế hoạch số
        12/KH-UBND") or as the one that issues it ("tỉnh Sơn La đã ban hành Kế hoạch số 142/KH-UBND"); None when
        none or several."""
        after = _SENTENCE_END.search(self._text, end, end + 400)
        stop = after.start() if after else min(len(self._text), end + 400)
        if reach is not None:
            stop = min(stop, end + reach)
        found = {province for at, province in self._mentions if end <= at < stop}
        if not found and reach is None:  # the paragraph so far: "Ban Chấp hành Đảng bộ tỉnh Long An … Nghị quyết
            begin = max(self._text.rfind("\n", 0, start) + 1, start - 600)  # Đại hội Đảng bộ tỉnh lần thứ XI"
            found = {province for at, province in self._mentions
                     if begin <= at < start and _OF_A_BODY.search(self._text, max(0, at - 30), at)} \
                or {province for at, province in self._ends.items()
                    if begin <= at < start and _ISSUES_IT.fullmatch(self._text, at, start)}
        return found.pop() if len(found) == 1 else None


def _is_province(key: str) -> bool:
    try:
        return gazetteer.get(key.split("/")[0]).parent is None
    except KeyError:
        return False


def _province_name(key: str) -> str | None:
    """The name of the province a place key lies in (for a commune the gazetteer does not know, its parent's)."""
    try:
        unit = gazetteer.get(key.split("/")[0])
    except KeyError:
        return None
    return gazetteer.get(unit.province).name
