"""Scoring against seed-format gold (``tests/data/gold_*/gold.json``), the rules of ../shared/eval/score.py.

Names and words are compared in lower case NFC with the old tone placement ("hoà") moved and five bodies
abbreviated (UBND, HĐND, MTTQ, BCH, BTV).
"""

from __future__ import annotations

import re
import unicodedata

from .evaluation_report import SEED, Counts, Evaluation, Ratio, citation_texts

_ABBREVIATIONS = (("hội đồng nhân dân", "hđnd"), ("ủy ban nhân dân", "ubnd"), ("uỷ ban nhân dân", "ubnd"),
                  ("mặt trận tổ quốc", "mttq"), ("ban chấp hành", "bch"), ("ban thường vụ", "btv"))
_OLD_TONE = re.compile(r"o[àáảãạèéẻẽẹ](?=\W|$)|u[ỳýỷỹỵ](?=\W|$)")  # "hoà" → "hòa", "uỷ" → "ủy"


def _move_tone(match: re.Match) -> str:
    first, second = match.group()
    base, mark = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + mark) + base


def seed_fold(text) -> str:
    """Seed-gold comparison form: NFC, lower case, new tone placement, bodies abbreviated, spaces collapsed."""
    text = _OLD_TONE.sub(_move_tone, unicodedata.normalize("NFC", str(text or "")).lower())
    for long, short in _ABBREVIATIONS:
        text = text.replace(long, short)
    return re.sub(r"\s+", " ", text).strip()


def _number(value) -> int | None:
    """An integer without its leading zeros; None when blank or not a number."""
    text = "" if value is None else str(value)
    if not text.strip():
        return None
    try:
        return int(text.lstrip("0") or "0")
    except ValueError:
        return None


def seed_document_matches(gold: dict, doc: dict, texts: list[str]) -> bool:
    """Does the extracted ``doc`` (cited as ``texts``) satisfy the gold document?"""
    if seed_fold(gold.get("type")) != seed_fold(doc.get("type")):
        return False
    if gold.get("number") is not None and not (gold.get("number_optional") and doc.get("number") is None):
        if _number(doc.get("number")) != gold["number"]:
            return False
    else:
        haystacks = [seed_fold(t) for t in [*texts, doc.get("title") or "", doc.get("name") or ""]]
        if not any(seed_fold(m) in h for m in gold.get("match", []) for h in haystacks):
            return False
    if gold.get("year") and doc.get("year") and _number(doc["year"]) != gold["year"]:
        return False
    scope = seed_fold(doc.get("scope"))
    return not (gold.get("scope") and doc.get("scope") and scope != seed_fold(gold["scope"])
                and scope not in seed_fold(gold.get("issuer")))  # a district scope inside a province one


def score_seed(gold: dict, records: dict[str, dict], answers: dict[str, set[str] | str]) -> Evaluation:
    """Score extracted ``records`` (by file name) and query ``answers`` against seed-format gold."""
    result = Evaluation(SEED, Counts(), Counts(), Counts(), {k: Ratio() for k in ("date", "symbol", "issuer")},
                        Ratio(), Ratio(), Ratio(), Ratio(), Ratio(), Ratio())
    result.missing = [name for name in gold["articles"] if name not in records]
    matched: dict[str, dict[str, str]] = {}  # gold key -> {article: extracted document id}
    people: dict[tuple[str, str], str] = {}  # (article, folded name) -> extracted person id
    for name, annotation in gold["articles"].items():
        record = records.get(name, {})
        for key, doc_id in _seed_documents(name, annotation, record, result).items():
            matched.setdefault(key, {})[name] = doc_id
        people.update({(name, n): i for n, i in _seed_people(name, annotation, record, result).items()})
        _seed_places(name, annotation, record, result)
    _seed_identity(gold, matched, people, result)
    for query in gold.get("queries", []):
        got, want = answers.get(query["ask"], "not asked"), set(query["articles"])
        if not result.queries.check(got == want):
            problem = f"got {sorted(got)} want {sorted(want)}" if isinstance(got, set) else got
            result.errors.append(f"query {query['ask']!r}: {problem}")
    return result


def _seed_documents(name: str, annotation: dict, record: dict, result: Evaluation) -> dict[str, str]:
    """Match the article's gold documents one to one; returns gold key -> extracted document id."""
    docs, texts = list(record.get("documents") or []), citation_texts(record)
    used: set[int] = set()
    found: dict[str, str] = {}
    for wanted in annotation["documents"]:
        hit = next((i for i, d in enumerate(docs) if i not in used
                    and seed_document_matches(wanted, d, texts.get(d.get("id"), []))), None)
        if hit is None:
            if not wanted.get("soft"):
                result.documents.fn += 1
                result.errors.append(f"{name}: missed document {wanted.get('symbol') or wanted.get('match') or wanted['key']}")
            continue
        used.add(hit)
        result.documents.tp += 1
        doc = docs[hit]
        found[wanted["key"]] = doc.get("id")
        if wanted.get("date"):
            result.attributes["date"].check(str(doc.get("date") or "")[:10] == wanted["date"])
        if wanted.get("symbol"):
            result.attributes["symbol"].check(
                seed_fold(doc.get("symbol")).replace(" ", "") == seed_fold(wanted["symbol"]).replace(" ", ""))
        if wanted.get("issuer"):
            gold_issuer, issuer = seed_fold(wanted["issuer"]), seed_fold(doc.get("issuer"))
            result.attributes["issuer"].check(bool(issuer) and (gold_issuer in issuer or issuer in gold_issuer))
    for i, doc in enumerate(docs):
        if i not in used:
            result.documents.fp += 1
            result.errors.append(f"{name}: extra document {doc.get('symbol') or doc.get('type')} {doc.get('number') or ''} "
                                 f"{texts.get(doc.get('id'), [''])[0]!r}")
    return found


def _seed_people(name: str, annotation: dict, record: dict, result: Evaluation) -> dict[str, str]:
    """Score people by name, their titles and organisations; returns folded name -> extracted person id."""
    authors = {seed_fold(a) for a in [*annotation.get("authors", []), *(record.get("authors") or [])]}
    extracted = {seed_fold(p.get("name")): p for p in record.get("people") or []}
    wanted = {seed_fold(p["name"]): p for p in annotation["people"]}
    ids = {}
    for folded, person in wanted.items():
        if folded not in extracted:
            result.people.fn += 1
            result.errors.append(f"{name}: missed person {person['name']}")
            continue
        result.people.tp += 1
        roles = extracted[folded].get("roles") or []
        ids[folded] = extracted[folded].get("id")
        if person["titles"]:
            titles = {seed_fold(r.get("title")) for r in roles}
            result.titles.check(all(seed_fold(t) in titles for t in person["titles"]))
        if person.get("org_core"):
            bodies = [seed_fold(r.get("organization")) for r in roles]
            result.organisations.check(any(all(seed_fold(c) in b for c in person["org_core"]) for b in bodies))
    for folded, person in extracted.items():
        if folded not in wanted and folded not in authors:
            result.people.fp += 1
            result.errors.append(f"{name}: extra person {person.get('name')}")
    return ids


def _seed_places(name: str, annotation: dict, record: dict, result: Evaluation) -> None:
    extracted = {seed_fold(p.get("name")): p for p in record.get("places") or []}
    wanted = {seed_fold(p["name"]): p for p in annotation["places"]}
    for folded, place in wanted.items():
        if folded in extracted:
            result.places.tp += 1
            result.levels.check(seed_fold(extracted[folded].get("level")) == seed_fold(place["level"]))
        else:
            result.places.fn += 1
            result.errors.append(f"{name}: missed place {place['name']}")
    for folded, place in extracted.items():
        if folded not in wanted:
            result.places.fp += 1
            result.errors.append(f"{name}: extra place {place.get('name')}")


def _seed_identity(gold: dict, matched: dict[str, dict[str, str]], people: dict[tuple[str, str], str],
                   result: Evaluation) -> None:
    """One node per gold key across articles, different nodes for different keys of one type and number,
    one node per person the gold follows across articles."""
    nodes = {key: set(by_article.values()) for key, by_article in matched.items()}
    for key, by_article in matched.items():
        if len(by_article) > 1 and not result.same.check(len(nodes[key]) == 1):
            result.errors.append(f"identity: {key} split into {len(nodes[key])} nodes")
    documents = {d["key"]: d for annotation in gold["articles"].values() for d in annotation["documents"]}
    keys = list(nodes)
    for i, first in enumerate(keys):
        for second in keys[i + 1:]:
            a, b = documents[first], documents[second]
            if a.get("number") is not None and a.get("number") == b.get("number") \
                    and seed_fold(a["type"]) == seed_fold(b["type"]):
                if not result.distinct.check(not nodes[first] & nodes[second]):
                    result.errors.append(f"identity: {first} and {second} merged into one node")
    for person in gold.get("same_person_across_articles", []):
        ids = {people.get((article, seed_fold(person["name"]))) for article in person["articles"]}
        if not result.same.check(len(ids) == 1 and None not in ids):
            result.errors.append(f"identity: person {person['name']} not one node across {person['articles']}")
