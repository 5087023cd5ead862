"""Extraction as a map step on a Dask cluster (the optional ``dask`` extra): files → N-Quads shards → a store.

``extract`` lists the input files on the machine that runs the command, cuts the list into chunks and maps
each chunk, on the cluster's workers, to one gzipped N-Quads shard in ``shards`` (a folder every worker and
this machine can read: local disk for a local cluster, a shared file system otherwise), with the failures
of its inputs beside it. ``trichdan load`` (``graph/shards.py``) then writes the shards into the store, the
embedded one or a SPARQL server, with one writer, as ``ingest`` does. Extraction is a pure function of the
files, so a task the cluster runs twice writes the same shard.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

from ..loaders.batch import Result, Settings
from ..loaders.sources import Notice, SourceError, expand, iter_sources

FILES_PER_TASK = 500


class DaskMissing(RuntimeError):
    """The dask extra is not installed (the message says how to install it)."""


@dataclass(frozen=True, slots=True)
class Shard:
    path: str  # the N-Quads shard (.nq.gz)
    articles: int
    errors: list[tuple[str, str, str]]  # (input, reason, kind) of each input that failed


def extract(paths: list[str], shards: str, settings: Settings, scheduler: str | None = None,
            workers: int | None = None, files_per_task: int = FILES_PER_TASK) -> Iterator[Shard | SourceError]:
    """Map the files under ``paths`` to shards in the folder ``shards`` on the cluster at ``scheduler``
    (an address such as ``tcp://host:8786``; None: a local cluster of ``workers`` processes). Yields each
    shard as it is done, and a SourceError for each input path that names no file."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise DaskMissing('distributed extraction needs the dask extra: pip install "trichdan[dask]"') from exc
    files = []
    for item in expand(paths):
        if isinstance(item, SourceError):
            yield item
        else:
            files.append(item)
    if not files:
        return
    os.makedirs(shards, exist_ok=True)
    chunks = [files[i:i + files_per_task] for i in range(0, len(files), files_per_task)]
    cluster = None if scheduler else LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            settings = Settings(json=False, rdf=True, base=settings.base, authority=settings.authority,
                                reading=settings.reading)
            futures = [client.submit(extract_chunk, chunk, os.path.join(shards, f"shard-{index:06d}.nq.gz"), settings,
                                     pure=False) for index, chunk in enumerate(chunks)]
            for future in as_completed(futures):
                yield future.result()
    finally:
        if cluster is not None:
            cluster.close()


def extract_chunk(files: list[str], shard: str, settings: Settings) -> Shard:
    """One task: extract ``files`` into the shard ``shard`` (written under a temporary name, then renamed)."""
    from ..loaders import batch
    batch.prepare(settings)
    seen: set[bytes] = set()
    errors, articles = [], 0
    partial = shard + ".part"
    with gzip.open(partial, "wb", compresslevel=3) as out:
        for item in iter_sources(files, settings.reading):
            if isinstance(item, Notice):
                continue
            result = item if isinstance(item, SourceError) else batch.work(item)
            if isinstance(result, SourceError):
                errors.append((result.path, result.reason, result.kind))
                continue
            assert isinstance(result, Result)
            claims = [line for line in result.shared.splitlines() if line not in seen]
            seen.update(claims)
            out.write(result.nquads + result.completion + b"".join(line + b"\n" for line in claims))
            articles += 1
    os.replace(partial, shard)
    with open(shard + ".errors.json", "w", encoding="utf-8") as handle:
        json.dump(errors, handle, ensure_ascii=False)
    return Shard(shard, articles, errors)
