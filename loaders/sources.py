"""Read articles from plain text, saved HTML pages, JSONL dumps and web archives (WARC), streaming.

``iter_sources`` yields one ``Source`` per article or one ``SourceError`` per unreadable input, so a
bad file never stops the others. Nothing is held in memory beyond the article being read.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
_TEXT_FIELDS = ("text", "content", "body", "noi_dung")


@dataclass(slots=True)
class Source:
    """One article as read from its container; ``meta`` holds what the container says (title, url ...)."""

    path: str
    raw: str
    meta: dict = field(default_factory=dict)


@dataclass(slots=True)
class SourceError:
    """An input that could not be read, with a one-line reason."""

    path: str
    reason: str


def expand(paths: Iterable[str]) -> Iterator[str | SourceError]:
    """Files named by ``paths`` (files, directories walked recursively, glob patterns), sorted per argument."""
    for path in paths:
        if os.path.isdir(path):
            found = sorted(os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if f.lower().endswith(SUFFIXES))
            if not found:
                yield SourceError(path, "directory has no .txt, .html, .jsonl or .warc files")
            yield from found
        elif os.path.isfile(path):
            yield path
        elif glob.has_magic(path):
            found = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
            if not found:
                yield SourceError(path, "no file matches this pattern")
            yield from found
        else:
            yield SourceError(path, "no such file or directory")


def iter_sources(paths: Iterable[str]) -> Iterator[Source | SourceError]:
    """Every article in ``paths``, in order, or an error for each input that cannot be read."""
    for item in expand(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            yield from _read(item)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            yield SourceError(item, _reason(exc))


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.start})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _read(path: str) -> Iterator[Source | SourceError]:
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path)
    elif lower.endswith(WARC_SUFFIXES):
        yield from _read_warc(path)
    elif lower.endswith(HTML_SUFFIXES):
        with open(path, "rb") as handle:
            yield _from_html(path, handle.read().decode("utf-8", errors="replace"))
    else:
        with open(path, encoding="utf-8") as handle:
            raw = handle.read()
        if "\x00" in raw:
            raise ValueError("binary file, not text")
        yield Source(path, raw)


def _read_jsonl(path: str) -> Iterator[Source | SourceError]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield SourceError(f"{path}:{number}", f"invalid JSON ({exc.msg})")
                continue
            text = next((record[k] for k in _TEXT_FIELDS if isinstance(record, dict) and isinstance(record.get(k), str)), None)
            if text is None:
                yield SourceError(f"{path}:{number}", "record has no text field (text, content or body)")
                continue
            ident = record.get("id") or record.get("url") or number
            meta = {k: record[k] for k in ("title", "url", "published", "source", "authors") if record.get(k)}
            if record.get("html") and not text:
                yield _from_html(f"{path}#{ident}", record["html"], meta)
            else:
                yield Source(f"{path}#{ident}", text, meta)


def _read_warc(path: str) -> Iterator[Source | SourceError]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or not record.http_headers:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            html = record.content_stream().read().decode("utf-8", errors="replace")
            yield _from_html(f"{path}#{url}", html, {"url": url})


def _from_html(path: str, html: str, meta: dict | None = None) -> Source | SourceError:
    """Main text and metadata of a saved page, through trafilatura (boilerplate and menus dropped)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=True, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        return SourceError(path, "no article text found in the HTML page")
    meta = dict(meta or {})
    meta.setdefault("title", doc.title)
    meta.setdefault("published", doc.date)
    meta.setdefault("url", doc.url)
    meta.setdefault("source", (doc.sitename or doc.hostname or None))
    if doc.author:
        meta.setdefault("authors", [a.strip() for a in doc.author.split(";") if a.strip()])
    return Source(path, doc.text, {k: v for k, v in meta.items() if v})
