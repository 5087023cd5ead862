"""Numbers as the press writes them: Roman numerals (terms, congresses), ordinal words, Party and National Assembly
terms by date."""

from __future__ import annotations

from .lexicon import LEGISLATURES, LEGISLATURES_KNOWN_UNTIL, ORDINALS, TERMS

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LETTERS = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(value: int) -> str:
    """Roman numeral for a term number (1..399)."""
    out = []
    for number, letters in _LETTERS:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def from_roman(text: str) -> int | None:
    """Integer value of a Roman numeral, or None when ``text`` is not one."""
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total or None


def ordinal(raw: str) -> int | None:
    """"4", "tư", "Mười", "IV" → 4, 4, 10, 4."""
    if raw.isdigit():
        return int(raw)
    return ORDINALS.get(raw.lower()) or from_roman(raw)


def term_name(raw: str | None) -> str | None:
    """A Party term as written ("12", "xii", "XII") in Roman numerals ("XII")."""
    if not raw:
        return None
    return roman(int(raw)) if raw.isdigit() else raw.upper()


def term_of(date: str | None, year: int | None) -> str | None:
    """The Party term in force on ``date`` (YYYY-MM-DD), or in ``year`` when only the year is known."""
    point = date or (f"{year}-12-31" if year else None)
    if point is None:
        return None
    current = None
    for name, start in TERMS:
        if start <= point:
            current = name
    return current


def legislature_years(number: int) -> tuple[int, int] | None:
    """The first and last years the National Assembly's term ``number`` sat in, when the table knows both."""
    starts = dict(LEGISLATURES)
    if number not in starts or number + 1 not in starts:
        return None
    return int(starts[number][:4]), int(starts[number + 1][:4])


def legislature_of(date: str | None, year: int | None) -> int | None:
    """The National Assembly's term (khóa) sitting on ``date``, or through all of ``year`` when only the year is
    known; None for a year a term began in, and past what the table covers."""
    point = date or (f"{year}-01-01" if year else None)
    if point is None or point > LEGISLATURES_KNOWN_UNTIL:
        return None
    if date is None and any(start.startswith(f"{year}-") for _, start in LEGISLATURES):
        return None  # 2021: resolutions of the XIVth and of the XVth
    sitting = [number for number, start in LEGISLATURES if start <= point]
    return sitting[-1] if sitting else None
