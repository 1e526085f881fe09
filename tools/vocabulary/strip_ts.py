"""Remove from resources/i18n/fielddesk_*.ts what now lives in the gettext catalogue (app/locale): the enum labels and
seeded reference names (contexts named after each enum, ThematicArea, StakeholderType, PriorityCriterion) and the
problem texts (contexts Problems and ImportProblems). Safe to run again, e.g. after merging a branch that still added
such entries: ``.venv/bin/python tools/vocabulary/strip_ts.py && make translations``."""

import inspect
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.models import enums  # noqa: E402
from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS  # noqa: E402
from app.models.requests import PRIORITY_CRITERIA  # noqa: E402

DROPPED_CONTEXTS = ("Problems", "ImportProblems")


def labels() -> dict[str, set[str]]:
    out = {n: {m.label for m in c} for n, c in inspect.getmembers(enums, inspect.isclass)
           if issubclass(c, enums.LabelledEnum) and c is not enums.LabelledEnum}
    out["ThematicArea"] = {n for _, n in THEMATIC_AREAS}
    out["StakeholderType"] = {n for _, n in STAKEHOLDER_TYPES}
    out["PriorityCriterion"] = {n for _, n, *_ in PRIORITY_CRITERIA}
    return out


def strip(text: str, words: dict[str, set[str]]) -> str:
    def context(m: re.Match) -> str:
        block = m.group(0)
        name = re.search(r"<name>(.*?)</name>", block).group(1)
        if name in DROPPED_CONTEXTS:
            return ""
        if name not in words:
            return block
        wanted = {escape(s, {"'": "&apos;", '"': "&quot;"}) for s in words[name]} | {escape(s) for s in words[name]}

        def message(mm: re.Match) -> str:
            source = re.search(r"<source>(.*?)</source>", mm.group(0), re.S).group(1)
            return "" if source in wanted else mm.group(0)

        block = re.sub(r"[ \t]*<message>.*?</message>\n", message, block, flags=re.S)
        return block if "<message>" in block else ""

    return re.sub(r"<context>.*?</context>\n", context, text, flags=re.S)


def main() -> None:
    words = labels()
    for path in sorted((ROOT / "resources/i18n").glob("fielddesk_*.ts")):
        text = path.read_text(encoding="utf-8")
        stripped = strip(text, words)
        if stripped != text:
            path.write_text(stripped, encoding="utf-8")
            print(f"{path.name}: {len(text) - len(stripped)} characters removed")


if __name__ == "__main__":
    main()
