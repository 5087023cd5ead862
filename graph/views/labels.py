"""Words a view shows: node labels that tell nodes apart, citation kinds, headings, dates."""

from __future__ import annotations

import re

from ...loaders.lexicon import RELATION_WORDS

# How an article cites a document (the CiTO / td: kind), in Vietnamese and English.
KIND_LABELS = RELATION_WORDS
# Node kinds: legend text (Vietnamese / English).
KIND_NAMES = {
    "document": ("văn bản", "document"),
    "focus": ("văn bản đang xem", "document in focus"),
    "article": ("bài báo", "article"),
    "group": ("nhóm bài báo", "group of articles"),
    "person": ("người", "person"),
    "organization": ("tổ chức", "organisation"),
    "place": ("địa bàn", "place"),
}
GROUPINGS = {"province": ("tỉnh, thành", "province"), "month": ("tháng", "month"), "site": ("trang báo", "site")}
UNKNOWN = "không rõ"

_SENTENCE_END = re.compile(r"[.!?…;:\"”)]\s*$")
_DATELINE = re.compile(r"^\s*(?:cập nhật|đăng|ngày đăng|xuất bản|thứ|chủ nhật)?[^a-zà-ỹđ]*\d{1,2}[/.:h-]\d{1,2}", re.I)


def document_label(label: str, scope: str | None = None, year: str | None = None) -> str:
    """"Nghị quyết 02-NQ/TU (Hà Tĩnh, 2017)": the catalogue label with its locality and year when it lacks them."""
    extra = [x for x in (scope, str(year)[:4] if year else None) if x and x not in label]
    return f"{label} ({', '.join(extra)})" if extra else label


def heading_line(text: str) -> str | None:
    """The first line that reads as a headline: a repeated short line, else the first short line without
    a sentence's end that is not a dateline nor the lead ("(Baohatinh.vn) - …"); None when there is none."""
    lines = [line.strip() for line in text.splitlines()[:40] if line.strip()]
    short = [line for line in lines if len(line.split()) <= 30 and not _DATELINE.match(line) and not line.startswith("(")]
    for line in short:
        if lines.count(line) > 1:
            return line
    return next((line for line in short if not _SENTENCE_END.search(line.rstrip("\"”"))), None)


def article_label(title: str | None, body_heading: str | None, published: str | None, site: str | None) -> str:
    """"Cẩm Xuyên tổng kết Nghị quyết 02-NQ/TU…" on one line, date and site on the next."""
    head = short(title or body_heading or "(không có tiêu đề)", 48)
    tail = " · ".join(x for x in (day(published), site) if x)
    return f"{head}\n{tail}" if tail else head


def day(published: str | None) -> str:
    """"2023-05-17T09:40:00" → "17/05/2023"."""
    if not published or len(published) < 10:
        return published or ""
    return f"{published[8:10]}/{published[5:7]}/{published[:4]}"


def vi(number: int) -> str:
    """"2.000": a count written the Vietnamese way (a dot between thousands)."""
    return f"{number:,}".replace(",", ".")


def short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def kinds_text(kinds) -> str:
    """"thực hiện, căn cứ" for a set of kinds; plain "trích dẫn" only when nothing more specific."""
    specific = [k for k in KIND_LABELS if k in kinds and k != "cites"] or [k for k in kinds if k == "cites"]
    return ", ".join(KIND_LABELS[k][0] for k in specific)
