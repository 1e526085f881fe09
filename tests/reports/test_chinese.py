"""Chinese reports: every report prints in Chinese with the CJK font embedded (subset), and every character of the
text has its glyph in that font (no empty boxes)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from report_helpers import completed_training, pdf_text, reported_mission
from reportlab.pdfbase.ttfonts import TTFont
from typesetting import layout_lines

from app.reports import build_report
from app.reports.fonts import CJK_FILE
from app.resources import resource
from app.vocabulary import words
from app.vocabulary.plurals import Plural

HAN = re.compile(r"[\u4e00-\u9fff]")


def embedded_fonts(path) -> dict[str, bool]:
    """Every font the PDF uses -> whether its program is embedded (TrueType: FontFile2)."""
    fonts = {}
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return fonts


def test_the_chinese_catalogue_translates_every_english_text():
    # a text that depends on a count: CLDR gives Chinese one form ("other"), English's is its last
    en, zh = ({k: v[len(v) - 1] if isinstance(v, Plural) else v for k, v in words(lang).items()}
              for lang in ("en", "zh"))
    texts = [k for k in en if not k.startswith("problem.")]  # problems: tests/test_vocabulary.py
    assert set(texts) <= set(zh)
    untranslated = [k for k in texts if not HAN.search(zh[k]) and zh[k] == en[k]
                    and not re.fullmatch(r"[\W\d{}a-z_C]*", zh[k])]
    assert untranslated == []


def test_a_chinese_summary_embeds_its_font_and_has_every_glyph(demo, tmp_path):
    out = tmp_path / "summary-zh.pdf"
    build_report(demo, "summary", out, lang="zh")
    fonts = embedded_fonts(out)
    assert fonts and all(fonts.values()), f"a font is not embedded: {fonts}"
    assert all(re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-0", name) for name in fonts), fonts
    text = pdf_text(out)
    for needle in ("方案摘要", "概况", "按国家分列的已开展特派团", "第1页，共", "合计"):
        assert needle in text, needle
    laid_out = "\n".join(layout_lines(out))  # pdftotext -layout where poppler is installed
    assert "按国家分列的已开展特派团" in laid_out and "方案摘要" in laid_out
    pdffonts = shutil.which("pdffonts")
    if pdffonts:  # poppler's own view of the fonts, as a reader's viewer would see them
        listed = subprocess.run([pdffonts, str(out)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in listed.splitlines()[2:] if line.strip()]
        assert rows and all("WenQuanYiMicroHei" in row[0] and row[-5] == "yes" for row in rows), listed
    face = TTFont("check", str(resource("fonts", CJK_FILE)), subfontIndex=0).face
    missing = sorted({ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph})
    assert missing == [], f"no glyph for {missing}"


@pytest.mark.parametrize("kind", ["mission", "training", "attendance", "certificates", "followup"])
def test_every_report_prints_in_chinese(demo, tmp_path, kind):
    record = {"mission": reported_mission(demo), "training": completed_training(demo),
              "attendance": completed_training(demo), "certificates": completed_training(demo)}.get(kind)
    out = tmp_path / f"{kind}-zh.pdf"
    assert build_report(demo, kind, out, record_id=record, lang="zh").pages >= 1
    assert all(embedded_fonts(out).values())
    assert HAN.search(pdf_text(out))
