"""Tables that take long to build and never change between runs, kept on disk for the next process.

A value is pickled under the user's cache directory (``$TRICHDAN_CACHE``, else ``$XDG_CACHE_HOME/trichdan``,
else ``~/.cache/trichdan``), in a file named by a digest of everything it was built from: trichdan's and
Python's versions and the path, size and modification time of every source (the modules that build it,
the data files they read). Any change gives a new name, so a stale value is never read. A cache that
cannot be read or written is simply rebuilt: it only saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from .. import __version__

T = TypeVar("T")
_KEPT = 3  # values kept per table: a few installations may share the cache


def directory() -> Path:
    """Where cached tables live."""
    if os.environ.get("TRICHDAN_CACHE"):
        return Path(os.environ["TRICHDAN_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "trichdan"


def package_sources() -> list[str]:
    """Every module and data file of :mod:`loaders`: what a table built from the language data depends on."""
    here = Path(__file__).parent
    return sorted(str(p) for p in (*here.glob("*.py"), *here.glob("data/*")) if p.is_file())


def cached(name: str, build: Callable[[], T], sources: Iterable[str]) -> T:
    """``build()``, or the value an earlier process built from the same ``sources`` (files)."""
    digest = hashlib.sha1(f"{__version__} {sys.version_info[:2]}".encode())
    for source in sources:
        stat = os.stat(source)
        digest.update(f"{os.path.abspath(source)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    path = directory() / f"{name}-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        _prune(path.parent, name)
    except OSError:
        pass
    return value


def _prune(folder: Path, name: str, kept: int = _KEPT) -> None:
    """Remove all but the ``kept`` newest values of ``name`` (older versions, edited sources)."""
    values = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in values[kept:]:
        old.unlink(missing_ok=True)
