"""The commands as a user runs them: exit codes, messages, and what the graph then holds."""

from __future__ import annotations

import json
from pathlib import Path

from actorgraph.ontology import POLARITY as TYPE_POLARITY
from tests.conftest import SEEDS

POLARITY = {t.value: p.value for t, p in TYPE_POLARITY.items()}


def stats_json(cli, db: Path) -> dict:
    result = cli("stats", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_build_seeds_gives_a_graph(seed_db, cli):
    counts = stats_json(cli, seed_db)
    assert counts["documents"] == 2
    assert counts["actors"] >= 5
    assert counts["relations"] >= 10
    assert sum(counts["by_type"].values()) == counts["relations"]


def test_building_twice_changes_nothing(tmp_path, cli):
    db = tmp_path / "graph"
    assert cli("build", SEEDS, "--db", db).exit_code == 0
    first = stats_json(cli, db)
    again = cli("build", SEEDS, "--db", db)
    assert again.exit_code == 0
    assert "0 added, 2 already in the graph" in again.stdout
    assert stats_json(cli, db) == first


def test_relations_of_a_seed_actor_have_evidence(seed_db, cli):
    result = cli("relations", "ecowas", "--format", "json", "--db", seed_db)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["actor"]["name"] == "ECOWAS" or "ECOWAS" in data["actor"]["name"]
    assert data["relations"]
    for row in data["relations"]:
        assert row["count"] >= 1
        assert row["evidence"] and row["source"] in {p.stem for p in SEEDS.glob("*.txt")}


def test_relations_csv_has_a_header_and_rows(seed_db, cli):
    result = cli("relations", "Niger", "--format", "csv", "--db", seed_db)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("direction,relation,other,polarity,count")
    assert len(lines) > 1


def test_relations_filtered_by_type(seed_db, cli):
    result = cli("relations", "Niger", "--type", "sanction", "--format", "json", "--db", seed_db)
    assert result.exit_code == 0, result.stderr
    assert {r["relation"] for r in json.loads(result.stdout)["relations"]} <= {"SANCTION"}


def test_unknown_relation_type_is_one_line(seed_db, cli):
    result = cli("relations", "Niger", "--type", "HUG", "--db", seed_db)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "unknown relation type 'HUG'" in result.stderr


def test_unknown_actor_suggests_closest_names(seed_db, cli):
    result = cli("relations", "Nigerr", "--db", seed_db)
    assert result.exit_code != 0
    assert result.stderr.startswith("error: no actor named 'Nigerr'; closest: ")
    assert "Niger" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_an_error(tmp_path, cli):
    result = cli("build", tmp_path / "nope.txt", "--db", tmp_path / "graph")
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_empty_folder_is_an_error(tmp_path, cli):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("build", empty, "--db", tmp_path / "graph")
    assert result.exit_code == 2
    assert "folder has no files to read" in result.stderr


def test_binary_and_non_utf8_files_are_skipped_with_a_warning(tmp_path, cli):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Nigeria imposed sanctions on Niger on Monday.\n")
    (folder / "latin1.txt").write_bytes("Le Niger a rompu avec la France \xe9t\xe9.".encode("latin-1"))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    db = tmp_path / "graph"
    result = cli("build", folder, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "latin1.txt: skipped, not UTF-8" in result.stderr
    assert "image.txt: skipped, it is a binary file" in result.stderr
    assert stats_json(cli, db)["documents"] == 1


def test_lookup_without_a_graph_says_how_to_build_one(tmp_path, cli):
    result = cli("relations", "Niger", "--db", tmp_path / "none")
    assert result.exit_code != 0
    assert "no graph at" in result.stderr and "actorgraph build" in result.stderr
    assert not (tmp_path / "none").exists()


def test_unusable_db_path_is_one_line(tmp_path, cli):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = cli("build", SEEDS, "--db", blocker / "graph")
    assert result.exit_code != 0
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert str(blocker) in result.stderr


def test_extract_jsonl_follows_the_spec(cli):
    """The fields ../shared/eval/SPEC.md asks for, with offsets that point at the sentence."""
    result = cli("extract", *sorted(SEEDS.glob("*.txt")), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["doc_id"] for r in records} == {p.stem for p in SEEDS.glob("*.txt")}
    for record in records:
        assert record["subject"]["name"] and record["object"]["name"]
        assert record["relation"]["type"] in POLARITY
        assert record["relation"]["polarity"] == POLARITY[record["relation"]["type"]]
        assert record["relation"]["text"]
        assert 0 < record["confidence"] <= 1
        text = (SEEDS / f"{record['doc_id']}.txt").read_text()
        evidence = record["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_unknown_actor_with_nothing_close_points_to_the_actor_list(seed_db, cli):
    result = cli("relations", "Zzqxv", "--db", seed_db)
    assert result.exit_code != 0
    assert result.stderr == "error: no actor named 'Zzqxv'; list actors with actorgraph query most_connected\n"


def test_relations_counted_within_a_date_range(tmp_path, cli):
    articles = tmp_path / "news.jsonl"
    articles.write_text(
        json.dumps({"id": "july", "date": "2023-07-04", "text": "Nigeria imposed sanctions on Niger."}) + "\n"
        + json.dumps({"id": "sept", "date": "2023-09-12", "text": "Nigeria imposed new sanctions on Niger."}) + "\n"
    )
    db = tmp_path / "graph"
    assert cli("build", articles, "--db", db).exit_code == 0

    def sanctions(*dates: str) -> list[dict]:
        result = cli("relations", "Nigeria", "--type", "SANCTION", "--format", "json", "--db", db, *dates)
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)["relations"]

    assert [(r["other"], r["count"]) for r in sanctions()] == [("Niger", 2)]
    autumn = sanctions("--since", "2023-08-01")
    assert [(r["other"], r["count"], r["first_seen"]) for r in autumn] == [("Niger", 1, "2023-09-12")]
    assert sanctions("--until", "2023-06-30") == []
    backwards = cli("relations", "Nigeria", "--since", "2023-09-01", "--until", "2023-08-01", "--db", db)
    assert backwards.exit_code == 2 and "is after --until" in backwards.stderr
