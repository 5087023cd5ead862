"""Ingest writes an article's completion quad last, so an interrupted load is redone, never trusted."""

from __future__ import annotations

from conftest import EXAMPLES

from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Result, Settings, run

ARTICLE = EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt"


def test_a_graph_without_its_completion_is_replaced(tmp_path):
    settings = Settings(json=False, rdf=True)
    result = next(item for item in run([str(ARTICLE)], settings, workers=1) if isinstance(item, Result))
    assert b"wasAssociatedWith" in result.completion and b"wasAssociatedWith" not in result.nquads
    store = Store(str(tmp_path / "store"))
    store.load([result.nquads])  # as if the process died before writing the completion
    assert store.has_graph(result.graph) and not store.is_current(result.graph, _agent())
    report = ingest(store, [str(ARTICLE)], settings, workers=1)
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 0)
    assert store.is_current(result.graph, _agent())
    assert ingest(store, [str(ARTICLE)], settings, workers=1).unchanged == 1


def _agent() -> str:
    from trichdan import __version__
    return f"https://trichdan.example/id/software/trichdan-{__version__}"
