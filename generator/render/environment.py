"""The Jinja2 environment: templates from render/templates, every value escaped on output."""

from __future__ import annotations

import json
from functools import cache

import jinja2
from markupsafe import Markup

from generator.render.escape import escape_text, escaped, link_target


def _yaml_string(value: object) -> Markup:
    """A front-matter scalar. MkDocs and Material print ``title`` and ``description`` into
    <title>, <meta> and the header without escaping, so the value is HTML-escaped here first;
    a JSON string is valid YAML and cannot open a YAML structure."""
    return Markup(json.dumps(str(escape_text(value)), ensure_ascii=False))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.render", "templates"),
        autoescape=False,  # escaping is done once, by finalize, for every {{ value }}
        finalize=escaped,
        keep_trailing_newline=True,
        trim_blocks=False,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["yaml_string"] = _yaml_string
    env.filters["link_target"] = link_target  # the only way an article URL becomes an href
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
