"""Scopes: a place a user names ("Hưng Yên", "huyện Ân Thi", "ha tinh") and the units it contains.

A name stands for every unit that bears or bore it, in the units before the 2025 reorganisation and
after it, each with what it contained then: "Hưng Yên" holds the pre-2025 province with its districts
(Ân Thi) and communes, the 2025 province with its communes, and the city and communes of that name.
A document is inside a scope when its locality (``td:scope``, a province or district name) is one of
those units or lies inside one; a locality name shared by several units ("Châu Thành") counts only
the units its issuing body's names point to ("Huyện ủy Châu Thành" under "Tỉnh ủy Bến Tre").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..loaders import gazetteer
from ..loaders.lexicon import BARE_ABBREVIATIONS, LEVEL_ABBREVIATIONS, LEVEL_WORDS
from ..loaders.normalize import fold

_LEVELS = {fold(w): w for w in LEVEL_WORDS} | {fold(a).rstrip("."): w for a, w in {**LEVEL_ABBREVIATIONS, **BARE_ABBREVIATIONS}.items()}
_LEVEL_PREFIX = re.compile(rf"^(?:{'|'.join(sorted(map(re.escape, _LEVELS), key=len, reverse=True))})\.?\s+")


@lru_cache(maxsize=1024)
def units(name: str) -> frozenset[str]:
    """Keys of the units a place name stands for ("huyện Ân Thi" → the district only); empty if none."""
    level, bare = split_level(name)
    if not bare:
        return frozenset()
    return frozenset(u.key for u in gazetteer.lookup(bare, level=level))


def split_level(name: str) -> tuple[str | None, str]:
    """("huyện", "Ân Thi") for "huyện Ân Thi" (any case, with or without diacritics); (None, name) without."""
    name = " ".join(name.split())
    match = _LEVEL_PREFIX.match(fold(name))
    if not match:
        return None, name
    return _LEVELS[match.group().strip().rstrip(".")], name[match.end():].strip()


@lru_cache(maxsize=4096)
def enclosing(locality: str, tier: str | None = None, hints: tuple[str, ...] = ()) -> frozenset[str]:
    """Keys of the units a document's locality may be and of every unit around them.

    ``tier`` ("province", "district", "commune": its issuer's level) keeps the units of that tier, when
    there are; ``hints`` are names of its issuing body and the bodies above it: when the locality name
    is shared, only the units whose enclosing units are named there count (if any is)."""
    found = gazetteer.lookup(locality)
    if tier in _TIERS:
        found = [u for u in found if _TIERS[tier](u)] or found
    if len(found) > 1 and hints:
        folded = " ".join(fold(h) for h in hints)
        named = [u for u in found if any(fold(a.name) in folded for a in gazetteer.ancestors(u.key))]
        found = named or found
    keys = set()
    for unit in found:
        keys.add(unit.key)
        keys.update(a.key for a in gazetteer.ancestors(unit.key))
    return frozenset(keys)


def inside(locality: str | None, scope: str, tier: str | None = None, hints: tuple[str, ...] = ()) -> bool:
    """Whether a document of ``locality`` (its td:scope), issued at ``tier``, is within the place ``scope``."""
    if not locality:
        return False
    level, bare = split_level(scope)
    if wanted := units(scope):
        if wanted & enclosing(locality, tier, hints):
            return True
    return level is None and fold(locality) == fold(bare)


_TIERS = {"province": lambda u: u.parent is None,
          "district": lambda u: u.parent is not None and u.level not in gazetteer.COMMUNE_LEVELS,
          "commune": lambda u: u.level in gazetteer.COMMUNE_LEVELS}
