"""Extraction elsewhere, writing here: ``extract --format nq`` streams shards that ``load`` writes into a
store, and ``ingest --dask`` maps the files to shards on a Dask cluster (a LocalCluster here) first; the
store ends as an ingest leaves it."""

from __future__ import annotations

import gzip
import json
import subprocess

import pyoxigraph as ox
import pytest

from conftest import CLI, EXAMPLES, canonical_quads

distributed = pytest.importorskip("distributed", reason='the dask extra is not installed (pip install -e ".[dask]")')


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600)


def _dataset(store: str) -> list[str]:
    exported = cli("export", "-f", "nq", "--store", store).stdout.encode()
    return canonical_quads(q for q in ox.parse(exported, format=ox.RdfFormat.N_QUADS)
                           if "endedAtTime" not in q.predicate.value)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> list[str]:
    store = str(tmp_path_factory.mktemp("ingested") / "store")
    assert cli("ingest", str(EXAMPLES), "--store", store, "--workers", "1").returncode == 0
    return _dataset(store)


def test_extract_streams_articles_that_load_writes_as_ingest_does(ingested, tmp_path):
    shard = tmp_path / "articles.nq"
    extracted = subprocess.run([CLI, "extract", str(EXAMPLES), "--format", "nq", "--workers", "2"],
                               stdout=shard.open("wb"), stderr=subprocess.PIPE, timeout=600)
    assert extracted.returncode == 0
    lines = shard.read_bytes().splitlines()
    assert len(lines) == len(set(lines))  # each claim about a shared node once
    store = str(tmp_path / "store")
    loaded = cli("load", str(shard), "--store", store)
    assert loaded.returncode == 0, loaded.stderr
    assert "6 added, 0 replaced, 0 unchanged, 0 failed" in loaded.stderr
    assert _dataset(store) == ingested
    again = cli("load", str(shard), "--store", store)
    assert "0 added, 0 replaced, 6 unchanged, 0 failed" in again.stderr


def test_a_cut_shard_is_named_and_the_articles_before_the_cut_are_written(tmp_path):
    data = subprocess.run([CLI, "extract", str(EXAMPLES), "--format", "nq"], capture_output=True, timeout=600).stdout
    (tmp_path / "cut.nq.gz").write_bytes(gzip.compress(data)[:-200])
    result = cli("load", str(tmp_path), "--store", str(tmp_path / "store"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{tmp_path / 'cut.nq.gz'}: cannot read this N-Quads shard" in result.stderr
    (stats,) = json.loads(cli("stats", "--store", str(tmp_path / "store"), "-f", "json").stdout)
    assert 1 <= stats["articles"] < 6  # the articles whole before the cut


def test_ingest_on_a_local_dask_cluster(ingested, tmp_path):
    store = str(tmp_path / "store")
    result = cli("ingest", str(EXAMPLES), str(tmp_path / "missing.txt"), "--store", store, "--dask", "local",
                 "--workers", "2")
    assert result.returncode == 1, result.stderr
    assert "missing.txt: no such file or directory" in result.stderr
    assert "6 added, 0 replaced, 0 unchanged, 1 failed" in result.stderr
    assert _dataset(store) == ingested


def test_ingest_on_a_cluster_given_by_its_scheduler(ingested, tmp_path):
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        store, shards = str(tmp_path / "store"), tmp_path / "shards"
        refused = cli("ingest", str(EXAMPLES), "--store", store, "--dask", cluster.scheduler_address)
        assert refused.returncode == 2 and "needs --shards" in refused.stderr
        result = cli("ingest", str(EXAMPLES), "--store", store, "--dask", cluster.scheduler_address,
                     "--shards", str(shards))
        assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in shards.iterdir()) == ["shard-000000.nq.gz", "shard-000000.nq.gz.errors.json"]
    assert _dataset(store) == ingested
