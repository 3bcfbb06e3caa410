"""Precomputed positions: linked actors close, nobody stacked, groups apart, same answer twice."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from actorgraph.graph.layout import EDGE_LENGTH, GAP, SMALL, positions


def laid_out(graph: nx.Graph, seed: int = 0) -> tuple[np.ndarray, np.ndarray, dict]:
    nodes = [str(n) for n in graph]
    spots = positions(nodes, [(str(u), str(v)) for u, v in graph.edges()], seed=seed)
    index = {n: i for i, n in enumerate(nodes)}
    points = np.array([spots[n] for n in nodes])
    pairs = np.array([(index[str(u)], index[str(v)]) for u, v in graph.edges()])
    return points, pairs, spots


def lengths(points: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    return np.linalg.norm(points[pairs[:, 0]] - points[pairs[:, 1]], axis=1)


@pytest.mark.parametrize("graph, ratio", [
    (nx.grid_2d_graph(40, 40), 5),
    (nx.random_labeled_tree(3000, seed=1), 5),
    (nx.karate_club_graph(), 1.5),  # small world: most pairs are two or three ties apart
], ids=["grid", "tree", "karate"])
def test_linked_actors_sit_much_closer_than_others(graph, ratio):
    points, pairs, _ = laid_out(graph)
    assert np.isfinite(points).all()
    link = np.median(lengths(points, pairs))
    assert link >= EDGE_LENGTH * 0.999
    rng = np.random.default_rng(0)
    a, b = rng.integers(len(points), size=(2, 2000))
    others = np.linalg.norm(points[a] - points[b], axis=1)
    assert np.median(others) > ratio * link


def test_a_grid_keeps_its_shape():
    # In a 40 x 40 lattice, lattice distance should show as distance on the page.
    graph = nx.grid_2d_graph(40, 40)
    points, _, spots = laid_out(graph)
    corners = [spots[str(c)] for c in [(0, 0), (0, 39), (39, 0), (39, 39)]]
    middle = np.array(spots[str((20, 20))])
    assert all(np.linalg.norm(np.array(c) - middle) > 15 * EDGE_LENGTH for c in corners)


def test_large_graphs_stack_no_two_actors_on_one_spot():
    graph = nx.barabasi_albert_graph(3000, 1, seed=2)  # many leaves on few hubs
    points, _, _ = laid_out(graph)
    from scipy.spatial import cKDTree

    nearest, _ = cKDTree(points).query(points, k=2)
    assert np.median(nearest[:, 1]) >= GAP * 0.999
    assert np.quantile(nearest[:, 1], 0.01) > 0.05 * GAP


def test_separate_groups_do_not_overlap():
    graph = nx.disjoint_union(nx.random_labeled_tree(400, seed=3), nx.random_labeled_tree(400, seed=4))
    points, _, _ = laid_out(graph)
    first, second = points[:400], points[400:]
    gap = np.linalg.norm(first.mean(axis=0) - second.mean(axis=0))
    spread = max(np.linalg.norm(first - first.mean(axis=0), axis=1).mean(), np.linalg.norm(second - second.mean(axis=0), axis=1).mean())
    assert gap > spread


@pytest.mark.parametrize("size", [SMALL // 2, SMALL * 4])
def test_same_input_same_positions(size):
    graph = nx.barabasi_albert_graph(size, 2, seed=5)
    assert laid_out(graph)[2] == laid_out(graph)[2]


def test_degenerate_inputs():
    assert positions([], []) == {}
    assert len(positions(["only"], [])) == 1
    spots = positions(["a", "b"], [("a", "b"), ("b", "a"), ("a", "a")])
    assert np.linalg.norm(np.subtract(spots["a"], spots["b"])) == pytest.approx(max(EDGE_LENGTH, GAP))
