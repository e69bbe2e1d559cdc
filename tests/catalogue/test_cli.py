"""The ``dichtbij`` command line, run as an editor or a script would."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from catalogue.cli import main


@pytest.fixture
def env(cli_env):
    return cli_env


def run(env, *args, input=None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def test_seed_search_and_reindex(env):
    seeded = run(env, "seed-demo")
    assert seeded.exit_code == 0, seeded.output
    assert "Demo catalogue loaded:" in seeded.output
    again = run(env, "seed-demo", "--if-empty")
    assert "already has activities" in again.output

    found = run(env, "search", "puberteit", "--municipality", "zutphen", "--age", "14", "--json")
    assert found.exit_code == 0, found.output
    payload = json.loads(found.output)
    assert payload["total"] >= 1
    assert all(r["min_age"] <= 14 <= r["max_age"] for r in payload["results"])
    assert {r["municipality"] for r in payload["results"]} <= {"zutphen", "utrecht", "amersfoort"}

    rebuilt = run(env, "reindex")
    assert rebuilt.exit_code == 0 and "Search index rebuilt:" in rebuilt.output
    assert json.loads(run(env, "search", "puberteit", "--municipality", "zutphen", "--age", "14", "--json").output) == payload


def test_search_by_postcode(env):
    run(env, "seed-demo")
    result = run(env, "search", "--postcode", "7207", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["total"] > 0
    unknown = run(env, "search", "--postcode", "1011")
    assert unknown.exit_code != 0 and "postcode 1011 is not in the catalogue" in unknown.output


def test_bad_input_exits_non_zero_with_one_line(env):
    run(env, "db", "upgrade")
    result = run(env, "search", "x", "--municipality", "atlantis")
    assert result.exit_code != 0
    assert "unknown municipality 'atlantis'" in result.output
    missing = run(env, "import", "/nonexistent/feed.json")
    assert missing.exit_code != 0 and "no such file" in missing.output


def test_create_editor_reads_the_password_from_stdin(env):
    run(env, "seed-demo")
    created = run(env, "create-editor", "--email", "redactie@zutphen.nl", "--municipality", "zutphen",
                  input="een heel lang wachtwoord\n")
    assert created.exit_code == 0, created.output
    assert "een heel lang wachtwoord" not in created.output
    duplicate = run(env, "create-editor", "--email", "redactie@zutphen.nl", "--municipality", "zutphen",
                    input="een heel lang wachtwoord\n")
    assert duplicate.exit_code != 0 and "bestaat al een account" in duplicate.output
    short = run(env, "create-editor", "--email", "b@zutphen.nl", "--municipality", "zutphen", input="kort\n")
    assert short.exit_code != 0 and "minstens 12 tekens" in short.output


def test_bad_environment_is_reported(env):
    result = run({**env, "DICHTBIJ_ENV": "staging"}, "db", "upgrade")
    assert result.exit_code != 0 and "DICHTBIJ_ENV must be one of" in result.output


def test_callbacks_command_lists_open_requests(env):
    run(env, "seed-demo")
    result = run(env, "callbacks")
    assert result.exit_code == 0 and "0 open callback request(s)" in result.output
