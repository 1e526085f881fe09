"""What FieldDesk is made of, and under which licences: FieldDesk itself, Python, every library it runs with (read
from the installed distributions' metadata, so the list follows what is really installed or bundled) and the fonts.

The licence texts are shipped in ``resources/licences/`` (``packaging/collect_licences.py`` writes them from the
installed distributions), so the packaged program can show them offline; a distribution's own licence files are the
fallback. No Qt here: the About dialog shows what this module finds.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app import __version__
from app.resources import license_file, resource

DISTRIBUTION = "fielddesk"
# Qt for Python's three distributions share one text: the LGPL v3 (and the GPL v3 it builds on).
SHARED_TEXTS = {"pyside6": "qt", "pyside6-essentials": "qt", "pyside6-addons": "qt", "shiboken6": "qt"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
CLASSIFIER_PREFIXES = ("License :: OSI Approved :: ", "License :: ")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    kind: str  # "application", "runtime", "library" or "font"
    text_key: str  # file name (without .txt) in resources/licences/
    url: str = ""


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licences_dir() -> Path:
    return resource("licences")


def project_licence_file() -> Path:
    """FieldDesk's LICENSE: beside resources/ in a checkout and a PyInstaller build, with them when installed."""
    return license_file()


def dependency_closure(root: str = DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs to run (not its extras), each once, sorted by name.

    Requirements whose environment marker excludes this system are not installed, so skipping what is not installed
    evaluates the markers without needing the ``packaging`` library."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = normalise(pending.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = dist
        for requirement in dist.requires or []:
            if re.search(r"\bextra\s*==", requirement):
                continue
            pending.append(re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0))
    found.pop(normalise(root), None)
    return sorted(found.values(), key=lambda d: normalise(d.metadata["Name"]))


def licence_name(dist: metadata.Distribution) -> str:
    """The licence as the distribution states it: its SPDX expression, else a short License field, else the
    trove classifiers, else the title of its licence file."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    # Some put the whole licence, or a copyright line, in this field: a name only when it reads like one.
    if field and "\n" not in field and len(field) <= 80 and "copyright" not in field.lower() and field != "UNKNOWN":
        return field
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    names = []
    for classifier in classifiers:
        for prefix in CLASSIFIER_PREFIXES:
            if classifier.startswith(prefix):
                names.append(classifier[len(prefix):])
                break
    if names:
        return " / ".join(names)
    for text in _own_licence_texts(dist):
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if first and len(first) <= 60:
            return first
    return ""


def project_url(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    labelled = [entry.split(",", 1) for entry in meta.get_all("Project-URL") or [] if "," in entry]
    preferred = [url.strip() for label, url in labelled
                 if label.strip().lower() in ("homepage", "home", "source", "source code", "code", "repository")]
    return (meta.get("Home-page") or "").strip() or (preferred or [url.strip() for _, url in labelled] or [""])[0]


def text_key(name: str) -> str:
    key = normalise(name)
    return SHARED_TEXTS.get(key, key)


def components() -> list[Component]:
    """FieldDesk, Python, the libraries and the fonts, in that order."""
    items = [
        Component("FieldDesk", __version__, _fielddesk_licence(), "application", "fielddesk"),
        Component("Python", platform.python_version(), "PSF-2.0", "runtime", "python", "https://www.python.org"),
    ]
    for dist in dependency_closure():
        name = dist.metadata["Name"]
        items.append(Component(name, dist.version, licence_name(dist), "library", text_key(name), project_url(dist)))
    items.append(Component("DejaVu Sans", "", "Bitstream Vera / Arev font licence", "font", "dejavu-fonts",
                           "https://dejavu-fonts.github.io"))
    items.append(Component("WenQuanYi Micro Hei", "0.2.0-beta", "Apache-2.0", "font", "wqy-microhei",
                           "http://wenq.org"))  # Chinese reports
    return items


def _fielddesk_licence() -> str:
    try:
        return licence_name(metadata.distribution(DISTRIBUTION))
    except metadata.PackageNotFoundError:
        return "MIT"


def licence_text(component: Component) -> str:
    """The full licence text: FieldDesk's LICENSE, the fonts' own file, the shipped text, or the distribution's
    own licence files; a plain sentence when none can be found."""
    candidates = {
        "fielddesk": [project_licence_file()],
        "dejavu-fonts": [resource("fonts", "LICENSE-DejaVu.txt")],
        "wqy-microhei": [resource("fonts", "LICENSE-WenQuanYi-MicroHei.txt")],
    }.get(component.text_key, []) + [licences_dir() / f"{component.text_key}.txt"]
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    if component.kind == "library":
        try:
            texts = _own_licence_texts(metadata.distribution(component.name))
        except metadata.PackageNotFoundError:
            texts = []
        if texts:
            return "\n\n".join(texts)
    return ""


def _own_licence_texts(dist: metadata.Distribution) -> list[str]:
    texts = []
    for file in dist.files or []:
        if ".dist-info" in str(file) and LICENCE_FILE.search(file.name):
            try:
                texts.append(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return texts
