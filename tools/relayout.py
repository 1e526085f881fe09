"""Move FieldDesk's modules into the layout docs/ARCHITECTURE.md draws (issue 17, "a layout that shows the
architecture"), and rewrite every reference to them across the tree. Re-runnable: run it on a main that has gained
other people's changes and it gives the same layout (a module already moved is left alone; references are rewritten
wherever they are).

    .venv/bin/python tools/relayout.py           # move, rewrite, then ruff's import sorting on what changed
    .venv/bin/python tools/relayout.py --check   # only list modules of the old flat folders not in the mapping

What it does, in order:
1. ``git mv`` each module of ``MOVES`` (old dotted name -> new dotted name; a package's ``__init__`` is named by the
   package) whose old file still exists;
2. rewrites, in every tracked text file (Python, Markdown, TOML, the Makefile, the PyInstaller spec, shell...):
   ``from OLD_PARENT import old`` (also ``as`` and several names, in parentheses or not) into imports from the new
   parent; dotted names ``app.services.old`` (imports, mock/patch target strings, docs) and paths
   ``app/services/old.py``; names moved between modules (``NAME_MOVES``);
3. applies ``SUBSTITUTIONS``: the explicit hand fixes the move needs (each an exact string in one file);
4. runs ``ruff check --select I --fix`` on the files it changed, so imports stay sorted;
5. prints the modules still lying in the old flat folders that the mapping does not place (new files from others):
   add them to ``MOVES`` (or to ``STAY``) and run it again.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STORE = ["changes", "check", "clock", "concurrent", "coverage", "db", "drafts", "entities", "export", "history",
         "import_decisions", "incarnation", "lookups", "matching", "mechanisms", "merging", "op_changes", "query",
         "records", "reference_lists", "rules", "schema", "seed", "testpoints", "transitions", "validate", "values"]
PROFILE = ["attachment_names", "attachments", "backup", "backup_copies", "blob_names", "encryption", "erase",
           "filenames", "letterhead", "lock", "move", "opened_copies", "opening", "pg_access", "rekey",
           "site_settings", "strength", "summary", "throttle", "vault"]
PRIVACY = ["access_log", "backup_holding", "erasure", "erasure_parts", "name_policy", "office_pseudonyms",
           "pseudonyms", "retention"]
PROGRAMME = ["action_plans", "board", "coordination", "due", "due_calendar", "fellowships", "fund", "grants",
             "institutions", "lessons", "portfolio", "priorities", "programme_stats", "recommendation_search",
             "results", "review_dossier", "reviews", "stats", "sustainability", "thread", "thread.follow_through",
             "thread.links"]
DEMO = ["board", "coordination", "data", "fellowships", "fund", "grants", "institutions", "plans", "programme",
        "reviews", "several"]
SPREADSHEETS = {"xlsx_cells": "cells", "xlsx_columns": "columns", "xlsx_export": "export", "xlsx_import": "importer",
                "xlsx_read": "read", "plan_import": "plans", "uhri_import": "uhri", "uhri_read": "uhri_read",
                "coordination_import": "coordination"}

# old module -> new module. The profile folder (profile.py) and the demo builder (demo.py) become the __init__ of
# the packages named after them, so ``app.services.profile`` and ``app.services.demo`` keep their meaning.
MOVES: dict[str, str] = {
    **{f"app.services.{m}": f"app.services.store.{m}" for m in STORE},
    "app.services.profile": "app.services.profile",  # app/services/profile.py -> app/services/profile/__init__.py
    **{f"app.services.{m}": f"app.services.profile.{m}" for m in PROFILE},
    **{f"app.services.{m}": f"app.services.privacy.{m}" for m in PRIVACY},
    **{f"app.services.{m}": f"app.services.programme.{m}" for m in PROGRAMME},
    "app.services.demo": "app.services.demo",  # app/services/demo.py -> app/services/demo/__init__.py
    **{f"app.services.demo_{m}": f"app.services.demo.{m}" for m in DEMO},
    **{f"app.reports.{old}": f"app.spreadsheets.{new}" for old, new in SPREADSHEETS.items()},
    "app.sync.keys": "app.services.profile.keys",  # the profile's keys: the services read them, the sync too
    "app.sync.wire": "app.services.store.wire",  # the change log's wire form: erasure rewrites it, the sync sends it
    "app.cli.secrets": "app.invocation.secrets",
    "app.models.mechanism_lists": "app.vocabulary.mechanism_lists",
    # circles inside app/ui (imports17): the stored options stay in settings/, below the widgets; the Preferences
    # dialog and its sections, which use widgets, help and safety, are a feature folder of their own
    "app.ui.settings.preferences": "app.ui.preferences.dialog",
    "app.ui.settings.reports_section": "app.ui.preferences.reports_section",
    "app.ui.settings.retention_section": "app.ui.preferences.retention_section",
    "app.ui.fellowships.cohort_input": "app.ui.widgets.cohort_input",  # the Reports page uses it too
}
# Modules that stay where they are: the services' public entry points (the facade and its errors).
STAY = {"app.services", "app.services.core", "app.services.errors", "app.reports", "app.cli"}
# Packages that become packages here: their __init__ (docstring only) is written when missing.
NEW_PACKAGES = {
    "app.services.store": "The record store: the one write funnel and its change log, the clock, the schema, "
                          "validation, queries\nand the entity registry every other part reads.",
    "app.services.privacy": "Personal data: erasure, retention, pseudonyms, the names policy and the access record.",
    "app.services.programme": "Programme calculations over the records: what is due, figures, the fund, grants, "
                              "priorities, results, the\nthread from a recommendation to what was done.",
    "app.spreadsheets": "Spreadsheets in and out (openpyxl): the export of every record type, and the importers that "
                        "write records through\nthe services (the record sheets, action plans, the Universal Human "
                        "Rights Index, the coordination\nregister).",
    "app.invocation": "How FieldDesk was started, shared by the command line and the window: the usage error, the "
                      "exit codes, and\nwhere a passphrase comes from.",
    "app.ui.preferences": "The Preferences dialog (Edit > Preferences) and its sections; the options it edits are "
                          "declared in\napp/ui/settings/options.py.",
}
# A name that moves from one module to another (the hand commit before the move defined it in its new module and
# left an import behind in the old one; SUBSTITUTIONS removes that import).
NAME_MOVES = {
    ("app.cli.parser", "UsageError"): "app.invocation.errors",
    ("app.cli.parser", "EXIT_OK"): "app.invocation.errors",
    ("app.cli.parser", "EXIT_FAILURE"): "app.invocation.errors",
    ("app.cli.parser", "EXIT_USAGE"): "app.invocation.errors",
    ("app.ui.widgets.record_page", "ui_language"): "app.ui.i18n.report_language",
    ("app.ui.main", "run_blocking"): "app.ui.blocking",  # main <-> startup (imports17)
    ("app.ui.main", "show_finished_encryption"): "app.ui.blocking",
}
# Explicit hand fixes: (file, old text, new text). Applied after the rewriting; an old text that is missing is
# reported (unless the new text is already there).
SUBSTITUTIONS: list[tuple[str, str, str]] = [
    ("app/cli/parser.py",
     "from app.invocation.errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError  # noqa: F401  (moved there)\n",
     "from app.invocation.errors import UsageError\n"),
]
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".cfg", ".ini", ".spec", ".sh", ".yml", ".yaml", ".json", ".rst"}
TEXT_NAMES = {"Makefile", "run"}


def path_of(module: str, package: bool) -> Path:
    parts = module.split(".")
    return ROOT.joinpath(*parts, "__init__.py") if package else ROOT.joinpath(*parts[:-1], parts[-1] + ".py")


def old_file(module: str) -> Path | None:
    for package in (False, True):
        if (p := path_of(module, package)).exists():
            return p
    return None


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def move_files() -> list[str]:
    moved = []
    for old, new in MOVES.items():
        src = old_file(old)
        if src is None:
            continue
        is_package = src.name == "__init__.py"
        if old == new:  # a module that becomes its package's __init__
            if is_package:
                continue
            dst = path_of(new, True)
        else:
            dst = path_of(new, is_package)
            if is_package:  # a package moves whole
                dst = dst.parent
                src = src.parent
        if dst.exists():
            raise SystemExit(f"relayout: {dst.relative_to(ROOT)} exists already; {old} cannot move there")
        dst.parent.mkdir(parents=True, exist_ok=True)
        if old == new:
            tmp = src.with_name(src.stem + "_relayout_tmp.py")
            git("mv", str(src), str(tmp))
            dst.parent.mkdir(parents=True, exist_ok=True)
            git("mv", str(tmp), str(dst))
        else:
            git("mv", str(src), str(dst))
        moved.append(f"{old} -> {new}")
    for package, doc in NEW_PACKAGES.items():
        init = path_of(package, True)
        if init.parent.is_dir() and not init.exists():
            init.write_text(f'"""{doc}"""\n', encoding="utf-8")
            git("add", str(init))
    return moved


def _renames() -> list[tuple[str, str]]:
    """(old, new) dotted names that change, longest first (so a package's modules go before the package)."""
    return sorted(((o, n) for o, n in MOVES.items() if o != n), key=lambda p: -len(p[0]))


IMPORT_FROM = re.compile(r"^(?P<indent>[ \t]*)from (?P<module>[\w.]+) import (?P<names>\([^)]*\)|[^\n]*?)"
                         r"(?P<comment>[ \t]*#[^\n]*)?$", re.M)


def _split_names(text: str) -> list[tuple[str, str | None]]:
    text = re.sub(r"#[^\n]*", "", text.strip().strip("()"))
    out = []
    for item in (i.strip() for i in text.replace("\n", " ").split(",")):
        if item:
            name, _, alias = item.partition(" as ")
            out.append((name.strip(), alias.strip() or None))
    return out


def _line(indent: str, module: str, names: list[tuple[str, str | None]]) -> str:
    body = ", ".join(f"{n} as {a}" if a and a != n else n for n, a in names)
    line = f"{indent}from {module} import {body}"
    if len(line) <= 120:
        return line
    inner = ",\n".join(f"{indent}    " + (f"{n} as {a}" if a and a != n else n) for n, a in names)
    return f"{indent}from {module} import (\n{inner},\n{indent})"


def rewrite_from_imports(text: str) -> str:
    """``from P import a, b`` where ``P.a`` moved: ``a`` imported from its new parent (under its old name)."""
    moved = {o: n for o, n in MOVES.items() if o != n}

    def fix(match: re.Match) -> str:
        module, indent = match["module"], match["indent"]
        names = _split_names(match["names"])
        if not names or names == [("*", None)]:
            return match[0]
        groups: dict[str, list[tuple[str, str | None]]] = {}
        changed = False
        for name, alias in names:
            target = moved.get(f"{module}.{name}")
            if target is not None:
                parent, _, leaf = target.rpartition(".")
                groups.setdefault(parent, []).append((leaf, alias or (name if leaf != name else None)))
                changed = True
            elif (module, name) in NAME_MOVES:
                groups.setdefault(NAME_MOVES[(module, name)], []).append((name, alias))
                changed = True
            else:
                groups.setdefault(module, []).append((name, alias))
        if not changed:
            return match[0]
        lines = [_line(indent, parent, items) for parent, items in groups.items()]
        if match["comment"]:
            lines[0] += match["comment"]
        return "\n".join(lines)

    return IMPORT_FROM.sub(fix, text)


def _path_forms(old: str, new: str) -> list[tuple[str, str]]:
    """``app/services/x`` and the short ``services/x`` the docs use; a module that became its package's
    ``__init__`` is named by its folder."""
    old_path, new_path = old.replace(".", "/"), new.replace(".", "/")
    forms = [(old_path, new_path)]
    if old_path.startswith("app/"):
        forms.append((old_path[4:], new_path[4:]))
    return forms


def rewrite_dotted(text: str) -> str:
    for old, new in _renames():
        text = re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", new, text)
        for old_path, new_path in _path_forms(old, new):
            text = re.sub(rf"(?<![\w/]){re.escape(old_path)}(?!\w)", new_path, text)
    for old in (o for o, n in MOVES.items() if o == n):
        for old_path, new_path in _path_forms(old, old):
            text = re.sub(rf"(?<![\w/]){re.escape(old_path)}\.py\b", new_path + "/__init__.py", text)
    for (module, name), new in NAME_MOVES.items():
        text = re.sub(rf"(?<![\w.]){re.escape(module)}\.{name}(?!\w)", f"{new}.{name}", text)
    return text


def text_files() -> list[Path]:
    files = []
    for name in git("ls-files").splitlines():
        p = ROOT / name
        if (p.suffix in TEXT_SUFFIXES or p.name in TEXT_NAMES) and p.is_file() and "/migrations/versions/" not in name \
                and p != Path(__file__).resolve():  # its mapping names the old modules
            files.append(p)
    return files


def rewrite_tree() -> list[Path]:
    changed = []
    for p in text_files():
        text = p.read_text(encoding="utf-8")
        new = rewrite_dotted(rewrite_from_imports(text) if p.suffix == ".py" else text)
        if new != text:
            p.write_text(new, encoding="utf-8")
            changed.append(p)
    return changed


def substitute() -> list[Path]:
    changed = []
    for name, old, new in SUBSTITUTIONS:
        p = ROOT / name
        text = p.read_text(encoding="utf-8") if p.exists() else ""
        if old in text:
            p.write_text(text.replace(old, new), encoding="utf-8")
            changed.append(p)
        elif not new or new not in text:
            print(f"relayout: substitution not applied in {name}: {old.strip()[:70]!r}")
    return changed


def unplaced() -> list[str]:
    placed = set(MOVES) | set(MOVES.values()) | STAY | set(NEW_PACKAGES)
    out = []
    services = ROOT / "app" / "services"
    for p in sorted(services.glob("*.py")):
        module = ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if module not in STAY:
            out.append(module)
    for d in sorted(x for x in services.iterdir() if (x / "__init__.py").exists()):
        module = ".".join(d.relative_to(ROOT).parts)
        if module not in placed:
            out.append(module + " (a package)")
    for p in sorted((ROOT / "app" / "reports").glob("*.py")):  # the reports stay; a spreadsheet module is misplaced
        if re.match(r"xlsx_|uhri_|.*_import$", p.stem):
            out.append(".".join(p.relative_to(ROOT).with_suffix("").parts))
    return out


def main() -> int:
    if "--check" not in sys.argv:
        moved = move_files()
        changed = set(rewrite_tree()) | set(substitute())
        py = sorted(str(p.relative_to(ROOT)) for p in changed if p.suffix == ".py" and p.exists())
        if py:
            subprocess.run([sys.executable, "-m", "ruff", "check", "--quiet", "--select", "I", "--fix", *py],
                           cwd=ROOT, check=False)
        print(f"relayout: {len(moved)} modules moved, {len(changed)} files rewritten")
        if "-v" in sys.argv:
            print("\n".join(moved))
    left = unplaced()
    if left:
        print("relayout: modules in the old flat folders that the mapping does not place (add them to MOVES or STAY "
              "in tools/relayout.py and run it again):")
        for module in left:
            print("  " + module)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
