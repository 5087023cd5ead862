"""Places a user names, read with the gazetteer (``loaders/gazetteer.py``): the units so named and every
unit inside them, before and after the 2025 reorganisation.

"Hà Tĩnh", "ha tinh", "huyện Nghi Xuân" (a level word narrows the level), "Châu Thành, Tây Ninh" (after a
comma, the unit it is in). A name that several units bear keeps the outermost ones: "Hà Tĩnh" is the
province, not also its capital city inside it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ...loaders import gazetteer
from ...loaders.gazetteer import Unit
from ...loaders.lexicon import LEVEL_WORDS
from ...loaders.normalize import fold, normalize


class UnknownPlace(LookupError):
    """No administrative unit bears the name (one line)."""


@dataclass(frozen=True, slots=True)
class Area:
    """One place as the user means it: namesake units of both eras, and every unit inside them."""

    name: str
    level: str
    province: str | None  # the province's name, for a unit below it
    units: tuple[Unit, ...]
    keys: frozenset[str]  # gazetteer keys of the units and of every unit inside them

    @property
    def label(self) -> str:
        return f"{self.level} {self.name}" + (f" ({self.province})" if self.province else "")


def areas(text: str) -> list[Area]:
    """The places ``text`` names, outermost units first; raises UnknownPlace when the gazetteer has none."""
    text = " ".join(normalize(text).split())
    name, _, within = (part.strip() for part in text.rpartition(",")) if "," in text else (text, "", "")
    level, name = _level_word(name)
    scopes = [u.key for u in _named(within)] if within else [None]
    found = [u for scope in scopes for u in gazetteer.lookup(name, level=level, within=scope)]
    if not found:
        raise UnknownPlace(f"no administrative unit is named {text!r}")
    keys = {u.key for u in found}
    outermost = [u for u in found if not any(k in keys for k in _ancestor_keys(u))]
    groups: dict[tuple, list[Unit]] = defaultdict(list)
    for unit in outermost:
        province = None if unit.parent is None else gazetteer.get(unit.province).name
        groups[(fold(unit.name), unit.level, fold(province or ""))].append(unit)
    result = []
    for members in groups.values():
        first = members[0]
        province = None if first.parent is None else gazetteer.get(first.province).name
        inside = frozenset(k for u in members for k in _inside(u.key))
        result.append(Area(first.name, first.level, province, tuple(members), inside))
    return sorted(result, key=lambda a: (_depth(a.units[0]), fold(a.label)))


def names_within(text: str) -> set[str]:
    """Names (lower case, as spelt) of the units ``text`` names and of every unit inside them, to compare
    a document's scope with :func:`spelling`: spelt, not folded ("Thanh Hòa" is not "Thanh Hóa")."""
    try:
        found = areas(text)
    except UnknownPlace:
        return set()
    units = _units_by_key()
    return {spelling(units[k].name) for area in found for k in area.keys if k in units}


def spelling(name: str) -> str:
    """``name`` as compared: normalised tones, lower case, single spaces."""
    return " ".join(normalize(name).lower().split())


def _named(text: str) -> list[Unit]:
    level, name = _level_word(text)
    return gazetteer.lookup(name, level=level)


def _level_word(text: str) -> tuple[str | None, str]:
    """("huyện", "Nghi Xuân") for "huyện Nghi Xuân"; (None, text) without a level word."""
    folded = fold(text)
    for word in sorted(LEVEL_WORDS, key=len, reverse=True):
        if folded.startswith(fold(word) + " ") and text[:len(word)].lower() in (word, fold(word)):
            return word, text[len(word):].strip()
    return None, text.strip()


def _ancestor_keys(unit: Unit) -> list[str]:
    keys, parent = [], unit.parent
    while parent is not None:
        keys.append(parent)
        parent = gazetteer.get(parent).parent
    return keys


def _depth(unit: Unit) -> int:
    return len(_ancestor_keys(unit))


def _inside(key: str) -> list[str]:
    """``key`` and the keys of every unit inside it."""
    children = _children()
    found, stack = [], [key]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, ()))
    return found


@cache
def _children() -> dict[str, list[str]]:
    children: dict[str, list[str]] = defaultdict(list)
    for unit in gazetteer.units():
        if unit.parent is not None:
            children[unit.parent].append(unit.key)
    return dict(children)


@cache
def _units_by_key() -> dict[str, Unit]:
    return {u.key: u for u in gazetteer.units()}
