"""Administrative places named in an article, resolved to gazetteer units, and the article's locality.

One regex pass over each content zone (:mod:`place_scan`) finds three kinds of candidate:

* explicit: a level word or a body named after a level ("huyện", "TP.", "Huyện ủy", "Thị ủy") followed
  by a capitalised name, maybe past the kind of unit ("các huyện miền núi Sơn Tây", "xã vùng cao X"); an
  abbreviation ("P.", "H.") takes a real name, not a lone letter (a byline's "P.V"); only a quận or
  phường is named by a number; the longest name prefix that the gazetteer knows at that level wins, so
  "Huyện ủy Can Lộc Nghiêm Sỹ Đống" yields Can Lộc; a list after it ("các huyện Can Lộc, Thạch Hà")
  shares its level;
* unverified: a commune, ward or town named with its level word ("xã Tân Hội", "phường X", "thị trấn Y")
  that the gazetteer cannot place in the article (merged, renamed, or in another district), or a
  district it does not know at all (a former one: "huyện Thông Nông"; not a region: "các tỉnh Tây
  Nguyên"), is still a place (the provinces gone before 2020 the gazetteer knows from
  ``data/former_units.json``: "tỉnh Hà Tây"), keyed by its name and level inside the unit the context gives ("xã
  Tân Hội, huyện Diễn Châu", else the article's district or province): ``425/xa-tan-hoi``. A personal name after a level word
  that may end a body or post ("Chủ tịch UBND xã Nguyễn Văn An") is no commune; after a word that places
  ("tại xã", "các xã") or opening a clause, it is one;
* bare: a run of capitalised syllables that is exactly a unit's name ("đưa Hà Tĩnh phát triển",
  "Bảo hiểm xã hội Can Lộc"). A bare name counts when it is a province, a district-level unit of the
  article's province, or a commune of the article's district, and never after a street, person or
  landmark word ("đường Trần Phú", "ông …"); a full personal name ("Nguyễn Đăng Quang") is never a
  unit's exact name, and the famous "Hồ Chí Minh" is a place only after a level word. A name only one
  district-level unit in the country bears counts wherever the article is ("Quỳnh Nhai"); one syllable
  counts where a document was issued ("Vinh, ngày 28 tháng 10 năm 2009").

The article's province is voted by province mentions, district names unique to one province and
"(Hà Tĩnh)" hints; shared names ("Châu Thành", bare "Kỳ Anh") resolve inside it or by a following
"(Tiền Giang)" / ", huyện Đức Trọng", and an explicit name found only elsewhere counts when it is
unique in the country. The article's district is the district-level unit that dominates the mentions
of its province, else the district whose portal the page is on ("cualo.vn"). A unit named under a
former name besides its current one ("xã Trực Phú", now thị trấn Ninh Cường) gives that name a place of
its own; a spelling the press swaps ("Đăk Glong") is the same unit, named as the article spells it.
Pre-2025 units are preferred, under their 2020–2023 names, then their later or former names; 2025 units
are the fallback when no pre-2025 unit has the name.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from . import gazetteer
from .gazetteer import FORMER, PRE2025, Y2025, Y2025_FROM, Unit
from .lexicon import COMMUNE_LEVELS, PROVINCE
from .article import host
from .locality import district_from_source, locality_of, province_from_source, province_from_url
from .model import Article, Locality, Mention, Place
from .names import name_start
from .normalize import fold, slug
from .place_scan import Hit, named, scan, scannable, spellings, tier, unknown_size

_EARLY = 500  # a district named this close to the start of the text is what the article is about
_NEAR = 400  # a unit named this close before another places it


def find_places(article: Article) -> tuple[list[Place], Locality]:
    """Administrative units named in the article's content zones, and its main province and district."""
    zones = article.content_zones()
    text = scannable(article.text, zones)
    hits = [hit for zone in zones for hit in scan(text, zone.start, zone.end)]
    source = _site(article)
    site = district_from_source(source)  # "cualo.vn": a district's portal
    province = _main_province(hits) or province_from_source(source) or (site and _province(site)) \
        or province_from_url(article.url)
    _resolve_all(hits, lambda h: h.explicit, province, None, set())
    known = {h.unit.key for h in hits if h.unit}  # units named with their level settle bare ambiguous names
    _resolve_all(hits, lambda h: not h.explicit, province, None, known)
    district = _main_district(hits, province, min((z.start for z in zones), default=0))
    if district is None and site and _province(site) == province:
        district = site.key
    _resolve_all(hits, lambda h: h.unit is None, province, district, known)
    if article.published and article.published >= Y2025_FROM:
        _as_of_2025(hits)
    places = _places(hits, article.text)
    places += _unverified_places(hits, province, district, {p.name for p in places}, article.text)
    return places, locality_of(province, district, places, source)


def _as_of_2025(hits: list[Hit]) -> None:
    """In an article published once the 2025 units took office, a commune that kept its name and province is the
    2025 unit, not the former one of a district that is gone ("xã Vạn Xuân" of Phú Thọ in December 2025)."""
    for hit in hits:
        unit = hit.unit
        if unit is None or unit.era != PRE2025 or unit.level not in COMMUNE_LEVELS:
            continue
        current = {u.key: u for u in hit.units if u.era == Y2025 and u.name == unit.name and u.level == unit.level
                   and _province(u) == _province(unit)}
        if len(current) == 1:
            hit.unit = current.popitem()[1]


def _site(article: Article) -> str | None:
    """The site that tells the article's province: its source, else its address's host when the source names
    none ("(GLO)-" in the lead of a page at baogialai.com.vn)."""
    if province_from_source(article.source) or district_from_source(article.source):
        return article.source
    return host(article.url) or article.source


def _resolve_all(hits: list[Hit], which: Callable[[Hit], bool], province: str | None, district: str | None,
                 known: set[str]) -> None:
    """Resolve the hits ``which`` selects, each near the province or district named last before it."""
    last: Hit | None = None
    previous: Hit | None = None
    for hit in hits:
        if which(hit):
            near = last.unit if last and hit.explicit and hit.start - last.end <= _NEAR else None
            hit.unit = _hinted(hit, previous) or _resolve(hit, province, district, known, near)
        if hit.unit is not None and tier(hit.unit) < 2:
            last = hit
        previous = hit


def _hinted(hit: Hit, previous: Hit | None) -> Unit | None:
    """The unit a name in brackets right after another names, when it placed that one: the district of "xã
    Tam Nghĩa (Núi Thành)" wherever the article is."""
    if hit.explicit or previous is None or previous.unit is None or not previous.hint or hit.start - previous.end > 2:
        return None
    placed = {previous.unit.parent, previous.unit.province} & previous.hint
    return next((u for u in _preferred(hit.units) if u.key in placed), None)


def _province(unit: Unit) -> str:
    """The GSO code of the unit's province (eras share province codes)."""
    return unit.province.partition("@")[0]


def _main_province(hits: list[Hit]) -> str | None:
    """Most mentioned province, counting province names and names unique to one province's districts."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for hit in hits:
        units = _preferred(hit.units)
        provinces = [u for u in units if u.parent is None] or (
            [u for u in units if tier(u) == 1] if hit.explicit else [])
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
    units = _distinct(units)
    earlier = [u for u in units if u.era == PRE2025]
    return [u for u in earlier if gazetteer.get(u.key) == u] or earlier or units


def _distinct(units: list[Unit]) -> list[Unit]:
    """One of each unit found under two of its names or parents, as the gazetteer has it if it is there."""
    found: dict[str, Unit] = {}
    for unit in units:
        if unit.key not in found or gazetteer.get(unit.key) == unit:
            found[unit.key] = unit
    return list(found.values())


def _resolve(hit: Hit, province: str | None, district: str | None, known: set[str],
             near: Unit | None = None) -> Unit | None:
    units = hit.units
    if hit.hint:
        units = [u for u in units if hit.hint & {u.parent, u.province}] or units
    elif near is not None:  # "thuộc thành phố Hà Tĩnh như sau: … xã Thạch Đồng" in an article on two provinces
        units = [u for u in units if u.parent == near.key] or [
            u for u in units if _province(u) == _province(near)] or units
    if hit.group:  # "huyện Can Lộc, Thạch Hà và Lộc Hà": in the head's province; "tỉnh Vĩnh Long, Trà Vinh": provinces
        heads = {_province(u) for u in hit.group}
        provinces = any(tier(u) == 0 for u in hit.group)
        units = [u for u in units if _province(u) in heads or (provinces and tier(u) == 0)]
    local = _preferred([u for u in units if _province(u) == province])  # place before name and era
    named_so, units = units, _preferred(units)
    if hit.explicit:
        return _explicit_unit(hit, units, local, district)
    units = [u for u in units if u.era != FORMER]  # bare, a former province comes last
    by_tier = sorted(units, key=tier)
    if by_tier and tier(by_tier[0]) == 0:
        return by_tier[0]
    districts = [u for u in local if tier(u) == 1] or [  # a former district's name: "Thông Nông" (Hà Quảng)
        u for u in _distinct(named_so) if tier(u) == 1 and u.era == PRE2025 and _province(u) == province]
    if len(districts) > 1:
        districts = [u for u in districts if u.key in known]
    if districts:
        return districts[0] if len(districts) == 1 else None
    communes = [u for u in local if district is not None and u.parent == district]
    if communes:
        return communes[0] if len(communes) == 1 else None
    placed = _preferred([u for u in named_so if hit.hint & {u.parent, u.province}])
    placed = [u for u in placed if tier(u) == min(map(tier, placed))]  # "Cô Tô (Quảng Ninh)": the district
    if len(placed) == 1 and not hit.continues:  # "Xuân Khê (huyện Lý Nhân)", "Xuân Lộc (Đồng Nai)"
        return placed[0]
    return _unique_district(hit, units) or _former_province(named_so, province)


def _former_province(units: list[Unit], province: str | None) -> Unit | None:
    """A province gone before 2020, named bare ("sáp nhập với Hà Tây thành Hà Sơn Bình"), unless a unit of
    the article's province bears its name (phường Nam Hà of Hà Tĩnh)."""
    former = {u.key: u for u in units if u.era == FORMER}
    if len(former) != 1 or any(_province(u) == province for u in units if u.era != FORMER):
        return None
    return next(iter(former.values()))


def _unique_district(hit: Hit, units: list[Unit]) -> Unit | None:
    """A bare name that only one district-level unit bears in the country, and no person, is that unit
    wherever the article is ("Quỳnh Nhai", "Tuần Giáo - Điện Biên"), though its seat town or the 2025 commune after
    it bear the name too ("Núi Thành")."""
    districts = [u for u in units if tier(u) == 1]
    if len(districts) != 1 or name_start(hit.text.split(" ")) == 0:
        return None
    district = districts[0]
    if any(u.key != district.key and u.era != Y2025 and u.parent != district.key for u in units) \
            or any(u.key != district.key and u.parent != district.key for u in named(hit.text, lambda u: u.era == PRE2025)):
        return None
    return district


def _explicit_unit(hit: Hit, units: list[Unit], local: list[Unit], district: str | None) -> Unit | None:
    if len(local) > 1:  # "Phường 12" of a city with many: only the one in the article's district
        local = [u for u in local if u.parent == district]
    if local:
        return local[0] if len(local) == 1 else None
    if hit.continues and not (len(units) == 1 and tier(units[0]) == 0):
        return None  # "UBND xã Hoàng Nam Nguyễn Văn …" away from the article's province: a person; but a
        # province before an official is the province ("Chủ tịch UBND tỉnh Tây Ninh Nguyễn Thanh Ngọc")
    return units[0] if len(units) == 1 else None


def _main_district(hits: list[Hit], province: str | None, text_start: int) -> str | None:
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
        key = unit.key if tier(unit) == 1 else unit.parent
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


def _places(hits: list[Hit], text: str) -> list[Place]:
    """One place per unit; a unit also named under a former name ("xã Trực Phú", which became thị trấn Ninh
    Cường; "huyện Thông Nông", merged into Hà Quảng) gives that name a place of its own inside it."""
    places: dict[str, Place] = {}
    names: dict[str, set[str]] = {}
    for hit in hits:
        if hit.unit is not None:
            names.setdefault(hit.unit.key, set()).add(fold(hit.unit.name))
    for hit in hits:
        unit = hit.unit
        if unit is None:
            continue
        current = gazetteer.get(unit.key)
        former = len(names[unit.key]) > 1 and fold(unit.name) != fold(current.name)
        key = f"{unit.key}/{slug(unit.level)}-{slug(unit.name)}" if former else unit.key
        place = places.get(key)
        if place is None:
            parent = gazetteer.get(unit.parent) if unit.parent else None
            written = hit.name or hit.text  # the article's spelling of the name: "Đắk Glong" for "Đăk Glong"
            name = written if (fold(written) == fold(unit.name) or unit.name in spellings(written)) \
                and written.lower() != unit.name.lower() else unit.name  # "Bạch Long Vỹ" as written
            place = places[key] = Place(key, name, unit.level, parent.name if parent else None,
                                        parent.key if parent else None,
                                        written=written if name != written and _letters(written) == _letters(name)
                                        and not text[hit.start:hit.end].isupper() else None)  # "Đakrông"; in
            # capitals the page's spacing tells nothing ("TỈNH LẠNGSƠN")
        place.mentions.append(Mention(hit.start, hit.end, text[hit.start:hit.end]))
    return list(places.values())


def _letters(name: str) -> str:
    """A name's letters, diacritics, case, spaces and hyphens aside."""
    return "".join(c for c in fold(name) if c.isalnum())


def _unverified_places(hits: list[Hit], province: str | None, district: str | None, found: set[str],
                       text: str) -> list[Place]:
    """Communes named with their level word that the gazetteer cannot place in the article ("xã Tân Hội
    được biểu dương" where no Tân Hội lies in its district or province: merged, renamed or unknown), and
    provinces and districts it does not know at all ("huyện Nam Ninh" of the former province Nam Hà).

    Such a mention still names a place: its name and level, inside the unit named right after it
    ("xã Tân Hội, huyện Diễn Châu"), else the article's district, else its province, else nowhere. A
    known name followed by capitalised words counts only when they are a person's name ("UBND xã Tân Hội
    Nguyễn Văn An"), not when they continue another name ("UBND xã Hoàng Nam Trung": a person).
    """
    places: dict[str, Place] = {}
    for hit in hits:
        if hit.unit is not None or hit.level is None or not hit.name:
            continue
        if hit.level not in COMMUNE_LEVELS and hit.units:  # a known province or district, left ambiguous
            continue
        name, end = hit.name, hit.end
        if hit.units and hit.rest and name_start(list(hit.rest)) != 0:
            words = [*name.split(" "), *hit.rest]  # a known name's prefix: "xã Khe Sanh Mới"
            if unknown_size(words, hit.after_body) != len(words):  # the whole run, no one's name after it
                continue
            name, end = " ".join(words), hit.end + 1 + len(" ".join(hit.rest))
        if name in found:
            continue
        within = _within(hit, province, district)
        key = f"{within.key if within else 'vn'}/{slug(hit.level)}-{slug(name)}"
        place = places.get(key)
        if place is None:
            place = places[key] = Place(key, name, hit.level, within.name if within else None,
                                        within.key if within else None)
        place.mentions.append(Mention(hit.start, end, text[hit.start:end]))
    return list(places.values())


def _within(hit: Hit, province: str | None, district: str | None) -> Unit | None:
    """The unit containing an unverified unit: the one named after it, else the article's district or
    province (for a district, its province; a province lies in none)."""
    if hit.level == PROVINCE:
        return None
    hinted = sorted((gazetteer.get(k) for k in hit.hint),
                    key=lambda u: (_province(u) != province, u.key != district, -tier(u), u.key))  # one order always
    if hinted:
        return hinted[0]
    key = district if hit.level in COMMUNE_LEVELS and district else province
    return gazetteer.get(key) if key else None
