"""Fixtures shared by every test folder: the seed articles and a graph built from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def cli():
    """Run the CLI in-process like a user would: cli(*args) -> result with exit_code, stdout, stderr."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, cli) -> Path:
    """An embedded graph built from seeds/ once per test session (read-only for tests)."""
    db = tmp_path_factory.mktemp("seed-graph") / "graph"
    result = cli("build", SEEDS, "--db", db)
    assert result.exit_code == 0, result.stderr
    return db
