"""The `kg` command line: every command on the real seed build, and its documented exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from graph.cli import main
from graph.gold import check_quarter, held_out_names, tuning_half

Captured = pytest.CaptureFixture[str]


def run(capsys: Captured, *argv: str) -> tuple[int, str, str]:
    """Run `kg` in-process; return its exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_names_the_exit_codes(capsys: Captured) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes" in out and all(c in out for c in ("build", "validate", "query", "stats", "serve", "eval"))


def test_query_text_as_csv(built_seeds: Path, capsys: Captured) -> None:
    query = "PREFIX kg: <https://w3id.org/conflict-kg/ontology#> SELECT ?c ?n WHERE { ?c kg:fatalities ?n } ORDER BY ?c"
    code, out, _ = run(capsys, "query", query, "--format", "csv", "--build-dir", str(built_seeds))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {"c", "n"} == set(rows[0])
    assert "15" in {r["n"] for r in rows}


def test_query_table_and_require_rows(built_seeds: Path, capsys: Captured) -> None:
    empty = "# a comment first\nSELECT ?s WHERE { ?s <urn:nothing> ?o }"
    code, out, _ = run(capsys, "query", empty, "--build-dir", str(built_seeds))
    assert code == 0 and "(0 rows)" in out
    code, _, _ = run(capsys, "query", empty, "--require-rows", "--build-dir", str(built_seeds))
    assert code == 1


def test_saved_query_by_name_with_a_param(built_seeds: Path, capsys: Captured) -> None:
    actor = "https://w3id.org/conflict-kg/resource/actor/islamic-state"
    code, out, _ = run(
        capsys, "query", "engagements-of-actor", "--param", f"actor={actor}", "--format", "json",
        "--build-dir", str(built_seeds),
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["results"]["bindings"], "Islamic State took part in engagements in the seeds"


def test_query_file_and_construct_as_turtle(built_seeds: Path, tmp_path: Path, capsys: Captured) -> None:
    rq = tmp_path / "labels.rq"
    rq.write_text("CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } "
                  "WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 3")  # fmt: skip
    code, out, _ = run(capsys, "query", str(rq), "--format", "ttl", "--build-dir", str(built_seeds))
    assert code == 0 and "rdfs:label" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["query", "SELECT ?s WHERE { ?s ?p }"], "error at 1:26"),  # the parser's line and column
        (["query", "no-such-saved-query"], "saved queries:"),
        (["query", "engagements-of-actor", "--param", "nope=1"], "nope"),
        (["query", "engagements-of-actor", "--param", "actor"], "NAME=VALUE"),
        (["query", "missing.rq"], "no such query file"),
        (["query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "read-only"),
    ],
)
def test_query_mistakes_exit_2_with_a_message(
    built_seeds: Path, capsys: Captured, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv, "--build-dir", str(built_seeds))
    assert code == 2 and message in err and "Traceback" not in err


def test_stats_and_validate(built_seeds: Path, capsys: Captured) -> None:
    code, out, _ = run(capsys, "stats", "--build-dir", str(built_seeds))
    assert code == 0 and "engagements" in out and "corpus seeds: 5 articles" in out
    code, out, _ = run(capsys, "stats", "--json", "--build-dir", str(built_seeds))
    assert json.loads(out)["counts"]["articles"] == 5
    code, out, _ = run(capsys, "validate", "--build-dir", str(built_seeds))
    assert code == 0 and "conforms" in out


def test_validate_reports_a_violation_with_exit_1(tmp_path: Path, capsys: Captured) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/conflict-kg/ontology#> .\n"
        "<https://w3id.org/conflict-kg/resource/claim/x> a kg:Claim .\n"  # no claimant, article or evidence
    )
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1 and "claim/x" in out


def test_commands_on_a_missing_build_exit_2(tmp_path: Path, capsys: Captured) -> None:
    for argv in (["stats"], ["serve"], ["query", "SELECT * WHERE { ?s ?p ?o }"], ["validate"]):
        code, _, err = run(capsys, *argv, "--build-dir", str(tmp_path / "none"))
        assert code == 2 and "kg build" in err, argv


def test_bad_reference_data_exits_2_and_keeps_the_previous_build(
    built_seeds: Path, tmp_path: Path, root: Path, capsys: Captured
) -> None:
    reference = tmp_path / "reference"
    shutil.copytree(root / "data" / "reference", reference)
    actors = reference / "actors.csv"
    actors.write_text(actors.read_text(encoding="utf-8").replace(",Q2429253,", ",Q2429253x,"), encoding="utf-8")
    out = tmp_path / "build"
    shutil.copytree(built_seeds, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    code, _, err = run(capsys, "build", "--corpus", str(root / "data" / "articles"), "--out", str(out),
                       "--reference", str(reference), "-q")  # fmt: skip
    assert code == 2 and "actors.csv" in err and "Q2429253x" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_eval_prints_the_table_and_gates_on_min_f1(root: Path, tmp_path: Path, capsys: Captured) -> None:
    gold = str(root / "tests" / "gold")
    code, out, _ = run(capsys, "eval", gold, "--part", "held-out")
    assert code == 0 and f"{len(held_out_names(Path(gold)))} gold articles (held-out)" in out
    metrics = {line.split("|")[1].strip() for line in out.splitlines() if line.startswith("| ") and "---" not in line}
    assert {"place links", "actor links", "engagements", "claimants", "fatality figures"} <= metrics
    code, _, _ = run(capsys, "eval", gold, "--part", "held-out", "--min-f1", "1.0")
    assert code == 1  # no rule set is perfect on unseen text
    code, _, err = run(capsys, "eval", str(tmp_path / "none"))
    assert code == 2 and "no such gold folder" in err


def test_eval_show_errors_lists_quarter_b1_misses_and_refuses_every_part_holding_unread_articles(
    root: Path, capsys: Captured
) -> None:
    gold = str(root / "tests" / "gold")
    code, out, _ = run(capsys, "eval", gold, "--part", "tuning-b1", "--show-errors")
    misses = [line for line in out.splitlines() if not line.startswith("|") and (" FN " in line or " FP " in line)]
    assert code == 0 and misses and all(line.startswith(("fa-kes/", "seeds/")) for line in misses)
    identifiers = {line.split()[0].split("/")[1] for line in misses}
    assert all(tuning_half(i) == "b" and check_quarter(i) == "b1" for i in identifiers)
    held = set((root / "tests" / "gold" / "held-out.txt").read_text(encoding="utf-8").split())
    assert not any(f"fa-kes-{i}.json" in held for i in identifiers)
    # "tuning" and "tuning-b" hold the check quarter b2, whose errors stay unread
    for part in ("held-out", "all", "tuning", "tuning-b", "tuning-b2"):
        code, out, err = run(capsys, "eval", gold, "--part", part, "--show-errors")
        assert code == 2 and "readable articles only" in err and " FN " not in out


EVERY_ENGAGEMENT_DATED = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/conflict-kg/ontology#> .
<urn:example:dated> a sh:NodeShape ; sh:targetClass kg:Engagement ;
    sh:property [ sh:path kg:earliestDate ; sh:minCount 1 ; sh:message "an engagement needs a date" ] .
"""


@pytest.mark.parametrize("workers", ["1", "2"])  # one validation in this process, or split across processes
def test_violations_exit_1_name_the_article_and_keep_the_previous_build(
    built_seeds: Path, tmp_path: Path, root: Path, capsys: Captured, workers: str
) -> None:
    shapes = tmp_path / "dated.ttl"
    shapes.write_text(EVERY_ENGAGEMENT_DATED)  # the seeds have no publication date, so no engagement is dated
    out = tmp_path / "build"
    shutil.copytree(built_seeds, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    code, _, err = run(capsys, "build", "--corpus", str(root / "data" / "articles"), "--out", str(out),
                       "--shapes", str(shapes), "--workers", workers, "-q")  # fmt: skip
    assert code == 1 and "untouched" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    report = (tmp_path / "build.failed" / "validation.txt").read_text()
    assert "an engagement needs a date" in report and "001_87e8781bc3b71854" in report
    assert sorted(p.name for p in (tmp_path / "build.failed").iterdir()) == ["validation.ttl", "validation.txt"]
    assert not (tmp_path / "build.staging").exists()


def test_an_unreadable_shapes_file_exits_2(tmp_path: Path, root: Path, capsys: Captured) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    code, _, err = run(capsys, "build", "--corpus", str(root / "data" / "articles"), "--out", str(tmp_path / "o"),
                       "--shapes", str(bad), "-q")  # fmt: skip
    assert code == 2 and "bad.ttl" in err and not (tmp_path / "o").exists()
    code, _, err = run(capsys, "validate", "--shapes", str(bad), str(bad))
    assert code == 2


def test_eval_shows_the_errors_of_tuning_half_a_and_refuses_half_b(root: Path, capsys: Captured) -> None:
    gold = str(root / "tests" / "gold")
    code, out, _ = run(capsys, "eval", gold, "--part", "tuning-a", "--show-errors")
    misses = [line for line in out.splitlines() if not line.startswith("|") and (" FN " in line or " FP " in line)]
    assert code == 0 and misses and all(tuning_half(line.split()[0].split("/")[1]) == "a" for line in misses)
    code, out, err = run(capsys, "eval", gold, "--part", "tuning-b", "--show-errors")
    assert code == 2 and "tuning-b2, and so tuning-b and tuning, are scored, never inspected" in err
    assert " FN " not in out


def test_eval_by_type_breaks_the_tuning_engagements_down_and_refuses_the_held_out_part(
    root: Path, capsys: Captured
) -> None:
    gold = str(root / "tests" / "gold")
    code, out, _ = run(capsys, "eval", gold, "--part", "tuning", "--by-type")
    tables = out.split("| ACLED event type |")
    assert code == 0 and len(tables) == 2
    metrics = {line.split("|")[1].strip(): line for line in tables[0].splitlines() if line.startswith("| ")}
    types = [line for line in tables[1].splitlines() if line.startswith("| ") and "---" not in line]
    assert {line.split("|")[1].strip() for line in types} >= {"Battles", "Explosions/Remote violence"}
    total = [int(metrics["engagements"].split("|")[k]) for k in (2, 3, 4)]
    assert [sum(int(line.split("|")[k]) for line in types) for k in (2, 3, 4)] == total  # the rows add up
    for part in ("held-out", "all"):
        code, out, err = run(capsys, "eval", gold, "--part", part, "--by-type")
        assert code == 2 and "tuning part only" in err and "ACLED event type" not in out
