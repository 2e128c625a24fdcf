"""The one escaping point: every value from an article passes through :func:`escape_text`.

Article text is placed only inside block-level raw HTML, which Markdown leaves alone; on top
of HTML escaping, characters that carry Markdown or template meaning are written as numeric
character references, so even text that reached a Markdown context could not become a link,
heading, table, code span or Jinja expression.
"""

from __future__ import annotations

from markupsafe import Markup

_REFERENCES = {ord(char): f"&#{ord(char)};" for char in "&<>\"'`*_[]{}()#|~^\\!$"}
_REFERENCES[ord("\n")] = "<br>"  # keeps every paragraph on one line of the raw HTML block
_REFERENCES[ord("\r")] = ""


def escape_text(value: object) -> Markup:
    """Text → safe HTML text (also safe inside a double-quoted attribute)."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(str(value).translate(_REFERENCES))
