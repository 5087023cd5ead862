"""``trichdan cites REF``: read a reference with the article grammar and find the matching documents.

"Quyết định 99", "QĐ 99-QĐ/TW", "Pháp lệnh 34", "Luật Thực hiện dân chủ ở cơ sở", "NQ TW4 khóa XII",
and scope words: "Nghị quyết 05-NQ/TU Nghệ An", "... khóa XIII", "... năm 2023". The reference goes
through the same resolver as articles (with the authority file), then index-friendly queries pick the
candidate documents. One entry per matching document, so an ambiguous reference lists each candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode

from ..loaders.iris import parse_document_iri
from ..loaders.keys import DocumentKey
from ..loaders.normalize import fold, normalize
from . import queries
from .store import GraphStore

if TYPE_CHECKING:
    from ..loaders.authority import Authority

_YEAR = re.compile(r"(?:năm|ban hành năm)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*$")
_TERM = re.compile(r"khóa\s+([IVXL]+|\d{1,2})\b", re.IGNORECASE)


@cache
def _place() -> re.Pattern:
    """A scope after the reference: "Nghệ An", "huyện Ân Thi", "của Tỉnh ủy Hà Tĩnh" (made when first needed:
    the grammar it draws on is the largest thing a command compiles)."""
    from ..loaders.citation_patterns import NAME
    from ..loaders.lexicon import BARE_ABBREVIATIONS, ISSUER_PHRASES, LEVEL_WORDS, alternation
    return re.compile(
        rf"(?:(?:của\s+)?(?:{alternation([*LEVEL_WORDS, *(p for p, _ in ISSUER_PHRASES)])}|(?:{alternation(BARE_ABBREVIATIONS)})\.?)\s+)?"
        rf"({NAME})\s*$")


class UnreadableReference(ValueError):
    """The reference cannot be read as a document citation."""


@dataclass(slots=True)
class DocumentQuery:
    """What a reference pins down; None means "any"."""

    text: str
    type: str | None = None
    number: int | None = None
    symbol: str | None = None
    key: str | None = None  # canonical key, when the reference resolves to one document
    loose: str | None = None  # the key, whatever the year or term
    scope: str | None = None
    year: int | None = None
    term: str | None = None
    name: str | None = None

    def described(self) -> dict:
        return {k: v for k, v in (("type", self.type), ("number", self.number), ("symbol", self.symbol),
                                  ("key", self.key), ("scope", self.scope), ("year", self.year),
                                  ("term", self.term), ("name", self.name)) if v is not None}


def parse_reference(text: str, authority: Authority | None = None) -> DocumentQuery:
    """Read ``text`` with the citation grammar; raise UnreadableReference when it names no document."""
    from ..loaders.citations import get_citations
    from ..loaders.model import Locality
    from ..loaders.resolve import resolve_citations
    text = normalize(text).strip()
    refs = get_citations(text, lenient=True, names=authority.names if authority else None)
    if not refs:
        raise UnreadableReference(f"cannot read {text!r} as a document reference (try 'Quyết định 99' or '99-QĐ/TW')")
    ref = refs[0]
    _, documents = resolve_citations([ref], Locality(), authority)
    doc = documents[0]
    key = DocumentKey.parse(doc.key)
    query = DocumentQuery(text=text, type=ref.type, number=doc.number, symbol=doc.symbol,
                          key=None if key.loose else doc.key, loose=str(key.without_epoch()))
    if ref.name and doc.number is None:
        query.name = ref.name if ref.type != "Hiến pháp" else "Hiến pháp"
    rest = text[ref.end:]
    term = _TERM.search(rest)
    query.term = ref.term or (term.group(1).upper() if term else None)
    year = _YEAR.search(rest)
    query.year = int(year.group(1) or year.group(2)) if year else (ref.symbol.year if ref.symbol else None)
    place = _place().search(_TERM.sub("", _YEAR.sub("", rest)).strip())
    query.scope = place.group(1) if place else ref.place
    return query


def find_documents(store: GraphStore, query: DocumentQuery) -> list[dict]:
    """Documents matching ``query``: by symbol, by key, by type and number, or by name; then filtered."""
    found: dict[str, dict] = {}
    if query.symbol:
        _collect(found, queries.run(store, "documents_by_symbol", qSymbol=query.symbol))
    if query.key:
        _collect(found, queries.run(store, "documents_by_key", qKey=query.key))
    if query.number is not None and not query.symbol:
        _collect(found, queries.run(store, "documents_by_number", qType=query.type, qNumber=query.number))
    elif query.symbol and query.number is not None:  # articles that gave the number but not the symbol
        _collect(found, [row for row in queries.run(store, "documents_by_number", qType=query.type, qNumber=query.number)
                         if row["symbol"] is None and _same_issuer(row["doc"], query.loose)])
    if query.name:
        _collect(found, queries.run(store, "documents_by_name", qType=query.type, qName=query.name))
    return [d for d in found.values() if _fits(d, query)]


def _same_issuer(iri: str, loose: str | None) -> bool:
    """True when the document IRI's key has the system, issuer and locality of ``loose`` ("nn/ttg/...")."""
    if loose is None:
        return False
    wanted, found = DocumentKey.parse(loose), parse_document_iri(iri)[1]
    return (found.system, found.issuer, found.scope) == (wanted.system, wanted.issuer, wanted.scope)


def _collect(found: dict[str, dict], rows: list[dict]) -> None:
    for row in rows:
        found.setdefault(row["doc"], row)


def _fits(doc: dict, query: DocumentQuery) -> bool:
    """Scope must match when asked; a year or term that the document does not state does not exclude it."""
    if query.scope and fold(doc.get("scope") or "") != fold(query.scope):
        return False
    if query.year and doc.get("year") and int(str(doc["year"])[:4]) != query.year:
        return False
    return not (query.term and doc.get("term") and doc["term"] != query.term)


def _newest_first(rows: list[dict]) -> list[dict]:
    """Dated articles newest first, then undated ones; ties by file name (both sorts are stable)."""
    rows = sorted(rows, key=lambda row: row["file"])
    return sorted(rows, key=lambda row: row["published"] or "", reverse=True)


def cites(store: GraphStore, reference: str, authority: Authority | None = None, *,
          query: DocumentQuery | None = None) -> dict:
    """The JSON answer: {query, parsed, documents: [{id, label, articles: [{id, file, title, published}]}]}.

    ``query``: the reference already read (``parse_reference``), else it is read here."""
    query = query or parse_reference(reference, authority)
    documents = []
    for doc in find_documents(store, query):
        rows = queries.run(store, "articles_citing", qDoc=NamedNode(doc["doc"]))
        articles = [{"id": a["article"], "file": a["file"], "title": a["title"], "published": a["published"]}
                    for a in _newest_first(rows)]
        documents.append({"id": doc["doc"], "label": doc["label"], "articles": articles})
    return {"query": reference, "parsed": query.described(), "documents": documents}
