"""Read articles from plain text, saved HTML pages, JSONL dumps and web archives (WARC), streaming.

``iter_sources`` yields one ``Source`` per article, one ``SourceError`` per input (or record) that
cannot be read, and a ``Notice`` when an input was read in a way worth saying (a legacy encoding,
repaired mojibake, a file name that is not UTF-8). Any failure of one input, whatever raised it, becomes
a ``SourceError`` naming it: the other inputs are read all the same. Nothing is held in memory beyond
the article being read, and no article over ``ReadOptions.max_bytes`` is read at all.

Walks and glob patterns do not follow symbolic links to directories (a link named on the command line
is read), so a link loop cannot make a walk endless; a file reached twice is read once.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from contextlib import redirect_stderr
from dataclasses import dataclass, field

from .decode import Decoded, NotText, decode, repair

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
_TEXT_FIELDS = ("text", "content", "body", "noi_dung")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", re.IGNORECASE)
# trafilatura logs every page it cannot parse; the reader already says so in one line.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "kib": 2**10, "m": 10**6, "mb": 10**6, "mib": 2**20,
          "g": 10**9, "gb": 10**9, "gib": 2**30}


@dataclass(slots=True)
class Source:
    """One article as read from its container; ``meta`` holds what the container says (title, url ...)."""

    path: str
    raw: str
    meta: dict = field(default_factory=dict)


@dataclass(slots=True)
class SourceError:
    """An input that could not be read, with a one-line reason and the kind of failure (for summaries)."""

    path: str
    reason: str
    kind: str = "unreadable"


@dataclass(slots=True)
class Notice:
    """Something worth telling about an input that was read all the same."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: the per-article size limit and, optionally, a forced text encoding."""

    max_bytes: int = 5_000_000
    encoding: str | None = None

    @classmethod
    def parse(cls, max_bytes: str | int = "5MB", encoding: str | None = None) -> ReadOptions:
        """From the command line's strings ("5MB", "500kB", "2000000"; "tcvn3"); ValueError if unusable."""
        match = _SIZE.match(str(max_bytes))
        if not match or match.group(2).lower() not in _UNITS or float(match.group(1)) <= 0:
            raise ValueError(f"--max-bytes {max_bytes!r}: expected a size such as 5MB, 500kB or 2000000")
        if encoding:
            import codecs
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise ValueError(f"--encoding {encoding!r}: unknown encoding (try utf-8, cp1258, tcvn3, vni)") from None
        return cls(int(float(match.group(1)) * _UNITS[match.group(2).lower()]), encoding or None)


def shown(path: str) -> str:
    """``path`` as it can be printed and stored: bytes that are not UTF-8 become ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def _too_large(path: str, size: int, options: ReadOptions) -> SourceError:
    return SourceError(path, f"{_megabytes(size)}, over the per-article limit of {_megabytes(options.max_bytes)} "
                             "(raise it with --max-bytes)", "too large")


def expand(paths: Iterable[str]) -> Iterator[str | SourceError]:
    """Files named by ``paths`` (files, directories walked recursively, glob patterns), sorted per argument.

    Directory links met in a walk or a pattern are not followed; each file comes once.
    """
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if os.path.isdir(path):
            found, errors = _walk(path)
            yield from errors
            if not found and not errors:
                yield SourceError(shown(path), "directory has no .txt, .html, .jsonl or .warc files", "not found")
        elif os.path.isfile(path):
            found = [path]
        elif _has_magic(path):
            found, errors = _glob(path)
            yield from errors
            if not found and not errors:
                yield SourceError(shown(path), "no file matches this pattern", "not found")
        else:
            yield SourceError(shown(path), "no such file or directory", "not found")
            continue
        for file in found:
            try:
                stat = os.stat(file)
            except OSError as exc:
                yield SourceError(shown(file), exc.strerror or str(exc))
                continue
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                yield file


def _has_magic(path: str) -> bool:
    return any(c in path for c in "*?[")


def _walk(top: str) -> tuple[list[str], list[SourceError]]:
    """Input files under ``top``, without following directory links; an error per unreadable folder."""
    errors: list[SourceError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(SourceError(shown(exc.filename or top), f"cannot read this folder ({exc.strerror or exc})"))

    found = []
    for folder, _, files in os.walk(top, onerror=unreadable, followlinks=False):
        found += (os.path.join(folder, f) for f in files if f.lower().endswith(SUFFIXES))
    return sorted(found), errors


def _glob(pattern: str) -> tuple[list[str], list[SourceError]]:
    """Files matching ``pattern`` (``**`` spans folders), found by a walk that follows no directory link."""
    parts = pattern.split(os.sep)
    fixed = 0
    while fixed < len(parts) - 1 and not _has_magic(parts[fixed]):
        fixed += 1
    prefix = parts[:fixed]
    root = os.sep.join(prefix) or (os.sep if prefix else ".")
    wanted = parts[fixed:]
    if not os.path.isdir(root):
        return [], []
    depth = None if "**" in wanted else len(wanted) - 1
    errors: list[SourceError] = []

    def unreadable(exc: OSError) -> None:
        errors.append(SourceError(shown(exc.filename or root), f"cannot read this folder ({exc.strerror or exc})"))

    found = []
    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        relative = os.path.relpath(folder, root)
        level = [] if relative == "." else relative.split(os.sep)
        if depth is not None and len(level) >= depth:
            dirs.clear()
        for name in files:
            if _matches(level + [name], wanted):
                found.append(os.sep.join(prefix + level + [name]))  # as glob writes it
    return sorted(f for f in found if os.path.isfile(f)), errors


def _matches(names: list[str], wanted: list[str]) -> bool:
    """Whether path components ``names`` match pattern components ``wanted`` (``**``: any number of folders)."""
    if not wanted:
        return not names
    if wanted[0] == "**":
        return any(_matches(names[i:], wanted[1:]) for i in range(len(names) + 1)
                   if all(not n.startswith(".") for n in names[:i]))
    return bool(names) and _component(names[0], wanted[0]) and _matches(names[1:], wanted[1:])


def _component(name: str, pattern: str) -> bool:
    if name.startswith(".") and not pattern.startswith("."):
        return False  # as glob: hidden names only match a pattern that starts with a dot
    return fnmatch.fnmatchcase(name, pattern)


def iter_sources(paths: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[Source | SourceError | Notice]:
    """Every article in ``paths``, in order, or an error for each input that cannot be read."""
    for item in expand(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        name = shown(item)
        if name != item:
            yield Notice(name, "the file name is not UTF-8; its bytes are written as \\xNN")
        try:
            for read in _read(item, name, options):
                if isinstance(read, Source) and not read.raw.strip():
                    yield SourceError(read.path, "empty, no text" if not read.raw else "only whitespace, no text", "empty")
                else:
                    yield read
        except Exception as exc:  # one input's failure, whatever it is, must not stop the others
            yield SourceError(name, _reason(exc), _kind(exc))


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (f"not UTF-8 and not readable as Vietnamese in Windows-1258, TCVN3 or VNI (byte {exc.start}); "
                "give --encoding if you know it")
    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return f"corrupt or truncated gzip data ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc).splitlines()[0]
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _kind(exc: Exception) -> str:
    if isinstance(exc, (UnicodeDecodeError, NotText)):
        return "not text"
    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return "corrupt archive"
    if isinstance(exc, OSError):
        return "unreadable"
    return "bad input"


def _read(path: str, name: str, options: ReadOptions) -> Iterator[Source | SourceError | Notice]:
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, name, options)
        return
    if lower.endswith(WARC_SUFFIXES):
        yield from _read_warc(path, name, options)
        return
    size = os.path.getsize(path)
    if size > options.max_bytes:
        yield _too_large(name, size, options)
        return
    with open(path, "rb") as handle:
        data = handle.read()
    if lower.endswith(HTML_SUFFIXES):
        decoded = _decode_html(data, options)
        if decoded.note:
            yield Notice(name, decoded.note)
        yield from _repaired(_from_html(name, decoded.text))
        return
    decoded = decode(data, options.encoding)
    if "\x00" in decoded.text:
        raise NotText("binary file, not text")
    if decoded.note:
        yield Notice(name, decoded.note)
    yield Source(name, decoded.text)


def _decode_html(data: bytes, options: ReadOptions) -> Decoded:
    """A page's text: the forced encoding, else its declared charset, else as any text file."""
    if not options.encoding:
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                charset = declared.group(1).decode("ascii")
                if charset.lower().replace("-", "") != "utf8":
                    return Decoded(data.decode(charset))
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return decode(data, options.encoding)
    except UnicodeDecodeError:
        return Decoded(data.decode("utf-8", errors="replace"), "not valid UTF-8; undecodable bytes replaced")


def _read_jsonl(path: str, name: str, options: ReadOptions) -> Iterator[Source | SourceError | Notice]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        number = blank = 0
        while True:
            line = handle.readline(options.max_bytes + 1)
            if not line:
                break
            number += 1
            where = f"{name}:{number}"
            if len(line) > options.max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_line(handle)
                yield _too_large(where, size, options)
                continue
            if not line.strip():
                blank += 1
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield SourceError(where, f"not UTF-8 (byte {exc.start}); JSON lines must be UTF-8", "bad record")
                continue
            except json.JSONDecodeError as exc:
                yield SourceError(where, f"invalid JSON ({exc.msg})", "bad record")
                continue
            yield from _record(path, name, number, record)
    if blank == number:
        yield SourceError(name, "empty, no records", "empty")


def _skip_line(handle) -> int:
    """Read past the rest of an over-long line without keeping it; its length in bytes."""
    skipped = 0
    while True:
        chunk = handle.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _record(path: str, name: str, number: int, record) -> Iterator[Source | SourceError | Notice]:
    where = f"{name}:{number}"
    if not isinstance(record, dict):
        yield SourceError(where, "record is not a JSON object", "bad record")
        return
    text = next((record[k] for k in _TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if text is None and not isinstance(record.get("html"), str):
        yield SourceError(where, "record has no text field (text, content or body)", "bad record")
        return
    ident = record.get("id") or record.get("url") or number
    meta = {k: record[k] for k in ("title", "url", "published", "source", "authors") if record.get(k)}
    if isinstance(record.get("html"), str) and not text:
        yield from _repaired(_from_html(f"{name}#{ident}", record["html"], meta))
    else:
        yield from _repaired(Source(f"{name}#{ident}", text, meta))


def _read_warc(path: str, name: str, options: ReadOptions) -> Iterator[Source | SourceError | Notice]:
    """HTML responses of a web archive. warcio's warnings on stderr become one error naming the file."""
    from warcio.archiveiterator import ArchiveIterator

    warnings = io.StringIO()
    records = pages = 0
    with open(path, "rb") as handle:
        iterator = ArchiveIterator(handle)
        while True:
            try:
                with redirect_stderr(warnings):
                    record = next(iterator, None)
            except Exception as exc:  # warcio's own errors, or any it lets through on damaged data
                yield SourceError(name, f"malformed or truncated web archive after {records} record(s) ({_reason(exc)})",
                                  "corrupt archive")
                return
            if record is None:
                break
            records += 1
            if record.rec_type != "response" or not record.http_headers:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type:
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{url}"
            with redirect_stderr(warnings):
                payload = record.content_stream().read(options.max_bytes + 1)
                if len(payload) > options.max_bytes:
                    yield _too_large(where, len(payload) + _drain(record.content_stream()), options)
                    continue
                missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                yield SourceError(where, f"truncated record: the archive ends {missing:,} bytes before its end",
                                  "corrupt archive")
                continue
            yield from _repaired(_from_html(where, _decode_payload(payload, content_type, options).text, {"url": url}))
    if path.lower().endswith(".gz"):
        _check_gzip(path)
    elif iterator.offset < os.path.getsize(path):
        yield SourceError(name, f"truncated or malformed web archive: its last {os.path.getsize(path) - iterator.offset:,} "
                                "bytes are not a complete record", "corrupt archive")
    if warnings.getvalue().strip():
        yield SourceError(name, "malformed WARC: " + _warcio_warning(warnings.getvalue()), "corrupt archive")
    elif records == 0:
        yield SourceError(name, "no WARC record found: not a web archive, or an empty one", "corrupt archive")
    elif pages == 0:
        yield SourceError(name, f"no HTML page among its {records} record(s)", "no text")


def _drain(stream) -> int:
    size = 0
    while chunk := stream.read(1 << 20):
        size += len(chunk)
    return size


def _decode_payload(payload: bytes, content_type: str, options: ReadOptions) -> Decoded:
    declared = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
    if declared and not options.encoding and declared.group(1).lower().replace("-", "") != "utf8":
        try:
            return Decoded(payload.decode(declared.group(1)))
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_html(payload, options)


def _check_gzip(path: str) -> None:
    """Raise EOFError (or zlib.error) when a gzipped archive is truncated or corrupt past what was read."""
    with gzip.open(path, "rb") as handle:
        while handle.read(1 << 20):
            pass


def _warcio_warning(text: str) -> str:
    """warcio's multi-line warning as one line."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    first = lines[0].removeprefix("WARNING: ") if lines else "warcio reported a problem"
    offset = next((line for line in lines if line.startswith("Offset:")), "")
    count = sum(1 for line in lines if line.startswith("WARNING"))
    return first + (f" ({offset.lower()})" if offset else "") + (f", and {count - 1} more" if count > 1 else "")


def _from_html(path: str, html: str, meta: dict | None = None) -> Source | SourceError:
    """Main text and metadata of a saved page, through trafilatura (boilerplate and menus dropped)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=True, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        return SourceError(path, "no article text found in the HTML page", "no text")
    meta = dict(meta or {})
    meta.setdefault("title", doc.title)
    meta.setdefault("published", doc.date)
    meta.setdefault("url", doc.url)
    meta.setdefault("source", (doc.sitename or doc.hostname or None))
    if doc.author:
        meta.setdefault("authors", [a.strip() for a in doc.author.split(";") if a.strip()])
    return Source(path, doc.text, {k: v for k, v in meta.items() if v})


def _repaired(item: Source | SourceError) -> Iterator[Source | SourceError | Notice]:
    """``item``, its text repaired when it is mojibake, after a Notice saying so."""
    if isinstance(item, Source):
        decoded = repair(item.raw)
        if decoded.note:
            yield Notice(item.path, decoded.note)
            item.raw = decoded.text
    yield item
