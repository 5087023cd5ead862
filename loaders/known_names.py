"""The names of documents cited by name, as the authority file knows them: where a law's name ends.

"Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật tổ chức Chính phủngày 25 tháng 12",
"Luật Cán bộ, công chức năm 2008", "Luật Tổ chức HĐND và UBND", "Luật Tổ chức chính\\nquyền địa phương",
"LUẬT ĐẤT ĐAI THUỘC THẨM QUYỀN …": the grammar alone cannot tell where such a name stops; the longest
name the authority file knows for the type, read in any case, across a line break, with or without its
commas, with the usual abbreviations of bodies, can. Names are kept in a trie of their words in lower case
(tones kept: "luật được" is no "Luật Dược"), so a lookup costs the length of the name, whatever the size of
the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import WORD_ABBREVIATIONS, doc_type, initial_forms
from .normalize import initials, normalize

# The next word of a name, past spaces and a comma, or the slash of a number in it ("… Luật Đất đai số 31/2024/QH15")
_WORD = re.compile(r"[ \t]*(?:\n[ \t]*)?[,/–(-]?[ \t]*(?:\n[ \t]*)?(\w+)")  # "Thi đua, khen thưởng", "Thi đua – khen
# thưởng", "… ở người (HIV/AIDS)"
_FIRST = re.compile(r"[ \t]*(?:\n[ \t]*)?(\w+)")  # the first word: no comma before it ("Luật, công đoàn …")
_GLUED = ("ngày", "năm", "số", "và")  # words that may be glued on after a name: "Chính phủngày", "Luật đặc xávà"
_PUNCTUATION = re.compile(r"[^\w]+")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")  # a headline cut short: nothing after the name on its line
_END = "."  # the key that marks where a name ends: never a word (a string, so a pickled trie keeps it)
# "Luật Dân quân tự vệ (DQTV)", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH)"
_DEFINITION = re.compile(r"\((?P<abbr>[A-ZĐ]{2,8}(?:[ \t]*(?:&|và)[ \t]*[A-ZĐ]{2,8})?)\)")
_JOINED = re.compile(r"[ \t]*(?:&|và|VÀ)[ \t]*")  # between two sets of initials: "PCCC và CNCH", "PCCC&CNCH"
JOINED_INITIALS = re.compile(r"[ \t]*([A-ZĐ]{2,8})[ \t]*(?:&|và|VÀ)[ \t]*([A-ZĐ]{2,8})(?!\w)")
_BRACKETED_INITIALS = re.compile(r"[ \t]*\([A-ZĐ]{2,8}\)")
_NAME_WORDS = re.compile(r"\w+")
_WORDS_BEFORE_INITIALS = 8  # of a name, before the initials the text defined: "Lực lượng tham gia bảo vệ ANTT"
_REST_AFTER_INITIALS = 120  # characters after them where the name may go on: "… ANTT ở cơ sở"


def name_key(name: str) -> tuple[str, ...]:
    """How a name is compared: its words in lower case, tones kept ("Luật Dược" is not "luật được")."""
    return tuple(_PUNCTUATION.sub(" ", normalize(name).lower()).split())


def _variants(name: str) -> set[str]:
    """The name, the same name with "và" for its commas ("… của Hội đồng nhân dân và Ủy ban nhân dân") or its last
    comma ("Luật Nhập cảnh, xuất cảnh, quá cảnh và cư trú …") or without its "và" ("Luật Phòng cháy chữa cháy"),
    without the "ở" of a place ("Luật Hòa giải cơ sở") or its "của" ("Luật Trách nhiệm bồi thường Nhà nước") and
    with bodies abbreviated ("Hội đồng nhân dân" → "HĐND")."""
    found = {name, name.replace(", ", " và "), " và ".join(name.rsplit(", ", 1)), name.replace(" và ", " ")}
    found |= {v.replace(" ở ", " ") for v in found} | {v.replace(" của ", " ") for v in found}
    for short, full in WORD_ABBREVIATIONS.items():
        found |= {v.replace(full, short) for v in found if full in v}
        found |= {v.replace(full.lower(), short) for v in found if full.lower() in v}
    return found


@lru_cache(maxsize=8)
def defined_abbreviations(text: str) -> dict[str, str]:
    """The initials a text defines for the words before them: "Luật Dân quân tự vệ (DQTV)" → {"DQTV": "Dân quân tự
    vệ"}, so that its "Luật DQTV" later is that law; two sets joined by "và" stand for two phrases joined by it
    ("… chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH)" → {"PCCC và CNCH": "…"})."""
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        groups = _JOINED.split(match.group("abbr"))  # two sets of initials stand for two phrases joined by "và"
        letters = _letters(groups)
        words = _NAME_WORDS.findall(text, max(0, match.start() - 160), match.start())[-len(letters):]
        if len(words) == len(letters) and all(w == a if a == "và" else initials(w) == a for w, a in zip(words, letters)):
            found.setdefault(" và ".join(groups), " ".join(words))
    return found


def _letters(groups: list[str]) -> list[str]:
    """The initials of ``groups`` one by one, "và" between groups: ["P", "C", "C", "C", "và", "C", …]."""
    return [letter for i, group in enumerate(groups) for letter in ([*group] if i == 0 else ["và", *group])]


class AliasIndex:
    """Where the aliases of documents occur in a text ("Pháp lệnh dân chủ ở cơ sở", "BLDS 2015"): their
    first words are found with one small pattern, the rest is walked in a trie of words in lower case, so a
    scan costs the text's length, not the number of aliases."""

    def __init__(self, aliases: Iterable[tuple[str, object]]):
        self._root: dict = {}
        firsts = set()
        for alias, value in aliases:
            words = name_key(alias)
            if not words:
                continue
            firsts.add(words[0])
            node = self._root
            for word in words:
                node = node.setdefault(word, {})
            node.setdefault(_END, value)
        self._first = re.compile(r"(?<!\w)(?i:" + "|".join(sorted(map(re.escape, firsts), key=len, reverse=True)) + r")(?!\w)") \
            if firsts else None

    def finditer(self, text: str, start: int, end: int):
        """(start, end, value) of every longest alias in ``text[start:end]``, left to right, not overlapping."""
        pos = start
        while self._first is not None and (head := self._first.search(text, pos, end)) is not None:
            node, at, best = self._root, head.start(), None
            reader = _FIRST
            while node:
                word = reader.match(text, at, end)
                reader = _WORD
                if word is None or (node := node.get(word.group(1).lower())) is None:
                    break
                at = word.end()
                if _END in node:
                    best = (node[_END], at)
            if best is None:
                pos = head.end()
                continue
            yield head.start(), best[1], best[0]
            pos = best[1]


def _repeated(text: str, pos: int, words: list[str]) -> int | None:
    """Where the last one or two ``words`` read end when they are written again at ``pos``, else None."""
    for size in (2, 1):
        at = pos
        for expected in words[-size:] if len(words) >= size else ("",):
            word = _WORD.match(text, at)
            if word is None or word.group(1).lower() != expected:
                break
            at = word.end()
        else:
            return at
    return None


def _run_together(node: dict, word: str) -> dict | None:
    """The trie node after ``word`` read as words of a name that a spinner ran together ("Quốchội": "quốc",
    "hội"), or None."""
    for cut in range(1, len(word)):
        head = node.get(word[:cut])
        if head is not None and (found := head.get(word[cut:]) or _run_together(head, word[cut:])) is not None:
            return found
    return None


def _past_comma(text: str, start: int, end: int) -> bool:
    """Whether the words read from ``start`` to ``end`` go on past a comma ("Trật tự, an toàn giao thông")."""
    comma = text.find(",", start, end)
    return comma >= 0 and bool(text[comma + 1:end].strip())


def _initials_below(node: dict, written: str) -> str | None:
    """The one name below ``node`` whose remaining words have ``written`` as their initials ("NTD": "người tiêu
    dùng"), else None; ``written`` must be capitals, two to eight of them."""
    if not (2 <= len(written) <= 8 and written.isupper() and written.isalpha()):
        return None
    found: set[str] = set()
    stack = [(node, written.lower())]
    while stack and len(found) < 2:
        current, letters = stack.pop()
        if not letters:
            if _END in current:
                found.add(current[_END])
            continue
        stack.extend((child, letters[1:]) for key, child in current.items()
                     if key != _END and initials(key).lower() == letters[0])
    return found.pop() if len(found) == 1 else None


def _only_name(node: dict) -> str | None:
    """The one canonical name the names below ``node`` stand for, else None."""
    found: set[str] = set()
    stack = [node]
    while stack and len(found) < 2:
        current = stack.pop()
        for key, child in current.items():
            if key == _END:
                found.add(child)
            else:
                stack.append(child)
    return found.pop() if len(found) == 1 else None


class KnownNames:
    """Longest-match lookup of the names of documents cited by name (Luật, Bộ luật, Pháp lệnh …)."""

    def __init__(self, names: Iterable[tuple[str, str, str]], numbered: dict[str, str] | None = None):
        """``names``: (type word, the name as written, the canonical name it stands for); ``numbered``: the type
        word and name of each known symbol ("92/2015/QH13" → "Bộ luật Tố tụng dân sự")."""
        self.numbered = numbered or {}
        self._roots: dict[str, dict] = {}
        self._initials: dict[tuple[str, str], set[str]] = {}  # (type word, initials) → the canonical names with them
        for type_word, written, canonical in names:
            root = self._roots.setdefault(doc_type(type_word).word, {})
            for form in initial_forms(canonical):
                self._initials.setdefault((doc_type(type_word).word, form), set()).add(canonical)
            for variant in _variants(written):
                node = root
                for word in name_key(variant):
                    node = node.setdefault(word, {})
                node.setdefault(_END, canonical)

    def knows(self, type_word: str, name: str) -> bool:
        """Whether ``name`` is a known name of a ``type_word`` document."""
        node = self._roots.get(doc_type(type_word).word, {})
        for word in name_key(name):
            if (node := node.get(word)) is None:
                return False
        return _END in node

    def name_by_initials(self, type_word: str, letters: str) -> str | None:
        """The one known name of a ``type_word`` document whose initials are ``letters`` ("Luật PCTN": "Phòng, chống
        tham nhũng"); None when no name or several have them ("ĐT": Đầu tư, Đấu thầu)."""
        found = self._initials.get((doc_type(type_word).word, letters.upper()), set())
        return next(iter(found)) if len(found) == 1 else None

    def match_defined(self, type_word: str, text: str, pos: int) -> tuple[str, int] | None:
        """(canonical name, end) of a known name written with initials the text defined: "Luật DQTV", "Luật Lực
        lượng DBĐV" after "Luật Dân quân tự vệ (DQTV) và Luật Lực lượng dự bị động viên (DBĐV)", "Luật PCCC&CNCH"
        after "… (PCCC và CNCH)", "Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở" after "… an ninh, trật tự (ANTT)"
        (words of the name after the initials too); else None."""
        defined = defined_abbreviations(text)  # read once a text (cached): later calls are a lookup
        words: list[str] = []
        while defined and len(words) < _WORDS_BEFORE_INITIALS and (word := _FIRST.match(text, pos)) is not None:
            joined = JOINED_INITIALS.match(text, pos)  # "PCCC&CNCH", "PCCC VÀ CNCH"
            if joined and (key := f"{joined.group(1)} và {joined.group(2)}") in defined:
                full, pos = defined[key], joined.end()
            else:
                full, pos = defined.get(word.group(1)), word.end()
            if full is not None:
                name = " " + " ".join([*words, full])
                found = self.match(type_word, name + text[pos:pos + _REST_AFTER_INITIALS], 0)
                return (found[0], pos + found[1] - len(name)) if found and found[1] >= len(name) else None
            words.append(word.group(1))
        return None

    def match(self, type_word: str, text: str, pos: int) -> tuple[str, int] | None:
        """(canonical name, end) of the longest known name of ``type_word`` at ``pos``, or None; a name cut short
        past its comma or at the end of a line (a headline), by less than half its words, is the one known name it
        begins ("Luật Trật tự, an toàn giao thông đến …", "Quốc hội thông qua Luật Người lao động Việt Nam đi làm
        việc ở nước ngoài"); one whose last words are written as their initials is that name ("Luật bảo vệ quyền lợi NTD")."""
        node = self._roots.get(type_word)
        best = None
        reader = _FIRST
        start, read = pos, 0
        words: list[str] = []
        while node:
            word = reader.match(text, pos)
            reader = _WORD
            folded = word.group(1).lower() if word else ""
            child = word and (node.get(folded) or _run_together(node, folded))
            if child is None and word and (repeated := _repeated(text, word.start(), words)):
                pos = repeated  # "Luật tổ chức tổ chức chính quyền địa phương": words typed twice
                continue
            if child is None and words and (defined := _BRACKETED_INITIALS.match(text, pos)):
                pos = defined.end()  # "Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ (CNCH)": initials defined
                continue  # inside the name
            if child is None and best is None and (_past_comma(text, start, pos) or _LINE_END.match(text, pos)) \
                    and (only := _only_name(node)) and 2 * read > len(name_key(only)):
                return only, pos
            if word is None:
                break
            read += 1
            if child is None and best is None and read > 1 and (initialled := _initials_below(node, word.group(1))):
                return initialled, word.end()  # "Luật bảo vệ quyền lợi NTD": its last words as their initials
            if child is None:
                glued = next((folded[: -len(g)] for g in _GLUED if folded.endswith(g) and folded[: -len(g)] in node), None) \
                    or (stem if (stem := folded.rstrip("0123456789")) != folded and stem in node else None)  # a note: "niên1"
                if glued is not None and _END in node[glued]:
                    best = (node[glued][_END], word.start(1) + len(glued))
                break
            node, pos = child, word.end()
            words.append(folded)
            if _END in node:
                closed = node[_END].endswith(")") and text.startswith(")", pos)  # "… (HIV/AIDS)"
                best = (node[_END], pos + closed)
        return best
