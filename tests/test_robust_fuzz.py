"""Property tests beyond the parser: the readers on damaged and random input, ingest with failures injected.

Whatever the bytes, reading yields articles, errors naming the input and notices, never an exception
and never a hang (hypothesis' deadline); ingest with extraction failing at random stores every other
article, and once the failures are gone a second ingest leaves exactly the store a clean run makes.
"""

from __future__ import annotations

import gzip
import io
import json
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import EXAMPLES, canonical_quads
from trichdan.loaders.sources import Notice, Source, SourceError, iter_sources

SENTENCE = "Huyện ủy quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của Nhân dân."
PAGE = f"<html><head><title>Tin</title></head><body><article><p>{SENTENCE}</p><p>{SENTENCE}</p></article></body></html>"


def _jsonl() -> bytes:
    return "".join(json.dumps({"id": i, "text": f"{SENTENCE} {i}"}, ensure_ascii=False) + "\n" for i in range(5)).encode()


def _warc(gz: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://x.vn/{i}", "response", payload=io.BytesIO(PAGE.encode()),
                                                      http_headers=headers))
    return buffer.getvalue()


VALID = {
    "a.txt": SENTENCE.encode(),
    "a.html": PAGE.encode(),
    "a.jsonl": _jsonl(),
    "a.jsonl.gz": gzip.compress(_jsonl()),
    "a.warc": _warc(False),
    "a.warc.gz": _warc(True),
}
FUZZ = settings(max_examples=60, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_all(path) -> list:
    items = list(iter_sources([str(path)]))
    for item in items:
        assert isinstance(item, (Source, SourceError, Notice))
        if isinstance(item, SourceError):
            assert item.reason and "\n" not in item.reason and str(path) in item.path
    return items


@st.composite
def damaged(draw):
    """A valid input of some kind, then cut, with bytes overwritten, or with bytes inserted."""
    name = draw(st.sampled_from(sorted(VALID)))
    data = bytearray(VALID[name])
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["cut", "flip", "insert"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "cut":
            del data[at:]
        elif action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return name, bytes(data)


@FUZZ
@given(damaged())
def test_damaged_inputs_never_raise(tmp_path, case):
    name, data = case
    path = tmp_path / name
    path.write_bytes(data)
    _read_all(path)


@FUZZ
@given(st.sampled_from(sorted(VALID)), st.binary(max_size=2000))
def test_random_bytes_never_raise(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    items = _read_all(path)
    assert items  # something is always said: an article or why there is none


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.integers(0, 5), max_size=6))
def test_ingest_with_extraction_failing_at_random_loses_nothing(tmp_path_factory, failing):
    from trichdan.graph.ingest import ingest
    from trichdan.graph.store import Store
    from trichdan.loaders import batch
    files = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    broken = {files[i] for i in failing}
    real = batch.extract

    def extract(source, authority=None):
        if source.path in broken:
            raise MemoryError("injected")
        return real(source, authority)
    settings_ = batch.Settings(json=False, rdf=True)
    store = Store(str(tmp_path_factory.mktemp("fuzz") / "store"))
    batch.extract = extract
    try:
        errors = []
        report = ingest(store, files, settings_, workers=1, on_error=errors.append)
    finally:
        batch.extract = real
    assert report.failed == len(broken) and report.added == len(files) - len(broken)
    assert {e.path for e in errors} == broken
    again = ingest(store, files, settings_, workers=1)
    assert (again.added, again.unchanged, again.failed) == (len(broken), len(files) - len(broken), 0)
    clean = Store(str(tmp_path_factory.mktemp("clean") / "store"))
    ingest(clean, files, settings_, workers=1)
    assert _quads(store) == _quads(clean)


def _quads(store) -> list[str]:
    return canonical_quads(q for q in store.quads() if "endedAtTime" not in str(q.predicate))
