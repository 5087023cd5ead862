"""``trichdan cites REF``: read a reference with the article grammar and find the matching documents.

"Quyết định 99", "QĐ 99-QĐ/TW", "Pháp lệnh 34", "Luật Thực hiện dân chủ ở cơ sở", and scope words:
"Nghị quyết 05-NQ/TU Nghệ An", "... khóa XIII", "... năm 2023". One entry per matching document, so an
ambiguous reference lists its candidates separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..loaders.citations import get_citations
from ..loaders.normalize import normalize
from . import queries
from .store import Store

_YEAR = re.compile(r"(?:năm|ban hành năm)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*$")
_TERM = re.compile(r"khóa\s+([IVXL]+|\d{1,2})\b", re.IGNORECASE)
_PLACE = re.compile(r"(?:(?:của\s+)?(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|Tỉnh ủy|Huyện ủy|Thành ủy|UBND tỉnh|UBND)\s+)?"
                    r"([A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){0,3})\s*$")


class UnreadableReference(ValueError):
    """The reference cannot be read as a document citation."""


@dataclass(slots=True)
class DocumentQuery:
    """What a reference pins down; None means "any"."""

    text: str
    type: str | None = None
    number: int | None = None
    symbol: str | None = None
    scope: str | None = None
    year: int | None = None
    term: str | None = None
    name: str | None = None

    def params(self) -> dict:
        """Query parameters; "" and 0 stand for "any"."""
        return {"qType": self.type or "", "qNumber": self.number or 0, "qSymbol": self.symbol or "",
                "qScope": self.scope or "", "qYear": self.year or 0, "qTerm": self.term or "", "qName": self.name or ""}


def parse_reference(text: str) -> DocumentQuery:
    """Read ``text`` with the citation grammar; raise UnreadableReference when it names no document."""
    text = normalize(text).strip()
    refs = get_citations(text)
    if not refs:
        raise UnreadableReference(f"cannot read {text!r} as a document reference (try 'Quyết định 99' or '99-QĐ/TW')")
    ref = refs[0]
    query = DocumentQuery(text=text, type=ref.type, number=ref.number, symbol=ref.symbol.text if ref.symbol else None)
    if ref.name and ref.number is None:
        query.name = ref.name if ref.type != "Hiến pháp" else "Hiến pháp"
    if ref.plenum:
        query.name = f"Trung ương {ref.plenum}"
    if ref.congress:
        query.name = "Đại hội"
    rest = text[ref.end:]
    term = _TERM.search(rest) or (re.search(r"khóa\s+([IVXL]+|\d{1,2})", text) if ref.term else None)
    if ref.term or term:
        query.term = ref.term or term.group(1).upper()
    year = _YEAR.search(rest)
    if year:
        query.year = int(year.group(1) or year.group(2))
    elif ref.symbol and ref.symbol.year:
        query.year = ref.symbol.year
    place = _PLACE.search(_TERM.sub("", _YEAR.sub("", rest)).strip())
    if place and (ref.place or place.group(1)):
        query.scope = place.group(1)
    elif ref.place:
        query.scope = ref.place
    if query.symbol:  # the symbol says it all; the type word may differ ("QĐ 101-QĐ/TW" for a Quy định)
        query.type = None
    return query


def cites(store: Store, reference: str) -> dict:
    """The JSON answer: {query, documents: [{id, label, articles: [{id, file, title, published}]}]}."""
    query = parse_reference(reference)
    documents: dict[str, dict] = {}
    for row in queries.run(store, "cites", **query.params()):
        doc = documents.setdefault(row["doc"], {"id": row["doc"], "label": row["label"], "articles": []})
        if all(a["id"] != row["article"] for a in doc["articles"]):
            doc["articles"].append({"id": row["article"], "file": row["file"], "title": row["title"],
                                    "published": row["published"]})
    return {"query": reference, "parsed": {k: v for k, v in query.params().items() if v},
            "documents": list(documents.values())}
