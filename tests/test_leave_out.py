"""Reference tables with hand-curated entries left out, and the gold rewritten to match (`kg eval --leave-out`)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from graph import evaluation_cli
from graph.cli import main
from graph.evaluation_cli import _left_out
from graph.gold_model import GoldArticle, GoldEngagement, GoldEntity
from graph.leave_out import as_unlisted, left_out, write_reference_without
from loaders.gazetteer import Entity, Gazetteer, _load_cached

Captured = pytest.CaptureFixture[str]


def _slugs(tables: Path) -> set[str]:
    with (tables / "places-extra.csv").open(encoding="utf-8", newline="") as handle:
        return {row["slug"] for row in csv.DictReader(handle)}


def test_hand_places_leave_out_drops_the_curated_syrian_sites_only(root: Path, tmp_path: Path) -> None:
    source = root / "data" / "reference"
    write_reference_without("hand-places", source, tmp_path / "ref")
    full, kept = _slugs(source), _slugs(tmp_path / "ref")
    # a quarter of Aleppo and a camp of Damascus go; Geneva, a country and the Syrian desert stay
    assert {"sheikh-maqsoud", "yarmouk-camp"} <= full - kept
    assert {"geneva", "badia", "eastern-ghouta"} <= kept
    for name in ("places.csv", "actors.csv", "stoplist.txt"):
        assert (tmp_path / "ref" / name).read_bytes() == (source / name).read_bytes()
    gone = left_out(Gazetteer.load(source), Gazetteer.load(tmp_path / "ref"))
    assert "place/sheikh-maqsoud" in gone and "place/geneva" not in gone


def test_curated_names_leave_out_keeps_the_automatic_sections(root: Path, tmp_path: Path) -> None:
    source = root / "data" / "reference"
    write_reference_without("curated-names", source, tmp_path / "ref")
    before = set((source / "stoplist.txt").read_text(encoding="utf-8").split("\n"))
    after = set((tmp_path / "ref" / "stoplist.txt").read_text(encoding="utf-8").split("\n"))
    assert {"bashar", "abbas"} <= before - after  # given names that are also villages
    assert {"hit", "said", "hirak", "sarin"} <= after  # plain English words and the common nouns stay
    assert {line for line in before if line.startswith("#")} <= after


def test_an_unknown_leave_out_is_refused(root: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="hand-places"):
        write_reference_without("actors", root / "data" / "reference", tmp_path / "ref")


def test_left_out_places_become_local_places_of_their_gold_text() -> None:
    gold = GoldArticle(
        corpus="c",
        identifier="1",
        path=Path("c-1.json"),
        places=(
            GoldEntity("Sheikh Maqsoud", "place/sheikh-maqsoud"),
            GoldEntity("Aleppo", "place/aleppo-421202163", "Q41183"),
        ),
        engagements=(
            GoldEngagement("e1", "shelling", "Explosions/Remote violence", "...", ("place/sheikh-maqsoud", "Q41183")),
        ),
    )
    (out,) = as_unlisted([gold], {"place/sheikh-maqsoud"})
    assert out.places == (GoldEntity("Sheikh Maqsoud"), GoldEntity("Aleppo", "place/aleppo-421202163", "Q41183"))
    assert out.engagements[0].places == ("place/local/sheikh-maqsoud", "Q41183")
    assert as_unlisted([gold], set()) == [gold]


def test_eval_with_hand_places_left_out_finds_fewer_places(root: Path, capsys: Captured) -> None:
    gold = str(root / "tests" / "gold")

    def place_row(*extra: str) -> tuple[str, list[int]]:
        assert main(["eval", gold, "--part", "tuning-a", *extra]) == 0
        out = capsys.readouterr().out
        row = next(line for line in out.splitlines() if line.startswith("| place links"))
        return out.splitlines()[0], [int(cell) for cell in row.split("|")[2:5]]

    header, (tp, _, fn) = place_row()
    header_out, (tp_out, _, fn_out) = place_row("--leave-out", "hand-places")
    assert "hand-places left out" in header_out and "left out" not in header
    # the tuning articles name curated quarters and sites; without them, some are missed or found under other names
    assert tp_out < tp and fn_out > fn


def _place_gold(*places: GoldEntity) -> GoldArticle:
    refs = tuple(p.key or "" for p in places)
    engagement = GoldEngagement("e1", "shelling", "Explosions/Remote violence", "...", refs)
    return GoldArticle(corpus="c", identifier="1", path=Path("c-1.json"), places=places, engagements=(engagement,))


def test_a_left_out_place_written_twice_stays_one_local_place() -> None:
    # fifteenth session's third review: the scorer counts a key once, so its local stand-in must be one place too
    gold = _place_gold(
        GoldEntity("Sheikh Maqsoud", "place/sheikh-maqsoud"), GoldEntity("Shaikh Maksud", "place/sheikh-maqsoud")
    )
    (out,) = as_unlisted([gold], {"place/sheikh-maqsoud"})
    assert out.places == (GoldEntity("Sheikh Maqsoud"),)
    assert out.engagements[0].places == ("place/local/sheikh-maqsoud",) * 2


def test_a_qid_a_kept_entity_bears_is_not_left_out() -> None:
    def place(key: str) -> Entity:
        return Entity(key=key, kind="place", label=key.split("/")[1].title(), cls="Settlement", qid="Q1")

    gone = left_out(Gazetteer([place("place/alpha"), place("place/beta")]), Gazetteer([place("place/beta")]))
    assert gone == {"place/alpha"}


def test_leave_out_rewrites_the_gold_and_caches_no_removed_folder() -> None:
    full = Gazetteer.load()
    before = _load_cached.cache_info().currsize
    gold = _place_gold(GoldEntity("Sheikh Maqsoud", "place/sheikh-maqsoud"))
    variant, (out,), _ = _left_out("hand-places", full, [gold])
    assert "place/sheikh-maqsoud" not in variant and out.places == (GoldEntity("Sheikh Maqsoud"),)
    assert _load_cached.cache_info().currsize == before
    assert any(m.kind == "place" for m in variant.find("Shells hit Aleppo on Monday."))


def test_a_missing_table_to_leave_out_is_a_usage_error(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Captured
) -> None:
    tables = tmp_path / "reference"
    shutil.copytree(root / "data" / "reference", tables)
    (tables / "stoplist.txt").unlink()
    monkeypatch.setattr(evaluation_cli, "REFERENCE_DIR", tables)
    assert main(["eval", str(root / "tests" / "gold"), "--part", "tuning-a", "--leave-out", "curated-names"]) == 2
    assert "stoplist.txt is missing" in capsys.readouterr().err
