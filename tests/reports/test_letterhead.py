"""The office's letterhead and report settings: set from the command line (bad values refused, nothing changed),
printed on each report's first page (logo, name and address in the report's language or the default one, the
document symbol), the paper size (the office's, a report's --paper overriding it) and the PDF's metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from report_helpers import completed_training, pdf_pages, reported_mission

from app.cli import main
from app.services import FieldDesk
from app.services.profile import letterhead, site_settings


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def image_file(path, fmt="PNG", size=(120, 60)) -> str:
    Image.new("RGB", size, (29, 78, 137)).save(path, fmt)
    return str(path)


def test_letterhead_set_and_show_from_the_command_line(demo_profile, tmp_path, capsys):
    p = ["--profile", str(demo_profile)]
    code, _, err = run(capsys, *p, "letterhead", "set", "--name", "en=Office in Guatemala", "--name",
                       "es=Oficina en Guatemala", "--address", "en=12 Calle 1-25\\nGuatemala City",
                       "--logo", image_file(tmp_path / "logo.png"), "--signatory-name", "Ana Pérez",
                       "--signatory-title", "Head of Office", "--symbol", "{office}-{year}-{n}", "--paper", "letter",
                       "--weekend", "friday-saturday", "--organisation", "UN Human Rights",
                       "--author-name", "tester=María López")
    assert code == 0, err
    with FieldDesk.open(demo_profile) as fd:
        head = letterhead.letterhead(fd)
        assert head.name("es") == "Oficina en Guatemala" and head.name("ru") == "Office in Guatemala"
        assert head.address("fr") == "12 Calle 1-25\nGuatemala City" and head.paper == "letter" and head.has_logo
        assert letterhead.logo(fd).startswith(b"\x89PNG")
        assert site_settings.weekend(fd) == "friday-saturday"
        assert site_settings.organisation_name(fd) == "UN Human Rights"
        assert site_settings.signatory(fd) == "Ana Pérez, Head of Office", "certificates fall back to the letterhead"
        assert site_settings.author_names(fd) == {"tester": "María López"}
    code, out, _ = run(capsys, *p, "letterhead", "show")
    assert code == 0 and "Oficina en Guatemala" in out and "US Letter" in out and "friday-saturday" in out
    code, out, _ = run(capsys, *p, "letterhead", "show", "--json")
    assert code == 0 and '"symbol_pattern": "{office}-{year}-{n}"' in out


@pytest.mark.parametrize("argv,needle", [
    (["--logo", "GIF"], "is a GIF image; use a PNG or JPEG"),
    (["--logo", "TEXT"], "is not a PNG or JPEG image"),
    (["--logo", "HUGE"], "a logo may be 512 KB at most"),
    (["--logo", "missing.png"], "Cannot read the logo"),
    (["--symbol", "{office}/{number}"], "names {number}"),
    (["--name", "xx=Bureau"], "'xx' is not a report language"),
    (["--name", "Bureau"], "KEY=TEXT"),
    (["--paper", "a5"], "invalid choice"),
    (["--weekend", "sunday"], "invalid choice"),
    ([], "nothing to set"),
])
def test_bad_letterhead_values_are_refused_and_change_nothing(demo_profile, tmp_path, capsys, monkeypatch, argv,
                                                             needle):
    monkeypatch.chdir(tmp_path)
    image_file(tmp_path / "GIF", "GIF")
    (tmp_path / "TEXT").write_text("not an image")
    (tmp_path / "HUGE").write_bytes(b"\x89PNG" + b"\0" * 600_000)
    with FieldDesk.open(demo_profile) as fd:
        before = letterhead.letterhead(fd)
    changed = ["--name", "en=Changed"] if argv else []  # a good value given with a bad one is not written either
    code, _, err = run(capsys, "--profile", str(demo_profile), "letterhead", "set", *changed, *argv)
    assert code == 2 and needle in err and err.count("\n") == 1, err
    with FieldDesk.open(demo_profile) as fd:
        assert letterhead.letterhead(fd) == before


def first_page_image_count(path) -> int:
    page = PdfReader(str(path)).pages[0]
    return sum(1 for obj in page["/Resources"].get("/XObject", {}).values()
               if obj.get_object()["/Subtype"] == "/Image")


def test_every_first_page_carries_the_letterhead_and_the_paper_size(demo_profile, tmp_path, capsys):
    with FieldDesk.open(demo_profile) as fd:
        buffer = io.BytesIO()
        Image.new("RGB", (200, 100), (200, 30, 30)).save(buffer, "JPEG")
        letterhead.update(fd, names={"en": "Office in Guatemala", "fr": "Bureau au Guatemala"},
                          addresses={"en": "12 Calle 1-25, Guatemala City"}, paper="letter",
                          signatory_name="Ana Pérez", signatory_title="Head of Office",
                          logo_bytes=buffer.getvalue())
        mission, training = reported_mission(fd), completed_training(fd)
        office = fd.site.office
    p = ["--profile", str(demo_profile)]
    for argv in (["mission", mission], ["training", training, "--lang", "fr"], ["summary"],
                 ["attendance", training, "--paper", "a4"]):
        out = tmp_path / f"{argv[0]}.pdf"
        code, _, err = run(capsys, *p, "report", *argv, "--out", str(out))
        assert code == 0, err
        first = " ".join(pdf_pages(out)[0].split())
        reader = PdfReader(str(out))
        assert first_page_image_count(out) == 1, f"{argv[0]}: no logo on the first page"
        if "fr" in argv:
            assert "Bureau au Guatemala" in first and "12 Calle 1-25, Guatemala City" in first, "default address"
        else:
            assert "Office in Guatemala" in first
        width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
        if argv[0] == "attendance":
            assert (round(width), round(height)) == (842, 595), "--paper a4 overrides the office's Letter"
        else:
            assert (round(width), round(height)) == (612, 792), f"{argv[0]} is not on US Letter"
        meta = reader.metadata
        assert meta.author == ("Bureau au Guatemala" if "fr" in argv else "Office in Guatemala")
        assert meta.title and meta.subject
        assert reader.trailer["/Root"].get("/Lang") == ("fr" if "fr" in argv else "en")
    certificates = tmp_path / "certificates.pdf"
    assert run(capsys, *p, "report", "certificates", training, "--out", str(certificates))[0] == 0
    assert first_page_image_count(certificates) == 1, "the certificate shows the office's logo"
    mission_first = " ".join(pdf_pages(tmp_path / "mission.pdf")[0].split())
    assert f"{office}/" in mission_first and "/MISSION/" in mission_first, "the document symbol"
    again = tmp_path / "again.pdf"
    assert run(capsys, *p, "report", "mission", mission, "--out", str(again))[0] == 0
    assert "Ana Pérez, Head of Office" in " ".join(pdf_pages(tmp_path / "mission.pdf")[-1].split()), "who approves"
    symbol = [w for w in mission_first.split() if "/MISSION/" in w]
    assert symbol and symbol[0] in " ".join(pdf_pages(again)[0].split()), "a reprint keeps its symbol"
