""" "Besieged" describing a common noun after a count or a preposition tells no siege (seventeenth session,
`loaders/besieged_nouns.py`)."""

from __future__ import annotations

from detection import detect

from loaders.gazetteer import Gazetteer


def test_besieged_after_a_count_describes_the_places(gazetteer: Gazetteer) -> None:
    assert detect("The convoy was meant to relieve three besieged villages north of Homs.", gazetteer) == []
    assert [d.type for d in detect("Regime troops besieged three villages north of Homs.", gazetteer)] == ["siege"]


def test_besieged_after_a_preposition_describes_the_places(gazetteer: Gazetteer) -> None:
    assert detect("The UN asked for aid access to all besieged areas near Damascus.", gazetteer) == []
