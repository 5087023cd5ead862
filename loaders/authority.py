"""The authority file: well-known documents with their full metadata and aliases.

It completes what an article leaves out ("Pháp lệnh 34 của Ủy ban Thường vụ Quốc hội" is
34/2007/PL-UBTVQH11) and resolves unnumbered forms ("Nghị quyết Trung ương 4 khóa XII" is 04-NQ/TW,
"Luật Thực hiện dân chủ ở cơ sở" is 10/2022/QH15). Extraction works without it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from . import disk_cache, symbols
from .keys import document_key
from .known_names import AliasIndex, KnownNames
from .lexicon import ISSUERS, doc_type, table
from .model import Document
from .normalize import fold, normalize
from .numerals import term_of

_FIELDS = ("symbol", "number", "year", "date", "term", "issuer_code", "system", "title")


def amended_by(name: str) -> str | None:
    """The folded name of the law an amending law's ``name`` amends ("Sửa đổi, bổ sung một số điều của Luật Điện lực"
    → "luat dien luc"), or None when it names no amending law."""
    amending, _, amended = fold(name).partition(" cua ")
    return amended if amended and amending.startswith("sua doi") else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One authority record, as a complete Document plus how it may be named."""

    document: Document
    name: str | None
    plenum: int | None
    aliases: tuple[str, ...]
    effective: str | None = None  # the day it took effect: the year the press may name it by


class AuthorityError(ValueError):
    """The authority file cannot be read."""


class Authority:
    """Index of authority entries by key, by type and number, by name, by plenum and by alias."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_key = {e.document.key: e for e in entries}
        self.by_symbol = {e.document.symbol: e for e in entries if e.document.symbol}
        self._by_number: dict[tuple, list[Entry]] = defaultdict(list)
        self._by_name: dict[tuple, list[Entry]] = defaultdict(list)
        self._by_plenum: dict[int, list[Entry]] = defaultdict(list)

        for entry in entries:
            doc = entry.document
            if doc.number is not None:
                self._by_number[(fold(doc.type), doc.number)].append(entry)
            if entry.name:
                self._by_name[(fold(doc.type), fold(entry.name))].append(entry)
            if entry.plenum:
                self._by_plenum[entry.plenum].append(entry)
        self.aliases = AliasIndex((alias, entry) for entry in entries for alias in entry.aliases)
        self._names: KnownNames | None = None

    def name_by_initials(self, type_word: str, abbreviation: str) -> str | None:
        """The one name of a ``type_word`` document whose initials are ``abbreviation`` ("Luật PCTN": "Phòng,
        chống tham nhũng"), of the names the grammar knows (:attr:`names`); None when no name or several have them."""
        return self.names.name_by_initials(type_word, abbreviation)

    @property
    def names(self) -> KnownNames:
        """The names of the documents cited by name ("Luật Tổ chức chính quyền địa phương"), and the aliases
        written with their type word ("Luật Dân chủ cơ sở"), for the grammar to end a name at."""
        if self._names is None:
            found = []
            for entry in self.entries:
                word = entry.document.type
                if doc_type(word).name_form != "law" or not entry.name:
                    continue
                found.append((word, entry.name, entry.name))
                for alias in entry.aliases:
                    head, _, rest = alias.partition(" ")
                    if f"{head} {rest}".startswith(word + " ") and not _YEAR_END.search(alias):
                        found.append((word, alias[len(word) + 1:], entry.name))
            self._names = KnownNames(found, {e.document.symbol: f"{e.document.type} {e.name}" for e in self.entries
                                             if e.document.symbol and e.name and doc_type(e.document.type).name_form == "law"})
        return self._names

    @classmethod
    def _built_in(cls) -> "Authority":
        authority = cls([_entry(r) for r in table("authority.json")["documents"]])
        authority.names  # built now, so that the cache keeps it  # noqa: B018
        return authority

    @classmethod
    def load(cls, path: str | None = None) -> "Authority":
        """The file at ``path``, or the one shipped with trichdan."""
        try:
            if path is None:  # valid: the tests check it against its schema; read back from the disk cache
                return disk_cache.cached("authority", cls._built_in, disk_cache.package_sources())
            with open(path, encoding="utf-8") as handle:
                records = _valid(json.load(handle))["documents"]
            return cls([_entry(r) for r in records])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AuthorityError(f"{path or 'built-in authority file'}: {exc}") from exc

    def edition_in_force(self, type_word: str, name: str, as_of: str) -> int | None:
        """The year of the edition of the law named ``name`` passed last on or before ``as_of``, else None."""
        last = _passed_last(self._by_name.get((fold(type_word), fold(name)), []), as_of)
        return last.document.year if last else None

    def candidates(self, doc: Document, *, name: str | None = None, plenum: int | None = None,
                   revised_in_year: bool = False) -> list[Entry]:
        """Entries that ``doc`` (as far as it is known) can be; ``revised_in_year``: its name was written as the
        law's and "sửa đổi" with a year, which may be a new edition of that year."""
        if doc.number is not None:
            pool = self._by_number.get((fold(doc.type), doc.number), [])
        elif plenum:
            pool = self._by_plenum.get(plenum, [])
        elif name:
            pool = self._by_name.get((fold(doc.type), fold(name)), []) or self._amending_on_day(doc, name) \
                or self._misnamed_on_day(doc, name) or self._lost_letters_in_name(doc, name)
        else:
            pool = []
        return [e for e in pool if _agrees(doc, e.document)] or (self._revised_in_year(doc, name) if revised_in_year else []) \
            or (_effective_in(pool, doc) or _day_with_year_mistyped(pool, doc) if name and doc.number is None else [])

    def _revised_in_year(self, doc: Document, name: str | None) -> list[Entry]:
        """The edition passed in ``doc``'s year of the law an amending name no known amending law of that year
        matches: "Luật NVQS sửa đổi năm 2015" is the Luật Nghĩa vụ quân sự of 2015, a new law, not an amendment."""
        amended = amended_by(name or "")
        if not (amended and doc.year):
            return []
        return [e for e in self._by_name.get((fold(doc.type), amended.removeprefix(f"{fold(doc.type)} ")), [])
                if e.document.year == doc.year]

    def _amending_on_day(self, doc: Document, name: str) -> list[Entry]:
        """The amending laws passed on ``doc``'s day whose names list the law an unknown amending name names: "Luật sửa
        đổi, bổ sung một số điều của Luật Tổ chức chính quyền địa phương ngày 22/11/2019" is the one amending it with
        the Luật Tổ chức Chính phủ (47/2019/QH14)."""
        amended = amended_by(name)
        if not amended:
            return []
        return [e for e in self._named_on_day(doc) if amended in (amended_by(e.name) or "")]

    def _misnamed_on_day(self, doc: Document, name: str) -> list[Entry]:
        """The one law of ``doc``'s type passed on ``doc``'s day whose name has nearly every word of the name written,
        one word or two replaced ("Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm
        2023" for "… bảo vệ …"), else none."""
        written = fold(name).replace(",", " ").split()
        found = [e for e in self._named_on_day(doc) if _nearly(written, fold(e.name).replace(",", " ").split())]
        return found if len(found) == 1 else []

    def _lost_letters_in_name(self, doc: Document, name: str) -> list[Entry]:
        """The entries of the one name of ``doc``'s type that the name written is, word for word, with letters a
        PDF's font lost in some words ("Luật Tiêu chun và Quy chuẩn kỹ thuật", "Luật Cht lượng sản phẩm, hàng hóa")."""
        written = fold(name).replace(",", " ").split()
        names = {key for key in self._by_name if key[0] == fold(doc.type) and _letters_lost(written, key[1].replace(",", " ").split())}
        return self._by_name[names.pop()] if len(names) == 1 else []

    def _named_on_day(self, doc: Document) -> list[Entry]:
        """The named entries of ``doc``'s type passed on ``doc``'s day (none when it gives no full date)."""
        if not (doc.date and len(doc.date) == 10):
            return []
        return [e for e in self.entries if e.document.date == doc.date and e.name and fold(e.document.type) == fold(doc.type)]

    def slip(self, doc: Document, name: str | None) -> Document | None:
        """The law ``doc`` names when its written symbol, known as no document's, has a wrong year or number: the one
        edition of its name with the rest of it ("Luật Công đoàn số 50/2025/QH15" is 50/2024/QH15, "Luật Bảo vệ môi
        trường số 17/2020/QH14" 72/2020/QH14), else None."""
        if not (name and doc.symbol and doc.number is not None) or doc.symbol in self.by_symbol:
            return None
        legislature = doc.symbol.rpartition("/")[2]
        found = [e.document for e in self._by_name.get((fold(doc.type), fold(name)), [])
                 if (e.document.number == doc.number) != (e.document.year == doc.year) and e.document.symbol
                 and e.document.symbol.rpartition("/")[2] == legislature]
        return found[0] if len(found) == 1 else None

    def complete(self, doc: Document, *, name: str | None = None, plenum: int | None = None,
                 as_of: str | None = None, cited: frozenset[str] = frozenset(), revised_in_year: bool = False) -> bool:
        """Fill ``doc``'s missing metadata from the one entry it can be; False when none or several.

        Several entries narrow down by subject; a plenum's by the one the press names by it, a plenum's or a
        named law's by the one the same article cites by number (``cited``: its symbols); a named law's by the
        edition passed last before ``as_of`` (the article's date: "Luật Đất đai" in 2025 is the 2024 law)."""
        found = self.candidates(doc, name=name, plenum=plenum, revised_in_year=revised_in_year)
        if len(found) > 1 and (plenum and doc.term or name):  # "Nghị quyết Trung ương 7 khóa XI … Nghị quyết số
            found = [e for e in found if e.document.symbol in cited] or found  # 24-NQ/TW"; "Luật X … Luật số 69/2020/QH14"
        if len(found) > 1 and name and as_of:
            found = [last] if (last := _passed_last(found, as_of)) else found
        if len(found) > 1 and doc.title:  # "Chỉ thị 35-CT/TW về đại hội … lần thứ XIV": the 2024 one
            found = [e for e in found if same_subject(doc.title, e.document.title)] or found
        if len(found) > 1 and plenum:  # a plenum passes several; the press names one by it ("NQ Trung ương 4 khóa XII")
            found = [e for e in found if any(_PLENUM_ALIAS.search(fold(a)) for a in e.aliases)] or found
        if len(found) != 1:
            return False
        if doc.number is not None and doc.system == "-" and doc.issuer_code is None and doc.year is None \
                and len(doc_type(doc.type).systems) > 1 and not same_subject(doc.title, found[0].document.title):
            return False  # "Nghị quyết 35" alone could be anyone's; "Quy định 144 về chuẩn mực đạo đức …" not
        source = found[0].document
        doc.name = doc.name or found[0].name
        for attribute in _FIELDS:
            if getattr(doc, attribute) in (None, "-"):
                setattr(doc, attribute, getattr(source, attribute))
        if doc.issuer is None:
            doc.issuer = source.issuer
        doc.symbol = source.symbol or doc.symbol  # "63/QH14", its year lost: the law's whole symbol
        doc.year = source.year or doc.year  # "Luật … năm 2016", the year it took effect: the year it was passed
        doc.date = source.date or doc.date  # "… ngày 19/6/2016", its year mistyped
        return True


_NEARLY = 0.8  # of a known name's words, written in the same order for a misnamed law


def _nearly(written: list[str], known: list[str]) -> bool:
    """Whether a name written and a known one share, in order, at least four fifths of the longer one's words; a
    word a PDF dropped a letter or two of is its word ("Luật Đt đai ngày 29/11/2013")."""
    written = [w if w in known else next((k for k in known if _lost_letters(w, k)), w) for w in written]
    shared = SequenceMatcher(a=written, b=known, autojunk=False)
    return sum(block.size for block in shared.get_matching_blocks()) >= _NEARLY * max(len(written), len(known))


def _letters_lost(written: list[str], known: list[str]) -> bool:
    """Whether the words written are the known ones, some with letters lost, and not all of them whole; or, three
    words or more, the first of them, the name cut where a comma stopped it ("Luật Cht lượng sản phẩm, …")."""
    if not (len(written) == len(known) or 3 <= len(written) < len(known)):
        return False
    return written != known[:len(written)] and all(w == k or _lost_letters(w, k) for w, k in zip(written, known))


def _lost_letters(written: str, word: str) -> bool:
    """Whether ``written`` is ``word`` (folded) with one or two of its letters after the first lost: "dt" for "dat"."""
    if not 0 < len(word) - len(written) <= 2 or len(written) < 2 or written[0] != word[0]:
        return False
    letters = iter(word)
    return all(letter in letters for letter in written)


def _effective_in(entries: list[Entry], doc: Document) -> list[Entry]:
    """The edition of a name that took effect in the year written with it, when none was passed that year ("Luật Ban
    hành văn bản quy phạm pháp luật năm 2016": 80/2015/QH13, in force from 1 July 2016)."""
    if not doc.year or doc.symbol or doc.date and len(doc.date) == 10:
        return []
    return [e for e in entries if e.effective and int(e.effective[:4]) == doc.year]


def _day_with_year_mistyped(entries: list[Entry], doc: Document) -> list[Entry]:
    """The one edition of a name passed on the day and month written, in a year one digit away ("Luật Phòng, chống
    thiên tai ngày 19/6/2016": 33/2013/QH13, passed on 19 June 2013)."""
    if not (doc.date and len(doc.date) == 10) or doc.symbol:
        return []
    found = [e for e in entries if e.document.date and e.document.date[4:] == doc.date[4:]
             and sum(a != b for a, b in zip(e.document.date[:4], doc.date[:4])) == 1]
    return found if len(found) == 1 else []


def _passed_last(entries: list[Entry], as_of: str) -> Entry | None:
    """Of ``entries``, the one passed last on or before ``as_of`` (an ISO date), else None."""
    passed = [e for e in entries if (day := _passed_on(e.document)) and day <= as_of[:10]]
    return max(passed, key=lambda e: _passed_on(e.document)) if passed else None


def _passed_on(doc: Document) -> str | None:
    """The day a document was passed, or the last day of its year when the authority file gives only the year
    ("112/2025/QH15": passed by 2025-12-31), so that an article of 2026 means it by its name alone."""
    return doc.date or (f"{doc.year}-12-31" if doc.year else None)


_YEAR_END = re.compile(r"\d{4}\)?$")  # "Luật Đất đai 2024": the name is written without the year
_PLENUM_ALIAS = re.compile(r"\btrung uong \d")
_SUBJECT_WORDS = re.compile(r"[^\W_]+")
_MIN_SUBJECT = 4  # words: "về công tác văn thư" is the shortest subject that names one document


def same_subject(written: str | None, known: str | None) -> bool:
    """Whether a subject as an article gives it ("về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên …
    đặt ra yêu cầu") and a known title agree: one starts with the other, over four words or more,
    case, tone marks' placement, punctuation and a leading "về" / "V/v" aside."""
    if not written or not known:
        return False
    a, b = _subject_words(written), _subject_words(known)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= _MIN_SUBJECT and longer[:len(shorter)] == shorter


def _subject_words(title: str) -> list[str]:
    words = _SUBJECT_WORDS.findall(fold(title))
    while words and words[0] in ("ve", "v", "viec"):
        words = words[1:]
    return words


def _agrees(doc: Document, known: Document) -> bool:
    if doc.scope:
        return False
    for attribute in ("symbol", "year", "term", "system"):
        mine, theirs = getattr(doc, attribute), getattr(known, attribute)
        if mine not in (None, "-") and theirs is not None and mine != theirs \
                and not (attribute == "symbol" and symbols.without_year(theirs) == mine):
            return False
    if doc.issuer_code and known.issuer_code and doc.issuer_code != known.issuer_code:
        return False
    return not (doc.date and known.date and doc.date != known.date)


def _entry(record: dict) -> Entry:
    type_word = doc_type(record["type"]).word
    symbol = symbols.parse(normalize(record["symbol"])) if record.get("symbol") else None
    if record.get("symbol") and symbol is None:
        raise ValueError(f"unreadable symbol {record['symbol']!r}")
    date = record.get("date")
    year = (symbol.year if symbol and symbol.year else None) or (int(date[:4]) if date else None)
    system = symbol.system if symbol else doc_type(type_word).systems[0]
    code = symbol.issuer if symbol else ("QH" if system == "state" else "TW")
    issuer = ISSUERS.get(code)
    central = system == "party" and (issuer is None or issuer.level == "central")
    doc = Document(key="", type=type_word, system=system, number=symbol.number if symbol else None,
                   symbol=symbol.text if symbol else None, year=year,
                   date=date if date and len(date) == 10 else None, issuer=record.get("issuer"), issuer_code=code,
                   term=record.get("term") or (term_of(date if date and len(date) == 10 else None, year) if central else None),
                   title=record.get("title"), aliases=list(record.get("aliases", [])))
    name = record.get("name")
    doc.key = document_key(doc, name=name if doc.number is None else None, plenum=None)
    return Entry(replace(doc), name, record.get("plenum"), tuple(record.get("aliases", [])), record.get("effective"))


def _valid(data: object) -> dict:
    """``data`` when it follows ``data/schemas/authority.schema.json``; else ValueError naming the first fault."""
    import jsonschema  # only for files of one's own: the built-in file is checked by the tests

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(table("schemas/authority.schema.json")).iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise ValueError(f"{where}: {error.message}")
    return data

