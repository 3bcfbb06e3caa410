"""Node positions computed before a map opens, fast enough for 20,000 actors.

A force-directed layout (Fruchterman–Reingold forces) in numpy and scipy,
both BSD-licensed. The usual ways were measured too slow or ruled out:
networkx's ``spring_layout`` takes about 49 s for 5,000 nodes (every pair
repels every other, O(n²) per step), rustworkx's spring layout 5.4 s, and
igraph, fast at 0.4 s, is GPL while actorgraph is MIT. Two ideas make this
one fast:

- it starts from pivot MDS (Brandes & Pich 2006): graph distances from a
  few dozen pivot actors, projected to the plane, already give the overall
  shape, so few force steps are needed;
- repulsion from all actors is read off a grid: actor density is convolved
  with the 1/r force kernel by FFT (as FIt-SNE does for t-SNE), and only
  actors closer than one grid cell repel each other directly.

Each step costs O(n + grid² log grid), so 5,000 actors take about half a
second. Separate groups of actors start side by side and a weak pull to
the centre keeps them together. Small graphs, where O(n²) costs nothing,
get networkx's ``spring_layout``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

SMALL = 200
"""Graphs up to this size get networkx's exact spring layout (about 0.1 s)."""
ITERATIONS = 50
PIVOTS = 40
EDGE_LENGTH = 120.0
"""Typical length of an edge in the page's coordinates (pixels at zoom 1)."""
GAP = 70.0
"""Least typical distance from an actor to its nearest neighbour, so dense graphs spread out."""
GRAVITY = 0.05


def positions(nodes: Sequence[str], links: Iterable[tuple[str, str]], seed: int = 0) -> dict[str, tuple[float, float]]:
    """Plane positions for ``nodes``, with linked nodes near each other.

    Deterministic for a given ``seed``; the median link is about
    :data:`EDGE_LENGTH` long (longer when actors would otherwise crowd).

    >>> spots = positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> sorted(spots) == ["a", "b", "c"]
    True
    """
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array(
        sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in links if u != v}), dtype=np.int64
    ).reshape(-1, 2)
    if len(nodes) <= SMALL:
        import networkx as nx

        graph = nx.Graph(pairs.tolist())
        graph.add_nodes_from(range(len(nodes)))
        spots = nx.spring_layout(graph, seed=seed)
        placed = np.array([spots[i] for i in range(len(nodes))])
    else:
        rng = np.random.default_rng(seed)
        start, groups = _initial(len(nodes), pairs, rng)
        placed = _packed(_forces(start, pairs, groups), groups)
    placed = _scaled(placed, pairs)
    return {node: (float(placed[i, 0]), float(placed[i, 1])) for node, i in index.items()}


def _adjacency(size: int, pairs: np.ndarray):
    from scipy.sparse import coo_array

    both = (np.concatenate([pairs[:, 0], pairs[:, 1]]), np.concatenate([pairs[:, 1], pairs[:, 0]]))
    return coo_array((np.ones(2 * len(pairs)), both), shape=(size, size)).tocsr()


def _initial(size: int, pairs: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Each connected group laid out by pivot MDS, groups placed on a spiral, largest in the middle.

    Unit length: an edge is about 1 long, a group of n actors about √n wide.
    Also returns each node's group number.
    """
    from scipy.sparse.csgraph import connected_components

    adjacency = _adjacency(size, pairs)
    count, labels = connected_components(adjacency, directed=False)
    groups = sorted((np.flatnonzero(labels == g) for g in range(count)), key=len, reverse=True)
    placed = np.zeros((size, 2))
    filled = 0.0
    for number, members in enumerate(groups):
        radius = np.sqrt(len(members))
        shape = _pivot_mds(adjacency[members][:, members], rng) if len(members) > 2 else rng.normal(size=(len(members), 2))
        shape -= shape.mean(axis=0)
        spread = np.sqrt((shape**2).sum(axis=1)).mean()
        shape *= 0.5 * radius / spread if spread > 0 else 0.0
        # Spiral with equal area per turn (the golden angle), each group past the ones placed.
        distance = np.sqrt(filled) + (radius if number else 0.0)
        angle = number * 2.399963
        placed[members] = shape + distance * np.array([np.cos(angle), np.sin(angle)])
        filled += (2 * radius + 1) ** 2 / np.pi
    return placed + rng.normal(scale=0.05, size=placed.shape), labels


def _pivot_mds(adjacency, rng: np.random.Generator) -> np.ndarray:
    """Positions from graph distances to a few far-apart pivots (Brandes & Pich's pivot MDS)."""
    from scipy.sparse.csgraph import shortest_path

    size = adjacency.shape[0]
    count = min(PIVOTS, size)
    distances = np.empty((count, size))
    nearest = np.full(size, np.inf)
    pivot = int(rng.integers(size))
    for k in range(count):
        distances[k] = shortest_path(adjacency, indices=pivot, unweighted=True, directed=False)
        nearest = np.minimum(nearest, distances[k])
        pivot = int(np.argmax(nearest))
    squared = distances.T**2
    centred = -0.5 * (squared - squared.mean(axis=0) - squared.mean(axis=1)[:, None] + squared.mean())
    # The top two right singular vectors, from the small pivots × pivots matrix (einsum rather
    # than BLAS: threaded OpenBLAS took 0.2 s for this product on a busy two-core machine).
    _, vectors = np.linalg.eigh(np.einsum("ij,ik->jk", centred, centred))
    return centred @ vectors[:, -2:]


def _kernel(cells: int) -> tuple[np.ndarray, np.ndarray]:
    """Fourier transforms of the x and y repulsion felt at each grid offset (force 1/r, away from the source)."""
    from scipy import fft

    offsets = np.arange(-cells, cells)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    squared = (dx**2 + dy**2).astype(float)
    squared[cells, cells] = np.inf
    return (
        fft.rfft2(np.fft.ifftshift(dx / squared)),
        fft.rfft2(np.fft.ifftshift(dy / squared)),
    )


def _forces(placed: np.ndarray, pairs: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Fruchterman–Reingold steps with unit ideal length: attraction d², repulsion 1/d, cooling step.

    Gravity pulls each connected group by its centre, moving it as a whole
    without squeezing it; it only keeps groups from drifting off while
    their shapes form (:func:`_packed` then places them).
    """
    from scipy import fft
    from scipy.ndimage import map_coordinates
    from scipy.spatial import cKDTree

    size = len(placed)
    if size < 2:
        return placed
    placed = placed.copy()
    cells = int(np.clip(1.5 * np.sqrt(size), 16, 192))
    kernel_x, kernel_y = _kernel(cells)
    step = 0.1 * np.sqrt(size) + 1.0
    cooling = 0.01 ** (1 / ITERATIONS)
    source, target = pairs[:, 0], pairs[:, 1]
    group_sizes = np.bincount(groups).astype(float)
    group_count = len(group_sizes)
    for _ in range(ITERATIONS):
        low = placed.min(axis=0)
        cell = max(float((placed.max(axis=0) - low).max()) / (cells - 2), 1e-9)
        grid = (placed - low) / cell + 0.5
        at = grid.astype(np.int64)
        density = np.bincount(at[:, 0] * 2 * cells + at[:, 1], minlength=4 * cells * cells).reshape(2 * cells, 2 * cells)
        spectrum = fft.rfft2(density.astype(float))
        field_x = fft.irfft2(spectrum * kernel_x, s=density.shape)[:cells, :cells]
        field_y = fft.irfft2(spectrum * kernel_y, s=density.shape)[:cells, :cells]
        where = [grid[:, 0] - 0.5, grid[:, 1] - 0.5]
        force = np.column_stack(
            [map_coordinates(field_x, where, order=1, mode="nearest"), map_coordinates(field_y, where, order=1, mode="nearest")]
        ) / cell
        close = cKDTree(placed).query_pairs(cell, output_type="ndarray")
        if len(close):
            apart = placed[close[:, 0]] - placed[close[:, 1]]
            push = apart / np.maximum((apart**2).sum(axis=1), 1e-4)[:, None]
            force += _summed(size, close[:, 0], push) - _summed(size, close[:, 1], push)
        if len(pairs):
            apart = placed[source] - placed[target]
            pull = apart * np.sqrt((apart**2).sum(axis=1))[:, None]
            force += _summed(size, target, pull) - _summed(size, source, pull)
        centres = _summed(group_count, groups, placed) / group_sizes[:, None]
        force -= GRAVITY * centres[groups]
        length = np.sqrt((force**2).sum(axis=1)) + 1e-12
        placed += force * (np.minimum(length, step) / length)[:, None]
        step *= cooling
    return placed


def _packed(placed: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Groups moved into rows by size, largest first, their boxes one unit apart: no overlap, no wasted ring."""
    counts = np.bincount(groups)
    members = np.split(np.argsort(groups, kind="stable"), np.cumsum(counts)[:-1])
    members = [members[g] for g in np.argsort(-counts, kind="stable")]
    low = np.array([placed[m].min(axis=0) for m in members])
    size = np.array([placed[m].max(axis=0) for m in members]) - low + 1.0
    width = max(float(size[0, 0]), float(np.sqrt((size[:, 0] * size[:, 1]).sum())))
    packed = placed.copy()
    x = y = row_height = 0.0
    for m, corner, (w, h) in zip(members, low, size):
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        packed[m] += np.array([x, y]) - corner
        x += w
        row_height = max(row_height, h)
    return packed


def _summed(size: int, at: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Per-node sums of vectors (np.add.at, but by bincount, which is much faster)."""
    return np.column_stack(
        [np.bincount(at, weights=vectors[:, 0], minlength=size), np.bincount(at, weights=vectors[:, 1], minlength=size)]
    )


def _scaled(placed: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Scaled so the median link is :data:`EDGE_LENGTH` long, or more if actors would crowd closer than :data:`GAP`."""
    from scipy.spatial import cKDTree

    placed = placed - placed.mean(axis=0)
    factors = []
    if len(pairs):
        factors.append(EDGE_LENGTH / _positive(np.median(np.sqrt(((placed[pairs[:, 0]] - placed[pairs[:, 1]]) ** 2).sum(axis=1)))))
    if len(placed) > 1:
        nearest = cKDTree(placed).query(placed, k=2)[0][:, 1]
        factors.append(GAP / _positive(np.median(nearest)))
    return placed * max(factors, default=1.0)


def _positive(length: float) -> float:
    return float(length) if length > 1e-9 else 1.0
