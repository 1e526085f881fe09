"""The user guide shipped with FieldDesk: one Markdown file per interface language (``resources/guide/LANG.md``),
cut into sections at its ``## Title {#key}`` headings, and which section each page's F1 opens.

The guide's pictures (``resources/guide/images/LANGUAGE/``, each guide its own language's) are made by ``make
screenshots`` (tools/screenshots.py), so they show the window as it is. Reading the guide is plain file work: no Qt
here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.resources import resource

# every language's guide has these sections, in this order (tests/ui/test_help.py checks it)
SECTIONS = ("first-start", "missions-trainings", "enrolling", "attendance", "reports", "excel-import", "sync",
            "backups", "recovery-key", "due-lessons", "thread", "coordination", "fund", "fellowships",
            "institutions", "plans", "privacy", "lost-laptop")
# the section F1 opens on each page (shell/pages.py's keys); a page not named here opens the first
PAGE_SECTIONS = {"dashboard": "first-start", "missions": "missions-trainings", "trainings": "missions-trainings",
                 "participants": "enrolling", "recommendations": "thread",
                 "requests": "missions-trainings", "projects": "missions-trainings", "experts": "missions-trainings",
                 "sync": "sync", "reports": "reports", "due": "due-lessons", "lessons": "due-lessons",
                 "fund": "fund", "coordination": "coordination", "lists": "sync", "board": "reports",
                 "grants": "due-lessons", "fellowships": "fellowships", "reviews": "due-lessons",
                 "institutions": "institutions", "plans": "plans"}
# an editor's tab with a section of its own: (page, the editor's attribute holding the tab) -> section
TAB_SECTIONS = {("trainings", "enrollment"): "enrolling", ("trainings", "attendance"): "attendance",
                ("trainings", "scores"): "attendance",
                ("projects", "grants"): "due-lessons", ("projects", "answered"): "thread"}
HEADING = re.compile(r"^## (?P<title>.+?)\s*\{#(?P<key>[a-z-]+)\}\s*$")


@dataclass(frozen=True)
class GuideSection:
    key: str
    title: str
    markdown: str  # the section as shown: its heading (without the key) and its text


def guide_folder() -> Path:
    return resource("guide")


def guide_path(lang: str) -> Path:
    """The guide in ``lang``, else in English."""
    path = guide_folder() / f"{lang}.md"
    return path if path.is_file() else guide_folder() / "en.md"


def read_guide(lang: str) -> list[GuideSection]:
    return parse_guide(guide_path(lang).read_text(encoding="utf-8"))


def parse_guide(text: str) -> list[GuideSection]:
    sections: list[GuideSection] = []
    key, title, lines = None, "", []

    def close() -> None:
        if key is not None:
            sections.append(GuideSection(key, title, "\n".join([f"## {title}", *lines]).strip() + "\n"))

    for line in text.splitlines():
        if found := HEADING.match(line):
            close()
            key, title, lines = found["key"], found["title"], []
        elif key is not None:
            lines.append(line)
    close()
    return sections


def section_of_page(page_key: str | None, tab: str | None = None) -> str:
    """The section about a page, or about the tab shown in its editor (``tab``: the editor's attribute name)."""
    return TAB_SECTIONS.get((page_key or "", tab or "")) or PAGE_SECTIONS.get(page_key or "", SECTIONS[0])
