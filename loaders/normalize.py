"""Text normalisation: one canonical spelling of Vietnamese text, with offsets valid for the result.

Every offset trichdan reports points into the text this module returns, so the evidence quoted for a
citation is exactly ``text[start:end]`` of the normalised article.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

# Characters that look like Đ/đ but are not (Icelandic eth, African D), hyphens and slashes that are not "-" and
# "/" (the non-breaking hyphen of "60‑NQ/TW", the figure dash, the minus sign; the fraction slash of "1478⁄CĐ-TTg")
# stray spaces, and the "ƣ" (oi) a PDF's font writes for "ư" ("Luật Lƣu trữ").
_CHAR_MAP = {
    0x00D0: "Đ", 0x00F0: "đ", 0x0189: "Đ", 0x0256: "đ", 0x01A3: "ư", 0x01A2: "Ư",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2212: "-", 0x2044: "/", 0x2215: "/",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x200A: " ",
    0x3000: " ", 0x2028: "\n", 0x2029: "\n", 0x0085: "\n",
    0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0x00AD: None,
}
_TRANSLATION = str.maketrans(_CHAR_MAP)
# Cyrillic letters that look like Latin ones, read as those inside a word written in Latin letters
# ("60/2025/TT-BCТ" with a Cyrillic Т); a word all in Cyrillic stays as it is.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIXED_WORD = re.compile(r"\w*(?:[A-Za-z][\w]*[\u0400-\u04ff]|[\u0400-\u04ff][\w]*[A-Za-z])\w*")

# Old ("hoà", "uỷ") to new ("hòa", "ủy") tone placement, only in an open syllable: the tone mark moves
# to the first vowel when nothing follows the pair. "qu" + y keeps the mark on y ("quý").
_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_PAIRS: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _i, _marked in enumerate(_TONES[_second]):
        _old, _new = _first + _marked, _FIRST[_first][_i] + _second
        _PAIRS[_old] = _new
        _PAIRS[_old.capitalize()] = _new.capitalize()
        _PAIRS[_old.upper()] = _new.upper()
_SECONDS: dict[str, str] = {}  # each pair's first letter and the marked letters that may follow it: one class each,
for _old in _PAIRS:  # which the regular expression engine scans far faster than an alternation of 45 pairs
    _SECONDS[_old[0]] = _SECONDS.get(_old[0], "") + _old[1]
_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(f"{first}[{seconds}]" for first, seconds in sorted(_SECONDS.items()))
                      + r")(?!\w)")
_LINE_END = re.compile(r"\r\n?")
_ESCAPED_BREAK = re.compile(r"\\r\\n")  # "\r\n" written out as four characters, by a scraper
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# "cuả" → "của", "muà" → "mùa": in an open "ua" syllable the mark belongs on u ("quả" keeps it on a).
_UA = {"ả": "ủ", "à": "ù", "á": "ú", "ã": "ũ", "ạ": "ụ"}
_UA_RE = re.compile(r"(?<![qQ\w])([bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]h?)u([ảàáãạ])(?!\w)")


def normalize(text: str) -> str:
    """Return ``text`` in NFC with one tone convention, real Đ, plain spaces and no zero-width marks; HTML
    character references left in scraped text ("20-QĐ&#x002F;TW", "&amp;") and escaped line breaks
    ("\\r\\n" written out) are read as the characters they stand for."""
    return retone(clean(text))


def clean(text: str) -> str:
    """``normalize`` but the tone convention: the text as written, in NFC, with real Đ and plain spaces."""
    text = _ESCAPED_BREAK.sub("\n", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = unicodedata.normalize("NFC", _LINE_END.sub("\n", text).translate(_TRANSLATION))
    if _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(lambda m: m.group().translate(_LOOKALIKES), text)
    return text


def retone(text: str) -> str:
    """One tone convention (new placement: "hòa", "thủy", "của") and the misspellings of ``data/spellings.json``
    mended ("Qui định", "lấn thứ"); the length and offsets do not change."""
    text = _TONE_RE.sub(lambda m: _PAIRS[m.group(1)], text)
    text = _UA_RE.sub(lambda m: m.group(1) + _UA[m.group(2)] + "a", text)
    pattern, right = _misspellings()
    return pattern.sub(lambda m: right[m.group()], text)


@lru_cache(maxsize=1)
def _misspellings() -> tuple[re.Pattern, dict[str, str]]:
    """The misspellings as written in each case ("qui định", "Qui định", "Qui Định", "QUI ĐỊNH") and a pattern of them."""
    table = json.loads(resources.files("trichdan.loaders").joinpath("data", "spellings.json").read_text("utf-8"))
    right: dict[str, str] = {}
    for wrong, spelt in table["words"].items():
        if len(wrong) != len(spelt):
            raise ValueError(f"spellings.json: {wrong!r} and {spelt!r} differ in length")
        for case in (str.lower, str.capitalize, str.title, str.upper):
            right[case(wrong)] = case(spelt)
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, right), key=len, reverse=True)) + r")(?!\w)"), right


_WORD = re.compile(r"\w+")


def as_written(value: str, spans: Iterable[tuple[int, int]], text: str, written: str | None) -> str:
    """``value`` (a name or wording read from ``text``, the normalised ``written``) with the tone placement
    the article gives its words at ``spans``: "Phan Xuân Thủy" → "Phan Xuân Thuỷ" where it writes "Thuỷ"."""
    if written is None:
        return value
    words: dict[str, str] = {}
    for start, end in spans:  # the first spelling of each word: "Thu Thủy", then "Thu Thuỷ", is "Thu Thủy"
        for word in _WORD.finditer(text, start, end):
            words.setdefault(word.group().lower(), written[word.start():word.end()].lower())
    words = {word: spelt for word, spelt in words.items() if spelt != word}
    if not words:
        return value
    return _WORD.sub(lambda m: _recase(m.group(), words.get(m.group().lower())), value)


def _recase(model: str, word: str | None) -> str:
    """``word`` in the case of ``model`` (all capitals, a capital first, or lower case); ``model`` if None."""
    if word is None:
        return model
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


@lru_cache(maxsize=1 << 16)  # the same names and words are folded again and again
def fold(text: str) -> str:
    """Lower-case ASCII skeleton of ``text`` ("Hà Tĩnh" → "ha tinh"), for keys and fuzzy lookups.

    Names and words are folded again and again across articles: short ones are remembered."""
    return _fold_short(text) if len(text) <= _SHORT else _fold(text)


_SHORT = 80


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = normalize(text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_WORDS = re.compile(r"[^\W\d_]+")


def initials(name: str) -> str:
    """The initials that abbreviate a name, one letter a syllable and without its tone or vowel marks ("Phòng,
    chống tham nhũng" → "PCTN", "Thi hành án dân sự" → "THADS", "Ủy ban" → "UB"), but "Đ" kept ("Đất đai" →
    "ĐĐ"): how the press shortens the names of laws and bodies."""
    return "".join(word[0] if word[0] in "đĐ" else fold(word[0]) for word in _WORDS.findall(normalize(name))).upper()


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """IRI-safe identifier part: ASCII letters, digits and single hyphens ("Bộ Chính trị" → "bo-chinh-tri")."""
    return _slug_short(text) if len(text) <= _SHORT else _SLUG_DROP.sub("-", fold(text)).strip("-")


@lru_cache(maxsize=1 << 16)
def _slug_short(text: str) -> str:
    return _SLUG_DROP.sub("-", fold(text)).strip("-")
