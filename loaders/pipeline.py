"""The extraction pipeline for one article: a pure function from a Source to an Extraction.

read → clean (zones, metadata) → places → organisations → people → citations → documents (keys, labels,
canonical issuers) → links. What leaves here is complete: writers (:mod:`triples`, :mod:`jsonout`) only write.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .article import parse_article
from .authority import Authority
from .citations import get_citations
from .links import based_on
from .locality import SentenceProvinces
from .model import Extraction, Reference
from .normalize import fold, normalize
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
    people, organizations = people_and_organizations(article, locality)
    refs = get_citations(article.text, article.zones, names=authority.names if authority else None)
    if authority is not None:
        refs = _with_aliases(refs, article.text, article.content_zones(), authority)
    citations, documents = resolve_citations(refs, locality, authority, as_of=article.published,
                                             sentences=SentenceProvinces(article.text, places))
    finish(documents, citations, organizations, people, locality)
    return Extraction(article=article, citations=citations, documents=documents, people=people,
                      organizations=organizations, places=places, main_place=locality.district_key or locality.province_key,
                      based_on=based_on(article.text, citations))


def _with_aliases(refs: list[Reference], text: str, zones, authority: Authority) -> list[Reference]:
    """Add names the grammar cannot read ("Pháp lệnh dân chủ ở cơ sở") from the authority's aliases.

    Linear in the text: the alias pattern is tried only where one of the aliases' first words starts, and a
    match is checked against the citations already found by bisection over their sorted starts.
    """
    pattern = authority.alias_pattern
    if pattern is None:
        return refs
    starts = _first_words(authority)
    taken = sorted((r.start, r.end) for r in refs)
    taken_starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end among the citations up to each one
    added = []
    for zone in zones:
        position = zone.start
        for candidate in starts.finditer(text, zone.start, zone.end):
            if candidate.start() < position:
                continue
            match = pattern.match(text, candidate.start(), zone.end)
            if match is None:
                continue
            position = match.end()
            before = bisect_left(taken_starts, match.end())  # citations starting before the match ends …
            if before and reach[before - 1] > match.start():  # … one of which ends after it starts: overlap
                continue
            entry = authority.by_alias[fold(match.group())]
            doc = entry.document
            added.append(Reference(match.start(), match.end(), match.group(), doc.type, number=doc.number,
                                   name=entry.name, issuer_code=doc.issuer_code, zone=zone.kind,
                                   date=doc.date, term=doc.term))
    return sorted(refs + added, key=lambda r: r.start) if added else refs


_FIRST_WORDS: dict[str, re.Pattern] = {}


def _first_words(authority: Authority) -> re.Pattern:
    """Where an alias can start: one of the aliases' first words, as a word (cached per alias pattern)."""
    key = authority.alias_pattern.pattern
    found = _FIRST_WORDS.get(key)
    if found is None:
        aliases = {normalize(a) for e in authority.entries for a in e.aliases}
        words = sorted({re.match(r"\w+|\W", a).group() for a in aliases if a}, key=len, reverse=True)
        found = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})", re.IGNORECASE)
        _FIRST_WORDS.clear()
        _FIRST_WORDS[key] = found
    return found


def _iso(value) -> str | None:
    return str(value)[:16] if value else None
