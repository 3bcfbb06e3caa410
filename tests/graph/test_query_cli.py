"""`query`, `cypher` and `copy` as a user runs them, and stores that cannot be opened."""

from __future__ import annotations

import json
import shutil

import pytest

from actorgraph.errors import StoreError
from actorgraph.graph.ladybug_store import DB_FILE, LadybugStore
from actorgraph.graph.neo4j_store import Neo4jStore, check_server_version
from tests.graph import sample
from tests.graph.bolt_server import free_port


@pytest.fixture
def embedded_graph(tmp_path):
    """An embedded graph folder holding the sample articles, closed (as after `build`)."""
    path = tmp_path / "graph"
    with LadybugStore(path, create=True) as store:
        store.write(sample.batches())
    return path


@pytest.fixture
def bolt_env(bolt, monkeypatch):
    """The Bolt server's credentials in the environment, as a user would set them; its database empty."""
    monkeypatch.setenv("NEO4J_USERNAME", bolt.user)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt.password)
    if bolt.database:
        monkeypatch.setenv("NEO4J_DATABASE", bolt.database)
    else:
        monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    with bolt.open() as store:
        store._in_transaction(lambda run: run("MATCH (n) DETACH DELETE n", {}))
    return bolt


def test_query_lists_saved_queries_with_examples(cli):
    result = cli("query", "--format", "json")
    assert result.exit_code == 0, result.stderr
    listed = {row["query"]: row for row in json.loads(result.stdout)}
    assert set(listed) == {"actor_relations", "edge_articles", "hostile_relations", "most_connected", "shortest_chain", "sides_with"}
    assert listed["hostile_relations"]["example"] == "--param since=2023-07-01 --param until=2023-12-31"


def test_query_runs_a_saved_query_with_params(cli, embedded_graph):
    result = cli("query", "hostile_relations", "--param", "since=2023-08-01", "--param", "until=2023-08-31", "--format", "json", "--db", embedded_graph)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["date"], r["relation"], r["object"]) for r in rows] == [
        ("2023-08-07", "THREATEN", sample.JUNTA.name), ("2023-08-07", "ACCUSE", sample.FRANCE.name)
    ]


def test_query_csv_joins_lists(cli, embedded_graph):
    result = cli("query", "shortest_chain", "-p", "actor=BFA", "-p", "other=FRA", "--format", "csv", "--db", embedded_graph)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "actors,relations,hops",
        "Burkina Faso | Mali | Niger junta (CNSP) | France,ALLY_OF | SUPPORT | ACCUSE,3",
    ]


def test_query_on_bolt_gives_what_it_gives_embedded(cli, embedded_graph, bolt_env):
    copied = cli("copy", "--from", embedded_graph, "--to", bolt_env.uri, "--batch-size", "2")
    assert copied.exit_code == 0, copied.stderr
    assert copied.stdout.strip() == (
        f"4 articles copied from {embedded_graph} to {bolt_env.uri} (7 actors and 7 relations added); 0 already there"
    )
    args = ("query", "most_connected", "--param", "limit=3", "--format", "json")
    on_bolt = cli(*args, "--db", bolt_env.uri)
    assert on_bolt.exit_code == 0, on_bolt.stderr
    assert json.loads(on_bolt.stdout) == json.loads(cli(*args, "--db", embedded_graph).stdout)
    assert json.loads(on_bolt.stdout)[0] == {"actor": sample.JUNTA.name, "kind": "MILITARY", "partners": 5, "mentions": 6}
    again = cli("copy", "--from", embedded_graph, "--to", bolt_env.uri)
    assert again.stdout.startswith("0 articles copied") and again.stdout.strip().endswith("4 already there")


def test_query_errors_are_one_line(cli, embedded_graph):
    missing = cli("query", "actor_relations", "--db", embedded_graph)
    assert missing.exit_code == 2
    assert missing.stderr == "error: query actor_relations needs --param actor=VALUE (e.g. actor=ECOWAS)\n"
    unknown = cli("query", "who_is_who", "--db", embedded_graph)
    assert unknown.exit_code == 2 and unknown.stderr.startswith("error: no saved query named 'who_is_who'; choose one of")
    malformed = cli("query", "most_connected", "--param", "limit", "--db", embedded_graph)
    assert malformed.stderr == "error: --param needs KEY=VALUE, not 'limit'\n"


def test_cypher_reads_and_refuses_writes(cli, embedded_graph, bolt_env):
    cli("copy", "--from", embedded_graph, "--to", bolt_env.uri)
    for db in (embedded_graph, bolt_env.uri):
        read = cli("cypher", "MATCH (a:Actor {id: $id}) RETURN a.name AS name", "-p", "id=MLI", "--format", "csv", "--db", db)
        assert (read.exit_code, read.stdout) == (0, "name\nMali\n"), read.stderr
        write = cli("cypher", "MATCH (a:Actor {id: 'MLI'}) DETACH DELETE a", "--db", db)
        assert write.exit_code == 2
        assert write.stderr == "error: this query writes to the graph; queries run read-only (nothing was changed)\n"
        assert cli("cypher", "MATCH (a:Actor {id: 'MLI'}) RETURN count(a) AS n", "-f", "csv", "--db", db).stdout == "n\n1\n"


def test_copy_to_the_same_store_is_refused(cli, embedded_graph):
    result = cli("copy", "--from", embedded_graph, "--to", f"{embedded_graph}/")
    assert result.exit_code == 2 and "are the same store" in result.stderr


# Stores that cannot be opened


def test_missing_embedded_graph_says_to_build_first(cli, tmp_path):
    result = cli("query", "most_connected", "-p", "limit=3", "--db", tmp_path / "nothing")
    assert result.exit_code == 1
    assert result.stderr == f"error: no graph at {tmp_path / 'nothing'}; run `actorgraph build FILES --db {tmp_path / 'nothing'}` first\n"
    assert not (tmp_path / "nothing").exists()


def test_file_where_the_graph_folder_should_be(tmp_path):
    path = tmp_path / "graph"
    path.write_text("not a folder")
    with pytest.raises(StoreError, match=r"is a file, not a folder: give --db a folder \(actorgraph keeps graph.lbug in it\)"):
        LadybugStore(path, create=True)
    with pytest.raises(StoreError, match="cannot create the graph folder"):
        LadybugStore(path / "inside", create=True)


def test_embedded_graph_is_whole_in_its_main_file_after_close(embedded_graph, tmp_path):
    """Closing checkpoints: a copy of graph.lbug alone (no .wal) holds every write."""
    backup = tmp_path / "backup"
    backup.mkdir()
    shutil.copy(embedded_graph / DB_FILE, backup / DB_FILE)
    with LadybugStore(backup, create=False) as store:
        assert (store.stats().documents, store.stats().relations) == (4, 7)


def test_wrong_password_is_refused_without_showing_it(bolt):
    with pytest.raises(StoreError) as refused:
        Neo4jStore.from_uri(bolt.uri, user=bolt.user, password="not-the-password", database=bolt.database)
    assert str(refused.value) == (
        f"Neo4j at {bolt.uri} refused the credentials of user {bolt.user!r}: check NEO4J_USERNAME and NEO4J_PASSWORD"
    )


def test_credentials_in_the_uri_are_used_and_never_shown(bolt):
    scheme, rest = bolt.uri.split("://")
    with Neo4jStore.from_uri(f"{scheme}://{bolt.user}:{bolt.password}@{rest}", database=bolt.database) as store:
        assert store.location == bolt.uri
    with pytest.raises(StoreError) as refused:
        Neo4jStore.from_uri(f"{scheme}://{bolt.user}:wrong-secret@{rest}", database=bolt.database)
    assert "wrong-secret" not in str(refused.value)


def test_unreachable_server_says_how_to_start_one(cli, monkeypatch):
    uri = f"bolt://127.0.0.1:{free_port()}"
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever")
    result = cli("query", "most_connected", "-p", "limit=3", "--db", uri)
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: cannot reach Neo4j at {uri} while connecting: start it with `docker compose up -d` "
        "or set NEO4J_URI to a running server; then run the same command again\n"
    )


def test_missing_database_is_named(bolt):
    with pytest.raises(StoreError, match=r"has no database 'no_such_db': set NEO4J_DATABASE to an existing one"):
        Neo4jStore.from_uri(bolt.uri, user=bolt.user, password=bolt.password, database="no_such_db")


@pytest.mark.parametrize(("agent", "refused"), [("Neo4j/4.4.26", True), ("Neo4j/3.5.0", True), ("Neo4j/5.26.0", False), ("Neo4j/2025.01.0", False)])
def test_servers_older_than_neo4j_5_are_refused(agent, refused):
    if refused:
        with pytest.raises(StoreError, match=r"runs Neo4j \d\.\d+; actorgraph needs Neo4j 5 or later"):
            check_server_version(agent, "bolt://db:7687")
    else:
        check_server_version(agent, "bolt://db:7687")


def test_seed_graph_reads_the_same_on_bolt_as_embedded(cli, seed_db, bolt_env):
    """The seeds built by `build`, copied to the server: every reading command prints the same."""
    copied = cli("copy", "--from", seed_db, "--to", bolt_env.uri)
    assert copied.exit_code == 0, copied.stderr
    for args in (("stats", "--format", "json"), ("relations", "ECOWAS", "--format", "json"), ("query", "most_connected", "-p", "limit=20", "-f", "json")):
        embedded = cli(*args, "--db", seed_db)
        on_bolt = cli(*args, "--db", bolt_env.uri)
        assert embedded.exit_code == on_bolt.exit_code == 0, on_bolt.stderr
        assert json.loads(on_bolt.stdout) == json.loads(embedded.stdout), args
