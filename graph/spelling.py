"""What a user types, read as the citation grammar expects it.

People type references without diacritics (on a phone or a foreign keyboard: "Quyet dinh 99", "QD 99",
"99-QD/TW", "Nghi quyet 02 tinh Ha Tinh"), in lower case, or with a slip ("Quyết đinh 99",
"Quyêt dinhh 99"). ``read`` restores the words the grammar keys on: document types and their
abbreviations, the codes inside symbols, issuing bodies, and the few function words of a reference
("số", "ngày", "năm", "khóa", "của" …). A word is restored when it is the same letters as a known word
(diacritics, case and tone placement aside); a type word a letter or two off is corrected with
rapidfuzz. Everything else (names of places, people and laws) is left as typed: the lookups compare
those folded. ``words`` is the folded word list those comparisons use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..loaders.lexicon import ABBREVIATIONS, CODE_SPELLINGS, ISSUER_PHRASES, KNOWN_ISSUER_CODES, TYPE_CODES, TYPES
from ..loaders.normalize import fold, normalize

# Words of a reference besides types and bodies, with what must follow them to be read so: typed in
# lower case a name may hold the same letters ("nam dan" is Nam Đàn, not "năm"). Level words ("tinh",
# "huyen") are left to the place lookup, which reads them folded: "ha tinh" is no "hà tỉnh".
_DIGIT, _YEAR, _TERM, _WORD_AFTER, _ANY, _ABBREVIATION = "digit", "year", "term", "word", "any", "abbreviation"
_FUNCTION_WORDS = {"số": _DIGIT, "ngày": _DIGIT, "năm": _YEAR, "khóa": _TERM, "của": _WORD_AFTER, "về": _WORD_AFTER,
                   "Trung ương": _ANY, "Đại hội": _ANY, "Đảng bộ": _ANY, "Hội nghị": _ANY, "lần thứ": _ANY,
                   "Ban Chấp hành": _ANY, "Bộ Chính trị": _ANY, "Ban Bí thư": _ANY}
_FOLLOWERS = {_DIGIT: re.compile(r"\d"), _YEAR: re.compile(r"(?:19|20)\d\d\b"), _TERM: re.compile(r"(?:[IVXL]+|\d{1,2})\b", re.I),
              _WORD_AFTER: re.compile(r"\w"), _ABBREVIATION: re.compile(r"\d|s[oố]\b", re.I)}
_MAX_PHRASE = 8  # words in the longest phrase restored
_TYPO_CUTOFF = 85  # rapidfuzz ratio (0–100) for a type word written with a slip
_WORD = re.compile(r"\S+")
_SYMBOL = re.compile(r"\d[\w.]*[/-][\w/.-]*|[A-Za-zĐđ]+[-/]\w[\w/-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_FOLDED_WORD = re.compile(r"[a-z0-9]+")
_STRIP = re.compile(r"^[\"'“”(]+|[\"'“”),.;:]+$")


@dataclass(frozen=True, slots=True)
class Reading:
    """The text as the grammar will read it, and each word changed: (as typed, as read)."""

    text: str
    corrections: tuple[tuple[str, str], ...] = ()


def read(text: str) -> Reading:
    """``text`` with the known words of a reference spelt as the grammar expects."""
    words = _WORD.findall(normalize(text))
    out: list[str] = []
    corrections: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        phrase, used = _known_phrase(words, i)
        if phrase is None and i == 0:
            phrase, used = _type_with_slip(words, i)
        if phrase is not None:
            typed = " ".join(words[i:i + used])
            core = _STRIP.sub("", typed)
            restored = typed.replace(core, phrase) if core else phrase
            if restored != typed:
                corrections.append((typed, restored))
            out.append(restored)
            i += used
            continue
        word = _symbol(words[i])
        if word != words[i]:
            corrections.append((words[i], word))
        out.append(word)
        i += 1
    return Reading(" ".join(out), tuple(corrections))


def words(text: str) -> list[str]:
    """Folded words of ``text`` ("Luật Dân chủ cơ sở" → ["luat", "dan", "chu", "co", "so"]; "02" → "2")."""
    return folded_words(fold(text))


def folded_words(folded: str) -> list[str]:
    """The words of an already folded text, numbers without leading zeros."""
    return [w.lstrip("0") or "0" if w.isdigit() else w for w in _FOLDED_WORD.findall(folded)]


def contains(wanted: list[str], candidate: list[str] | set[str], prefix_last: bool = False) -> bool:
    """Whether every word of ``wanted`` is among ``candidate``'s (the last may be a prefix when asked)."""
    have = set(candidate)
    if not wanted:
        return False
    if prefix_last and wanted[-1] not in have:
        return all(w in have for w in wanted[:-1]) and any(c.startswith(wanted[-1]) for c in have)
    return all(w in have for w in wanted)


def _known_phrase(words_: list[str], start: int) -> tuple[str | None, int]:
    """The longest known phrase starting at ``words_[start]`` (compared folded) that its context allows,
    and how many words it takes."""
    table = _phrases()
    for size in range(min(_MAX_PHRASE, len(words_) - start), 0, -1):
        typed = [_STRIP.sub("", w) for w in words_[start:start + size]]
        if not all(typed):
            continue
        found = table.get(" ".join(fold(w) for w in typed))
        if found is None:
            continue
        canonical, context = found
        following = words_[start + size] if start + size < len(words_) else ""
        if context == _ANY or _FOLLOWERS[context].match(following) and (
                context != _WORD_AFTER or " ".join(typed).islower()):
            return canonical, size
    return None, 0


def _type_with_slip(words_: list[str], start: int) -> tuple[str | None, int]:
    """A type word typed with a slip at the start ("Quyêt dinhh 99", "Nghịquyết 02"), corrected."""
    from rapidfuzz import fuzz, process  # imported when needed: most references have no slip
    for size in (2, 1, 3):
        typed = words_[start:start + size]
        if len(typed) < size or any(_LETTERS.fullmatch(_STRIP.sub("", w)) is None for w in typed):
            continue
        key = " ".join(fold(w) for w in typed)
        if len(key.replace(" ", "")) < 5:
            continue
        match = process.extractOne(key, list(_type_words()), scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF)
        if match is not None:
            return _type_words()[match[0]], size
    return None, 0


def _symbol(word: str) -> str:
    """The codes inside a symbol spelt as published: "99-QD/TW" → "99-QĐ/TW", "04/2015/ND-CP" → "04/2015/NĐ-CP"."""
    if not _SYMBOL.search(word):
        return word
    codes = _codes()
    return _LETTERS.sub(lambda m: m.group() if m.group() in codes.values() else codes.get(fold(m.group()), m.group()), word)


@cache
def _phrases() -> dict[str, tuple[str, str]]:
    """Folded phrase → (its spelling, what must follow it)."""
    found: dict[str, tuple[str, str]] = {fold(w): (w, context) for w, context in _FUNCTION_WORDS.items()}
    found |= {fold(p): (p, _ANY) for p, _ in ISSUER_PHRASES}
    for abbreviation in ABBREVIATIONS:  # "qd 99", "QD so 99"; never the "Da" of "Da Nang"
        found.setdefault(fold(abbreviation), (abbreviation, _ABBREVIATION))
    found |= {fold(t.word): (t.word, _ANY) for t in TYPES}
    return found


@cache
def _type_words() -> dict[str, str]:
    """Folded type word → its spelling, for typo correction."""
    return {fold(t.word): t.word for t in TYPES}


@cache
def _codes() -> dict[str, str]:
    """Folded symbol code → the code as published, for codes no other code folds to."""
    known = set(TYPE_CODES) | set(KNOWN_ISSUER_CODES) | set(CODE_SPELLINGS.values()) | {"PL", "UBTVQH", "QH", "CP"}
    by_fold: dict[str, set[str]] = {}
    for code in known:
        by_fold.setdefault(fold(code), set()).add(code)
    return {key: next(iter(codes)) for key, codes in by_fold.items() if len(codes) == 1}
