"""The entity co-occurrence graph: who is named together with whom, laid out at build time.

Nodes are the most widely mentioned entities (by articles), so the graph stays readable at
10,000 articles; an edge joins two of them for every article that names both. The layout is a
small Fruchterman-Reingold force simulation in plain Python, started from a fixed spiral, so
the same corpus always gives the same picture (no random seed, no numpy). networkx's
``spring_layout`` would do the same job but needs numpy, a large dependency for 40 nodes;
this one takes about 0.1 s (see bench/graph_layout.py).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from generator.corpus import Corpus

NODE_LIMIT = 40
EDGE_LIMIT = 120
ITERATIONS = 250
WIDTH, HEIGHT = 960.0, 640.0
MARGIN = 60.0


@dataclass(frozen=True)
class Node:
    id: str  # registry id
    name: str
    type: str
    articles: int
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    articles: int  # articles that name both


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]  # most widely mentioned first
    edges: tuple[Edge, ...]  # most shared articles first
    entities: int  # how many entities the dossier has in all


def cooccurrence_graph(corpus: Corpus, node_limit: int = NODE_LIMIT, edge_limit: int = EDGE_LIMIT) -> Graph:
    """The top entities, the strongest edges among them, and a deterministic layout."""
    ranked = sorted(corpus.entities.values(), key=lambda e: (-len(e.uses), -e.mentions, e.name.casefold(), e.id))
    top = ranked[:node_limit]
    chosen = {e.id for e in top}
    in_article: dict[str, list[str]] = {}
    for entity in top:
        for use in entity.uses:
            in_article.setdefault(use.slug, []).append(entity.id)
    weights: Counter[tuple[str, str]] = Counter()
    for ids in in_article.values():
        weights.update(combinations(sorted(set(ids) & chosen), 2))
    edges = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:edge_limit]
    positions = layout([e.id for e in top], [(a, b, w) for (a, b), w in edges])
    nodes = tuple(
        Node(e.id, e.name, e.type, len(e.uses), *positions[e.id]) for e in top
    )
    return Graph(nodes, tuple(Edge(a, b, w) for (a, b), w in edges), len(corpus.entities))


def layout(ids: list[str], edges: list[tuple[str, str, int]], iterations: int = ITERATIONS) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions inside the drawing, rounded so the SVG is byte-stable."""
    count = len(ids)
    if count == 0:
        return {}
    # A golden-angle spiral: spread out, deterministic, most mentioned in the middle.
    xs = [math.sqrt(i + 0.5) * math.cos(i * 2.39996) for i in range(count)]
    ys = [math.sqrt(i + 0.5) * math.sin(i * 2.39996) for i in range(count)]
    index = {node: i for i, node in enumerate(ids)}
    heaviest = max((w for _, _, w in edges), default=1)
    springs = [(index[a], index[b], 0.5 + w / heaviest) for a, b, w in edges]
    k = math.sqrt(1.0 / count) * 2.0  # the ideal distance in a unit area scaled by the spiral
    temperature = 1.0
    for _ in range(iterations):
        dx, dy = [0.0] * count, [0.0] * count
        for i in range(count):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, count):
                ddx, ddy = xi - xs[j], yi - ys[j]
                distance2 = ddx * ddx + ddy * ddy or 1e-9
                force = k * k / distance2  # repulsion k²/d, divided by d for the unit vector
                dx[i] += ddx * force
                dy[i] += ddy * force
                dx[j] -= ddx * force
                dy[j] -= ddy * force
        for i, j, weight in springs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            distance = math.sqrt(ddx * ddx + ddy * ddy) or 1e-9
            force = distance * weight / k  # attraction d²/k, divided by d
            dx[i] -= ddx * force
            dy[i] -= ddy * force
            dx[j] += ddx * force
            dy[j] += ddy * force
        for i in range(count):
            # A weak pull to the centre keeps unconnected nodes from drifting off.
            dx[i] -= xs[i] * 0.05
            dy[i] -= ys[i] * 0.05
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1e-9
            step = min(length, temperature)
            xs[i] += dx[i] / length * step
            ys[i] += dy[i] / length * step
        temperature = max(0.01, temperature * 0.97)
    return _fit(ids, xs, ys)


def _fit(ids: list[str], xs: list[float], ys: list[float]) -> dict[str, tuple[float, float]]:
    """Scale the layout into the drawing, keeping its proportions."""
    low_x, high_x, low_y, high_y = min(xs), max(xs), min(ys), max(ys)
    scale = min((WIDTH - 2 * MARGIN) / max(high_x - low_x, 1e-9), (HEIGHT - 2 * MARGIN) / max(high_y - low_y, 1e-9))
    mid_x, mid_y = (low_x + high_x) / 2, (low_y + high_y) / 2
    return {
        node: (round(WIDTH / 2 + (x - mid_x) * scale, 1), round(HEIGHT / 2 + (y - mid_y) * scale, 1))
        for node, x, y in zip(ids, xs, ys, strict=True)
    }
