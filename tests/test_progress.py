"""Ingest's progress: the number of articles known in advance, and each phase named as it starts."""

from __future__ import annotations

import gzip

from conftest import EXAMPLES
from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings
from trichdan.loaders.inputs import count_articles


def test_the_articles_of_files_and_jsonl_are_counted(tmp_path):
    assert count_articles([str(EXAMPLES)]) == 6  # five .txt, one .html; README.md is no article
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"text": "a"}\n\n{"text": "b"}\n   \n{"text": "c"}', encoding="utf-8")
    assert count_articles([str(dump), str(EXAMPLES / "01_hatinh-camxuyen-tong-ket-nghi-quyet-02.txt")]) == 4
    assert count_articles([str(tmp_path / "missing"), str(dump)]) == 3  # a missing input holds no article


def test_compressed_dumps_and_archives_have_no_total(tmp_path):
    packed = tmp_path / "dump.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.write('{"text": "a"}\n')
    assert count_articles([str(packed)]) is None
    (tmp_path / "pages.warc").write_bytes(b"")
    assert count_articles([str(tmp_path / "pages.warc")]) is None


def test_ingest_names_each_phase(tmp_path):
    phases: list[str] = []
    articles: list[int] = []
    ingest(Store(str(tmp_path / "store")), [str(EXAMPLES)], Settings(json=False, rdf=True), workers=1,
           on_article=lambda: articles.append(1), on_phase=phases.append)
    assert len(articles) == 6
    assert phases == ["loading", "reconciling", "catalogue"]  # earlier batches load while the next is extracted
