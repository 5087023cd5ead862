"""Readers: plain text, saved HTML, JSONL dumps, WARC archives; bad inputs give one error each."""

import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from trichdan.loaders.sources import Source, SourceError, iter_sources

HTML = """<html><head><title>Hà Tĩnh quán triệt Quyết định 99</title>
<meta property="article:published_time" content="2023-05-04T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | Quyết định 217-QĐ/TW</nav>
<article><h1>Hà Tĩnh quán triệt Quyết định 99</h1>
<p>Sáng 3/5, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của nhân dân.</p>
<p>Hội nghị cũng đánh giá kết quả thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị trong nhiều năm qua ở các địa phương trong tỉnh.</p>
</article><footer>Bản quyền thuộc về Báo Hà Tĩnh</footer></body></html>"""


def read(*paths):
    return list(iter_sources([str(p) for p in paths]))


def test_text_files_directories_and_globs(tmp_path):
    (tmp_path / "a.txt").write_text("Bài một.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Bài hai.", encoding="utf-8")
    (tmp_path / "note.csv").write_text("x", encoding="utf-8")
    assert [s.raw for s in read(tmp_path)] == ["Bài một.", "Bài hai."]
    assert [s.raw for s in read(tmp_path / "*.txt")] == ["Bài một."]


def test_html_page_keeps_the_article_and_its_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [source] = read(tmp_path / "page.html")
    assert isinstance(source, Source)
    assert "Quyết định số 99-QĐ/TW" in source.raw and "217-QĐ/TW" not in source.raw
    assert source.meta["title"] == "Hà Tĩnh quán triệt Quyết định 99"
    assert source.meta["published"].startswith("2023-05-04")


def test_jsonl_dump_with_a_bad_line(tmp_path):
    lines = [json.dumps({"id": "x1", "title": "T", "text": "Nội dung một."}, ensure_ascii=False), "{not json",
             json.dumps({"id": "x2", "content": "Nội dung hai."}, ensure_ascii=False), json.dumps({"id": "x3"})]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with gzip.open(tmp_path / "dump2.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(lines[0] + "\n")
    items = read(tmp_path / "dump.jsonl", tmp_path / "dump2.jsonl.gz")
    assert [type(i).__name__ for i in items] == ["Source", "SourceError", "Source", "SourceError", "Source"]
    assert items[0].path.endswith("dump.jsonl#x1") and items[0].meta == {"title": "T"}
    assert "invalid JSON" in items[1].reason and "no text field" in items[3].reason


def test_warc_archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://baohatinh.vn/bai-viet.html", "response",
                                           payload=io.BytesIO(HTML.encode("utf-8")), http_headers=headers)
        writer.write_record(record)
    [source] = read(path)
    assert source.path.endswith("#https://baohatinh.vn/bai-viet.html")
    assert source.meta["url"] == "https://baohatinh.vn/bai-viet.html"
    assert "Chỉ thị số 30-CT/TW" in source.raw


def test_errors_name_the_file_and_the_reason(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Die Größe der Straße".encode("latin-1"))  # not Vietnamese in any encoding
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty").mkdir()
    items = read(tmp_path / "missing.txt", tmp_path / "latin1.txt", tmp_path / "bin.txt", tmp_path / "empty", tmp_path / "*.nothing")
    assert all(isinstance(i, SourceError) for i in items)
    reasons = [i.reason for i in items]
    assert reasons[0] == "no such file or directory"
    assert "not UTF-8" in reasons[1] and "binary" in reasons[2]
    assert "no .txt" in reasons[3] and "no file matches" in reasons[4]
