"""docs/guide/safety.md names the test behind each guarantee; every test it names exists."""

from __future__ import annotations

import ast
import re

from built_site import ROOT

SAFETY = ROOT / "docs" / "guide" / "safety.md"


def test_every_test_named_on_the_safety_page_exists():
    text = SAFETY.read_text(encoding="utf-8")
    named = re.findall(r"(?:tests/)?(test_\w+)\.py(?:::(test_\w+))?", text)
    assert len(named) >= 20
    for module, function in named:
        path = ROOT / "tests" / f"{module}.py"
        assert path.is_file(), module
        if function:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
            assert function in defined, f"{module}.py::{function}"


def test_safety_page_is_in_the_guide_nav():
    assert "guide/safety.md" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
