"""One lookup for everything a user names: documents, people, bodies and places.

``Lookup.documents`` reads a document reference as people type it (``cites.parse_reference``: any case,
with or without diacritics, slips in type words, authority aliases, a scope given as any administrative
unit) and falls back to the words of every catalogued document's label, symbol, title and aliases.
``Lookup.search`` also matches the names of people (schema:name), bodies (skos:prefLabel and every
skos:altLabel: "Ban Chấp hành Đảng bộ huyện Ân Thi" is Huyện ủy Ân Thi; "UBND" is read "Ủy ban nhân dân")
and places, word by word with case and diacritics aside. Each hit carries the label that tells it apart
and how many articles cite or mention it. When nothing matches, ``Lookup.suggest`` gives the nearest
documents, names and places of the store by fuzzy matching (rapidfuzz's WRatio over folded text).

Reading the names costs one scan of the names in the store (about 1.5 s at 20,000 articles); it is done
only for ``search`` and suggestions, and kept for the Lookup's life (a server keeps one Lookup).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox

from ..loaders.authority import Authority
from ..loaders.lexicon import BODIES, COMMITTEES, WORD_ABBREVIATIONS
from ..loaders.normalize import fold
from ..loaders.vocab import CITO, ORG, SDO, SKOS
from . import display, queries, spelling
from .cites import DocumentQuery, UnreadableReference, find_documents, parse_reference
from .store import GraphStore

KINDS = ("document", "person", "organization", "place")
KIND_NAMES = {"document": "văn bản / document", "person": "người / person", "organization": "tổ chức / body",
              "place": "địa bàn / place"}
_CLASSES = {str(SDO.Person): "person", str(ORG.Organization): "organization", str(SDO.AdministrativeArea): "place"}
_ALT = str(SKOS.altLabel)
_CITES, _MENTIONS = ox.NamedNode(str(CITO.cites)), ox.NamedNode(str(SDO.mentions))
_SUGGESTION_CUTOFF = 70  # nearness (0–100) below which a name is not "near"
_SHORT = 8  # characters: a shorter query is compared with whole names only ("nghe an" is not "ngo van …")
_ROUGH = 400  # names kept by the fast first pass (rapidfuzz's WRatio, in C) before ``nearness``
_ABBREVIATIONS = {fold(a): full for a, full in WORD_ABBREVIATIONS.items()}


@dataclass(slots=True)
class Hit:
    """Something in the store that matches: its kind, IRI, the label that tells it apart, how many
    articles cite (documents) or mention it (the others), and the text that matched when not its label."""

    kind: str
    id: str
    label: str
    articles: int
    matched: str | None = None
    score: float | None = None  # suggestions: how near (0–100)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("kind", "id", "label", "articles", "matched", "score")
                if getattr(self, k) is not None}


@dataclass(slots=True)
class DocumentAnswer:
    """The documents a reference names: the reading (None when the grammar found no reference) and the rows
    of ``cites.find_documents``; ``error`` says why the reference could not be read, if it could not."""

    query: DocumentQuery | None
    documents: list[dict]
    error: str | None = None


@dataclass(slots=True)
class _Named:
    """A name index entry: a node of ``kind``, one of its names, and that name folded and as a word set."""

    kind: str
    id: str
    text: str
    folded: str
    words: frozenset[str]

    @classmethod
    def of(cls, kind: str, iri: str, text: str, folded: str | None = None) -> _Named:
        words = spelling.folded_words(fold(text) if folded is None else folded)
        return cls(kind, iri, text, " ".join(words), frozenset(words))


@dataclass
class Lookup:
    """Lookups over one store; the name index is read once, on first need."""

    store: GraphStore
    authority: Authority | None = None
    _index: list[_Named] | None = field(default=None, repr=False)
    _labels: dict[str, str] = field(default_factory=dict, repr=False)  # node → its first name

    # -- documents ----------------------------------------------------------------------------------
    def documents(self, text: str) -> DocumentAnswer:
        """Documents a reference names: as a reference, else by the words of their names."""
        try:
            query = parse_reference(text, self.authority)
        except UnreadableReference as exc:
            query, error = None, str(exc)
        else:
            found = find_documents(self.store, query)
            if found or query.scope or query.number is not None and query.name is None:
                return DocumentAnswer(query, found)
            error = None
        rows = [self._document_row(hit.id) for hit in self._match(text, kinds=("document",))]
        return DocumentAnswer(query, rows, error if not rows else None)

    def _document_row(self, iri: str) -> dict:
        entry = display.catalogue_entry(self.store, iri) or {"label": iri}
        return {"doc": iri, "label": entry["label"], "type": entry.get("type"), "symbol": entry.get("symbol"),
                "scope": entry.get("scope"), "year": entry.get("year"), "term": entry.get("term"),
                "display": display.document_label(entry), "date": entry.get("date")}

    # -- everything ---------------------------------------------------------------------------------
    def search(self, text: str) -> list[Hit]:
        """Every document, person, body and place ``text`` names, most cited or mentioned first within a kind."""
        hits: dict[str, Hit] = {}
        answer = self.documents(text)
        for row in answer.documents:
            hits[row["doc"]] = Hit("document", row["doc"], row["display"], self._count(row["doc"], _CITES))
        for hit in self._match(text):
            hits.setdefault(hit.id, hit)
        return sorted(hits.values(), key=lambda h: (KINDS.index(h.kind), -h.articles, h.label))

    def suggest(self, text: str, limit: int = 5) -> list[Hit]:
        """The ``limit`` nodes whose names are nearest to ``text`` (fuzzy), nearest first."""
        index = self._names()
        if not index:
            return []
        from rapidfuzz import fuzz, process  # imported when needed: a lookup that finds its answer needs no fuzzy match
        query = " ".join(spelling.words(text))
        best: dict[str, float] = {}
        rough = process.extract(query, [n.folded for n in index], scorer=fuzz.WRatio, limit=_ROUGH)
        for _, _, position in rough:
            node = index[position]
            score = nearness(query, node.folded)
            if score >= _SUGGESTION_CUTOFF:
                best[node.id] = max(best.get(node.id, 0), score)
        kinds = {n.id: n.kind for n in index}
        hits = [self._hit(kinds[i], i, score=round(best[i], 1)) for i in best]
        return sorted(hits, key=lambda h: (-h.score, -h.articles, h.label))[:limit]

    # -- internals ----------------------------------------------------------------------------------
    def _match(self, text: str, kinds: tuple[str, ...] = KINDS) -> list[Hit]:
        """Nodes one of whose names holds every word of ``text`` or of another way to name the same body
        ("UBND" is "Ủy ban nhân dân", "Ban Chấp hành Đảng bộ huyện X" is "Huyện ủy X")."""
        forms = [f for f in (_expanded(w) for w in _body_forms(" ".join(spelling.words(text)))) if f]
        if not forms:
            return []
        phrases = [" " + " ".join(f) for f in forms]
        any_order: dict[str, _Named] = {}
        in_order: dict[str, _Named] = {}  # a name holding the words in the order typed
        for named in self._names():
            if named.kind in kinds and any(spelling.contains(f, named.words, prefix_last=True) for f in forms):
                any_order.setdefault(named.id, named)
                if any(p in " " + named.folded for p in phrases):
                    in_order.setdefault(named.id, named)
        ordered_kinds = {n.kind for n in in_order.values()}  # a kind with names in order keeps only those
        matched = {**{i: n for i, n in any_order.items() if n.kind not in ordered_kinds}, **in_order}
        return [self._hit(n.kind, n.id, n.text) for n in matched.values()]

    def _hit(self, kind: str, iri: str, matched: str | None = None, score: float | None = None) -> Hit:
        if kind == "document":
            entry = display.catalogue_entry(self.store, iri) or {"label": iri}
            label, count = display.document_label(entry), self._count(iri, _CITES)
        else:
            label = (display.person_label(self.store, iri) if kind == "person" else None) or self._name(iri) or iri
            count = self._count(iri, _MENTIONS)
        return Hit(kind, iri, label, count, matched if matched and fold(matched) not in fold(label) else None, score)

    def _name(self, iri: str) -> str | None:
        self._names()
        return self._labels.get(iri)

    def _count(self, iri: str, predicate: ox.NamedNode) -> int:
        """Articles citing (or mentioning) ``iri``: the graphs holding such a link."""
        return len({q.graph_name.value for q in self.store.quads_for_pattern(None, predicate, ox.NamedNode(iri), None)})

    def _names(self) -> list[_Named]:
        """Every name of every catalogued document, person, body and place (read on first need)."""
        if self._index is None:
            self._index, self._labels = _read_names(self.store)
        return self._index


def _read_names(store: GraphStore) -> tuple[list[_Named], dict[str, str]]:
    """Every name of every catalogued document, person, body and place, with its folded words; and each
    person's, body's and place's first name (its preferred label before its alternative ones)."""
    index = [_Named.of("document", row["doc"], row["text"]) for row in queries.run(store, "catalogue_names")]
    for iri in dict.fromkeys(n.id for n in index):
        entry = display.catalogue_entry(store, iri)
        if entry is not None:
            index.append(_Named.of("document", iri, display.document_label(entry)))
    classes = {row["node"]: _CLASSES[row["class"]] for row in queries.run(store, "node_classes")}
    rows = [(classes[row["node"]], row["node"], " ".join(row["name"].split()), row["property"])
            for row in queries.run(store, "names") if row["node"] in classes]
    folded = fold("\n".join(row[2] for row in rows)).split("\n")  # one call: folding costs per call
    index += [_Named.of(kind, iri, name, f) for (kind, iri, name, _), f in zip(rows, folded)]
    labels: dict[str, str] = {}
    for _, iri, name, _ in sorted(rows, key=lambda r: (r[3] == _ALT, r[2])):  # altLabels last
        labels.setdefault(iri, name)
    return index, labels


def _expanded(folded: str) -> list[str]:
    """Folded words with the abbreviations of body names written out ("ubnd" → "uy ban nhan dan")."""
    return [w for word in folded.split() for w in spelling.words(_ABBREVIATIONS.get(word, word))]


@cache
def _committee_forms() -> tuple[tuple[str, str], ...]:
    """("ban chap hanh dang bo huyen", "huyen uy") …: a Party committee named by its executive committee."""
    aliases = {fold(a) for a in BODIES["party"]["aliases"]}
    return tuple((f"{alias} {fold(level)}", fold(name)) for alias in aliases for level, name in COMMITTEES.items())


def _body_forms(folded: str) -> list[str]:
    """``folded`` and, when it names a Party committee by its executive committee, the committee's own name."""
    forms = [folded]
    for long, short in _committee_forms():
        if long in folded:
            forms.append(folded.replace(long, short))
    return forms


def nearness(query: str, name: str) -> float:
    """How near a folded query is to a folded name (0–100): the best of their similarity (rapidfuzz's ratio),
    the query's to the name's first words ("quyet dinh 999" ~ "quyet dinh 99 …"), word order aside, and
    the share of the query's words the name holds (two at least: "phap lenh dan chu o co so" ~ "luat thuc
    hien dan chu o co so 2022")."""
    from rapidfuzz import fuzz
    words, named = query.split(), name.split()
    shared = len(set(words) & set(named))
    head = fuzz.ratio(query, " ".join(named[:len(words)])) if len(query) >= _SHORT else 0
    return max(fuzz.ratio(query, name), head, fuzz.token_sort_ratio(query, name),
               100 * shared / len(words) if shared >= 2 else 0)
