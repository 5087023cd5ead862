"""How `trichdan cites` reads a reference: type, number, symbol and the scope written after it."""

from __future__ import annotations

import pytest
from trichdan.graph.cites import parse_reference


@pytest.mark.parametrize("reference, scope", [
    ("Nghị quyết 05-NQ/HU Ân Thi", "Ân Thi"),  # a unit whose name starts with an accented capital
    ("Nghị quyết 05-NQ/HU huyện Ứng Hòa", "Ứng Hòa"),
    ("Nghị quyết 12-NQ/HU Ý Yên", "Ý Yên"),
    ("Nghị quyết 05-NQ/TU Nghệ An", "Nghệ An"),
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Hà Tĩnh", "Hà Tĩnh"),
    ("Kế hoạch 12-KH/QU quận Ô Môn", "Ô Môn"),
])
def test_the_scope_after_a_reference(reference, scope):
    assert parse_reference(reference).scope == scope


def test_a_reference_without_scope():
    query = parse_reference("Quyết định 99-QĐ/TW")
    assert (query.type, query.number, query.symbol, query.scope) == ("Quyết định", 99, "99-QĐ/TW", None)
