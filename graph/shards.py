"""N-Quads shards: what ``trichdan extract --format nq`` writes, read back to be written into a store.

A shard is a run of articles, each as ``extract --format nq`` writes it: the article's graph, its completion
quad, then its claims about shared nodes not written before in the shard (graphs ``td:catalogue``,
``td:people`` …). Shards may be gzipped (``.nq.gz``). ``read`` turns them back into the items ``ingest``
writes, so that extraction can run anywhere (on a Dask cluster, ``graph/distributed.py``) and the writing
keeps every guarantee of an ingest: one writer, articles already stored skipped, changed ones replaced,
claims merged, references reconciled, catalogue refreshed.
"""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Callable, Iterable, Iterator

import pyoxigraph as ox

from ..loaders.batch import Result, Skipped
from ..loaders.namespaces import CITO, PROV, TD
from ..loaders.sources import SourceError

_SHARED = f"<{TD}".encode()
_COMPLETION = f"<{PROV}wasAssociatedWith>".encode()
_CITES = f"<{CITO}cites>".encode()
_PATH = f"<{TD}sourcePath>".encode()


def files(paths: Iterable[str]) -> Iterator[str | SourceError]:
    """The shard files named by ``paths``: files, folders (their ``.nq`` and ``.nq.gz`` files, sorted), globs."""
    for path in paths:
        if os.path.isdir(path):
            found = sorted(os.path.join(path, name) for name in os.listdir(path) if name.endswith((".nq", ".nq.gz")))
        elif os.path.isfile(path):
            found = [path]
        else:
            found = sorted(glob.glob(path))
        if not found:
            yield SourceError(path, "no N-Quads shard here (.nq, .nq.gz)", "not found")
        yield from found


def read(paths: Iterable[str], skip: Callable[[str], bool] | None = None) -> Iterator[Result | Skipped | SourceError]:
    """The articles of the shards at ``paths``, in order (Skipped when ``skip(graph)`` says the store has it);
    a shard that cannot be read, or a line that is not N-Quads, is one SourceError."""
    for path in paths:
        try:
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rb") as handle:
                yield from _articles(path, handle, skip)
        except (OSError, EOFError, ValueError) as exc:
            yield SourceError(path, f"cannot read this N-Quads shard ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})",
                              "bad shard")


def _articles(shard: str, lines: Iterable[bytes], skip) -> Iterator[Result | Skipped]:
    current: _Article | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            subject, predicate, rest = line.split(b" ", 2)
            graph = rest.rstrip().rsplit(b" ", 2)[-2]
        except ValueError:
            raise ValueError(f"line {number} is not an N-Quad") from None
        if graph.startswith(_SHARED):
            if current is None:
                raise ValueError(f"line {number}: a claim about a shared node before any article")
            current.shared.append(line)
            continue
        if current is None or graph != current.graph:
            if current is not None:
                yield current.item(skip)
            current = _Article(graph)
        if predicate == _COMPLETION:
            current.completion.append(line)
        else:
            current.quads.append(line)
            if predicate == _CITES:
                current.documents.add(rest.split(b" ", 1)[0][1:-1].decode())
            elif predicate == _PATH and subject == graph:
                current.path = next(iter(ox.parse(line, format=ox.RdfFormat.N_QUADS))).object.value
    if current is not None:
        yield current.item(skip)


class _Article:
    """The lines of one article while they are read."""

    def __init__(self, graph: bytes):
        self.graph = graph
        self.path = ""
        self.quads: list[bytes] = []
        self.completion: list[bytes] = []
        self.shared: list[bytes] = []
        self.documents: set[str] = set()

    def item(self, skip) -> Result | Skipped:
        graph = self.graph[1:-1].decode()
        if not self.completion:
            raise ValueError(f"article {graph} has no completion quad: the shard was cut short")
        if skip is not None and skip(graph):
            return Skipped(self.path, graph)
        return Result(self.path, graph, nquads=_lines(self.quads), completion=_lines(self.completion),
                      shared=_lines(self.shared), documents=sorted(self.documents))


def _lines(lines: list[bytes]) -> bytes:
    return b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
