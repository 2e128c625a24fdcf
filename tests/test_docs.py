"""Documentation completeness: every command and option of `dossier` is in the usage guide."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from generator.cli import main

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guide" / "usage.md"


def _options() -> list[tuple[str, str]]:
    found = []
    for name, command in sorted(main.commands.items()):
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                found += [(name, opt) for opt in param.opts if opt.startswith("--") and opt != "--help"]
    return found


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_a_section(command):
    assert f"### `dossier {command}" in GUIDE.read_text(encoding="utf-8")


def test_every_option_is_documented():
    guide = GUIDE.read_text(encoding="utf-8")
    options = _options()
    assert len(options) > 10
    missing = [f"{command} {option}" for command, option in options if f"`{option}" not in guide]
    assert missing == []
