"""The gold-set scorer on small hand-made gold files and extractions, and the checked-in gold set itself."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph.evaluate import evaluate, format_by_event_type, format_table
from graph.gold import (
    FALLBACK_ACLED_EVENT_TYPES,
    acled_event_types,
    check_quarter,
    evidence_problems,
    gold_articles,
    held_out_names,
    load_gold,
    tuning_half,
)
from graph.gold_model import GoldError
from loaders.gazetteer import Entity, Gazetteer
from loaders.model import Article, Claim, Engagement, Extraction, Figure, Mention, Span

GOLD_DIR = Path(__file__).parent / "gold"

# A tiny world made for the tests: a country, a governorate, a town in it, and three actors.
GAZ = Gazetteer(
    [
        Entity("place/northland-1", "place", "Northland", "Country", qid="Q901"),
        Entity("place/hill-province-2", "place", "Hill Province", "Governorate", parent="place/northland-1"),
        Entity("place/stonebridge-3", "place", "Stonebridge", "Settlement", parent="place/hill-province-2", qid="Q903"),
        Entity("actor/red-brigade", "actor", "Red Brigade", "NonStateArmedGroup"),
        Entity("actor/blue-army", "actor", "Blue Army", "StateForce", qid="Q905"),
        Entity("actor/river-monitor", "actor", "River Monitor", "Monitor"),
    ]
)

BODY = (
    "Red Brigade fighters shelled Stonebridge on Monday, killing 7 soldiers of the Blue Army, "
    "the River Monitor said. Hill Province stayed calm."
)
SHELLING = "Red Brigade fighters shelled Stonebridge on Monday, killing 7 soldiers of the Blue Army"
MONITOR_QUOTE = BODY.split(" Hill")[0]
MONITOR_SPAN = Span(0, len(MONITOR_QUOTE))
CALM_SPAN = Span(BODY.index("Hill"), len(BODY))


def gold_doc(**changes: object) -> dict[str, object]:
    """A gold annotation of BODY; changes replace top-level fields."""
    doc: dict[str, object] = {
        "corpus": "test",
        "identifier": "a1",
        "annotator": "tests",
        "notes": "",
        "places": [
            {"text": "Stonebridge", "key": "place/stonebridge-3", "qid": "Q903"},
            {"text": "Hill Province", "key": "place/hill-province-2", "qid": None},
        ],
        "actors": [
            {"text": "Red Brigade", "key": "actor/red-brigade", "qid": None},
            {"text": "Blue Army", "key": "actor/blue-army", "qid": "Q905"},
            {"text": "River Monitor", "key": "actor/river-monitor", "qid": None},
        ],
        "engagements": [
            {
                "id": "e1",
                "type": "shelling",
                "acled_event_type": "Explosions/Remote violence",
                "places": ["place/stonebridge-3"],
                "attackers": ["actor/red-brigade"],
                "targets": ["actor/blue-army"],
                "supporters": [],
                "time": {"expression": "on Monday", "earliest": None, "latest": None, "precision": None},
                "evidence": SHELLING,
            }
        ],
        "claims": [
            {"claimant": "actor/river-monitor", "evidence": MONITOR_QUOTE, "about": "e1", "fatalities": 7},
            {"claimant": "publisher", "evidence": "Hill Province stayed calm.", "about": None},
        ],
    }
    doc.update(changes)
    return doc


def write_gold(folder: Path, doc: dict[str, object], name: str = "test-a1.json") -> Path:
    """Write one gold file into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def extraction(
    places: tuple[str, ...] = ("place/stonebridge-3", "place/hill-province-2"),
    actors: tuple[str, ...] = ("actor/red-brigade", "actor/blue-army", "actor/river-monitor"),
    engagements: tuple[Engagement, ...] | None = None,
    claims: tuple[Claim, ...] | None = None,
) -> Extraction:
    """An extraction of BODY; by default exactly what the gold says."""
    article = Article("test", "a1", BODY)
    mentions = tuple(Mention(Span(0, 1), k, "place") for k in places) + tuple(
        Mention(Span(0, 1), k, "actor") for k in actors
    )
    if engagements is None:
        engagements = (
            Engagement(
                "x1",
                "shelling",
                attackers=("actor/red-brigade",),
                targets=("actor/blue-army",),
                places=("place/stonebridge-3",),
            ),
        )
    if claims is None:
        claims = (
            Claim(MONITOR_SPAN, "actor/river-monitor", "x1", figures=(Figure("fatalities", 7),)),
            Claim(CALM_SPAN, None),
        )
    return Extraction(article, mentions=mentions, engagements=engagements, claims=claims)


def score(tmp_path: Path, ex: Extraction, doc: dict[str, object] | None = None) -> dict[str, tuple[int, int, int]]:
    """(TP, FP, FN) per metric of one extraction against one gold file."""
    write_gold(tmp_path / "gold", doc or gold_doc())
    report = evaluate(tmp_path / "gold", {("test", "a1"): ex}, GAZ)
    return {m: (c.tp, c.fp, c.fn) for m, c in report.counts.items()}


def test_the_test_claim_spans_are_the_gold_evidence() -> None:
    assert MONITOR_SPAN.text(BODY) == BODY.split(" Hill")[0]
    assert CALM_SPAN.text(BODY) == "Hill Province stayed calm."


def test_perfect_extraction_scores_one_everywhere(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", gold_doc())
    report = evaluate(tmp_path / "gold", {("test", "a1"): extraction()}, GAZ)
    assert report.counts["place links"].tp == 2
    assert report.counts["actor links"].tp == 3
    assert report.counts["engagements"].tp == 1
    assert report.counts["claimants"].tp == 2  # the monitor and the article's own voice
    assert report.counts["fatality figures"].tp == 1
    for metric in ("place links", "actor links", "engagements", "claimants", "fatality figures"):
        assert report.counts[metric].f1 == 1.0, metric
    assert not report.false_positives and not report.false_negatives and not report.missing


def test_a_missing_place_lowers_recall_only(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", gold_doc())
    report = evaluate(tmp_path / "gold", {("test", "a1"): extraction(places=("place/stonebridge-3",))}, GAZ)
    places = report.counts["place links"]
    assert (places.tp, places.fp, places.fn) == (1, 0, 1)
    assert places.precision == 1.0 and places.recall == 0.5
    assert places.f1 == pytest.approx(2 / 3)
    assert report.false_negatives[0][:3] == ("place links", "test", "a1")
    assert "hill-province" in report.false_negatives[0][3]


def test_a_wrong_place_is_a_false_positive_and_a_false_negative(tmp_path: Path) -> None:
    counts = score(tmp_path, extraction(places=("place/stonebridge-3", "place/northland-1")))
    assert counts["place links"] == (1, 1, 1)


def test_a_place_link_counts_when_only_the_qid_agrees(tmp_path: Path) -> None:
    doc = gold_doc(places=[{"text": "Stonebridge", "key": None, "qid": "Q903"}])
    counts = score(tmp_path, extraction(places=("place/stonebridge-3",)), doc)
    assert counts["place links"] == (1, 0, 0)


def test_an_entity_unknown_to_the_gazetteer_matches_its_local_key(tmp_path: Path) -> None:
    doc = gold_doc(actors=[{"text": "Green Men", "key": None, "qid": None}])
    assert score(tmp_path, extraction(actors=("actor/local/green-men",)), doc)["actor links"] == (1, 0, 0)
    assert score(tmp_path, extraction(actors=("actor/local/greens",)), doc)["actor links"] == (0, 1, 1)


def test_an_engagement_of_another_acled_event_type_does_not_match(tmp_path: Path) -> None:
    wrong = Engagement(
        "x1",
        "armed-clash",
        attackers=("actor/red-brigade",),
        targets=("actor/blue-army",),
        places=("place/stonebridge-3",),
    )
    assert score(tmp_path, extraction(engagements=(wrong,)))["engagements"] == (0, 1, 1)


def test_a_sibling_type_of_the_same_acled_event_type_still_matches(tmp_path: Path) -> None:
    sibling = Engagement(
        "x1",
        "air-strike",
        attackers=("actor/red-brigade",),
        targets=("actor/blue-army",),
        places=("place/stonebridge-3",),
    )
    assert score(tmp_path, extraction(engagements=(sibling,)))["engagements"] == (1, 0, 0)


def test_an_engagement_in_the_enclosing_place_matches_either_way(tmp_path: Path) -> None:
    wider = Engagement("x1", "shelling", attackers=("actor/red-brigade",), places=("place/hill-province-2",))
    assert score(tmp_path, extraction(engagements=(wider,)))["engagements"] == (1, 0, 0)
    doc = gold_doc()
    doc["engagements"][0]["places"] = ["place/northland-1"]  # type: ignore[index]
    narrower = Engagement("x1", "shelling", attackers=("actor/red-brigade",), places=("place/stonebridge-3",))
    assert score(tmp_path, extraction(engagements=(narrower,)), doc)["engagements"] == (1, 0, 0)


def test_an_engagement_elsewhere_or_between_others_does_not_match(tmp_path: Path) -> None:
    elsewhere = Engagement("x1", "shelling", attackers=("actor/red-brigade",), places=("place/local/far-town",))
    assert score(tmp_path, extraction(engagements=(elsewhere,)))["engagements"] == (0, 1, 1)
    strangers = Engagement("x1", "shelling", attackers=("actor/river-monitor",), places=("place/stonebridge-3",))
    assert score(tmp_path, extraction(engagements=(strangers,)))["engagements"] == (0, 1, 1)


def test_engagements_are_paired_one_to_one(tmp_path: Path) -> None:
    same = Engagement("x1", "shelling", attackers=("actor/red-brigade",), places=("place/stonebridge-3",))
    again = Engagement("x2", "shelling", attackers=("actor/red-brigade",), places=("place/stonebridge-3",))
    assert score(tmp_path, extraction(engagements=(same, again)))["engagements"] == (1, 1, 0)


def test_a_participant_matches_by_qid(tmp_path: Path) -> None:
    doc = gold_doc()
    doc["engagements"][0]["attackers"] = []  # type: ignore[index]
    doc["engagements"][0]["targets"] = ["Q905"]  # type: ignore[index]
    found = Engagement("x1", "shelling", targets=("actor/blue-army",), places=("place/stonebridge-3",))
    assert score(tmp_path, extraction(engagements=(found,)), doc)["engagements"] == (1, 0, 0)


class QidTable:
    """The other shape the scorer accepts: QIDs and ancestry by key, from plain tables."""

    def __init__(self, qids: dict[str, str], parents: dict[str, str]) -> None:
        self.qids, self.parents = qids, parents

    def qid(self, key: str) -> str | None:
        return self.qids.get(key)

    def ancestors(self, key: str) -> list[str]:
        chain = []
        while key in self.parents:
            key = self.parents[key]
            chain.append(key)
        return chain


def test_a_plain_qid_and_ancestry_view_scores_like_the_gazetteer(tmp_path: Path) -> None:
    doc = gold_doc(places=[{"text": "Stonebridge", "key": None, "qid": "Q903"}])
    doc["engagements"][0]["places"] = ["place/hill-province-2"]  # type: ignore[index]
    write_gold(tmp_path / "gold", doc)
    view = QidTable({"place/stonebridge-3": "Q903"}, {"place/stonebridge-3": "place/hill-province-2"})
    by_view = evaluate(tmp_path / "gold", {("test", "a1"): extraction()}, view)
    by_gazetteer = evaluate(tmp_path / "gold", {("test", "a1"): extraction()}, GAZ)
    assert by_view.counts["place links"].tp == by_gazetteer.counts["place links"].tp == 1
    assert by_view.counts["engagements"].tp == by_gazetteer.counts["engagements"].tp == 1


def test_claimants_and_figures(tmp_path: Path) -> None:
    as_publisher = (
        Claim(MONITOR_SPAN, "actor/blue-army", "x1", figures=(Figure("fatalities", 7, 9),)),
        Claim(CALM_SPAN, None),
    )
    counts = score(tmp_path, extraction(claims=as_publisher))
    assert counts["claimants"] == (1, 1, 1)  # the article's voice matches; the monitor is missed
    assert counts["fatality figures"] == (0, 1, 1)  # 7-9 is not the stated 7


def test_a_missing_extraction_counts_every_gold_item_as_missed(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", gold_doc())
    report = evaluate(tmp_path / "gold", {}, GAZ)
    assert report.missing == [("test", "a1")]
    assert report.counts["place links"].recall == 0.0
    assert report.counts["place links"].precision is None


def test_format_table_is_markdown_with_one_row_per_metric(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", gold_doc())
    table = format_table(evaluate(tmp_path / "gold", {("test", "a1"): extraction(places=())}, GAZ))
    lines = table.splitlines()
    assert lines[0] == "| metric | TP | FP | FN | precision | recall | F1 |"
    assert "| place links | 0 | 0 | 2 | n/a | 0.000 | 0.000 |" in lines
    assert "| engagements | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |" in lines


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (lambda d: d.pop("identifier"), "identifier", "missing"),
        (lambda d: d["engagements"][0].update(type="bombardment"), "engagements[0].type", "unknown engagement type"),
        (
            lambda d: d["engagements"][0].update(acled_event_type="Battles"),
            "engagements[0].acled_event_type",
            "does not",
        ),
        (lambda d: d["claims"][0].update(about="e9"), "claims[0].about", "not the id"),
        (lambda d: d["claims"][0].update(fatalities=-3), "claims[0].fatalities", "non-negative"),
        (lambda d: d["claims"][0].update(fatalities_max=5), "claims[0].fatalities_max", "lower bound"),
        (lambda d: d["places"][1].update(qid="Paris"), "places[1].qid", "not a Wikidata QID"),
        (lambda d: d["actors"][0].update(key="place/x"), "actors[0].key", "actor/"),
        (lambda d: d["engagements"][0].update(places=["Stonebridge"]), "engagements[0].places[0]", "neither"),
        (lambda d: d["engagements"][0]["time"].update(earliest="Monday"), "engagements[0].time.earliest", "YYYY"),
        (lambda d: d["claims"][1].update(claimant="the monitor"), "claims[1].claimant", "not an actor key"),
    ],
)
def test_bad_gold_names_the_file_and_the_field(tmp_path: Path, change, field: str, problem: str) -> None:
    doc = gold_doc()
    change(doc)
    path = write_gold(tmp_path, doc, "broken.json")
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path)
    assert err.value.path == str(path)
    assert err.value.where == field
    assert problem in err.value.problem
    assert str(path) in str(err.value) and field in str(err.value)


def test_gold_that_is_not_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"corpus": "test",\n "identifier": }', encoding="utf-8")
    with pytest.raises(GoldError, match=r"broken\.json: file: not valid JSON: .* line 2"):
        load_gold(tmp_path)


def test_the_same_article_annotated_twice_is_refused(tmp_path: Path) -> None:
    write_gold(tmp_path, gold_doc(), "one.json")
    write_gold(tmp_path, gold_doc(), "two.json")
    with pytest.raises(GoldError, match=r"two\.json: identifier: .* also annotated in .*one\.json"):
        load_gold(tmp_path)


def test_evidence_that_is_not_in_the_text_is_reported(tmp_path: Path) -> None:
    doc = gold_doc()
    doc["claims"][1]["evidence"] = "Hill Province stayed quiet."  # type: ignore[index]
    (golden,) = load_gold(write_gold(tmp_path, doc).parent)
    assert evidence_problems(load_gold(write_gold(tmp_path, gold_doc()).parent)[0], BODY) == []
    assert evidence_problems(golden, BODY) == [
        "claims[1].evidence: 'Hill Province stayed quiet.' is not in the article text"
    ]


def test_the_fallback_table_agrees_with_the_ontology(tmp_path: Path) -> None:
    table, source = acled_event_types()
    fallback, fallback_source = acled_event_types(tmp_path / "absent.ttl")
    assert fallback == FALLBACK_ACLED_EVENT_TYPES and "fallback" in fallback_source
    assert source.endswith("engagement-types.ttl"), "the ontology's engagement types should be read when present"
    assert {k: table[k] for k in fallback if k in table} == fallback


# ---------------------------------------------------------------- the checked-in gold set


def test_every_gold_file_loads_and_every_evidence_is_verbatim() -> None:
    golds = load_gold(GOLD_DIR)
    texts = {(a.corpus, a.identifier): a for a in gold_articles(GOLD_DIR)}
    assert len(golds) >= 25
    assert sum(g.corpus == "seeds" for g in golds) == 5
    for gold in golds:
        article = texts[gold.article_key]
        assert evidence_problems(gold, article.body) == [], gold.path
        assert gold.places or gold.actors, gold.path


def test_every_gold_engagement_is_backed_by_a_claim() -> None:
    for gold in load_gold(GOLD_DIR):
        claimed = {c.about for c in gold.claims}
        assert [e.id for e in gold.engagements if e.id not in claimed] == [], gold.path


def test_gold_keys_are_gazetteer_keys() -> None:
    gazetteer = Gazetteer.load()
    for gold in load_gold(GOLD_DIR):
        for entity in (*gold.places, *gold.actors):
            if entity.key and "/local/" not in entity.key:
                assert entity.key in gazetteer, f"{gold.path}: {entity.key} is not in data/reference"
                assert entity.qid in (None, gazetteer.get(entity.key).qid), f"{gold.path}: {entity.key} QID"


def test_fa_kes_gold_texts_carry_their_metadata() -> None:
    articles = {a.identifier: a for a in gold_articles(GOLD_DIR) if a.corpus == "fa-kes"}
    assert len(articles) >= 20
    for article in articles.values():
        assert article.title and article.publisher and article.published, article.source


def test_the_held_out_slice_is_fa_kes_files_listed_in_the_readme_too() -> None:
    names = held_out_names(GOLD_DIR)
    assert len(set(names)) == 257 and all(n.startswith("fa-kes-") for n in names)
    readme = (GOLD_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Held-out slice", 1)[1].split("\n## ", 1)[0]
    assert sorted(re.findall(r"`(fa-kes-\d+\.json)`", section)) == sorted(names)
    held, tuning = load_gold(GOLD_DIR, "held-out"), load_gold(GOLD_DIR, "tuning")
    assert sorted(g.path.name for g in held) == sorted(names)
    assert len(held) + len(tuning) == len(load_gold(GOLD_DIR))
    assert not {g.path.name for g in tuning} & set(names)


def test_the_tuning_part_splits_into_two_stable_halves_by_identifier() -> None:
    tuning = {g.article_key for g in load_gold(GOLD_DIR, "tuning")}
    a = {g.article_key for g in load_gold(GOLD_DIR, "tuning-a")}
    b = {g.article_key for g in load_gold(GOLD_DIR, "tuning-b")}
    assert a | b == tuning and not a & b
    assert abs(len(a) - len(b)) < len(tuning) // 5  # a hash split: about even, never one-sided
    assert all(tuning_half(identifier) == "a" for _, identifier in a)
    # the half depends on the identifier alone, the same in every process (no salted hash), so a session's halves
    # are the next session's too
    code = "from graph.gold import tuning_half; print(''.join(tuning_half(str(n)) for n in range(40)))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1 and set(runs.pop().strip()) == {"a", "b"}
    # pinned: the fourteenth session built its rules from half a as split here; a new split would mix the halves
    assert [tuning_half(i) for i in ("1914947530", "1914947532", "1915433670")] == ["a", "b", "b"]


def test_half_b_splits_into_two_stable_quarters_by_another_hash() -> None:
    b = {g.article_key for g in load_gold(GOLD_DIR, "tuning-b")}
    b1 = {g.article_key for g in load_gold(GOLD_DIR, "tuning-b1")}
    b2 = {g.article_key for g in load_gold(GOLD_DIR, "tuning-b2")}
    assert b1 | b2 == b and not b1 & b2
    assert abs(len(b1) - len(b2)) < len(b) // 5
    assert all(check_quarter(identifier) == "b1" for _, identifier in b1)
    # another bit than tuning_half's: were it the same bit, one quarter would be empty
    assert {check_quarter(str(n)) for n in range(40) if tuning_half(str(n)) == "b"} == {"b1", "b2"}
    # pinned: the thirty-fifth session read b1's errors and kept b2 unread; a new split would mix them
    assert [check_quarter(i) for i in ("1914947532", "1915433669")] == ["b1", "b2"]


def test_a_held_out_list_naming_a_missing_file_is_refused(tmp_path: Path) -> None:
    write_gold(tmp_path, gold_doc())
    (tmp_path / "held-out.txt").write_text("# slice\ntest-a1.json\nnope.json\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"held-out\.txt: line 3: 'nope\.json' is not a gold file"):
        load_gold(tmp_path, "held-out")


def test_engagements_are_broken_down_by_acled_event_type(tmp_path: Path) -> None:
    wrong = Engagement("x1", "armed-clash", attackers=("actor/red-brigade",), places=("place/stonebridge-3",))
    write_gold(tmp_path / "gold", gold_doc())
    report = evaluate(tmp_path / "gold", {("test", "a1"): extraction(engagements=(wrong,))}, GAZ)
    by_type = {name: (c.tp, c.fp, c.fn) for name, c in report.by_event_type.items()}
    # the missed shelling counts under its gold type, the extra clash under the extracted one
    assert by_type == {"Explosions/Remote violence": (0, 0, 1), "Battles": (0, 1, 0)}
    report = evaluate(tmp_path / "gold", {("test", "a1"): extraction()}, GAZ)
    assert {n: (c.tp, c.fp, c.fn) for n, c in report.by_event_type.items()} == {"Explosions/Remote violence": (1, 0, 0)}
    assert (
        format_by_event_type(report).splitlines()[2]
        == "| Explosions/Remote violence | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |"
    )
