"""The JSON record of one article (``trichdan extract --format jsonl``), the contract scorers read."""

from __future__ import annotations

from .model import Extraction
from .triples import document_iri
from .vocab import base_iri


def to_json(extraction: Extraction, base: str | None = None) -> dict:
    """``file``, metadata, citations with offsets, and the documents, people, organisations, places."""
    base = base_iri(base)
    article = extraction.article
    return {
        "file": article.path,
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "authors": article.authors,
        "url": article.url,
        "main_place": f"{base}place/{extraction.main_place}" if extraction.main_place else None,
        "citations": [{"text": c.text, "start": c.start, "end": c.end, "document": document_iri(c.document, base),
                       "relation": c.relation, "pinpoint": c.pinpoint, "zone": c.zone} for c in extraction.citations],
        "documents": [{"id": document_iri(d.key, base), "key": d.key, "type": d.type, "number": d.number,
                       "symbol": d.symbol, "year": d.year, "date": d.date, "issuer": d.issuer, "scope": d.scope,
                       "term": d.term, "title": d.title, "system": d.system} for d in extraction.documents],
        "people": [{"id": f"{base}person/{p.key}", "name": p.name,
                    "roles": [{"title": r.title, "organization": r.organization} for r in p.roles]}
                   for p in extraction.people],
        "organizations": [{"id": f"{base}org/{o.key}", "name": o.name, "kind": o.kind,
                           "parent": f"{base}org/{o.parent}" if o.parent else None} for o in extraction.organizations],
        "places": [{"id": f"{base}place/{p.key}", "name": p.name, "level": p.level, "within": p.within}
                   for p in extraction.places],
    }
