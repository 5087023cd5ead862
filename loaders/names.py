"""Personal names: where a name starts in a run of capitalised words, and what is built like one.

A name starts with a family name from ``data/surnames.tsv``; the most common family names and names of
three syllables win where a place name runs into a person's ("Thạch Hà Trần Đình Nghị").
"""

from __future__ import annotations

import re

from .lexicon import surnames, table
from .tokens import Token

_LENGTH_PREFERENCE = {2: 0.5, 3: 2.0, 4: 1.0, 5: 0.0}
MIDDLE_NAMES = {"văn", "thị"}  # "Thông Văn Hải", "Y Thị Mai": a name whatever its family name
_APOSTROPHE_PREFIXES = ("h'", "h’", "k'", "k’")  # "H'Hen Niê", "K'Bình"
CLAUSE_OPENERS = frozenset(table("posts.json")["clause_openers"])  # "Theo", "Những": a clause begins


def is_surname(word: str) -> bool:
    """Whether ``word`` can begin a person's name (ethnic prefixes "Y", "H'" included)."""
    low = word.lower()
    return low in surnames() or low.startswith(_APOSTROPHE_PREFIXES)


def name_start(words: list[str]) -> int | None:
    """Where a person's name begins in a run of capitalised words that ends with it, or None.

    "Thạch Hà Trần Đình Nghị" → 2: common family names win, then names of three syllables.
    """
    table, best, best_score = surnames(), None, 0.0
    for i, word in enumerate(words):
        size = len(words) - i
        if size < 2 or size > 5 or not is_surname(word):
            continue
        score = 1 + 2 * table.get(word.lower(), False) + _LENGTH_PREFERENCE[size]
        if size > 2 and table.get(words[i + 1].lower()):
            score -= 1
        if score > best_score:
            best, best_score = i, score
    return best


def name_shaped(words: list[str]) -> bool:
    """Whether capitalised words are built like a person's name though their family name is unknown:
    a syllable with an apostrophe ("Ka H'Phương") or a middle name "Văn" / "Thị"."""
    if any(len(w) > 2 and w[1] in "'’" for w in words):
        return True
    return 3 <= len(words) <= 4 and words[1].lower() in MIDDLE_NAMES


def run_end(tokens: list[Token], i: int, limit: int = 8) -> int:
    """End of the run of capitalised words starting at ``i`` (same line, at most ``limit``), before a word that
    opens the next clause ("Nguyễn Hữu Vũ Theo Văn phòng Chính phủ": posts.json ``clause_openers``)."""
    j = i
    while j < len(tokens) and j - i < limit and tokens[j].name_like and (j == i or tokens[j].text not in CLAUSE_OPENERS):
        j += 1
    return j


# A Vietnamese syllable: an onset, one to three vowels, a final; used to tell two syllables glued together.
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|q|r|s|t|v|x"
_VOWELS = frozenset("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ")
_VOWEL = f"[{''.join(sorted(_VOWELS))}]{{1,3}}"
_FINAL = "(?:ch|ng|nh|c|m|n|p|t)?"
_SYLLABLE = re.compile(f"(?:{_ONSET})?{_VOWEL}{_FINAL}")
_OPENED = re.compile(f"(?:{_ONSET}){_VOWEL}{_FINAL}")  # with an onset: no vowel-initial syllable is taken apart


def is_syllable(word: str) -> bool:
    """Whether ``word`` is spelt like one Vietnamese syllable ("THUẬN" is, "UBND" is not)."""
    return bool(_SYLLABLE.fullmatch(word.lower()))


def has_vowel(word: str) -> bool:
    """Whether ``word`` holds a vowel, as every syllable does ("Ng" cut off from "Ngọc" does not)."""
    return any(c in _VOWELS for c in word.lower())


def readable(tokens: list[Token]) -> list[Token]:
    """A zone's tokens as the readers of people take them: two syllables glued together split
    ("Lĩnhnhấn" after a name, "ĐOÀNBÍ"), an acronym glued to a family name split ("QHNguyễn"), a name in
    capitals on a line of its own in title case ("NÔNG ĐỨC MẠNH"), and line breaks (inside a zone they
    only wrap a paragraph or a signature block) dropped."""
    split: list[Token] = []
    for token in tokens:
        text = token.text
        if len(text) < 4 or not text[0].isupper():  # the common case: nothing glued
            split.append(token)
        else:
            split += _unglued(token, split[-1] if split else None)
    return [t for t in _title_cased(split) if t.text != "\n"]


def _unglued(token: Token, previous: Token | None) -> list[Token]:
    text = token.text
    if len(text) < 4 or not text.isalpha():
        return [token]
    at = None
    capitals = text.isupper()
    if (capitals or (text[0].isupper() and text[1:].islower() and previous is not None and previous.name_like)) \
            and not text.isascii():  # "Lĩnhnhấn"; "Pholy", "Sokha" (Khmer names: no Vietnamese marks) stay whole
        first = None if _SYLLABLE.fullmatch(token.low) else _OPENED.match(token.low)  # the longest first syllable
        at = first.end() if first and _OPENED.fullmatch(token.low, first.end()) else None
    elif text[0].isupper():  # "QHNguyễn": capitals, then a capitalised family name
        at = next((k for k in range(1, len(text) - 1) if text[k].isupper() and text[k + 1:].islower()), None)
        if at is None or not text[:at].isupper() or not is_surname(text[at:]):
            at = None
    if at is None:
        return [token]
    return [Token(text[:at], token.start, token.start + at, token.low[:at]),
            Token(text[at:], token.start + at, token.end, token.low[at:])]


def _title_cased(tokens: list[Token]) -> list[Token]:
    """Names in capitals standing alone on their line ("Chủ tịch\\nNGUYỄN VĂN AN"), or closing a headline in
    capitals before its colon ("PHÓ CHỦ TỊCH QUỐC HỘI TRẦN THANH MẪN: …"), in title case."""
    out = list(tokens)
    for i in [0, *(k + 1 for k, t in enumerate(out) if t.text == "\n")]:
        j = _capital_syllables(out, i)
        if 2 <= j - i <= 5 and (j == len(out) or out[j].text == "\n") and is_surname(out[i].text.capitalize()):
            out[i:j] = [t._replace(text=t.text.capitalize()) for t in out[i:j]]
            continue
        if j - i >= 4 and j < len(out) and out[j].text == ":":  # a headline: the name is its last 2–4 syllables
            start = next((k for k in range(max(i, j - 4), j - 1) if is_surname(out[k].text.capitalize())), None)
            if start is not None:
                out[start:j] = [t._replace(text=t.text.capitalize()) for t in out[start:j]]
    return out


def _capital_syllables(tokens: list[Token], i: int) -> int:
    """The end of the run of syllables written in capitals from ``i``."""
    j = i
    while j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.isupper() and _SYLLABLE.fullmatch(tokens[j].low):
        j += 1
    return j
