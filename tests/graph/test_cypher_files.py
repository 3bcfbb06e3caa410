"""The files in cypher/ as Neo4j Browser users and the stores read them."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from actorgraph.graph import queries
from actorgraph.ontology import ActorKind, Polarity, RelationType

POLARITY_COLOURS = {Polarity.COOPERATIVE: "#2a9d4b", Polarity.HOSTILE: "#d1342f", Polarity.STRUCTURAL: "#8c8c8c"}


def grass_rules() -> dict[str, dict[str, str]]:
    text = re.sub(r"/\*.*?\*/", "", files("actorgraph.cypher").joinpath("style.grass").read_text(), flags=re.S)
    rules = {}
    for selector, body in re.findall(r"^([\w.]+) \{\n(.*?)^\}", text, flags=re.S | re.M):
        rules[selector] = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
    return rules


def test_browser_style_colours_every_relation_type_by_polarity():
    rules = grass_rules()
    for kind in RelationType:
        assert rules[f"relationship.{kind.value}"]["color"] == POLARITY_COLOURS[kind.polarity], kind


def test_browser_style_colours_actors_by_kind_label():
    rules = grass_rules()
    colours = {rules[f"node.{kind.label}"]["color"] for kind in ActorKind}
    assert len(colours) == len(ActorKind)
    assert rules["node.Actor"]["caption"] == '"{name}"'


def test_embedded_schema_declares_one_edge_table_per_relation_type():
    declared = {s.split("IF NOT EXISTS")[1].split("(")[0].strip() for s in queries.statements("schema", "ladybug") if "REL TABLE" in s}
    assert declared == {t.value for t in RelationType} | {"SUBJECT", "OBJECT", "REPORTED_IN", "NAMES"}


def test_saved_queries_paste_into_browser_as_they_are():
    for name in queries.saved_names():
        text = queries.source(f"saved/{name}", "neo4j")
        lines = text.splitlines()
        assert lines[0].startswith("// ") and not lines[1].startswith("//"), f"{name}: one comment line first"
        documented = {line.split()[1] for line in lines if line.startswith(":param ")}
        assert documented == set(queries.saved(name, "neo4j").params), name


def test_embedded_variants_sit_beside_the_neo4j_files():
    assert queries.query("saved/shortest_chain", "ladybug") != queries.query("saved/shortest_chain", "neo4j")
    assert "SHORTEST" in queries.query("saved/shortest_chain", "ladybug")
    assert queries.query("saved/hostile_relations", "ladybug") == queries.query("saved/hostile_relations", "neo4j")


def test_labels_and_types_enter_queries_only_from_the_ontology():
    text = queries.query("write/edges", "neo4j")
    assert "MERGE (s)-[r:THREATEN]->(o)" in queries.render(text, relation_type=RelationType.THREATEN)
    with pytest.raises(ValueError, match="not a label or relationship type"):
        queries.render(text, relation_type="THREATEN]->(o) DETACH DELETE s //")
    with pytest.raises(ValueError, match="unfilled placeholder __RELATION_TYPE__"):
        queries.render(text)
