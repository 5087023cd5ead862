"""Bytes to text: UTF-8, the legacy Vietnamese encodings of older archives, and repaired mojibake.

Older Vietnamese pages and documents are often in Windows-1258, TCVN3 (the "ABC" fonts, .VnTime) or
VNI (VNI-Times). Python knows cp1258; TCVN3 (TCVN 5712:1993, the same table as glibc's TCVN5712-1) and
VNI are registered here as the codecs ``tcvn3`` and ``vni``. Text that is not UTF-8 is decoded with each
candidate (those three and charset-normalizer's best guess) and the one that reads as Vietnamese wins;
nothing is guessed when none does. UTF-8 that was decoded once too often ("Quyáº¿t Ä‘á»‹nh") is
repaired with ftfy.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# TCVN3 bytes 0x80–0xFF (glibc TCVN5712-1); 0xB0–0xB4 are combining tone marks.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịò"
    "ỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
_TCVN3_LOW = {0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
              0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ"}
_TCVN3_DECODING = "".join(_TCVN3_LOW.get(b, chr(b)) for b in range(0x80)) + _TCVN3_HIGH

# VNI: a letter is its base letter followed by one byte for its marks (capitals have their own mark
# bytes); seven letters have a byte of their own. Read through Windows-1252.
_VNI_TONES = {"": "", "\u0301": "ùÙ", "\u0300": "øØ", "\u0309": "ûÛ", "\u0303": "õÕ", "\u0323": "ïÏ"}
_VNI_HAT_TONES = {"": "âÂ", "\u0301": "áÁ", "\u0300": "àÀ", "\u0309": "åÅ", "\u0303": "ãÃ", "\u0323": "äÄ"}
_VNI_BREVE_TONES = {"": "êÊ", "\u0301": "éÉ", "\u0300": "èÈ", "\u0309": "úÚ", "\u0303": "üÜ", "\u0323": "ëË"}
_VNI_OWN = {"ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö", "đ": "ñ", "Đ": "Ñ", "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì",
            "ỉ": "æ", "Ỉ": "Æ", "ĩ": "ó", "Ĩ": "Ó", "ị": "ò", "Ị": "Ò", "ỵ": "î", "Ỵ": "Î"}


def _vni_table() -> dict[str, str]:
    """Vietnamese letter → its VNI spelling (as Windows-1252 text)."""
    table: dict[str, str] = {}
    for lower in "aeiouy":
        for upper in (False, True):
            base = lower.upper() if upper else lower
            for tone, marks in _VNI_TONES.items():
                if tone:
                    table[unicodedata.normalize("NFC", base + tone)] = base + marks[upper]
            for hat_base in ("a", "e", "o"):
                if lower == hat_base:
                    for tone, marks in _VNI_HAT_TONES.items():
                        table[unicodedata.normalize("NFC", base + "\u0302" + tone)] = base + marks[upper]
            if lower == "a":
                for tone, marks in _VNI_BREVE_TONES.items():
                    table[unicodedata.normalize("NFC", base + "\u0306" + tone)] = base + marks[upper]
    for horn_base, own in (("o", "ô"), ("u", "ö")):
        for upper in (False, True):
            base = own.upper() if upper else own
            for tone, marks in _VNI_TONES.items():
                if tone:
                    letter = horn_base.upper() if upper else horn_base
                    table[unicodedata.normalize("NFC", letter + "\u031b" + tone)] = base + marks[upper]
    table.update(_VNI_OWN)  # i's tones and ỵ have bytes of their own
    return table


_VNI_ENCODING = _vni_table()
_VNI_DECODING = {spelling: letter for letter, spelling in _VNI_ENCODING.items()}
_VNI_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODING, key=len, reverse=True)))
_CP1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


def _vni_decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
    text = bytes(data).decode("latin-1").translate(dict(enumerate(_CP1252)))
    return _VNI_PATTERN.sub(lambda m: _VNI_DECODING[m.group()], text), len(data)


def _vni_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    spelled = "".join(_VNI_ENCODING.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return spelled.encode("cp1252", errors), len(text)


_TCVN3_ENCODING = codecs.charmap_build(_TCVN3_DECODING)


def _tcvn3_decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
    return codecs.charmap_decode(bytes(data), errors, _TCVN3_DECODING)


def _tcvn3_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    return codecs.charmap_encode(unicodedata.normalize("NFC", text), errors, _TCVN3_ENCODING)


def _search(name: str) -> codecs.CodecInfo | None:
    name = name.lower().replace("-", "").replace("_", "")
    if name in ("tcvn3", "tcvn", "abc", "tcvn5712", "vn3"):
        return codecs.CodecInfo(_tcvn3_encode, _tcvn3_decode, name="tcvn3")
    if name in ("vni", "vniwindows"):
        return codecs.CodecInfo(_vni_encode, _vni_decode, name="vni")
    return None


codecs.register(_search)

LEGACY = ("cp1258", "tcvn3", "vni")
_NAMES = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI", "utf-8": "UTF-8", "utf_16": "UTF-16"}

# Plausibility: Vietnamese is written in syllables (initial consonants, one to three vowels with at most
# one tone mark, an optional final), with letters from one alphabet.
_VOWELS = "aăâeêioôơuưy"
_SYLLABLE = re.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ng|nh|ch|[cmnpt])?")
_TONES = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_WORD = re.compile(r"[^\W\d_]+")
_ALPHABET = set("abcdefghijklmnopqrstuvwxyzđăâêôơư")


def vietnamese_score(text: str) -> float:
    """Share of the words with Vietnamese letters that are well-formed Vietnamese syllables (0 to 1)."""
    words = [w for w in _WORD.findall(text.lower()) if not w.isascii()]
    if not words:
        return 0.0
    good = 0
    for word in words:
        bare = unicodedata.normalize("NFD", word)
        tones = len(_TONES.findall(bare))
        base = unicodedata.normalize("NFC", _TONES.sub("", bare))
        if tones <= 1 and set(base) <= _ALPHABET and _SYLLABLE.fullmatch(base):
            good += 1
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cs", "So") and ch not in "\n\r\t\f")
    return good / len(words) * (1 - min(1.0, 20 * odd / max(1, len(text))))


class NotText(ValueError):
    """Bytes that are not text in the encoding asked for."""


@dataclass(slots=True)
class Decoded:
    text: str
    note: str | None = None  # how it was read, when not plain UTF-8


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """``data`` as text: ``encoding`` when given, else UTF-8, else the Vietnamese encoding that fits.

    Raises UnicodeDecodeError (UTF-8's) when nothing reads as Vietnamese, NotText when ``data`` is not
    in the ``encoding`` asked for, LookupError for an unknown ``encoding``.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding))
        except UnicodeDecodeError as exc:
            raise NotText(f"not {encoding} text (byte {exc.start})") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return repair(data.decode("utf-8"))
    except UnicodeDecodeError as failure:
        guess = _guess(data)
        if guess is None:
            raise failure from None
        return guess


def _guess(data: bytes) -> Decoded | None:
    candidates = list(LEGACY)
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding not in candidates:
            candidates.append(best.encoding)
    except Exception:  # the detector only adds a candidate; its failure changes nothing
        pass
    scored = []
    for name in candidates:
        try:
            text = unicodedata.normalize("NFC", data.decode(name))
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((vietnamese_score(text), name, text))
    if not scored:
        return None
    score, name, text = max(scored)
    if score < 0.9:
        return None
    return Decoded(text, f"not UTF-8; read as {_NAMES.get(name, name)} (--encoding forces another)")


_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                            "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair(text: str) -> Decoded:
    """``text`` with mojibake (UTF-8 decoded as Windows-1252 or Latin-1, once or more) undone by ftfy."""
    if not _MOJIBAKE_HINT.search(text):
        return Decoded(text)
    import ftfy
    fixed, steps = ftfy.fix_encoding_and_explain(text)
    if not steps or fixed == text or vietnamese_score(fixed) < vietnamese_score(text):
        return Decoded(text)
    read_as = next((arg for op, arg in steps if op == "encode"), "another encoding").replace("sloppy-", "")
    return Decoded(fixed, f"repaired mojibake (UTF-8 that had been read as {read_as})")
