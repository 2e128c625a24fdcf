"""The one escaping point: every value from an article passes through :func:`escape_text`.

Article text is placed only inside block-level raw HTML, which Markdown leaves alone; on top
of HTML escaping, characters that carry Markdown or template meaning are written as numeric
character references, so even text that reached a Markdown context could not become a link,
heading, table, code span or Jinja expression.

A URL from an article (front matter ``url``, a page's canonical link) is the one value that
may become a link target; :func:`link_target` admits only absolute http(s) URLs, because
escaping cannot make ``javascript:`` harmless: a browser decodes character references in
an attribute before it reads the scheme.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup

_REFERENCES = {ord(char): f"&#{ord(char)};" for char in "&<>\"'`*_[]{}()#|~^\\!$"}
# Python-Markdown rewrites some characters anywhere in its input, raw HTML included: tabs
# become spaces and STX/ETX are deleted. As references, every control character survives.
_REFERENCES.update({code: f"&#{code};" for code in range(32)})
_REFERENCES[ord("\n")] = "<br>"  # keeps every paragraph on one line of the raw HTML block
_REFERENCES[ord("\r")] = ""
_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _REFERENCES))) + "]")
_LINK_SCHEMES = ("http", "https")


def escaped(value: object) -> str:
    """Text → safe HTML text (also safe inside a double-quoted attribute); Markup, made by
    the templates' own helpers, passes unchanged. This is the environment's ``finalize``."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    text = str(value)
    # Most values (counts, slugs, names) need nothing: one regex scan instead of translate.
    return _SPECIAL.sub(lambda match: _REFERENCES[ord(match.group())], text) if _SPECIAL.search(text) else text


def escape_text(value: object) -> Markup:
    """:func:`escaped` as Markup, for code that composes HTML around article text."""
    return Markup(escaped(value))


def link_target(value: object) -> Markup:
    """An article's URL as an escaped ``href`` value, or empty Markup when it must not be a
    link (any scheme but http/https, control characters or white space inside, no host)."""
    if value is None or isinstance(value, Markup):
        return Markup("")
    url = str(value).strip()
    if not url or any(ord(c) < 33 or ord(c) == 127 for c in url):
        return Markup("")
    try:
        parts = urlsplit(url)
    except ValueError:
        return Markup("")
    if parts.scheme.lower() not in _LINK_SCHEMES or not parts.netloc:
        return Markup("")
    return escape_text(url)
