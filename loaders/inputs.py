"""How many articles the inputs hold, when that is known before reading them (for a progress bar's total)."""

from __future__ import annotations

from collections.abc import Iterable

from .sources import HTML_SUFFIXES, TEXT_SUFFIXES, expand


def count_articles(paths: Iterable[str]) -> int | None:
    """Articles under ``paths``: one per text or HTML file, one per non-empty line of a plain JSONL file;
    None when an input's count is only known by reading it through (compressed JSONL, web archives)."""
    total = 0
    for item in expand(paths):
        if not isinstance(item, str):
            continue
        lower = item.lower()
        if lower.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
            total += 1
        elif lower.endswith((".jsonl", ".ndjson")):
            total += _lines(item)
        else:
            return None
    return total


def _lines(path: str) -> int:
    """Non-empty lines of a file (as ``sources`` reads them: one article or one error each)."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0
