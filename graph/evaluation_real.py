"""Scoring against real-text gold (``../shared/real-dev/gold.json``), the rules of ../shared/eval/real_score.py."""

from __future__ import annotations

import re
import unicodedata

from .evaluation_report import REAL, Counts, Evaluation, Ratio, citation_texts

_LEVEL_WORD = re.compile(r"^(tỉnh|thành phố|tp\.?|tx\.?|thị xã|huyện|h\.|quận|q\.|xã|phường|p\.|thị trấn|đặc khu)\s*", re.I)
_HO_CHI_MINH = {"hcm": "hồ chí minh", "tp.hcm": "hồ chí minh", "tphcm": "hồ chí minh"}
_JOINT = {"nghị quyết liên tịch": "nghị quyết", "thông tư liên tịch": "thông tư"}
_SYMBOL_DROP = re.compile(r"[^0-9A-ZĐƯƠÂĂÊÔÁÀẢÃẠ]")


def real_fold(text) -> str:
    """Real-text comparison form: NFC, Icelandic Ð read as Đ, case-folded, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ") if text else ""
    return re.sub(r"\s+", " ", text.casefold()).strip()


def real_place(text) -> str:
    """A place name without up to two level words ("thành phố", "tp.", "huyện" ...)."""
    text = real_fold(text)
    for _ in range(2):
        text = _LEVEL_WORD.sub("", text).strip()
    return _HO_CHI_MINH.get(text, text)


def _scope_form(text) -> str:
    """A place name for scope comparison: ``real_place`` without spaces around hyphens."""
    return re.sub(r"\s*-\s*", "-", real_place(text))


def real_symbol(text) -> str | None:
    """'09-NQ/TU', '9 NQ/TU' and '9/NQ-TU' alike: upper case letters and digits, no leading zeros."""
    if not text:
        return None
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ").upper().replace("\u00d0", "Đ")
    return re.sub(r"^0+(?=\d)", "", _SYMBOL_DROP.sub("", text))


def _leading_number(value) -> int | None:
    match = re.match(r"\s*0*(\d+)", str(value)) if value is not None else None
    return int(match.group(1)) if match else None


def _same_type(gold_type, doc_type) -> bool:
    a, b = real_fold(gold_type), real_fold(doc_type)
    return a == b or _JOINT.get(a) == b or _JOINT.get(b) == a


def real_document_matches(gold: dict, doc: dict, texts: list[str], symbol: bool = True) -> bool:
    """Type, number and (when ``symbol``) symbol or one of its alternatives; an unnumbered gold document by
    its keys in the citation texts or title, and none of its excluded words in the citation texts."""
    if not _same_type(gold["type"], doc.get("type")):
        return False
    if gold.get("number") is not None:
        if _leading_number(doc.get("number")) != gold["number"]:
            return False
        if gold.get("symbol") and symbol:
            return real_symbol(doc.get("symbol")) in {real_symbol(s) for s in [gold["symbol"], *gold.get("symbol_alts", [])]}
        return True
    cited = real_fold(" ".join(texts))
    anywhere = real_fold(" ".join([*texts, doc.get("title") or ""]))
    return all(real_fold(k) in anywhere for k in gold.get("keys", [])) \
        and not any(real_fold(x) in cited for x in gold.get("exclude", []))


def real_scope_matches(gold: dict, doc: dict, places: list[dict]) -> bool:
    """The document's scope is the gold province, or inside it: its name ends the scope, it is one of the
    gold's ``scope_alts``, or the ``within`` chain of the article's places leads to the province."""
    if not doc.get("scope"):
        return False
    scope, province = _scope_form(doc["scope"]), _scope_form(gold["province"])
    if scope == province or scope.endswith((" " + province, ", " + province)):
        return True
    if scope in {_scope_form(a) for a in gold.get("scope_alts", [])}:
        return True
    within = {_scope_form(p.get("name") or ""): _scope_form(p.get("within") or "") for p in places}
    seen, up = set(), within.get(scope)
    while up and up not in seen:
        if up == province:
            return True
        seen.add(up)
        up = within.get(up)
    return False


def _real_order(citations: list[dict]) -> list[dict]:
    """Numbered before unnumbered, required before optional: the order gold documents claim matches."""
    return sorted(citations, key=lambda g: (g.get("number") is None, bool(g.get("uncertain"))))


def score_real(gold: dict, records: dict[str, dict]) -> Evaluation:
    """Score extracted ``records`` (by file name) against real-text gold."""
    result = Evaluation(REAL, Counts(empty=0.0), Counts(empty=0.0), lenient_documents=Counts(empty=0.0),
                        places_found=Ratio(), scope=Ratio())
    result.missing = [a["file"] for a in gold["articles"] if a["file"] not in records]
    for annotation in gold["articles"]:
        name, record = annotation["file"], records.get(annotation["file"], {})
        _real_documents(name, annotation, record, result)
        _real_lenient(annotation, record, result.lenient_documents)
        extracted = {real_fold(p.get("name")): p for p in record.get("people") or []}
        wanted = {real_fold(p["name"]): p for p in annotation["people"]}
        for folded, person in wanted.items():
            if person.get("uncertain"):
                continue
            if folded in extracted:
                result.people.tp += 1
            else:
                result.people.fn += 1
                result.errors.append(f"{name}: missed person {person['name']!r}")
        for folded, person in extracted.items():
            if folded not in wanted:
                result.people.fp += 1
                roles = "; ".join(f"{r.get('title') or ''} {r.get('organization') or ''}".strip() for r in person.get("roles") or [])
                result.errors.append(f"{name}: extra person {person.get('name')!r} ({roles})")
        places = {real_place(p.get("name")) for p in record.get("places") or []}
        for place in annotation["places"]:
            written = place["name"] if isinstance(place, dict) else place
            if isinstance(place, dict) and place.get("uncertain"):
                continue
            if not result.places_found.check(bool({real_place(a) for a in written.split("|")} & places)):
                result.errors.append(f"{name}: missed place {written!r}")
    return result


def _real_documents(name: str, annotation: dict, record: dict, result: Evaluation) -> None:
    docs, texts = record.get("documents") or [], citation_texts(record)
    used: set[int] = set()
    matched: list[dict] = []
    for wanted in _real_order(annotation["citations"]):
        hit = next((i for i, d in enumerate(docs) if i not in used
                    and real_document_matches(wanted, d, texts.get(d.get("id"), []))), None)
        form = wanted.get("form") or wanted["type"]
        if hit is None:
            if not wanted.get("uncertain"):
                result.documents.fn += 1
                result.errors.append(f"{name}: missed document {form!r} ({wanted['type']} {wanted.get('number')} "
                                     f"{wanted.get('symbol') or '-'})")
            continue
        used.add(hit)
        matched.append(wanted)
        if wanted.get("uncertain"):
            result.optional_matched += 1
            continue
        result.documents.tp += 1
        if wanted.get("province") and not result.scope.check(real_scope_matches(wanted, docs[hit], record.get("places") or [])):
            result.errors.append(f"{name}: scope of {form!r}: gold {wanted['province']!r}, extracted {docs[hit].get('scope')!r}")
    for i, doc in enumerate(docs):
        if i in used:
            continue
        result.documents.fp += 1
        split = any(_same_type(g["type"], doc.get("type")) and g.get("number") is not None
                    and _leading_number(doc.get("number")) == g["number"] for g in matched)
        result.errors.append(f"{name}: extra document{' (split from a matched one)' if split else ''} "
                             f"{doc.get('type')} {doc.get('number')} {doc.get('symbol') or '-'} "
                             f"[{doc.get('issuer') or '-'}|{doc.get('scope') or '-'}] {texts.get(doc.get('id'), [])[:3]}")


def _real_lenient(annotation: dict, record: dict, counts: Counts) -> None:
    """Type and number only, symbols ignored: how many document errors are symbol errors."""
    docs, texts = record.get("documents") or [], citation_texts(record)
    used: set[int] = set()
    for wanted in _real_order(annotation["citations"]):
        hit = next((i for i, d in enumerate(docs) if i not in used
                    and real_document_matches(wanted, d, texts.get(d.get("id"), []), symbol=False)), None)
        if hit is not None:
            used.add(hit)
            counts.tp += not wanted.get("uncertain")
        elif not wanted.get("uncertain"):
            counts.fn += 1
    counts.fp += len(docs) - len(used)
