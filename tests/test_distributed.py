"""Extraction beyond one process: a local process pool and a Dask cluster started by the test
(worker processes on loopback) give the same triples as extraction in this process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from distributed import Client, LocalCluster, get_task_stream

from actorgraph.executors import DaskExecutor, InProcess, ProcessPool
from actorgraph.jsonl import triple_to_json
from actorgraph.pipeline import extract
from tests.articles import write_articles
from tests.conftest import SEEDS

ARTICLES = 10


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = write_articles(tmp_path_factory.mktemp("news") / "articles", ARTICLES)
    for seed in SEEDS.glob("*.txt"):
        (folder / f"z-{seed.name}").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0") as running:
        yield running


@pytest.fixture(scope="module")
def in_process(articles) -> list[str]:
    return lines(extract([articles], executor=InProcess(batch_size=4)))


def lines(triples) -> list[str]:
    return [json.dumps(triple_to_json(t), sort_keys=True, default=str) for t in triples]


def test_a_dask_cluster_gives_the_same_triples_as_this_process(articles, cluster, in_process):
    # One article per task: consecutive articles land on different workers.
    executor = DaskExecutor(batch_size=1, scheduler=cluster.scheduler_address)
    with Client(cluster.scheduler_address) as watcher, get_task_stream(watcher) as tasks:
        try:
            distributed = lines(extract([articles], executor=executor))
        finally:
            executor.close()
    assert len(in_process) > 20
    assert distributed == in_process
    assert len({task["worker"] for task in tasks.data}) == 2, "both workers extracted"


def test_a_local_process_pool_gives_the_same_triples(articles, in_process):
    executor = ProcessPool(batch_size=3, processes=2)
    try:
        assert lines(extract([articles], executor=executor)) == in_process
    finally:
        executor.close()


def test_build_on_a_dask_scheduler_gives_the_same_graph(articles, cluster, cli, tmp_path):
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert cli("build", articles, "--db", local).exit_code == 0
    result = cli("build", articles, "--db", remote, "--executor", "dask", "--scheduler", cluster.scheduler_address, "--batch-size", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{ARTICLES + 2} articles read: {ARTICLES + 2} added")
    assert stats(cli, remote) == stats(cli, local)


def test_build_with_dask_and_no_scheduler_starts_a_local_cluster(articles, cli, tmp_path):
    result = cli("build", SEEDS, "--db", tmp_path / "graph", "--executor", "dask", "--n-process", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("2 articles read: 2 added")


def test_a_scheduler_without_dask_is_one_line(cli, tmp_path):
    result = cli("build", SEEDS, "--db", tmp_path / "graph", "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2
    assert result.stderr == "error: --scheduler goes with --executor dask\n"


def stats(cli, db: Path) -> dict:
    result = cli("stats", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)
