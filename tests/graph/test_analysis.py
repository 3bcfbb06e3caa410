"""Blocs, balance, centrality and focusing on small signed graphs with known answers."""

from __future__ import annotations

import itertools
from datetime import date

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actorgraph.graph.analysis import (
    EXACT_LIMIT,
    centrality,
    ego_edges,
    filter_edges,
    find_blocs,
    focus,
    frustration,
    signed_graph,
)
from actorgraph.ontology import ActorKind, Polarity, RelationType
from actorgraph.records import Actor, Edge

ALLY, HOSTILE, MEMBER = RelationType.ALLY_OF, RelationType.THREATEN, RelationType.MEMBER_OF


def actor(name: str) -> Actor:
    return Actor(name, name.title(), ActorKind.STATE)


def edge(subject: str, kind: RelationType, obj: str, count: int = 1, confidence: float = 1.0,
         first: date | None = None, last: date | None = None) -> Edge:
    return Edge(actor(subject), kind, actor(obj), count, first, last or first, confidence)


def sides(result) -> set[frozenset[str]]:
    return {frozenset(a.id for a in bloc.members) for bloc in result.blocs}


def from_graph(graph: nx.Graph, sign) -> list[Edge]:
    """Edges of a networkx graph, cooperative where ``sign(u, v)`` is true, hostile elsewhere."""
    return [edge(str(u), ALLY if sign(u, v) else HOSTILE, str(v)) for u, v in graph.edges()]


def test_two_hostile_cliques_are_two_rival_blocs():
    left, right = ["a", "b", "c", "d"], ["w", "x", "y", "z"]
    edges = [edge(u, ALLY, v) for group in (left, right) for u, v in itertools.combinations(group, 2)]
    edges += [edge(u, HOSTILE, v) for u in left for v in right]
    result = find_blocs(edges)
    assert sides(result) == {frozenset(left), frozenset(right)}
    assert result.frustration == 0 and result.balance == 1.0
    assert [bloc.rivals for bloc in result.blocs] == [(2,), (1,)]


def test_the_enemy_of_my_enemy_is_my_friend():
    # A hostile path a - b - c - d alternates sides.
    result = find_blocs([edge("a", HOSTILE, "b"), edge("c", HOSTILE, "b"), edge("c", HOSTILE, "d")])
    assert sides(result) == {frozenset("ac"), frozenset("bd")}
    assert result.balance == 1.0


def test_karate_club_split_is_recovered_from_signs():
    # Zachary's karate club (34 members, above the exact limit): ties inside a
    # faction cooperative, ties across it hostile. The graph is balanced, so
    # the split found must be the factions, exactly.
    graph = nx.karate_club_graph()
    club = nx.get_node_attributes(graph, "club")
    assert len(graph) > EXACT_LIMIT
    result = find_blocs(from_graph(graph, lambda u, v: club[u] == club[v]))
    factions = {frozenset(str(n) for n in graph if club[n] == name) for name in set(club.values())}
    assert sides(result) == factions
    assert result.frustration == 0


def test_karate_club_with_noise_keeps_the_factions():
    graph = nx.karate_club_graph()
    club = nx.get_node_attributes(graph, "club")
    flipped = {(0, 1), (32, 33), (2, 8), (0, 31)}  # four ties with the "wrong" sign
    edges = from_graph(graph, lambda u, v: (club[u] == club[v]) != ((u, v) in flipped))
    result = find_blocs(edges)
    factions = {frozenset(str(n) for n in graph if club[n] == name) for name in set(club.values())}
    assert sides(result) == factions
    assert result.frustration == len(flipped)
    assert result.balance == pytest.approx(1 - len(flipped) / graph.number_of_edges())


def test_all_hostile_triangle_frustrates_its_weakest_tie():
    # No split of three mutual enemies is balanced: the best leaves the
    # weakest hostility (weight 0.5) inside a bloc.
    result = find_blocs([edge("a", HOSTILE, "b", 2), edge("b", HOSTILE, "c", 3), edge("a", HOSTILE, "c", 1, 0.5)])
    assert sides(result) == {frozenset("ac"), frozenset("b")}
    assert result.frustration == 0.5
    assert result.balance == pytest.approx(1 - 0.5 / 5.5)


def test_weight_is_count_times_confidence():
    # a and b both cooperate and clash; the clash weighs more, so they split.
    edges = [edge("a", RelationType.COOPERATE, "b", 3, 0.5), edge("b", RelationType.SANCTION, "a", 2, 1.0)]
    assert sides(find_blocs(edges)) == {frozenset("a"), frozenset("b")}
    edges = [edge("a", RelationType.COOPERATE, "b", 3, 0.9), edge("b", RelationType.SANCTION, "a", 2, 1.0)]
    assert sides(find_blocs(edges)) == {frozenset("ab")}


def test_structural_relations_carry_no_sign():
    edges = [edge("a", HOSTILE, "b"), edge("b", MEMBER, "a"), edge("c", RelationType.LEADER_OF, "a")]
    result = find_blocs(edges)
    assert sides(result) == {frozenset("a"), frozenset("b")}
    assert [a.id for a in result.unaligned] == ["c"]
    assert "c" not in signed_graph(edges)


def test_separate_conflicts_give_separate_blocs_largest_first():
    edges = [edge("a", HOSTILE, "b"), edge("c", ALLY, "b"), edge("x", HOSTILE, "y")]
    result = find_blocs(edges)
    assert [sorted(a.id for a in bloc.members) for bloc in result.blocs] == [["b", "c"], ["a"], ["x"], ["y"]]
    assert [bloc.rivals for bloc in result.blocs] == [(2,), (1,), (4,), (3,)]
    assert result.membership() == {"b": 1, "c": 1, "a": 2, "x": 3, "y": 4}


def test_bloc_members_are_ordered_by_centrality():
    edges = [edge("hub", ALLY, leaf) for leaf in "pqr"] + [edge("p", ALLY, "q")]
    (bloc,) = find_blocs(edges).blocs
    assert bloc.members[0].id == "hub"
    assert bloc.name == "Hub, P, Q, …"


def test_no_signed_relations_means_no_blocs_and_full_balance():
    result = find_blocs([edge("a", MEMBER, "b")])
    assert result.blocs == () and result.balance == 1.0
    assert {a.id for a in result.unaligned} == {"a", "b"}


signed_edges = st.lists(
    st.tuples(
        st.integers(0, 24), st.sampled_from([ALLY, HOSTILE, RelationType.AID, RelationType.ACCUSE]),
        st.integers(0, 24), st.integers(1, 4),
    ),
    min_size=1, max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(signed_edges)
def test_reported_frustration_matches_the_blocs_and_no_single_move_helps(raw):
    edges = [edge(f"n{u}", kind, f"n{v}", count) for u, kind, v, count in raw]
    result = find_blocs(edges)
    graph = signed_graph(edges)
    side = result.membership()
    assert set(side) == set(graph)
    assert result.frustration == pytest.approx(frustration(graph, side))
    assert 0.0 <= result.balance <= 1.0
    # Within one connected part there are only two sides, so moving any single
    # actor to the other side of its part never lowers frustration.
    for part in nx.connected_components(graph):
        numbers = sorted({side[n] for n in part})
        for node in part:
            if len(numbers) == 1:
                continue
            moved = dict(side)
            moved[node] = numbers[1] if side[node] == numbers[0] else numbers[0]
            assert frustration(graph, moved) >= result.frustration - 1e-9


def test_centrality_counts_weight_in_both_directions():
    edges = [edge("a", ALLY, "b", 2), edge("c", HOSTILE, "a", 2, 0.5), edge("a", MEMBER, "d", 1)]
    assert centrality(edges) == {"a": 1.0, "b": 0.5, "c": 0.25, "d": 0.25}
    assert centrality([]) == {}


def test_filters_by_type_polarity_count_and_dates():
    july, august = date(2023, 7, 30), date(2023, 8, 7)
    edges = [
        edge("a", HOSTILE, "b", 3, first=july, last=august),
        edge("a", ALLY, "c", 1, first=july),
        edge("b", MEMBER, "c", 2, first=august),
        edge("c", RelationType.AID, "d", 5),
    ]
    pick = lambda **kw: [(e.subject.id, e.object.id) for e in filter_edges(edges, **kw)]  # noqa: E731
    assert pick(types={HOSTILE, MEMBER}) == [("a", "b"), ("b", "c")]
    assert pick(polarities={Polarity.COOPERATIVE}) == [("a", "c"), ("c", "d")]
    assert pick(min_count=2) == [("a", "b"), ("b", "c"), ("c", "d")]
    assert pick(since=date(2023, 8, 1)) == [("a", "b"), ("b", "c")]
    assert pick(until=date(2023, 7, 31)) == [("a", "b"), ("a", "c")]
    assert pick(since=date(2023, 8, 1), until=date(2023, 8, 1)) == [("a", "b")]


def test_ego_network_by_depth():
    edges = [edge("a", ALLY, "b"), edge("c", HOSTILE, "b"), edge("c", ALLY, "d"), edge("x", ALLY, "y")]
    assert {(e.subject.id, e.object.id) for e in ego_edges(edges, "b", 1)} == {("a", "b"), ("c", "b")}
    assert len(ego_edges(edges, "b", 2)) == 3
    assert ego_edges(edges, "nobody", 2) == []


def test_max_nodes_keeps_the_most_central_and_names_the_cut():
    edges = [edge("hub", ALLY, f"s{i}", count=10 - i) for i in range(6)] + [edge("s0", HOSTILE, "s1")]
    result = focus(edges, max_nodes=3)
    assert [a.id for a in result.actors] == ["hub", "s0", "s1"]
    assert [a.id for a in result.cut] == ["s2", "s3", "s4", "s5"]
    assert {(e.subject.id, e.object.id) for e in result.edges} == {("hub", "s0"), ("hub", "s1"), ("s0", "s1")}


def test_focus_keeps_the_chosen_actor_even_when_it_is_not_central():
    edges = [edge("hub", ALLY, f"s{i}", count=5) for i in range(5)] + [edge("s0", HOSTILE, "edge", 1)]
    result = focus(edges, around="edge", depth=2, max_nodes=2)
    assert [a.id for a in result.actors] == ["edge", "s0"]
    assert [(e.subject.id, e.object.id) for e in result.edges] == [("s0", "edge")]
    assert [a.id for a in result.cut] == ["hub"]


# The two seed articles as a reader annotates them (types as the evaluation spec
# defines them, one entry per relation a sentence states), to check that the
# method finds the camps a reader sees when the relations are read right.
SEED_RELATIONS = [
    ("USA", "REQUEST", "NER_JUNTA"),    # direct contact with military leaders urging them to step aside
    ("USA", "CONSULT", "NER_JUNTA"),    # American diplomats have been speaking with Nigerien military figures
    ("USA", "CONSULT", "BAZOUM"),       # they "remain in touch with" the democratically elected president
    ("NER_JUNTA", "COERCE", "BAZOUM"),  # placed Bazoum and his family under house arrest
    ("ECOWAS", "SANCTION", "NER_JUNTA"),  # announced sanctions against Niger
    ("ECOWAS", "THREATEN", "NER_JUNTA"),  # threatened to use force if the coup leaders don't reinstate Bazoum
    ("GIN", "SUPPORT", "NER_JUNTA"),    # a statement expressing support for Niger's junta
    ("GIN", "REQUEST", "ECOWAS"),       # urging ECOWAS to "come to its senses"
    ("MLI", "ACCUSE", "ECOWAS"), ("BFA", "ACCUSE", "ECOWAS"),      # denouncing the ECOWAS sanctions
    ("MLI", "REJECT", "ECOWAS"), ("BFA", "REJECT", "ECOWAS"),      # refusing to apply them
    ("MLI", "THREATEN", "ECOWAS"), ("BFA", "THREATEN", "ECOWAS"),  # intervention = declaration of war
    ("NGA", "MOBILIZE", "NER_JUNTA"), ("BEN", "MOBILIZE", "NER_JUNTA"),  # willing to send troops into Niger
    ("CIV", "MOBILIZE", "NER_JUNTA"), ("SEN", "MOBILIZE", "NER_JUNTA"),
    ("NGA", "MEMBER_OF", "ECOWAS"), ("BEN", "MEMBER_OF", "ECOWAS"),
    ("PRIGOZHIN", "SUPPORT", "NER_JUNTA"),  # appeared to endorse the coup and offer his fighters
    ("PRIGOZHIN", "LEADER_OF", "WAGNER"),
    ("NER_JUNTA", "REQUEST", "WAGNER"),     # traveled abroad to seek assistance from Wagner
    ("MLI", "COERCE", "FRA"), ("BFA", "COERCE", "FRA"),  # ousted the French military
    ("MLI", "COOPERATE", "WAGNER"), ("BFA", "COOPERATE", "WAGNER"),  # instead enlisted the help of Wagner
    ("MLI", "ALLY_OF", "RUS"), ("BFA", "ALLY_OF", "RUS"),  # coup leaders shifted toward Russia
    ("WAGNER", "MEMBER_OF", "RUS"),
    ("BAZOUM", "ALLY_OF", "FRA"), ("BAZOUM", "ALLY_OF", "USA"),  # to anxious French and American allies
    ("USA", "SUPPORT", "ECOWAS"),       # Washington also wanted to show support for the West African governments
    ("USA", "SANCTION", "NER_JUNTA"),   # the U.S. has freezed its funding
    ("NGA", "THREATEN", "NER_JUNTA"),   # eleven West African countries, led by Nigeria, have threatened to use force
    ("MLI", "SUPPORT", "NER_JUNTA"), ("BFA", "SUPPORT", "NER_JUNTA"),  # have vowed to defend Niger
    ("USA", "SUPPORT", "NGA"),          # Blinken issued statements of general support for the Nigerian-led idea
    ("USA", "CONSULT", "NGA"),          # Finer flew to Abuja to meet Tinubu
    ("NER_JUNTA", "SANCTION", "FRA"),   # terminated military cooperation agreements with France
]


def test_seed_relations_as_a_reader_reads_them_give_the_readers_camps():
    edges = [edge(s, RelationType(t), o) for s, t, o in SEED_RELATIONS]
    result = find_blocs(edges)
    camps = {frozenset(a.id for a in bloc.members) for bloc in result.blocs}
    junta = {"NER_JUNTA", "MLI", "BFA", "GIN", "WAGNER", "PRIGOZHIN", "RUS"}
    others = {"ECOWAS", "NGA", "USA", "FRA", "BAZOUM", "BEN", "CIV", "SEN"}
    assert camps == {frozenset(junta), frozenset(others)}
    assert [bloc.rivals for bloc in result.blocs] == [(2,), (1,)]
    # Talking with the junta and asking Wagner for help (both read as they are written) are what
    # keeps the split from being perfectly balanced.
    assert 0.85 < result.balance < 1.0
