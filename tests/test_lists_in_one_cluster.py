"""A list lies together as one cluster, and a local piece no reading places near it is left out rather than left to
veto the list (`loaders.listed_together`, twenty-fourth session, helper translit24). Texts and respelt names written
for the tests: "Tamaneh" is At Tamani`ah by Khan Shaykhun or Tumin by Hama, 55 km south; "Jerjeesa" is Jarjisah,
2 km from Tumin."""

from __future__ import annotations

import pytest

from bench.adversarial import CLUSTER_PIECES, cluster_pieces
from loaders import listed_together
from loaders.gazetteer import Gazetteer
from tests.extracted_places import places

TAMANIAH = "place/at-tamani-ah-1343749053"


def test_a_piece_placed_far_from_the_list_no_longer_hides_the_others_reading(gazetteer: Gazetteer) -> None:
    # "Tamaneh Jerjeesa" read as Tumin and Jarjisah lie together, 55 km from the list's two known villages: a second
    # cluster, not the list; the one cluster with the known villages places Tamaneh by Khan Shaykhun
    text = "Warplanes pounded the villages of Khan Shaykhun, Kafr Sajnah, Tamaneh and Jerjeesa at dawn."
    found = places(text, gazetteer)
    assert found["Tamaneh"] == TAMANIAH
    assert found["Jerjeesa"].startswith("place/local/")


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # the only reading of the piece lies far from the list: it stays unread
        ("Warplanes pounded the villages of Khan Shaykhun, Kafr Sajnah and Jerjeesa at dawn.", "Jerjeesa"),
        # left with two placed pieces: chance, not a list's place
        ("Warplanes pounded the villages of Tamaneh, Jerjeesa and Khan Shaykhun at dawn.", "Tamaneh"),
        # a known town far from every other piece: the list does not lie together
        (
            "Warplanes pounded the villages of Khan Shaykhun, Kafr Sajnah, Tamaneh, Jerjeesa and Talkalakh at dawn.",
            "Tamaneh",
        ),
        # two lists of two, not one of four
        ("Jets bombed Khan Shaykhun and Kafr Sajnah while rebels in Tamaneh and Jerjeesa fired rockets.", "Tamaneh"),
        # two readings as full as each other place the piece apart: either village
        ("Warplanes pounded the villages of Sekeik, Tamaneh, Jerjeesa and Atshan at dawn.", "Tamaneh"),
    ],
)
def test_a_list_that_does_not_place_a_piece_leaves_it_local(gazetteer: Gazetteer, text: str, local: str) -> None:
    assert places(text, gazetteer)[local].startswith("place/local/")


def test_people_named_in_a_list_are_no_villages(gazetteer: Gazetteer) -> None:
    found = places("The fighters Ahmad Tamaneh, Khaled Jerjeesa and Omar Sajnah were killed in the raid.", gazetteer)
    assert "Tamaneh" not in found and "Jerjeesa" not in found


def test_two_clusters_apart_are_not_one(gazetteer: Gazetteer) -> None:
    near = ["place/khan-shaykhun-1125778451", "place/kafr-sajnah-1293088207", TAMANIAH]
    assert listed_together._one_cluster(near, gazetteer)
    assert not listed_together._one_cluster([*near, "place/tumin-1344051017"], gazetteer)


def test_a_long_list_of_optional_pieces_is_read_every_piece_placed(gazetteer: Gazetteer) -> None:
    # twelve local pieces of two villages each: with none allowed the readings are too many, and every piece is placed
    pieces, labels = cluster_pieces(CLUSTER_PIECES[0])
    seen = listed_together._placed_in_fullest_readings(pieces, labels, gazetteer)
    assert sorted(seen) == sorted(labels)
