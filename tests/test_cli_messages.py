"""`kg` as a newcomer meets it: a query file with parameters, and mistakes answered with what to write instead."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from graph.cli import main

Captured = pytest.CaptureFixture[str]

HEADED_QUERY = """#+ title: Articles of a corpus
#+ description: The articles of one corpus.
#+ tags: [articles]
#+ params:
#+   corpus: {type: string, required: true, example: seeds}
PREFIX kg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?article ?corpus WHERE { ?article a kg:Article ; kg:corpus ?c . BIND(STR(?c) AS ?s) FILTER(?s = ?corpus) }
"""


def run(capsys: Captured, *argv: str) -> tuple[int, str, str]:
    """Run `kg` in-process; return its exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_query_file_with_a_params_header_takes_param(built_seeds: Path, tmp_path: Path, capsys: Captured) -> None:
    rq = tmp_path / "My Articles.rq"  # a researcher's own file: its name need not follow the saved queries' rule
    rq.write_text(HEADED_QUERY)
    argv = ["query", str(rq), "--format", "csv", "--build-dir", str(built_seeds)]
    code, out, err = run(capsys, *argv, "--param", "corpus=seeds")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and {r["corpus"] for r in rows} == {"seeds"}
    code, out, _ = run(capsys, *argv, "--param", "corpus=nothing-of-ours")
    assert code == 0 and out.strip() == "article,corpus"


def test_param_on_a_file_without_a_header_says_what_it_needs(
    built_seeds: Path, tmp_path: Path, capsys: Captured
) -> None:
    rq = tmp_path / "plain.rq"
    rq.write_text("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    code, _, err = run(capsys, "query", str(rq), "--param", "x=1", "--build-dir", str(built_seeds))
    assert code == 2 and "plain.rq" in err and "#+" in err and "Writing a saved query" in err


def test_a_parameter_the_file_does_not_declare_is_named(built_seeds: Path, tmp_path: Path, capsys: Captured) -> None:
    rq = tmp_path / "headed.rq"
    rq.write_text(HEADED_QUERY)
    code, _, err = run(capsys, "query", str(rq), "--param", "corpse=seeds", "--build-dir", str(built_seeds))
    assert code == 2 and "headed.rq" in err and "query 'headed' has no such parameter" in err and "corpus" in err


def test_a_format_that_does_not_fit_lists_the_ones_that_do(built_seeds: Path, capsys: Captured) -> None:
    code, _, err = run(capsys, "query", "who-fought-whom", "--format", "ttl", "--build-dir", str(built_seeds))
    assert code == 2 and "use one of: table, json, csv, tsv, xml" in err
    query = "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"
    code, _, err = run(capsys, "query", query, "--format", "csv", "--build-dir", str(built_seeds))
    assert code == 2 and "use one of: table, xml, ttl, nt, jsonld, rdfxml" in err


def test_a_build_date_not_in_iso_form_is_named(tmp_path: Path, capsys: Captured) -> None:
    with pytest.raises(SystemExit) as done:
        main(["build", "--date", "2017-1-1", "--out", str(tmp_path / "out")])
    assert done.value.code == 2
    assert "'2017-1-1' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_build_progress_counts_one_in_the_singular(tmp_path: Path, capsys: Captured) -> None:
    corpus = tmp_path / "mine"
    corpus.mkdir()
    text = (
        "Air strikes kill 12 civilians in Idlib\nAir strikes by Syrian government forces killed 12 civilians in the "
        "town of Maarat al-Numan in Idlib province on Tuesday, the Syrian Observatory for Human Rights said.\n"
    )
    for name in ("a1", "a2"):  # two reports of one dated strike: one merges into the other
        (corpus / f"{name}.txt").write_text(text)
        (corpus / f"{name}.json").write_text('{"date": "2017-03-14", "publisher": "Test Wire"}')
    code, _, err = run(capsys, "build", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1")
    assert code == 0
    assert "; 1 engagement merged into others" in err and "validating articles in 1 process\n" in err


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("r.jsonl", '{"id": "a", "text": "Shelling.", "date": "14/03/2017"}\n', "r.jsonl#line=1: key 'date': date"),
        ("r.jsonl", '\n{"id": "a", "text": "Shelling.", "url": "no url"}\n', "r.jsonl#line=2: key 'url': 'no url'"),
        ("r.jsonl", '{"id": "a", "text": " "}\n', "r.jsonl#line=1: empty article (key 'text' is empty)"),
        ("r.jsonl", '{"id": "", "text": "Shelling."}\n', "r.jsonl#line=1: no identifier (key 'id' is empty)"),
        ("r.jsonl", '{"id": "a", "text": "Shelling.",}\n', "r.jsonl#line=1: not valid JSON: Expecting property name"),
        ("r.csv", "id,text,date\na,Shelling.,14/03/2017\n", "r.csv#row=1: column 'date': date '14/03/2017' is not"),
        ("r.csv", "id,text\na,\n", "r.csv#row=1: empty article (column 'text' is empty)"),
    ],
)
def test_a_bad_record_names_a_key_in_json_lines_and_a_column_in_csv(
    tmp_path: Path, capsys: Captured, name: str, content: str, said: str
) -> None:
    corpus = tmp_path / name
    corpus.write_text(content)
    code, _, err = run(capsys, "build", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1")
    assert code == 2 and f"{corpus.parent}/{said}" in err, err
    words = err.replace(str(tmp_path), "")  # the test's name, in tmp_path, holds both words
    assert ("column" not in words) if name.endswith(".jsonl") else ("key" not in words)
