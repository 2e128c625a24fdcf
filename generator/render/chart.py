"""A bar chart drawn as inline SVG at build time: no script, no CDN, readable without JS.

Two series on one scale: dates mentioned (bars) and articles published (a line with dots).
Colours come from the stylesheet (classes, Material's variables), so the chart follows the
light and dark scheme. Every bar links to its rows and has a tooltip, through a row of plain
HTML links laid over the bars.
Labels are dates and counts made here, and still pass through the one escaping point.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.render.escape import escape_text

WIDTH = 760
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 22, 26  # margins: y labels, the legend, the x labels
MAX_LABELS = 8


@dataclass(frozen=True)
class Bin:
    label: str  # "2025-03-13", "2025-03" or "2025"
    events: int
    published: int
    href: str | None = None  # relative link to the rows of this bin
    anchor: str = ""


def bar_chart(bins: list[Bin], caption: str, height: int = 190) -> Markup:
    """The chart as an <svg> block (empty Markup when there is nothing to draw)."""
    if not bins:
        return Markup("")
    top = max(max(b.events for b in bins), max(b.published for b in bins), 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, height - TOP - BOTTOM
    step = plot_w / len(bins)
    gap = min(2.0, step * 0.2)
    parts = [
        (f'<svg class="dossier-chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape_text(caption)}" '
         'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'),
        f"<title>{escape_text(caption)}</title>",
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}"/>',
        f'<text class="tick" x="{LEFT - 4}" y="{TOP + 4}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{LEFT - 4}" y="{TOP + plot_h}" text-anchor="end">0</text>',
        f'<line class="grid" x1="{LEFT}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}"/>',
    ]
    links = []
    for i, b in enumerate(bins):
        x = LEFT + i * step
        tip = escape_text(f"{b.label}: {b.events} date{'s' if b.events != 1 else ''} mentioned, "
                          f"{b.published} article{'s' if b.published != 1 else ''} published")
        if b.events:
            bar_h = max(plot_h * b.events / top, 1.5)
            parts.append(f'<rect class="ev" x="{x + gap / 2:.1f}" y="{TOP + plot_h - bar_h:.1f}" '
                         f'width="{max(step - gap, 0.8):.1f}" height="{bar_h:.1f}"/>')
        if b.href is not None:
            target = escape_text(b.href + (f"#{b.anchor}" if b.anchor else ""))
            links.append(f'<a href="{target}" title="{tip}" aria-label="{tip}"></a>')
        else:
            links.append(f'<span title="{tip}"></span>')
    points = [(LEFT + (i + 0.5) * step, TOP + plot_h - plot_h * b.published / top) for i, b in enumerate(bins)]
    if any(b.published for b in bins):
        parts.append('<polyline class="pub" points="' + " ".join(f"{px:.1f},{py:.1f}" for px, py in points) + '"/>')
        if len(bins) <= 120:
            parts += [f'<circle class="pub" cx="{px:.1f}" cy="{py:.1f}" r="2.2"/>' for (px, py), b in zip(points, bins, strict=True) if b.published]
    for i in _label_positions(len(bins)):
        parts.append(
            f'<text class="tick" x="{LEFT + (i + 0.5) * step:.1f}" y="{height - 8}" text-anchor="middle">{escape_text(bins[i].label)}</text>'
        )
    parts.append(
        f'<rect class="ev" x="{WIDTH - RIGHT - 300}" y="6" width="10" height="10"/>'
        f'<text class="legend" x="{WIDTH - RIGHT - 286}" y="15">dates mentioned</text>'
        f'<line class="pub" x1="{WIDTH - RIGHT - 150}" y1="11" x2="{WIDTH - RIGHT - 136}" y2="11"/>'
        f'<text class="legend" x="{WIDTH - RIGHT - 130}" y="15">articles published</text>'
    )
    parts.append("</svg>")
    # Links as HTML over the bars: Material's instant navigation rewrites every link's href,
    # which an SVG <a> does not allow.
    box = (f'left:{100 * LEFT / WIDTH:.2f}%;right:{100 * RIGHT / WIDTH:.2f}%;'
           f'top:{100 * TOP / height:.2f}%;bottom:{100 * BOTTOM / height:.2f}%')
    overlay = f'<div class="dossier-chart-links" style="{box}">{"".join(links)}</div>'
    return Markup(f'<div class="dossier-chart-frame">{"".join(parts)}{overlay}</div>')


def _label_positions(count: int) -> list[int]:
    """Every n-th bin, so at most MAX_LABELS labels that never overlap; the last one too when
    it stands clear of the one before."""
    every = -(-count // MAX_LABELS)
    picked = list(range(0, count, every))
    if count - 1 - picked[-1] >= every * 0.8:
        picked.append(count - 1)
    return picked
