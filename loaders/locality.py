"""The setting of an article: the province a provincial site's host names, and the :class:`Locality` (province
and district) that bare "Tỉnh ủy", "UBND huyện", "02-NQ/TU" resolve against."""

from __future__ import annotations

import re
from functools import cache

from . import gazetteer
from .gazetteer import PRE2025
from .model import Locality, Place
from .normalize import fold


def province_from_source(source: str | None) -> str | None:
    """A provincial paper's host names its province: "baohatinh.vn" → Hà Tĩnh."""
    host = (source or "").lower().replace("-", "")
    return next((code for slug, code in _province_slugs() if slug in host), None)


@cache
def _province_slugs() -> list[tuple[str, str]]:
    """("hatinh", "42") for every pre-2025 province, longest first."""
    slugs = [(re.sub(r"[^a-z]", "", fold(u.name)), u.code) for u in gazetteer.units(PRE2025) if u.parent is None]
    return sorted(slugs, key=lambda pair: -len(pair[0]))


def locality_of(province: str | None, district: str | None, places: list[Place]) -> Locality:
    """The province and district as the article names them (a district may be named only through its communes)."""
    if province is None:
        return Locality()
    named = {p.key: (p.name, p.level) for p in places}
    unit = gazetteer.get(province)
    if district is None:
        return Locality(*named.get(province, (unit.name, unit.level))[:1], unit.key)
    seat = gazetteer.get(district)
    name, level = named.get(district, (seat.name, seat.level))
    return Locality(named.get(province, (unit.name,))[0], unit.key, name, level, seat.key)
