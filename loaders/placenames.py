"""Place names inside body and post phrases: level words, and how far a name after them runs.

"Ủy ban nhân dân huyện Can Lộc", "Huyện ủy Can Lộc Nghiêm Sỹ Đống", "TP.HCM": the readers of bodies and
posts ask here where a level word is and how many capitalised words after it name a unit the gazetteer
knows (else up to a person's name). Article-wide place finding is :mod:`places`.
"""

from __future__ import annotations

from functools import cache, lru_cache

from . import gazetteer
from .lexicon import (BARE_ABBREVIATIONS, COMMUNE_LEVELS, DISTRICT_LEVELS, LEVEL_WORDS, NOT_LEVELS, NUMBERED_LEVELS,
                      PLACE_CODES, PROVINCE)
from .model import Locality
from .names import is_surname, name_start, run_end
from .tokens import Token, words

WIDE_LEVELS = (PROVINCE, *DISTRICT_LEVELS)  # a commune is always named with its level word
_LEVEL_WORDS = {**{w: w for w in LEVEL_WORDS}, **BARE_ABBREVIATIONS}  # "huyện", "TP" (+ optional dot)
_DASHES = ("-", "–")
_LEVEL_FIRST = {w.split()[0].lower() for w in _LEVEL_WORDS}


def is_place(name: str, levels: tuple[str, ...] | None, locality: Locality) -> bool:
    """Whether ``name`` is an administrative unit of one of ``levels`` (any level when None)."""
    if name == locality.province and (levels is None or province_level(name) in levels):
        return True
    if name == locality.district and (levels is None or locality.district_level in levels):
        return True
    return any(levels is None or u.level in levels for u in units_named(name))


@lru_cache(maxsize=1 << 16)
def units_named(name: str) -> tuple[gazetteer.Unit, ...]:
    """Administrative units named ``name`` (cached: the same few names recur in every article)."""
    return tuple(gazetteer.lookup(name))


@cache
def province_level(province: str) -> str:
    """"thành phố" for a centrally-run city, else "tỉnh"."""
    units = [u for u in units_named(province) if u.era == gazetteer.PRE2025]
    return "thành phố" if any(u.level == "thành phố" and u.parent is None for u in units) else PROVINCE


def place_name(tokens: list[Token], i: int, j: int) -> str | None:
    """The place name spelt by ``tokens[i:j]`` ("HCM" → "Hồ Chí Minh"), None when empty."""
    return (PLACE_CODES.get(tokens[i].text) if j == i + 1 else None) or words(tokens, i, j) or None


def place_length(tokens: list[Token], i: int, levels: tuple[str, ...] | None, locality: Locality) -> int:
    """How many capitalised words from ``i`` form a known place name of ``levels`` (0 if none)."""
    if i < len(tokens) and tokens[i].text in PLACE_CODES:
        return 1
    end = run_end(tokens, i, 4)
    if end + 1 < len(tokens) and tokens[end].text in _DASHES and tokens[end + 1].name_like:
        end = run_end(tokens, end + 1, 3)  # "Bà Rịa-Vũng Tàu", "Phan Rang - Tháp Chàm"
    for j in range(end, i, -1):
        if is_place(words(tokens, i, j), levels, locality):
            return j - i
    return 0


def same_tier(level: str) -> tuple[str, ...]:
    """The levels a unit named after ``level`` may have in the gazetteer: units change level over the
    years ("huyện Quế Võ" became a thị xã, "xã Nghèn" a thị trấn), never tier (province, district, commune)."""
    if level in DISTRICT_LEVELS:
        return DISTRICT_LEVELS
    if level in COMMUNE_LEVELS:
        return COMMUNE_LEVELS
    return (level,)


def known_place_length(tokens: list[Token], i: int, level: str, locality: Locality) -> int:
    """Words of the longest place name at ``i`` known at ``level``, else at another level of its tier; a number
    names a unit of a numbered level ("Quận ủy Quận 1")."""
    if _numbered(tokens, i, level):
        return 1
    return place_length(tokens, i, (level,), locality) or place_length(tokens, i, same_tier(level), locality)


def _numbered(tokens: list[Token], i: int, level: str) -> bool:
    """A unit's number after a level word that numbers units: "Quận 1", "phường 12"."""
    return level in NUMBERED_LEVELS and i < len(tokens) and tokens[i].text.isdigit() and len(tokens[i].text) <= 2


def place_after_level(tokens: list[Token], i: int, level: str, locality: Locality) -> int:
    """Length of the place name after a level word: known names first, else up to a person's name."""
    known = known_place_length(tokens, i, level, locality)
    if i < len(tokens) and (tokens[i].text in PLACE_CODES or _numbered(tokens, i, level)):
        return known
    end = run_end(tokens, i)
    found = [t.text for t in tokens[i:end]]
    if known and (known == len(found) or name_start(found[known:]) == 0
                  or (name_start(found[known:]) == 1 and is_surname(found[known]))):
        return known  # a known name, alone or followed by a person's ("Đà Nẵng Lương Nguyễn Minh Triết": two surnames)
    start = name_start(found)
    if start == 1 and not known and is_surname(found[0]):  # "thành phố Lương Nguyễn Minh Triết": one name
        return 0
    if known and start and start < known:  # "tỉnh Bắc Ninh Ngày 17/6": no person "Ninh Ngày"
        return known
    return min(end - i if start is None else start, 4)


def level_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A level word ("huyện", "thị xã", "TP.", "Thành phố" before a name) at ``i``, and the index after it."""
    if i >= len(tokens) or tokens[i].low not in _LEVEL_FIRST or words(tokens, i, i + 2).lower() in NOT_LEVELS:
        return None  # "Ban Công tác xã hội": a word
    for size in (2, 1):
        if i + size <= len(tokens):
            found = words(tokens, i, i + size)
            j = i + size
            if found not in _LEVEL_WORDS and not (found.lower() in _LEVEL_WORDS and j < len(tokens)
                                                  and (tokens[j].name_like or tokens[j].text in PLACE_CODES
                                                       or _numbered(tokens, j, found.lower()))):
                continue
            if found in BARE_ABBREVIATIONS and j < len(tokens) and tokens[j].text == ".":
                j += 1
            return _LEVEL_WORDS[found if found in _LEVEL_WORDS else found.lower()], j
    return None
