"""Crash safety: an ingest SIGKILLed at any write, then run again, leaves exactly the store a clean ingest makes.

A driver process runs the real ingest with the store's database wrapped so that it kills itself
(SIGKILL: no clean-up of any kind) just before its k-th write: a graph removed, a bulk load, a
completion quad, a reconciled node, a catalogue entry, a flush. The same ingest is then run again through
the command line, and every answer (the whole store as N-Quads, ``stats``, ``cites`` for every document)
is compared with a store that was never interrupted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import CLI, EXAMPLES, canonical_quads

# Bare and dated references to the same Hà Tĩnh resolution in different articles, so that the run
# reconciles nodes as well as loading graphs and refreshing the catalogue.
ARTICLES = {
    "bare.txt": "Dân vận khéo ở Cẩm Xuyên\n\nNăm 2022, các chi bộ ở huyện Cẩm Xuyên, tỉnh Hà Tĩnh tiếp tục "
                "thực hiện Nghị quyết 07 của Tỉnh ủy về dân vận.\n",
    "dated.txt": "Sơ kết Nghị quyết 07-NQ/TU\n\nNgày 5/3/2023, Huyện ủy Cẩm Xuyên (tỉnh Hà Tĩnh) sơ kết Nghị "
                 "quyết số 07-NQ/TU ngày 12/5/2021 của Tỉnh ủy Hà Tĩnh về công tác dân vận.\n",
    "again.txt": "Kỳ Anh học tập Quyết định 99\n\nNgày 9/4/2019, Thị ủy Kỳ Anh (tỉnh Hà Tĩnh) quán triệt Quyết "
                 "định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư và Nghị quyết 07 của Tỉnh ủy.\n",
}

DRIVER = textwrap.dedent('''
    import os, signal, sys
    from trichdan.graph import ingest as ingest_module
    from trichdan.graph.store import Store
    from trichdan.loaders.batch import Settings

    WRITES = {"add", "remove", "remove_graph", "clear_graph", "bulk_load", "load", "update", "extend",
              "bulk_extend", "flush", "optimize"}
    kill_at, count = int(sys.argv[2]), 0

    class Dying:
        """The store's database, but SIGKILL just before the kill_at-th write."""
        def __init__(self, db):
            self._db = db
        def __len__(self):
            return len(self._db)
        def __iter__(self):
            return iter(self._db)
        def __getattr__(self, name):
            attr = getattr(self._db, name)
            if name not in WRITES:
                return attr
            def write(*args, **kwargs):
                global count
                count += 1
                if count == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return attr(*args, **kwargs)
            return write

    ingest_module._BATCH_BYTES = 1  # a load batch per article
    store = Store(sys.argv[1])
    store.db = Dying(store.db)
    ingest_module.ingest(store, sys.argv[3:], Settings(json=False, rdf=True), workers=1)
    print(count)
''')


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300)


def answers(path: str) -> dict:
    """Everything a user can ask, minus the extraction time stamps: every quad, stats, cites of every document."""
    from trichdan.graph import queries
    from trichdan.graph.cites import cites
    from trichdan.graph.store import Store
    from trichdan.loaders.authority import Authority
    authority = Authority.load()
    store = Store(path, read_only=True)
    assert not store.interrupted
    quads = canonical_quads(q for q in store.quads() if not q.predicate.value.endswith("endedAtTime"))
    labels = sorted({row["label"] for row in queries.rows(store.query(
        "SELECT DISTINCT ?label WHERE { GRAPH td:catalogue { ?d rdfs:label ?label } }"))})
    return {"quads": quads, "stats": queries.run(store, "stats"), "cites": {label: cites(store, label, authority) for label in labels}}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    inputs = [str(EXAMPLES), str(folder)]
    clean = str(tmp_path_factory.mktemp("clean") / "store")
    result = cli("ingest", *inputs, "--store", clean, "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert "bare references merged" in result.stderr and ", 0 bare references merged" not in result.stderr
    driver = folder.parent / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    counted = subprocess.run([sys.executable, str(driver), str(tmp_path_factory.mktemp("count") / "store"), "0", *inputs],
                             capture_output=True, text=True, timeout=300)
    assert counted.returncode == 0, counted.stderr
    return {"inputs": inputs, "clean": answers(clean), "driver": str(driver), "writes": int(counted.stdout)}


def kill_points(writes: int, count: int = 12) -> list[int]:
    """``count`` write numbers spread over the run, first and last included."""
    return sorted({1 + round(i * (writes - 1) / (count - 1)) for i in range(count)})


def test_the_run_has_writes_in_every_phase(corpus):
    assert corpus["writes"] > 25  # loads, completions, reconciling, catalogue entries: enough points to kill at


@pytest.mark.parametrize("point", range(12))
def test_sigkill_at_any_write_then_ingest_again_gives_the_clean_store(corpus, tmp_path, point):
    kill_at = kill_points(corpus["writes"])[point]
    store = str(tmp_path / "store")
    died = subprocess.run([sys.executable, corpus["driver"], store, str(kill_at), *corpus["inputs"]],
                          capture_output=True, text=True, timeout=300)
    assert died.returncode == -signal.SIGKILL, died.stderr
    again = cli("ingest", *corpus["inputs"], "--store", store, "--workers", "1")
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr and "was interrupted" in again.stderr
    assert answers(store) == corpus["clean"]
    third = cli("ingest", *corpus["inputs"], "--store", store, "--workers", "1")
    assert "0 added, 0 replaced, 9 unchanged, 0 failed" in third.stderr


def test_repair_rebuilds_what_a_crash_left(corpus, tmp_path):
    store = str(tmp_path / "store")
    last = corpus["writes"] - 3  # inside the catalogue refresh, after everything else
    died = subprocess.run([sys.executable, corpus["driver"], store, str(last), *corpus["inputs"]],
                          capture_output=True, text=True, timeout=300)
    assert died.returncode == -signal.SIGKILL
    warned = cli("stats", "--store", store)
    assert "interrupted" in warned.stderr and "trichdan repair" in warned.stderr
    repaired = cli("repair", "--store", store)
    assert repaired.returncode == 0, repaired.stderr
    assert answers(store) == corpus["clean"]
    assert "interrupted" not in cli("stats", "--store", store).stderr


def test_a_bulk_load_killed_half_way_leaves_no_orphan_files(tmp_path):
    store = tmp_path / "store"
    code = textwrap.dedent(f'''
        import pyoxigraph as ox
        db = ox.Store({str(store)!r})
        data = b"".join(b'<http://e/s%d> <http://e/p> "v%d" <http://e/g%d> .\\n' % (i, i, i % 50) for i in range(2_000_000))
        print("loading", flush=True)
        db.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    ''')
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "loading"
    deadline = time.monotonic() + 120
    while not any(name.startswith("bulk-") for name in os.listdir(store)) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert any(name.startswith("bulk-") for name in os.listdir(store))
    from trichdan.graph.store import Store
    Store(str(store))
    assert not any(name.startswith("bulk-") for name in os.listdir(store))
