"""A page's lines grouped into blocks, the units :mod:`article` labels.

A line is its own block unless it continues the one before:

* a paragraph a page wraps at a fixed width (legal-text sites, PDF copies): "Trưởng Ban\\nDân vận Trung
  ương", "Hà\\nNội, ngày …". A line that opens in lower case continues an unfinished line; in a page
  wrapped so throughout, so does any line after an unfinished one, unless it starts a list item or an
  article ("- ", "2.", "a)", "Điều 3"), or a heading in capitals ends there;
* a name under its post ("Chủ tịch\\nNÔNG ĐỨC MẠNH"), or a name the line break cuts ("ông Trần\\nVăn Nam",
  "đồng chí Nguyễn Văn\\nThắng");
* a signature block, blank lines and all: who signs for whom, the post, "(đã ký)", the name
  ("T/M BỘ CHÍNH TRỊ / TỔNG BÍ THƯ / (đã ký) / Nông Đức Mạnh").

Inside a block a line break is no boundary: the readers of people and places read across it.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import POSTS, TITLES
from .names import MIDDLE_NAMES, is_surname

Block = tuple[int, int, str]  # start, end (of the text, line breaks included) and the text itself

_LINE = re.compile(r"[^\n]*\n?")
_END = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
_SEPARATOR = re.compile(r"^[\s|\-–—_=*•.+]*$")
_ITEM = re.compile(r"^\s*(?:[-+•*–—]|\d{1,3}\s*[.)/-]|[a-zđ]\)|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLCl]+\b)")
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|ký)(?: và đóng dấu)?\s*\)?$", re.IGNORECASE)
# Who signs for whom: "T/M BỘ CHÍNH TRỊ" (on behalf of), "KT. CHỦ TỊCH" (for), "TL." (by order of).
# "K/T TRƯỞNG BAN", "TUQ.TRƯỞNG BAN" (by authorisation): a dot may have no space after it
_ON_BEHALF = re.compile(r"^(?:T/M|TM\.?|T\.M\.?|K/T|KT\.?|TL\.?|TUQ\.?|THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA ỦY QUYỀN)"
                        r"(?:\s|(?<=\.)(?=[A-ZĐ]))", re.IGNORECASE)
_WRAPPED = 3  # lines opening in lower case after an unfinished one: a page wrapped at a fixed width
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)(?![\w'’])")
_SIGNATURE_PARTS = 4  # lines of a signature block before the name
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?$")


def blocks(text: str) -> list[Block]:
    """The blocks of ``text`` in order; blank lines are blocks of their own (with empty text)."""
    lines = _lines(text)
    wrapped = _hard_wrapped([line for _, _, line in lines])
    grouped: list[list[int]] = []
    for index, (_, _, line) in enumerate(lines):
        previous = lines[index - 1][2] if index else ""
        if grouped and line.strip() and _continues(previous, line, wrapped):
            grouped[-1].append(index)
        else:
            grouped.append([index])
    return _signatures(text, [(lines[g[0]][0], lines[g[-1]][1]) for g in grouped])


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, position = [], 0
    for match in _LINE.finditer(text):
        if not match.group():
            break
        line = match.group().rstrip("\n")
        out.append((position, position + len(line), line))
        position = match.end()
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    opened = sum(1 for previous, line in zip(lines, lines[1:])
                 if _open(previous) and line.lstrip()[:1].islower() and not _ITEM.match(line))
    return opened >= _WRAPPED


def _open(line: str) -> bool:
    """A line with words that does not end a sentence or a clause."""
    return bool(line.strip()) and not _END.search(line) and not _SEPARATOR.match(line)


def _continues(previous: str, line: str, wrapped: bool) -> bool:
    listing = wrapped and previous.rstrip().endswith(":")  # "… có các Phó Thủ tướng:\nLê Minh Khái, …"
    if not (_open(previous) or listing) or _SEPARATOR.match(line) or _ITEM.match(line):
        return False
    if is_post(previous) and is_name(line) or _name_cut(previous, line):
        return True
    if line.lstrip()[:1].islower():
        return wrapped or len(previous.split()) >= 4
    return wrapped and _capitals(previous) == _capitals(line)


def _name_cut(previous: str, line: str) -> bool:
    """A name the break cuts before its given name: the line before ends with a family name after a word
    that announces a name ("ông Trần", "đồng chí Lò") or with a middle name after a family name ("Nguyễn
    Văn"), and the line opens with a capitalised word."""
    words = previous.split()
    first = _FIRST_WORD.match(line)
    if len(words) < 2 or not first or not first.group(1)[0].isupper():
        return False
    before, last = words[-2], words[-1]
    if last.lower() in MIDDLE_NAMES and last[0].isupper():
        return is_surname(before) and before[0].isupper()
    head = " " + " ".join(words[-4:-1]).lower()
    return last[0].isupper() and is_surname(last) and any(head.endswith(" " + m) for m in _markers())


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _signatures(text: str, spans: list[tuple[int, int]]) -> list[Block]:
    """Join the lines of each signature block into one block; the others stay as they are."""
    found = [(s, e, text[s:e]) for s, e in spans]
    kept = [i for i, (_, _, t) in enumerate(found) if t.strip()]
    merged: dict[int, int] = {}  # first block index → last, for signature blocks
    for n, i in enumerate(kept):
        if not is_name(found[i][2]):
            continue
        start = n
        while start > 0 and n - start < _SIGNATURE_PARTS and _signature_part(found[kept[start - 1]][2]):
            start -= 1
        parts = [found[kept[k]][2].strip() for k in range(start, n)]
        after = n + 1 < len(kept) and bool(_SIGNED.match(found[kept[n + 1]][2].strip()))
        signed = after or any(_SIGNED.match(p) or _ON_BEHALF.match(p) for p in parts)
        if parts and signed or (after and not parts):
            merged[kept[start]] = kept[n + 1] if after else i
    out, i = [], 0
    while i < len(found):
        last = merged.get(i, i)
        out.append((found[i][0], found[last][1], text[found[i][0]:found[last][1]]))
        i = last + 1
    return out


def _signature_part(line: str) -> bool:
    line = line.strip()
    return bool(_SIGNED.match(line) or _ON_BEHALF.match(line) or is_post(line)
                or (_capitals(line) and len(line.split()) <= 8 and not _END.search(line)))


def is_name(line: str) -> bool:
    """A line that is only a person's name: 2–5 words, capitalised or in capitals, from a family name."""
    if len(line) > 60:  # the common case: a paragraph
        return False
    words = line.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
        return False
    if not (all(w[1:].islower() for w in words if len(w) > 1) or _capitals(line)):
        return False
    return is_surname(words[0].capitalize())


def is_post(line: str) -> bool:
    """A short line that is a post: "Chủ tịch", "PHÓ THỦ TƯỚNG", "nguyên Bộ trưởng Bộ Tư pháp"."""
    line = line.strip()
    return len(line) <= 100 and len(line.split()) <= 10 and not _END.search(line) and bool(_post_pattern().match(line))


@cache
def _markers() -> tuple[str, ...]:
    return tuple(m.lower() for m in POSTS["markers"])


@cache
def _post_pattern() -> re.Pattern:
    forms = sorted({t.form for t in TITLES}, key=len, reverse=True)
    modifiers = "|".join(map(re.escape, POSTS["modifiers"]))
    return re.compile(rf"^(?:(?:{modifiers})\s+)?(?:{'|'.join(map(re.escape, forms))})(?!\w)", re.IGNORECASE)
