"""The extraction pipeline for one article: a pure function from a Source to an Extraction.

read → clean (zones, metadata) → places → organisations → people → citations → documents (keys, labels,
canonical issuers) → links. What leaves here is complete: writers (:mod:`triples`, :mod:`jsonout`) only write.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from .article import parse_article
from .authority import Authority
from .citations import get_citations
from .links import based_on
from .locality import SentenceProvinces
from .model import Extraction, Reference
from .people import people_and_organizations
from .places import find_places
from .resolve import finish, resolve_citations
from .sources import Source


def extract(source: Source, authority: Authority | None = None) -> Extraction:
    """Everything trichdan finds in one article."""
    meta = source.meta
    article = parse_article(source.path, source.raw, title=meta.get("title"), published=_iso(meta.get("published")),
                            source=meta.get("source"), authors=meta.get("authors"), url=meta.get("url"))
    places, locality = find_places(article)
    people, organizations = people_and_organizations(article, locality, places)
    refs = get_citations(article.text, article.zones, names=authority.names if authority else None)
    if authority is not None:
        refs = _with_aliases(refs, article.text, article.citing_zones(), authority)
    citations, documents = resolve_citations(refs, locality, authority, as_of=article.published,
                                             sentences=SentenceProvinces(article.text, places))
    finish(documents, citations, organizations, people, locality)
    return Extraction(article=article, citations=citations, documents=documents, people=people,
                      organizations=organizations, places=places, main_place=locality.district_key or locality.province_key,
                      based_on=based_on(article.text, citations))


def _with_aliases(refs: list[Reference], text: str, zones, authority: Authority) -> list[Reference]:
    """Add names the grammar cannot read ("Pháp lệnh dân chủ ở cơ sở") from the authority's aliases, where
    no citation was read already (found by bisection: linear in the text)."""
    starts = [r.start for r in refs]
    ends = list(accumulate((r.end for r in refs), max))  # the furthest end of the citations starting before
    added = []
    for zone in zones:
        for start, end, entry in authority.aliases.finditer(text, zone.start, zone.end):
            before = bisect_left(starts, end)  # citations starting before the alias ends
            if before and ends[before - 1] > start:
                continue  # it overlaps one
            doc = entry.document
            added.append(Reference(start, end, text[start:end], doc.type, number=doc.number, name=entry.name,
                                   issuer_code=doc.issuer_code, zone=zone.kind, date=doc.date, term=doc.term))
    return sorted(refs + added, key=lambda r: r.start) if added else refs


def _iso(value) -> str | None:
    return str(value)[:16] if value else None
