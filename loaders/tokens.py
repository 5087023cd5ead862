"""Words of the article text with their offsets, and longest-match lookup of multi-word phrases.

The readers of bodies, posts and people walk these tokens; every token keeps the offsets of its word in
the normalised text, so what they find is evidence at exact positions.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .lexicon import LOWER, UPPER
from .normalize import normalize

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\n|[^\w\s]|_")  # "_" glues a photo credit on: "Cao Tường Huy_Ảnh"
# Text a spinner glued together ("Tổng Bí thưNguyễn Phú Trọng", "LuậtTổ chức"): there a word also ends where a
# lower-case letter meets a capital.
# A row's number glued to the word after it ("2Phó Thủ tướng", "1Luật") ends there too.
_GLUED = re.compile(rf"[{LOWER}][{UPPER}]|\d[{UPPER}][{LOWER}]")
_GLUED_TOKEN = re.compile(rf"[{UPPER}]?[{LOWER}]+(?=[{UPPER}])|\d+(?=[{UPPER}][{LOWER}])|{_TOKEN.pattern}")


class Token(NamedTuple):
    """A word or punctuation mark of the article text, with its offsets."""

    text: str
    start: int
    end: int
    low: str

    @property
    def name_like(self) -> bool:
        """Capitalised like a syllable of a name or place ("Nguyễn", "A", "K'ré"), not an acronym."""
        t = self.text
        return t[0].isupper() and t[0].isalpha() and not (len(t) > 1 and t[1:].isupper())


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, line breaks and punctuation of ``text[start:end]``."""
    stop = len(text) if end is None else end
    pattern = _GLUED_TOKEN if _GLUED.search(text, start, stop) else _TOKEN
    lower = text[start:stop].lower()
    if len(lower) != stop - start:  # a character whose lower case is longer: no shared offsets
        return [Token(w := m.group(), m.start(), m.end(), w.lower()) for m in pattern.finditer(text, start, stop)]
    tokens, position, find, new = [], start, text.find, tuple.__new__
    for word in pattern.findall(text, start, stop):  # the words are contiguous but for spaces
        position = find(word, position)
        end = position + len(word)
        tokens.append(new(Token, (word, position, end, lower[position - start:end - start])))
        position = end
    return tokens


def words(tokens: list[Token], i: int, j: int) -> str:
    """The words of ``tokens[i:j]`` joined by single spaces."""
    return " ".join(t.text for t in tokens[i:j])


def as_written(tokens: list[Token], i: int, j: int) -> str:
    """The words of ``tokens[i:j]`` spaced as written, one space for each gap: "Nghị quyết 21-NQ/TW"."""
    return "".join((" " if k > i and t.start > tokens[k - 1].end else "") + t.text for k, t in enumerate(tokens[i:j], i))


@cache
def lead(phrase: str) -> tuple[str, ...]:
    """The lower-case tokens of ``phrase``, to start a :meth:`Trie.match` with."""
    return tuple(t.low for t in tokenize(phrase))


class Trie:
    """Longest-match lookup of multi-word phrases over tokens, compared in lower case."""

    def __init__(self, phrases=()) -> None:
        self._root: dict = {}
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: object) -> None:
        node = self._root
        for token in tokenize(normalize(phrase)):
            node = node.setdefault(token.low, {})
        node[None] = value

    def match(self, tokens: list[Token], i: int, lead: tuple[str, ...] = ()) -> tuple[object, int] | None:
        """The value of the longest phrase equal to ``lead`` + ``tokens[i:j]``, and ``j``; initials in brackets
        inside it are passed over ("Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh")."""
        node: dict | None = self._root
        for word in lead:
            node = node.get(word)
            if node is None:
                return None
        best = (node[None], i) if lead and None in node else None
        while i < len(tokens):
            if tokens[i].low not in node and tokens[i].text == "(" and (after := past_initials(tokens, i + 1)) \
                    and after < len(tokens) and tokens[after].low in node:
                i = after
            if (node := node.get(tokens[i].low)) is None:
                break
            i += 1
            if None in node:
                best = (node[None], i)
        return best


def past_initials(tokens: list[Token], k: int) -> int | None:
    """The token after the ")" closing initials that open at ``k`` ("GD&ĐT)", "VH-TT&DL)"), else None."""
    for m in range(k, min(k + 6, len(tokens))):
        if tokens[m].text == ")":
            return m + 1 if m > k else None
        if not (tokens[m].text in "&-," or (len(tokens[m].text) > 1 and tokens[m].text.isupper())):
            return None
    return None
