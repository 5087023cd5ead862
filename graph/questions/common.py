"""What the question commands share: the documents a reference names, cards of documents, articles and
shared nodes (read once each and cached), labels that tell documents apart, and administrative tiers.

Every card is one bounded lookup: a document in ``td:catalogue``, an article in its own graph, a shared
node (person, body, place, post, site) by its first name in the union of graphs (``LIMIT 1``), so a
question costs what its answer holds, not what the store holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pyoxigraph import NamedNode

from ...loaders.iris import parse_document_iri
from ...loaders.lexicon import ISSUERS, LEVELS
from ...loaders.normalize import fold, slug
from .. import queries
from ..display import document_label
from ..store import GraphStore

TIERS = ("central", "province", "district", "commune")
TIER_NAMES = {"central": "trung ương / central", "province": "tỉnh / province", "district": "huyện / district",
              "commune": "xã / commune"}
_ISSUER_TIERS = {slug(code): issuer.level for code, issuer in ISSUERS.items()}
_LEVEL_TIERS = {level.word: level.tier for level in LEVELS}


class NotFound(LookupError):
    """Nothing in the store matches what the user named (one line, exit 1)."""


@dataclass(frozen=True, slots=True)
class DocumentCard:
    """A document as the catalogue describes it."""

    iri: str
    label: str
    type: str | None = None
    number: int | None = None
    symbol: str | None = None
    date: str | None = None  # YYYY-MM-DD
    year: str | None = None
    term: str | None = None
    issuer: str | None = None
    scope: str | None = None
    title: str | None = None

    @property
    def display(self) -> str:
        """The label with what tells namesakes apart: "Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)", as
        cites and the views write it."""
        return document_label({"label": self.label, "issuer": self.issuer, "scope": self.scope,
                               "date": self.date, "year": self.year})

    def record(self) -> dict:
        """The JSON form: id, label, display label and the catalogue fields that are known."""
        fields = {"type": self.type, "symbol": self.symbol, "date": self.date, "issuer": self.issuer,
                  "scope": self.scope}
        return {"id": self.iri, "label": self.label, "display": self.display,
                **{k: v for k, v in fields.items() if v is not None}}


@dataclass(frozen=True, slots=True)
class ArticleCard:
    """An article as it describes itself, with its site and main place named."""

    iri: str
    file: str
    title: str | None
    published: str | None
    url: str | None
    site: str | None
    place: str | None  # IRI of the main place

    @property
    def day(self) -> str | None:
        return self.published[:10] if self.published else None

    def record(self) -> dict:
        return {"id": self.iri, "file": self.file, "title": self.title, "published": self.published,
                "url": self.url, "site": self.site}


@dataclass(frozen=True, slots=True)
class NodeCard:
    """A shared node's name, and for a place its level word and the place it is in."""

    iri: str
    name: str
    level: str | None = None
    within: str | None = None


class Reader:
    """Cached cards over one store."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._documents: dict[str, DocumentCard | None] = {}
        self._articles: dict[str, ArticleCard | None] = {}
        self._nodes: dict[str, NodeCard | None] = {}

    def document(self, iri: str) -> DocumentCard:
        """The catalogue card of ``iri``; a document the catalogue lacks is labelled by its key."""
        if iri not in self._documents:
            rows = queries.run(self.store, "document_card", qDoc=NamedNode(iri))
            self._documents[iri] = _document_card(iri, rows[0]) if rows else None
        return self._documents[iri] or DocumentCard(iri, iri.rsplit("/doc/", 1)[-1])

    def has_document(self, iri: str) -> bool:
        self.document(iri)
        return self._documents[iri] is not None

    def article(self, iri: str) -> ArticleCard | None:
        if iri not in self._articles:
            rows = queries.run(self.store, "article_card", qArticle=NamedNode(iri))
            self._articles[iri] = None if not rows else ArticleCard(
                iri, rows[0]["file"], rows[0]["title"], rows[0]["published"], rows[0]["url"],
                self.name(rows[0]["publisher"]) if rows[0]["publisher"] else None, rows[0]["place"])
        return self._articles[iri]

    def node(self, iri: str) -> NodeCard | None:
        if iri not in self._nodes:
            rows = queries.run(self.store, "node_name", qNode=NamedNode(iri))
            self._nodes[iri] = NodeCard(iri, rows[0]["name"], rows[0]["level"], rows[0]["within"]) if rows else None
        return self._nodes[iri]

    def name(self, iri: str | None) -> str | None:
        card = self.node(iri) if iri else None
        return card.name if card else None

    def place_label(self, iri: str | None) -> str | None:
        """"Nghi Xuân (Hà Tĩnh)": a place with the province it is in; a province alone."""
        card = self.node(iri) if iri else None
        if card is None:
            return None
        top, seen = card, {card.iri}
        while top.within and top.within not in seen:
            seen.add(top.within)
            top = self.node(top.within) or top
            if top.within is None:
                break
        return card.name if top is card else f"{card.name} ({top.name})"

    def place_tier(self, iri: str | None) -> str | None:
        """province, district or commune, from the place's level word ("thành phố" with nothing above is a province)."""
        card = self.node(iri) if iri else None
        if card is None or card.level is None:
            return None
        if card.level == "thành phố" and card.within is None:
            return "province"
        return _LEVEL_TIERS.get(card.level)


def _document_card(iri: str, row: dict) -> DocumentCard:
    return DocumentCard(iri, row["label"], row["type"], row["number"], row["symbol"], row["date"],
                        str(row["year"]) if row["year"] is not None else None, row["term"], row["issuer"],
                        row["scope"], row["title"])


def document_by_iri(store: GraphStore, iri: str) -> list[str]:
    """``[iri]`` when the store holds that document; raises NotFound otherwise."""
    if Reader(store).has_document(iri):
        return [iri]
    raise NotFound(f"no document in the store has the IRI {iri}")


def store_base(store: GraphStore) -> str | None:
    """The base IRI the store's articles were minted under (None for an empty store)."""
    rows = queries.rows(store.query("SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } } LIMIT 1"))
    return rows[0]["a"].rsplit("article/", 1)[0] if rows else None


def document_tier(card: DocumentCard) -> str:
    """central, province, district or commune: the issuer's level, made more local by the scope's."""
    try:
        issuer = parse_document_iri(card.iri)[1].issuer
    except ValueError:
        issuer = "-"
    tier = _ISSUER_TIERS.get(issuer, "central" if not card.scope else "province")
    if card.scope and tier != "commune":
        tier = max(tier, scope_tier(card.scope), key=TIERS.index)
    return tier


def scope_tier(name: str) -> str:
    """The tier of a document's scope: a province if one is so named, else a district, else a commune."""
    from ...loaders import gazetteer
    levels = {_tier_of_unit(u) for u in gazetteer.lookup(name)}
    return next((t for t in TIERS[1:] if t in levels), "province")


def _tier_of_unit(unit) -> str:
    return "province" if unit.parent is None else _LEVEL_TIERS.get(unit.level, "commune")


def days_between(earlier: str | None, later: str | None) -> int | None:
    """Days from ``earlier`` to ``later`` (ISO dates or date-times); None when either is unknown."""
    if not earlier or not later:
        return None
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return None


def sort_key(text: str) -> tuple[str, str]:
    """Vietnamese alphabetical order, near enough: letters without diacritics first ("Đặng" with the Ds)."""
    return fold(text), text


