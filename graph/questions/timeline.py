"""``trichdan timeline REF``: citations of a document per month, as a terminal bar chart, a table, or a
picture (``--plot FILE.png|svg``, drawn with matplotlib).

Months run without gaps from the first citing article to the last (a month without citations shows 0);
articles without a date are counted apart.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from .. import queries
from ..store import GraphStore
from .common import Reader

COLUMNS = ["document", "month", "articles", "citations"]
PLOT_SUFFIXES = (".png", ".svg")


def timeline(store: GraphStore, documents: list[str], query: str) -> dict:
    """{query, documents: [{…card, months: [{month, articles, citations}], undated: {articles, citations}}]}."""
    reader = Reader(store)
    entries = []
    for iri in documents:
        counts = {r["month"]: r for r in queries.run(store, "citations_by_month", qDoc=NamedNode(iri))}
        undated = counts.pop("", None)
        months = [{"month": m, "articles": counts[m]["articles"] if m in counts else 0,
                   "citations": counts[m]["citations"] if m in counts else 0} for m in _months(sorted(counts))]
        entries.append({**reader.document(iri).record(), "months": months,
                        "undated": {"articles": undated["articles"] if undated else 0,
                                    "citations": undated["citations"] if undated else 0}})
    return {"query": query, "documents": entries}


def _months(present: list[str]) -> list[str]:
    """Every month from the first to the last of ``present`` ("YYYY-MM")."""
    if not present:
        return []
    (year, month), (last_year, last_month) = (map(int, present[0].split("-")), map(int, present[-1].split("-")))
    out = []
    while (year, month) <= (last_year, last_month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def rows(answer: dict) -> list[dict]:
    out = []
    for doc in answer["documents"]:
        out.extend({"document": doc["display"], **m} for m in doc["months"])
        if doc["undated"]["articles"]:
            out.append({"document": doc["display"], "month": None, **doc["undated"]})
    return out


def chart(answer: dict, width: int = 40) -> str:
    """A text bar chart per document: one line per month, the bar's length proportional to the citations;
    three or more months in a row without citations share one line."""
    blocks = []
    for doc in answer["documents"]:
        lines = [doc["display"]]
        peak = max((m["citations"] for m in doc["months"]), default=0)
        for run in _runs(doc["months"]):
            first, last = run[0], run[-1]
            if len(run) > 1:
                lines.append(f"{first['month']} … {last['month']} · 0 ({len(run)} months)")
                continue
            bar = "█" * max(1, round(width * first["citations"] / peak)) if first["citations"] else "·"
            extra = f" ({first['articles']} articles)" if first["articles"] != first["citations"] else ""
            lines.append(f"{first['month']} {bar} {first['citations']}{extra}")
        total = sum(m["citations"] for m in doc["months"])
        articles = sum(m["articles"] for m in doc["months"])
        lines.append(f"{total} citations in {articles} dated articles" +
                     (f"; {doc['undated']['citations']} in {doc['undated']['articles']} undated articles" if doc["undated"]["articles"] else ""))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _runs(months: list[dict]) -> list[list[dict]]:
    """The months one by one, except runs of three or more without citations, kept together."""
    runs: list[list[dict]] = []
    for month in months:
        if month["citations"] == 0 and runs and runs[-1][-1]["citations"] == 0:
            runs[-1].append(month)
        else:
            runs.append([month])
    return [part for run in runs for part in ([run] if run[0]["citations"] == 0 and len(run) >= 3 else [[m] for m in run])]


def plot(answer: dict, path: str) -> None:
    """Draw the citations per month of each document (one bar series each) into ``path`` (.png or .svg)."""
    import matplotlib
    matplotlib.use("Agg")  # no display needed
    matplotlib.rcParams["svg.hashsalt"] = "trichdan"  # the same SVG for the same answer
    from matplotlib import pyplot
    from matplotlib.ticker import MaxNLocator
    months = sorted({m["month"] for d in answer["documents"] for m in d["months"]})
    months = _months(months)
    figure, axes = pyplot.subplots(figsize=(min(max(6.0, 0.15 * len(months) + 2), 12.0), 4.5), layout="constrained")
    count = max(1, len(answer["documents"]))
    width = 0.8 / count
    for index, doc in enumerate(answer["documents"]):
        values = {m["month"]: m["citations"] for m in doc["months"]}
        positions = [i + (index - (count - 1) / 2) * width for i in range(len(months))]
        axes.bar(positions, [values.get(m, 0) for m in months], width=width, label=doc["display"])
    step = max(1, len(months) // 24)
    axes.set_xticks(range(0, len(months), step), months[::step], rotation=60, ha="right", fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel("citations / trích dẫn")
    documents = answer["documents"]
    axes.set_title(f"Trích dẫn theo tháng / citations per month: {documents[0]['display'] if len(documents) == 1 else answer['query']}",
                   fontsize=10)
    if len(documents) > 1:
        figure.legend(loc="outside lower center", fontsize=8)
    try:
        figure.savefig(path, metadata={"Date": None} if path.lower().endswith(".svg") else None)
    finally:
        pyplot.close(figure)
