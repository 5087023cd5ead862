"""Canonical document identifiers, the basis of document IRIs."""

from __future__ import annotations

from .doctypes import ISSUERS
from .model import Document
from .normalize import slug

UNKNOWN = "-"


def document_key(doc: Document, *, name: str | None = None, plenum: int | None = None,
                 congress: int | None = None) -> str:
    """Canonical identifier: ``system/issuer[.scope]/type/epoch/ident`` in IRI-safe characters.

    ``dang/tw/quyet-dinh/xii/99``, ``dang/tu.ha-tinh/nghi-quyet/2017/2``, ``nn/cp/nghi-dinh/2015/4``,
    ``nn/qh/luat/2022/10``, ``dang/tw/nghi-quyet/xii/hntw-4``. An unknown part is ``-``.
    """
    system = {"party": "dang", "state": "nn"}.get(doc.system, UNKNOWN)
    issuer = slug(doc.issuer_code or "") or UNKNOWN
    if doc.scope:
        issuer += "." + slug(doc.scope)
    epoch = (doc.term.lower() if doc.term else None) if is_central_party(doc) else (str(doc.year) if doc.year else None)
    if plenum and doc.number is None:
        ident = f"hntw-{plenum}"
    elif congress and doc.number is None:
        ident = f"dai-hoi-{congress}"
        epoch = epoch if doc.issuer_code == "TW" else None
    elif doc.number is not None:
        ident = str(doc.number)
    else:
        ident = slug(name or doc.type) or UNKNOWN
    return "/".join((system, issuer, slug(doc.type), epoch or UNKNOWN, ident))


def is_central_party(doc: Document) -> bool:
    """Central Party documents are numbered per term (khóa); all others per year."""
    issuer = ISSUERS.get(doc.issuer_code or "")
    return doc.system == "party" and (issuer is None or issuer.level == "central")


def loose_key(key: str) -> str:
    """The key with its epoch unknown: what a bare reference without year or term can match."""
    parts = key.split("/")
    parts[3] = UNKNOWN
    return "/".join(parts)
