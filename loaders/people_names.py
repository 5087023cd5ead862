"""Reading names in a zone: a full name, the name after a chain of posts, a self-introduction, a short
later reference ("ông Quang")."""

from __future__ import annotations

from .names import is_surname, name_shaped, run_end
from .people_words import FIRST_PERSON, MARKERS, NAMED_PERSON, STOP_NAMES, Reader, Short
from .placenames import is_place


def name_at(r: Reader, i: int, marked: bool = False) -> int | None:
    """End of a full name (2–5 capitalised syllables from a family name) at ``i``, or None.

    After a marker ("ông", "bà", a rank) a family name outside the table will do when the name is
    built like one: a middle name "Văn" / "Thị" ("Ông Thông Văn Hải"), or a syllable with an
    apostrophe as Central Highlands names have ("bà Ka H'Phương", "K'Bình")."""
    end = run_end(r.tokens, i)
    words = [t.text for t in r.tokens[i:end]]
    if not 2 <= len(words) <= 5:
        return None
    if not is_surname(words[0]) and not (marked and name_shaped(words)):
        return None
    if " ".join(words).lower() in STOP_NAMES:
        return None
    return end


def name_after(r: Reader, j: int) -> tuple[int, int] | None:
    """A name after a chain of posts, past a comma plus rank or "đồng chí" / "ông" / "bà"."""
    tokens = r.tokens
    k = j
    if k + 1 < len(tokens) and tokens[k].text == "," and MARKERS.match(tokens, k + 1):
        k += 1
    marker = MARKERS.match(tokens, k) if k < len(tokens) else None
    if marker:
        k = marker[1] + (marker[1] < len(tokens) and tokens[marker[1]].text == ".")
    if k >= len(tokens):
        return None
    end = name_at(r, k)
    if end:
        return k, end
    end = run_end(tokens, k)  # a place the posts did not take, then the name: "Kỳ Tân Nguyễn Văn An";
    for start in range(end - k - 2, 0, -1):  # the longest known place ("Quế Võ Lò Xuân Lan", not "Quế")
        if is_place(r.words(k, k + start), None, r.locality) and name_at(r, k + start) == end:
            return k + start, end
    return None


def introduced(r: Reader, i: int) -> tuple[int, int] | None:
    """The name a citizen gives themself or is given: "Tôi tên Lý Văn Ba", "tôi là …", "anh tên là …";
    never a thing named after someone ("trường mang tên Lê Quý Đôn")."""
    tokens = r.tokens
    before = tokens[i - 1].low if i else ""
    if tokens[i].low == "là" and before not in FIRST_PERSON:
        return None
    if tokens[i].low == "tên" and before not in NAMED_PERSON:
        return None
    j = i + 1 + (tokens[i].low == "tên" and i + 1 < len(tokens) and tokens[i + 1].low == "là")
    end = name_at(r, j) if j < len(tokens) else None
    if end is None or r.is_place(j, end):
        return None
    return j, end


def note_short(r: Reader, i: int) -> None:
    end = run_end(r.tokens, i, 3)
    if 1 <= end - i <= 2:
        r.shorts.append(Short(tuple(t.text for t in r.tokens[i:end]), r.tokens[i].start,
                                  r.tokens[end - 1].end))
