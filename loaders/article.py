"""Split a page's text into zones: dateline, source, title, lead, body, captions, byline, boilerplate.

Scraped newspaper pages mix the article with web furniture (comment widgets, share buttons, visitor
counters, related-news lists) and repeat photo captions and the title as image alt text. This module
labels every line so that later stages read only the article's own words and know its metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from . import gazetteer
from .blocks import blocks
from .lexicon import LEVEL_WORDS
from .model import Article, Zone
from .normalize import clean, retone

# Lines that only occur in web furniture. Matching one of the "tail" markers ends the article body.
_KEYWORDS = re.compile(r"^\s*(?:tags?|từ khóa|chia sẻ)\s*:", re.IGNORECASE)  # above the article as often as below
_PARAGRAPH = 200  # characters: a line this long is running text, not a list of links or tags
# The lines that head a list of other articles' headlines ("Tin cùng chuyên mục", "Tin liên quan"): the headlines
# below one, until the footer, are the site's links; the documents they name are cited (as the golds count them),
# their places and people are not the article's.
_LINKS_MARKERS = (r"tin liên quan|tin khác|tin mới|tin đọc nhiều|đọc nhiều|các tin (?:đã đưa|khác|cùng chuyên mục)|"
                  r"tin cùng chuyên mục|xem thêm|bài liên quan|bài viết liên quan")
_LINKS_HEAD = re.compile(rf"^\s*(?:{_LINKS_MARKERS})\s*:?\s*$", re.IGNORECASE)
_TAIL = re.compile(
    rf"^\s*({_LINKS_MARKERS}|thống kê truy cập|cơ quan chủ quản|"
    r"tòa soạn:|giấy phép (số|hoạt động|xuất bản)|©|bản quyền (thuộc|©)|copyright\b|"
    r"\{name\}|\d+ bình luận|bình luận|ý kiến của bạn|ý kiến bạn đọc|gửi bình luận|đánh giá:|"
    r"lượt đánh giá|liên kết website|thống kê:|online:|hãy chia sẻ|chia sẻ:|tags?:|từ khóa:|"
    r"email của bạn sẽ không được hiển thị|để lại (?:một )?bình luận)",
    re.IGNORECASE,
)
# A link to one related article, its title on the same line: "Xem thêm: Gia Lai: Cần giải pháp …".
_RELATED = re.compile(r"^\s*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|bài viết liên quan)\s*:?\s*", re.IGNORECASE)
_BOILER = re.compile(
    r"^\s*(trả lời|\{body\}|tắt \[x\]|thời tiết|địa phương|in bài|lượt xem:?.*|bản in|quay lại|"
    r"đầu trang|\d+ lượt (xem|thích)|chia sẻ|facebook|twitter|zalo|email|"
    r"(bản đồ|các ca khúc|video|clip) .{0,60}|(trang chủ|tiêu điểm|thời sự)( [|>»].*)?|"
    r"truy cập:.*|đang truy cập:.*|tổng (số )?lượt truy cập:.*|lượt truy cập:.*|"
    # the publisher's footer: address, phones, licence, copyright
    r"(tòa soạn|trụ sở|địa chỉ|điện thoại|đt|fax|e-?mail|đường dây nóng|hotline|tổng biên tập)\s*:.*|"
    r"giấy phép( số| hoạt động| xuất bản| thiết lập|\s*:).*|(©|\(c\)|copyright\b|bản quyền( thuộc|\s*©|\s*:)).*)\s*$",
    re.IGNORECASE,
)
# A navigation bar or menu: three or more short labels between "|" ("Trang chủ | Giới thiệu | Tin tức",
# "Quận Ninh Kiều | Quận Bình Thủy | Huyện Phong Điền", "Vinh | Cửa Lò | Thái Hòa"). Its place names are
# links, not mentions. A dateline with counters ("21/02/2025 | 09:12 | Lượt đọc: 1.057") has digits.
_MENU_ITEM = re.compile(r"^[^\W\d_][^\d|.!?;:]{0,40}$")
_COUNTER = re.compile(r"^\s*(thống kê|online|đang truy cập|truy cập|lượt truy cập)\s*:?\s*[\d.,]*\s*$", re.I)

# "Cập nhật: 11:42 27/12/2022", "15:46 25/06/2024", "Thứ Ba, 27/12/2022 - 11:42", "27/12/2022 11:42",
# "Thứ Ba, 16/05/2023, 11:08 [GMT+7]"
_TIME = r"(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::\d{2})?"
_DATE = r"(?P<d>\d{1,2})[/.-](?P<mo>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
_DATELINE = re.compile(
    r"^\s*(?:(?:cập nhật|đăng|ngày đăng|đăng lúc|ngày|xuất bản|published)\s*(?:lúc|ngày)?\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|t[2-7]|cn)\s*,?\s*)?"
    rf"(?:{_TIME}\s*,?\s*(?:ngày\s*)?{_DATE}|{_DATE.replace('?P<d>', '?P<d2>').replace('?P<mo>', '?P<mo2>').replace('?P<y>', '?P<y2>')}"
    rf"(?:\s*[-,|]?\s*(?:lúc\s*)?{_TIME.replace('?P<h>', '?P<h2>').replace('?P<mi>', '?P<mi2>')})?)"
    r"\s*(?:[(\[]?(?:GMT|UTC)?\s*[+-]?\d{0,2}[)\]]?)?\s*$",  # "(GMT+7)", "[GMT+7]"
    re.IGNORECASE,
)
# A saved page's date before its title, as a reader or an archive marks it: "date 2025-12-24 Đồng chí …", "date 2025-06 …"
_DATE_MARK = re.compile(r"^date\s+(?P<y>(?:19|20)\d{2})-(?P<mo>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?=\s|$)\s*")
# "(Baohatinh.vn) - ", "(ĐCSVN) – ", "(Chinhphu.vn) -", "(Thanhhoa.dcs.vn): "
_SOURCE = re.compile(r"^\s*\((?P<src>[^()\n]{2,40})\)\s*(?:[-–—]|:(?=\s))\s*")
_NAME_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*"
_AUTHOR = rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}|[A-ZĐÀ-Ỹ]{{2,6}}|[A-ZĐÀ-Ỹ]+(?:\s+[A-ZĐÀ-Ỹ]+){{1,4}})"
_AUTHORS_JOIN = re.compile(r"\s*[-–,&]\s*|\s+và\s+")  # "Tấn Thành – Công Luận": two reporters
_BYLINE = re.compile(
    rf"^\s*(?:(?:bài|ảnh|bài và ảnh|bài, ảnh|tin|theo|nhóm pv|pv|ctv)\s*(?:và ảnh)?\s*:?\s*)?"
    rf"(?P<name>{_AUTHOR}(?:(?:\s*[-–,&]\s*|\s+và\s+){_AUTHOR}){{0,3}})\s*(?:\([^)]{{0,40}}\))?\s*\.?\s*$",
)
_URL_LINE = re.compile(r"^(?:URL|Url|Link|Nguồn|Source)\s*:\s*(?P<url>https?://\S+)\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")
# A photo credit ending a caption: "… phát biểu. Ảnh: Quốc Hải", "(Ảnh: TTXVN)", "tỉnh Quảng Ninh_Ảnh: TTXVN".
_CREDIT = re.compile(r"(?:^|[\s\-–_.(|])\(?(?:ảnh|ảnh minh họa|nguồn ảnh|nguồn|photo|ảnh, video|video)\s*:\s*"
                     r"[^:;!?]{1,60}\)?\s*\|?\s*$", re.IGNORECASE)
_ILLUSTRATION = re.compile(r"^\s*ảnh minh họa\b", re.IGNORECASE)
# Lines that are not captions though short: list items, articles of a legal text, unfinished clauses.
_NOT_CAPTION = re.compile(r"^\s*(?:[-+•*–—]|\d{1,3}\s*[.)/-]|[a-zđ]\)|(?:Điều|Chương|Mục|Phần|Căn cứ)\s)|[,;:]\s*$")
# A menu of administrative units, one per line ("• An Giang", "• Bình Dương", …): links, not mentions.
_MENU_BULLET = re.compile(r"^[\s•·*»>\-–+]+")
_LEVEL_PREFIX = re.compile(rf"^(?:{'|'.join(sorted(LEVEL_WORDS, key=len, reverse=True))})\s+", re.IGNORECASE)
_MENU_RUN = 6  # labels in a row
_MENU_SHARE = 0.8  # of them unit names


def parse_article(path: str, raw: str, *, title: str | None = None, published: str | None = None,
                  source: str | None = None, authors: list[str] | None = None, url: str | None = None) -> Article:
    """Normalise ``raw`` and label its lines; metadata given by the container (HTML, JSONL) wins."""
    written = clean(raw)
    text = retone(written)
    lines = [(start, end, block.replace("\n", " ")) for start, end, block in blocks(text)]
    counts = Counter(s.strip() for _, _, s in lines if s.strip())
    tail = _tail_start(lines)
    menus = _unit_menus(lines)
    zones: list[Zone] = []
    found_title = title
    found_published = published
    found_source = source
    byline: list[str] = []
    body_seen = False
    found_url = url
    links = False  # inside a list of related articles' headlines
    for index, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + lead + len(stripped)
        header = _URL_LINE.match(stripped) if not body_seen and not zones else None
        if header:  # "URL: https://baohatinh.vn/…" heading a saved page: where it was read, not its words
            found_url = found_url or header.group("url")
            zones.append(Zone("dateline", s, e))
            continue
        if not body_seen and (mark := _DATE_MARK.match(stripped)):
            found_published = found_published or "-".join(filter(None, mark.group("y", "mo", "d")))
            zones.append(Zone("dateline", s, s + mark.end()))
            s, stripped = s + mark.end(), stripped[mark.end():]
            if not stripped:
                continue
        kind = "boilerplate" if index in menus else _classify(stripped, index, tail, lines, counts, body_seen)
        if index >= tail:
            heads_links = _LINKS_HEAD.match(stripped) is not None
            links = heads_links or links and not _TAIL.match(stripped)
            if links and not heads_links and kind == "boilerplate" and not _BOILER.match(stripped) \
                    and not _COUNTER.match(stripped) and index not in menus:
                kind = "related"
        if kind == "dateline" and found_published is None:
            found_published = _iso(_DATELINE.match(stripped))
        elif kind == "byline":
            for name in _AUTHORS_JOIN.split(_BYLINE.match(stripped).group("name")):
                if name not in byline:
                    byline.append(name)
        if kind in ("body", "lead"):
            match = _SOURCE.match(stripped)
            if match:
                found_source = found_source or _source_name(match.group("src"))
                zones.append(Zone("source", s, s + match.end()))
                s += match.end()
                kind = "lead"
            body_seen = True
        elif kind == "title" and found_title is None:
            found_title = stripped
        zones.append(Zone(kind, s, e))
    if found_title is None:
        found_title = _first_heading(text, zones)
    if found_source is None and found_url:
        found_source = host(found_url)
    return Article(path=path, text=text, title=found_title, published=found_published, source=found_source,
                   authors=authors if authors else [_author_name(b) for b in byline], zones=zones, url=found_url,
                   written=written if written != text else None)


def host(url: str | None) -> str | None:
    """"https://www.baohatinh.vn/…" → "baohatinh.vn"."""
    name = urlsplit(url or "").hostname or ""
    return re.sub(r"^(?:www|m)\.", "", name) or None


def _keywords_before_text(lines: list[tuple[int, int, str]], i: int) -> bool:
    """"Từ khóa: …" / "Tags: …" / "Chia sẻ: …" that a page puts above the article, not below it: a paragraph
    follows, or nothing but the page's address and date comes before it (a tag page's heading: "Tag: xử lý ngập
    úng", then the headlines and leads of its articles)."""
    if not _KEYWORDS.match(lines[i][2]):
        return False
    return any(len(line.strip()) >= _PARAGRAPH for _, _, line in lines[i + 1:]) \
        or all(not line.strip() or _DATELINE.match(line) or _URL_LINE.match(line.strip()) for _, _, line in lines[:i])


def _paragraph_after(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Running text after a furniture marker: a sidebar's "Tin mới" above the article, not its tail."""
    return any(len(line.strip()) >= _PARAGRAPH and not _BOILER.match(line.strip()) for _, _, line in lines[i + 1:])


def _sentence(line: str) -> bool:
    """A line of six words or more ending with a full stop."""
    return len(line.split()) >= 6 and line.rstrip().endswith(".")


def _related_sentence(line: str) -> bool:
    """A sentence that opens with a related-articles marker's words: "Xem thêm tại Quyết định 4568/QĐ-UBND có hiệu
    lực …"."""
    return bool(_RELATED.match(line)) and _sentence(line)


def _inline_link(line: str) -> bool:
    """One related article's title after the marker, on its line: "Xem thêm  03 gói thuốc điều trị …"."""
    found = _RELATED.match(line)
    return bool(found) and len(line[found.end():].split()) >= 3 and not _sentence(line)


def _link_inside_text(lines: list[tuple[int, int, str]], i: int) -> bool:
    """A related article's link set inside the article, which goes on after it in sentences."""
    return _inline_link(lines[i][2]) and any(
        len(line.split()) >= 10 and _sentence(line) and not _BOILER.match(line.strip()) for _, _, line in lines[i + 1:])


def _tail_start(lines: list[tuple[int, int, str]]) -> int:
    """Index of the first line of the trailing web furniture (len(lines) when there is none)."""
    content = [i for i, (_, _, s) in enumerate(lines) if s.strip()]
    tail = len(lines)
    for i in content:
        if i >= len(lines) // 3 and _TAIL.match(lines[i][2]) and not _keywords_before_text(lines, i) \
                and not _paragraph_after(lines, i) and not _related_sentence(lines[i][2]) and not _link_inside_text(lines, i):
            tail = i
            break
    before = [i for i in content if i < tail]
    while before and (_is_byline(lines[before[-1]][2]) or _BOILER.match(lines[before[-1]][2].strip())):
        tail = before.pop()
    if tail < len(lines):
        return tail
    for i in reversed(content):
        stripped = lines[i][2].strip()
        if _BOILER.match(stripped) or _COUNTER.match(stripped) or _BYLINE.match(stripped) or len(stripped) < 3:
            tail = i
            continue
        break
    return tail


def _classify(line: str, index: int, tail: int, lines, counts: Counter, body_seen: bool) -> str:
    words = line.split()
    if _DATELINE.match(line):
        return "dateline"
    if index >= tail:
        if _BYLINE.match(line) and not _BOILER.match(line) and not _TAIL.match(line) and not _COUNTER.match(line):
            return "byline"
        return "boilerplate"
    if _BOILER.match(line) or _COUNTER.match(line) or _is_menu(line) or _inline_link(line):
        return "boilerplate"
    if index == _last_content(lines, tail) and _BYLINE.match(line) and len(words) <= 5:
        return "byline"
    if _SOURCE.match(line):
        return "lead"
    if _CREDIT.search(line) and len(words) <= 60 and _is_caption(line):
        return "caption"
    if counts[line] > 1 and len(words) <= 30 and not _SENTENCE_END.search(line):
        return "title"
    if not body_seen and len(words) <= 30 and not _SENTENCE_END.search(line) and not _SOURCE.match(line):
        return "title"
    if len(words) <= 25 and _is_caption(line):
        return "caption"
    return "body"


def _is_menu(line: str) -> bool:
    """Three or more short labels (at most five words each, no digits, no sentence) separated by "|"."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= 3 and all(_MENU_ITEM.match(item) and len(item.split()) <= 5 for item in items)


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line.split()) <= 5 and not _BOILER.match(line)


def _last_content(lines, tail: int) -> int:
    for i in range(min(tail, len(lines)) - 1, -1, -1):
        if lines[i][2].strip():
            return i
    return -1


def _is_caption(line: str) -> bool:
    """Short lines under photos: no sentence inside, often ending with a verb of the pictured action or a
    photo credit; never a list item, an article of a legal text or an unfinished clause."""
    if _NOT_CAPTION.search(line):
        return False
    if _CREDIT.search(line) or _ILLUSTRATION.match(line):
        return True
    if line.count(". ") >= 1:  # two sentences: a short paragraph
        return False
    return len(line) <= 180 and line.count(", ") <= 4 and line.count(";") == 0


def _unit_menus(lines: list[tuple[int, int, str]]) -> set[int]:
    """Indices of the lines of menus listing administrative units, one label per line."""
    found: set[int] = set()
    run: list[int] = []
    for index, (_, _, line) in enumerate([*lines, (0, 0, "-")]):
        if not line.strip():
            continue
        label = _MENU_BULLET.sub("", line).strip() if len(line) <= 60 else ""
        if label and _MENU_ITEM.match(label) and len(label.split()) <= 5:
            run.append(index)
            continue
        units = [i for i in run if gazetteer.lookup(_LEVEL_PREFIX.sub("", _MENU_BULLET.sub("", lines[i][2]).strip()))]
        if len(run) >= _MENU_RUN and len(units) >= _MENU_SHARE * len(run):
            found.update(run)
        run = []
    return found


def _first_heading(text: str, zones: list[Zone]) -> str | None:
    """A caption-like line without final punctuation among the first lines is the headline."""
    for zone in [z for z in zones if z.kind in ("title", "lead", "body", "caption")][:3]:
        line = text[zone.start:zone.end]
        if zone.kind in ("title", "caption") and not _SENTENCE_END.search(line):
            return line
    return None


def _iso(match: re.Match | None) -> str | None:
    if match is None:
        return None
    g = match.groupdict()
    d, mo, y = (g["d"], g["mo"], g["y"]) if g["d"] else (g["d2"], g["mo2"], g["y2"])
    h, mi = (g["h"], g["mi"]) if g["h"] else (g["h2"], g["mi2"])
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return f"{date}T{int(h):02d}:{int(mi):02d}" if h else date


def _source_name(raw: str) -> str:
    raw = raw.strip()
    return raw.lower() if "." in raw else raw


def _author_name(raw: str) -> str:
    """ALL-CAPS bylines in title case ("HỒNG NGUYÊN" → "Hồng Nguyên"); initials ("ĐTK") stay."""
    words = raw.split()
    if len(words) > 1 and raw.isupper():
        return " ".join(w.capitalize() for w in words)
    return raw
