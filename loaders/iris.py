"""Every IRI trichdan mints, in one place, under one configurable base.

The base is ``--base``, else ``TRICHDAN_BASE``, else ``https://trichdan.example/id/``; every local part is
ASCII letters, digits, ``-``, ``.`` and ``/``, and the same input always gives the same IRI:

=============  ==========================================  =======================================
node           IRI                                          from
=============  ==========================================  =======================================
document       ``doc/dang/tw/quyet-dinh/xii/99``            canonical document key (:mod:`keys`)
article        ``article/<sha1 of text, 20 hex>``           the normalised article text
citation       ``article/<hash>/c/<start>-<end>``           article and character offsets
its target     ``article/<hash>#char=<start>,<end>``       the same span (RFC 5147 fragment)
person         ``person/ha-tinh/ngo-van-huynh``             province + name
organisation   ``org/ban-dan-van-tinh-uy-ha-tinh``          canonical name
place          ``place/42``, ``place/425/xa-tan-hoi``       GSO code; a commune not in the gazetteer:
                                                            the unit it is in, level and name
role, type     ``role/pho-truong-ban``, ``type/nghi-quyet``  the Vietnamese word
membership     ``membership/<person>/<org>/<role>``         person, body and post
publisher      ``publisher/baohatinh-vn``                   the site's host
software       ``software/trichdan-<version>``              the extractor's version
=============  ==========================================  =======================================
"""

from __future__ import annotations

import hashlib
import os
import re

from .. import __version__
from .keys import DocumentKey
from .normalize import slug

DEFAULT_BASE = "https://trichdan.example/id/"
UNNAMED_ROLE = "thanh-vien"  # a membership with no post named: "thành viên"


def base_iri(base: str | None = None) -> str:
    """The data namespace: ``base``, else ``TRICHDAN_BASE``, else the default; always ends with / or #."""
    value = base or os.environ.get("TRICHDAN_BASE") or DEFAULT_BASE
    return value if value.endswith(("/", "#")) else value + "/"


def text_sha1(text: str) -> str:
    """The SHA-1 of a normalised article text, hex: its identity in the store."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_iri(text: str, base: str | None = None, *, sha1: str | None = None) -> str:
    """The article's IRI, from a hash of its normalised text (pass ``sha1`` when it is already known)."""
    return f"{base_iri(base)}article/{(sha1 or text_sha1(text))[:20]}"


def document_iri(key: str | DocumentKey, base: str | None = None) -> str:
    return f"{base_iri(base)}doc/{key}"


def parse_document_iri(iri: str) -> tuple[str, DocumentKey]:
    """(base, key) of a document IRI: the inverse of :func:`document_iri`."""
    head, *parts = iri.rsplit("/", 5)
    if not head.endswith("/doc") or len(parts) != 5:
        raise ValueError(f"not a document IRI: {iri}")
    return head[: -len("doc")], DocumentKey.parse("/".join(parts))


def citation_iri(article: str, start: int, end: int, part: str | None = None) -> str:
    """A citation of ``article`` at [start, end), or one of its parts: "target", "quote", "position"."""
    return f"{article}/c/{start}-{end}" + (f"/{part}" if part else "")


def text_span_iri(article: str, start: int, end: int) -> str:
    """Characters [start, end) of ``article``'s text, as an RFC 5147 fragment: the target of its citation."""
    return f"{article}#char={start},{end}"


_SPAN = re.compile(r"(?:/c/(\d+)-(\d+)|#char=(\d+),(\d+))$")


def span_of(iri: str) -> tuple[int, int] | None:
    """(start, end) of a citation IRI (``…/c/START-END``) or of its target (``…#char=START,END``)."""
    found = _SPAN.search(iri)
    if not found:
        return None
    start, end = (int(found.group(1)), int(found.group(2))) if found.group(1) else (int(found.group(3)), int(found.group(4)))
    return start, end


def activity_iri(article: str) -> str:
    """The extraction activity that produced ``article``'s graph."""
    return f"{article}/extraction"


def agent_iri(base: str | None = None) -> str:
    """This trichdan version as a PROV software agent: graphs it wrote are current."""
    return f"{base_iri(base)}software/trichdan-{__version__}"


def person_iri(key: str, base: str | None = None) -> str:
    return f"{base_iri(base)}person/{key}"


def org_iri(key: str, base: str | None = None) -> str:
    return f"{base_iri(base)}org/{key}"


def place_iri(key: str, base: str | None = None) -> str:
    return f"{base_iri(base)}place/{key}"


def role_slug(title: str) -> str:
    return slug(title) or UNNAMED_ROLE


def role_iri(title: str, base: str | None = None) -> str:
    return f"{base_iri(base)}role/{role_slug(title)}"


def type_iri(word: str, base: str | None = None) -> str:
    return f"{base_iri(base)}type/{slug(word)}"


def membership_iri(person: str, org: str | None, title: str, base: str | None = None) -> str:
    return f"{base_iri(base)}membership/{person}/{org or '-'}/{role_slug(title)}"


def publisher_iri(source: str, base: str | None = None) -> str:
    return f"{base_iri(base)}publisher/{slug(source)}"


def author_iri(name: str, base: str | None = None) -> str:
    return f"{base_iri(base)}author/{slug(name) or 'unknown'}"
