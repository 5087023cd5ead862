"""Tables kept on disk between processes: read back when nothing they come from changed, rebuilt otherwise."""

from __future__ import annotations

import os
import pickle

from trichdan.loaders import disk_cache, gazetteer
from trichdan.loaders.authority import Authority


def _edit(path, text: str, second: int) -> None:
    """Write ``text`` with a modification time of its own (a file system may give two quick writes one)."""
    path.write_text(text)
    os.utime(path, ns=(second * 10**9, second * 10**9))


def test_a_value_is_built_once_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("TRICHDAN_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "module.py"
    source.write_text("A = 1\n")
    built = []
    first = disk_cache.cached("table", lambda: built.append(1) or {"a": 1}, [str(source)])
    again = disk_cache.cached("table", lambda: built.append(1) or {"a": 2}, [str(source)])
    assert first == again == {"a": 1} and built == [1]
    _edit(source, "A = 2\n", 2)  # the code that builds it changed: a new file, built again
    assert disk_cache.cached("table", lambda: {"a": 3}, [str(source)]) == {"a": 3}
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 2
    for version in range(3, 6):  # more edits: only the newest few values stay
        _edit(source, f"A = {version}\n", version)
        disk_cache.cached("table", lambda: {"a": version}, [str(source)])
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 3


def test_a_damaged_or_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setenv("TRICHDAN_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "module.py"
    source.write_text("A = 1\n")
    disk_cache.cached("table", lambda: [1, 2, 3], [str(source)])
    (path,) = (tmp_path / "cache").glob("table-*.pickle")
    path.write_bytes(b"\x80\x05 not a pickle")
    assert disk_cache.cached("table", lambda: [1, 2, 3], [str(source)]) == [1, 2, 3]
    assert pickle.loads(path.read_bytes()) == [1, 2, 3]  # rewritten whole
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("TRICHDAN_CACHE", str(blocked / "cache"))  # a directory that cannot be made
    assert disk_cache.cached("table", lambda: [4], [str(source)]) == [4]


def test_the_gazetteer_and_the_authority_file_are_the_same_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TRICHDAN_CACHE", str(tmp_path / "cache"))
    built = gazetteer._build_index()
    gazetteer._index.cache_clear()
    try:
        cold, warm = gazetteer._index(), None
        gazetteer._index.cache_clear()
        warm = gazetteer._index()  # read back from the file the first call wrote
    finally:
        gazetteer._index.cache_clear()
    assert cold.units == warm.units == built.units and warm.names == built.names
    assert warm.children == built.children and warm.former == built.former
    assert [e.document for e in Authority.load().entries] == [e.document for e in Authority.load().entries]
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "cache").glob("*.pickle")) == ["authority", "gazetteer"]


def test_the_authority_file_from_the_cache_finds_the_same_aliases_and_names(tmp_path, monkeypatch):
    monkeypatch.setenv("TRICHDAN_CACHE", str(tmp_path / "cache"))
    built, read_back = Authority.load(), Authority.load()  # the second from the file the first wrote
    text = "Thực hiện Pháp lệnh dân chủ ở cơ sở và Luật Thực hiện dân chủ ở cơ sở năm 2022."
    found = list(read_back.aliases.finditer(text, 0, len(text)))
    assert found and found == list(built.aliases.finditer(text, 0, len(text)))
    at = text.index("Thực hiện dân chủ", 30)
    assert read_back.names.match("Luật", text, at) == built.names.match("Luật", text, at) is not None
