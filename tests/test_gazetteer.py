"""The administrative gazetteer: coverage of both eras, GSO codes, containment and name lookup."""

from collections import Counter

import pytest

from trichdan.loaders import gazetteer
from trichdan.loaders.gazetteer import Unit, ancestors, get, lookup, province_of, units


def _codes(found: list[Unit]) -> set[str]:
    return {u.key for u in found}


def test_province_counts_per_era():
    assert len([u for u in units("pre2025") if u.parent is None]) == 63
    assert len([u for u in units("2025") if u.parent is None]) == 34


def test_pre2025_districts_and_communes_are_present():
    levels = Counter(u.level for u in units("pre2025") if u.parent is not None)
    assert levels["huyện"] > 500 and levels["quận"] > 40 and levels["thị xã"] > 50 and levels["thành phố"] > 80
    assert levels["xã"] > 8000 and levels["phường"] > 1700 and levels["thị trấn"] > 600
    assert Counter(u.level for u in units("2025") if u.parent is not None).keys() == {"xã", "phường", "đặc khu"}


def test_gso_codes_and_containment():
    can_loc, vuong_loc = get("443"), get("18427")
    assert (can_loc.name, can_loc.level, can_loc.parent, can_loc.province) == ("Can Lộc", "huyện", "42", "42")
    assert (vuong_loc.name, vuong_loc.level, vuong_loc.parent) == ("Vượng Lộc", "xã", "443")
    assert [u.name for u in ancestors("18427")] == ["Can Lộc", "Hà Tĩnh"]
    assert province_of("18427") == province_of("42") == get("42")
    assert (get("01").name, get("01").level) == ("Hà Nội", "thành phố")


def test_2025_units_have_their_own_keys():
    province = get("42@2025")
    assert (province.code, province.era, province.name) == ("42", "2025", "Hà Tĩnh")
    commune = lookup("Can Lộc", era="2025")
    assert [(u.key, u.level, u.parent) for u in commune] == [("18406@2025", "xã", "42@2025")]
    assert get("18406").name == "Nghèn"  # the same code before 2025 was another unit


def test_lookup_ignores_tone_placement_and_case():
    expected = {"38", "38@2025"}
    assert _codes(lookup("Thanh Hoá", level="tỉnh")) == expected
    assert _codes(lookup("Thanh Hóa", level="tỉnh")) == expected
    assert _codes(lookup("thanh hoa", level="tỉnh", era="pre2025")) == {"38"}
    assert _codes(lookup("Hoà Bình", level="tỉnh", era="pre2025")) == {"17"}
    assert _codes(lookup("Bà Rịa-Vũng Tàu", era="pre2025")) == {"77"}


def test_lookup_by_level_within_and_era():
    assert _codes(lookup("Hà Tĩnh", era="pre2025")) == {"42", "436"}
    assert _codes(lookup("Hà Tĩnh", level="thành phố")) == {"436"}
    assert len(lookup("Châu Thành", level="huyện")) > 5
    assert _codes(lookup("Châu Thành", level="huyện", within="82")) == {"821"}
    assert _codes(lookup("Vượng Lộc", within="443")) == _codes(lookup("Vượng Lộc", within="42")) == {"18427"}
    assert lookup("Vượng Lộc", within="40") == []
    assert {u.level for u in lookup("Đức Thọ", within="42", era="pre2025")} == {"huyện", "thị trấn"}


def test_units_gone_or_renamed_before_2025_are_kept():
    assert _codes(lookup("Lộc Hà", level="huyện")) == {"448"}  # merged into Thạch Hà in 2025
    assert _codes(lookup("Chũ", level="thị xã")) == {"224"}  # created in 2024
    assert [(u.key, u.level) for u in lookup("Thủy Nguyên", level="thành phố")] == [("311", "thành phố")]
    assert get("311").level == "huyện"  # its level in 2020–2023, the main name of the code


def test_load_is_cached():
    assert gazetteer._index() is gazetteer._index()


def test_unknown_key_raises():
    with pytest.raises(KeyError):
        get("99999")


def test_district_spelt_like_its_seat_town():
    """The later snapshot respells a seat town ("Mù Cang Chải"); its district of that name answers to it too."""
    district = lookup("Mù Cang Chải", level="huyện")
    assert _codes(district) == {"137"} and "Mù Cang Chải" in {u.name for u in district}
    assert get("137").name == "Mù Căng Chải"  # the main name stays
    assert _codes(lookup("Đăk Tô", level="huyện")) == {"612"}
    # renamings are not respellings: only names equal without diacritics count
    assert all(gazetteer.fold(u.name) == gazetteer.fold("Mù Cang Chải") for u in lookup("Mù Cang Chải"))


def test_tone_marks_tell_names_apart():
    """A name spelt with diacritics matches only units spelt so: a personal name is not a district."""
    assert lookup("Nguyễn Bình") == [] and _codes(lookup("Nguyên Bình", level="huyện")) == {"052"}
    assert lookup("Trần Yên") == [] and _codes(lookup("Trấn Yên", level="huyện")) == {"138"}
    assert _codes(lookup("nguyen binh", level="huyện")) == {"052"}  # no diacritics at all: letters alone


def test_former_names_keep_the_local_spelling():
    """A former name (known without diacritics) is not matched by a spelling its area never uses."""
    assert _codes(lookup("Hoằng Vinh")) == {"15865"}  # a former commune of Hoằng Hóa, all "Hoằng …"
    assert lookup("Hoàng Vinh") == []
    assert _codes(lookup("Kim Lộc")) == {"18436"} and lookup("Kìm Lộc") == []


def test_former_provinces_from_the_data_table():
    units = [u for u in gazetteer.lookup("Nghệ Tĩnh") if u.era == gazetteer.FORMER]
    assert [(u.key, u.level, u.parent) for u in units] == [("tinh-nghe-tinh", "tỉnh", None)]
    assert gazetteer.province_of("tinh-ha-tay").name == "Hà Tây"
    assert {u.era for u in gazetteer.lookup("Hà Tây")} == {gazetteer.PRE2025, gazetteer.Y2025, gazetteer.FORMER}


def test_former_provinces_became_known_provinces():
    import json
    from pathlib import Path
    table = json.loads((Path(gazetteer.__file__).parent / "data" / "former_units.json").read_text("utf-8"))
    former = {p["name"] for p in table["provinces"]}
    provinces = {u.name for u in gazetteer.units(gazetteer.PRE2025) if u.parent is None}
    assert all(set(p["became"]) <= provinces | former for p in table["provinces"])
    assert not former & provinces  # none is a province of today
    assert all(start < end for p in table["provinces"] for start, end in p["periods"])
