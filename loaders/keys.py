"""Canonical document identifiers, the basis of document IRIs: one value object, :class:`DocumentKey`.

``system/issuer[.scope]/type/epoch/ident`` in IRI-safe characters: ``dang/tw/quyet-dinh/xii/99``,
``dang/tu.ha-tinh/nghi-quyet/2017/2``, ``nn/cp/nghi-dinh/2015/4``, ``nn/qh/luat/2022/10``,
``dang/tw/nghi-quyet/xii/hntw-4``, ``dang/tw/nghi-quyet/xiii/dai-hoi-13``. An unknown part is ``-``. The
epoch is the term (khóa) of central Party documents, which are numbered per term, and the year otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import issuer
from .model import Document
from .normalize import slug

UNKNOWN = "-"
_SYSTEMS = {"party": "dang", "state": "nn"}
_PLENUM = re.compile(r"hntw-(\d+)")
_CONGRESS = re.compile(r"dai-hoi-(\d+)")
_CONGRESS_YEARS = re.compile(r"dai-hoi-(\d{4}-\d{4})")


class InvalidKey(ValueError):
    """A string that is not a document key."""


@dataclass(frozen=True, slots=True)
class DocumentKey:
    """What makes a document unique: system, issuer and locality, type, epoch and identifier."""

    system: str  # "dang", "nn" or "-"
    issuer: str  # slug of the issuer code ("tw", "tu", "ubnd") or "-"
    scope: str | None  # slug of the province or district of a local issuer
    type: str  # slug of the type word
    epoch: str  # term ("xii") or year ("2017"), or "-"
    ident: str  # number, "hntw-4" (plenum), "dai-hoi-13" (congress), or a name's slug

    @classmethod
    def parse(cls, text: str) -> DocumentKey:
        """The key written ``text`` (the inverse of ``str``)."""
        parts = text.split("/")
        if len(parts) != 5 or not all(parts):
            raise InvalidKey(f"not a document key: {text!r}")
        system, issuer, type_, epoch, ident = parts
        issuer, _, scope = issuer.partition(".")
        return cls(system, issuer, scope or None, type_, epoch, ident)

    @classmethod
    def of(cls, doc: Document, *, name: str | None = None, plenum: int | None = None,
           congress: int | str | None = None) -> DocumentKey:
        """The key of ``doc``; ``name``, ``plenum`` or ``congress`` (its number, or its term's years: "2015-2020")
        identify a document without a number."""
        central = is_central_party(doc)
        epoch = (doc.term.lower() if doc.term else None) if central else (str(doc.year) if doc.year else None)
        if plenum and doc.number is None:
            ident = f"hntw-{plenum}"
            epoch = doc.term.lower() if doc.term else epoch  # a committee numbers its plenums anew each term
        elif congress and doc.number is None:
            ident = f"dai-hoi-{congress}"
            epoch = epoch if doc.issuer_code == "TW" else None
        elif doc.number is not None:
            ident = f"{doc.number}{(doc.letter or '').lower()}"
        else:
            ident = slug(name or doc.type) or UNKNOWN
        return cls(_SYSTEMS.get(doc.system, UNKNOWN), slug(doc.issuer_code or "") or UNKNOWN,
                   slug(doc.scope) if doc.scope else None, slug(doc.type), epoch or UNKNOWN, ident)

    def __str__(self) -> str:
        issuer = f"{self.issuer}.{self.scope}" if self.scope else self.issuer
        return "/".join((self.system, issuer, self.type, self.epoch, self.ident))

    @property
    def loose(self) -> bool:
        """True when the epoch (year or term) is unknown: a bare reference such as "Nghị quyết 02"."""
        return self.epoch == UNKNOWN

    def without_epoch(self) -> DocumentKey:
        """The key with its epoch unknown: what a bare reference without year or term can match."""
        return replace(self, epoch=UNKNOWN)

    @property
    def number(self) -> int | None:
        """The document's number: 99 of "…/99", 30 of "…/30a", 66 of "…/66.2"."""
        digits = re.match(r"\d+(?=(?:[a-zđ]|\.\d{1,2})?$)", self.ident)  # "30a", "66.2"
        return int(digits.group()) if digits else None

    @property
    def plenum(self) -> int | None:
        match = _PLENUM.fullmatch(self.ident)
        return int(match.group(1)) if match else None

    @property
    def congress(self) -> int | None:
        match = _CONGRESS.fullmatch(self.ident)
        return int(match.group(1)) if match else None

    @property
    def congress_years(self) -> str | None:
        """"2015-2020" of a congress named by its term."""
        match = _CONGRESS_YEARS.fullmatch(self.ident)
        return match.group(1) if match else None


def document_key(doc: Document, *, name: str | None = None, plenum: int | None = None,
                 congress: int | str | None = None) -> str:
    """The key of ``doc`` as a string (see :meth:`DocumentKey.of`)."""
    return str(DocumentKey.of(doc, name=name, plenum=plenum, congress=congress))


def is_central_party(doc: Document) -> bool:
    """Documents of the Party Central Committee and its bodies ("…/TW", "…/VPTW") are numbered per term
    (khóa); all others per year, the Youth Union's ("…/TWĐTN") included."""
    found = issuer(doc.issuer_code)
    return doc.system == "party" and (found is None or (found.level == "central" and found.code.endswith("TW")))
