"""Labels that tell nodes apart wherever they are shown: in `cites`, query results, search and exports.

Three documents labelled "Nghị quyết 02-NQ/TU" become "Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)",
"… (Tỉnh ủy Thanh Hóa, 20/9/2016)" and "… (Tỉnh ủy, không rõ địa phương)"; a person is "Phan Văn Khoa
(Bí thư, Huyện ủy Cẩm Xuyên)", the post articles report most often. Everything is read by index lookups:
documents from the catalogue graph, names of shared nodes from the union of all graphs, posts inside each
article's graph, so the cost is per node shown, never per store.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox

from ..loaders.keys import DocumentKey, InvalidKey
from ..loaders.lexicon import ISSUERS, RELATION_WORDS
from ..loaders.normalize import fold, slug
from ..loaders.vocab import ELI, ORG, RDFS, SDO, SKOS, TD
from .catalogue import CATALOGUE
from .store import GraphStore

UNKNOWN_PLACE = "không rõ địa phương"
# How an article cites a document (the local name of the CiTO or td: property), in the words articles use.
HOW = {kind: words[0] for kind, words in RELATION_WORDS.items()}
_FIELDS = {str(RDFS.label): "label", str(TD.typeName): "type", str(TD.number): "number", str(ELI.id_local): "symbol",
           str(ELI.date_document): "date", str(TD.year): "year", str(TD.issuerName): "issuer", str(TD.scope): "scope",
           str(TD.partyTerm): "term", str(ELI.title): "title", str(TD.key): "key"}
_ALT = str(SKOS.altLabel)
_MEMBER, _ROLE, _ORGANIZATION = (ox.NamedNode(str(p)) for p in (ORG.member, ORG.role, ORG.organization))
_PREF, _NAME, _TYPE = ox.NamedNode(str(SKOS.prefLabel)), ox.NamedNode(str(SDO.name)), ox.NamedNode(str(SDO.Person))
_PASSED_BY, _SUB_ORGANIZATION_OF = ox.NamedNode(str(ELI.passed_by)), ox.NamedNode(str(ORG.subOrganizationOf))
_BOUNDARY = re.compile(r"[.!?…](?=\s)|\n")  # where a sentence ends: a stop before a space, or a line end
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def catalogue_entry(store: GraphStore, iri: str) -> dict | None:
    """A document's catalogue description ({label, type, number, symbol, date, year, issuer, scope, term, title,
    key, aliases}); None when ``iri`` is not a catalogued document."""
    entry: dict = {"aliases": []}
    found = False
    for quad in store.quads_for_pattern(ox.NamedNode(iri), None, None, CATALOGUE):
        found = True
        name = _FIELDS.get(quad.predicate.value)
        if name:
            entry[name] = int(quad.object.value) if name == "number" else quad.object.value
        elif quad.predicate.value == _ALT:
            entry["aliases"].append(quad.object.value)
    if not found:
        return None
    entry["aliases"].sort()
    entry.setdefault("label", iri.rsplit("/doc/", 1)[-1])
    return entry


def day(date: str | None) -> str | None:
    """"2017-05-12" → "12/5/2017", the way Vietnamese documents write their date."""
    if not date or len(date) < 10 or not date[:4].isdigit():
        return None
    return f"{int(date[8:10])}/{int(date[5:7])}/{date[:4]}"


def document_label(entry: dict) -> str:
    """"Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)": the label with its issuer and date (or year)."""
    label = entry["label"]
    issuer = entry.get("issuer")
    if issuer and entry.get("scope") and fold(entry["scope"]) not in fold(issuer):
        issuer = f"{issuer} {entry['scope']}"
    elif issuer and not entry.get("scope") and _is_local(entry.get("key")):
        issuer = f"{issuer}, {UNKNOWN_PLACE}"
    when = day(entry.get("date")) or (str(entry["year"])[:4] if entry.get("year") else None)
    parts = [p for p in (issuer, when) if p and p not in label]
    return f"{label} ({', '.join(parts)})" if parts else label


def document_labels(store: GraphStore, iris: Iterable[str]) -> dict[str, str]:
    """IRI → disambiguating label, for the catalogued documents among ``iris``."""
    found = {}
    for iri in dict.fromkeys(iris):
        entry = catalogue_entry(store, iri)
        if entry is not None:
            found[iri] = document_label(entry)
    return found


def person_label(store: GraphStore, iri: str) -> str | None:
    """"Phan Văn Khoa (Bí thư, Huyện ủy Cẩm Xuyên)": the post reported most often; None if ``iri`` is no person."""
    node = ox.NamedNode(iri)
    if next(iter(store.quads_for_pattern(node, _RDF_TYPE, _TYPE, None)), None) is None:
        return None
    name = _first(store, node, _NAME) or iri.rsplit("/", 1)[-1]
    post = main_post(store, iri)
    if post:
        return f"{name} ({', '.join(p for p in post if p)})"
    province = _province_names().get(iri.rstrip("/").rsplit("/", 2)[-2])
    return f"{name} ({province})" if province else name


def main_post(store: GraphStore, iri: str) -> tuple[str, str | None] | None:
    """(post, body) reported most often for the person ``iri`` (ties: alphabetical); None when none is."""
    posts: Counter = Counter()
    for quad in store.quads_for_pattern(None, _MEMBER, ox.NamedNode(iri), None):
        graph = quad.graph_name
        role = next(iter(store.quads_for_pattern(quad.subject, _ROLE, None, graph)), None)
        body = next(iter(store.quads_for_pattern(quad.subject, _ORGANIZATION, None, graph)), None)
        if role is not None:
            posts[(role.object, body.object if body else None)] += 1
    if not posts:
        return None
    labelled = Counter()
    for (role, body), count in posts.items():
        labelled[(_first(store, role, _PREF) or role.value.rsplit("/", 1)[-1],
                  _first(store, body, _PREF) if body is not None else None)] += count
    return min(labelled, key=lambda post: (-labelled[post], post[0], post[1] or ""))


def person_labels(store: GraphStore, iris: Iterable[str]) -> dict[str, str]:
    """IRI → "Name (post, body)", for the people among ``iris``."""
    found = {}
    for iri in dict.fromkeys(iris):
        label = person_label(store, iri)
        if label is not None:
            found[iri] = label
    return found


def issuer_chain(store: GraphStore, iri: str, depth: int = 3) -> list[str]:
    """Names of the body that issued document ``iri`` and of the bodies above it ("Huyện ủy Ân Thi", "Tỉnh ủy
    Hưng Yên"), from any graph: every graph describing a node describes it alike, so the first says it."""
    names: list[str] = []
    body = _first_node(store, ox.NamedNode(iri), _PASSED_BY)
    while body is not None and depth:
        name = _first(store, body, _PREF)
        if name is not None and name not in names:
            names.append(name)
        body, depth = _first_node(store, body, _SUB_ORGANIZATION_OF), depth - 1
    return names


def _first_node(store: GraphStore, node: ox.NamedNode, predicate: ox.NamedNode) -> ox.NamedNode | None:
    found = next(iter(store.quads_for_pattern(node, predicate, None, None)), None)
    return found.object if found is not None and isinstance(found.object, ox.NamedNode) else None


def relation_name(iri: str) -> str:
    """The CiTO kind of a citation IRI ("…/cito/citesAsAuthority" → "citesAsAuthority")."""
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def sentence(text: str, start: int | None, end: int | None, reach: int = 300) -> str:
    """The sentence around ``text[start:end]`` on one line (at most ``reach`` characters either side, "…"
    where it is cut); "" without offsets."""
    if start is None or end is None or not text:
        return ""
    left = max(0, start - reach)
    before = [m.end() for m in _BOUNDARY.finditer(text, left, start)]
    begin = before[-1] if before else left
    after = _BOUNDARY.search(text, end, min(len(text), end + reach))
    finish = after.end() if after else min(len(text), end + reach)
    cut = ("…" if not before and left > 0 else "") + text[begin:finish].strip()
    return " ".join((cut + ("…" if after is None and finish < len(text) else "")).split())


def relabel(store: GraphStore, columns: list[str], rows: list[dict]) -> None:
    """In query results, a ``label`` or ``name`` column right after a column of document or person IRIs
    shows their disambiguating label instead of the bare one (in place)."""
    for left, right in zip(columns, columns[1:]):
        if right not in ("label", "name"):
            continue
        iris = [row[left] for row in rows if isinstance(row.get(left), str) and row[left].startswith(("http://", "https://"))]
        labels = {**document_labels(store, iris), **person_labels(store, iris)}
        for row in rows:
            if row.get(left) in labels:
                row[right] = labels[row[left]]


def _first(store: GraphStore, node: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
    found = next(iter(store.quads_for_pattern(node, predicate, None, None)), None)
    return found.object.value if found else None


@cache
def _province_names() -> dict[str, str]:
    """Slug → name of every province, as person IRIs hold it (``person/<province>/<name>``)."""
    from ..loaders import gazetteer  # loaded only for people without a post
    return {slug(u.name): u.name for u in gazetteer.units() if u.parent is None}


_ISSUER_SLUGS = {slug(code): issuer for code, issuer in ISSUERS.items()}


def _is_local(key: str | None) -> bool:
    """Whether a document key's issuer is a local one (Tỉnh ủy, Huyện ủy, UBND …) whose locality is unknown."""
    try:
        parsed = DocumentKey.parse(key or "")
    except InvalidKey:
        return False
    issuer = _ISSUER_SLUGS.get(parsed.issuer)
    return issuer is not None and issuer.level != "central" and parsed.scope is None
