"""A page per document, like the relation diagrams of Vietnamese legal-document sites.

Its metadata; what it is based on, amends or replaces and what is based on it, amends or replaces it
(``eli:based_on`` and the citation kinds, both directions); the citing articles as a sortable table
(date, site, title, how, sentence); the localities and officials of those articles; and the graph.
``document_html`` returns the page for a document IRI, so a server can answer with it too.
"""

from __future__ import annotations

from collections import Counter

from ..store import GraphStore
from .content import DEFAULT_LIMIT, View, build
from .labels import KIND_LABELS, UNKNOWN, document_label, kinds_text, vi
from .data import Reader
from .page import asset, render, script_json

TABLE_FIELDS = (("type", "Loại văn bản / type"), ("number", "Số / number"), ("symbol", "Ký hiệu / symbol"),
                ("date", "Ngày ban hành / date"), ("year", "Năm / year"), ("issuer", "Cơ quan ban hành / issuer"),
                ("scope", "Địa phương / locality"), ("term", "Khóa / term"), ("title", "Trích yếu / title"),
                ("key", "Khóa chuẩn / canonical key"))


class UnknownDocument(LookupError):
    """No document with this IRI in the catalogue."""


def document_html(store: GraphStore, iri: str, *, limit: int = DEFAULT_LIMIT, group_by: str = "province") -> str:
    """The document page of ``iri`` as one self-contained HTML string (UnknownDocument if it is not catalogued)."""
    if not Reader(store).exists(iri):
        raise UnknownDocument(iri)
    return document_page(build(store, [iri], limit=limit, group_by=group_by), iri)


def document_page(view: View, iri: str) -> str:
    """Render the document page of ``iri`` from ``view``, the view built with ``iri`` as its focus."""
    context = document_context(view, iri)
    return render("document.html", view, embedded=True, table=script_json(context["citing"]),
                  document_js=asset("document.js"), **context)


def document_context(view: View, iri: str) -> dict:
    """Metadata, relations, and the rows of the citing-articles, localities and officials tables."""
    doc = view.documents[iri]
    me = view.meta[view.ids[iri]]
    fields = [(name, doc.fields.get(key)) for key, name in TABLE_FIELDS if doc.fields.get(key)]
    fields.append(("Tên khác / aliases", "; ".join(doc.aliases)) if doc.aliases else None)
    fields.append(("Được trích dẫn / cited by", f"{vi(doc.cited_in_store)} bài báo trong kho / {doc.cited_in_store:,} articles in the store"))
    how = Counter(me["kinds"])
    if how:
        fields.append(("Cách trích dẫn / how it is cited",
                       ", ".join(f"{KIND_LABELS[k][0]} ({KIND_LABELS[k][1]}): {n}" for k, n in how.most_common())))
    fields.append(("IRI", iri))
    return {"document": doc, "label": document_label(doc.label, doc.fields.get("scope"), doc.fields.get("year")),
            "fields": [f for f in fields if f], "relations": relations(view, iri), "citing": citing_rows(view, iri),
            "localities": localities(view, iri), "officials": officials(view, iri)}


def relations(view: View, iri: str) -> list[dict]:
    """Based on / basis of (eli:based_on), amends / amended by, replaces / replaced by, each with its documents."""
    reader = view.reader
    basis, derived = reader.based_on(iri)

    def named(iris) -> list[str]:
        out = []
        for other in iris:
            known = view.documents.get(other) or reader.document(other)
            out.append(document_label(known.label, known.fields.get("scope"), known.fields.get("year")))
        return out

    stated = {kind: ([t for (s, k, t) in view.links if s == iri and k == kind],
                     [s for (s, k, t) in view.links if t == iri and k == kind]) for kind in ("updates", "replaces")}
    return [
        {"title": "Căn cứ / based on", "items": named(basis)},
        {"title": "Là căn cứ của / basis of", "items": named(derived)},
        {"title": "Sửa đổi, bổ sung / amends", "items": named(stated["updates"][0])},
        {"title": "Được sửa đổi bởi / amended by", "items": named(stated["updates"][1])},
        {"title": "Thay thế / replaces", "items": named(stated["replaces"][0])},
        {"title": "Bị thay thế bởi / replaced by", "items": named(stated["replaces"][1])},
    ]


def citing_rows(view: View, iri: str) -> list[dict]:
    """One row per citing article in the page: date, site, title, url, file, how, sentences, node id."""
    doc_id = view.ids[iri]
    rows = []
    for article in view.articles:
        m = view.meta[view.ids[article.iri]]
        entry = next((c for c in m["cites"] if c[0] == doc_id), None)
        if entry is None:
            continue
        rows.append({"id": view.ids[article.iri], "date": m["date"], "site": m["site"] or "",
                     "title": m["title"] or m["heading"] or m["file"], "url": m["url"], "file": m["file"],
                     "how": kinds_text(entry[1]), "sentence": " … ".join(entry[2])})
    return rows


def localities(view: View, iri: str) -> list[dict]:
    """The main places of the citing articles in the page, with their province and how many articles."""
    counts: Counter = Counter()
    for article in view.articles:
        if view.ids[iri] in {c[0] for c in view.meta[view.ids[article.iri]]["cites"]}:
            counts[article.place] += 1
    out = []
    for place, n in counts.most_common():
        node = view.reader.node(place) if place else None
        province = view.reader.province(place) if place else None
        out.append({"name": node.name if node else UNKNOWN, "level": (node.level or "") if node else "",
                    "province": province.name if province and province is not node else "", "articles": n})
    return out


def officials(view: View, iri: str, top: int = 200) -> list[dict]:
    """People named in the citing articles of the page, with their posts there, most often named first."""
    doc_id = view.ids[iri]
    citing = {view.ids[a.iri] for a in view.articles if doc_id in {c[0] for c in view.meta[view.ids[a.iri]]["cites"]}}
    counts: Counter = Counter()
    posts: dict[str, dict] = {}
    for a in citing:
        m = view.meta[a]
        for person in dict.fromkeys([*m["people"], *(p[0] for p in m["posts"])]):
            counts[person] += 1
        for person, role, org in m["posts"]:
            posts.setdefault(person, {})[", ".join(x for x in (role, view.meta[org]["name"] if org in view.meta else None) if x)] = None
    return [{"id": p, "name": view.meta[p]["name"], "province": view.meta[p].get("province") or "",
             "posts": "; ".join(posts.get(p, {})), "articles": n}
            for p, n in counts.most_common(top) if p in view.meta]
