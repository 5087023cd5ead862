"""Resolve citations to documents: ``resolve_citations`` (step 2 of find → resolve → annotate).

Mentions of one document in an article ("Nghị quyết 02-NQ/TU ngày 12/5/2017", later "Nghị quyết 02")
become one ``Document``; its canonical key carries what makes it unique: system, issuer, locality
(province or district for local bodies), type, epoch (term for central Party documents, year
otherwise) and number. The authority file fills what an article leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import gazetteer, symbols
from .authority import Authority, amended_by
from .keys import UNKNOWN, DocumentKey, document_key
from .labels import document_label
from .lexicon import (COMMITTEES, ISSUER_UNITS, ISSUERS, LEVEL_PATTERN, REVISED_NAME, WORD_ABBREVIATIONS, Issuer,
                      doc_type, family, initial_forms, local_term, successor, type_word_of)
from .lexicon import issuer as lexicon_issuer
from .locality import SentenceProvinces
from .model import Citation, Document, Locality, Organization, Person, Reference
from .symbols import Symbol
from .normalize import fold, initials, slug
from .numerals import legislature_of, roman, term_of
from .organizations import canonical_organization
from .placenames import province_level

_IDENTITY = ("type", "number", "name", "plenum", "congress")  # must be equal
_CONTEXT = ("issuer", "scope", "term", "year", "symbol")  # must not conflict when both are known


@dataclass(slots=True)
class _Draft:
    """A document being assembled from the mentions that name it, with what they state together."""

    refs: list[Reference] = field(default_factory=list)
    known: dict = field(default_factory=dict)

    def first(self, attribute: str):
        return next((getattr(r, attribute) for r in self.refs if getattr(r, attribute) is not None), None)

    def accepts(self, signature: dict) -> bool:
        return all(signature[k] is None or self.known.get(k) in (None, signature[k])
                   for k in _CONTEXT if k not in ("issuer", "scope")) \
            and _same_issuer(self.known.get("issuer"), signature["issuer"]) and self._same_scope(signature)

    def _same_scope(self, signature: dict) -> bool:
        """Equal scopes, or one unknown; or, for one full symbol, one unit inside the other (the headline's "Quyết định
        số 01/2024/QĐ-UBND" placed in the site's province, the body's "UBND xã Nà Nghịu ban hành Quyết định số
        01/2024/QĐ-UBND"), and so for one congress or plenum whose body's level one mention leaves unsaid ("Nghị
        quyết Đại hội lần thứ I, nhiệm kỳ 2025 - 2030", "… Đại hội Đảng bộ xã Thiệu Hóa lần thứ I")."""
        known, stated = self.known.get("scope"), signature["scope"]
        if known is None or stated is None or slug(known) == slug(stated):  # "Đăk Lăk", "Đắk Lắk": one key
            return True
        if signature["symbol"] is not None and self.known.get("symbol") == signature["symbol"] \
                and (self.known.get("scope_inferred") or signature["scope_inferred"]):
            return True  # the headline's full symbol placed by the site, the body's by its issuer ("… của Hội đồng
            # nhân dân tỉnh Ninh Bình" on a page of Hà Nam's library)
        one = signature["symbol"] is not None and self.known.get("symbol") == signature["symbol"] \
            or bool(signature["congress"] or signature["plenum"]) and None in (self.known.get("issuer"), signature["issuer"])
        return one and (_inside(known, stated) or _inside(stated, known))  # a congress of a body of unsaid level too

    def add(self, ref: Reference, signature: dict) -> None:
        self.refs.append(ref)
        for k in _CONTEXT:
            if signature[k] is None:
                continue
            if k != "scope":
                self.known[k] = signature[k]
            elif not self._keeps_scope(signature):
                inferred = signature["scope_inferred"] and (self.known.get(k) != signature[k] or self.known["scope_inferred"])
                self.known[k], self.known["scope_inferred"] = signature[k], inferred

    def _keeps_scope(self, signature: dict) -> bool:
        """Whether the scope known stays against the one a new mention gives: a stated one against one the site or the
        article's place gave, else the narrower of two nested ones."""
        known = self.known.get("scope")
        if known is None:
            return False
        if self.known["scope_inferred"] != signature["scope_inferred"]:
            return signature["scope_inferred"]
        return _inside(known, signature["scope"])


def resolve_citations(refs: list[Reference], locality: Locality | None = None, authority: Authority | None = None,
                      *, as_of: str | None = None, sentences: SentenceProvinces | None = None
                      ) -> tuple[list[Citation], list[Document]]:
    """Group ``refs`` into documents, give each a canonical key, and return citations pointing at them.

    A mention joins the most recent document with the same type and number (or name, plenum, congress)
    whose known issuer, locality, term, year and symbol do not conflict with its own. ``as_of`` is the
    article's date, which tells which edition of a law an undated name means; ``sentences`` the provinces
    each sentence names, which place local documents.
    """
    locality = locality or Locality()
    _without_future_dates(refs, as_of)
    _local_tu(refs)
    _spell_out_initials(refs, authority)
    refs = _date_unsaid_congresses(refs, as_of)
    _number_congress_terms(refs, as_of)
    by_identity: dict[tuple, list[_Draft]] = {}
    drafts: list[_Draft] = []
    owner: list[_Draft] = []
    for ref in refs:
        signature = _signature(ref, locality, sentences)
        candidates = by_identity.setdefault(tuple(signature[k] for k in _IDENTITY), [])
        draft = next((d for d in reversed(candidates) if d.accepts(signature)
                      and not _older_edition(d, signature, authority, as_of)), None)
        if draft is None:
            draft = _Draft()
            candidates.append(draft)
            drafts.append(draft)
        draft.add(ref, signature)
        owner.append(draft)
    documents: dict[int, Document] = {}
    merged: dict[str, Document] = {}
    cited = frozenset(r.symbol.text for r in refs if r.symbol is not None)
    for draft in drafts:
        doc = build_document(draft.refs, locality, authority, as_of=as_of, cited=cited, sentences=sentences)
        if doc.key in merged:
            _fill(merged[doc.key], doc)
            doc = merged[doc.key]
        merged[doc.key] = doc
        documents[id(draft)] = doc
    _name_into_number(documents, merged, _defined_after(refs, owner, documents))
    _short_name_into_longer(documents, merged, authority)
    _misprinted_code_into_whole(documents, merged)
    _lost_year_into_whole(documents, merged)
    _bare_into_completed(documents, merged, {id(documents[id(d)]): kind for r, d in zip(refs, owner)
                                             if (kind := _carried_kind(r)) is not None})
    _revised_into_edition(documents, merged, as_of,
                          {id(documents[id(d)]) for r, d in zip(refs, owner) if REVISED_NAME in " ".join(r.text.split())})
    _bare_into_revised(documents, merged, {id(documents[id(d)]) for r, d in zip(refs, owner) if r.in_force})
    _congress_numbered(documents, merged)
    _congress_by_ordinal_and_term(documents, merged, {id(documents[id(d)]) for r, d in zip(refs, owner) if r.congress_years})
    for ref, draft in zip(refs, owner):  # "Quyết định 53/2012": as much of its symbol as is written, if nothing tells more
        if ref.short_symbol and documents[id(draft)].symbol is None:
            documents[id(draft)].symbol = ref.short_symbol
    citations = [Citation(r.text, r.start, r.end, documents[id(d)].key, r.relation, r.pinpoint, r.zone)
                 for r, d in zip(refs, owner)]
    return citations, list(merged.values())


def _older_edition(draft: _Draft, signature: dict, authority: Authority | None, as_of: str | None) -> bool:
    """Whether a law's name with a year is an older edition than the one its undated mentions before it mean: on
    the day the article is dated, the edition then passed last ("Quốc hội đã thông qua các Luật: Luật An ninh mạng …
    hợp nhất Luật An ninh mạng năm 2018": the 2025 law, then the 2018 one)."""
    if draft.known.get("year") is not None or signature["year"] is None or not signature["name"] or not as_of \
            or authority is None:
        return False
    current = authority.edition_in_force(signature["type"], signature["name"], as_of)
    return current is not None and current > signature["year"]


def _without_future_dates(refs: list[Reference], as_of: str | None) -> None:
    """A document's date after the article's, where another mention of its symbol gives the same day and month of a
    year before, is a slip ("Nghị quyết số 23-NQ/TW ngày 16/6/2028" in 2023, beside "ngày 16/6/2008"): no date, so
    that it joins that document."""
    if not as_of:
        return
    dated = {(r.symbol.text, r.date[5:], r.date[:4]) for r in refs if r.symbol and r.date and len(r.date) == 10}
    for ref in refs:
        if ref.symbol and ref.date and len(ref.date) == 10 and ref.date[:10] > as_of[:10] \
                and any(s == ref.symbol.text and day == ref.date[5:] and year < ref.date[:4] and year <= as_of[:4]
                        for s, day, year in dated):
            ref.date = None


def _local_tu(refs: list[Reference]) -> None:
    """"TƯ" is Trung ương only for a central issuer: "Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV)" is the Tỉnh
    ủy's "13-NQ/TU", and so is every "…/TƯ" of an article that writes one so (the page's own "Số 445-KL/TƯ")."""
    written = [r for r in refs if r.symbol is not None and r.symbol.written_tu]
    local = {family(r.issuer_code) for r in written if r.issuer_code and family(r.issuer_code) != "TW"}
    if len(local) != 1:
        return
    code = local.pop()
    for ref in written:
        if ref.issuer_code in (None, "TW") or family(ref.issuer_code) == code:
            ref.symbol = replace(ref.symbol, issuer=code, written_tu=False)
            ref.issuer_code = code


def _date_unsaid_congresses(refs: list[Reference], as_of: str | None) -> list[Reference]:
    """A Party organisation's congress named with neither its number nor its term ("Nghị quyết Đại hội Đảng bộ
    tỉnh Hải Dương") is the one of the term the article's date falls in; undated, or dated inside a season of
    congresses of its level, it is none in particular and left out."""
    kept = []
    for ref in refs:
        if ref.congress_unsaid:
            level = ISSUERS[family(ref.issuer_code)].level
            if not as_of or (years := local_term(as_of[:10], level)) is None:
                continue
            ref.congress_years = years
        kept.append(ref)
    return kept


def _number_congress_terms(refs: list[Reference], as_of: str | None = None) -> None:
    """A congress named by its term is the one the article numbers with that term: "NQ Đại hội Đảng bộ thành phố
    nhiệm kỳ 2025-2030" and "Nghị quyết Đại hội Đảng bộ thành phố lần thứ I, nhiệm kỳ 2025-2030"; or the one
    congress of the same body the article numbers without a term, when it names one term only and is dated within
    it or names the two close together ("… Đảng bộ huyện lần thứ XXII và … Đảng bộ huyện nhiệm kỳ 2020 - 2025").
    Congresses of two places named are two bodies' ("… Đảng bộ tỉnh Hải Dương, … Đảng bộ tỉnh Phú Yên lần thứ XVI")."""
    numbered: dict[tuple, list[Reference]] = {}
    untermed: dict[tuple, list[Reference]] = {}
    terms: dict[tuple, set[str]] = {}
    for ref in refs:
        kind = (ref.type, family(ref.issuer_code))
        if ref.congress and ref.congress_years:
            numbered.setdefault((*kind, ref.congress_years), []).append(ref)
        elif ref.congress:
            untermed.setdefault(kind, []).append(ref)
        elif ref.congress_years:
            terms.setdefault(kind, set()).add(ref.congress_years)
    for ref in refs:
        if ref.congress is not None or ref.congress_years is None:
            continue
        kind = (ref.type, family(ref.issuer_code))
        found = {r.congress for r in numbered.get((*kind, ref.congress_years), ()) if _same_place(r, ref)}
        same = [r for r in untermed.get(kind, ()) if _same_place(r, ref)]
        if not found and len(terms[kind]) == 1 and len({r.congress for r in same}) == 1:
            near = any(abs(r.start - ref.start) <= _NEAR_CONGRESS for r in same)
            found = {same[0].congress} if near or _within(as_of, ref.congress_years) else None
        if found and len(found) == 1:
            ref.congress = next(iter(found))


def _same_place(one: Reference, other: Reference) -> bool:
    """Whether two mentions may name one body's congress: one leaves its place unsaid, or both name the same."""
    return None in (one.place, other.place) or fold(one.place) == fold(other.place)


_NEAR_CONGRESS = 400  # characters: a congress numbered this close to one named by its term is that one


def _within(date: str | None, years: str) -> bool:
    """Whether ``date`` ("2021-03-05") falls in the term ``years`` ("2020-2025")."""
    start, _, end = years.partition("-")
    return bool(date) and start <= date[:4] <= end


def _spell_out_initials(refs: list[Reference], authority: Authority | None) -> None:
    """"Luật PCTN năm 2018" is "Luật Phòng, chống tham nhũng năm 2018": a name written as its initials is the
    name with those initials that the article spells out for the same type, else the authority file's one."""
    spelled: dict[tuple, dict[str, str]] = {}  # (type, initials) → the names spelt out, by their folded form
    for ref in refs:
        if ref.name and not _INITIALS.fullmatch(ref.name):
            for form in initial_forms(ref.name):
                spelled.setdefault((ref.type, form), {})[fold(ref.name)] = ref.name
    for ref in refs:
        if ref.name and (written := _JOINED_NAME.fullmatch(ref.name) or _INITIALS.fullmatch(ref.name)):
            ref.name = _spelt(ref.type, written, spelled, authority) or ref.name
        elif ref.name and (amended := _AMENDED_INITIALS.fullmatch(ref.name)):  # "… một số điều của Luật TDTT"
            full = _spelt(amended.group("word"), _INITIALS.fullmatch(amended.group("initials")), spelled, authority)
            ref.name = f"{amended.group('head')}{full}" if full else ref.name


def _spelt(type_word: str, written: re.Match, spelled: dict[tuple, dict[str, str]], authority: Authority | None) -> str | None:
    """The name ``written`` as initials stands for: the one the article spells out, else the authority file's."""
    abbreviation = initials(written.group(1) or "") + "".join(written.groups()[1:])  # "Các TCTD": "CTCTD"
    here = list(spelled.get((type_word, abbreviation), {}).values())
    return (here[0] if len(here) == 1 else None) or (authority.name_by_initials(type_word, abbreviation) if authority else None)


_INITIALS = re.compile(r"((?:\w+ ){0,2})([A-ZĐ]{2,8})")  # "PCTN"; words, then the initials of the rest: "Các TCTD"
_JOINED_NAME = re.compile(r"()([A-ZĐ]{2,8}) và ([A-ZĐ]{2,8})")  # "PCCC và CNCH": two phrases' initials, read as one
_AMENDED_INITIALS = re.compile(r"(?P<head>.+ của (?P<word>Bộ luật|Luật|Pháp lệnh) )(?P<initials>[A-ZĐ]{2,8})")


def _merge_into(target: Document, source: Document, documents: dict[int, Document], merged: dict[str, Document]) -> None:
    """Make ``source`` one document with ``target``: its facts fill ``target``'s gaps, its mentions point at it."""
    del merged[source.key]
    _fill(target, source)
    documents.update({i: target for i, d in documents.items() if d is source})


def _name_into_number(documents: dict[int, Document], merged: dict[str, Document], defined: dict[int, Document]) -> None:
    """"Luật Cư trú số 68/2020/QH14 …, Luật Cư trú quy định": a law named without number (with its year or
    not) is the one the same article names with its number (and that year), when there is one such, or the one
    whose short name it was defined as (``defined``: "Luật Lưu trữ số 33/2024/QH15 (Luật Lưu trữ) …", where the
    2011 law is named too)."""
    numbered: dict[tuple, list[Document]] = {}
    for doc in merged.values():
        if doc.name and doc.number is not None:
            numbered.setdefault((doc.type, fold(doc.name)), []).append(doc)
    for doc in list(documents.values()):
        found = numbered.get((doc.type, fold(doc.name or ""))) if doc.number is None else None
        if found and doc.year is not None:  # "Luật sửa đổi, bổ sung Luật Thể dục thể thao năm 2018": of that year
            found = [d for d in found if d.year == doc.year]
        if found and len(found) > 1 and defined.get(id(doc)) in found:
            found = [defined[id(doc)]]
        if found and len(found) == 1 and doc.key in merged:
            _merge_into(found[0], doc, documents, merged)


def _short_name_into_longer(documents: dict[int, Document], merged: dict[str, Document], authority: Authority | None) -> None:
    """"Luật Hòa giải" in a headline over "Luật Hòa giải ở cơ sở năm 2013": a name no law bears is the one law of
    the article whose name it begins."""
    for doc in list(merged.values()):
        if merged.get(doc.key) is not doc or not doc.name or doc.number is not None or doc.year is not None \
                or len(doc.name.split()) < 2 \
                or authority is None or authority.names.knows(doc.type, doc.name):
            continue
        head = fold(doc.name) + " "
        longer = [d for d in merged.values() if d is not doc and d.type == doc.type and fold(d.name or "").startswith(head)]
        if len(longer) == 1:
            _merge_into(longer[0], doc, documents, merged)


def _misprinted_code_into_whole(documents: dict[int, Document], merged: dict[str, Document]) -> None:
    """"Số: 172/NQ-ND" heading the page of "Nghị quyết số 172/NQ-HĐND": a symbol whose issuer code is the end of
    another's of the same type, number and year lost the code's first letters; it is that document."""
    for doc in list(merged.values()):
        if merged.get(doc.key) is not doc or not doc.symbol:
            continue
        head, code = _code_split(doc.symbol)
        whole = [d for d in merged.values() if d is not doc and d.type == doc.type and d.number == doc.number and d.symbol
                 and doc.year in (None, d.year) and _code_ends_with(_code_split(d.symbol), head, code)]
        if len(whole) == 1:
            _merge_into(whole[0], doc, documents, merged)


def _lost_year_into_whole(documents: dict[int, Document], merged: dict[str, Document]) -> None:
    """"NGHỊ QUYẾT 112/2005/QH13" beside "Nghị quyết số 112/2015/QH13": a legislature's symbol whose year was lost (or
    misprinted out of its term) is the one document of the article with that number, legislature and a year."""
    for doc in list(merged.values()):
        if merged.get(doc.key) is not doc or not doc.symbol or doc.year is not None:
            continue
        whole = [d for d in merged.values() if d is not doc and d.type == doc.type and d.number == doc.number and d.symbol
                 and symbols.without_year(d.symbol) == doc.symbol]
        if len(whole) == 1:
            _merge_into(whole[0], doc, documents, merged)


def _code_ends_with(split: tuple[str, str], head: str, code: str) -> bool:
    """Whether a split symbol has ``head`` before a longer issuer code that ends with ``code`` (two letters or more)."""
    return split[0] == head and len(split[1]) > len(code) >= 2 and split[1].endswith(code)


def _code_split(symbol: str) -> tuple[str, str]:
    """"172/NQ-HĐND" → ("172/nq", "hdnd"): a symbol up to its last segment, and that segment, folded."""
    folded = fold(symbol)
    cut = max(folded.rfind("-"), folded.rfind("/"))
    return folded[:cut], folded[cut + 1:]


_DEFINITION_GAP = 24  # " (sau đây gọi tắt là " between a numbered law and the short name it is then called by


def _defined_after(refs: list[Reference], owner: list[_Draft], documents: dict[int, Document]) -> dict[int, Document]:
    """Documents named without number or year right after a numbered one of the same type and name, as its short
    name: "Luật Lưu trữ số 33/2024/QH15 (Luật Lưu trữ)" → {id(the bare one): the numbered one}."""
    found: dict[int, Document] = {}
    ordered = sorted(zip(refs, owner), key=lambda pair: pair[0].start)
    for (before, first), (ref, second) in zip(ordered, ordered[1:]):
        if ref.name and before.name and ref.type == before.type and fold(ref.name) == fold(before.name) \
                and ref.number is None and ref.date is None and before.number is not None \
                and 0 < ref.start - before.end <= _DEFINITION_GAP:
            found.setdefault(id(documents[id(second)]), documents[id(first)])
    return found


def _revised_into_edition(documents: dict[int, Document], merged: dict[str, Document], as_of: str | None,
                          written_revised: set[int]) -> None:
    """"Luật Ban hành văn bản quy phạm pháp luật (sửa đổi)" beside "… năm 2015" and "… năm 2025" is the 2025
    edition: a law revised whole is the edition the article dates as revised ("Luật Đất đai (sửa đổi) 2024"; the
    ids of such documents are ``written_revised``), else the newest of two or more editions of the same name the
    article dates, else its one dated edition of the article's year or the year before; beside one older edition
    only ("So với Luật Việc làm số 38/2013/QH13, Luật Việc làm (sửa đổi) …") it stays a document of its own.
    Beside the one law amending that name ("Luật sửa đổi, bổ sung một số điều của Luật Điện lực ngày 20/11/2012 …
    Luật điện lực sửa đổi") it is that amending law."""
    for doc in list(documents.values()):
        if (base := _revised_base(doc, merged)) is None:
            continue
        amending = [d for d in merged.values()
                    if d.type == doc.type and (amended_by(d.name or "") or "").removeprefix(f"{fold(d.type)} ") == base]
        if len(amending) == 1:
            _merge_into(amending[0], doc, documents, merged)
            continue
        editions = sorted((d for d in merged.values() if d.type == doc.type and fold(d.name or "") == base
                           and d.year is not None), key=lambda d: d.year)
        current = [d for d in editions if id(d) in written_revised] or (
            editions[-1:] if len(editions) > 1 and editions[-1].year > editions[-2].year
            else [d for d in editions if as_of and d.year >= int(as_of[:4]) - 1])
        if len(current) == 1:
            _merge_into(current[0], doc, documents, merged)


def _bare_into_revised(documents: dict[int, Document], merged: dict[str, Document], in_force: set[int]) -> None:
    """"Luật Viễn thông (sửa đổi) … Nghị định quy định chi tiết Luật Viễn thông": a law named bare, with neither
    number nor year, in an article about the law revised whole and about no dated edition of it, is the revised law;
    not one named as the law in force ("Luật Phòng, chống bạo lực gia đình hiện hành": ``in_force``, by id)."""
    for doc in list(merged.values()):
        if (base := _revised_base(doc, merged)) is None:
            continue
        same = [d for d in merged.values() if d.type == doc.type and fold(d.name or "") == base]
        if same and all(d.number is None and d.year is None and id(d) not in in_force for d in same):
            for bare in same:
                _merge_into(doc, bare, documents, merged)


def _revised_base(doc: Document, merged: dict[str, Document]) -> str | None:
    """The folded name of the law ``doc`` revises whole, when it is one with no year still standing on its own
    ("Luật Việc làm (sửa đổi)" → "viec lam"), else None."""
    if not (doc.name or "").endswith(REVISED_NAME) or doc.year is not None or doc.key not in merged:
        return None
    return fold(doc.name[:-len(REVISED_NAME)])


def _bare_into_completed(documents: dict[int, Document], merged: dict[str, Document], carried: dict[int, str]) -> None:
    """"Nghị quyết Hội nghị Trung ương 9 khóa XI …, Nghị quyết số 33": a number with neither issuer nor symbol
    is the one document of its kind, number and year (if it gives one) the article names, here one the authority
    file numbered; "Thông tư liên tịch số 01/2005/TTLT-… (Thông tư số 01/2005)": a joint circular is a circular;
    "Thông báo kết luận số 81 … Kết luận số 81": a notice of conclusions is also of the kind it carries
    (``carried``: by the id of such a document)."""
    for doc in list(documents.values()):
        if doc.number is None or doc.issuer_code or doc.symbol or doc.key not in merged:
            continue
        same = [d for d in merged.values() if d is not doc and _kind(doc.type) in (_kind(d.type), carried.get(id(d)))
                and d.number == doc.number and doc.year in (None, d.year)]
        if len(same) == 1:
            _merge_into(same[0], doc, documents, merged)


def _carried_kind(ref: Reference) -> str | None:
    """The type word written right after a mention's own ("Thông báo kết luận số 81": a Kết luận), else None."""
    words = ref.text.split()
    own = len(ref.type.split())
    for size in (2, 1):
        if len(words) > own + size and (found := type_word_of(" ".join(words[own:own + size]))) not in (None, ref.type):
            return found
    return None


def _kind(type_word: str) -> str:
    """The kind of a type word: a joint document ("Thông tư liên tịch") is of its base type's kind."""
    return type_word.removesuffix(" liên tịch")


def _congress_numbered(documents: dict[int, Document], merged: dict[str, Document]) -> None:
    """"Nghị quyết số 09-NQ/ĐH" (signed by the congress, "ĐH") in an article that names one local congress's
    resolution is that resolution: the number joins the congress's document, which keeps its key."""
    numbered = [d for d in merged.values() if d.number is not None and d.symbol and d.issuer_code == _CONGRESS_CODE]
    congresses = [d for d in merged.values() if d.number is None and d.issuer_code not in (None, "TW")
                  and _names_a_congress(DocumentKey.parse(d.key))]
    if len(numbered) != 1 or len(congresses) != 1 or numbered[0].type != congresses[0].type:
        return
    source, target = numbered[0], congresses[0]
    target.number = source.number
    _merge_into(target, source, documents, merged)


def _congress_by_ordinal_and_term(documents: dict[int, Document], merged: dict[str, Document], termed: set[int]) -> None:
    """"Nghị quyết Đại hội Đảng bộ Thị xã nhiệm kỳ 2015 - 2020 … Nghị quyết Đại hội XX của Đảng bộ Thị xã": a local
    committee's congress named once by its term and once by its ordinal alone (no mention of it gives a term:
    ``termed``, the ids of the documents some mention gives one), in an article that names no other of its
    congresses, is one congress; its resolution keeps the ordinal's key."""
    congresses: dict[tuple, list[tuple[Document, DocumentKey]]] = {}
    for doc in merged.values():
        key = DocumentKey.parse(doc.key)
        if doc.number is None and key.system == "dang" and key.issuer not in ("-", "tw") and _names_a_congress(key):
            congresses.setdefault((key.issuer, key.scope, key.type), []).append((doc, key))
    for found in congresses.values():
        ordinal = [doc for doc, key in found if key.congress is not None and id(doc) not in termed]
        term = [doc for doc, key in found if key.congress_years is not None]
        if len(ordinal) == 1 and len(term) == 1 and len(found) == 2:
            _merge_into(ordinal[0], term[0], documents, merged)


_CONGRESS_CODE = "ĐH"  # what a congress signs its resolution with: "09-NQ/ĐH"


def _names_a_congress(key: DocumentKey) -> bool:
    return key.congress is not None or key.congress_years is not None


_SEPARATORS = re.compile(r"[^\w]|_")


def _signature(ref: Reference, locality: Locality, sentences: SentenceProvinces | None) -> dict:
    """The identifying attributes a mention states (None where it is silent)."""
    symbol = ref.symbol
    code = ref.issuer_code or (symbol.issuer if symbol else None)
    return {
        "type": ref.type, "number": ref.number, "name": fold(ref.name) if ref.name else None,
        "plenum": ref.plenum, "congress": ref.congress or ref.congress_years,
        "issuer": None if family(code) == _SOME_PARTY_BODY else family(code),
        "scope": (scope := _scope(ref, code, locality, sentences)), "term": ref.term,
        "scope_inferred": scope is not None and _scope(ref, code, Locality(), sentences) is None,  # from the site or
        # the article's place, not from the mention or its sentence
        "year": ref.year if not (ref.plenum or ref.congress or ref.congress_years) else None,
        "symbol": _SEPARATORS.sub("", symbol.text.upper()) if symbol and symbol.code and (symbol.system == "party" or ref.year)
        else None,  # "15/CT-TTg" and "15-CT/TTg" (a slip) agree; a state symbol needs its year to say which document
    }


def _scope(ref: Reference, code: str | None, locality: Locality,
           sentences: SentenceProvinces | None = None) -> str | None:
    """:func:`_scope_written` in the gazetteer's spelling ("Đăk Lăk": Đắk Lắk)."""
    scope = _scope_written(ref, code, locality, sentences)
    return _canonical_place(scope) if scope else None


def _scope_written(ref: Reference, code: str | None, locality: Locality,
                   sentences: SentenceProvinces | None = None) -> str | None:
    """Province or district of a local document, from the best evidence there is: the place named with its
    issuer ("của UBND tỉnh Quảng Ngãi"), else a province its sentence names ("… trên địa bàn tỉnh Hà
    Tĩnh"), else the province of the site that published the article, else the article's own. A symbol's
    issuer code outside the tables ("179/KH-BCĐ", "44/TTr-VPĐP") is a local body's."""
    issuer = lexicon_issuer(family(code))
    from_symbol = code and ref.symbol is not None and ref.symbol.issuer == code
    if from_symbol and (issuer is None or issuer.system != ref.symbol.system):
        issuer = _LOCAL_BODY  # a code the tables do not know, or one of another system ("2027-CV/BTC")
    if issuer is None and ref.symbol is None and ref.number is not None and doc_type(ref.type).local_when_bare \
            and (_NUMBERED.search(ref.text) or doc_type(ref.type).letter):
        issuer = _LOCAL_BODY  # "Kế hoạch số 53 ngày 31/5/2018", "Tại Công văn 2760" in a provincial paper
    elif issuer is None and ref.place:
        issuer = _LOCAL_BODY  # "Quyết định số 379 … của Sở NN&PTNT tỉnh Quảng Nam": a body of that province
    elif issuer is None:  # no issuer at all: local only when its subject names a province ("về … tỉnh Bến Tre")
        return sentences.named_with(ref.start, ref.end, reach=len(ref.title) + 20) if sentences and ref.title else None
    if issuer.level == "central":
        return None
    if ref.place:
        return ref.place
    if sentences and (bracketed := sentences.bracketed(ref.start) or sentences.row(ref.start)):
        return bracketed  # "Hà Tĩnh (số 3358/UBND-CN1 …)", "3 Bắc Giang Kế hoạch hành động số 1492 KH-UBND …"
    district = issuer.level == "district" or bool(_DISTRICT_WORD.search((ref.issuer_text or "").lower()))
    if (district or issuer is _LOCAL_BODY) and locality.district:  # a body of unknown level: the article's unit
        return locality.district
    if issuer.level == "commune":
        return sentences.commune_of(ref.start, ref.end) if sentences else None
    named = sentences.named_with(ref.start, ref.end) if sentences else None
    if named is None and sentences and (ref.issuer_text is None or _BY_LEVEL_WORD.search(ref.issuer_text)):
        named = sentences.named_before(ref.start)  # "Thành phố Hồ Chí Minh thu phí … của HĐND Thành phố", "… tỉnh Lâm
        # Đồng … ban hành kèm theo Nghị quyết 215/NQ-HĐND": an issuer its words do not name
    return named or locality.site or locality.province


def _canonical_place(place: str) -> str:
    """The gazetteer's spelling of a place written another way ("Đăk Lăk": Đắk Lắk), when it has one; a province's
    first ("Đăk Nông" is also a commune's name, but the scope of "UBND tỉnh Đăk Nông" is Đắk Nông)."""
    from .place_scan import named, spellings  # the spellings the press uses interchangeably, read with the places

    provinces = {u.name for written in spellings(place) for u in named(written, lambda u: u.parent is None)}
    names = provinces or {u.name for u in named(place)}
    return names.pop() if len(names) == 1 else place


_LOCAL_BODY = Issuer("-", "", "state", "province")
_NUMBERED = re.compile(r"(?i)(?<![\w])số(?![\w])")  # "Kế hoạch số 53": numbered as a document is, not "Đề án 06"
_BY_LEVEL_WORD = re.compile(r"(?i)(?<![\w])(?:tỉnh|thành phố)$")  # an issuer named by its level word: "HĐND thành phố"
_DISTRICT_WORD = re.compile(r"(?<![\w])(?:huyện|thị xã|quận)(?![\w])")  # not "Quân sự", "cơ quan"
_PROVINCE_COMMITTEE = "TU"  # the family of a province's Party committee: Tỉnh ủy, Thành ủy
_SOME_PARTY_BODY = "ĐB"  # "Đảng bộ" of a level the text does not tell: any local committee


def _inside(narrow: str | None, wide: str | None) -> bool:
    """Whether a unit named ``narrow`` lies in one named ``wide`` ("Nà Nghịu" in "Sơn La"), by the gazetteer; a
    province's name is the province's, though a ward of 2025 took it ("Hà Nam" is not the ward of Ninh Bình)."""
    if not narrow or not wide or narrow == wide:
        return False
    units = gazetteer.lookup(narrow)
    if any(unit.parent is None for unit in units):
        return False
    for unit in units:
        while unit.parent is not None:
            unit = gazetteer.get(unit.parent)
            if fold(unit.name) == fold(wide):
                return True
    return False


def _same_issuer(known: str | None, stated: str | None) -> bool:
    """Whether two mentions' issuer codes may name one document: equal, unknown, the code one signs with ("05-NQ/ĐU"
    and "… của Đảng ủy UBND tỉnh", ĐUUBND) or the body the press credits it to ("Chỉ thị 16 của Chính phủ", TTg)."""
    if known is None or stated is None or known == stated:
        return True
    return any(b in _also_named(a) for a, b in ((known, stated), (stated, known)))


def _also_named(code: str | None) -> tuple[str | None, ...]:
    """The other codes a mention of ``code``'s documents may give: what it signs with, who it is credited to."""
    found = lexicon_issuer(code) if code else None
    return (found.signs, found.credited_to) if found else ()


_LEGISLATED = ("Luật", "Bộ luật", "Nghị quyết")  # the types whose symbol is N/YYYY/QH<term>


def build_document(refs: list[Reference], locality: Locality, authority: Authority | None, *,
                   as_of: str | None = None, cited: frozenset[str] = frozenset(),
                   sentences: SentenceProvinces | None = None) -> Document:
    """One Document from the mentions that name it, completed from the authority file."""
    draft = _Draft(refs)
    symbol = next((r.symbol for r in refs if r.symbol is not None), None)
    for ref in refs:  # "Nghị định 04/CP" is less specific than "04/2015/NĐ-CP"
        if ref.symbol is not None and ref.symbol.year and not (symbol and symbol.year):
            symbol = ref.symbol
    written = [r for r in refs if r.typed and not r.abbreviated]  # a full type word decides
    type_word = next((r.type for r in written or [r for r in refs if r.typed]), refs[0].type)
    if not written and symbol and authority and symbol.text in authority.by_symbol:
        # "55-QĐ/TW" alone, "QĐ số 22-QĐ/TW" (QĐ: Quyết định or Quy định) are what the authority knows
        type_word = authority.by_symbol[symbol.text].document.type
    codes = [r.issuer_code for r in refs if r.issuer_code]
    signed = {other for c in codes for other in _also_named(c)}  # "ĐU" of "Đảng ủy UBND tỉnh"'s symbol, "CP" of "TTg"
    code = family(next((c for c in codes if c != _SOME_PARTY_BODY and c not in signed), codes[0] if codes else None)
                  or (symbol.issuer if symbol else None))
    if symbol and symbol.issuer and code and symbol.issuer != code and symbol.issuer.startswith(code) \
            and "-" not in symbol.issuer and lexicon_issuer(family(symbol.issuer)) is not None:
        code = family(symbol.issuer)  # "47-KH/ĐUK … của Đảng ủy khối các cơ quan": the symbol names the body in full
    year = (symbol.year if symbol and symbol.year else None) or draft.first("year")
    kind = doc_type(type_word)
    if kind.issued_by and code in (None, kind.issued_by) and symbol is None and year and refs[0].number is not None:
        code = kind.issued_by  # "Nghị định 112/2020"
        symbol = Symbol(refs[0].number, "state", code, kind.codes[0], year)
    issuer = lexicon_issuer(code)
    if kind.dated_symbol and symbol is None and year and refs[0].number is not None and issuer is not None \
            and issuer.system == "state" and issuer.level == "central":  # "Thông tư 50/2025 của Bộ Công Thương"
        symbol = Symbol(refs[0].number, "state", code, kind.codes[0], year)
    system = symbol.system if symbol else issuer.system if issuer else _single_system(type_word)
    stated = [s for s in (_scope(r, code, Locality(), sentences) for r in refs) if s]  # by a mention or its sentence
    scopes = [s for s in (_scope(r, code, locality, sentences) for r in refs) if s]
    if stated:  # what the site or the article's place gives only inside what a mention states
        scopes = stated + [s for s in scopes if any(s == t or _inside(s, t) for t in stated)]
    scope = next((s for s in scopes if all(t == s or _inside(s, t) for t in scopes)), scopes[0] if scopes else None)
    if scope and year:
        scope = successor(scope, year) or scope  # "UBND Thành phố … năm 2021" on a page about tỉnh Hà Tây: Hà Nội's
    date = next((r.date for r in refs if r.date and len(r.date) == 10), None)
    term = draft.first("term")
    if system == "party" and (issuer is None or issuer.level == "central") and term is None:
        term = term_of(date, year) if not (draft.first("plenum") or _congress(draft)) else None
    if draft.first("congress") and term is None and code == "TW":
        term = roman(draft.first("congress"))
    doc = Document(key="", type=type_word, system=system or UNKNOWN, number=refs[0].number,
                   symbol=symbol.text if symbol else None, letter=symbol.letter if symbol else None, year=year,
                   date=date, issuer=None, issuer_code=code, scope=scope, term=term, title=draft.first("title"),
                   name=draft.first("name"))
    name = doc.name
    if authority is not None and (known := authority.slip(doc, name)) is not None:
        doc.symbol, doc.number, doc.year = known.symbol, known.number, known.year
    if authority is not None:
        authority.complete(doc, name=name, plenum=draft.first("plenum"), as_of=as_of, cited=cited,
                           revised_in_year=any(r.revised_in_year for r in draft.refs))
    if doc.symbol is None:
        doc.symbol = _legislature_symbol(doc)
    doc.issuer = doc.issuer if doc.issuer and (not draft.first("issuer_text") or _another_issuer(draft, doc)) else \
        _issuer_name(draft, doc, symbol.unit if symbol else None, locality)
    doc.key = document_key(doc, name=name, plenum=draft.first("plenum"), congress=_congress(draft))
    return doc


def _legislature_symbol(doc: Document) -> str | None:
    """"Nghị quyết số 98/2023 của Quốc hội" is 98/2023/QH15: the National Assembly's laws and resolutions carry
    the number of the term that passed them, which the year tells unless a term began in it."""
    if doc.issuer_code != "QH" or doc.type not in _LEGISLATED or doc.number is None or doc.year is None:
        return None
    sitting = legislature_of(doc.date, doc.year)
    return f"{doc.number}/{doc.year}/QH{sitting}" if sitting else None


def _congress(draft: _Draft) -> int | str | None:
    """What names a congress: its number, else its term's years ("2015-2020")."""
    return draft.first("congress") or draft.first("congress_years")


def _single_system(type_word: str) -> str | None:
    systems = doc_type(type_word).systems
    return systems[0] if len(systems) == 1 else None


def _another_issuer(draft: _Draft, doc: Document) -> bool:
    """Whether the issuer a sentence words after a document its type gives the issuer of names another body:
    "Kế hoạch triển khai thi hành Luật Ban hành văn bản quy phạm pháp luật do Thủ tướng Chính phủ ban hành" (the
    plan's issuer; a law's is the Quốc hội, "Quốc hội khóa XIII" words it)."""
    fixed = lexicon_issuer(doc_type(doc.type).named_issuer) if doc_type(doc.type).named_issuer else None
    return fixed is not None and fold(fixed.name) not in fold(draft.first("issuer_text"))


def _issuer_name(draft: _Draft, doc: Document, unit: str | None = None,
                 locality: Locality | None = None) -> str | None:
    """The issuer as the article words it (abbreviations expanded), else as its symbol names it
    ("112-KH/MTTQ-BTT": Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam), with the locality of a local
    body, after the level word where the body's name takes one ("Ủy ban nhân dân tỉnh Quảng Ngãi",
    "Ủy ban nhân dân huyện Đông Hưng", "Tỉnh ủy Nghệ An")."""
    text = draft.first("issuer_text")
    if text is None:
        if doc.issuer:
            return doc.issuer
        issuer = lexicon_issuer(doc.issuer_code)
        text = issuer.name if issuer else None
        if issuer and family(issuer.code) == _PROVINCE_COMMITTEE and doc.scope:  # "Thành ủy Hải Phòng"
            text = COMMITTEES.get(province_level(doc.scope), text)
        if text and unit in ISSUER_UNITS:
            text = f"{ISSUER_UNITS[unit]} {text}"
    if text is None:
        return None
    for short, full in WORD_ABBREVIATIONS.items():  # not inside initials: "Đoàn ĐBQH tỉnh" keeps its "ĐBQH"
        if not text.startswith(full):
            text = re.sub(rf"(?<![A-ZĐ0-9]){re.escape(short)}(?= )", full, text)
        if text == short or text.endswith(" " + short):  # "Đảng ủy UBND"
            text = text[:len(text) - len(short)] + full
    place = draft.first("place") or doc.scope
    issuer = lexicon_issuer(doc.issuer_code)
    if place and fold(place) not in fold(text) and issuer and issuer.level != "central":
        level = _level_word(place, locality or Locality()) if issuer.leveled and not _LEVEL_END.search(text) else None
        text = f"{text} {level} {place}" if level else f"{text} {place}"
    return text


_LEVEL_END = re.compile(rf"(?:{LEVEL_PATTERN})$", re.IGNORECASE)


def _level_word(place: str, locality: Locality) -> str | None:
    """"tỉnh", "thành phố", "huyện" … for the unit ``place`` names: the article's own district or province,
    else the one province (or centrally-run city) of that name; None when it cannot be told."""
    if locality.district and fold(place) == fold(locality.district) and locality.district_level:
        return locality.district_level
    if locality.province and fold(place) == fold(locality.province) and locality.province_key:
        try:
            return gazetteer.get(locality.province_key).level
        except KeyError:
            pass
    levels = {u.level for u in gazetteer.lookup(place) if u.parent is None}
    return levels.pop() if len(levels) == 1 else None


def _fill(target: Document, source: Document) -> None:
    for attribute in ("symbol", "year", "date", "issuer", "scope", "term", "title"):
        if getattr(target, attribute) is None and getattr(source, attribute) is not None:
            setattr(target, attribute, getattr(source, attribute))


def finish(documents: list[Document], citations: list[Citation], organizations: list[Organization],
           people: list[Person], locality: Locality) -> None:
    """Decide what writers only write: each document's label and its issuer's key and canonical name, and the
    key of every body a post names (a body whose place is unknown is keyed by its name)."""
    quoted: dict[str, list[str]] = {}
    for citation in citations:
        quoted.setdefault(citation.document, []).append(citation.text)
    names = _canonical_names(organizations, people)
    for doc in documents:
        doc.label = document_label(doc, [*quoted.get(doc.key, ()), *doc.aliases, *filter(None, [doc.title])])
        if doc.issuer:
            found = canonical_organization(doc.issuer, locality)
            doc.issuer_key = found[1] if found else slug(doc.issuer)
            doc.issuer_name = canonical_name(doc.issuer_key, doc.issuer, names)
    for person in people:
        for role in person.roles:
            if role.organization:
                role.organization_key = role.organization_key or slug(role.organization)
                role.organization = canonical_name(role.organization_key, role.organization, names)


def _canonical_names(organizations: list[Organization], people: list[Person]) -> dict[str, str]:
    """Organisation key → canonical name, from the bodies the article names (their key is the name's slug)."""
    names = {o.key: o.name for o in organizations if slug(o.name) == o.key}
    for person in people:
        for role in person.roles:
            if role.organization and role.organization_key and slug(role.organization) == role.organization_key:
                names.setdefault(role.organization_key, role.organization)
    return names


def canonical_name(key: str, surface: str, names: dict[str, str]) -> str:
    """The canonical name of organisation ``key`` (the name whose slug is the key), worded ``surface`` here:
    from the bodies the article names, else ``surface`` itself, else ``surface`` resolved again ("Ban Chấp
    hành Đảng bộ tỉnh Hà Tĩnh" → "Tỉnh ủy Hà Tĩnh"); ``surface`` when nothing else fits."""
    if key in names:
        return names[key]
    if slug(surface) == key:
        return surface
    found = canonical_organization(surface, Locality())
    return found[0] if found and found[1] == key else surface

