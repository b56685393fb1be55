"""scripts/gold_audit.py: gazetteer candidates for gold places annotated as unknown, and re-keying them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

KHAN = "place/khan-shaykhun-1125778451"
TAMANAH = "place/at-tamani-ah-1343749053"  # an Idlib town by Khan Shaykhun; news writes "al-Tamanaa"


@pytest.fixture()
def audit(load_script: Callable[[str], ModuleType]) -> ModuleType:
    """scripts/gold_audit.py as a module."""
    return load_script("gold_audit")


def _gold(places: list[dict], indent: int = 2) -> tuple[dict, str]:
    """A gold annotation naming these places, with one engagement at the unknown one, and its file text."""
    data = {
        "corpus": "fa-kes",
        "identifier": "1",
        "places": places,
        "actors": [],
        "engagements": [{"id": "e1", "places": ["place/local/al-tamanaa", KHAN], "attackers": [], "targets": []}],
        "claims": [],
    }
    return data, json.dumps(data, indent=indent, ensure_ascii=False) + "\n"


def _folder(tmp_path: Path, places: list[dict], indent: int = 2) -> Path:
    """A gold folder with one file, `fa-kes-1.json`."""
    _, text = _gold(places, indent)
    (tmp_path / "fa-kes-1.json").write_text(text, encoding="utf-8")
    return tmp_path / "fa-kes-1.json"


KNOWN = {"text": "Khan Sheikhoun", "key": KHAN, "qid": "Q603516"}


def test_skeleton_reads_transliterations_alike(audit: ModuleType) -> None:
    assert audit.skeleton("Skeik") == audit.skeleton("Sukayk")
    assert audit.skeleton("al-Tamanaa") == audit.skeleton("At Tamani`ah")
    assert audit.skeleton("Skeik") != audit.skeleton("Saraqib")


def test_candidates_list_the_village_near_the_article_places(tmp_path: Path, audit: ModuleType) -> None:
    _folder(tmp_path, [KNOWN, {"text": "al-Tamanaa", "key": None, "qid": None}])
    (tmp_path / "list.txt").write_text("fa-kes-1.json\n", encoding="utf-8")
    audit.candidates(tmp_path, tmp_path / "list.txt", tmp_path / "out.json")
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    (entry,) = out["fa-kes-1.json"]
    assert entry["text"] == "al-Tamanaa"
    found = {c["key"]: c for c in entry["candidates"]}
    assert TAMANAH in found
    assert found[TAMANAH]["same_skeleton"] and found[TAMANAH]["km_to_article_places"] <= 40
    assert found[TAMANAH]["governorate"] == "Idlib Governorate"


def test_no_candidates_for_a_name_unlike_any_place(tmp_path: Path, audit: ModuleType) -> None:
    _folder(tmp_path, [KNOWN, {"text": "Qwertzuiop Yxcvbnm", "key": None, "qid": None}])
    (tmp_path / "list.txt").write_text("fa-kes-1.json\n", encoding="utf-8")
    audit.candidates(tmp_path, tmp_path / "list.txt", tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == {}


def _decide(tmp_path: Path, key: str | None, text: str = "al-Tamanaa") -> Path:
    """A decisions file with one line."""
    path = tmp_path / "decisions.jsonl"
    path.write_text(json.dumps({"file": "fa-kes-1.json", "text": text, "key": key}) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("indent", [2, 1])
def test_apply_rekeys_the_entry_and_its_engagement_references_in_the_file_layout(
    tmp_path: Path, indent: int, audit: ModuleType
) -> None:
    gold = _folder(tmp_path, [KNOWN, {"text": "al-Tamanaa", "key": None, "qid": None}], indent)
    counts = audit.apply(tmp_path, [_decide(tmp_path, TAMANAH)], write=True)
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert data["places"][1] == {"text": "al-Tamanaa", "key": TAMANAH, "qid": None}
    assert data["engagements"][0]["places"] == [TAMANAH, KHAN]
    assert counts[("tuning", "entries")] == 1 and counts[("tuning", "engagement references")] == 1
    assert gold.read_text(encoding="utf-8") == json.dumps(data, indent=indent, ensure_ascii=False) + "\n"


def test_apply_without_write_changes_nothing_and_a_null_decision_keeps_the_entry(
    tmp_path: Path, audit: ModuleType
) -> None:
    gold = _folder(tmp_path, [KNOWN, {"text": "al-Tamanaa", "key": None, "qid": None}])
    before = gold.read_text(encoding="utf-8")
    assert audit.apply(tmp_path, [_decide(tmp_path, TAMANAH)], write=False)[("tuning", "entries")] == 1
    assert gold.read_text(encoding="utf-8") == before
    assert not audit.apply(tmp_path, [_decide(tmp_path, None)], write=True)
    assert gold.read_text(encoding="utf-8") == before


def test_apply_merges_into_an_entry_already_keyed_and_counts_held_out_apart(tmp_path: Path, audit: ModuleType) -> None:
    gold = _folder(tmp_path, [KNOWN, {"text": "al-Tamanaa", "key": None, "qid": None}])
    (tmp_path / "held-out.txt").write_text("# comment\nfa-kes-1.json\n", encoding="utf-8")
    counts = audit.apply(tmp_path, [_decide(tmp_path, KHAN)], write=True)
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert data["places"] == [KNOWN]
    assert data["engagements"][0]["places"] == [KHAN]
    assert counts[("held-out", "entries merged into one already there")] == 1


def test_apply_refuses_a_key_the_gazetteer_does_not_have(tmp_path: Path, audit: ModuleType) -> None:
    gold = _folder(tmp_path, [KNOWN, {"text": "al-Tamanaa", "key": None, "qid": None}])
    before = gold.read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="not a gazetteer place"):
        audit.apply(tmp_path, [_decide(tmp_path, "place/nowhere-1")], write=True)
    assert gold.read_text(encoding="utf-8") == before


def _article(tmp_path: Path, body: str) -> None:
    """The FA-KES text a test gold file annotates (`articles/1.txt`)."""
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "1.txt").write_text(body, encoding="utf-8")


NORTH = "place/northern-syria"


def test_regions_lists_a_region_the_article_names_and_the_gold_lacks(tmp_path: Path, audit: ModuleType) -> None:
    _folder(tmp_path, [KNOWN])
    _article(tmp_path, "Jets struck Khan Sheikhoun in northern Syria. The Euphrates Shield operation went on.")
    (tmp_path / "list.txt").write_text("fa-kes-1.json\n", encoding="utf-8")
    audit.regions(tmp_path, tmp_path / "list.txt", tmp_path / "out.json")
    found = {item["key"] for item in json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["fa-kes-1.json"]}
    # "Euphrates Shield" holds a name of the river, so the annotator is asked; "northern Syrian" would not be
    assert found == {NORTH, "place/euphrates"}


def test_regions_skips_a_region_already_annotated_and_an_adjective(tmp_path: Path, audit: ModuleType) -> None:
    _folder(tmp_path, [KNOWN, {"text": "northern Syria", "key": NORTH, "qid": None}])
    _article(tmp_path, "Jets struck Khan Sheikhoun in northern Syria and a northern Syrian town.")
    (tmp_path / "list.txt").write_text("fa-kes-1.json\n", encoding="utf-8")
    audit.regions(tmp_path, tmp_path / "list.txt", tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == {}


def _add(tmp_path: Path, text: str, key: str = NORTH) -> Path:
    """A decisions file adding one region."""
    path = tmp_path / "regions.jsonl"
    line = {"file": "fa-kes-1.json", "key": key, "add": True, "text": text}
    path.write_text(json.dumps(line) + "\n" + json.dumps({**line, "key": "place/euphrates", "add": False}) + "\n")
    return path


def test_apply_adds_a_region_as_a_place_and_refuses_text_the_article_lacks(tmp_path: Path, audit: ModuleType) -> None:
    gold = _folder(tmp_path, [KNOWN])
    _article(tmp_path, "Jets struck Khan Sheikhoun in northern Syria.")
    before = gold.read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="not in the article"):
        audit.apply(tmp_path, [_add(tmp_path, "north Syria")], write=True)
    assert gold.read_text(encoding="utf-8") == before
    counts = audit.apply(tmp_path, [_add(tmp_path, "northern Syria")], write=True)
    places = json.loads(gold.read_text(encoding="utf-8"))["places"]
    assert places == [KNOWN, {"text": "northern Syria", "key": NORTH, "qid": None}]
    assert counts[("tuning", "places added")] == 1


def test_apply_keys_a_region_written_down_unknown_instead_of_adding_it_twice(tmp_path: Path, audit: ModuleType) -> None:
    gold = _folder(tmp_path, [KNOWN, {"text": "northern Syria", "key": None, "qid": None}])
    _article(tmp_path, "Jets struck Khan Sheikhoun in northern Syria.")
    counts = audit.apply(tmp_path, [_add(tmp_path, "northern Syria")], write=True)
    places = json.loads(gold.read_text(encoding="utf-8"))["places"]
    assert places == [KNOWN, {"text": "northern Syria", "key": NORTH, "qid": None}]
    assert counts[("tuning", "entries")] == 1 and not counts[("tuning", "places added")]
