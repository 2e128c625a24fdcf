"""The entity co-occurrence graph: who is named together with whom, laid out at build time.

Nodes are the most widely mentioned entities (by articles), so the graph stays readable at
10,000 articles; an edge joins two of them for every article that names both. The layout is a
small Fruchterman-Reingold force simulation in plain Python, started from a fixed spiral, so
the same corpus always gives the same picture (no random seed, no numpy). networkx's
``spring_layout`` would do the same job but needs numpy, a large dependency for 40 nodes;
this one takes about 0.1 s for 40 nodes (bench/claim_pairs.py prints it).
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
RADIUS = (5.0, 20.0)  # smallest and largest node
GAP = 4.0  # the least room between two circles


@dataclass(frozen=True)
class Node:
    id: str  # registry id
    name: str
    type: str
    articles: int
    x: float = 0.0
    y: float = 0.0
    r: float = RADIUS[0]


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
    most = max((len(e.uses) for e in top), default=1)
    radii = {e.id: radius(len(e.uses), most) for e in top}
    positions = layout([e.id for e in top], [(a, b, w) for (a, b), w in edges], radii)
    nodes = tuple(Node(e.id, e.name, e.type, len(e.uses), *positions[e.id], radii[e.id]) for e in top)
    return Graph(nodes, tuple(Edge(a, b, w) for (a, b), w in edges), len(corpus.entities))


def radius(articles: int, most: int) -> float:
    """A node's radius: its area grows with the articles that name it."""
    return round(RADIUS[0] + (RADIUS[1] - RADIUS[0]) * math.sqrt(articles / max(most, 1)), 1)


def layout(
    ids: list[str], edges: list[tuple[str, str, int]], radii: dict[str, float] | None = None,
    iterations: int = ITERATIONS,
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions inside the drawing, nodes kept apart, rounded so the SVG
    is byte-stable. Positions stay inside the frame, so a small unconnected group cannot drift
    away and squeeze the rest into a corner."""
    count = len(ids)
    if count == 0:
        return {}
    width, height = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
    k = 0.8 * math.sqrt(width * height / count)  # the ideal distance between two nodes
    # A golden-angle spiral: spread out, deterministic, most mentioned in the middle.
    step = min(width, height) / 2 / math.sqrt(count + 0.5)
    xs = [step * math.sqrt(i + 0.5) * math.cos(i * 2.39996) for i in range(count)]
    ys = [step * math.sqrt(i + 0.5) * math.sin(i * 2.39996) for i in range(count)]
    index = {node: i for i, node in enumerate(ids)}
    heaviest = max((w for _, _, w in edges), default=1)
    springs = [(index[a], index[b], 0.3 + w / heaviest) for a, b, w in edges]
    # Repulsion reaches a few ideal distances only (as in Fruchterman and Reingold's grid
    # variant) and a weak gravity holds every node to the centre, so an unconnected group sits
    # beside the rest instead of in a far corner.
    gravity = 0.05
    reach = (2.5 * k) ** 2
    for iteration in range(iterations):
        temperature = width / 8 * (1 - iteration / iterations) + 1
        dx, dy = [0.0] * count, [0.0] * count
        for i in range(count):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, count):
                ddx, ddy = xi - xs[j], yi - ys[j]
                distance2 = ddx * ddx + ddy * ddy or 1e-6
                if distance2 > reach:
                    continue  # repulsion is local, so gravity can bring a loose group close
                force = k * k / distance2  # repulsion k²/d, over d for the unit vector
                dx[i] += ddx * force
                dy[i] += ddy * force
                dx[j] -= ddx * force
                dy[j] -= ddy * force
        for i, j, weight in springs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            distance = math.sqrt(ddx * ddx + ddy * ddy) or 1e-6
            force = distance * weight / k  # attraction d²/k, over d
            dx[i] -= ddx * force
            dy[i] -= ddy * force
            dx[j] += ddx * force
            dy[j] += ddy * force
        for i in range(count):
            dx[i] -= xs[i] * gravity
            dy[i] -= ys[i] * gravity
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1e-6
            move = min(length, temperature)
            xs[i] = min(width / 2, max(-width / 2, xs[i] + dx[i] / length * move))
            ys[i] = min(height / 2, max(-height / 2, ys[i] + dy[i] / length * move))
    positions = _fit(ids, xs, ys)
    return _apart(ids, positions, radii or {})


def _apart(ids: list[str], positions: dict[str, tuple[float, float]], radii: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Push overlapping circles apart (a few passes), then round: no node hides another."""
    xs = [positions[n][0] for n in ids]
    ys = [positions[n][1] for n in ids]
    rs = [radii.get(n, RADIUS[0]) + GAP for n in ids]
    for _ in range(30):
        moved = False
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                ddx, ddy = xs[j] - xs[i], ys[j] - ys[i]
                distance = math.sqrt(ddx * ddx + ddy * ddy)
                need = rs[i] + rs[j]
                if distance < need:
                    if distance < 1e-6:
                        ddx, ddy, distance = 1.0, 0.0, 1.0
                    push = (need - distance) / 2
                    xs[i] -= ddx / distance * push
                    ys[i] -= ddy / distance * push
                    xs[j] += ddx / distance * push
                    ys[j] += ddy / distance * push
                    moved = True
        if not moved:
            break
    return {
        n: (round(min(WIDTH - MARGIN / 2, max(MARGIN / 2, x)), 1), round(min(HEIGHT - MARGIN / 2, max(MARGIN / 2, y)), 1))
        for n, x, y in zip(ids, xs, ys, strict=True)
    }


def _fit(ids: list[str], xs: list[float], ys: list[float]) -> dict[str, tuple[float, float]]:
    """Scale the layout to fill the drawing, keeping its proportions."""
    low_x, high_x, low_y, high_y = min(xs), max(xs), min(ys), max(ys)
    scale = min((WIDTH - 2 * MARGIN) / max(high_x - low_x, 1e-9), (HEIGHT - 2 * MARGIN) / max(high_y - low_y, 1e-9))
    mid_x, mid_y = (low_x + high_x) / 2, (low_y + high_y) / 2
    return {
        node: (WIDTH / 2 + (x - mid_x) * scale, HEIGHT / 2 + (y - mid_y) * scale)
        for node, x, y in zip(ids, xs, ys, strict=True)
    }
