"""aliases.yml: the user's corrections to the entity registry, read safely.

The file is the user's: the generator reads it on every build and never writes it.
Version 1 has five operations (see docs/guide/aliases.md)::

    version: 1
    merge:
      - [Selenskyj, Zelensky, Wolodymyr Selenskyj]    # these are one entity
      - names: [Kiew, Kyiv]                            # the same, with a chosen name
        name: Kyjiw
    rename:   {Medwedew: Dmitri Medwedew}              # entity (name or id) → canonical name
    ignore:   [Symbolbild]                             # drop these entities
    type:     {Kursk: place}                           # person, organization or place
    wikidata: {Dmitri Medwedew: Q23530}                # shown as a link on the entity page

A reference is an entity id (``person/dmitri-medwedew``) or any name or spelling seen in the
articles. A bad file or a bad entry gives one line ``file:line: reason``; the rest still applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

VERSION = 1
MAX_BYTES = 1024 * 1024  # an aliases file is a few KB; a bigger one is a mistake, not a list
TYPES = ("person", "organization", "place")
WIKIDATA = re.compile(r"Q[0-9]{1,12}")  # the form ^Q[0-9]+$, bounded
OPERATIONS = ("merge", "rename", "ignore", "type", "wikidata")
Operation = Literal["merge", "rename", "ignore", "type", "wikidata"]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Rule:
    op: Operation
    refs: tuple[str, ...]  # entity ids or names
    value: str | None  # new name (rename, merge), type, or Wikidata id
    line: int  # 1-based, for messages


@dataclass(frozen=True)
class Aliases:
    source: str  # the path as given, for messages
    rules: tuple[Rule, ...] = ()
    errors: tuple[str, ...] = ()  # one line each: "aliases.yml:7: reason"


def load_aliases(path: Path) -> Aliases:
    """The rules in ``path``; a missing file is an empty set of rules."""
    source = str(path)
    if not path.is_file():
        return Aliases(source)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Aliases(source, errors=(f"{source}: cannot read: {error.strerror}",))
    if len(data) > MAX_BYTES:
        return Aliases(source, errors=(f"{source}:1: larger than {MAX_BYTES // 1024} KB, not read",))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Aliases(source, errors=(f"{source}:1: not UTF-8 text, not read",))
    return parse_aliases(text, source)


def parse_aliases(text: str, source: str = "aliases.yml") -> Aliases:
    """Rules and error lines from the text of an aliases file."""
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):  # anchors are never needed here; alias bombs are
                return Aliases(source, errors=(f"{source}:{event.start_mark.line + 1}: YAML aliases (*name) are not allowed",))
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        line = (error.problem_mark or error.context_mark).line + 1 if (error.problem_mark or error.context_mark) else 1
        return Aliases(source, errors=(f"{source}:{line}: invalid YAML: {error.problem}",))
    except yaml.YAMLError as error:
        return Aliases(source, errors=(f"{source}:1: invalid YAML: {error}",))
    if root is None:
        return Aliases(source)
    if not isinstance(root, yaml.MappingNode):
        return Aliases(source, errors=(f"{source}:{_line(root)}: expected a mapping with `version: 1` and operations",))
    sections = {key.value: (key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    errors: list[str] = []
    version = sections.get("version")
    if version is None:
        errors.append(f"{source}:1: no `version: {VERSION}`; read as version {VERSION}")
    elif not isinstance(version[1], yaml.ScalarNode) or version[1].value != str(VERSION):
        return Aliases(source, errors=(f"{source}:{_line(version[1])}: unsupported version; this Dossier reads version {VERSION}",))
    rules: list[Rule] = []
    for name, (key, value) in sections.items():
        if name == "version":
            continue
        if name not in OPERATIONS:
            errors.append(f"{source}:{_line(key)}: unknown operation {name!r} (expected one of {', '.join(OPERATIONS)})")
            continue
        for rule_or_error in _READERS[name](value):
            if isinstance(rule_or_error, Rule):
                rules.append(rule_or_error)
            else:
                errors.append(f"{source}:{rule_or_error[0]}: {name}: {rule_or_error[1]}")
    # Merges first: later operations refer to the merged entities.
    rules.sort(key=lambda r: (r.op != "merge", r.line))
    return Aliases(source, tuple(rules), tuple(errors))


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _text(node: yaml.Node) -> str | None:
    """A scalar as written (``no`` stays "no", not False); None for lists and mappings."""
    if isinstance(node, yaml.ScalarNode) and node.value.strip():
        return node.value.strip()
    return None


def _names(node: yaml.Node) -> tuple[str, ...] | None:
    if not isinstance(node, yaml.SequenceNode):
        return None
    names = tuple(_text(item) for item in node.value)
    return None if None in names else names  # type: ignore[return-value]


def _read_merge(node: yaml.Node):
    if not isinstance(node, yaml.SequenceNode):
        yield _line(node), "expected a list of merges"
        return
    for item in node.value:
        names, name = _names(item), None
        if isinstance(item, yaml.MappingNode):
            fields = {k.value: v for k, v in item.value if isinstance(k, yaml.ScalarNode)}
            names = _names(fields["names"]) if "names" in fields else None
            name = _text(fields["name"]) if "name" in fields else None
            if "name" in fields and name is None:
                yield _line(fields["name"]), "`name` must be a single name"
                continue
        if not names or len(names) < 2:
            yield _line(item), "expected a list of two or more names or ids (or `names:` with such a list)"
            continue
        yield Rule("merge", names, name, _line(item))


def _read_ignore(node: yaml.Node):
    items = node.value if isinstance(node, yaml.SequenceNode) else None
    if items is None:
        yield _line(node), "expected a list of names or ids"
        return
    for item in items:
        ref = _text(item)
        yield Rule("ignore", (ref,), None, _line(item)) if ref else (_line(item), "expected a name or an id")


def _mapping_reader(op: Operation, check):
    """A reader for ``{entity: value}`` sections; ``check`` returns an error or None."""

    def read(node: yaml.Node):
        if not isinstance(node, yaml.MappingNode):
            yield _line(node), "expected a mapping of entity: value"
            return
        for key, value in node.value:
            ref, text = _text(key), _text(value)
            if ref is None or text is None:
                yield _line(key), "expected entity: value, both single names or words"
                continue
            problem = check(text)
            yield (_line(value), problem) if problem else Rule(op, (ref,), text, _line(key))

    return read


def _check_type(value: str) -> str | None:
    return None if value in TYPES else f"unknown type {value!r} (expected {', '.join(TYPES)})"


def _check_wikidata(value: str) -> str | None:
    return None if WIKIDATA.fullmatch(value) else f"{value!r} is not a Wikidata id like Q23530"


_READERS = {
    "merge": _read_merge,
    "rename": _mapping_reader("rename", lambda value: None),
    "ignore": _read_ignore,
    "type": _mapping_reader("type", _check_type),
    "wikidata": _mapping_reader("wikidata", _check_wikidata),
}
