"""The examples in docs/ are run, so the documentation cannot drift from the code."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


def test_api_example_runs(tmp_path):
    blocks = python_blocks((DOCS / "API.md").read_text(encoding="utf-8"))
    example = blocks[-1]
    assert "fd.trainings.create" in example
    exec(compile(example, "docs/API.md", "exec"), {"profile_dir": tmp_path / "example"})


def test_programme_example_runs(tmp_path):
    blocks = python_blocks((DOCS / "API.md").read_text(encoding="utf-8"))
    [example] = [b for b in blocks if "rank_requests" in b]
    exec(compile(example, "docs/API.md", "exec"), {"profile_dir": tmp_path / "example"})
