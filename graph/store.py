"""Where the graph lives: the store interface, and its embedded implementation (Oxigraph, pyoxigraph).

``open_store(location)`` gives a :class:`GraphStore`: the embedded :class:`Store` for a folder, a
:class:`~trichdan.graph.remote.RemoteStore` for the URL of a SPARQL 1.1 server. Everything in ``graph/``
talks to the interface, like rdflib's store plugins; the embedded store also keeps its pyoxigraph
database as ``db``.

Location: ``--store PATH|URL``, else ``TRICHDAN_STORE``, else the per-user data directory.

A write (``writing``) is marked in the store from before its first change until its derived
structures (reconciled references, the shared descriptions) are complete and on disk: the embedded store
leaves a marker file in its folder and holds a lock on it. A marker nobody holds means a write was
interrupted: readers are told, and the next write removes the article graphs it had cut short and
rebuilds the derived structures.
"""

from __future__ import annotations

import fcntl
import io
import os
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pyoxigraph as ox

from ..loaders import namespaces as ns
from ..loaders.namespaces import PREFIXES, term


class StoreError(RuntimeError):
    """The store cannot be opened or written (one line, for the user)."""


def default_path() -> str:
    from platformdirs import user_data_dir
    return os.environ.get("TRICHDAN_STORE") or os.path.join(user_data_dir("trichdan"), "store")


MARKER = "trichdan-writing"  # in the store folder while a write is under way or after one was interrupted
COMPLETION = term(f"{ns.PROV}wasAssociatedWith")
SOURCE_PATH = term(f"{ns.TD}sourcePath")
_ARTICLE = term(f"{ns.SDO}NewsArticle")
_RDF_TYPE = term(f"{ns.RDF}type")
_SELECTOR = term(f"{ns.OA}hasSelector")  # how trichdan before 0.3 kept a citation's evidence
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_SHARED_PREFIX = ns.TD  # the shared graphs (td:catalogue, td:people …) are named in the ontology's namespace


# trichdan's graphs, as a SPARQL subquery binding ?g: the article graphs and the shared ones (a SPARQL
# server may hold graphs of its own, which answers must leave out)
_SHARED = " ".join(f"<{_SHARED_PREFIX}{name}>" for name in ("catalogue", "people", "bodies", "places", "roles",
                                                           "sources", "types"))
TRICHDAN_GRAPHS = (f"SELECT DISTINCT ?g WHERE {{ {{ GRAPH ?g {{ ?a a <{ns.SDO}NewsArticle> }} }} "
                   f"UNION {{ VALUES ?g {{ {_SHARED} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }} }}")


def is_url(location: str) -> bool:
    return bool(_URL.match(location))


def open_store(location: str | None = None, *, read_only: bool = False, **options) -> GraphStore:
    """The store at ``location``: a SPARQL server for a URL (``options``: its update and graph store URLs),
    else the embedded store in that folder."""
    location = location or default_path()
    if is_url(location):
        from .remote import RemoteStore
        return RemoteStore(location, read_only=read_only, **options)
    return Store(location, read_only=read_only)


def prefixes() -> dict[str, str]:
    return dict(PREFIXES)


def is_article_graph(graph) -> bool:
    """True for an article's graph (not a shared graph such as td:catalogue, not the default graph)."""
    return isinstance(graph, ox.NamedNode) and not graph.value.startswith(_SHARED_PREFIX)


class StoreWriting(ABC):
    """The write side of a :class:`GraphStore`: article graphs in bulk, small changes in transactions, and
    the mark that lets an interrupted write be repaired."""

    @abstractmethod
    def writing(self) -> AbstractContextManager[bool]:
        """Mark the store as being written until the block ends without error; yields True when an earlier
        write was interrupted (the caller then repairs what it left). On an error the mark stays."""

    @abstractmethod
    def load(self, chunks: Iterable[bytes]) -> None:
        """Add the N-Quads in ``chunks`` (whole lines) in bulk: fast, not atomic."""

    @abstractmethod
    def insert(self, quads: Iterable[ox.Quad]) -> None:
        """Add ``quads`` in one transaction."""

    @abstractmethod
    def delete(self, quads: Iterable[ox.Quad]) -> None:
        """Remove ``quads`` in one transaction."""

    @abstractmethod
    def drop_graphs(self, graphs: Iterable[str]) -> None:
        ...

    @abstractmethod
    def update(self, sparql: str) -> None:
        """A SPARQL Update, in one transaction."""

    def finish(self, compact: bool = False) -> None:
        """After a write: make what was written durable and quick to read (``compact``: it was a large one)."""


class GraphStore(StoreWriting):
    """What trichdan needs of a store: read quads and SPARQL answers; write article graphs in bulk, small
    changes in transactions; mark a write so that an interrupted one is repaired.

    ``location`` is the folder or URL (``path`` is the same, for messages); ``interrupted`` is True when an
    earlier write did not finish. The writes are declared by :class:`StoreWriting`.
    """

    location: str
    interrupted: bool = False

    @property
    def path(self) -> str:
        return self.location

    @abstractmethod
    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        """Quads matching the pattern (None matches anything; ``graph`` None: every named graph)."""

    @abstractmethod
    def query(self, sparql: str, substitutions: dict | None = None):
        """SPARQL over the union of all graphs, ``substitutions`` bound as values: pyoxigraph's QuerySolutions,
        QueryBoolean or an iterable of triples."""

    @abstractmethod
    def named_graphs(self) -> Iterator[ox.NamedNode]:
        ...

    @abstractmethod
    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of every graph."""

    @abstractmethod
    def __len__(self) -> int:
        ...

    def first(self, subject=None, predicate=None, obj=None, graph=None) -> ox.Quad | None:
        return next(iter(self.quads_for_pattern(subject, predicate, obj, graph)), None)

    def is_empty(self) -> bool:
        """True when no graph is stored yet."""
        return next(iter(self.named_graphs()), None) is None

    def has_graph(self, graph: str) -> bool:
        return self.first(graph=term(graph)) is not None

    def existing(self, graphs: Iterable[str]) -> set[str]:
        """Those of ``graphs`` the store holds."""
        return {g for g in graphs if self.has_graph(g)}

    def is_current(self, graph: str, agent: str) -> bool:
        """True when ``graph`` was finished by the software agent ``agent`` (this version): no new extraction."""
        from ..loaders.iris import activity_iri
        return self.first(term(activity_iri(graph)), COMPLETION, term(agent), term(graph)) is not None

    def graphs_from(self, paths: Iterable[str]) -> dict[str, set[str]]:
        """Article graphs read from each of ``paths`` (to replace them when the file changed)."""
        found: dict[str, set[str]] = {}
        for path in paths:
            for quad in self.quads_for_pattern(None, SOURCE_PATH, ox.Literal(path), None):
                if is_article_graph(quad.graph_name):
                    found.setdefault(path, set()).add(quad.graph_name.value)
        return found

    def descriptions(self, nodes: Iterable[tuple[ox.NamedNode, ox.NamedNode]]) -> Iterator[ox.Quad]:
        """What each shared graph says about its node, for (node, graph) pairs."""
        for node, graph in nodes:
            yield from self.quads_for_pattern(node, None, None, graph)

    def value_counts(self, subject: ox.NamedNode, predicate: ox.NamedNode) -> dict:
        """How many article graphs give each value of ``predicate`` for ``subject`` (counted by the engine)."""
        rows = self.query(f"SELECT ?v (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {subject} {predicate} ?v }} "
                          f"FILTER (!STRSTARTS(STR(?g), \"{_SHARED_PREFIX}\")) }} GROUP BY ?v")
        return {row["v"]: int(row["n"].value) for row in rows}

    def older_model(self) -> bool:
        """Whether article graphs keep their citations' evidence as trichdan before 0.3 did (a blank target
        with a selector, not the span ``<article>#char=START,END``): readers would find no offsets."""
        return self.first(None, _SELECTOR, None) is not None

    def incomplete_graphs(self) -> dict[str, str]:
        """Article graphs a crash cut short (no completion quad) → the file they came from ("" if unknown)."""
        found = {}
        for quad in self.quads_for_pattern(None, _RDF_TYPE, _ARTICLE, None):
            graph = quad.graph_name
            if is_article_graph(graph) and self.first(None, COMPLETION, None, graph) is None:
                source = self.first(quad.subject, SOURCE_PATH, None, graph)
                found[graph.value] = source.object.value if source is not None else ""
        return found


class Store(GraphStore):
    """The embedded store: a pyoxigraph database in a folder (``db``)."""

    def __init__(self, path: str | None = None, *, read_only: bool = False):
        self.location = path or default_path()
        _check_location(self.location, read_only)
        writer = _writer(self.location)
        if read_only and writer is not None:
            raise StoreError(f"{self.location}: the store is being written by an ingest right now (process {writer}); "
                             "ask again when it has finished")
        self.interrupted = os.path.exists(os.path.join(self.location, MARKER))
        try:
            if read_only:
                self.db = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self.db = ox.Store(self.location)
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot open the store ({_first_line(exc)})") from exc
        if not read_only:
            _remove_orphans(self.location)

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        return self.db.quads_for_pattern(subject, predicate, obj, graph)

    def query(self, sparql: str, substitutions: dict | None = None):
        subs = {ox.Variable(k): as_term(v) for k, v in (substitutions or {}).items() if v is not None}
        return self.db.query(sparql, use_default_graph_as_union=True, substitutions=subs or None, prefixes=prefixes())

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return self.db.named_graphs()

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.db)

    def __len__(self) -> int:
        return len(self.db)

    def is_empty(self) -> bool:
        return next(iter(self.db.named_graphs()), None) is None

    def has_graph(self, graph: str) -> bool:
        return self.db.contains_named_graph(term(graph))

    # -- writing ------------------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[bool]:
        marker = os.path.join(self.location, MARKER)
        interrupted = os.path.exists(marker)
        fd = os.open(marker, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                raise StoreError(f"{self.location}: another process is writing this store") from exc
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {time.strftime('%Y-%m-%dT%H:%M:%S')}\n".encode())
            os.fsync(fd)
            _sync_dir(self.location)
            yield interrupted
            os.unlink(marker)  # what the block wrote is on disk: a crash from now on loses nothing
            _sync_dir(self.location)
            self.interrupted = False
        finally:
            os.close(fd)

    def load(self, chunks: Iterable[bytes]) -> None:
        """One run of Oxigraph's bulk loader over the stream (2.5× faster than a transaction, not atomic).

        The loader's memory grows with what one call loads: callers keep calls to a few hundred thousand quads.
        """
        self.db.bulk_load(io.BufferedReader(_ChunkReader(chunks), 1 << 20), format=ox.RdfFormat.N_QUADS)

    def insert(self, quads: Iterable[ox.Quad]) -> None:
        self.db.extend(quads)

    def delete(self, quads: Iterable[ox.Quad]) -> None:
        quads = list(quads)
        if quads:
            self.db.update("DELETE DATA { " + " ".join(_data_quad(q) for q in quads) + " }")

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        for graph in graphs:
            if self.db.contains_named_graph(term(graph)):
                self.db.remove_graph(term(graph))

    def update(self, sparql: str) -> None:
        self.db.update(sparql, prefixes=prefixes())

    def finish(self, compact: bool = False) -> None:
        """Write the memtables out, so that the next opening replays no log; after a large write, compact the
        database too: one sorted run per index, which speeds reads.

        Oxigraph keeps the level that compactions write to (RocksDB's base level) uncompressed, and below
        about 5 GB that level holds everything: a store written by many loads stays uncompressed, while
        the same quads bulk-loaded at once keep the loader's LZ4 files (17.6 KB an article against 29.5 at
        100,000 articles, see bench/README.md); the loader's memory grows with one call, so ingest loads
        in batches."""
        self.db.flush()
        if compact:
            self.db.optimize()


class _ChunkReader(io.RawIOBase):
    """A readable stream over an iterable of byte chunks."""

    def __init__(self, chunks: Iterable[bytes]):
        self._chunks = iter(chunks)
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while not self._buffer:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = memoryview(chunk)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def _data_quad(quad: ox.Quad) -> str:
    """A quad in SPARQL's DELETE DATA / INSERT DATA syntax (blank nodes are not allowed there)."""
    if isinstance(quad.graph_name, ox.DefaultGraph):
        return f"{quad.subject} {quad.predicate} {quad.object} ."
    return f"GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }}"


def _check_location(path: str, read_only: bool) -> None:
    """Refuse what cannot be a local store: a file, a folder holding anything but a store."""
    if is_url(path):
        raise StoreError(f"{path}: a URL is a SPARQL server, not a folder (open it with open_store)")
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


def as_term(value) -> ox.NamedNode | ox.Literal:
    """A parameter as an RDF term: terms as they are, booleans and integers typed, anything else a string."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(value))
