"""References as commands read them (``cites REF``, ``query --ref``, ``view REF``), remembered between runs.

Reading a reference takes the citation grammar, the authority file and the resolver: compiling them is most
of what a command spends before it asks the store (about 0.3 s). What a reference reads as depends only on
its text, the authority file and the trichdan version, so the answer is kept in a small JSON file in the
per-user cache directory (``~/.cache/trichdan``; ``TRICHDAN_CACHE`` to move it, ``""`` to turn it off), and a command asking again reads it from there without loading the grammar. At most
``_LIMIT`` references are kept, the most recent.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict

from .. import __version__
from .cites import DocumentQuery, UnreadableReference, parse_reference

_LIMIT = 500


def read(reference: str, authority_path: str | None = None, no_authority: bool = False) -> DocumentQuery:
    """What ``reference`` names (UnreadableReference when nothing); the authority file is read only when the
    reference is not remembered. ``authority_path``: a file, else the built-in one; ``no_authority``: none."""
    source = "none" if no_authority else _file_key(authority_path) if authority_path else "built-in"
    key = f"{__version__}\t{source}\t{reference}"
    path = _cache_path()
    known = _load(path) if path else {}
    if key in known:
        record = known[key]
        if "error" in record:
            raise UnreadableReference(record["error"])
        return DocumentQuery(**record)
    from ..loaders.authority import Authority
    try:
        query = parse_reference(reference, None if no_authority else Authority.load(authority_path))
        record = asdict(query)
    except UnreadableReference as exc:
        query, record = exc, {"error": str(exc)}
    if path:
        known.pop(key, None)
        known[key] = record
        _save(path, dict(list(known.items())[-_LIMIT:]))
    if isinstance(query, UnreadableReference):
        raise query
    return query


def _file_key(path: str) -> str:
    """An authority file by where it is, its size and when it changed."""
    info = os.stat(path)
    return f"{os.path.abspath(path)}:{info.st_size}:{info.st_mtime_ns}"


def _cache_path() -> str | None:
    folder = os.environ.get("TRICHDAN_CACHE")
    if folder is None:
        from platformdirs import user_cache_dir
        folder = user_cache_dir("trichdan")
    return os.path.join(folder, "references.json") if folder else None


def _load(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(path: str, data: dict) -> None:
    """Written to a temporary file then renamed: a reader never sees half a file; a failure is ignored
    (the cache only saves time)."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=os.path.dirname(path), delete=False) as handle:
            json.dump(data, handle, ensure_ascii=False)
        os.replace(handle.name, path)
    except OSError:
        pass
