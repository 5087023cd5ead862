"""The embedded on-disk store: Oxigraph (pyoxigraph), one named graph per article.

Location: ``--store PATH``, else ``TRICHDAN_STORE``, else the per-user data directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from platformdirs import user_data_dir

from ..loaders.iris import activity_iri
from ..loaders.vocab import PREFIXES, PROV, TD, term


class StoreError(RuntimeError):
    """The store cannot be opened or written (one line, for the user)."""


def default_path() -> str:
    return os.environ.get("TRICHDAN_STORE") or os.path.join(user_data_dir("trichdan"), "store")


class Store:
    """A pyoxigraph store with the few operations trichdan needs."""

    def __init__(self, path: str | None = None, *, read_only: bool = False):
        self.path = path or default_path()
        try:
            if read_only:
                if not Path(self.path).exists():
                    raise StoreError(f"{self.path}: no store here yet (run `trichdan ingest` first)")
                self.db = ox.Store.read_only(self.path)
            else:
                Path(self.path).mkdir(parents=True, exist_ok=True)
                self.db = ox.Store(self.path)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

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


def _as_term(value) -> ox.NamedNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(value))
