"""Party, state, front and mass-organisation bodies named in an article, under one canonical name each.

A body phrase read by :mod:`bodies` ("BTV Huyện ủy", "Ủy ban MTTQ huyện Can Lộc", "Ban Dân vận Tỉnh ủy")
is resolved here against the article's :class:`Locality` into a :class:`Body` (canonical name, key,
parent). Abbreviations are expanded ("UBND tỉnh" → "Ủy ban nhân dân tỉnh Hà Tĩnh"), "Ban Chấp hành Đảng
bộ tỉnh X" is "Tỉnh ủy X", and a local body whose place cannot be told gets no key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from . import gazetteer
from .bodies import BodyRef, Spec, parse_body, spec_of
from .lexicon import BODIES, COMMITTEES, COMMUNE_LEVELS, DISTRICT_LEVELS, PARTY_CENTRE, PROVINCE, STANDING_ENDS
from .model import Article, Locality, Mention, Organization
from .normalize import normalize, slug
from .placenames import province_level, units_named
from .tokens import Token, tokenize

_PARTY = BODIES["party"]["name"]  # "Đảng ủy": the Party committee of a unit without one of its own name


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
    spec = spec_of(stem)
    parent = central_body(spec.parent) if spec.parent else None
    return _body(spec.stem, spec.kind, parent=parent, central=True)


def resolve_body(ref: BodyRef, locality: Locality, hints: dict[str, str] | None = None) -> Body:
    """Canonical body of ``ref``; a missing place comes from ``hints`` (level → place), then the locality."""
    spec, hints = ref.spec, hints or {}
    if spec.role == "central":
        return central_body(spec.stem)
    if spec.role == "sub":
        if ref.central:
            name = spec.central_name or f"{spec.stem} Trung ương"
            return _body(name, spec.kind, parent=central_body(PARTY_CENTRE), central=True)
        if ref.owner is None:
            return _body(spec.stem, spec.kind, False)
        owner = resolve_body(ref.owner, locality, hints)
        kind = spec.kind if owner.kind == "party" else owner.kind
        return Body(f"{spec.stem} {owner.name}", kind, owner.key and _key(f"{spec.stem} {owner.name}"), owner,
                    owner.province, owner.central)
    if ref.central:
        return _body(f"{spec.stem} Việt Nam", spec.kind, central=True)
    if spec.role == "party" and ref.owner is not None:  # "Đảng ủy Bộ Nội vụ"
        owner = resolve_body(ref.owner, locality, hints)
        return _body(f"{spec.stem} {owner.name}", "party", parent=owner, central=True)
    if spec.role == "party" and ref.desc:  # "Đảng ủy Bộ", the ministry unsaid
        return _body(f"{spec.stem} {ref.desc}", "party", False)
    level, place = ref.level, ref.place
    if place and not level:
        level = _level_of(place, spec.levels, locality)
    if not level and spec.role == "party":
        level = next((lv for lv in hints if lv in COMMUNE_LEVELS), None)
    if not level and spec.levels == DISTRICT_LEVELS and locality.district:
        level = locality.district_level
    level = level or spec.level
    if not place and level:
        place = hints.get(level) or _implicit(level, locality)
    if level == PROVINCE and not ref.level and place and _is_province(level, place):
        level = province_level(place)  # "Sở Y tế" of Hải Phòng: "… thành phố Hải Phòng"
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
    stem = COMMITTEES.get(level or "", f"{_PARTY} {level}" if level else _PARTY)
    if not place:
        return _body(stem, "party", False)
    province = _province_of(level, place, locality)
    parent = None
    if level in DISTRICT_LEVELS and province and not _is_province(level, place):
        parent = _committee(province_level(province), province, locality)
    elif level not in COMMITTEES:
        district = _district_of(level, place, locality)
        parent = _committee(district[0], district[1], locality) if district else None
    numbered = place.isdigit() and level and not stem.endswith(level)  # "Quận ủy Quận 1", but "Đảng ủy phường 3"
    named = f"{level[0].upper()}{level[1:]} {place}" if numbered else place
    return _body(f"{stem} {named}", "party", parent=parent, province=province)


def _local_parent(spec: Spec, level: str, place: str, locality: Locality) -> Body | None:
    if spec.parent == "ubnd":
        return _body(f"Ủy ban nhân dân {level} {place}", "state", parent=None,
                     province=_province_of(level, place, locality))
    if spec.parent == "committee":
        return _committee(level, place, locality)
    if spec.parent != "same":
        return None
    if level in DISTRICT_LEVELS:
        province = _province_of(level, place, locality)
        if province and not _is_province(level, place):
            return resolve_body(BodyRef(spec, 0, 0, province_level(province), province), locality)
        return None
    if level in COMMUNE_LEVELS:
        district = _district_of(level, place, locality)
        if district:
            return resolve_body(BodyRef(spec, 0, 0, *district), locality)
    return None


def _is_province(level: str | None, place: str) -> bool:
    return level == PROVINCE or (level == "thành phố" and province_level(place) == "thành phố")


def _implicit(level: str, locality: Locality) -> str | None:
    """The article's own unit at ``level``: "Huyện ủy" in an article about Can Lộc is Can Lộc's; "UBND tỉnh" in a
    Phú Thọ paper's report of a meeting in Hà Nội (a city, no tỉnh) is the paper's province's."""
    if level == PROVINCE:
        if locality.province and locality.site and province_level(locality.province) == "thành phố" \
                and province_level(locality.site) == PROVINCE:
            return locality.site
        return locality.province
    if level in DISTRICT_LEVELS and locality.district and locality.district_level in (None, level):
        return locality.district
    if level == "thành phố" and locality.province and province_level(locality.province) == "thành phố":
        return locality.province
    return None


def _level_of(place: str, levels: tuple[str, ...] | None, locality: Locality) -> str | None:
    """The level of a place named without level word: the article's units first, then the gazetteer."""
    if place == locality.district and locality.district_level:
        return locality.district_level
    if place == locality.province:
        return province_level(place)
    units = [u for u in units_named(place) if levels is None or u.level in levels]
    for wanted in (lambda u: u.parent is None, lambda u: u.level in DISTRICT_LEVELS, lambda u: True):
        for unit in units:
            if wanted(unit):
                return unit.level
    return None


def _units_in_province(place: str, level: str, locality: Locality) -> list[gazetteer.Unit]:
    units = [u for u in units_named(place) if u.level == level]
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
            ref = parse_body(tokens, i, locality) if tokens[i].text[0].isupper() and not _in_symbol(tokens, i) else None
            if ref is None:
                i += 1
                continue
            if ref.spec.stem == "Thường trực" and ref.owner and i and tokens[i - 1].low in STANDING_ENDS:
                ref = ref.owner  # "Phó Bí thư Thường trực Tỉnh ủy": part of the title, not a body
            body = resolve_body(ref, locality)
            if body.key:
                start, end = tokens[ref.start].start, tokens[ref.end - 1].end
                add_body(found, body, Mention(start, end, article.text[start:end]))
            i = ref.end
    return list(found.values())


def _in_symbol(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is a code inside a document's symbol ("37/TB-VPCP", "1613/UBND-KGVX"), glued to the
    slash or hyphen before it: the symbol names its issuer, the words do not."""
    return i > 0 and tokens[i - 1].text in ("/", "-") and tokens[i - 1].end == tokens[i].start
