"""``trichdan documents``: the most cited documents, in a period, of a type, an issuer or a locality.

Counts come from one aggregate over the article graphs (``documents_cited.rq``: the articles of the period
first, one date lookup an article, then what each cites; a date lookup for every citation took 2.4 times
as long at 100,000 articles), the descriptions from the catalogue (``catalogue.rq``); type, issuer and
scope are compared without case or diacritics, and a scope includes the units inside it (a province, its
districts and communes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...loaders.normalize import fold
from .. import queries
from ..store import GraphStore
from .common import DocumentCard, sort_key
from .places import names_within, spelling

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
COLUMNS = ["rank", "document", "type", "issuer", "date", "articles", "first", "last"]


class BadFilter(ValueError):
    """A filter the user gave cannot be read (one line)."""


@dataclass(frozen=True, slots=True)
class Filters:
    since: str | None = None
    until: str | None = None
    type: str | None = None
    issuer: str | None = None
    scope: str | None = None


def period_bound(value: str | None, option: str, end: bool) -> str:
    """"2023" → "2023-01-01" (or "2023-12-31" for an end), "2023-05" → "2023-05-01" / "2023-05-31"."""
    if not value:
        return "9999" if end else ""
    match = _PERIOD.fullmatch(value.strip())
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12) or (match.group(3) and not 1 <= int(match.group(3)) <= 31):
        raise BadFilter(f"{option} {value!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    return f"{year}-{month or ('12' if end else '01')}-{day or ('31' if end else '01')}"


def most_cited(store: GraphStore, filters: Filters, limit: int | None = 20) -> list[dict]:
    """Documents by citing articles (most first, then by label), with their catalogue fields."""
    since, until = period_bound(filters.since, "--since", False), period_bound(filters.until, "--until", True)
    if since > until:
        raise BadFilter(f"--since {filters.since} is after --until {filters.until}")
    cards = {row["doc"]: _card(row) for row in queries.run(store, "catalogue")}
    scopes = _scope_names(filters.scope) if filters.scope else None
    found = []
    for row in queries.run(store, "documents_cited", qSince=since, qUntil=until):
        card = cards.get(row["doc"]) or DocumentCard(row["doc"], row["doc"].rsplit("/doc/", 1)[-1])
        if _fits(card, filters, scopes):
            found.append({**card.record(), "articles": row["articles"],
                          "first": None if row["first"] == "9999" else row["first"], "last": row["last"] or None})
    found.sort(key=lambda d: (-d["articles"], sort_key(d["display"])))
    for rank, entry in enumerate(found, 1):
        entry["rank"] = rank
    return found[:limit] if limit else found


def _card(row: dict) -> DocumentCard:
    return DocumentCard(row["doc"], row["label"], row["type"], symbol=row["symbol"], date=row["date"],
                        year=str(row["year"]) if row["year"] is not None else None, issuer=row["issuer"], scope=row["scope"])


def _scope_names(place: str) -> set[str]:
    names = names_within(place)
    if not names:
        raise BadFilter(f"--scope {place!r}: no administrative unit of that name")
    return names


def _fits(card: DocumentCard, filters: Filters, scopes: set[str] | None) -> bool:
    if filters.type and fold(card.type or "") != fold(filters.type):
        return False
    if filters.issuer and fold(filters.issuer) not in fold(card.issuer or ""):
        return False
    return scopes is None or (card.scope is not None and spelling(card.scope) in scopes)


def rows(found: list[dict]) -> list[dict]:
    return [{"rank": d["rank"], "document": d["display"], "type": d.get("type"), "issuer": d.get("issuer"),
             "date": d.get("date"), "articles": d["articles"], "first": d["first"], "last": d["last"]} for d in found]
