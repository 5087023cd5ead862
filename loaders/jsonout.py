"""The JSON record of one article (``trichdan extract --format jsonl``), the contract scorers read."""

from __future__ import annotations

from .iris import base_iri, document_iri, org_iri, person_iri, place_iri
from .model import Extraction


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
        "main_place": place_iri(extraction.main_place, base) if extraction.main_place else None,
        "citations": [{"text": c.text, "start": c.start, "end": c.end, "document": document_iri(c.document, base),
                       "relation": c.relation, "pinpoint": c.pinpoint, "zone": c.zone} for c in extraction.citations],
        "documents": [{"id": document_iri(d.key, base), "key": d.key, "type": d.type, "number": d.number,
                       "symbol": d.symbol, "year": d.year, "date": d.date, "issuer": d.issuer, "scope": d.scope,
                       "term": d.term, "title": d.title, "name": d.name, "system": d.system,
                       "label": d.label} for d in extraction.documents],
        "people": [{"id": person_iri(p.key, base), "name": p.name,
                    "roles": [{"title": r.title, "organization": r.organization} for r in p.roles]}
                   for p in extraction.people],
        "organizations": [{"id": org_iri(o.key, base), "name": o.name, "kind": o.kind,
                           "parent": org_iri(o.parent, base) if o.parent else None} for o in extraction.organizations],
        "places": [{"id": place_iri(p.key, base), "name": p.name, "level": p.level, "within": p.within}
                   for p in extraction.places],
    }
