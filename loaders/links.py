"""Links between documents that an article states in one sentence.

"Căn cứ Luật Thực hiện dân chủ ở cơ sở, UBND tỉnh ban hành Kế hoạch 125/KH-UBND" and "Kế hoạch
125/KH-UBND được ban hành căn cứ Luật …" both say that the plan is based on the law (eli:based_on).
Only a citation typed as legal basis (căn cứ, trên cơ sở, theo quy định của) and a citation of a
document issued (ban hành, ký, phê duyệt) in the same sentence are linked.
"""

from __future__ import annotations

import re

from .model import Citation

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_ISSUED = re.compile(r"(?<!\w)(?:ban hành|ký|phê duyệt)(?!\w)")
_ISSUED_ON = re.compile(r"(?<!\w)(?:ban hành|ký|phê duyệt)(?!\w)[^.;]*?(?:căn cứ|trên cơ sở)(?:[ \t]+vào)?[ \t]*$")


def based_on(text: str, citations: list[Citation]) -> list[tuple[str, str]]:
    """(document, the document it is based on) pairs, as document keys, in text order, without repeats."""
    links: dict[tuple[str, str], None] = {}
    for sentence in _sentences(text, citations):
        for basis in (c for c in sentence if c.relation == "citesAsAuthority"):
            for issued in sentence:
                if issued.document != basis.document and _issued(text, issued, basis):
                    links[(issued.document, basis.document)] = None
    return list(links)


def _issued(text: str, issued: Citation, basis: Citation) -> bool:
    """True when the text between the two citations says ``issued`` was issued (after or before its basis)."""
    if issued.start > basis.end:  # "Căn cứ B, … ban hành A"
        return _ISSUED.search(text, basis.end, issued.start) is not None
    return _ISSUED_ON.search(text[issued.end:basis.start]) is not None  # "A được ban hành căn cứ B"


def _sentences(text: str, citations: list[Citation]) -> list[list[Citation]]:
    """The citations grouped by the sentence they start in."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    groups: dict[int, list[Citation]] = {}
    index = 0
    for citation in sorted(citations, key=lambda c: c.start):
        while ends[index] < citation.start:
            index += 1
        groups.setdefault(index, []).append(citation)
    return [g for g in groups.values() if len(g) > 1]
