"""Bad inputs: each one is named with its reason, the others are stored, the run says what failed.

Every test here reproduces a probe of issue 11 (cases 4, 6, 7, 10) that failed before: a truncated or
corrupt gzip, a file name that is not UTF-8, a symlink loop, an unreadable folder, empty files,
mojibake, damaged web archives, legacy Vietnamese encodings, an article over the size limit.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import unicodedata

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import CLI
from trichdan.loaders.decode import decode, vietnamese_score
from trichdan.loaders.sources import Notice, ReadOptions, Source, SourceError, iter_sources

SENTENCE = "Huyện ủy Cẩm Xuyên quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của Nhân dân."
OTHER = "Tỉnh ủy Hà Tĩnh sơ kết Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng quy chế dân chủ ở cơ sở."
PAGE = ("<html><head><title>Quán triệt Quyết định 99</title></head><body><article><h1>Quán triệt Quyết định 99</h1>"
        f"<p>{SENTENCE}</p><p>{OTHER}</p><p>{SENTENCE.replace('Cẩm Xuyên', 'Kỳ Anh')}</p></article></body></html>")


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def read(*paths, **options):
    return list(iter_sources([str(p) for p in paths], ReadOptions(**options)))


def errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def articles(store: str) -> int:
    rows = run("stats", "--store", store, "-f", "tsv").stdout.splitlines()
    return int(rows[1].split("\t")[0])


def records(n: int, start: int = 0) -> bytes:
    return "".join(json.dumps({"id": f"r{i}", "text": f"{SENTENCE} Bài số {i}."}, ensure_ascii=False) + "\n"
                   for i in range(start, start + n)).encode("utf-8")


def warc(records_html: list[str], gz: bool = False) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i, html in enumerate(records_html):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://baohatinh.vn/{i}.html", "response",
                                                      payload=io.BytesIO(html.encode("utf-8")), http_headers=headers))
    return buffer.getvalue()


# Case 4: one bad input never loses the run.

def test_truncated_jsonl_gz_keeps_the_records_before_it_and_the_other_inputs(tmp_path):
    (tmp_path / "before.txt").write_text(OTHER, encoding="utf-8")
    whole = gzip.compress(records(400))
    (tmp_path / "dump.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "after.txt").write_text(SENTENCE.replace("Cẩm Xuyên", "Hương Khê"), encoding="utf-8")
    store = str(tmp_path / "store")
    result = run("ingest", str(tmp_path / "before.txt"), str(tmp_path / "dump.jsonl.gz"), str(tmp_path / "after.txt"),
                 "--store", store, "--workers", "2")
    assert result.returncode == 1 and "Aborted" not in result.stderr and "Traceback" not in result.stderr
    [line] = [e for e in errors(result) if "dump.jsonl.gz" in e and "failed:" not in e]
    assert "truncated" in line or "corrupt" in line
    stored = articles(store)
    assert 2 + 1 < stored < 2 + 400  # both text files and the records read before the cut


def test_corrupt_gzip_is_one_line(tmp_path):
    data = gzip.compress(records(50))
    (tmp_path / "bad.jsonl.gz").write_bytes(data[:20] + bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    result = run("ingest", str(tmp_path), "--store", str(tmp_path / "store"), "--workers", "1")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert any("bad.jsonl.gz" in e and "gzip" in e for e in errors(result))
    assert articles(str(tmp_path / "store")) == 1


def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(SENTENCE.encode("utf-8"))
    store = str(tmp_path / "store")
    result = run("ingest", str(tmp_path / "in"), "--store", store, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "caf\\xe9.txt" in result.stderr and "not UTF-8" in result.stderr
    answer = json.loads(run("cites", "Quyết định 99", "--store", store, "-f", "json").stdout)
    assert [a["file"] for d in answer["documents"] for a in d["articles"]] == [str(tmp_path / "in" / "caf\\xe9.txt")]


def test_an_extraction_failure_is_one_error_and_the_others_are_stored(tmp_path, monkeypatch):
    from trichdan.graph.ingest import ingest
    from trichdan.graph.store import Store
    from trichdan.loaders import batch
    real = batch.extract

    def failing(source, authority=None):
        if "boom" in source.path:
            raise RuntimeError("injected\nsecond line")
        return real(source, authority)
    monkeypatch.setattr(batch, "extract", failing)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "boom.txt").write_text(OTHER, encoding="utf-8")
    failed = []
    report = ingest(Store(str(tmp_path / "store")), [str(tmp_path / "a.txt"), str(tmp_path / "boom.txt")],
                    batch.Settings(json=False, rdf=True), workers=1, on_error=failed.append)
    assert (report.added, report.failed) == (1, 1)
    assert failed[0].kind == "extraction failed" and failed[0].reason == "extraction failed: RuntimeError: injected"


def test_summary_counts_by_kind_shows_a_few_and_lists_all_in_the_errors_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"empty{i:02}.txt").write_text(" \n\t" if i % 2 else "", encoding="utf-8")
    (folder / "dump.jsonl").write_bytes(records(3) + b"{broken\n" * 7)
    (folder / "good.txt").write_text(SENTENCE, encoding="utf-8")
    store = str(tmp_path / "store")
    result = run("ingest", str(folder), "--store", store, "--workers", "1")
    assert result.returncode == 1
    shown = [e for e in errors(result) if "failed:" not in e]
    assert len(shown) == 10  # five of each kind
    assert errors(result)[-1] == "error: 19 failed: 12 empty, 7 bad record; 9 not shown above (--errors FILE lists them all)"
    listing = tmp_path / "errors.tsv"
    result = run("ingest", str(folder), "--store", str(tmp_path / "store2"), "--workers", "1", "--errors", str(listing))
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 19 and all(len(line.split("\t")) == 3 for line in lines)
    assert errors(result)[-1] == f"error: 19 failed: 12 empty, 7 bad record; all listed in {listing}"
    assert articles(store) == 4


# Case 6: a per-article size limit.

def test_an_article_over_the_limit_is_named_and_skipped(tmp_path):
    (tmp_path / "big.txt").write_text(SENTENCE * 40, encoding="utf-8")
    (tmp_path / "small.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "dump.jsonl").write_bytes(records(1) + json.dumps({"text": SENTENCE * 40}).encode() + b"\n" + records(1, 5))
    store = str(tmp_path / "store")
    result = run("ingest", str(tmp_path), "--store", store, "--max-bytes", "2kB", "--workers", "1")
    assert result.returncode == 1
    big = [e for e in errors(result) if "over the per-article limit of 2,000 bytes (raise it with --max-bytes)" in e]
    assert [e.split(":")[1].strip().rsplit("/", 1)[-1] for e in big] == ["big.txt", "dump.jsonl"]
    assert "dump.jsonl:2:" in big[1]
    assert articles(store) == 3
    assert "over the per-article limit" not in run("ingest", str(tmp_path / "big.txt"), "--store", store).stderr


def test_the_default_limit_is_5_mb_and_bad_values_are_refused(tmp_path):
    assert ReadOptions().max_bytes == 5_000_000 == ReadOptions.parse("5MB").max_bytes
    assert ReadOptions.parse("1.5 MiB").max_bytes == 1_572_864
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(5_000_001)  # never read: the size says enough
    [error] = read(big)
    assert error.kind == "too large" and error.reason.startswith("5.0 MB, over the per-article limit of 5.0 MB")
    result = run("extract", str(big), "--max-bytes", "lots")
    assert result.returncode == 2 and result.stderr.strip() == "error: --max-bytes 'lots': expected a size such as 5MB, 500kB or 2000000"


# Case 7: walks and globs that cannot loop.

def test_a_symlink_loop_is_not_followed_by_globs_or_walks(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    os.symlink(corpus, corpus / "sub" / "loop")
    os.symlink(corpus / "sub" / "a.txt", corpus / "same.txt")
    assert [s.path for s in read(f"{corpus}/**/*.txt")] == [f"{corpus}/same.txt"]
    assert len(read(corpus)) == 1
    assert len(read(corpus / "sub" / "loop" / "sub")) == 1  # a link named on the command line is read
    result = run("ingest", f"{corpus}/**/*.txt", str(corpus), "--store", str(tmp_path / "store"))
    assert "1 added, 0 replaced, 0 unchanged, 0 failed" in result.stderr


def test_globs_match_as_before(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [s.path for s in read("*.txt")] == ["b.txt"]
    assert [s.path for s in read("**/*.txt")] == ["a/x.txt", "b.txt"]
    assert [s.path for s in read(f"{tmp_path}/a/*.txt")] == [f"{tmp_path}/a/x.txt"]
    assert [s.path for s in read("./a/[xy].txt")] == ["./a/x.txt"]


def test_an_unreadable_folder_is_named(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):  # as for a folder without read permission (tests run as root)
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["SourceError", "Source"]
    assert items[0].path == str(tmp_path / "locked") and items[0].reason == "cannot read this folder (Permission denied)"


# Case 10: silent bad data.

def test_empty_and_whitespace_only_inputs_are_named_and_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\u00a0\n", encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text(json.dumps({"id": "e", "text": "  "}) + "\n", encoding="utf-8")
    items = read(tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "dump.jsonl")
    assert [(i.kind, i.reason) for i in items] == [("empty", "empty, no text"), ("empty", "only whitespace, no text"),
                                                  ("empty", "only whitespace, no text")]


def _as_windows_1252(data: bytes) -> str:
    """What a browser shows for UTF-8 taken as Windows-1252 (its five unused bytes kept as C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_mojibake_is_repaired_and_said(tmp_path):
    text = f"{SENTENCE}\n\n{OTHER}"
    (tmp_path / "moji.txt").write_text(_as_windows_1252(text.encode("utf-8")), encoding="utf-8")
    (tmp_path / "clean.txt").write_text(text.replace("Huyện", "Thị"), encoding="utf-8")
    store = str(tmp_path / "store")
    result = run("ingest", str(tmp_path), "--store", store, "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert f"note: {tmp_path / 'moji.txt'}: repaired mojibake (UTF-8 that had been read as windows-1252)" in result.stderr
    documents = json.loads(run("query", "SELECT DISTINCT ?l WHERE { GRAPH td:catalogue { ?d rdfs:label ?l } } ORDER BY ?l",
                               "--store", store, "-f", "json").stdout)
    assert [d["l"] for d in documents] == ["Chỉ thị 30-CT/TW", "Quyết định 99-QĐ/TW"]
    assert len(json.loads(run("cites", "Quyết định 99", "--store", store, "-f", "json").stdout)["documents"][0]["articles"]) == 2


def test_truncated_random_and_malformed_warc_are_named_and_counted(tmp_path):
    pages = [PAGE, PAGE.replace("Cẩm Xuyên", "Nghi Xuân"), PAGE.replace("Cẩm Xuyên", "Can Lộc")]
    plain = warc(pages)
    (tmp_path / "cut.warc").write_bytes(plain[: len(plain) - 100])  # inside the last record's page
    packed = warc(pages, gz=True)
    (tmp_path / "cut.warc.gz").write_bytes(packed[: len(packed) - 400])
    (tmp_path / "random.warc").write_bytes(os.urandom(4000))
    (tmp_path / "noise.warc").write_bytes(b"just some text, no archive\n" * 20)
    record = warc([PAGE.replace("Cẩm Xuyên", "Đức Thọ")])
    (tmp_path / "malformed.warc").write_bytes(record.replace(b"Content-Length: ", b"Content-Length: 1", 1) + record)
    store = str(tmp_path / "store")
    result = run("ingest", str(tmp_path), "--store", store, "--workers", "1")
    assert result.returncode == 1 and "Traceback" not in result.stderr and "WARNING" not in result.stderr
    named = {e.split(f"{tmp_path}/", 1)[1].split("#")[0].split(": ")[0]: e for e in errors(result) if "failed:" not in e}
    assert set(named) == {"cut.warc", "cut.warc.gz", "random.warc", "noise.warc", "malformed.warc"}
    assert "truncated record" in named["cut.warc"] and "gzip" in named["cut.warc.gz"]
    assert "malformed WARC" in named["malformed.warc"] and "\n" not in named["malformed.warc"]
    stored = [a["file"] for d in json.loads(run("cites", "Quyết định 99", "--store", store, "-f", "json").stdout)["documents"]
              for a in d["articles"]]
    assert not any(f.endswith("/2.html") for f in stored)  # the truncated page is not stored in part
    assert {f"{tmp_path}/cut.warc#https://baohatinh.vn/{i}.html" for i in (0, 1)} <= set(stored)
    (tmp_path / "short.warc").write_bytes(plain[: len(plain) - 700])  # inside the last record's headers
    items = read(tmp_path / "short.warc")
    assert [type(i).__name__ for i in items] == ["Source", "Source", "SourceError"]
    assert items[2].reason == "truncated or malformed web archive: its last 332 bytes are not a complete record"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese word processors wrote it: base letters with combining tone marks."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", base + "".join(m for m in marks if m in "\u0302\u0306\u031b")).encode("cp1258")
            out += "".join(m for m in marks if m not in "\u0302\u0306\u031b").encode("cp1258")
    return out


@pytest.mark.parametrize("encoding, name", [("cp1258", "Windows-1258"), ("tcvn3", "TCVN3 (ABC)"), ("vni", "VNI")])
def test_legacy_vietnamese_encodings_are_detected_and_read(tmp_path, encoding, name):
    text = f"{SENTENCE}\n\n{OTHER}\n\nĐẢNG ỦY XÃ CẨM BÌNH ĐỀ NGHỊ"
    data = _cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    (tmp_path / "old.txt").write_bytes(data)
    items = read(tmp_path / "old.txt")
    assert isinstance(items[0], Notice) and items[0].reason == f"not UTF-8; read as {name} (--encoding forces another)"
    assert unicodedata.normalize("NFC", items[1].raw) == unicodedata.normalize("NFC", text)
    forced = read(tmp_path / "old.txt", encoding=encoding)
    assert [type(i) for i in forced] == [Source]


def test_tcvn3_is_glibc_tcvn5712(tmp_path):
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes(range(0x80, 0x100)), capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no iconv with TCVN5712-1 here")
    assert bytes(range(0x80, 0x100)).decode("tcvn3") == probe.stdout.decode("utf-8")


def test_the_plausibility_check_rejects_other_languages_and_wrong_decodings():
    assert vietnamese_score(SENTENCE) > 0.9
    assert vietnamese_score(SENTENCE.encode("tcvn3").decode("cp1258")) < 0.5
    assert vietnamese_score(SENTENCE.encode("vni").decode("cp1252")) < 0.5
    with pytest.raises(UnicodeDecodeError):
        decode("Die Größe der Straße ändert sich täglich".encode("latin-1"))


def test_a_forced_encoding_that_does_not_fit_is_named(tmp_path):
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode("utf-8"))
    [error] = read(tmp_path / "a.txt", encoding="ascii")
    assert isinstance(error, SourceError) and error.kind == "not text" and error.reason.startswith("not ascii text (byte")
    result = run("extract", str(tmp_path / "a.txt"), "--encoding", "klingon")
    assert result.returncode == 2 and "unknown encoding" in result.stderr


def test_an_over_long_jsonl_line_is_skipped_without_losing_the_next(tmp_path):
    (tmp_path / "long.jsonl").write_bytes(b'{"text": "' + b"a" * 3_000_000 + b'"}\n' + records(1))
    items = read(tmp_path / "long.jsonl", max_bytes=1000)
    assert [type(i).__name__ for i in items] == ["SourceError", "Source"]
    assert items[0].path.endswith("long.jsonl:1") and items[0].reason.startswith("3.0 MB")
