"""Resolve bare references across a batch of articles.

"Nghị quyết 02-NQ/TU của Tỉnh ủy" in one Hà Tĩnh article and "Nghị quyết 02-NQ/TU ngày 12/5/2017" in
another are one document when the batch (or the store) knows exactly one dated document that the bare
one can be: same system, issuer, locality, type and number, with only the year or term missing.
"""

from __future__ import annotations

from collections import defaultdict

from .iris import document_iri, parse_document_iri
from .keys import DocumentKey

_FILLED = ("year", "date", "term", "symbol", "title", "issuer")


class DocumentIndex:
    """Dated documents seen so far, by their loose key."""

    def __init__(self) -> None:
        self._by_loose: dict[DocumentKey, set[str]] = defaultdict(set)
        self._records: dict[str, dict] = {}

    def add(self, key: str, record: dict | None = None) -> None:
        parsed = DocumentKey.parse(key)
        if not parsed.loose:
            self._by_loose[parsed.without_epoch()].add(key)
            if record is not None:
                self._records.setdefault(key, record)

    def target(self, key: str) -> str | None:
        """The one dated document a loose key can be, or None."""
        parsed = DocumentKey.parse(key)
        if not parsed.loose:
            return None
        found = self._by_loose.get(parsed, set())
        return next(iter(found)) if len(found) == 1 else None

    def apply(self, record: dict) -> dict:
        """Rewrite one article's JSON record so that its bare references point at their dated documents."""
        moved: dict[str, dict] = {}
        kept: dict[str, dict] = {}
        for doc in record["documents"]:
            target = self.target(doc["key"])
            if target is None:
                kept.setdefault(doc["key"], doc)
                continue
            base, _ = parse_document_iri(doc["id"])
            new_id = document_iri(target, base)
            moved[doc["id"]] = {"id": new_id}
            merged = kept.setdefault(target, {**doc, "id": new_id, "key": target})
            for field in _FILLED:
                if merged.get(field) is None:
                    merged[field] = (self._records.get(target) or {}).get(field)
        for citation in record["citations"]:
            if citation["document"] in moved:
                citation["document"] = moved[citation["document"]]["id"]
        record["documents"] = list(kept.values())
        return record
