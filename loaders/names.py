"""Personal names: where a name starts in a run of capitalised words, and what is built like one.

A name starts with a family name from ``data/surnames.tsv``; the most common family names and names of
three syllables win where a place name runs into a person's ("Thạch Hà Trần Đình Nghị").
"""

from __future__ import annotations

from .lexicon import surnames
from .tokens import Token

_LENGTH_PREFERENCE = {2: 0.5, 3: 2.0, 4: 1.0, 5: 0.0}
_MIDDLE_NAMES = {"văn", "thị"}  # "Thông Văn Hải", "Y Thị Mai": a name whatever its family name
_APOSTROPHE_PREFIXES = ("h'", "h’", "k'", "k’")  # "H'Hen Niê", "K'Bình"


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
    return 3 <= len(words) <= 4 and words[1].lower() in _MIDDLE_NAMES


def run_end(tokens: list[Token], i: int, limit: int = 8) -> int:
    """End of the run of capitalised words starting at ``i`` (same line, at most ``limit``)."""
    j = i
    while j < len(tokens) and j - i < limit and tokens[j].name_like:
        j += 1
    return j
