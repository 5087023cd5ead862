"""The scores of ``trichdan evaluate``: counts, ratios, errors, and how they are shown."""

from __future__ import annotations

from dataclasses import dataclass, field

SEED, REAL = "seed", "real-text"


@dataclass(slots=True)
class Counts:
    """True and false positives and false negatives; ``empty`` is the precision or recall of no counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    empty: float = 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else self.empty

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else self.empty

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Ratio:
    """How many of the checked items were right."""

    right: int = 0
    total: int = 0

    def check(self, ok: bool) -> bool:
        self.right += bool(ok)
        self.total += 1
        return bool(ok)

    def __str__(self) -> str:
        return f"{self.right}/{self.total}"


@dataclass
class Evaluation:
    """Scores of one run. Seed gold fills the attributes, titles, identity and queries; real-text gold
    the lenient document counts, place recall and scope."""

    gold_format: str
    documents: Counts
    people: Counts
    places: Counts | None = None
    attributes: dict[str, Ratio] = field(default_factory=dict)
    titles: Ratio | None = None
    organisations: Ratio | None = None
    levels: Ratio | None = None
    same: Ratio | None = None
    distinct: Ratio | None = None
    queries: Ratio | None = None
    lenient_documents: Counts | None = None
    optional_matched: int = 0
    places_found: Ratio | None = None
    scope: Ratio | None = None
    errors: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gold articles the extraction did not return
    failed: list[str] = field(default_factory=list)  # inputs that could not be read: "path: reason"
    seconds: dict[str, float] = field(default_factory=dict)

    def ratios(self) -> dict[str, Ratio]:
        """The scored ratios by JSON name (see ``LABELS``)."""
        named = {**{f"document_{k}s": v for k, v in self.attributes.items()}, "people_titles": self.titles,
                 "people_organisations": self.organisations, "place_levels": self.levels,
                 "identity_same": self.same, "identity_distinct": self.distinct, "queries": self.queries,
                 "places_found": self.places_found, "scope": self.scope}
        return {k: v for k, v in named.items() if v is not None}

    def as_dict(self, errors: int | None = None) -> dict:
        """JSON-ready scores; ``errors`` keeps the first N error lines."""
        counts = {"documents": self.documents, "documents_symbol_ignored": self.lenient_documents,
                  "people": self.people, "places": self.places}
        data = {"gold_format": self.gold_format, **{k: v.as_dict() for k, v in counts.items() if v is not None}}
        data.update({k: {"right": v.right, "total": v.total} for k, v in self.ratios().items()})
        if self.gold_format == REAL:
            data["optional_documents_matched"] = self.optional_matched
        data.update(missing_articles=self.missing, failed_inputs=self.failed, seconds=self.seconds,
                    error_count=len(self.errors), errors=self.errors[:errors])
        return data

    def summary(self) -> str:
        """One line, as the external scorers end."""
        d, p = self.documents, self.people
        if self.gold_format == REAL:
            return (f"real docP={d.precision:.3f} docR={d.recall:.3f} docF1={d.f1:.3f} peopleP={p.precision:.3f} "
                    f"peopleR={p.recall:.3f} placesR={_rate(self.places_found):.3f} scope={self.scope}")
        identity = Ratio(self.same.right + self.distinct.right, self.same.total + self.distinct.total)
        return (f"docF1={round(d.f1, 3)} peopleF1={round(p.f1, 3)} placesF1={round(self.places.f1, 3)} "
                f"queries={self.queries} identity={identity}")


LABELS = {"document_dates": "document dates", "document_symbols": "document symbols",
          "document_issuers": "document issuers", "people_titles": "people's titles",
          "people_organisations": "people's organisations", "place_levels": "place levels",
          "identity_same": "identity: one node each", "identity_distinct": "identity: distinct kept apart",
          "queries": "queries", "places_found": "places found (recall)", "scope": "scope of local documents"}


def _rate(ratio: Ratio) -> float:
    return ratio.right / ratio.total if ratio.total else 0.0


def render_table(result: Evaluation, errors: int = 20) -> str:
    """The scores as aligned text, then the first ``errors`` error lines and the summary line."""
    lines = [f"{'':34} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    counts = {"documents": result.documents, "documents (symbol ignored)": result.lenient_documents,
              "people": result.people, "places": result.places}
    for name, c in counts.items():
        if c is not None:
            lines.append(f"{name:34} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}")
    lines += [f"{LABELS[name]:34} {str(ratio):>13}" for name, ratio in result.ratios().items()]
    if result.gold_format == REAL:
        lines.append(f"{'optional documents matched':34} {result.optional_matched:>13}")
    for what, items in (("gold articles not in the output", result.missing), ("inputs not read", result.failed)):
        if items:
            lines.append(f"{what}: {', '.join(items)}")
    shown = result.errors[:errors]
    if result.errors:
        lines.append(f"errors ({len(shown)} of {len(result.errors)} shown):")
        lines += [f"  - {e}" for e in shown]
    lines.append(result.summary())
    return "\n".join(lines)


def citation_texts(record: dict) -> dict[str, list[str]]:
    """The texts of an extracted record's citations, by document id."""
    texts: dict[str, list[str]] = {}
    for citation in record.get("citations") or []:
        texts.setdefault(citation.get("document"), []).append(citation.get("text") or "")
    return texts
