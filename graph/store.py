"""The embedded on-disk store: Oxigraph (pyoxigraph), one named graph per article.

Location: ``--store PATH``, else ``TRICHDAN_STORE``, else the per-user data directory.

A write (``Store.writing``) leaves a marker file in the store folder from before its first change until
its derived structures (reconciled references, the catalogue) are complete and on disk; the writer holds
a lock on it. A marker nobody holds means a write was interrupted: readers are told, and the next write
removes the article graphs it had cut short and rebuilds the derived structures.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from platformdirs import user_data_dir

from ..loaders.iris import activity_iri
from ..loaders.vocab import PREFIXES, PROV, TD, term


class StoreError(RuntimeError):
    """The store cannot be opened or written (one line, for the user)."""


def default_path() -> str:
    return os.environ.get("TRICHDAN_STORE") or os.path.join(user_data_dir("trichdan"), "store")


MARKER = "trichdan-writing"  # in the store folder while a write is under way or after one was interrupted
_COMPLETION = term("http://www.w3.org/ns/prov#wasAssociatedWith")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class Store:
    """A pyoxigraph store with the few operations trichdan needs.

    ``interrupted`` is True when an earlier write did not finish (see the module docstring).
    """

    def __init__(self, path: str | None = None, *, read_only: bool = False):
        self.path = path or default_path()
        _check_location(self.path, read_only)
        writer = _writer(self.path)
        if read_only and writer is not None:
            raise StoreError(f"{self.path}: the store is being written by an ingest right now (process {writer}); "
                             "ask again when it has finished")
        self.interrupted = os.path.exists(os.path.join(self.path, MARKER))
        try:
            if read_only:
                self.db = ox.Store.read_only(self.path)
            else:
                Path(self.path).mkdir(parents=True, exist_ok=True)
                self.db = ox.Store(self.path)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({_first_line(exc)})") from exc
        if not read_only:
            _remove_orphans(self.path)

    @contextmanager
    def writing(self) -> Iterator[bool]:
        """Mark the store as being written (and lock the mark) until the block ends without error.

        Yields True when an earlier write was interrupted: the caller then repairs what it left.
        On an error the mark stays, so the next write repairs this one.
        """
        marker = os.path.join(self.path, MARKER)
        interrupted = os.path.exists(marker)
        fd = os.open(marker, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                raise StoreError(f"{self.path}: another process is writing this store") from exc
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {time.strftime('%Y-%m-%dT%H:%M:%S')}\n".encode())
            os.fsync(fd)
            _sync_dir(self.path)
            yield interrupted
            os.unlink(marker)  # what the block wrote is in Oxigraph's write-ahead log: a crash from now on loses nothing
            _sync_dir(self.path)
            self.interrupted = False
        finally:
            os.close(fd)

    def incomplete_graphs(self) -> dict[str, str]:
        """Article graphs a crash cut short (no completion quad) → the file they came from ("" if unknown)."""
        found = {}
        for graph in self.db.named_graphs():
            if not isinstance(graph, ox.NamedNode) or graph.value.startswith(TD._NS):
                continue
            if next(iter(self.db.quads_for_pattern(None, _COMPLETION, None, graph)), None) is None:
                source = next(iter(self.db.quads_for_pattern(None, term(str(TD.sourcePath)), None, graph)), None)
                found[graph.value] = source.object.value if source is not None else ""
        return found

    def is_empty(self) -> bool:
        """True when no graph is stored yet (constant time, unlike ``len``)."""
        return next(iter(self.db.named_graphs()), None) is None

    def has_graph(self, graph: str) -> bool:
        return self.db.contains_named_graph(term(graph))

    def is_current(self, graph: str, agent: str) -> bool:
        """True when ``graph`` exists and was written by the software agent ``agent`` (same version)."""
        if not self.has_graph(graph):
            return False
        activity = term(activity_iri(graph))
        pattern = self.db.quads_for_pattern(activity, term(str(PROV.wasAssociatedWith)), term(agent), term(graph))
        return next(iter(pattern), None) is not None

    def graphs_from(self, path: str) -> list[str]:
        """Article graphs whose source is the file ``path`` (to replace them when the file changed)."""
        found = self.db.quads_for_pattern(None, term(str(TD.sourcePath)), ox.Literal(path), None)
        return sorted({q.graph_name.value for q in found if isinstance(q.graph_name, ox.NamedNode)})

    def replace(self, graphs: Iterable[str], nquads: bytes, completion: bytes = b"") -> None:
        """Drop ``graphs``, then write their new content: ``nquads`` and, once that is on disk, ``completion``.

        The content goes through Oxigraph's bulk loader (2.5× faster than a transaction, not atomic);
        ``completion`` (the quads ``is_current`` looks for) is written in a transaction afterwards, so a
        graph cut short by a crash is not current and the next ingest replaces it. The write buffers go
        to disk after each call: left alone they grow with the store (about 0.4 MB per article).
        """
        for graph in graphs:
            if self.has_graph(graph):
                self.db.remove_graph(term(graph))
        if nquads:
            self.db.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
            self.db.flush()
        if completion:
            self.db.load(completion, format=ox.RdfFormat.N_QUADS)
        self.db.flush()

    def remove(self, graph: str) -> None:
        if self.has_graph(graph):
            self.db.remove_graph(term(graph))

    def query(self, sparql: str, substitutions: dict | None = None, *, timeout: float | None = None):
        """Run SPARQL over the union of all article graphs, with ``substitutions`` bound as values."""
        subs = {ox.Variable(k): _as_term(v) for k, v in (substitutions or {}).items() if v is not None}
        return self.db.query(sparql, use_default_graph_as_union=True, substitutions=subs or None,
                             prefixes={p: str(ns) for p, ns in PREFIXES.items()})

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.db)

    def flush(self) -> None:
        self.db.flush()
        self.db.optimize()

    def __len__(self) -> int:
        return len(self.db)


def _check_location(path: str, read_only: bool) -> None:
    """Refuse what cannot be a local store: a URL, a file, a folder holding anything but a store."""
    if _URL.match(path):
        raise StoreError(f"{path}: remote stores are not supported yet; give a local folder")
    target = Path(path)
    if not target.exists():
        if read_only:
            raise StoreError(f"{path}: no store here yet (run `trichdan ingest` first)")
        return
    if not target.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder")
    try:
        entries = {entry.name for entry in os.scandir(path)}
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store folder ({exc.strerror or exc})") from exc
    if "CURRENT" in entries or (not entries and not read_only):
        return
    if not entries:
        raise StoreError(f"{path}: no store here yet (run `trichdan ingest` first)")
    raise StoreError(f"{path}: not a trichdan store (the folder holds other files); give a new or empty folder")


def _writer(path: str) -> int | None:
    """The process id of the ingest writing the store now, or None."""
    marker = os.path.join(path, MARKER)
    try:
        fd = os.open(marker, os.O_RDONLY)
    except OSError:
        return None
    try:
        content = os.read(fd, 64).split()
        pid = int(content[0]) if content and content[0].isdigit() else None
        if pid == os.getpid():
            return pid  # this process: testing its own lock would release it
        try:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return pid or -1
        return None
    finally:
        os.close(fd)


def _remove_orphans(path: str) -> None:
    """Delete the files a bulk load killed half-way left behind (RocksDB never reclaims them)."""
    for entry in os.scandir(path):
        if entry.name.startswith("bulk-") and entry.name.endswith(".sst"):
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def _sync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _as_term(value) -> ox.NamedNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(value))
