"""The JSON record of one article (``trichdan extract --format jsonl``), the contract scorers read."""

from __future__ import annotations

from .iris import base_iri, document_iri, org_iri, person_iri, place_iri
from .model import Article, Citation, Extraction, Mention
from .normalize import as_written


def to_json(extraction: Extraction, base: str | None = None) -> dict:
    """``file``, metadata, citations with offsets, and the documents, people, organisations, places.

    A citation's text, a person's and a place's name are given as the article writes them: with its own
    tone placement ("Phan Xuân Thuỷ", "ma tuý"), which the text is read in one convention for (keys, IRIs
    and the store use that one)."""
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
        "citations": [{"text": _citation_text(c, article), "start": c.start, "end": c.end,
                       "document": document_iri(c.document, base), "relation": c.relation, "pinpoint": c.pinpoint,
                       "zone": c.zone} for c in extraction.citations],
        "documents": [{"id": document_iri(d.key, base), "key": d.key, "type": d.type, "number": d.number,
                       "symbol": d.symbol, "year": d.year, "date": d.date, "issuer": d.issuer, "scope": d.scope,
                       "term": d.term, "title": d.title, "name": d.name, "system": d.system,
                       "label": d.label} for d in extraction.documents],
        "people": [{"id": person_iri(p.key, base), "name": _written(p.name, p.mentions, article),
                    "roles": [{"title": r.title, "organization": r.organization} for r in p.roles]}
                   for p in extraction.people],
        "organizations": [{"id": org_iri(o.key, base), "name": o.name, "kind": o.kind,
                           "parent": org_iri(o.parent, base) if o.parent else None} for o in extraction.organizations],
        "places": [{"id": place_iri(p.key, base), "name": _written(p.written or p.name, p.mentions, article), "level": p.level,
                    "within": p.within}
                   for p in extraction.places],
    }


def _citation_text(citation: Citation, article: Article) -> str:
    """The words of the citation as the page writes them."""
    if article.written is not None and article.text[citation.start:citation.end] == citation.text:
        return article.written[citation.start:citation.end]
    return as_written(citation.text, [(citation.start, citation.end)], article.text, article.written)


def _written(name: str, mentions: list[Mention], article: Article) -> str:
    return as_written(name, [(m.start, m.end) for m in mentions], article.text, article.written)
