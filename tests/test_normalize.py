"""Normalisation: one spelling, stable offsets, and the keys built on it."""

from trichdan.loaders.normalize import fold, normalize, slug


def test_tone_placement_moves_to_the_new_convention():
    assert normalize("khoá XII, Tỉnh uỷ, Thanh Hoá, Khánh Hoà, thuỷ lợi") == "khóa XII, Tỉnh ủy, Thanh Hóa, Khánh Hòa, thủy lợi"
    assert normalize("HOÁ") == "HÓA"


def test_tone_placement_keeps_closed_syllables_and_qu():
    assert normalize("hoàng, toán, quyết, quý, quả, thuở") == "hoàng, toán, quyết, quý, quả, thuở"


def test_misplaced_mark_on_ua():
    assert normalize("Quy định số 55 cuả Bộ Chính trị, muà") == "Quy định số 55 của Bộ Chính trị, mùa"


def test_lookalike_d_spaces_and_invisible_characters():
    assert normalize("QÐi/TW") == "QĐi/TW"
    assert normalize("a\u00a0b\u200bc\ufeffd\r\ne") == "a bcd\ne"


def test_decomposed_input_becomes_nfc():
    assert normalize("Nghi\u0323 quyê\u0301t") == "Nghị quyết"


def test_normalize_is_idempotent():
    text = "Quyết định số 99-QĐ/TW ngày 03-10-2017 của Ban Bí thư khoá XII"
    assert normalize(normalize(text)) == normalize(text)


def test_fold_and_slug():
    assert fold("Hà Tĩnh") == "ha tinh"
    assert fold("Đảng ủy") == "dang uy"
    assert slug("Ban Dân vận Tỉnh ủy Hà Tĩnh") == "ban-dan-van-tinh-uy-ha-tinh"
    assert slug("99-QĐ/TW") == "99-qd-tw"
