"""One-off: move the data words (enum labels, reference names, field titles) out of app/reports/messages/<lang>.py
into app/vocabulary/<lang>.py, reconciling them with the screen's Qt catalogue (resources/i18n/*.ts), and keep the
losing wording of each difference as an accepted spelling for the spreadsheet import (app/vocabulary/former.py)."""

import ast
import inspect
import pprint
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.models import enums  # noqa: E402
from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS  # noqa: E402
from app.models.requests import PRIORITY_CRITERIA  # noqa: E402

LANGS = ["fr", "es", "ru", "ar", "zh"]
PREFIXES = ("enum.", "theme.", "stakeholder.", "criterion.", "field.")
# Where the screen and the paper disagreed, the word kept (S: the screen's, P: the paper's); the other is accepted
# by the import from now on. Unlisted differences keep the screen's word.
PAPER_WINS = {
    "fr": {"FollowUpStatus.not_started", "FollowUpStatus.no_longer_relevant", "MissionStatus.report_drafted",
           "OfficeRole.field", "TrainingForm.advisory_service"},
    "es": {"FollowUpStatus.not_started", "MissionStatus.report_drafted"},
    "ru": {"CriterionEvaluation.manual", "OfficeRole.field", "ProjectStatus.pipeline", "TrainingForm.workshop",
           "TrainingForm.fellowship"},
    "ar": {"CriterionEvaluation.manual", "ProjectStatus.completed"},
    "zh": {"EvaluationKind.mid_term", "EvaluationKind.end_of_project", "FundingSource.voluntary_fund",
           "MissionStatus.report_drafted", "MissionStatus.report_final", "ProgressStatus.not_measured",
           "ProjectStatus.ongoing", "RecommendationSource.board_of_trustees"},
}


def ts_catalogue(lang):
    out = {}
    for ctx in ET.parse(ROOT / f"resources/i18n/fielddesk_{lang}.ts").getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[(name, m.find("source").text)] = tr.text
    return out


def labelled_enums():
    return {n: c for n, c in inspect.getmembers(enums, inspect.isclass)
            if issubclass(c, enums.LabelledEnum) and c is not enums.LabelledEnum}


def screen_words(lang):
    ts = ts_catalogue(lang)
    words = {}
    for name, cls in labelled_enums().items():
        for m in cls:
            words[(f"enum.{name}.{m.value}", name + "." + m.value)] = ts.get((name, m.label))
    for ctx, prefix, pairs in (("ThematicArea", "theme", THEMATIC_AREAS),
                               ("StakeholderType", "stakeholder", STAKEHOLDER_TYPES),
                               ("PriorityCriterion", "criterion", PRIORITY_CRITERIA)):
        for code, english, *_ in pairs:
            words[(f"{prefix}.{code}", f"{prefix}.{code}")] = ts.get((ctx, english))
    return words


def remove_keys(path: Path, keys: set[str]) -> None:
    """Delete ``key: value,`` pairs from the MESSAGES dict literal, keeping the rest of the file as written."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def pos(lineno, col):
        return offsets[lineno - 1] + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8"))

    spans = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                if isinstance(k, ast.Constant) and k.value in keys:
                    start, end = pos(k.lineno, k.col_offset), pos(v.end_lineno, v.end_col_offset)
                    while end < len(source) and source[end] in ", ":
                        end += 1
                    spans.append((start, end))
    for start, end in sorted(spans, reverse=True):
        source = source[:start] + source[end:]
    cleaned = [line for line in source.splitlines(keepends=True) if line.strip() or not line.startswith(" ")]
    path.write_text("".join(cleaned), encoding="utf-8")


def write_words(lang: str, words: dict[str, str], title: str) -> None:
    body = pprint.pformat(dict(sorted(words.items())), width=118, sort_dicts=False)
    (ROOT / f"app/vocabulary/{lang}.py").write_text(
        f'"""{title}: the words that name data (enum labels, reference names, field titles)."""\n\n'
        f"WORDS = {body}\n", encoding="utf-8")


def main():
    if (ROOT / "app/vocabulary/fr.py").exists():
        sys.exit("Already split (app/vocabulary/ holds the words now): this script ran once and is kept as a record.")
    former: dict[str, dict[str, list[str]]] = {}
    titles = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية", "zh": "中文"}
    for lang in ["en", *LANGS]:
        path = ROOT / f"app/reports/messages/{lang}.py"
        messages = runpy.run_path(str(path))["MESSAGES"]
        words = {k: v for k, v in messages.items() if k.startswith(PREFIXES)}
        if lang != "en":
            for (key, short), screen in screen_words(lang).items():
                paper = words.get(key)
                if screen is None or screen == paper:
                    continue
                keep_paper = paper is not None and short in PAPER_WINS[lang]
                kept, lost = (paper, screen) if keep_paper else (screen, paper)
                words[key] = kept
                if lost:
                    former.setdefault(lang, {}).setdefault(key, []).append(lost)
        write_words(lang, words, titles[lang])
        remove_keys(path, set(words))
    body = pprint.pformat(former, width=118)
    (ROOT / "app/vocabulary/former.py").write_text(
        '"""Words a former FieldDesk showed for a value (on screen or on paper) before the two were made one: the\n'
        'spreadsheet import still accepts them, so a sheet exported or typed from an older screen imports back."""\n\n'
        f"FORMER_WORDS = {body}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
