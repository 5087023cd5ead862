"""Normalisation: one spelling, stable offsets, and the keys built on it."""

import re

from trichdan.loaders.normalize import as_written, clean, fold, normalize, retone, slug


def test_tone_placement_moves_to_the_new_convention():
    assert normalize("khoá XII, Tỉnh uỷ, Thanh Hoá, Khánh Hoà, thuỷ lợi") == "khóa XII, Tỉnh ủy, Thanh Hóa, Khánh Hòa, thủy lợi"
    assert normalize("HOÁ") == "HÓA"


def test_tone_placement_keeps_closed_syllables_and_qu():
    assert normalize("hoàng, toán, quyết, quý, quả, thuở") == "hoàng, toán, quyết, quý, quả, thuở"


def test_misplaced_mark_on_ua():
    assert normalize("Quy định số 55 cuả Bộ Chính trị, muà") == "Quy định số 55 của Bộ Chính trị, mùa"


def test_misspellings_of_the_grammars_words_are_mended_in_every_case():
    text = "Qui định 212-QĐ/TW, Qui Định 41, QUI ĐỊNH SỐ 5; Đại hội lấn thứ XIII; Phó Thủ tuớng; qui hoạch; Văn Qui"
    mended = normalize(text)
    assert mended == "Quy định 212-QĐ/TW, Quy Định 41, QUY ĐỊNH SỐ 5; Đại hội lần thứ XIII; Phó Thủ tướng; qui hoạch; Văn Qui"
    assert len(mended) == len(text)  # offsets stay valid
    assert normalize("Luật Phịng, chống bệnh truyền nhiễm; cơng tác thơng tin") == \
        "Luật Phòng, chống bệnh truyền nhiễm; công tác thông tin"  # a PDF's font mapping one vowel onto another
    assert normalize("Thông tư só 03; Chỉ thị sồ 05; SỒ 7") == "Thông tư số 03; Chỉ thị số 05; SỐ 7"  # a tone on the wrong key
    assert normalize("Đại hội lầm thứ XIII; sai lầm thứ hai") == "Đại hội lần thứ XIII; sai lầm thứ hai"  # a neighbouring key


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


def test_the_tone_convention_is_a_separate_step_that_keeps_offsets():
    raw = "Ông Lê Văn Thuỷ, phòng chống ma tuý &amp; hoà giải"
    written = clean(raw)
    assert written == "Ông Lê Văn Thuỷ, phòng chống ma tuý & hoà giải"
    assert retone(written) == normalize(raw) == "Ông Lê Văn Thủy, phòng chống ma túy & hòa giải"
    assert len(retone(written)) == len(written)


def test_names_read_in_one_convention_are_given_back_as_the_article_writes_them():
    written = clean("Đồng chí LÊ VĂN THUỶ và đồng chí Lê Văn Thuỷ, Luật Phòng, chống ma tuý")
    text = retone(written)
    name = text.index("Lê Văn Thủy")
    assert as_written("Lê Văn Thủy", [(name, name + 11)], text, written) == "Lê Văn Thuỷ"
    caps = text.index("LÊ VĂN THỦY")
    assert as_written("Lê Văn Thủy", [(caps, caps + 11)], text, written) == "Lê Văn Thuỷ"  # the name's own case
    assert as_written("LÊ VĂN THỦY", [(caps, caps + 11)], text, written) == "LÊ VĂN THUỶ"
    assert as_written("Lê Văn Thủy", [(0, 5)], text, written) == "Lê Văn Thủy"  # only the words at the spans
    assert as_written("Lê Văn Thủy", [(name, name + 11)], text, None) == "Lê Văn Thủy"  # one convention already


def test_a_name_written_two_ways_is_given_back_as_first_written():
    written = clean("đồng chí Vương Toàn Thu Thủy phát biểu. Đồng chí Vương Toàn Thu Thuỷ cho biết")
    text = retone(written)
    spans = [(m.start(), m.end()) for m in re.finditer("Vương Toàn Thu Thủy", text)]
    assert len(spans) == 2 and as_written("Vương Toàn Thu Thủy", spans, text, written) == "Vương Toàn Thu Thủy"
    assert as_written("Vương Toàn Thu Thủy", spans[::-1], text, written) == "Vương Toàn Thu Thuỷ"


def test_hyphens_that_are_not_hyphen_minus():
    assert normalize("60\u2011NQ/TW, 759/QĐ\u2010TTg, 12\u2212KH/TU") == "60-NQ/TW, 759/QĐ-TTg, 12-KH/TU"
    assert normalize("Công điện số 1478\u2044CĐ-TTg, 5\u2215KH-UBND") == "Công điện số 1478/CĐ-TTg, 5/KH-UBND"


def test_a_pdf_fonts_oi_for_u_horn():
    assert normalize("Luật Lƣu trữ, nƣớc, LƢU TRỮ") == "Luật Lưu trữ, nước, LƯU TRỮ"
