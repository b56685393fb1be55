"""Agreement between two annotators (`kg agree`): a second annotation scored against the first by the gold metrics."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from graph.agreement import agreement, as_extraction
from graph.cli import main
from graph.evaluation_cli import _ScorerView
from graph.gold import evidence_problems, load_gold
from loaders.gazetteer import Gazetteer

GOLD_DIR = Path(__file__).parent / "gold"
Captured = pytest.CaptureFixture[str]
GAZETTEER = Gazetteer.load()

STRIKE = "Jets struck Palmyra killing 4 fighters of the Islamic State group"
FIRST: dict[str, object] = {
    "corpus": "test",
    "identifier": "b1",
    "annotator": "first",
    "places": [
        {"text": "Palmyra", "key": "place/palmyra-421197935", "qid": "Q5747"},
        {"text": "the Hama road", "key": None, "qid": None},
    ],
    "actors": [
        {"text": "Islamic State group", "key": "actor/islamic-state", "qid": "Q2429253"},
        {"text": "Russia", "key": None, "qid": "Q159"},
    ],
    "engagements": [
        {
            "id": "e1",
            "type": "air-strike",
            "acled_event_type": "Explosions/Remote violence",
            "places": ["place/palmyra-421197935"],
            "attackers": ["Q159"],
            "targets": ["actor/islamic-state"],
            "evidence": STRIKE,
        }
    ],
    "claims": [{"claimant": "publisher", "evidence": STRIKE, "about": "e1", "fatalities": 4, "wounded": 2}],
}


def second(**changes: object) -> dict[str, object]:
    """The first annotation as another annotator might have written it; changes replace top-level fields."""
    doc = copy.deepcopy(FIRST)
    doc["annotator"] = "second"
    doc.update(changes)
    return doc


def folder(path: Path, *docs: dict[str, object]) -> Path:
    """A gold folder holding the given annotations."""
    path.mkdir(parents=True)
    for doc in docs:
        (path / f"{doc['corpus']}-{doc['identifier']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return path


def counts(tmp_path: Path, other: dict[str, object]) -> dict[str, tuple[int, int, int]]:
    """(TP, FP, FN) per metric of the other annotation against FIRST."""
    a = load_gold(folder(tmp_path / "a", FIRST))
    b = load_gold(folder(tmp_path / "b", other))
    report = agreement(a, b, _ScorerView(GAZETTEER)).report
    return {m: (c.tp, c.fp, c.fn) for m, c in report.counts.items()}


def test_an_identical_annotation_agrees_everywhere(tmp_path: Path) -> None:
    got = counts(tmp_path, second())
    assert got == {
        "place links": (2, 0, 0),
        "actor links": (2, 0, 0),
        "engagements": (1, 0, 0),
        "claimants": (1, 0, 0),
        "fatality figures": (1, 0, 0),
        "wounded figures": (1, 0, 0),
    }


def test_the_whole_gold_set_agrees_with_itself() -> None:
    # Every kind of entry the annotators wrote (local places, QID-only actors, ranges) must survive the conversion.
    golds = load_gold(GOLD_DIR)
    report = agreement(golds, golds, _ScorerView(GAZETTEER)).report
    assert report.articles == len(golds)
    assert {m: (c.fp, c.fn) for m, c in report.counts.items() if (c.fp, c.fn) != (0, 0)} == {}


def test_disagreements_count_on_the_metric_they_touch(tmp_path: Path) -> None:
    other = second(
        places=[{"text": "Palmyra", "key": "place/palmyra-421197935", "qid": "Q5747"}],
        claims=[{"claimant": "publisher", "evidence": STRIKE, "about": "e1", "fatalities": 4, "fatalities_max": 5}],
    )
    other["engagements"][0].update(type="armed-clash", acled_event_type="Battles")  # type: ignore[index]
    got = counts(tmp_path, other)
    assert got["place links"] == (1, 0, 1)  # the road left out
    assert got["actor links"] == (2, 0, 0)
    assert got["engagements"] == (0, 1, 1)  # another ACLED event type
    assert got["fatality figures"] == (0, 1, 1)  # "4 to 5" is not "4"
    assert got["wounded figures"] == (0, 0, 1)


def test_a_second_annotation_becomes_what_an_extraction_states() -> None:
    gold = load_gold(GOLD_DIR)[0]
    ex = as_extraction(gold)
    assert len(ex.engagements) == len(gold.engagements)
    assert {c.claimant for c in ex.claims} == {c.claimant for c in gold.claims}


def test_kg_agree_prints_the_table_and_lists_what_it_could_not_pair(tmp_path: Path, capsys: Captured) -> None:
    a = folder(tmp_path / "a", FIRST)
    b = folder(tmp_path / "b", second(actors=FIRST["actors"][:1]), {**second(), "identifier": "b2"})
    code = main(["agree", str(a), str(b), "--show-errors"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("1 articles annotated twice")
    assert "| actor links | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |" in out
    assert "not in" in out and "test/b2" in out
    assert "test/b1 actor links FN ('Q159',)" in out


def test_kg_agree_never_lists_disagreements_on_held_out_articles(tmp_path: Path, capsys: Captured) -> None:
    a = folder(tmp_path / "a", FIRST)
    (a / "held-out.txt").write_text("test-b1.json\n", encoding="utf-8")
    b = folder(tmp_path / "b", second(actors=FIRST["actors"][:1]))
    assert main(["agree", str(a), str(b), "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "| actor links | 1 | 0 | 1 |" in out  # scored,
    assert "actor links FN" not in out and "held-out articles" in out  # never listed


def test_kg_agree_with_no_article_in_common_is_a_usage_error(tmp_path: Path, capsys: Captured) -> None:
    a = folder(tmp_path / "a", FIRST)
    b = folder(tmp_path / "b", {**second(), "identifier": "b9"})
    assert main(["agree", str(a), str(b)]) == 2
    assert "nothing to compare" in capsys.readouterr().err


def test_the_second_annotation_pairs_with_tuning_articles_only_and_quotes_their_texts() -> None:
    second_dir = GOLD_DIR / "second"
    tuning = {g.article_key: g for g in load_gold(GOLD_DIR, part="tuning")}
    seconds = load_gold(second_dir)
    assert len(seconds) == 60
    for gold in seconds:
        # held-out articles must never get a second annotation whose disagreements one could read
        assert gold.article_key in tuning, gold.path
        body = (GOLD_DIR / "articles" / f"{gold.identifier}.txt").read_text(encoding="utf-8")
        assert evidence_problems(gold, body) == [], gold.path
        keys = [e.key for e in (*gold.places, *gold.actors) if e.key and "/local/" not in e.key]
        assert [k for k in keys if k not in GAZETTEER] == [], gold.path  # a renamed key would shift the agreement
