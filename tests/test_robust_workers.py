"""A worker process that dies while it extracts (killed, out of memory) fails its article only.

Before, a dead worker of the multiprocessing pool left its article's result pending for ever and ingest
hung. The extraction is made to kill its own process on one article (the pool's workers are forked, so
they run the patched function).
"""

from __future__ import annotations

import os
import signal
import threading

from typer.testing import CliRunner

from trichdan.cli import app
from trichdan.graph.store import Store
from trichdan.loaders import batch
from trichdan.loaders.batch import Result, Settings, run
from trichdan.loaders.sources import SourceError

TEXT = ("Bài {i}\n\nHuyện ủy Cẩm Xuyên quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư "
        "về phát huy vai trò của Nhân dân tại xã số {i}.\n")


def _corpus(folder, size: int = 6) -> list[str]:
    names = [f"a{i}.txt" for i in range(size)] + ["poison.txt"]
    for i, name in enumerate(names):
        (folder / name).write_text(TEXT.format(i=i), encoding="utf-8")
    return names


def _killing_on_poison(monkeypatch) -> None:
    original = batch._result

    def result(source):
        if os.path.basename(source.path) == "poison.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return original(source)

    monkeypatch.setattr(batch, "_result", result)


def test_a_dead_worker_fails_its_article_and_the_others_are_extracted(tmp_path, monkeypatch):
    names = _corpus(tmp_path)
    _killing_on_poison(monkeypatch)
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(run([str(tmp_path)], Settings(json=True), workers=2, window=3)),
                              daemon=True)
    reader.start()
    reader.join(timeout=120)
    assert not reader.is_alive(), "the run hangs on the article whose worker died"
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [os.path.basename(e.path) for e in errors] == ["poison.txt"]
    assert "worker process died" in errors[0].reason
    extracted = sorted(os.path.basename(i.path) for i in items if isinstance(i, Result))
    assert extracted == sorted(n for n in names if n != "poison.txt")


def test_ingest_names_the_article_whose_worker_died_and_stores_the_rest(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    _corpus(folder)
    _killing_on_poison(monkeypatch)
    store = str(tmp_path / "store")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", store, "--workers", "2"])
    assert result.exit_code == 1
    assert "poison.txt" in result.stderr and "worker process died" in result.stderr
    assert "Traceback" not in result.stderr
    assert "6 added" in result.stderr and "1 failed" in result.stderr
    db = Store(store, read_only=True)
    stored = {os.path.basename(row["file"].value) for row in db.query(
        "SELECT ?file WHERE { GRAPH ?a { ?a <https://trichdan.example/ontology#sourcePath> ?file } }")}
    assert stored == {f"a{i}.txt" for i in range(6)}
