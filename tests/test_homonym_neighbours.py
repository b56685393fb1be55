"""Villages of one name told apart by the nearest sentences that name a place, when their own sentence names none
(twentieth session, helper outplace6; docs/extraction.md, "Mentions")."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.homonym_neighbours import _decided
from tests.written import written

HAMA_ZARAH = "place/az-zarah-1293872619"
AFRIN_ZARAH = "place/za-rah-1343942377"


def place_keys(text: str, gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Text of each place mention -> the keys it was linked to, in one made-up article."""
    found = written(text, gazetteer)
    out: dict[str, set[str]] = {}
    for m in found.mentions:
        if m.kind == "place":
            out.setdefault(text[m.span.start : m.span.end], set()).add(m.key)
    return out


def test_the_sentence_before_places_a_village_its_own_sentence_does_not(gazetteer: Gazetteer) -> None:
    # the article names Aleppo too, so a namesake of Aleppo's would not be refused for lying elsewhere
    text = (
        "Jets bombed rebel-held districts of Aleppo on Saturday. "
        "Rebels and soldiers fought around a gas plant in the central Hama province on Sunday. "
        "The army later launched an assault to retake the village of Zaara."
    )
    assert place_keys(text, gazetteer)["Zaara"] == {HAMA_ZARAH}


def test_the_sentence_after_places_it_when_none_before_does(gazetteer: Gazetteer) -> None:
    text = (
        "Jets bombed rebel-held districts of Aleppo on Saturday. Aid groups said the city had no power. "
        "The army launched an assault to retake the village of Zaara on Sunday. "
        "Jets also struck rebel positions in the Hama countryside."
    )
    assert place_keys(text, gazetteer)["Zaara"] == {HAMA_ZARAH}


def test_a_village_its_own_sentence_places_keeps_that_reading(gazetteer: Gazetteer) -> None:
    text = "Fighting went on in the Hama countryside. Turkish shells hit the village of Zaara near Afrin on Monday."
    assert place_keys(text, gazetteer)["Zaara"] == {AFRIN_ZARAH}


def test_neighbours_that_name_both_governorates_alike_decide_nothing(gazetteer: Gazetteer) -> None:
    context = {"place/hama-governorate-85678363": 1, "place/aleppo-governorate-85678359": 1}
    assert _decided((HAMA_ZARAH, AFRIN_ZARAH), context, gazetteer) is None
    assert _decided((HAMA_ZARAH, AFRIN_ZARAH), {"place/hama-governorate-85678363": 1}, gazetteer) == HAMA_ZARAH
