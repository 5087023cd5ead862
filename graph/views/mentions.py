"""The people, organisations and places a view's articles name, as nodes with their details."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .data import Node
from .labels import UNKNOWN, short
from .nodes import node_number, vis_node

if TYPE_CHECKING:
    from .content import Assembly


def add_people_bodies_places(page: Assembly) -> None:
    """The people, organisations and places the articles name, the posts they report, the issuing bodies."""
    mentioned: dict[str, set[str]] = defaultdict(set)
    posts: dict[str, dict[tuple[str, str | None], None]] = defaultdict(dict)
    members: dict[str, set[str]] = defaultdict(set)
    for a in page.articles:
        a_id = page.ids[a.iri]
        m = page.meta[a_id]
        for key, iris in (("people", a.people), ("organizations", a.organizations), ("places", a.places)):
            for iri in iris:
                m[key].append(page.nid(iri, key[0]))
                mentioned[iri].add(a_id)
        for post in a.posts:
            person = page.nid(post.person, "p")
            org = page.nid(post.organization, "o") if post.organization else None
            m["posts"].append([person, post.role, org])
            posts[post.person][(post.role, org)] = None
            mentioned[post.person].add(a_id)
            if post.organization:
                members[post.organization].add(person)
                mentioned.setdefault(post.organization, set())
    issuers = sorted({d.issuer for d in page.documents.values() if d.issuer} - set(mentioned))
    for iri in [*mentioned, *issuers]:
        node = page.reader.node(iri)
        if node is not None:
            articles = sorted(mentioned.get(iri, ()), key=node_number)
            if node.kind == "person":
                _person(page, node, articles, [[role, org] for role, org in posts.get(iri, {})])
            elif node.kind == "place":
                _place(page, node, articles)
            else:
                _organization(page, node, articles, sorted(members.get(iri, ()), key=node_number))


def _person(page: Assembly, node: Node, articles: list[str], posts: list[list]) -> None:
    i = page.nid(node.iri, "p")
    provinces = Counter(page.meta[a]["province"] for a in articles if page.meta[a]["province"] != UNKNOWN)
    home = provinces.most_common(1)[0][0] if provinces else None
    page.nodes[i] = vis_node(i, "person", f"{node.name} ({home})" if home else node.name,
                             "; ".join(role for role, _ in posts) or node.name)
    page.meta[i] = {"kind": "person", "iri": node.iri, "name": node.name, "province": home, "posts": posts,
                    "articles": articles}


def _place(page: Assembly, node: Node, articles: list[str]) -> None:
    i = page.nid(node.iri, "l")
    parent = page.reader.node(node.parent) if node.parent else None
    province = page.reader.province(node.iri)
    page.nodes[i] = vis_node(i, "place", f"{node.name} ({parent.name})" if parent else node.name,
                             f"{node.level or ''} {node.name}".strip())
    page.meta[i] = {"kind": "place", "iri": node.iri, "name": node.name, "level": node.level,
                    "parent": parent.name if parent else None, "province": province.name if province else None,
                    "articles": articles}


def _organization(page: Assembly, node: Node, articles: list[str], members: list[str]) -> None:
    i = page.nid(node.iri, "o")
    place = page.reader.node(node.place) if node.place else None
    parent = page.reader.node(node.parent) if node.parent else None
    province = page.reader.province(node.place) if node.place else None
    page.nodes[i] = vis_node(i, "organization", short(node.name, 36), node.name)
    page.meta[i] = {"kind": "organization", "iri": node.iri, "name": node.name, "orgKind": node.level,
                    "parent": parent.name if parent else None, "place": place.name if place else None,
                    "province": province.name if province else None, "articles": articles, "members": members,
                    "issued": []}
